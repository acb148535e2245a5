"""A Ghost (Casper-like) post: ``<html lang="en">`` on every page whatever its language,
og/twitter meta, JSON-LD on some posts only, ``<article class="post-full">`` with the primary
tag above the headline (``/tag/x/``), a "By Staff Writer" byline whose ``<time>`` text gives the
zone (GMT+6, none, UTC, GMT+5), ``<section class="gh-content">`` with Koenig image cards and
HTML cards, secondary tags as ``<a class="post-tag">`` and "read more" cards of other posts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from tests.copykit.catalogue import MONTHS
from tests.eighthsite import site
from tests.eighthsite.templates import (
    LABELS,
    attr,
    blocks,
    esc,
    long_date,
    original_line,
    poll_html,
    related_links,
    slug,
    source_link,
    table_html,
)

AUTHOR = {"en": "Staff Writer", "ru": "Редакция", "kk": "Редакция"}
SOURCE = {"en": "Source", "ru": "Источник", "kk": "Дереккөз"}
CAPTION = {"en": "Illustrative photo.", "ru": "Иллюстративное фото.", "kk": "Көрнекі сурет."}
GMT5 = timezone(timedelta(hours=5))


def _utc(a: site.Article) -> datetime:
    return a.local.astimezone(UTC)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _stamp(a: site.Article, moment: datetime) -> str:
    """The day of ``moment`` in the page's words ('Apr 16, 2021' / '16 апреля 2021')."""
    if a.lang == "en":
        return f"{MONTHS['en'][moment.month - 1][:3]} {moment.day}, {moment.year}"
    return f"{moment.day} {MONTHS[a.lang][moment.month - 1]} {moment.year}"


def shown_time(a: site.Article) -> str:
    """The byline's time: Almaty with its offset, plain, UTC or GMT+5 (site.ZONES)."""
    zone = site.ZONES[a.variant]
    if zone == "plain":
        day = long_date(a, "long")
        return f"{day} | {a.local:%H:%M}" if a.lang == "en" else f"{day}, {a.local:%H:%M}"
    if zone == "utc":
        moment = _utc(a)
        return f"{_stamp(a, moment)}, {moment:%H:%M} UTC"
    moment = a.local.astimezone(GMT5) if zone == "gmt5" else a.local
    hours = (moment.utcoffset() or timedelta()).seconds // 3600
    return f"{_stamp(a, moment)}, {moment:%H:%M} (GMT+{hours})"


def _srcset(path: str) -> str:
    sized = path.replace("/content/images/", "/content/images/size/w{}/")
    return ", ".join(f"{sized.format(w)} {w}w" for w in (600, 1000, 1600)) + f", {path} 2000w"


def _figure(a: site.Article, path: str, hero: bool) -> str:
    caption = ""
    if hero and a.photo_credit:
        prefix = f"{CAPTION[a.lang]} " if a.num % 2 else ""
        label = LABELS[a.lang]["photo"]
        caption = (f'<figcaption>{prefix}<span style="white-space: pre-wrap;">{label} '
                   f"{esc(a.photo_credit)}</span></figcaption>")
    cls = "article-image" if hero else "kg-card kg-image-card" + (
        " kg-card-hascaption" if caption else "")
    return (f'<figure class="{cls}"><img srcset="{_srcset(path)}" sizes="(max-width: 1000px) '
            f'400px, 1400px" src="{path}" class="kg-image" alt="" loading="lazy" width="2000" '
            f'height="1333">{caption}</figure>')


def _content(a: site.Article) -> str:
    paths, out = a.image_paths(), []
    for k, (kind, value) in enumerate(blocks(a)):
        if kind == "table":
            out.append("<!--kg-card-begin: html-->" + table_html(value)  # type: ignore[arg-type]
                       + "<!--kg-card-end: html-->")
            continue
        out.append(f"<p><strong>{value}</strong></p>" if k == 0 and a.lead_bold
                   else f"<p>{value}</p>")
        if k == 0 and len(paths) > 1:
            out.append(_figure(a, paths[1], hero=False))
        if k == 1 and a.poll:
            out.append("<!--kg-card-begin: html-->" + poll_html(a, "gh-poll")
                       + "<!--kg-card-end: html-->")
    if a.signature:
        out.append(f"<p><em>{site.SIGNATURES[a.lang]}</em></p>")
    if a.source_line:
        out.append(f"<p>{SOURCE[a.lang]}: {source_link(a)}</p>")
    if a.original:
        out.append(f"<p>{original_line(a)}</p>")
    return "\n".join(out)


