"""The fifty-sixth copy's markup: a Next.js App Router front end rendering CMS entries.

Server-rendered HTML as ``next build`` emits it: CSS-module class names with hashes, a fixed
``<html lang="ru">`` from the root layout, ``next/image`` pictures (``/_next/image?url=…``
with a ``srcSet``, ``data-nimg``), ``<!--$-->`` suspense markers and a ``<template>`` hole for
the client-only "most read" box, the page's data again in ``self.__next_f.push`` chunks, the
agency's JSON-LD and ``og:`` tags, a cookie banner, a search overlay, share buttons, an ad slot
and Yandex.Metrika.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word

SITE_URL = "https://ic24.kz"  # NEXT_PUBLIC_SITE_URL: canonical and og:url point there
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
_EN_SECTION = dict(zip(texts.RU_RUBRICS, texts.EN_RUBRICS, strict=True))
_EN_SECTION.update({"Социум": "Society", "Қоғам": "Society", "Экономика": "Economy"})
_BUILD = "kP3x9QmZr2"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def day_text(lang: str, day: Any) -> str:
    """The date under the headline and in the listing: '20 Апреля 2023', '2 August 2021'."""
    months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[lang]
    return f"{day.day} {months[day.month - 1].capitalize()} {day.year}"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _image(url: str, alt: str, cls: str, priority: bool) -> str:
    """A ``next/image`` of a CMS photo (fill=false, sizes left out: 1x/2x srcSet)."""
    enc = quote(url, safe="")
    src = [f"/_next/image?url={enc}&amp;w={w}&amp;q=75" for w in (1200, 3840)]
    loading = ' fetchPriority="high"' if priority else ' loading="lazy"'
    return (f'<img alt="{esc(alt)}"{loading} width="1200" height="675" decoding="async" '
            f'data-nimg="1" class="{cls}" style="color:transparent" '
            f'srcSet="{src[0]} 1x, {src[1]} 2x" src="{src[1]}"/>')


def _flight(rows: Sequence[str]) -> str:
    """The RSC payload: each row pushed as one JS string."""
    out = ["<script>(self.__next_f=self.__next_f||[]).push([0])</script>"]
    for row in rows:
        out.append("<script>self.__next_f.push([1," + json.dumps(row, ensure_ascii=False)
                   .replace("</", "\\u003c/") + "])</script>")
    return "".join(out)


def _head(title: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            f'<link rel="stylesheet" href="/_next/static/css/a7c1e0f3b2d4.css" '
            f'data-precedence="next"/>'
            f'<link rel="preload" as="script" fetchPriority="low" '
            f'href="/_next/static/chunks/webpack-3e8f1c2a.js"/>'
            f'<script src="/_next/static/chunks/main-app-9b2d4e1f.js" async=""></script>'
            f"<title>{esc(title)}</title>{extra}"
            f'<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="32x32"/>'
            f'<meta name="next-size-adjust"/></head>')


_CURRENCY = ('<div class="CurrencyBar_bar__k2Lm1"><ul class="CurrencyBar_list__0pQ7d">'
             + "".join(f'<li class="CurrencyBar_item__Tt4sA">• {pair} '
                       f'<span class="CurrencyBar_value__m1Nzz">0.0</span></li>'
                       for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"))
             + "</ul></div>")

_HEADER = ('<header class="Header_header__Qw3e1"><a class="Header_logo__yR7u2" href="/">'
           '<img alt="Центр информации" width="180" height="40" decoding="async" '
           'data-nimg="1" style="color:transparent" src="/logo.svg"/></a>'
           '<nav class="Header_nav__Lp0aZ"><a href="/novosti">Новости</a></nav>'
           '<button type="button" class="Header_search__aB3c9" aria-label="Поиск">'
           '<svg width="20" height="20" viewBox="0 0 24 24"><path d="M10 2a8 8 0 1 0 4.9 14.3l5.4 '
           '5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2z"></path></svg></button></header>'
           '<div class="SearchOverlay_overlay__Hn5qL" hidden="" role="dialog" aria-modal="true">'
           '<form action="/search" method="get"><input type="search" name="q" '
           'placeholder="Поиск по сайту"/><button type="submit">Найти</button></form></div>')

_FOOTER = ('<footer class="Footer_footer__Zr8mN"><p>© 2015–2026 Центр информации. '
           'Все права защищены. При использовании материалов ссылка на ic24.kz обязательна.</p>'
           '<p>Разработка сайта — Qazaq Digital Studio</p></footer>'
           '<div class="CookieBanner_banner__Xy12q" role="dialog"><p>Мы используем файлы cookie, '
           'чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с этим.</p>'
           '<button type="button">Принять</button></div>')

_METRIKA = ('<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[])'
            '.push(arguments)};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName'
            '(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window,document,"script",'
            '"https://mc.yandex.ru/metrika/tag.js","ym");ym(93451234,"init",{clickmap:true,'
            'trackLinks:true,accurateTrackBounce:true,webvisor:true});</script>'
            '<noscript><div><img src="https://mc.yandex.ru/watch/93451234" '
            'style="position:absolute;left:-9999px" alt=""/></div></noscript>')


def _meta_line(art: Any) -> str:
    """The info line: date, views, rubric, tags (spans, as the text reads in SITE.md)."""
    stamp = _utc(art.local) if art.clock else art.day.isoformat()
    parts = [f'<time class="ArticleMeta_date__c8Vb1" dateTime="{stamp}">'
             f"{day_text(art.lang, art.day)}</time>"]
    if art.views is not None:
        parts.append('<span class="ArticleMeta_views__Jq2rT"><svg width="14" height="14" '
                     'aria-hidden="true"><use href="#eye"></use></svg>'
                     f"{art.views}</span>")
    if art.category:
        parts.append(f'<span class="ArticleMeta_rubric__W9eXk">{esc(art.category)}</span>')
    if art.tags:
        parts.append('<span class="ArticleMeta_tags__F3gHs">' + ", ".join(
            f'<span class="Tag_tag__Rr5s0">{esc(t)}</span>' for t in art.tags) + "</span>")
    return '<div class="ArticleMeta_meta__P0o1x">' + " ".join(parts) + "</div>"


def _blocks(art: Any) -> tuple[str, str]:
    """(lead element, body div) of the rich text: the dateline runs into the first block; the
    source line is the last block; the editor's extra placed where an editor puts it."""
    raw = art.blocks
    first = esc(art.dateline()) + esc(raw[0])
    rest = [esc(p) for p in raw[1:]]
    lead = ""
    out: list[str] = []
    if art.extra == "lead":
        lead = f'<p class="ArticleBody_lead__Vb7nQ">{first}</p>'
    else:
        out.append(f"<p>{first}</p>")
    for n, para in enumerate(rest, start=1):
        if art.extra == "quote" and n == 1:
            out.append(f'<blockquote class="ArticleBody_quote__s4Tg1"><p>{para}</p></blockquote>')
        elif art.extra == "list" and n >= 2:
            if n == 2:
                out.append('<ul class="ArticleBody_list__Ka9o2">')
            out.append(f"<li>{para}</li>")
            if n == len(rest):
                out.append("</ul>")
        else:
            out.append(f"<p>{para}</p>")
        if n == 1 and art.extra == "telegram":
            post = f"ic24kz/{art.num % 9000 + 100}"
            out.append('<div class="Embed_telegram__p2Wq8"><script async="" '
                       'src="https://telegram.org/js/telegram-widget.js?22" '
                       f'data-telegram-post="{post}" data-width="100%"></script>'
                       f'<noscript><a href="https://t.me/{post}">Открыть пост в Telegram'
                       "</a></noscript></div>")
        if n == 1 and art.extra == "video":
            out.append('<div class="Embed_video__Ye6t3"><iframe width="560" height="315" '
                       f'src="https://www.youtube-nocookie.com/embed/v{art.num}x" '
                       'title="YouTube video player" allowfullscreen=""></iframe></div>')
    if art.num % 4 == 0:
        out.append("<p>\u00a0</p>")  # the editor's empty block
    if art.extra == "gallery":
        paths = art.image_paths()[1 if art.images else 0:]
        out.append('<div class="Gallery_gallery__Nd8e2">' + "".join(
            f'<figure class="Gallery_item__Pl4m0">'
            f'{_image(p, art.title, "Gallery_image__bQ1x9", False)}'
            f"<figcaption>Фото:{esc(art.photo_credit or 'Центр информации')}</figcaption>"
            "</figure>" for p in paths) + "</div>")
    if art.source_line:
        out.append(f"<p>Источник: {esc(art.source)}</p>")
    return lead, '<div class="ArticleBody_text__3kJ9x">' + "".join(out) + "</div>"


