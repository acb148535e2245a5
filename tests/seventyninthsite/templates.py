"""The seventy-ninth copy's markup: Wix Blog pages (see the package docstring)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC
from html import escape
from typing import Any

from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, translit

HTML = {"Content-Type": "text/html; charset=UTF-8"}
RU_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]  # noqa: E501
EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CURRENCY = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
P_CLASS = "mm8Nw _1j-51 roLFQ _1FoOD _3M0Fe public-DraftStyleDefault-block-depth0 fixed-tab-size"
SPAN_STYLES = ("color:#1D1D1B;", "font-size:16px;", "font-family:helvetica-w01-light,sans-serif;",
               "letter-spacing:0.02em;")


def _comp(seed: str) -> str:
    return "comp-" + hashlib.md5(seed.encode()).hexdigest()[:8]  # noqa: S324 - ids only


def _cls(seed: str) -> str:
    return "_" + hashlib.md5(seed.encode()).hexdigest()[:5]  # noqa: S324 - class names only


def info_date(a: Any) -> str:
    """'20 Апреля 2023' / '2 August 2021' / '16 сәуір 2021' as the info line and listing say."""
    d = a.day
    if a.lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if a.lang == "kk":
        return f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"


def wix_date(a: Any) -> str:
    d = a.day
    if a.lang == "en" or a.quirk == "en_header":
        return f"{EN_SHORT[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {RU_SHORT[d.month - 1]} {d.year} г."


def _runs(text: str, key: str) -> str:
    """A paragraph as Wix writes it: runs of a few words, each in nested styled spans."""
    words = text.split(" ")
    out = []
    for k, start in enumerate(range(0, len(words), 4)):
        chunk = " ".join(words[start:start + 4]) + (" " if start + 4 < len(words) else "")
        style = SPAN_STYLES[(k + len(key)) % len(SPAN_STYLES)]
        out.append(f'<span style="{style}"><span class="wixui-rich-text__text">'
                   f"{escape(chunk, quote=False)}</span></span>")
    return "".join(out)


def _p(inner: str) -> str:
    return f'<p class="{P_CLASS}" dir="auto">{inner}</p>'


EMPTY = _p('<span style="font-size:16px;">&nbsp;</span>')


def _tag_link(t: str) -> str:
    slug = translit(t).replace(" ", "-")
    return f'<a href="/blog/tags/{escape(slug)}" class="_2g4zD wixui-link">{escape(t)}</a>'


def _cat_link(c: str) -> str:
    slug = translit(c).replace(" ", "-")
    return (f'<a href="/blog/categories/{escape(slug)}" class="_1Ir2e wixui-link" '
            f'data-hook="category-label">{escape(c)}</a>')


def _views_word(a: Any) -> str:
    return f"{a.views} views" if a.lang == "en" else f"{a.views} просмотра"


def _info_line(a: Any) -> str:
    parts = [f'<span class="wixui-rich-text__text">{info_date(a)}</span>']
    if a.views is not None and a.quirk != "views_footer_only":
        parts.append(f'<span class="wixui-rich-text__text">{a.views}</span>')
    if a.category:
        parts.append(_cat_link(a.category))
    if a.tags and a.quirk != "tags_footer_only":
        parts.append(", ".join(_tag_link(t) for t in a.tags))
    return (f'<div id="{_comp(a.id + "info")}" class="_2Hij5 _3bcaz wixui-rich-text" '
            f'data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">'
            f'{" ".join(parts)}</p></div>')


def _figure(a: Any) -> str:
    if not a.images:
        return ""
    m = a.media
    src = a.image_paths()[0]
    sizes = ", ".join(f"https://static.wixstatic.com/media/{m}/v1/fill/w_{w},h_{w * 2 // 3},"
                      f"al_c,q_85/{m} {w}w" for w in (370, 740, 1480))
    info = json.dumps({"containerId": _comp(a.id + "img"), "displayMode": "fill",
                       "imageData": {"uri": m, "width": 1600, "height": 1066, "name": m}})
    credit = (f'<figcaption class="_3Dx7n" data-hook="image-caption">Фото:{escape(a.photo_credit)}'
              "</figcaption>" if a.photo_credit and a.quirk != "credit_glued" else "")
    return (f'<figure class="{_cls(a.id)} _1Hxbl" data-hook="figure-IMAGE">'
            f'<wow-image id="img_{_comp(a.id + "img")}" class="HlRz5e BI8PVQ" '
            f"data-image-info='{escape(info)}' data-bg-effect-name=\"\">"
            f'<img src="{src}" srcset="{sizes}" alt="" width="740" height="493" '
            f'style="width:740px;height:493px;object-fit:cover" fetchpriority="high"/>'
            f"</wow-image>{credit}</figure>")


def _content(a: Any) -> str:
    raw = list(a.raw_paragraphs or a.paragraphs)
    blocks = []
    for i, para in enumerate(raw):
        inner = _runs(para, f"{a.id}{i}")
        if i == 0 and a.place:
            inner = (f'<span style="font-weight:bold;">{escape(a.dateline())}</span>' + inner)
            if a.quirk == "credit_glued" and a.photo_credit:
                credit = escape(a.photo_credit)
                inner = f'<span style="font-size:12px;">Фото:{credit}</span>' + inner
        blocks.append(_p(inner))
        if i % 2 == 0:
            blocks.append(EMPTY)
    if a.source and a.source_line:
        line = (f'<span style="font-weight:700;">Источник: </span>'
                f'<span class="wixui-rich-text__text">{escape(a.source)}</span>')
        blocks.append(f'<blockquote class="_3lhpK public-DraftStyleDefault-block">{line}'
                      "</blockquote>" if a.quirk == "source_quote" else _p(line))
    return (f'<div data-id="content-viewer" class="_1Q9if _2Hb7p" dir="ltr">'
            f'<div class="post-content__body" data-rce-version="9.10.1">'
            f'{"".join(blocks)}</div></div>')


def _ld(a: Any, base: str) -> str:
    if a.quirk == "no_ld":
        return ""
    stamp = a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    data = {"@context": "https://schema.org", "@type": "BlogPosting",
            "headline": a.title, "datePublished": stamp, "dateModified": stamp,
            "author": {"@type": "Person", "name": AGENCY[a.lang]},
            "mainEntityOfPage": {"@type": "WebPage", "@id": base + a.path},
            "publisher": {"@type": "Organization", "name": "ic24.kz"}}
    if a.images:
        data["image"] = {"@type": "ImageObject", "url": a.image_paths()[0]}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _warmup(a: Any | None) -> str:
    comps = {_comp(f"w{i}"): {"componentType": "WRichText", "layout": {"x": i * 7, "y": i * 13},
                              "style": {"id": _cls(f"s{i}"), "skin": "WRichTextNewSkin"},
                              "props": {"packed": True, "overrideColor": None}}
             for i in range(140)}
    data: dict[str, Any] = {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": {
        "instanceId": "2f1c9c1e-7d1a-4d5a-9f66-1e4a3b8c0a11", "components": comps}}}
    if a is not None:
        stamp = (a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
                 if a.quirk != "no_ld" else None)
        data["post"] = {"id": hashlib.md5(a.id.encode()).hexdigest(),  # noqa: S324 - an id
                        "title": a.title, "slug": a.path.removeprefix("/news/"),
                        "firstPublishedDate": stamp, "minutesToRead": 2,
                        "hashtags": [], "metrics": {"views": a.views, "comments": 0, "likes": 3}}
    return (f'<script type="application/json" id="wix-warmup-data">'
            f"{json.dumps(data, ensure_ascii=False)}</script>")


def _related(items: list[Any], own: Any, title: str, hook: str, limit: int = 34) -> str:
    lis = "".join(f'<li class="_3P9iC"><span class="_2Vq1k badge">{b.lang}</span> '
                  f'<a href="{b.path}" data-hook="post-title">{escape(cut_at_word(b.title, limit))}'
                  "</a></li>" for b in items if b is not own)
    return (f'<section data-hook="{hook}" class="{_cls(hook)}"><h2 class="font_5">{title}</h2>'
            f"<ul>{lis}</ul></section>")


def _shell(lang: str, title: str, head: str, main: str, base: str, canonical: str) -> bytes:
    from tests.seventyninthsite import site

    arts = site.build()
    most_read = sorted(arts, key=lambda b: -(b.views or 0))[:5]
    locale = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}[lang]
    page = f"""<!DOCTYPE html>
