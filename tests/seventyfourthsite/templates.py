"""The Blogger theme of the copy: the item page, the listing page and the 404, as markup.

One custom theme over Blogger's classic layout: a currency HTML widget on top, the main column
(``div.post-outer`` posts), a sidebar (search, "most read" PopularPosts, BlogArchive), a cookie
notice, ad slots, counters and a footer with contacts.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word

HTML = "text/html; charset=UTF-8"
STATUS = '<div class="status-msg-wrap"><div class="status-msg-body">{}</div></div>'
RU_CAPS = [m.capitalize() for m in RU_MONTHS]
CURRENCY = ('<div class="widget HTML" id="HTML1"><div class="widget-content kurs">'
            "• USD/KZT <span>0.0</span> • EUR/KZT <span>0.0</span> • RUB/KZT <span>0.0</span>"
            " • CNY/KZT <span>0.0</span></div></div>")
COOKIE = ('<div id="cookieChoiceInfo" class="cookie-choices-info">'
          '<div class="cookie-choices-inner">'
          '<span class="cookie-choices-text">Этот сайт использует файлы cookie от Google для '
          'предоставления своих услуг и анализа трафика.</span>'
          '<span class="cookie-choices-buttons"><a class="cookie-choices-button" '
          'href="https://policies.google.com/technologies/cookies">'
          'Подробнее</a><a class="cookie-choices-button" id="cookieChoiceDismiss">ОК</a></span>'
          "</div></div>")
AD = ('<div class="widget AdSense"><ins class="adsbygoogle" style="display:block" '
      'data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>'
      "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>")
COUNTERS = ('<div class="counters"><a href="https://www.liveinternet.ru/click"><img '
            'src="https://counter.yadro.ru/hit?t45.6" alt="LiveInternet" width="31" height="31">'
            '</a><noscript><img src="https://mc.yandex.ru/watch/00000000" alt=""></noscript></div>')
FOOTER = ('<div class="footer-outer"><div class="widget Text" id="Text1"><h2>Контакты</h2>'
          '<div class="widget-content">ТОО «Центр информации», г. Алматы, пр. Абая, 10<br>'
          "Тел.: +7 (727) 000-00-00<br>E-mail: info@ic24.kz</div></div>"
          '<div class="widget Attribution"><div class="widget-content">На платформе '
          '<a href="https://www.blogger.com">Blogger</a>. Тема «Простая».</div></div></div>')
SEARCH = ('<div class="widget BlogSearch"><h2 class="title">Поиск</h2><form action="/search" '
          'class="gsc-search-box"><input name="q" type="text"><input type="submit" '
          'value="Поиск"></form></div>')


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def shown_day(art: CopyArticle) -> str:
    """The date under the headline: '20 Апреля 2023' (English posts: 'August 2, 2021')."""
    d = art.day
    if art.lang == "en":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {RU_CAPS[d.month - 1]} {d.year}"


def listing_day(art: CopyArticle) -> str:
    d = art.day
    return f"{d.day:02d} {RU_CAPS[d.month - 1]} {d.year}"


def _sidebar(arts: Sequence[CopyArticle]) -> str:
    newest = arts[0]
    popular = sorted(arts, key=lambda a: -(getattr(a, "views", 0) or 0))[:5]
    items = "".join(
        f'<li><div class="item-title"><a href="{esc(a.path)}">{esc(a.title)}</a></div>'
        f'<div class="item-snippet">{esc(cut_at_word(a.paragraphs[0], 90))}…</div></li>'
        for a in popular)
    years: dict[int, int] = {}
    for a in arts:
        years[a.day.year] = years.get(a.day.year, 0) + 1
    archive = "".join(
        f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)">►</a>'
        f'<a class="post-count-link" href="/{y}/">{y}</a> <span class="post-count">({n})</span>'
        "</li>" for y, n in sorted(years.items(), reverse=True))
    return (f'<aside class="sidebar">{SEARCH}<div class="widget PopularPosts" id="PopularPosts1">'
            f'<h2>Самое читаемое</h2><ul>{items}</ul></div>{AD}'
            f'<div class="widget BlogArchive" id="BlogArchive1"><h2>Архив блога</h2>'
            f'<ul class="hierarchy">{archive}</ul>'
            f'<p class="updated">Обновлено: {esc(listing_day(newest))}</p></div></aside>')


def _page(title: str, head: str, main: str, arts: Sequence[CopyArticle]) -> bytes:
    page = ("<!DOCTYPE html>\n<html class=\"v2\" dir=\"ltr\" lang=\"ru\" "
            "xmlns:b=\"http://www.google.com/2005/gml/b\"><head>"
            '<meta content="width=device-width, initial-scale=1" name="viewport">'
            '<meta content="blogger" name="generator">'
            f"<title>{esc(title)}</title>{head}"
            '<link href="https://www.blogger.com/static/v1/widgets/widget_css_bundle.css" '
            'rel="stylesheet"></head><body class="variant-simplysimple">'
            f'<div class="content-outer"><header class="header-outer"><div class="widget Header">'
            '<h1 class="title"><a href="/">Центр информации</a></h1><p class="description">'
            "Новости Казахстана и мира</p></div>"
            f"{CURRENCY}</header><div class=\"columns\"><main class=\"main-outer\">{main}</main>"
            f"{_sidebar(arts)}</div>{FOOTER}{COUNTERS}</div>{COOKIE}"
            "<script src=\"https://www.blogger.com/static/v1/widgets/widgets.js\"></script>"
            "</body></html>")
    return page.encode("utf-8")


def _figure(art: Any, k: int) -> str:
    size = "s320" if k == 0 and art.num % 2 else "w640-h400"
    img = (f'<a href="{art.image_paths()[k]}" imageanchor="1" style="margin-left: 1em; '
           f'margin-right: 1em;"><img border="0" data-original-height="800" '
           f'data-original-width="1280" src="{art.sized(k, size)}" width="640"></a>')
    credit = art.photo_credit if k == 0 and art.dev != "credit_inline" else None
    if credit is None:
        return f'<div class="separator" style="clear: both; text-align: center;">{img}</div>'
    return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container">'
            f'<tbody><tr><td style="text-align: center;">{img}</td></tr>'
            f'<tr><td class="tr-caption" style="text-align: center;">Фото:{esc(credit)}</td>'
            "</tr></tbody></table>")


def _homoglyph(text: str) -> str:
    """One Cyrillic 'о' of the text typed as a Latin 'o' (and the other way round)."""
    for i, c in enumerate(text):
        if c == "о" and 0 < i < len(text) - 1 and text[i - 1].isalpha():
            return text[:i] + "o" + text[i + 1:]
        if c == "o" and 0 < i < len(text) - 1 and text[i - 1].isalpha():
            return text[:i] + "о" + text[i + 1:]
    return text


def _body(art: Any) -> str:
    paras = list(art.raw_paragraphs or art.paragraphs)
    if art.dev == "homoglyph" and len(paras) > 1:
        paras[1] = _homoglyph(paras[1])
    paras = [esc(p) for p in paras]
    paras[0] = esc(art.dateline()) + paras[0]
    if art.dev == "spans":
        paras = [f'<span style="font-family: arial;">{p}</span>&nbsp;' for p in paras]
    out = [_figure(art, k) for k in range(art.images)]
    if art.dev == "credit_inline" and art.photo_credit:
        out.append(f'<div style="text-align: right;"><i>Фото:{esc(art.photo_credit)}</i></div>')
    if art.dev == "brs":
        out.append('<div style="text-align: justify;">' + "<br><br>".join(paras) + "</div>")
    else:
        gap = ("<div>&nbsp;</div>" if art.dev == "nbsp_lines"
               else '<div style="text-align: justify;"><br></div>')
        out.append(gap.join(f'<div style="text-align: justify;">{p}</div>' for p in paras))
    if art.source_line and art.source:
        src = (f'<a href="https://kaztag.kz/" target="_blank">{esc(art.source)}</a>'
               if art.dev == "source_link" else esc(art.source))
        out.append(f'<div style="text-align: justify;"><br></div><div><b>Источник:</b> {src}</div>')
    return "".join(out)


def _labels(art: Any) -> str:
    """The info line's labels: the rubric label first (its own span), then the tags."""
    if art.category is None and not art.tags:
        return ""
    rubric = (f'<span class="post-labels post-rubric"><a href="/search/label/'
              f'{esc(art.category)}" rel="tag">{esc(art.category)}</a></span> '
              if art.category else "")
    tags = ", ".join(f'<a href="/search/label/{esc(t)}" rel="tag">{esc(t)}</a>' for t in art.tags)
    return rubric + (f'<span class="post-labels post-tags">{tags}</span>' if tags else "")


