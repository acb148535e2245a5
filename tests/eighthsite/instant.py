"""An InstantCMS 1.x article: the rubric only in the breadcrumbs (``pathway``), the headline
in ``<div class="con_heading">``, ``con_pubdate`` ("16 апреля 2021 в 15:40", "16.04.2021 в
15:40", "2021 жылғы 16 сәуір, 15:40", "16 April 2021 | 15:40"), a view count next to an eye
icon whose only label is the icon's ``alt``, ``con_text``, then an "Источник:" row and tags."""

from __future__ import annotations

from datetime import timedelta

from tests.copykit.text import KK_MONTHS
from tests.eighthsite import site
from tests.eighthsite.templates import (
    CURRENCY,
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


def pubdate(a: site.Article) -> str:
    """The con_pubdate text in the page's language and the article's variant."""
    odd = a.variant % 2 == 1
    hm = f"{a.clock:%H:%M}" if a.clock else ""
    if a.lang == "en":
        day = long_date(a, "short" if odd else "long")
        if not hm:
            return day
        offset = a.local.utcoffset() or timedelta()
        return f"{day}, {hm} (GMT+{offset.seconds // 3600})" if odd else f"{day} | {hm}"
    if a.lang == "kk":
        day = (f"{a.day.year} жылғы {a.day.day} {KK_MONTHS[a.day.month - 1]}" if odd
               else long_date(a, "long"))
        return f"{day}, {hm}" if hm else day
    day = f"{a.day:%d.%m.%Y}" if odd else long_date(a, "long")
    return f"{day} в {hm}" if hm else day


def _text(a: site.Article) -> str:
    wrap, paths, out = ("div" if a.style == 2 else "p"), a.image_paths(), []
    for k, (kind, value) in enumerate(blocks(a)):
        if kind == "table":
            out.append(table_html(value, ' class="data"'))  # type: ignore[arg-type]
            continue
        if k and a.nbsp:
            out.append(f"<{wrap}>&nbsp;</{wrap}>")
        inner = f"<strong>{value}</strong>" if k == 0 and a.lead_bold else value
        out.append(f"<{wrap}>{inner}</{wrap}>")
        if k == 0 and len(paths) > 1:
            out.append(f'<p style="text-align: center;"><img src="{paths[1]}" alt="" /></p>')
        if k == 1 and a.poll:
            out.append(poll_html(a, "poll"))
    if a.signature:
        out.append(f'<p style="text-align: right;"><em>{site.SIGNATURES[a.lang]}</em></p>')
    if a.original:
        out.append(f"<p>{original_line(a)}</p>")
    return "\n".join(out)


def _pathway(a: site.Article) -> str:
    lab = LABELS[a.lang]
    crumbs = [f'<a href="/" class="pathwaylink">{lab["home"]}</a>',
              f'<a href="/novosti" class="pathwaylink">{lab["news"]}</a>']
    if a.category:
        crumbs.append(f'<a href="/novosti/{slug(a.category)}" class="pathwaylink">'
                      f"{esc(a.category)}</a>")
    crumbs.append(f'<span class="pathwaylink">{esc(a.title)}</span>')
    return '<div class="pathway">' + " &rarr; ".join(crumbs) + "</div>"


def _info(a: site.Article) -> str:
    lab = LABELS[a.lang]
    hits = ""
    if a.views is not None:
        hits = (f'<span class="con_hits"><img src="/templates/_default_/images/icons/eye.png" '
                f'alt="{lab["views"]}" title="{lab["views"]}" border="0" /> {a.views}</span>')
    image = ""
    paths = a.image_paths()
    if paths:
        sep = "" if a.lang == "ru" and a.variant < 2 else " "
        credit = (f'<div class="con_image_desc">{lab["photo"]}{sep}{esc(a.photo_credit)}</div>'
                  if a.photo_credit else "")
        image = (f'<div class="con_image" style="float:left;margin:5px 10px 5px 0;">'
                 f'<img src="{paths[0]}" border="0" alt="{attr(a.title)}" />{credit}</div>')
    return (f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>'
            f'<div class="con_pubdate">{pubdate(a)}</div></td><td align="right">{hits}</td>'
            f"</tr></table>\n{image}")


def _footer(a: site.Article) -> str:
    lab, out = LABELS[a.lang], []
    if a.source_line:
        out.append(f'<div class="con_source">{lab["source"]}: {source_link(a)}</div>')
    if a.tags:
        links = ", ".join(f'<a href="/search/tag/{slug(t)}.html" class="tag">{esc(t)}</a>'
                          for t in a.tags)
        out.append(f'<div class="con_tags"><strong>{lab["tags"]}:</strong> {links}</div>')
    out.append(f'<div class="con_rating_block">{lab["rating"]}: <span class="rating">'
               f"+{a.num % 9}</span></div>")
    return "\n".join(out)


def article(a: site.Article, base: str) -> str:
    lab = LABELS[a.lang]
    related = related_links(a, lambda r: f'<div class="con_related_item"><a href="{r.path}">'
                                         f"{esc(r.title)}</a></div>")
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"/>\n'
            f"<title>{esc(a.title)} — Центр информации</title>\n"
            f'<meta name="keywords" content="{attr(", ".join(a.tags))}" />\n'
            f'<meta name="description" content="{attr(a.shown()[0][:150])}" />\n'
            '<script type="text/javascript" src="/includes/jquery/jquery.js"></script>\n'
            '<script type="text/javascript" src="/core/js/common.js"></script>\n</head>\n'
            f'<body><div id="wrapper"><div id="header"><div id="sitename"><a href="/">'
            f"Центр информации</a></div>{CURRENCY}</div>\n"
            f'<div id="pathway">{_pathway(a)}</div>\n<div id="main"><div class="component">\n'
            f'<div class="con_heading">{esc(a.title)}</div>\n{_info(a)}\n'
            f'<div class="con_text" style="overflow:hidden">\n{_text(a)}\n</div>\n'
            f"{_footer(a)}\n"
            f'<div class="con_related"><div class="con_related_title">{lab["related"]}</div>'
            f"{related}</div>\n"
            f'<div class="cmm_title">{lab["comments"]} (0)</div>\n'
            '<div class="cm_addentry"><a href="javascript:void(0);" '
            'onclick="addComment()">Добавить комментарий</a></div>\n'
            '</div></div><div id="footer">&copy; Центр информации. Работает на '
            '<a href="https://instantcms.ru/">InstantCMS</a></div></div></body></html>')
