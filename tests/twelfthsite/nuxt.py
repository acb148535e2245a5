"""Nuxt 2 / Vue server-rendered article pages.

Scoped ``data-v-<hash>`` attributes on every element of the body (one hash per component),
BEM classes (``news-detail__text``, ``article-content__body``), the time of day next to the
date, a bare view number after an eye icon, and the page state serialised once more in
``window.__NUXT__=(function(a,b,…){return {…}}(…))`` (a function call, not JSON).
"""

from __future__ import annotations

import json
import re
from datetime import UTC

from tests.twelfthsite import templates as t
from tests.twelfthsite.site import Article

_OPEN = re.compile(r"<([a-z][a-z0-9]*)(?=[\s>/])")
SCOPES = {"header": "5e6f7a8b", "detail": "1a2b3c4d", "text": "9c8d7e6f", "footer": "3b4c5d6e"}
_LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}


def scoped(markup: str, component: str) -> str:
    """Vue's scoped-CSS marker on every opening tag of a component's markup."""
    return _OPEN.sub(rf"<\1 data-v-{SCOPES[component]}", markup)


def _when(art: Article) -> str:
    assert art.clock is not None
    return f"{t.long_date(art)}, {art.clock:%H:%M}"


def _js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def state(art: Article, body: str) -> str:
    """The ``__NUXT__`` payload: repeated values passed in as the IIFE's arguments."""
    stamp = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    rubric = f"{{name:{_js(art.category)}}}" if art.category else "a"
    tags = ",".join(f"{{name:{_js(tag)},slug:{_js(t.tag_href(tag))}}}" for tag in art.tags)
    views = "c" if art.views is None else str(art.views)
    return (f"<script>window.__NUXT__=(function(a,b,c,d,e){{return {{layout:\"default\","
            f"data:[{{article:{{id:{art.num},title:{_js(art.title)},publishedAt:d,lang:e,"
            f"rubric:{rubric},tags:[{tags}],views:{views},body:{_js(body)},"
            f"image:{_js(art.image_paths()[0]) if art.images else 'a'}}}}}],fetch:{{}},"
            f"error:a,serverRendered:b,routePath:{_js(art.path)},config:{{_app:{{basePath:"
            f"\"/\",assetsPath:\"/_nuxt/\",cdnURL:a}}}}}}}}(null,true,null,{_js(stamp)},"
            f"{_js(art.lang)}));</script>")


def _figure(art: Article, path: str, caption: str) -> str:
    cap = f'<figcaption class="news-detail__caption">{caption}</figcaption>' if caption else ""
    img = t.image(art, path, "news-detail__img")
    return f'<figure class="news-detail__image">{img}{cap}</figure>'


def _meta(art: Article) -> str:
    rubric = (f'<a class="news-detail__rubric" href="{t.rubric_href(art.category)}">'
              f"{t.esc(art.category)}</a>" if art.category else "")
    views = ('<span class="news-detail__views"><svg class="icon icon-eye" width="16" height="16">'
             f'<use href="#eye"></use></svg><span>{art.views}</span></span>'
             if art.views is not None else "")
    return (f'<div class="news-detail__head">{rubric}<h1 class="news-detail__title">'
            f'{t.esc(art.title)}</h1><div class="news-detail__meta"><span class="news-detail__'
            f'date">{_when(art)}</span>{views}</div></div>')


def _tags(art: Article) -> str:
    if not art.tags:
        return ""
    links = "".join(f'<a class="news-detail__tag" href="{t.tag_href(tag)}">{t.esc(tag)}</a>'
                    for tag in art.tags)
    return f'<div class="news-detail__tags"><span>{t.TAGS[art.lang]}</span>{links}</div>'


def _detail(art: Article, base: str) -> tuple[str, str]:
    """The article component and the body html the state repeats."""
    blocks = t.text_blocks(art, lambda text: f"<p>{t.esc(text)}</p>",
                           lambda path: _figure(art, path, ""))
    body = "".join(blocks)
    inside = (t.related_block(art, base) if art.related_inside else "") + (
        t.share_bar(art, base) if art.share_inside else "")
    lead = _figure(art, art.image_paths()[0], t.credit(art)) if art.images else ""
    text = scoped(f'<div class="article-content"><div class="article-content__body news-detail'
                  f'__text">{body}{inside}</div></div>', "text")
    after = (("" if art.share_inside else t.share_bar(art, base))
             + ("" if art.related_inside else t.related_block(art, base)))
    detail = scoped(f'<div class="news-detail">{_meta(art)}{lead}', "detail") + text + scoped(
        f"{_tags(art)}{after}</div>", "detail")
    return detail, body


def page(art: Article, base: str) -> str:
    detail, body = _detail(art, base)
    header = scoped(f'<header class="header"><div class="currency">{t.RATES}</div><a class="'
                    f'header__logo" href="/">Центр информации</a><nav class="header__nav"><a '
                    f'href="/novosti/">Новости</a></nav></header>', "header")
    footer = scoped('<footer class="footer"><p>© Центр информации</p></footer>', "footer")
    return (f'<!DOCTYPE html><html lang="{art.lang}" data-n-head-ssr><head><title data-n-head="'
            f'ssr">{t.esc(art.title)} — Центр информации</title><meta data-n-head="ssr" '
            f'charset="utf-8"><meta data-n-head="ssr" property="og:locale" content="'
            f'{_LOCALE[art.lang]}"><link data-n-head="ssr" rel="canonical" href="{base}'
            f'{art.path}"><link rel="preload" href="/_nuxt/app.3f2a9c.js" as="script"></head>'
            f'<body><div id="__nuxt"><div id="__layout"><div class="layout">{header}<main '
            f'class="page"><div class="container">{detail}</div></main>{footer}'
            f"{scoped(t.cookie_banner(art.lang), 'footer')}</div></div></div>{state(art, body)}"
            '<script src="/_nuxt/app.3f2a9c.js" defer></script></body></html>')
