"""The eighteenth copy's markup: the router's pages, the two server-rendered front ends and
the listing. The app shells live in ``shells.py``.

``angular``: Angular Universal output — ``<app-root ng-version>``, ``_ngcontent-ng-c…``
attributes on every element, hydration comments (``<!--ngtns-->``, ``<!--container-->``),
``<base href="/">`` with relative image paths, a date with no ``datetime`` attribute, an eye
icon before a bare view count, ``#``-prefixed tags, and a TransferState ``ng-state`` script.
``svelte``: SvelteKit output — ``svelte-…`` classes, ``<!--[-->`` block markers, the text
between ``<!-- HTML_TAG_START -->`` and ``<!-- HTML_TAG_END -->``, a ``<time>`` in UTC, and the
page data as a JavaScript (not JSON) literal, plus on some pages the API answer embedded as a
``data-sveltekit-fetched`` script whose body is a JSON string inside JSON.
"""

from __future__ import annotations

import json
from html import escape

from tests.copykit.catalogue import Response
from tests.eighteenthsite import parts, shells
from tests.eighteenthsite.site import Article, neighbours, page_count, page_items

NG = "_ngcontent-ng-c2871"
C = " svelte-1q8x3vd"
EYE = ('<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M12 5c-7 0'
       '-10 7-10 7s3 7 10 7 10-7 10-7-3-7-10-7z"/></svg>')


def article(art: Article, base: str) -> Response:
    if art.shell:
        markup = shells.page(art, base)
    else:
        markup = (_angular if art.cms == "angular" else _svelte)(art, base)
    return 200, parts.HTML_CT, markup.encode("utf-8")


def _head(art: Article, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{art.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(art.title)} | Центр информации</title>{extra}"
            f'<meta property="og:title" content="{escape(art.title)}"></head>')


def _figure(art: Article, attrs: str, cls: str, prefix: str) -> str:
    images = art.image_paths()
    if not images:
        return ""
    credit = (f"<figcaption {attrs}>{parts.PHOTO_LABEL[art.lang]}: "
              f"{escape(art.photo_credit)}</figcaption>" if art.photo_credit else "")
    return (f'<figure {attrs} class="cover{cls}"><img {attrs} src="{prefix}{images[0]}" '
            f'alt="{escape(art.title)}">{credit}</figure>')


def _source(art: Article, attrs: str, cls: str) -> str:
    if not (art.source_line and art.source_field):  # else a paragraph of the text
        return ""
    return (f'<div {attrs} class="source{cls}">{parts.SOURCE_LABEL[art.lang]}: '
            f"<span {attrs}>{escape(str(art.source))}</span></div>")


def _related(art: Article, base: str, attrs: str, cls: str) -> str:
    links = "".join(f'<li {attrs}><a {attrs} href="{base}{o.path}">{escape(o.title)}</a></li>'
                    for o in neighbours(art))
    return (f'<aside {attrs} class="related{cls}"><h3 {attrs}>Читайте также</h3>'
            f"<ul>{links}</ul></aside>")


def _angular(art: Article, base: str) -> str:
    a = NG
    # <base href="/">: the image paths below are relative ("media/news/…")
    cover = _figure(art, a, "", "").replace('src="/', 'src="')
    rubric = (f'<a {a} class="rubric" href="/rubric/{parts.slug(art.category, art.lang)}">'
              f"{escape(art.category)}</a><!--ngtns-->" if art.category else "<!--container-->")
    views = (f'<span {a} class="views">{EYE}<!--ngtns--> {art.views} </span>'
             if art.views is not None else "<!--container-->")
    tags = "".join(f'<a {a} class="tag" href="/tags/{parts.slug(t, art.lang)}">#{escape(t)}</a>'
                   for t in art.tags)
    body = parts.body_html(art, base).replace("<p>", f"<p {a}>").replace('src="/', 'src="')
    state = {"__nghData__": [{"t": {"3": "t1"}, "c": {"3": []}}],
             str(art.num * 7919 % 2**31): {"b": {"id": art.num, "title": art.title,
                                                  "hits": art.views}, "h": {}, "s": 200,
                                            "st": "OK", "u": f"/api/news/{art.num}"}}
    return (_head(art, '<base href="/">') + "<body>"
            f'<app-root _nghost-ng-c1873 ng-version="17.3.2" ngh="0" ng-server-context="ssr">'
            f"<app-header _ngcontent-ng-c1873>{parts.header(art.lang, base)}</app-header>"
            f'<main _ngcontent-ng-c1873><app-article-page _nghost-ng-c2871 ngh="1">'
            f'<div {a} class="meta">{rubric}<span {a} class="date">{parts.shown_date(art)}'
            f"</span>{views}</div><h1 {a} class=\"title\">{escape(art.title)}</h1>{cover}"
            f'<div {a} class="content">{body}<!--ngtns--></div>{_source(art, a, "")}'
            f'<div {a} class="tags">{tags}<!--container--></div>'
            f"{_related(art, base, a, '')}</app-article-page></main>{parts.footer()}</app-root>"
            f'<script id="ng-state" type="application/json">{parts.in_script(state)}</script>'
            '<script src="main-4QZ7BNYD.js" type="module"></script></body></html>')