<html lang="{lang}" class="wix-blog"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{escape(title)} | Центр информации</title>
<link rel="canonical" href="{canonical}">
<meta property="og:locale" content="{locale}"><meta property="og:site_name" content="ic24.kz">
{head}
<script>window.viewerModel={{"siteFeatures":["seo","blog","cookieBanner"],"language":"{lang}"}};
</script></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="_1Q9if">
<div id="consent-banner" role="dialog" class="_2Kvq1">Этот сайт использует файлы cookie.
 <button data-hook="consent-banner-apply-button">Принять</button></div>
<header id="SITE_HEADER" class="_1ASDF wixui-header">
<a href="/novosti" class="_1Yz8b" id="{_comp('logo')}">Центр информации</a>
<nav aria-label="Site"><ul><li><a href="/novosti">Новости</a></li>
<li><a href="/blog/categories/obshchestvo">Общество</a></li>
<li><a href="/blog/categories/ekonomika">Экономика</a></li></ul></nav>
<form role="search" action="/search" class="_2xLy1"><input name="q" placeholder="Поиск...">
<button type="submit" aria-label="Search">🔍</button></form>
<div id="{_comp('rates')}" class="_2Hij5 wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">{CURRENCY}</p></div></header>
<div class="ad-slot" id="{_comp('ad1')}"><span>Реклама</span>
<iframe title="ad" src="https://googleads.g.doubleclick.net/pagead/ads?slot=ic24-top"></iframe></div>
<main id="PAGES_CONTAINER" class="_3uC0q">{main}</main>
<aside id="{_comp('aside')}">{_related(most_read, None, 'Самое читаемое', 'most-read')}
<div class="ad-slot"><span>Реклама</span></div></aside>
<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="richTextElement"
 class="wixui-rich-text"><p class="font_9">Центр информации © 2017–2026. Адрес: г. Алматы,
 пр. Абая, 10. Тел.: +7 (727) 300-00-00. E-mail: info@ic24.kz</p></div>
