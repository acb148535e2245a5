"""Markup of the seventy-third copy: AMP article pages (or a plain page with an AMP twin), a
plain HTML listing, the 404."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from html import escape
from typing import Any

from tests.copykit.catalogue import AGENCY, MONTHS, CopyArticle, Response
from tests.copykit.text import cut_at_word

HTML = "text/html; charset=utf-8"
BADGE_TITLE = 60
LABELS = {
    "ru": {"source": "Источник:", "latest": "Последние новости",
           "read": "Самое читаемое", "share": "Поделиться", "search": "Поиск по сайту",
           "cookie": "Мы используем файлы cookie. Продолжая, вы соглашаетесь.",
           "ad": "Реклама"},
    "en": {"source": "Источник:", "latest": "Latest news",
           "read": "Most read", "share": "Share", "search": "Search the site",
           "cookie": "We use cookies. By continuing you agree.", "ad": "Advertisement"},
}
LABELS["kk"] = {**LABELS["ru"], "latest": "Соңғы жаңалықтар", "read": "Көп оқылған"}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
AMP_BOILERPLATE = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s "
                   "1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
                   "</style><noscript><style amp-boilerplate>body{animation:none}</style>"
                   "</noscript>")
AMP_SCRIPTS = ("amp-carousel", "amp-social-share", "amp-analytics", "amp-ad", "amp-iframe",
               "amp-accordion", "amp-user-notification", "amp-form")
CURRENCY = ('<div class="currency">' + "".join(
    f'<span class="rate">• {pair} <b data-rate="{pair}">0.0</b></span> '
    for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT")) + "</div>")
FOOTER = ('<footer class="footer"><p>© 2013–2026 Центр информации / Information Center</p>'
          '<p>Адрес: 050000, г. Алматы, пр. Абая, 10 · Тел.: +7 (727) 000-00-00 · '
          '<a href="mailto:info@ic24.kz">info@ic24.kz</a></p>'
          '<p><a href="/about">О проекте</a> · <a href="/reklama">Реклама</a></p></footer>')


def day_line(art: CopyArticle) -> str:
    """'20 Апреля 2023' (English: '2 August 2021'), with ', 14:30' when the time is shown."""
    month = MONTHS[art.lang][art.day.month - 1]
    text = f"{art.day.day} {month[:1].upper()}{month[1:]} {art.day.year}"
    return text + (f", {art.clock:%H:%M}" if art.clock else "")


def _img(src: str, alt: str, amp: bool, cls: str = "") -> str:
    if not amp:
        return f'<img src="{src}" alt="{escape(alt)}" width="800" height="533" class="{cls}">'
    return (f'<amp-img src="{src}" alt="{escape(alt)}" width="800" height="533" '
            f'layout="responsive" class="{cls}"><noscript><img src="{src}" alt=""></noscript>'
            "</amp-img>")


def _photos(art: Any, amp: bool) -> str:
    paths = art.image_paths()
    if not paths:
        return ""
    caption = (f"<figcaption>Фото:{escape(art.photo_credit)}</figcaption>"
               if "caption_credit" in art.quirks else "")
    if len(paths) == 1:
        return f'<figure class="main-photo">{_img(paths[0], art.title, amp)}{caption}</figure>'
    inner = "".join(_img(p, art.title, amp) for p in paths)
    if amp:
        inner = (f'<amp-carousel type="slides" width="800" height="533" layout="responsive" '
                 f'controls>{inner}</amp-carousel>')
    else:
        inner = f'<div class="gallery">{inner}</div>'
    return f'<figure class="gallery-wrap">{inner}{caption}</figure>'


def _homoglyph(text: str, lang: str) -> str:
    """One letter of the first long word swapped for its look-alike of the other script."""
    if lang == "en":
        return re.sub(r"\b([A-Za-z]*?)e([a-z]{2,})", r"\1е\2", text, count=1)
    return re.sub(r"\b([а-я]+?)о([а-я]+)", r"\1o\2", text, count=1)


def _body(art: Any, amp: bool) -> str:
    raw = list(art.raw_paragraphs or art.paragraphs)
    if "homoglyph" in art.quirks and not art.raw_paragraphs:
        raw = [_homoglyph(raw[0], art.lang), *raw[1:]]
    paras = [escape(p, quote=False) for p in raw]
    if "nbsp" in art.quirks:
        paras = [p.replace(" ", "&nbsp;", 1) for p in paras]
    line = art.dateline()
    if line:
        head, _, _ = line.rpartition(" - ")
        if "strong_dateline" in art.quirks:
            paras[0] = f"<strong>{escape(head)}</strong> - {paras[0]}"
        else:
            paras[0] = escape(line) + paras[0]
    out = [f"<p>{p}</p>" for p in paras]
    if "nbsp" in art.quirks or art.raw_paragraphs:
        out.insert(len(out) - 1, "<p>&nbsp;</p>")
    if "embed" in art.quirks:
        poster = ('<amp-img placeholder src="/static/video-poster.jpg" layout="fill"></amp-img>'
                  if amp else "")
        tag = "amp-iframe" if amp else "iframe"
        sandbox = ' sandbox="allow-scripts allow-same-origin" layout="responsive"' if amp else ""
        embed = (f'<{tag} width="560" height="315"{sandbox} frameborder="0" '
                 f'src="https://www.youtube.com/embed/ic24{art.num}">{poster}</{tag}>')
        out.insert(1, f'<div class="video-embed">{embed}</div>')
        out.insert(2, _ad(art.lang, amp, "inread"))
    if art.source_line and art.source:
        label = LABELS[art.lang]["source"]
        value = (f'<a href="https://example.org/" target="_blank" rel="nofollow">'
                 f"{escape(art.source)}</a>" if "source_link" in art.quirks
                 else escape(art.source))
        out.append(f'<p class="source">{label} {value}</p>')
    return f'<div class="news-body" itemprop="articleBody">{"".join(out)}</div>'


def _ad(lang: str, amp: bool, slot: str) -> str:
    label = LABELS[lang]["ad"]
    if not amp:
        return (f'<div class="adv adv-{slot}"><span>{label}</span>'
                f'<div id="adfox_{slot}"></div></div>')
    return (f'<div class="adv adv-{slot}"><span>{label}</span><amp-ad width="300" height="250" '
            f'type="adfox" data-owner-id="123456" data-params=\'{{"p1":"{slot}"}}\'>'
            f'<div fallback>{label}</div></amp-ad></div>')


def _info(art: Any) -> str:
    parts = [f'<span class="date">{day_line(art)}</span>']
    if art.views is not None:
        parts.append(f'<span class="views">{art.views}</span>')
    if art.category:
        parts.append(f'<a class="rubric" href="/rubric/{art.num % 7}">{escape(art.category)}</a>')
    if art.tags:
        tags = ", ".join(f'<a href="/tag/{escape(t)}">{escape(t)}</a>' for t in art.tags)
        parts.append(f'<span class="tags">{tags}</span>')
    return f'<div class="news-info">{" ".join(parts)}</div>'


def _share(art: Any, base: str, amp: bool) -> str:
    url = base + art.path
    label = LABELS[art.lang]["share"]
    if amp:
        buttons = "".join(f'<amp-social-share type="{k}" width="40" height="40" '
                          f'data-param-url="{url}"></amp-social-share>'
                          for k in ("facebook", "twitter", "whatsapp", "telegram"))
    else:
        buttons = "".join(f'<a class="share-{k}" href="https://share.example/{k}?u={url}">{k}</a>'
                          for k in ("facebook", "twitter", "whatsapp", "telegram"))
    return f'<div class="share"><span>{label}</span>{buttons}</div>'


def _latest(art: Any, arts: Sequence[CopyArticle], amp: bool) -> str:
    others = [a for a in arts if a.num != art.num][:8]
    items = "".join(f'<li><span class="badge">{a.lang}</span> <a href="{a.path}">'
                    f"{escape(cut_at_word(a.title, BADGE_TITLE))}</a></li>" for a in others)
    head = LABELS[art.lang]["latest"]
    if amp:
        return (f'<amp-accordion class="latest" disable-session-states><section expanded>'
                f"<h4>{head}</h4><div><ul>{items}</ul></div></section></amp-accordion>")
    return f'<div class="latest"><h4>{head}</h4><ul>{items}</ul></div>'


def _most_read(lang: str, arts: Sequence[CopyArticle]) -> str:
    top = sorted((a for a in arts if a.views), key=lambda a: -(a.views or 0))[:5]
    items = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in top)
    return f'<aside class="most-read"><h3>{LABELS[lang]["read"]}</h3><ol>{items}</ol></aside>'


def _search(lang: str, amp: bool) -> str:
    target = ' target="_top" action-xhr="/search"' if amp else ""
    return (f'<form class="search" method="GET" action="/search"{target}>'
            f'<input type="search" name="q" placeholder="{LABELS[lang]["search"]}">'
            "<button>🔍</button></form>")


def _cookie(lang: str, amp: bool) -> str:
    text = LABELS[lang]["cookie"]
    if amp:
        return (f'<amp-user-notification id="cookies" layout="nodisplay"><p>{text}</p>'
                '<button on="tap:cookies.dismiss">OK</button></amp-user-notification>')
    return f'<div class="cookie-banner"><p>{text}</p><button>OK</button></div>'


def _jsonld(art: Any, base: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
        "datePublished": art.local.isoformat() if art.clock else art.day.isoformat(),
        "mainEntityOfPage": base + art.path, "inLanguage": art.lang,
        "image": [base + p for p in art.image_paths()],
        "publisher": {"@type": "Organization", "name": AGENCY[art.lang],
                      "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"}},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def _analytics(art: Any) -> str:
    config = {"vars": {"account": "UA-00000000-1"},
              "triggers": {"pageview": {"on": "visible", "request": "pageview"}},
              "extraUrlParams": {"cd1": art.id, "cd2": art.lang}}
    return ('<amp-analytics type="googleanalytics"><script type="application/json">'
            + json.dumps(config) + "</script></amp-analytics>"
            '<amp-pixel src="https://counter.yadro.ru/hit?r=RANDOM" layout="nodisplay">'
            "</amp-pixel>")


def article(art: Any, base: str, arts: Sequence[CopyArticle], *, amp: bool) -> Response:
    """An article page: AMP (the canonical page itself, or a plain page's twin) or plain."""
    lang = art.lang
    canonical = base + art.path
    head = [f'<meta charset="utf-8"><title>{escape(art.title)} — {AGENCY[lang]}</title>',
            f'<link rel="canonical" href="{canonical}">',
            '<meta name="viewport" content="width=device-width,minimum-scale=1">',
            f'<meta property="og:title" content="{escape(art.title)}">',
            f'<meta property="og:locale" content="{LOCALE[lang]}">',
            '<meta property="og:type" content="article">', _jsonld(art, base)]
    if amp:
        head.append('<script async src="https://cdn.ampproject.org/v0.js"></script>')
        head += [f'<script async custom-element="{e}" '
                 f'src="https://cdn.ampproject.org/v0/{e}-0.1.js"></script>' for e in AMP_SCRIPTS]
        head.append("<style amp-custom>.news-info span{margin-right:6px}.badge{color:#c00}"
                    ".currency{font-size:12px}</style>" + AMP_BOILERPLATE)
    else:
        head.append(f'<link rel="amphtml" href="{base + art.amp_path}">')
        head.append('<link rel="stylesheet" href="/static/site.css">')
    credit = (f'<div class="photo-credit">Фото:{escape(art.photo_credit)}</div>'
              if art.photo_credit and "caption_credit" not in art.quirks else "")
    main = (f'<article class="news-item"><h1 class="news-title">{escape(art.title)}</h1>'
            f"{credit}{_info(art)}{_photos(art, amp)}{_body(art, amp)}"
            f"{_share(art, base, amp)}{_latest(art, arts, amp)}</article>")
    header = (f'<header class="top">{CURRENCY}<a class="logo" href="/">'
              f'{AGENCY[lang]}</a>{_search(lang, amp)}</header>')
    counters = _analytics(art) if amp else (
        '<script>var _tmr=window._tmr||[];_tmr.push({id:"3000000",type:"pageView"});</script>'
        '<noscript><img src="https://top-fwz1.mail.ru/counter?id=3000000" alt=""></noscript>')
    html_open = f'<html ⚡ lang="{lang}">' if amp else f'<html lang="{lang}">'
    page = (f"<!doctype html>{html_open}<head>{''.join(head)}</head><body>"
            f"{_cookie(lang, amp)}{header}{_ad(lang, amp, 'top')}<main>{main}</main>"
            f"{_most_read(lang, arts)}{_ad(lang, amp, 'side')}{counters}{FOOTER}</body></html>")
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def listing(items: Sequence[CopyArticle], page: int, pages: int,
            arts: Sequence[CopyArticle]) -> Response:
    """A plain HTML listing page: ``.news_text`` items, page links, the most-read box."""
    rows = "".join(
        f'<div class="news_text"><a href="{a.path}">{escape(a.title)}</a>'
        f"<p>{day_line(a).split(',')[0]}</p></div>" for a in items)
    nav = ['<div class="pagination">']
    if page > 1:
        prev = "/novosti" if page == 2 else f"/novosti?page={page - 1}"
        nav.append(f'<a class="prev" href="{prev}">«</a>')
    for n in range(1, pages + 1):
        href = "/novosti" if n == 1 else f"/novosti?page={n}"
        nav.append(f"<span>{n}</span>" if n == page else f'<a href="{href}">{n}</a>')
    if page < pages:
        nav.append(f'<a class="next" href="/novosti?page={page + 1}">»</a>')
    nav.append("</div>")
    body = (f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Новости — '
            f'Центр информации</title></head><body>{_cookie("ru", False)}<header>{CURRENCY}'
            f'{_search("ru", False)}</header><main><h1>Новости</h1>{rows}{"".join(nav)}</main>'
            f'{_most_read("ru", arts)}{FOOTER}</body></html>')
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return ('<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>404</title>'
            "</head><body><h1>Страница не найдена</h1><a href=\"/novosti\">Новости</a>"
            "</body></html>").encode()
