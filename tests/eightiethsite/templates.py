"""The eightieth copy's markup: an Angular 16 app as the server renders it."""

from __future__ import annotations

import html
import json
from datetime import UTC

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.routes import HTML
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word
from tests.eightiethsite import site

# component ids, as Angular numbers the rendered component styles
C = {"root": "c3427101", "header": "c1855034", "currency": "c2204918", "page": "c4120677",
     "info": "c9912345", "body": "c7002113", "share": "c5530981", "related": "c6614210",
     "most": "c8123004", "footer": "c2990781", "cookie": "c3300412", "list": "c1209875",
     "pager": "c7781230", "img": "c4451172"}
OG = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
CURRENCY = ("USD", "EUR", "RUB", "CNY")


def _c(name: str) -> str:
    return f'_ngcontent-ng-{C[name]}=""'


def _h(name: str) -> str:
    return f'_nghost-ng-{C[name]}=""'


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def date_text(art: site.Art) -> str:
    """'20 Апреля 2023', '2 August 2021', '16 Сәуір 2021' (with ', 11:20' on clock pages)."""
    months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[art.lang]
    month = months[art.day.month - 1]
    text = f"{art.day.day} {month[0].upper()}{month[1:]} {art.day.year}"
    if art.deviation == "clock" and art.clock:
        text += f", {art.clock:%H:%M}"
    return text


def transfer_state(data: dict[str, object]) -> str:
    """Angular's TransferState script body: JSON with its own HTML escaping."""
    raw = json.dumps(data, ensure_ascii=False)
    for a, b in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        raw = raw.replace(a, b)
    return raw


def _header() -> str:
    rates = "\n".join(
        f'    <li {_c("currency")} class="currency__item"> • {code}/KZT <b {_c("currency")}>'
        f"\n      0.0\n    </b></li><!--container-->" for code in CURRENCY)
    return f"""<app-header {_c("root")} {_h("header")}><header {_c("header")} class="header">
  <a {_c("header")} routerlink="/" class="header__logo" href="/"> Центр информации </a>
  <nav {_c("header")} class="header__menu"><a {_c("header")} routerlink="/novosti" \
href="/novosti" routerlinkactive="active"> Новости </a><a {_c("header")} \
routerlink="/category/obshchestvo" href="/category/obshchestvo"> Общество </a><a {_c("header")} \
routerlink="/category/ekonomika" href="/category/ekonomika"> Экономика </a><!--bindings={{
  "ng-reflect-ng-for-of": "[object Object],[object Object"
}}--></nav>
  <form {_c("header")} class="search-form ng-untouched ng-pristine ng-valid" action="/search">\
<input {_c("header")} type="search" name="q" placeholder="Поиск по сайту" \
class="ng-untouched ng-pristine ng-valid"><button {_c("header")} type="submit">Найти</button></form>
  <app-currency {_c("header")} {_h("currency")}><ul {_c("currency")} class="currency">
{rates}
  <!--bindings={{
  "ng-reflect-ng-for-of": "[object Object],[object Object"
}}--></ul></app-currency>
</header></app-header>"""


def _footer() -> str:
    return f"""<app-most-read {_c("root")} {_h("most")}>{{most}}</app-most-read>
<div {_c("root")} class="adv adv--bottom" id="adfox_168123"><!--container--></div>
<app-footer {_c("root")} {_h("footer")}><footer {_c("footer")} class="footer">
  <p {_c("footer")}> © 2014–2026 Центр информации. При использовании материалов ссылка на \
ic24.kz обязательна. </p>
  <p {_c("footer")} class="footer__contacts"> Алматы, пр. Абая, 10, офис 5 · \
+7 (727) 355-01-02 · <a {_c("footer")} href="mailto:info@ic24.kz">info@ic24.kz</a></p>
  <p {_c("footer")}> 18+ </p>
</footer></app-footer>
<app-cookie-banner {_c("root")} {_h("cookie")}><div {_c("cookie")} class="cookie-banner">\
 Мы используем файлы cookie. <button {_c("cookie")} type="button"> Принять </button></div>\
</app-cookie-banner>"""


def _most_read(exclude: int) -> str:
    arts = sorted((a for a in site.build() if a.num != exclude and a.views),
                  key=lambda a: -(a.views or 0))[:4]
    items = "\n".join(
        f'  <li {_c("most")}><a {_c("most")} routerlink="{a.path}" href="{a.path}"> '
        f'{_e(cut_at_word(a.title, 60))} </a><span {_c("most")} class="most-read__views"> '
        f"{a.views} </span></li><!--container-->" for a in arts)
    return (f'<aside {_c("most")} class="most-read"><h3 {_c("most")}> Самое читаемое </h3>'
            f'<ol {_c("most")}>\n{items}\n</ol></aside>')