def _jsonld(art: Any) -> str:
    """The agency's NewsArticle: full on most pages, only a (later) dateModified on every third;
    the section always in English."""
    moment = _utc(art.local) if art.clock else art.day.isoformat()
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": art.title,
                            "mainEntityOfPage": f"{SITE_URL}{art.path}"}
    modified = _utc(art.local + timedelta(days=2, hours=3))
    if art.num % 3 == 0:
        data["dateModified"] = modified
    else:
        data.update(datePublished=moment, dateModified=modified,
                    publisher={"@type": "Organization", "name": "Information Center",
                               "logo": {"@type": "ImageObject",
                                        "url": f"{SITE_URL}/logo.png"}})
        if art.category:
            data["articleSection"] = _EN_SECTION.get(art.category, art.category)
        if art.images:
            data["image"] = [art.image_paths()[0]]
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "\\u003c/") + "</script>")


def _entry(art: Any, most: Sequence[Any]) -> list[str]:
    """The RSC rows: the CMS entry as the page component received it, then the most-read list
    the client box renders."""
    cover = art.image_paths()[0] if art.images else None
    entry = {
        "id": art.num, "documentId": f"d{art.num:x}q", "locale": art.lang, "title": art.title,
        "slug": art.slug, "publishedAt": _utc(art.local) if art.clock else None,
        "date": art.day.isoformat(), "views": art.views,
        "rubric": {"name": art.category} if art.category else None,
        "tags": [{"name": t} for t in art.tags],
        "cover": {"url": cover.removeprefix("https://cms.ic24.kz"), "caption": art.photo_credit}
        if cover else None,
        "blocks": [{"type": "paragraph", "children": [{"type": "text", "text": p}]}
                   for p in art.paragraphs],
        "source": art.source if art.source_line else None,
    }
    rows = ['1:HL["/_next/static/css/a7c1e0f3b2d4.css","style"]\n',
            f'0:{{"b":"{_BUILD}","c":["","news","{art.slug}-{art.id}"]}}\n',
            "5:" + json.dumps({"entry": entry}, ensure_ascii=False) + "\n",
            "8:" + json.dumps({"mostRead": [{"title": m.title, "slug": f"{m.slug}-{m.id}",
                                             "views": m.views} for m in most]},
                              ensure_ascii=False) + "\n"]
    return rows


