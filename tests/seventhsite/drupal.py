"""Drupal 7 (``variant`` 0) and Drupal 8 (``variant`` 1) article pages with their RDFa.

Drupal 7: XHTML+RDFa, ``lang="ru"`` on every page whatever its language, a
``<span property="dc:date dc:created" content="…+06:00">Submitted by … on Fri, 04/16/2021 -
15:40</span>`` line (US month/day order), ``field-name-body`` / ``field-item even`` fields, the
source, rubric and tags as labelled fields whose terms all link to ``/taxonomy/term/N``, a
"1315 просмотров" statistics counter among the node links, and comments whose body is a
``field-item even`` too and whose date is RDFa ``dc:created`` as well.
Drupal 8: ``field--name-body``, the RDFa date in UTC, a localised date line, the source as a
paragraph of the body, "Просмотров: N", and the same taxonomy fields.
"""

from __future__ import annotations

from datetime import UTC

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

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TERM = ' typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype=""'


def _views(a: site.Article) -> str:
    n = a.views or 0
    if a.variant:
        return f"{LABELS[a.lang]['views']}: {n}"
    if a.lang == "en":
        return f"{n} reads"
    if a.lang == "kk":
        return f"{n} рет қаралды"
    ending = ("" if n % 10 == 1 and n % 100 != 11 else
              "а" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "ов")
    return f"{n} просмотр{ending}"


def _submitted(a: site.Article) -> str:
    m = a.local
    return (f'<span property="dc:date dc:created" content="{iso(m)}" datatype="xsd:dateTime" '
            f'rel="sioc:has_creator">Submitted by <a href="/user/3" title="View user profile." '
            f'class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" '
            f'datatype="">editor</a> on {_WEEKDAYS[m.weekday()]}, {m:%m/%d/%Y - %H:%M}</span>')


def _body(a: site.Article, base: str) -> str:
    label, level, other = LABELS[a.lang], 2 + a.variant, read_also_target(a)
    out = body(a, {
        "p": lambda t: f"<p>{e(t)}</p>",
        "h": lambda t: f"<h{level}>{e(t)}</h{level}>",
        "quote": lambda t: f"<blockquote><p>{e(t)}</p></blockquote>",
        "figure": lambda t: (f'<figure role="group" class="caption caption-img"><img alt="" '
                             f'src="{t}" width="800" height="533" /><figcaption>'
                             f"{e(caption(a))}</figcaption></figure>"),
        "read": lambda t: (f'<p><strong>{label["read"]}</strong> <a href="{other.path}">'
                           f"{e(other.title)}</a></p>"),
        "share": lambda t: (f'<div class="addtoany"><span class="a2a-label">{label["share"]}'
                            f"</span> {share_links(a, base)}</div>"),
    })
    if a.source_line and a.variant:
        out.append(f"<p><strong>Источник:</strong> {e(a.source or '')}</p>")
    return "\n".join(out)


def _field(a: site.Article, name: str, label: str, items: list[str], above: bool = False) -> str:
    """One Drupal field in the markup of the page's version."""
    if a.variant:
        inner = "".join(f'<div class="field__item">{i}</div>' for i in items)
        return (f'<div class="field field--name-field-{name} field--label-'
                f'{"above" if above else "inline"}"><div class="field__label">{label}</div>'
                f'<div class="field__items">{inner}</div></div>')
    rel = ' rel="dc:subject"' if name == "tags" else ""
    inner = "".join(f'<div class="field-item {"odd" if k % 2 else "even"}"{rel}>{i}</div>'
                    for k, i in enumerate(items))
    return (f'<div class="field field-name-field-{name} field-label-'
            f'{"above" if above else "inline"} clearfix"><div class="field-label">'
            f'{label}:&nbsp;</div><div class="field-items">{inner}</div></div>')


def _photos(a: site.Article) -> str:
    cls = "field--name-field-image field__item" if a.variant else "field-name-field-image"
    out = [f'<div class="field {cls}"><img typeof="foaf:Image" src="{p}" width="800" '
           f'height="533" alt="" /></div>' for p in lead_images(a)]
    if credit_under_lead(a):
        label = LABELS[a.lang]["photo"]
        out.append(_field(a, "photo-credit", label, [e(a.photo_credit or "")]) if not a.variant
                   else f'<div class="field field--name-field-photo-author">'
                        f'{label}:{" " if a.lang == "en" else ""}{e(a.photo_credit or "")}</div>')
    return "\n".join(out)


def _taxonomy(a: site.Article) -> str:
    label = LABELS[a.lang]
    out = []
    if a.source_line and not a.variant:
        out.append(_field(a, "source", "Источник", [e(a.source or "")]))
    if a.category:
        out.append(_field(a, "rubric", label["rubric"], [term_link(a.category, _TERM)]))
    if a.tags:
        out.append(_field(a, "tags", label["tags"], [term_link(t, _TERM) for t in a.tags],
                          above=True))
    return "\n".join(out)


