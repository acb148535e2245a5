"""A classic uCoz news entry: ``eTitle`` (no ``<h1>``: the site name holds it), the text in
``eMessage`` as ``<p>``s, ``<br>``-runs or ``<div>``s, an ``eDetails`` row
``Категория: … | Просмотров: N | Добавил: admin | Дата: <span title="15:40">16.04.2021</span> |
Теги: …`` with uCoz's own URLs (``/news/1-0-3``, ``/search/…/``) and a star-rating widget."""

from __future__ import annotations

from tests.copykit.catalogue import MONTHS
from tests.eighthsite import site
from tests.eighthsite.templates import (
    CURRENCY,
    LABELS,
    attr,
    blocks,
    esc,
    original_line,
    poll_html,
    related_links,
    source_link,
    table_html,
    tag_search,
)

HEAD = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html><head>\n'
        '<meta http-equiv="content-type" content="text/html; charset=%CHARSET%">\n'
        "<title>{title}</title>\n"
        '<link type="text/css" rel="StyleSheet" href="/_st/my.css" />\n'
        '<script src="/.s/src/jquery-1.12.4.min.js"></script>\n'
        '<script src="/.s/src/uwnd.min.js"></script>\n'
        '<script>window.uCoz={{"site":{{"id":"0icentr"}},"module":"news","language":"{lang}",'
        '"ssid":"217163420153762101441"}};</script>\n</head>\n')


def _units(a: site.Article) -> list[tuple[bool, str]]:
    """(is a block element, html) in page order: image, credit, text, extras."""
    lab, paths = LABELS[a.lang], a.image_paths()
    units: list[tuple[bool, str]] = []
    if paths:
        units.append((True, f'<img alt="" src="{paths[0]}" style="margin:0 10px 5px 0;'
                            f'float:left;border:0;" width="300" />'))
    if a.photo_credit:
        units.append((False, f'<span style="font-size:8pt;"><i>{lab["photo"]}'
                             f"{esc(a.photo_credit)}</i></span>"))
    for k, (kind, value) in enumerate(blocks(a)):
        if kind == "table":
            units.append((True, table_html(value, ' class="eTable"')))  # type: ignore[arg-type]
            continue
        text = f"<b>{value}</b>" if k == 0 and a.lead_bold else str(value)
        if k and a.nbsp:
            units.append((False, "&nbsp;"))
        units.append((False, text))
        if k == 0 and len(paths) > 1:
            units.append((True, f'<img alt="" src="{paths[1]}" width="500" border="0" />'))
        if k == 1 and a.poll:
            units.append((True, poll_html(a, "poll")))
    if a.signature:
        units.append((False, f'<div style="text-align:right"><i>{site.SIGNATURES[a.lang]}</i>'
                             "</div>"))
    if a.source_line:
        units.append((False, f"{lab['source']}: {source_link(a)}"))
    if a.original:
        units.append((False, original_line(a)))
    return units


def message(a: site.Article) -> str:
    """The eMessage's inside in the article's style."""
    units = _units(a)
    if a.style == 1:
        return "<br />\n<br />\n".join(u for _, u in units)
    wrap = "div" if a.style == 2 else "p"
    return "\n".join(u if block else f"<{wrap}>{u}</{wrap}>" for block, u in units)


def _when(a: site.Article) -> str:
    day = f"{a.day:%d.%m.%Y}"
    if a.clock is None:
        return day
    if a.variant % 2 == 0:
        return f'<span title="{a.clock:%H:%M}">{day}</span>'
    return f"{day}, {a.clock:%H:%M}"


def details(a: site.Article) -> str:
    lab = LABELS[a.lang]
    parts = []
    if a.category:
        rubric = (site.texts.RUBRICS[a.lang] + [a.category]).index(a.category) + 1
        parts.append(f'{lab["cat"]}: <a href="/news/1-0-{rubric}">{esc(a.category)}</a>')
    if a.views is not None:
        parts.append(f"{lab['views']}: {a.views}")
    parts.append(f'{lab["added"]}: <a href="javascript://" rel="nofollow" onclick="window.open('
                 f"'/index/8-1', 'up1', 'scrollbars=1,top=0,left=0,resizable=1,width=700,"
                 f"height=375'); return false;\">admin</a>")
    parts.append(f"{lab['date']}: {_when(a)}")
    if a.tags:
        links = ", ".join(f'<noindex><a href="{tag_search(t)}" rel="nofollow" class="eTag">'
                          f"{esc(t)}</a></noindex>" for t in a.tags)
        parts.append(f"{lab['tags']}: {links}")
    score, votes = (a.num % 5) + 0.5 if a.num % 3 else 0.0, a.num % 7
    parts.append(f'{lab["rating"]}: <span id="entRating{a.num}">{score:.1f}</span>/'
                 f'<span id="entRated{a.num}">{votes}</span>')
    return '<div class="eDetails" style="clear:both;">' + " | ".join(parts) + "</div>"


def _stars(a: site.Article) -> str:
    stars = "".join(f'<li><a href="javascript:;" onclick="u_rate_entry({a.num}, {k}); return '
                    f'false;" title="{k}" class="r{k}-unit rater">{k}</a></li>'
                    for k in range(1, 6))
    return (f'<div class="rate-stars-wrapper" style="float:right"><ul id="uStarRating{a.num}" '
            f'class="uStarRating{a.num} ulrate-stars"><li id="uCurStarRating{a.num}" '
            f'class="u-current-rating uCurStarRating{a.num}" style="width:{a.num % 100}%;">'
            f"</li>{stars}</ul></div>")


def article(a: site.Article, base: str) -> str:
    lab = LABELS[a.lang]
    month = MONTHS[a.lang][a.day.month - 1].capitalize()
    title = f"{a.title} - {a.day.day} {month} {a.day.year} - {lab['news']} - Центр информации"
    related = related_links(a, lambda r: f'<li><a href="{r.path}">{esc(r.title)}</a></li>')
    return (HEAD.format(title=esc(title), lang=a.lang) +
            f'<body>\n<div id="utbr8214" rel="s704"></div>\n<div id="header"><h1 class="logo">'
            f'<a href="/">Центр информации</a></h1>{CURRENCY}</div>\n'
            f'<table class="main_table" width="100%"><tr><td class="content-block" '
            f'valign="top">\n<div class="eBlock">\n{_stars(a)}\n'
            f'<div class="eTitle" style="padding-bottom:3px;">{esc(a.title)}</div>\n'
            f'<div class="eMessage" style="text-align:left;clear:both;padding-top:2px;'
            f'padding-bottom:2px;">\n{message(a)}\n</div>\n{details(a)}\n</div>\n'
            f'<div class="eRelated"><b>{lab["related"]}:</b><ul class="uRelatedEntries">'
            f"{related}</ul></div>\n"
            f'<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>'
            f'<td width="60%" height="25">Всего комментариев: 0</td></tr></table>\n'
            f'</td><td class="sidebar" valign="top"><div class="block"><div class="blocktitle">'
            f'Поиск</div><form action="/search/" method="get"><input name="q" '
            f'value="{attr("")}"></form></div></td></tr></table>\n'
            f'<div id="footer">Хостинг от <a href="https://www.ucoz.ru/">uCoz</a></div>\n'
            "</body></html>")