def page(title: str, lang: str, body: str, base: str, canonical: str, state: str,
         extra_head: str = "", exclude: int = 0) -> bytes:
    footer = _footer().replace("{most}", _most_read(exclude))
    return f"""<!DOCTYPE html><html lang="ru"><head>
  <meta charset="utf-8">
  <title>{_e(title)}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.6f1d2c2a.css"><style ng-app-id="serverApp">\
.news-page[_ngcontent-ng-{C["page"]}]{{display:block}}</style>\
<meta property="og:locale" content="{OG[lang]}"><meta property="og:title" content="{_e(title)}">\
<link rel="canonical" href="{base}{canonical}">{extra_head}</head>
<body><!--nghm-->
  <app-root ng-version="16.2.0" {_h("root")} ng-server-context="ssr">{_header()}
<main {_c("root")} class="main"><router-outlet {_c("root")}></router-outlet>{body}\
<!--container--></main>
{footer}
</app-root>
<script src="runtime.8a1c0e3b.js" type="module"></script>\
<script src="polyfills.d2a6c1f0.js" type="module"></script>\
<script src="main.5b7e2f11.js" type="module"></script>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};\
}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");\
ym(90123456, "init", {{clickmap:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/90123456" style="position:absolute; \
left:-9999px;" alt=""></div></noscript>
<script id="serverApp-state" type="application/json">{state}</script></body></html>
""".encode()


def _info_line(art: site.Art) -> str:
    views = (f'<span {_c("info")} class="info-line__views"><i {_c("info")} class="icon-eye">'
             f"</i> {art.views} </span>")
    if art.deviation == "no_views":
        views = f'<span {_c("info")} class="info-line__views"><!--container--></span>'
    elif art.views is None:
        views = '<!--bindings={\n  "ng-reflect-ng-if": "false"\n}-->'
    rubric = '<!--bindings={\n  "ng-reflect-ng-if": "false"\n}-->'
    if art.category:
        rubric = (f'<a {_c("info")} class="info-line__category" routerlink="/category" '
                  f'href="/category/{art.category.lower()}"> {_e(art.category)} </a>'
                  "<!--container-->")
    if art.deviation == "tags_text":
        tags = (f'<span {_c("info")} class="info-line__tags"> {_e(", ".join(art.tags))} '
                "</span>") if art.tags else ""
    else:
        links = ", ".join(f'<a {_c("info")} routerlink="/tag" href="/tag/{_e(t)}">{_e(t)}</a>'
                          for t in art.tags)
        tags = (f'<span {_c("info")} class="info-line__tags"> {links} </span><!--bindings={{\n'
                '  "ng-reflect-ng-for-of": "' + _e(",".join(art.tags))[:30] + '"\n}-->')
    return (f'<app-info-line {_c("page")} {_h("info")}><div {_c("info")} class="info-line">\n'
            f'  <span {_c("info")} class="info-line__date"> {date_text(art)} </span>\n'
            f"  {views}\n  {rubric}\n  {tags}\n</div></app-info-line>")


def _figure(art: site.Art, base: str) -> str:
    if not art.images:
        return '<!--bindings={\n  "ng-reflect-ng-if": "false"\n}-->'
    src = art.image_paths()[0]
    caption = (f'<figcaption {_c("page")} class="news-page__credit">Фото:{_e(art.photo_credit)}'
               "</figcaption>") if art.photo_credit and art.deviation != "credit_inline" else ""
    return (f'<figure {_c("page")} class="news-page__image"><img {_c("page")} '
            f'ngsrc="{src}" width="740" height="493" alt="{_e(art.title)}" loading="lazy" '
            f'fetchpriority="auto" ng-img="true" src="{src}">{caption}</figure>')


def _paragraphs(art: site.Art) -> list[str]:
    raw = list(art.raw_paragraphs or art.paragraphs)
    out = [_e(p) for p in raw]
    out[0] = _e(art.dateline()) + out[0]
    if art.deviation == "credit_inline" and art.photo_credit:
        out[0] = (f'<em class="photo-source">Фото:{_e(art.photo_credit)}</em>' + out[0])
    if art.nbsp_line:
        out.append("&nbsp;")
    if art.source and art.source_line:
        out.append(f"Источник: {_e(art.source)}")
    return out