def _ldjson(art: Any, base: str) -> str:
    data: dict[str, Any] = {
        "@context": "http://schema.org", "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": base + art.path},
        "headline": art.title, "datePublished": art.local.isoformat(),
        "dateModified": art.local.isoformat(),
        "author": {"@type": "Person", "name": art.author},
        "publisher": {"@type": "Organization", "name": "Центр информации"},
    }
    if art.images:
        data["image"] = {"@type": "ImageObject", "url": art.image_paths()[0]}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _latest(art: Any, arts: Sequence[CopyArticle]) -> str:
    """The block of ``ru``-badged latest headlines (cut short) after the post."""
    rows = "".join(
        f'<li><span class="lang-badge">ru</span> <a href="{esc(a.path)}">'
        f"{esc(cut_at_word(a.title, 60))}</a></li>"
        for a in arts if a.lang == "ru" and a.num != art.num)
    return f'<div class="widget HTML latest-news" id="HTML5"><ul>{rows}</ul></div>'


def _comments(art: Any) -> str:
    shown = ""
    if art.dev == "comment":
        shown = ('<div class="comment-thread"><ol><li class="comment"><div class="comment-block">'
                 '<div class="comment-header"><cite class="user">Асель</cite> '
                 '<span class="datetime">21 мая 2024 г. в 10:15</span></div>'
                 '<p class="comment-content">Спасибо за новость, очень полезно!</p></div></li>'
                 "</ol></div>")
    count = "1 комментарий" if shown else "Комментариев нет"
    return (f'<div class="comments" id="comments"><h4>{count}:</h4>{shown}'
            '<div class="comment-form"><a name="comment-form"></a><p>Оставьте комментарий</p>'
            '<iframe allowtransparency="true" class="blogger-iframe-colorize" frameborder="0" '
            'height="410px" id="comment-editor" name="comment-editor" src="" width="100%">'
            "</iframe></div></div>")


