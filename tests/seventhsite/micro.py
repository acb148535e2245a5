"""Article pages described by schema.org microdata alone: no JSON-LD, no ``og:`` tags.

``itemscope itemtype="https://schema.org/NewsArticle"`` with ``headline``, ``articleBody``
(holding the figure, a sub-heading, the "Читайте также" line, a share block and the
``Источник:`` line among the paragraphs), ``<meta itemprop="datePublished">`` (a bare date on
day-only pages; ``variant`` 1 prints ``dateModified`` first), the views as an
``InteractionCounter``, ``keywords`` (a visible list, or a meta on ``variant`` 1),
``articleSection`` (a breadcrumb link, or a meta), and reader comments nested in the same scope
with their own ``datePublished``.
"""

from __future__ import annotations

from datetime import timedelta

from tests.copykit.catalogue import Response
from tests.seventhsite import site
from tests.seventhsite.templates import (
    CURRENCY,
    LABELS,
    body,
    caption,
    comment_moments,
    comment_texts,
    credit_under_lead,
    e,
    iso,
    lead_images,
    long_date,
    read_also_target,
    share_links,
    term_link,
)

_SCHEMA = "https://schema.org/"
_SECTION = ' itemprop="articleSection"'


def _nbsp(text: str) -> str:
    """Typographers glue short words to the next one with a no-break space."""
    return text.replace(" в ", " в&nbsp;").replace(" и ", " и&nbsp;").replace(" a ", " a&nbsp;")


def _body(a: site.Article, base: str) -> str:
    label, other = LABELS[a.lang], read_also_target(a)
    out = body(a, {
        "p": lambda t: f"<p>{_nbsp(e(t))}</p>",
        "h": lambda t: f"<h2>{e(t)}</h2>",
        "quote": lambda t: f"<blockquote>{e(t)}</blockquote>",
        "figure": lambda t: (f'<figure itemprop="image" itemscope itemtype="{_SCHEMA}'
                             f'ImageObject"><img itemprop="contentUrl" src="{t}" alt="" '
                             f'loading="lazy"><figcaption itemprop="caption">{e(caption(a))}'
                             f"</figcaption></figure>"),
        "read": lambda t: (f'<p class="read-also">{label["read"]} <a href="{base}{other.path}">'
                           f"{e(other.title)}</a></p>"),
        "share": lambda t: (f'<div class="share"><span>{label["share"]}</span>'
                            f'{share_links(a, base)}<img src="/static/icons/share.svg" alt="">'
                            f"</div>"),
    })
    if a.source_line:
        out.append(f'<p class="source">Источник: <span itemprop="sourceOrganization">'
                   f"{e(a.source or '')}</span></p>")
    return "\n".join(out)


def _dates(a: site.Article) -> str:
    stamp = iso(a.local) if a.clock else f"{a.day:%Y-%m-%d}"
    published = f'<meta itemprop="datePublished" content="{stamp}">'
    if a.variant:
        modified = iso(a.local + timedelta(days=3, hours=2))
        published = f'<meta itemprop="dateModified" content="{modified}">' + published
    return f'{published}<time class="date">{long_date(a)}</time>'


def _views(a: site.Article) -> str:
    if a.views is None:
        return ""
    return (f'<span class="views" itemprop="interactionStatistic" itemscope '
            f'itemtype="{_SCHEMA}InteractionCounter"><meta itemprop="interactionType" '
            f'content="{_SCHEMA}ReadAction"><i class="icon-eye"></i> '
            f'<span itemprop="userInteractionCount">{a.views}</span></span>')


def _photos(a: site.Article) -> str:
    out = [f'<div class="lead-photo" itemprop="image" itemscope itemtype="{_SCHEMA}ImageObject">'
           f'<img itemprop="url" src="{p}" alt="{e(a.title)}"></div>' for p in lead_images(a)]
    if credit_under_lead(a):
        out.append(f'<p class="photo-credit">{LABELS[a.lang]["photo"]}: <span '
                   f'itemprop="copyrightHolder">{e(a.photo_credit or "")}</span></p>')
    return "\n".join(out)


def _section_and_keywords(a: site.Article) -> tuple[str, str]:
    """Variant 0 marks the visible breadcrumb and tag list up; variant 1 repeats them in metas."""
    section = keywords = ""
    if a.category and a.variant:
        section = (f'<meta itemprop="articleSection" content="{e(a.category)}">'
                   f'<div class="rubric">{e(a.category)}</div>')
    elif a.category:
        section = (f'<nav class="crumbs"><a href="/">{LABELS[a.lang]["home"]}</a> / '
                   f"{term_link(a.category, _SECTION)}</nav>")
    if a.tags and a.variant:
        keywords = (f'<meta itemprop="keywords" content="{e(",".join(a.tags))}"><ul class="tags">'
                    + "".join(f"<li>#{e(t)}</li>" for t in a.tags) + "</ul>")
    elif a.tags:
        keywords = (f'<div class="tags">{LABELS[a.lang]["tags"]}: <span itemprop="keywords">'
                    f'{e(", ".join(a.tags))}</span></div>')
    return section, keywords


def _comments(a: site.Article) -> str:
    out = []
    for moment, text in zip(comment_moments(a), comment_texts(a), strict=True):
        out.append(f'<div class="comment" itemprop="comment" itemscope itemtype="{_SCHEMA}'
                   f'Comment"><b itemprop="author">Гость</b> <meta itemprop="datePublished" '
                   f'content="{iso(moment)}"><span class="when">{moment:%d.%m.%Y %H:%M}</span>'
                   f'<p itemprop="text">{e(text)}</p></div>')
    if not out:
        return ""
    return (f'<section class="comments"><h3>{LABELS[a.lang]["comments"]} ({a.comments})</h3>'
            + "".join(out) + "</section>")


def render(a: site.Article, base: str) -> Response:
    section, keywords = _section_and_keywords(a)
    url = base + a.path
    page = f"""<!DOCTYPE html>
<html lang="{a.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a.title)} — {site.AGENCY[a.lang]}</title>
<meta name="description" content="{e(a.paragraphs[0][:150])}"></head>
<body><header class="top"><a href="/" class="logo"><img src="/static/logo.svg" alt="IC24"></a>
{CURRENCY}<nav><a href="/novosti">{LABELS[a.lang]['news']}</a></nav></header>
<main><article itemscope itemtype="{_SCHEMA}NewsArticle">
<meta itemprop="mainEntityOfPage" content="{url}"><meta itemprop="inLanguage" content="{a.lang}">
{section}
<h1 itemprop="headline">{e(a.title)}</h1>
<div class="meta">{_dates(a)} {_views(a)}</div>
{_photos(a)}
<div class="text" itemprop="articleBody">
{_body(a, base)}
</div>
{keywords}
<div itemprop="publisher" itemscope itemtype="{_SCHEMA}Organization">
<meta itemprop="name" content="{site.AGENCY[a.lang]}"></div>
{_comments(a)}
</article></main>
<footer>© 2026 {site.AGENCY[a.lang]}</footer></body></html>"""
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8")
