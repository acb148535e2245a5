"""The WordPress page of the sixth copy: a news theme plus Yoast SEO.

``article.post`` with ``h1.entry-title``, ``time.entry-date.published`` (``datetime`` in Almaty
time) next to ``time.updated``, the rubric as a ``rel="category tag"`` link above the headline,
tags as ``rel="tag"`` links in the footer, a featured image lazy-loaded from ``data-src``, a
Yoast ``@graph`` whose dates are UTC, whose ``inLanguage`` is always ``ru-RU`` and whose
headline is sometimes the SEO title, and an ``og:locale`` of ``ru_RU`` on every page.
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from tests.copykit.text import EN_MONTHS, RU_MONTHS
from tests.sixthsite.site import Article
from tests.sixthsite.templates import (
    READ_ALSO,
    embed,
    esc,
    footer,
    header,
    older,
    paragraphs,
    rubric_slug,
    sidebar_items,
    source_paragraph,
)

PIXEL = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201%201'%3E%3C/svg%3E"


def _utc(art: Article, days: int = 0) -> str:
    return (art.local + timedelta(days=days)).astimezone(UTC).isoformat()


def _lazy(src: str, alt: str) -> str:
    stem = src.removesuffix(".jpg")
    return (f'<img width="1024" height="683" src="{PIXEL}" data-src="{src}" data-srcset="{src} '
            f'1024w, {stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w" data-sizes="auto" '
            f'class="attachment-large size-large wp-post-image lazyload" alt="{esc(alt)}">'
            f'<noscript><img src="{src}" alt="{esc(alt)}"></noscript>')


def _visible_date(art: Article) -> str:
    d = art.local
    if art.lang == "en":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {d:%H:%M}"
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def _content(art: Article) -> str:
    paras = paragraphs(art, "plain")
    blocks = [f"<p>{paras[0]}</p>"]
    if art.num % 3 == 0:
        blocks.append("<p>&nbsp;</p>")
    if art.embed:
        blocks.append(embed(art))
    for i, para in enumerate(paras[1:], start=1):
        blocks.append(f"<p>{para}</p>")
        if i == 1 and art.read_also:
            other = older(art)
            blocks.append(f'<p><strong>{READ_ALSO[art.lang]}: <a href="{other.path}">'
                          f"{esc(other.title)}</a></strong></p>")
        if i == 1 and art.images > 1:
            blocks.append(f'<figure class="wp-block-image size-large">'
                          f"{_lazy(art.image_paths()[1], '')}</figure>")
    source = source_paragraph(art)
    if source:
        blocks.append(source)
    blocks.append('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent '
                  'sd-block sd-social"><h3 class="sd-title">Поделиться:</h3><ul><li><a '
                  'class="share-telegram" href="#">Telegram</a></li><li><a class="share-'
                  'facebook" href="#">Facebook</a></li><li><a class="share-jetpack-whatsapp" '
                  'href="#">WhatsApp</a></li></ul></div></div>')
    return "\n".join(blocks)


def _graph(art: Article, base: str) -> str:
    url = base + art.path
    headline = art.title if art.num % 4 else f"{art.title} | Новости Казахстана"
    news: dict[str, object] = {
        "@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
        "author": {"name": "admin", "@id": f"{base}/#/schema/person/1"}, "headline": headline,
        "datePublished": _utc(art), "dateModified": _utc(art, 2),
        "mainEntityOfPage": {"@id": url}, "publisher": {"@id": f"{base}/#organization"},
        "inLanguage": "ru-RU",
    }
    if art.tags and art.num % 2:
        news["keywords"] = art.tags
    if art.category and art.num % 5:
        news["articleSection"] = [art.category]
    if art.images:
        news["thumbnailUrl"] = base + art.image_paths()[0]
    crumbs = [("Главная", f"{base}/"), ("Новости", f"{base}/novosti/")]
    if art.category:
        crumbs.append((art.category, f"{base}/novosti/category/{rubric_slug(art.category)}/"))
    items = [{"@type": "ListItem", "position": k + 1, "name": n, "item": u}
             for k, (n, u) in enumerate(crumbs)]
    items.append({"@type": "ListItem", "position": len(items) + 1, "name": art.title})
    graph = [news,
             {"@type": "WebPage", "@id": url, "url": url, "name": f"{art.title} - Центр информации",
              "datePublished": _utc(art), "dateModified": _utc(art, 2), "inLanguage": "ru-RU",
              "breadcrumb": {"@id": f"{url}#breadcrumb"}},
             {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": items},
             {"@type": "Organization", "@id": f"{base}/#organization", "name": "Центр информации",
              "url": f"{base}/"}]
    return json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)


def _head(art: Article, base: str) -> str:
    url, title = base + art.path, esc(art.title)
    image = (f'<meta property="og:image" content="{base}{art.image_paths()[0]}">'
             if art.images else "")
    return (f'<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
            f"<title>{title} - Центр информации</title>"
            f'<meta name="robots" content="index, follow, max-image-preview:large">'
            f'<link rel="canonical" href="{url}"><meta property="og:locale" content="ru_RU">'
            f'<meta property="og:type" content="article"><meta property="og:title" '
            f'content="{title} - Центр информации"><meta property="og:description" '
            f'content="{esc(art.paragraphs[0][:150])}"><meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="Центр информации">'
            f'<meta property="article:published_time" content="{_utc(art)}">'
            f'<meta property="article:modified_time" content="{_utc(art, 2)}">{image}'
            f'<script type="application/ld+json" class="yoast-schema-graph">{_graph(art, base)}'
            f"</script><link rel='stylesheet' href='/wp-content/themes/newsup/style.css'></head>")


def _meta(art: Article) -> str:
    published = art.local.isoformat()
    modified = (art.local + timedelta(days=2)).isoformat()
    views = (f'<span class="post-views-count">{art.views}</span>' if art.views is not None
             else '<span class="post-views-count" data-pvc-id="0"></span>')
    return (f'<div class="entry-meta"><span class="posted-on"><a href="{art.path}" '
            f'rel="bookmark"><time class="entry-date published" datetime="{published}">'
            f'{_visible_date(art)}</time><time class="updated" datetime="{modified}">'
            f"{(art.local + timedelta(days=2)):%d.%m.%Y}</time></a></span> <span class=\"byline\">"
            f'<span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a>'
            f'</span></span> <span class="post-views"><i class="fa fa-eye"></i> {views}</span>'
            f"</div>")


def _article(art: Article) -> str:
    cat = (f'<span class="cat-links"><a href="/novosti/category/{rubric_slug(art.category)}/" '
           f'rel="category tag">{esc(art.category)}</a></span>' if art.category else "")
    thumb = ""
    if art.images:
        credit = (f'<figcaption class="wp-caption-text">Фото: {esc(art.photo_credit)}'
                  "</figcaption>" if art.photo_credit else "")
        thumb = f'<figure class="post-thumbnail">{_lazy(art.image_paths()[0], art.title)}' \
                f"{credit}</figure>"
    tags = ", ".join(f'<a href="/tag/{rubric_slug(t)}/" rel="tag">{esc(t)}</a>'
                     for t in art.tags)
    tag_line = f'<footer class="entry-footer"><span class="tags-links">Метки: {tags}</span>' \
               "</footer>" if art.tags else ""
    classes = " ".join([f"post-{art.num}", "post", "type-post", "status-publish",
                        "format-standard", "hentry", *(f"tag-{rubric_slug(t)}" for t in art.tags)])
    return (f'<article id="post-{art.num}" class="{classes}"><header class="entry-header">'
            f'<div class="entry-meta">{cat}</div><h1 class="entry-title">{esc(art.title)}</h1>'
            f"{_meta(art)}</header>{thumb}<div class=\"entry-content\">{_content(art)}</div>"
            f"{tag_line}</article>")


def page(art: Article, base: str) -> str:
    prev, nxt = older(art), older(art, -1)
    nav = (f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-'
           f'previous"><a href="{prev.path}" rel="prev"><span class="meta-nav">Предыдущая '
           f"запись</span> {esc(prev.title)}</a></div><div class=\"nav-next\"><a href=\""
           f'{nxt.path}" rel="next"><span class="meta-nav">Следующая запись</span> '
           f"{esc(nxt.title)}</a></div></div></nav>")
    return (f'<!DOCTYPE html><html lang="ru-RU">{_head(art, base)}<body class="post-template-'
            f'default single single-post postid-{art.num} single-format-standard">'
            f'<header id="masthead">{header()}</header><main id="main" class="site-main">'
            f"{_article(art)}{nav}</main><aside id=\"secondary\" class=\"widget-area\"><section "
            f'class="widget widget_recent_entries"><h2 class="widget-title">Последние новости'
            f"</h2><ul>{sidebar_items(art)}</ul></section></aside>{footer()}"
            '<script src="/wp-content/plugins/post-views-counter/js/frontend.js"></script>'
            "</body></html>")