def _comments(a: site.Article) -> str:
    if not a.comments:
        return ""
    out = [f'<div id="comments" class="comment-wrapper"><h2 class="title">'
           f'{LABELS[a.lang]["comments"]}</h2>']
    for k, (moment, text) in enumerate(zip(comment_moments(a), comment_texts(a), strict=True)):
        cid = a.num * 10 + k
        out.append(
            f'<a id="comment-{cid}"></a><div class="comment clearfix" typeof="sioc:Post '
            f'sioct:Comment"><div class="user-picture"><img src="/sites/default/files/pictures/'
            f'picture-{k + 7}.jpg" alt="" /></div><div class="submitted"><span class="username">'
            f'Гость</span> <span property="dc:date dc:created" content="{iso(moment)}" '
            f'datatype="xsd:dateTime">{_WEEKDAYS[moment.weekday()]}, '
            f'{moment:%m/%d/%Y - %H:%M}</span></div><div class="field field-name-comment-body '
            f'field--name-comment-body"><div class="field-items"><div class="field-item even" '
            f'property="content:encoded"><p>{e(text)}</p></div></div></div>'
            f'<ul class="links"><li><a href="/comment/reply/{a.num}/{cid}">reply</a></li></ul>'
            f"</div>")
    return "\n".join(out) + "</div>"


def _sidebar(a: site.Article) -> str:
    rows = "".join(f'<li><a href="{b.path}">{e(b.title)}</a> <span class="date">'
                   f"{b.day:%d.%m.%Y}</span></li>" for b in site.build()[:6] if b is not a)
    return (f'<div id="block-views-latest" class="block block-views"><h2>'
            f'{LABELS[a.lang]["latest"]}</h2><div class="content"><ul>{rows}</ul></div></div>')


def _meta(a: site.Article) -> str:
    if not a.variant:
        return f'<div class="meta submitted">{_submitted(a)}</div>'
    utc = a.local.astimezone(UTC).isoformat()
    views = f' <span class="node__views">{_views(a)}</span>' if a.views is not None else ""
    return (f'<div class="node__meta"><span property="dc:date dc:created" content="{utc}" '
            f'class="rdf-meta hidden"></span><span class="field field--name-created">'
            f"{long_date(a)}</span>{views}</div>")


def render(a: site.Article, base: str) -> Response:
    lang = a.lang if a.variant else "ru"  # Drupal 7 printed the site's language everywhere
    body_cls = ("clearfix text-formatted field field--name-body field--type-text-with-summary "
                "field--label-hidden field__item" if a.variant else
                "field field-name-body field-type-text-with-summary field-label-hidden")
    body = (f'<div class="{body_cls}" property="schema:text">{_body(a, base)}</div>'
            if a.variant else
            f'<div class="{body_cls}"><div class="field-items"><div class="field-item even" '
            f'property="content:encoded">{_body(a, base)}</div></div></div>')
    links = (f'<ul class="links inline"><li class="statistics_counter first"><span>{_views(a)}'
             f'</span></li><li class="comment-add last"><a href="/comment/reply/{a.num}">'
             f"Add new comment</a></li></ul>" if a.views is not None and not a.variant else "")
    page = f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" xmlns:dc="http://purl.org/dc/terms/"
 xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortlink" href="/node/{a.num}" /><link rel="canonical" href="{a.path}" />
<title>{e(a.title)} | {site.AGENCY[a.lang]}</title>
<link rel="stylesheet" href="/sites/all/themes/ic24/css/style.css" /></head>
<body class="html not-front one-sidebar sidebar-second page-node page-node-{a.num}">
<div id="page"><div id="header"><a href="/" id="logo"><img src="/sites/all/themes/ic24/logo.png"
 alt="{site.AGENCY[a.lang]}" /></a>{CURRENCY}<ul class="menu"><li><a href="/">
{LABELS[a.lang]['home']}</a></li><li><a href="/novosti">{LABELS[a.lang]['news']}</a></li></ul></div>
<div id="main"><div id="content" class="column"><h1 class="title page-title" id="page-title">
{e(a.title)}</h1>
<article id="node-{a.num}" class="node node-article node--type-article" about="{a.path}"
 typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{e(a.title)}" class="rdf-meta element-hidden"></span>
{_meta(a)}
<div class="content node__content clearfix">
{_photos(a)}
{body}
{_taxonomy(a)}
</div>
{links}
{_comments(a)}
</article></div>
<div id="sidebar-second" class="column sidebar">{_sidebar(a)}</div></div>
<div id="footer">© {site.AGENCY[a.lang]}, 2026</div></div></body></html>"""
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8")