def _meta(a: site.Article, base: str) -> str:
    url, excerpt = base + a.path, attr(a.paragraphs[0][:160])
    paths = a.image_paths()
    tags = "".join(f'<meta property="article:tag" content="{attr(t)}">\n' for t in a.tags)
    section = (f'<meta property="article:section" content="{attr(a.category)}">\n'
               if a.category else "")
    image = f'<meta property="og:image" content="{base}{paths[0]}">\n' if paths else ""
    filed = ", ".join(([a.category] if a.category else []) + a.tags)
    out = (f'<link rel="canonical" href="{url}">\n'
           '<meta property="og:site_name" content="Information Center">\n'
           '<meta property="og:type" content="article">\n'
           f'<meta property="og:title" content="{attr(a.title)}">\n'
           f'<meta property="og:description" content="{excerpt}">\n'
           f'<meta property="og:url" content="{url}">\n{image}'
           f'<meta property="article:published_time" content="{_iso(_utc(a))}">\n'
           f'<meta property="article:modified_time" content="{_iso(_utc(a) + timedelta(hours=2))}">'
           f"\n{section}{tags}"
           '<meta name="twitter:card" content="summary_large_image">\n'
           f'<meta name="twitter:title" content="{attr(a.title)}">\n'
           f'<meta name="twitter:description" content="{excerpt}">\n'
           '<meta name="twitter:label1" content="Written by">\n'
           f'<meta name="twitter:data1" content="{AUTHOR[a.lang]}">\n')
    if filed:
        out += ('<meta name="twitter:label2" content="Filed under">\n'
                f'<meta name="twitter:data2" content="{attr(filed)}">\n')
    if a.jsonld:
        data = {"@context": "https://schema.org", "@type": "Article",
                "publisher": {"@type": "Organization", "name": "Information Center",
                              "url": base + "/"},
                "author": {"@type": "Person", "name": AUTHOR[a.lang],
                           "url": base + "/author/staff/"},
                "headline": a.title, "url": url, "datePublished": _iso(_utc(a)),
                "dateModified": _iso(_utc(a) + timedelta(hours=2)),
                "keywords": filed, "description": a.paragraphs[0][:160],
                "mainEntityOfPage": url}
        if paths:
            data["image"] = {"@type": "ImageObject", "url": base + paths[0]}
        out += ('<script type="application/ld+json">\n'
                + json.dumps(data, ensure_ascii=False, indent=4) + "\n</script>\n")
    return out + '<meta name="generator" content="Ghost 5.82">\n'


def _header(a: site.Article) -> str:
    primary = (f'<div class="article-tag post-card-tags"><span class="post-card-primary-tag">'
               f'<a href="/tag/{slug(a.category)}/">{esc(a.category)}</a></span></div>\n'
               if a.category else "")
    by = "By " if a.lang == "en" else ""
    datetime_attr = f"{a.day:%Y-%m-%d}" if a.num % 2 else _iso(_utc(a))
    paths = a.image_paths()
    hero = _figure(a, paths[0], hero=True) if paths else ""
    return (f'<header class="article-header gh-canvas">\n{primary}'
            f'<h1 class="article-title post-full-title">{esc(a.title)}</h1>\n'
            f'<div class="post-full-byline">{by}<a href="/author/staff/">{AUTHOR[a.lang]}</a>'
            f' <span class="bull">&bull;</span> <time class="byline-meta-date" '
            f'datetime="{datetime_attr}">{shown_time(a)}</time> <span class="bull">&bull;</span> '
            f'<span class="byline-reading-time">{1 + a.num % 4} min read</span></div>\n'
            f"{hero}</header>")


def _card(r: site.Article) -> str:
    return (f'<article class="post-card post"><a class="post-card-content-link" '
            f'href="{r.path}"><header class="post-card-header"><h2 class="post-card-title">'
            f"{esc(r.title)}</h2></header><div class=\"post-card-excerpt\">"
            f"{esc(r.paragraphs[0][:100])}</div></a><footer class=\"post-card-meta\">"
            f'<time class="post-card-meta-date" datetime="{r.day:%Y-%m-%d}">'
            f"{r.day:%d.%m.%Y}</time></footer></article>")


def article(a: site.Article, base: str) -> str:
    tags = "".join(f'<a class="post-tag" href="/topic/{slug(t)}/">{esc(t)}</a>' for t in a.tags)
    body_class = f"tag-{slug(a.category)}" if a.category else ""
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(a.title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3f1c2a">\n'
            f"{_meta(a, base)}"
            '<link rel="alternate" type="application/rss+xml" title="Information Center" '
            'href="/rss/">\n</head>\n'
            f'<body class="post-template {body_class}">\n<div class="viewport">\n'
            '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
            '<a class="gh-head-logo" href="/">Information Center</a><nav class="gh-head-menu">'
            '<ul class="nav"><li class="nav-home"><a href="/">Home</a></li>'
            '<li class="nav-news"><a href="/novosti/">News</a></li></ul></nav></div></header>\n'
            '<main id="site-main" class="site-main">\n'
            f'<article class="article post-full post {body_class}">\n{_header(a)}\n'
            f'<section class="gh-content gh-canvas post-full-content">\n{_content(a)}\n'
            '</section>\n<footer class="post-full-footer gh-canvas">'
            f'<div class="post-tags">{tags}</div></footer>\n</article>\n</main>\n'
            '<aside class="read-more-wrap outer"><div class="read-more inner">'
            f"{related_links(a, _card)}</div></aside>\n"
            '<footer class="site-footer outer"><div class="inner"><section class="copyright">'
            '<a href="/">Information Center</a> &copy; 2026</section>'
            '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" '
            'rel="noopener">Powered by Ghost</a></div></div></footer>\n</div>\n</body>\n</html>')