def _related(art: site.Art) -> str:
    if art.deviation == "client_related":
        return f'<app-related {_c("page")} {_h("related")}><!--container--></app-related>'
    latest = [a for a in site.build() if a.num != art.num][:6]
    items = "\n".join(
        f'  <div {_c("related")} class="headline-block__item"><span {_c("related")} '
        f'class="lang-badge">ru</span><a {_c("related")} routerlink="{a.path}" href="{a.path}">'
        f" {_e(cut_at_word(a.title, 48))} </a></div><!--container-->" for a in latest)
    return (f'<app-related {_c("page")} {_h("related")}><div {_c("related")} '
            f'class="headline-block">\n{items}\n<!--bindings={{\n  "ng-reflect-ng-for-of": '
            f'"[object Object],[object Object"\n}}--></div></app-related>')


def _state(art: site.Art, paragraphs: list[str]) -> str:
    moment = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return transfer_state({f"news-{art.num}": {
        "id": art.num, "title": art.title, "lang": art.lang, "publishedAt": moment,
        "content": "".join(f"<p>{html.unescape(p)}</p>" for p in paragraphs),
        "views": art.views, "category": {"name": art.category} if art.category else None,
        "tags": [{"name": t} for t in art.tags], "photoSource": art.photo_credit,
        "image": art.image_paths()[0] if art.images else None}})


def article(art: site.Art, base: str) -> Response:
    paragraphs = _paragraphs(art)
    body_html = "\n".join(f'  <p {_c("body")}>{p}</p>' for p in paragraphs)
    share = (f'<app-share {_c("page")} {_h("share")}><div {_c("share")} class="share"> '
             f'Поделиться: <a {_c("share")} href="https://t.me/share/url?url={base}{art.path}">'
             f' Telegram </a><a {_c("share")} href="https://wa.me/?text={base}{art.path}"> '
             f'WhatsApp </a><a {_c("share")} href="https://www.facebook.com/sharer.php?u='
             f'{base}{art.path}"> Facebook </a></div></app-share>')
    body = f"""<app-news-page {_c("root")} {_h("page")}><article {_c("page")} class="news-page">
  <div {_c("page")} class="adv adv--top" id="adfox_168122"><!--container--></div>
  <h1 {_c("page")} class="news-page__title">
    {_e(art.title)}
  </h1>
  {_figure(art, base)}
  {_info_line(art)}
  <app-news-body {_c("page")} {_h("body")}><div {_c("body")} class="news_body">
{body_html}
  </div></app-news-body>
  {share}
  {_related(art)}
</article></app-news-page>"""
    title = f"{art.title} | {AGENCY[art.lang]}"
    return 200, {"Content-Type": HTML}, page(title, art.lang, body, base, art.path,
                                             _state(art, paragraphs), exclude=art.num)


def _pager(n: int) -> str:
    count = site.page_count()
    links = []
    for k in range(1, count + 1):
        href = site.LISTING if k == 1 else f"{site.LISTING}?page={k}"
        cls = "pager__link pager__link--active" if k == n else "pager__link"
        links.append(f'<a {_c("pager")} class="{cls}" routerlink="/novosti" href="{href}"> {k} '
                     "</a><!--container-->")
    if n < count:
        links.append(f'<a {_c("pager")} class="pager__next" routerlink="/novosti" '
                     f'href="{site.LISTING}?page={n + 1}"> Далее → </a>')
    return (f'<app-pager {_c("list")} {_h("pager")}><nav {_c("pager")} class="pager">'
            + "".join(links) + "</nav></app-pager>")


def listing(n: int, base: str) -> Response:
    items = "\n".join(
        f'  <div {_c("list")} class="news_text"><a {_c("list")} routerlink="{a.path}" '
        f'href="{a.path.lstrip("/")}"> {_e(a.title)} </a>\n    <p {_c("list")} class="date"> '
        f"{date_text(a).split(',')[0]} </p></div><!--container-->" for a in site.page_items(n))
    body = (f'<app-news-list {_c("root")} {_h("list")}><section {_c("list")} class="news-list">'
            f'<h1 {_c("list")}> Новости </h1>\n{items}\n<!--bindings={{\n'
            f'  "ng-reflect-ng-for-of": "[object Object],[object Object"\n}}-->'
            f"{_pager(n)}</section></app-news-list>")
    target = site.LISTING if n == 1 else f"{site.LISTING}?page={n}"
    state = transfer_state({f"news-list-{n}": [a.num for a in site.page_items(n)]})
    return 200, {"Content-Type": HTML}, page("Новости | Центр информации", "ru", body, base,
                                             target, state)


def not_found() -> bytes:
    body = (f'<app-not-found {_c("root")}><div class="not-found"><h1> 404 </h1>'
            "<p> Страница не найдена </p></div></app-not-found>")
    return page("Страница не найдена | Центр информации", "ru", body, "", "/404",
                transfer_state({}))
