"""Hugo (Jekyll-minima-like theme) static article pages with microformats.

``<article class="post h-entry">``, ``p-name`` headline, ``<time class="dt-published">`` whose
``datetime`` is UTC (``Z`` or ``+00:00``) while its text is the Almaty day without a time,
``p-category`` rubric, ``e-content post-content`` body, tags as
``<ul class="tags"><li><a rel="tag">`` and a ``p-author h-card`` byline.
"""

from __future__ import annotations

from datetime import UTC

from tests.twelfthsite import templates as t
from tests.twelfthsite.site import Article


def stamp(art: Article) -> str:
    return art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + art.utc_suffix


def _meta(art: Article) -> str:
    parts = [f'<time class="dt-published" datetime="{stamp(art)}">{t.long_date(art)}</time>']
    if art.category:
        parts.append(f'<a class="p-category" href="{t.rubric_href(art.category)}">'
                     f"{t.esc(art.category)}</a>")
    if art.views is not None:
        parts.append(f'<span class="post-meta__views">{t.views_text(art)}</span>')
    parts.append('<span class="p-author h-card">Центр информации</span>')
    return f'<p class="post-meta">{" • ".join(parts)}</p>'


def _figure(art: Article, path: str, caption: str) -> str:
    cap = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure class="post-image">{t.image(art, path, "u-photo")}{cap}</figure>'


def _tags(art: Article) -> str:
    if not art.tags:
        return ""
    items = "".join(f'<li><a rel="tag" href="{t.tag_href(tag)}">{t.esc(tag)}</a></li>'
                    for tag in art.tags)
    return f'<ul class="tags">{items}</ul>'


def page(art: Article, base: str) -> str:
    blocks = t.text_blocks(art, lambda text: f"<p>{t.esc(text)}</p>",
                           lambda path: _figure(art, path, ""))
    inside = (t.share_bar(art, base) if art.share_inside else "") + (
        t.related_block(art, base) if art.related_inside else "")
    after = (("" if art.share_inside else t.share_bar(art, base))
             + ("" if art.related_inside else t.related_block(art, base)))
    lead = _figure(art, art.image_paths()[0], t.credit(art)) if art.images else ""
    return (f'<!DOCTYPE html><html lang="{art.lang}"><head><meta charset="utf-8"><meta name="'
            f'generator" content="Hugo 0.111.3"><title>{t.esc(art.title)} | Центр информации'
            f'</title><link rel="canonical" href="{base}{art.path}"></head><body><header class'
            f'="site-header"><div class="rates">{t.RATES}</div><a class="site-title" href="/">'
            f'Центр информации</a></header><main class="page-content" aria-label="Content"><div'
            f' class="wrapper"><article class="post h-entry"><header class="post-header"><h1 '
            f'class="post-title p-name">{t.esc(art.title)}</h1>{_meta(art)}</header>{lead}<div'
            f' class="post-content e-content">{"".join(blocks)}{inside}</div>{_tags(art)}'
            f'{after}<a class="u-url" href="{art.path}" hidden></a></article></div></main>'
            f'<footer class="site-footer"><p>© Центр информации · Powered by Hugo</p></footer>'
            f"{t.cookie_banner(art.lang)}</body></html>")