def article(art: Any, base: str) -> Response:
    from tests.seventyfourthsite import site

    arts = site.build()
    iso = art.local.isoformat()
    views = ("" if art.views is None else
             f' <span class="post-views" data-views="{art.views}">{art.views}</span>')
    info = (f'<div class="post-header"><div class="post-header-line-1">'
            f'<abbr class="published" itemprop="datePublished" title="{iso}">'
            f"{esc(shown_day(art))}</abbr>{views} {_labels(art)}</div></div>")
    footer_labels = ""
    if art.dev == "footer_labels":
        every = sorted([*([art.category] if art.category else []), *art.tags], key=str.lower)
        footer_labels = ('<span class="post-labels">Ярлыки: ' + ", ".join(
            f'<a href="/search/label/{esc(t)}" rel="tag">{esc(t)}</a>' for t in every)
            + "</span>")
    share = ('<div class="post-share-buttons goog-inline-block">'
             '<a class="goog-inline-block share-button sb-email" href="#" title="Отправить по '
             'электронной почте"><span class="share-button-link-text">Отправить по электронной '
             'почте</span></a><a class="share-button sb-blog" href="#">BlogThis!</a>'
             '<a class="share-button sb-twitter" href="#">Поделиться в X</a>'
             '<a class="share-button sb-facebook" href="#">Опубликовать в Facebook</a></div>')
    post = (f'<div class="date-outer"><h2 class="date-header"><span>{esc(shown_day(art))}'
            f'</span></h2><div class="date-posts"><div class="post-outer">'
            f'<div class="post hentry uncustomized-post-template" itemscope '
            f'itemtype="http://schema.org/BlogPosting"><a name="{art.num}"></a>'
            f'<h3 class="post-title entry-title" itemprop="name">{esc(art.title)}</h3>'
            f'{info}<div class="post-body entry-content" id="post-body-{art.num}" '
            f'itemprop="description articleBody">{_body(art)}<div style="clear: both;"></div>'
            f'</div><div class="post-footer"><div class="post-footer-line post-footer-line-1">'
            f'<span class="post-author vcard">Posted by <span class="fn" itemprop="author">'
            f"{esc(art.author)}</span></span> "
            f'<span class="post-timestamp">at <a class="timestamp-link" href="{esc(art.path)}" '
            f'rel="bookmark"><abbr class="published" title="{iso}">'
            f'{art.clock.strftime("%H:%M") if art.clock else "00:00"}</abbr></a></span></div>'
            f'<div class="post-footer-line post-footer-line-2">{footer_labels}{share}</div>'
            f"</div></div>{_comments(art)}</div></div></div>{AD}{_latest(art, arts)}"
            f'<div class="blog-pager" id="blog-pager"><a class="home-link" href="/novosti">'
            "Главная страница</a></div>")
    image = (f'<meta content="{art.image_paths()[0]}" property="og:image">' if art.images
             else "")
    head = (f'<link href="{base}{esc(art.path)}" rel="canonical">'
            f'<meta content="{esc(art.title)}" property="og:title">'
            f'<meta content="{base}{esc(art.path)}" property="og:url">{image}'
            f"{_ldjson(art, base)}")
    title = f"Центр информации: {art.title}"
    return 200, {"Content-Type": HTML}, _page(title, head, post, arts)


def listing(items: Sequence[CopyArticle], base: str, older: str | None,
            paged: bool) -> Response:
    from tests.seventyfourthsite import site

    rows = "".join(
        f'<div class="post-outer"><div class="news_text"><a href="{esc(a.path)}">'
        f"{esc(a.title)}</a><p>{esc(listing_day(a))}</p></div></div>" for a in items)
    if not items:
        rows = STATUS.format("Сообщений нет.")
    pager = ('<div class="blog-pager" id="blog-pager">'
             + (f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" '
                f'href="/novosti?updated-min={quote(items[0].local.isoformat())}&amp;max-results=10'
                f'&amp;reverse-paginate=true">Более новые сообщения</a></span>'
                if paged and items else "")
             + '<a class="home-link" href="/novosti">Главная страница</a>'
             + (f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" '
                f'href="{esc(older)}">Предыдущие сообщения</a></span>' if older else "")
             + "</div>")
    main = f'<div class="blog-posts hfeed">{rows}</div>{pager}'
    return 200, {"Content-Type": HTML}, _page("Центр информации: Новости", "", main, site.build())


def not_found() -> bytes:
    from tests.seventyfourthsite import site

    return _page("Центр информации", "", STATUS.format("Запрошенная страница не существует."),
                 site.build())