def article(art: Any, latest: Sequence[Any], most: Sequence[Any]) -> bytes:
    site_name = AGENCY["en"] if art.lang == "en" else AGENCY["ru"]
    desc = cut_at_word(art.paragraphs[0], 160)
    og = [("og:title", art.title), ("og:description", desc),
          ("og:url", f"{SITE_URL}{art.path}"), ("og:site_name", site_name),
          ("og:locale", LOCALE[art.lang]), ("og:type", "article")]
    if art.images:
        og.append(("og:image", art.image_paths()[0]))
    if art.clock:
        og.append(("article:published_time", _utc(art.local)))
    head_extra = (f'<meta name="description" content="{esc(desc)}"/>'
                  f'<link rel="canonical" href="{SITE_URL}{art.path}"/>'
                  + "".join(f'<meta property="{k}" content="{esc(v)}"/>' for k, v in og)
                  + '<meta name="twitter:card" content="summary_large_image"/>')
    cover = ""
    if art.images:
        credit = (f'<figcaption class="ArticleHeader_credit__Gm2sD">Фото:{esc(art.photo_credit)}'
                  "</figcaption>" if art.photo_credit else "")
        cover = (f'<figure class="ArticleHeader_cover__9dK2s">'
                 f'{_image(art.image_paths()[0], art.title, "ArticleHeader_image__Ux3p0", True)}'
                 f"{credit}</figure>")
    updated = ""
    if art.extra == "updated":
        when = art.local + timedelta(days=1, hours=2)
        updated = (f'<p class="ArticleMeta_updated__Qe8Lm">Обновлено: '
                   f'{day_text(art.lang, when.date())}, {when:%H:%M}</p>')
    lead, body = _blocks(art)
    share_url = quote(f"{SITE_URL}{art.path}", safe="")
    share = ('<div class="Share_share__Bv2Lk"><span>Поделиться:</span>'
             f'<a href="https://t.me/share/url?url={share_url}" target="_blank" rel="noopener">'
             "Telegram</a>"
             f'<a href="https://wa.me/?text={share_url}" target="_blank" rel="noopener">'
             "WhatsApp</a>"
             f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" '
             'target="_blank" rel="noopener">Facebook</a>'
             '<button type="button">Скопировать ссылку</button></div>')
    ad = ('<div class="AdSlot_slot__Rk4e7" id="adfox_168812" data-slot="article-bottom">'
          '<span class="AdSlot_label__c0Zq1">Реклама</span></div>')
    latest_html = ('<section class="LatestNews_section__Wq9e3"><h2>Последние новости</h2><ul>'
                   + "".join(f'<li><a href="{a.path}"><span class="Badge_badge__x7Pm2">'
                             f"{a.lang}</span> {esc(cut_at_word(a.title, 70))}</a></li>"
                             for a in latest) + "</ul></section>")
    most_html = ('<aside class="MostRead_aside__Lk2w1"><h2>Самое читаемое</h2>'
                 '<!--$?--><template id="B:1"></template>'
                 '<div class="MostRead_list__hQ4s8" id="most-read"></div><!--/$--></aside>')
    page = (_head(f"{art.title} | {site_name}", head_extra)
            + '<body class="__className_a64ecd __variable_3f9b21">'
            + _CURRENCY + _HEADER
            + '<main class="Layout_main__p1Xc0"><!--$--><article class="Article_article__Zx81p">'
            + f'<h1 class="ArticleHeader_title__Xa1b2">{esc(art.title)}</h1>'
            + cover + _meta_line(art) + updated + lead + body + share + "</article><!--/$-->"
            + ad + latest_html + most_html + "</main>" + _FOOTER + _jsonld(art)
            + _flight(_entry(art, most)) + _METRIKA + "</body></html>")
    return page.encode("utf-8")


