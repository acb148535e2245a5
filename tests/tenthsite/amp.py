"""AMP article pages: ``<html ⚡>``/``<html amp>``, ``amp-img`` with ``srcset`` (no ``<img>``),
``amp-ad`` with a label inside the text, ``amp-social-share``, ``<style amp-custom>``, JSON-LD on
some pages, the date as text only on the others."""

from __future__ import annotations

import json

from tests.copykit.catalogue import AGENCY
from tests.tenthsite import parts
from tests.tenthsite.parts import AD_LABEL, CURRENCY, e
from tests.tenthsite.site import Article, build

SHARE = {"ru": "Поделиться:", "en": "Share:", "kk": "Бөлісу:"}
ALSO = {"ru": "Читайте также", "en": "Read also", "kk": "Сондай-ақ оқыңыз"}
HOME = {"ru": "Главная", "en": "Home", "kk": "Басты бет"}
BOILERPLATE = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 "
               "normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
               "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}"
               "</style></noscript>")
CUSTOM = ("<style amp-custom>.amp-title{font:700 28px/1.2 serif}.amp-meta{color:#888}"
          ".amp-ad-label{font-size:11px;text-transform:uppercase}</style>")


def _img(path: str, credit: str) -> str:
    small = path.replace(".jpg", "-640w.jpg")
    caption = f"<figcaption>{credit}</figcaption>" if credit else ""
    return (f'<figure class="amp-figure"><amp-img src="{path}" srcset="{path} 1200w, {small} 640w"'
            f' width="1200" height="675" layout="responsive" alt=""></amp-img>{caption}</figure>')


def _json_ld(art: Article, base: str) -> str:
    if not art.json_ld:
        return ""
    when = art.local.isoformat() if art.clock else art.day.isoformat()
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "datePublished": when, "mainEntityOfPage": base + art.path,
            "image": [base + p for p in art.image_paths()],
            "publisher": {"@type": "Organization", "name": AGENCY[art.lang],
                          "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"}}}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _meta(art: Article) -> str:
    when = parts.long_date(art) + (f", {art.clock:%H:%M}" if art.clock else "")
    views = ""
    if art.views is not None:
        views = (f'<span class="amp-meta__views"><amp-img src="/static/eye.svg" width="14" '
                 f'height="14" alt=""></amp-img> {parts.views_text(art)}</span>')
    return f'<div class="amp-meta"><span class="amp-meta__date">{when}</span> {views}</div>'


def _body(art: Article) -> str:
    images = art.image_paths()
    inserts: dict[int, str] = {}
    if art.embed:
        inserts[1] = parts.embed(art)
    if art.ad:
        inserts[2] = inserts.get(2, "") + (
            f'<div class="amp-ad-wrap"><span class="amp-ad-label">{AD_LABEL[art.lang]}</span>'
            '<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-1010" '
            f'data-ad-slot="{art.num}"><div placeholder>{AD_LABEL[art.lang]}</div></amp-ad></div>')
    if len(images) > 1:
        inserts[3] = inserts.get(3, "") + _img(images[1], "")
    return f'<div class="amp-content">{parts.text_html(art, inserts)}{parts.source_line(art)}</div>'


def page(art: Article, base: str) -> str:
    images = art.image_paths()
    flag = "⚡" if art.num % 2 == 0 else "amp"
    crumbs = (f'<nav class="amp-breadcrumbs"><a href="/">{HOME[art.lang]}</a> › '
              f'<a href="/rubric/{art.num % 7}">{e(art.category)}</a></nav>'
              if art.category else "")
    tags = "".join(f'<li><a href="/tags/{k}">{e(t)}</a></li>' for k, t in enumerate(art.tags))
    share = "".join(f'<amp-social-share type="{kind}" width="32" height="32"></amp-social-share>'
                    for kind in ("facebook", "telegram", "whatsapp"))
    others = [a for a in build() if a.num != art.num and a.lang == art.lang][:3]
    og_image = f'<meta property="og:image" content="{base}{images[0]}">' if images else ""
    return (
        f'<!doctype html><html {flag} lang="{art.lang}"><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-ad" '
        'src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
        f"<title>{e(art.title)} | {AGENCY[art.lang]}</title>"
        f'<link rel="canonical" href="{base}{art.path}">'
        '<meta name="viewport" content="width=device-width,minimum-scale=1">'
        f'<meta property="og:title" content="{e(art.title)}">{og_image}'
        f"{BOILERPLATE}{CUSTOM}{_json_ld(art, base)}</head><body>"
        '<header class="amp-header"><a href="/"><amp-img src="/static/logo.png" width="120" '
        f'height="40" alt="{AGENCY[art.lang]}"></amp-img></a>{CURRENCY}</header>'
        f'{crumbs}<article class="amp-article"><h1 class="amp-title">{e(art.title)}</h1>'
        f"{_meta(art)}"
        f"{_img(images[0], parts.credit(art)) if images else ''}{_body(art)}"
        f'{f"<ul class=amp-tags>{tags}</ul>" if tags else ""}'
        f'<div class="amp-share"><span>{SHARE[art.lang]}</span>{share}</div>'
        f"{parts.related(art, others, ALSO[art.lang], 'amp-related')}</article>"
        "<footer>© 2026 Центр информации</footer></body></html>")