<p class="font_9">Сайт создан на Wix.com</p></footer>
</div></div>
{_warmup(None) if not head.count("wix-warmup-data") else ""}
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}}}})
(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");ym(45694000,"init",{{}});
</script><noscript><img src="https://mc.yandex.ru/watch/45694000" alt=""></noscript>
</body></html>"""
    return page.encode("utf-8")


def article(a: CopyArticle, base: str) -> Response:
    from tests.seventyninthsite import site

    w: Any = a
    arts = site.build()
    latest = [b for b in arts if b is not a][:12]
    read = "2 min read" if w.lang == "en" else "2 мин. чтения"
    og = (f'<meta property="og:image" content="{w.image_paths()[0]}">' if w.images else "")
    head = (f'<meta property="og:title" content="{escape(w.title)}">{og}'
            f'<meta property="og:type" content="article">{_ld(w, base)}{_warmup(w)}')
    footer_tags = "".join(f"<li>{_tag_link(t)}</li>" for t in w.tags)
    views = (f'<span data-hook="views-counter" class="_1rPXb">{_views_word(w)}</span>'
             if w.views is not None else "")
    share = "".join(f'<a aria-label="Share on {n}" href="https://{h}/share?u={base}{w.path}">'
                    f"{n}</a>" for n, h in (("Facebook", "www.facebook.com"),
                                            ("Telegram", "t.me"), ("WhatsApp", "wa.me")))
    main = f"""<div data-hook="post-page" class="blog-post-page-font">
<article data-hook="post" class="_1Q9if {_cls(w.id)}">
<div data-hook="post-header" class="_2ZsAV"><span data-hook="user-name">{AGENCY[w.lang]}</span>
<ul class="_3yNJp"><li><span data-hook="time-ago" class="post-metadata__date">{wix_date(w)}</span>
</li><li><span data-hook="time-to-read">{read}</span></li></ul></div>
<h1 class="blog-post-title-font _3N4pE" data-hook="post-title"><span class="post-title">
{escape(w.title)}</span></h1>
{_figure(w)}
{_info_line(w)}
{_content(w)}
<div data-hook="post-footer" class="_2mGX9"><nav aria-label="tags"><ul class="_1kBgd">
{footer_tags}</ul></nav>{views}<div data-hook="share-buttons">{share}</div></div>
</article>{_related(latest, w, 'Последние новости', 'recent-posts')}</div>"""
    return 200, dict(HTML), _shell(w.lang, w.title, head, main, base, base + w.path)


def listing(n: int, base: str) -> Response:
    from tests.seventyninthsite import site

    items = []
    for a in site.CATALOGUE.page_items(n):
        w: Any = a
        items.append(
            f'<article class="{_cls(a.id)} _3Fv6w" data-hook="post-list-item">'
            f'<div class="news_text blog-post-homepage-description-font">'
            f'<a href="{a.path}" data-hook="post-list-item__title"><h2 class="_1j-51">'
            f"{escape(a.title)}</h2></a><p>{info_date(w)}</p></div>"
            f'<span data-hook="time-ago">{wix_date(w)}</span></article>')
    pager = []
    if n > 1:
        prev = "/novosti" if n == 2 else f"/novosti/page/{n - 1}"
        pager.append(f'<a data-hook="pagination__prev" href="{prev}">‹</a>')
    for k in range(1, site.page_count() + 1):
        href = "/novosti" if k == 1 else f"/novosti/page/{k}"
        pager.append(f'<a data-hook="pagination__page" href="{href}">{k}</a>')
    if n < site.page_count():
        pager.append(f'<a data-hook="pagination__next" href="/novosti/page/{n + 1}">›</a>')
    main = (f'<div data-hook="post-list" class="_2lsP0">{"".join(items)}</div>'
            f'<nav data-hook="pagination">{"".join(pager)}</nav>')
    canonical = base + ("/novosti" if n == 1 else f"/novosti/page/{n}")
    return 200, dict(HTML), _shell("ru", "Новости", "", main, base, canonical)


def not_found() -> bytes:
    return ("<!DOCTYPE html><html lang=\"ru\"><head><title>404 | Центр информации</title></head>"
            "<body><h1>Эта страница не найдена</h1><p>Вернитесь на <a href=\"/novosti\">главную"
            "</a>.</p></body></html>").encode()