def listing(items: Sequence[Any], page: int, count: int) -> bytes:
    """``/novosti``: ``.news_text`` cards (an ``a`` and a ``p`` date), numbered pages and a
    "Показать ещё" link (the client appends the next page; the link works without it)."""
    cards = "".join(
        f'<div class="NewsCard_card__Hh3k1 news_text"><a href="{a.path}">'
        f'<h3 class="NewsCard_title__e3Rt0">{esc(a.title)}</h3></a>'
        f'<p class="NewsCard_date__Mx0p2">{day_text(a.lang, a.day)}</p></div>' for a in items)
    nums = "".join(f'<span aria-current="page">{n}</span>' if n == page
                   else f'<a href="/novosti{"" if n == 1 else f"?page={n}"}">{n}</a>'
                   for n in range(1, count + 1))
    more = (f'<a class="Pagination_more__Zz3b0" href="/novosti?page={page + 1}">Показать ещё</a>'
            if page < count else "")
    rows = [f'0:{{"b":"{_BUILD}","c":["","novosti"]}}\n',
            "4:" + json.dumps({"page": page, "pageCount": count,
                               "items": [{"id": a.num, "title": a.title, "slug": a.slug}
                                         for a in items]}, ensure_ascii=False) + "\n"]
    title = "Новости | Центр информации"
    body = (_head(title, f'<link rel="canonical" href="{SITE_URL}/novosti"/>')
            + '<body class="__className_a64ecd">' + _CURRENCY + _HEADER
            + '<main class="Layout_main__p1Xc0"><h1>Новости</h1><!--$-->'
            + f'<div class="NewsList_list__Gg5k2">{cards}</div><!--/$-->'
            + f'<nav class="Pagination_nav__Ab1c2">{nums}{more}</nav></main>'
            + _FOOTER + _flight(rows) + _METRIKA + "</body></html>")
    return body.encode("utf-8")


def not_found() -> bytes:
    return (_head("404: This page could not be found.")
            + '<body><div style="font-family:system-ui;height:100vh;text-align:center">'
            '<h1 class="next-error-h1">404</h1><div><h2>This page could not be found.</h2>'
            "</div></div></body></html>").encode("utf-8")
