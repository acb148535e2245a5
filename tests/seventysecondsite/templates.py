"""The seventy-second copy's markup: Nuxt SSR output over a Strapi entry."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC
from html import escape
from typing import Any

from tests.copykit import seeds
from tests.copykit.catalogue import AGENCY, MONTHS
from tests.copykit.text import EN_MONTHS

V = 'data-v-1a2b3c4d'  # the layout's scoped-style id
VA = 'data-v-7e91f0c2'  # the article component's
HEAD = seeds.ru().headlines


def info_date(a: Any) -> str:
    """'20 Апреля 2023' / '2 August 2021' (or 'August 2, 2021' on a deviating page)."""
    month = MONTHS[a.lang][a.day.month - 1]
    if a.deviation == "us_date":
        return f"{EN_MONTHS[a.day.month - 1]} {a.day.day}, {a.day.year}"
    return f"{a.day.day} {month[:1].upper()}{month[1:]} {a.day.year}"


def _js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _markdown(a: Any) -> str:
    text = "\n\n".join([a.dateline() + a.paragraphs[0], *a.paragraphs[1:]])
    return text + (f"\n\n**Источник:** {a.source}" if a.source_line else "")


def _entry(a: Any) -> dict[str, object]:
    stamp = a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z") if a.clock else None
    return {"id": a.num, "title": a.title, "slug": a.path.rsplit("/", 1)[1],
            "date": a.day.isoformat(), "publishedAt": stamp, "views": a.views,
            "locale": a.lang, "content": _markdown(a),
            "category": {"name": a.category} if a.category else None,
            "tags": [{"name": t} for t in a.tags],
            "cover": ({"formats": {"large": {"url": a.image_paths()[0]}}} if a.images else None)}


def nuxt2_state(a: Any) -> str:
    """window.__NUXT__ as Nuxt 2 writes it: an IIFE taking repeated values as arguments."""
    entry = _entry(a)
    names = "abcdefg"
    args = [entry["title"], entry["date"], None, False, True, entry["slug"], a.lang]
    body = json.dumps(entry, ensure_ascii=False)
    for name, value in zip(names, args, strict=True):
        if isinstance(value, str):
            body = body.replace(json.dumps(value, ensure_ascii=False), name)
    body = body.replace(": null", ":c").replace(":null", ":c")
    state = (f"{{layout:\"default\",data:[{{article:{body}}}],fetch:{{}},error:c,"
             f"state:{{cookies:d,currency:{{usd:0,eur:0}}}},serverRendered:e,"
             f"routePath:\"{a.path}\",config:{{_app:{{basePath:\"/\",assetsPath:\"/_nuxt/\"}}}}}}")
    return ("<script>window.__NUXT__=(function(" + ",".join(names) + "){return " + state
            + "}(" + ",".join(_js(v) for v in args) + "));</script>").replace("</scr", "</scr")


def _flatten(value: object, out: list[object]) -> int:
    out.append(None)
    i = len(out) - 1
    if isinstance(value, dict):
        out[i] = {k: _flatten(v, out) for k, v in value.items()}
    elif isinstance(value, list):
        out[i] = [_flatten(v, out) for v in value]
    else:
        out[i] = value
    return i


def nuxt3_state(a: Any) -> str:
    """Nuxt 3's payload: one flat array, every object's values indexes into it."""
    out: list[object] = [["ShallowReactive", 1]]
    _flatten({"data": {f"article-{a.num}": _entry(a)}, "state": {}, "once": []}, out)
    return ('<script type="application/json" id="__NUXT_DATA__" data-ssr="true">'
            + _js(out) + "</script>")


def _currency() -> str:
    rates = "".join(f'<li {V} class="rate">• {c}/KZT <b {V}>0.0</b></li>'
                    for c in ("USD", "EUR", "RUB", "CNY"))
    return f'<ul {V} class="currency">{rates}</ul>'


def _header(lang: str) -> str:
    nav = "".join(f'<a {V} href="{h}" class="nuxt-link{" nuxt-link-active" * (h == "/novosti")}">'
                  f"{t}</a>" for h, t in (("/", "Главная"), ("/novosti", "Новости"),
                                          ("/category/obshchestvo", "Общество")))
    return (f'<header {V} class="header">{_currency()}<a {V} href="/" class="logo nuxt-link">'
            f'<img {V} src="/_nuxt/img/logo.3f2a1.svg" alt="{AGENCY[lang]}"></a>'
            f'<nav {V} class="menu">{nav}</nav><form {V} class="search" action="/search">'
            f'<input {V} name="q" placeholder="Поиск по сайту"><button {V}>Найти</button>'
            f"</form></header>")


def _footer() -> str:
    return (f'<div {V} class="ad ad--bottom"><!----></div>'
            f'<footer {V} class="footer"><p {V}>© 2013–2026 Центр информации</p>'
            f'<p {V}>Адрес: г. Алматы, пр. Абая, 10. Тел.: +7 (727) 000-00-00, '
            f'<a {V} href="mailto:info@ic24.kz">info@ic24.kz</a></p>'
            f'<div {V} class="cookies">Мы используем cookie. <button {V}>Принять</button></div>'
            f'<img {V} src="/counter.gif?id=123" width="1" height="1" alt=""></footer>')


def _page(lang: str, title: str, head: str, main: str, state: str) -> str:
    return (f'<!doctype html><html lang="{lang}" data-n-head-ssr><head><meta charset="utf-8">'
            f"<title>{escape(title)} | Центр информации</title>{head}"
            f'<link rel="preload" href="/_nuxt/app.8c1d2e.js" as="script"></head>'
            f'<body><div data-server-rendered="true" id="__nuxt"><div id="__layout">'
            f'<div {V} class="layout">{_header(lang)}<main {V} class="main">{main}</main>'
            f"{_footer()}</div></div></div>{state}"
            f'<script src="/_nuxt/app.8c1d2e.js" defer></script></body></html>')


def _most_read(arts: Sequence[Any], skip: str) -> str:
    items = "".join(f'<li {V}><a {V} href="{a.path}" class="nuxt-link">{escape(a.title)}</a></li>'
                    for a in [a for a in arts if a.id != skip][3:8])
    return f'<aside {V} class="most-read"><h3 {V}>Самое читаемое</h3><ol {V}>{items}</ol></aside>'


def _latest() -> str:
    items = "".join(f'<li {V} class="latest__item"><span {V} class="badge">{b}</span> '
                    f'<a {V} href="/news/latest-{i}" class="nuxt-link">{escape(t[:60])}</a></li>'
                    for i, (b, t) in enumerate(HEAD[:12]))
    return f'<section {V} class="latest"><ul {V}>{items}</ul></section>'


def _photo(a: Any) -> str:
    if not a.images:
        return ""
    h = a.photo_hash()
    if a.deviation == "lazy_image":
        img = (f'<img {VA} src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
               f'data-src="/uploads/large_photo_{h}.jpg" alt="" class="lazy">')
    else:
        img = (f'<img {VA} src="/uploads/large_photo_{h}.jpg" srcset="/uploads/small_photo_{h}.jpg '
               f'500w, /uploads/medium_photo_{h}.jpg 750w, /uploads/large_photo_{h}.jpg 1000w" '
               f'alt="{escape(a.title)}">')
    credit = (f'<span {VA} class="photo__credit">Фото:{escape(a.photo_credit)}</span>'
              if a.photo_credit and a.deviation != "glued_credit" else "")
    return f'<figure {VA} class="photo">{img}{credit}</figure>'


def _info(a: Any) -> str:
    if a.clock:
        stamp = a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        when = f'<time {VA} datetime="{stamp}" class="info__date">{info_date(a)}</time>'
    else:
        when = f'<span {VA} class="info__date">{info_date(a)}</span>'
    views = ("<!---->" if a.views is None else
             f'<span {VA} class="info__views"><i {VA} class="icon-eye"></i>{a.views}</span>')
    cat = (f' <a {VA} href="/category/{a.category.lower()}" class="info__cat nuxt-link">'
           f"{escape(a.category)}</a>" if a.category else "")
    tags = ", ".join(f'<a {VA} href="/tag/{escape(t)}" class="nuxt-link">{escape(t)}</a>'
                     for t in a.tags)
    return (f'<div {VA} class="info">{when} {views}{cat} <span {VA} class="info__tags">'
            f"{tags}</span></div>")


def _body(a: Any) -> str:
    raw = list(a.raw_paragraphs or a.paragraphs)
    if a.deviation == "nbsp_lead":
        raw[0] = raw[0].replace(" ", "\u00a0", 3)
    first = escape(a.dateline()) + escape(raw[0])
    if a.deviation == "glued_credit":
        first = f'<span {VA} class="credit">Фото:{escape(a.photo_credit)}</span>' + first
    paras = [f"<p>{first}</p>", *(f"<p>{escape(p)}</p>" for p in raw[1:])]
    if a.raw_paragraphs is not None and a.lang == "ru":
        paras.append("<p>\u00a0</p>")
    else:
        paras.append("<p></p>")
    if a.source_line:
        label = "<strong>Источник:</strong>" if a.deviation == "strong_source" else "Источник:"
        paras.append(f"<p>{label} {escape(a.source)}</p>")
    return f'<div {VA} class="article-content">{"".join(paras)}</div>'


def article(a: Any, base: str, arts: Sequence[Any]) -> str:
    locale = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}[a.lang]
    image = "".join(f'<meta data-n-head="ssr" property="og:image" content="{base}{p}">'
                    for p in a.image_paths())
    head = (f'<meta data-n-head="ssr" property="og:title" content="{escape(a.title)}">'
            f'<meta data-n-head="ssr" property="og:locale" content="{locale}">{image}'
            f'<link data-n-head="ssr" rel="canonical" href="{base}{a.path}">')
    main = (f'<div {V} class="ad ad--top"><ins {V} class="adsbygoogle"></ins></div>'
            f'<article {VA} class="news-page"><h1 {VA} class="news-page__title">'
            f"{escape(a.title)}</h1>{_photo(a)}{_info(a)}{_body(a)}"
            f'<div {VA} class="share"><!----></div><div {VA} class="comments"><!----></div>'
            f"</article>{_most_read(arts, a.id)}{_latest()}")
    state = nuxt2_state(a) if a.nuxt == 2 else nuxt3_state(a)
    return _page(a.lang, a.title, head, main, state)


def listing(items: Sequence[Any], page: int, count: int, arts: Sequence[Any]) -> str:
    rows = "".join(
        f'<div {V} class="news_text">'
        + (f'<img {V} src="/uploads/thumbnail_photo_{a.photo_hash()}.jpg" alt="">'
           if a.images else "")
        + f'<a {V} href="{a.path}" class="nuxt-link">{escape(a.title)}</a>'
          f"<p {V}>{info_date(a)}</p></div>" for a in items)
    pager = "".join(f'<a {V} href="/novosti{f"?page={n}" * (n > 1)}" class="pager__link nuxt-link'
                    f'{" nuxt-link-exact-active" * (n == page)}">{n}</a>'
                    for n in range(1, count + 1))
    main = (f'<h1 {V}>Новости</h1><div {V} class="news-list">{rows}</div>'
            f'<nav {V} class="pager">{pager}</nav>{_most_read(arts, "")}')
    state = "<script>window.__NUXT__={layout:\"default\",data:[{}],serverRendered:true}</script>"
    return _page("ru", "Новости", "", main, state)


def not_found() -> str:
    return _page("ru", "Страница не найдена", "",
                 f'<div {V} class="error"><h1 {V}>404</h1><p {V}>Страница не найдена</p></div>',
                 "")