def _svelte_data(art: Article) -> str:
    """The page data as SvelteKit's devalue prints it: a JavaScript literal, not JSON."""
    views = "null" if art.views is None else str(art.views)
    tags = ",".join(f"{{name:{json.dumps(t, ensure_ascii=False)}}}" for t in art.tags)
    return (f"[null,{{type:\"data\",data:{{article:{{id:{art.num},"
            f"title:{json.dumps(art.title, ensure_ascii=False)},views:{views},"
            f"published:new Date({parts.unix_ms(art)}),tags:[{tags}]}}}},uses:{{params:"
            f'["slug"]}}}}]')


def _fetched(art: Article, base: str) -> str:
    payload = json.dumps({"id": art.num, "title": art.title, "html": parts.body_html(art, base),
                          "published_at": art.local.isoformat()}, ensure_ascii=False)
    answer = {"status": 200, "statusText": "", "headers": {"content-type": "application/json"},
              "body": payload}
    return (f'<script type="application/json" data-sveltekit-fetched data-url="/api/news/'
            f'{art.num}">{parts.in_script(answer)}</script>')


def _svelte(art: Article, base: str) -> str:
    s = 'class="svelte-1q8x3vd"'
    rubric = (f'<a class="rubric svelte-1q8x3vd" href="/rubric/'
              f'{parts.slug(art.category, art.lang)}">{escape(art.category)}</a>'
              if art.category else "<!--[!-->")
    views = (f'<span class="views svelte-1q8x3vd">{art.views} {parts.VIEWS_WORD[art.lang]}'
             "</span>" if art.views is not None else "")
    tags = (f'<div class="tags svelte-1q8x3vd"><span>{parts.TAGS_LABEL[art.lang]}:</span> '
            + ", ".join(f'<a href="/tags/{parts.slug(t, art.lang)}">{escape(t)}</a>'
                        for t in art.tags) + "</div>") if art.tags else "<!--[!-->"
    head = ('<link rel="modulepreload" href="/_app/immutable/entry/start.Bq9x1.js">'
            '<link href="/_app/immutable/assets/0.C3d1.css" rel="stylesheet"><!--1lk9v2-->')
    return (_head(art, head) + '<body data-sveltekit-preload-data="hover">'
            f'<div style="display: contents"><!--[--><!--[-->{parts.header(art.lang, base)}'
            f'<main {s}><!--[--><article {s}><div class="info svelte-1q8x3vd">{rubric}'
            f'<time datetime="{parts.utc_iso(art)}" {s}>{parts.shown_date(art)}</time>{views}'
            f"</div><!--]--><h1 {s}>{escape(art.title)}</h1>"
            f'{_figure(art, "", C, base)}<div class="text svelte-1q8x3vd">'
            f"<!-- HTML_TAG_START -->{parts.body_html(art, base, absolute=True)}"
            f"<!-- HTML_TAG_END --></div>{_source(art, '', C)}{tags}</article>"
            f"{_related(art, base, '', C)}<!--]--></main>{parts.footer()}<!--]--><!--]-->"
            f"{_fetched(art, base) if art.fetched else ''}"
            "<script>{ __sveltekit_1x9c = { base: new URL(\".\", location).pathname.slice(0, -1)"
            " }; const element = document.currentScript.parentElement; const data = "
            f"{_svelte_data(art)}; Promise.all([import(\"/_app/immutable/entry/start.Bq9x1.js\"),"
            ' import("/_app/immutable/entry/app.D2f0.js")]).then(([kit, app]) => {'
            " kit.start(app, element, { node_ids: [0, 4], data, form: null, error: null });"
            " }); }</script></div></body></html>")


def listing(page: int, base: str) -> Response:
    items = "".join(
        f'<li class="feed__item"><span class="badge">{a.lang}</span>'
        f'<a class="feed__link" href="{a.path}">{escape(a.title)}</a>'
        f'<time class="feed__date">{a.day:%d.%m.%Y}</time></li>' for a in page_items(page))
    numbers = "".join(f'<a href="?page={n}"{" aria-current=page" if n == page else ""}>{n}</a>'
                      for n in range(1, page_count() + 1))
    older = f'<a rel="next" href="?page={page + 1}">Следующая →</a>' if page < page_count() else ""
    markup = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новости — '
              f'Центр информации</title></head><body>{parts.header("ru", base)}<main>'
              f'<h1>Новости</h1><ul class="feed">{items}</ul><nav class="pager">{numbers}'
              f"{older}</nav></main>{parts.footer()}</body></html>")
    return 200, parts.HTML_CT, markup.encode("utf-8")


def not_found() -> bytes:
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>404</title>'
            f'</head><body><div id="app">{shells.SKELETON}</div><script>window.__INITIAL_STATE__'
            ' = {"error":{"status":404,"message":"Страница не найдена"}};</script></body>'
            "</html>").encode()
