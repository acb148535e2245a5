"""The thirteenth copy's pages: an article in one of seven templates, the TYPO3 news list, 404."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from tests.copykit.catalogue import Response
from tests.thirteenthsite import parts, plain, portals
from tests.thirteenthsite.site import PAGE_KEY, Article, chash, page_count, page_items


def article(art: Article, base: str) -> Response:
    if art.cms == "modx":
        markup = plain.modx(art, base)
    else:
        markup = {"liferay": portals.liferay, "sharepoint": portals.sharepoint,
                  "typo3": portals.typo3, "telegram": plain.telegram,
                  "hostcms": plain.hostcms, "netcat": plain.netcat}[art.cms](art)
    headers, body = parts.encode(art, markup)
    return 200, headers, body


def page_link(n: int) -> str:
    """TYPO3's paginator link: page 1 is the bare list, the others carry a cHash."""
    if n == 1:
        return "/novosti"
    return f"/novosti?{quote(PAGE_KEY, safe='')}={n}&amp;cHash={chash(n)}"


def _item(art: Article) -> str:
    teaser = escape(art.paragraphs[0][:140])
    return (f'<div class="article articletype-0" itemscope="itemscope" '
            f'itemtype="http://schema.org/Article"><div class="header"><h3><a title="'
            f'{escape(art.title)}" href="{art.path}"><span itemprop="headline">{escape(art.title)}'
            f'</span></a></h3></div><div class="footer"><p><span class="news-list-date"><time '
            f'datetime="{art.day:%Y-%m-%d}">{art.day:%d.%m.%Y}</time></span></p></div>'
            f'<div class="teaser-text"><p>{teaser}</p></div></div>')


def _paginator(page: int) -> str:
    last = page_count()
    cells = [f'<li class="current">{n}</li>' if n == page else
             f'<li><a href="{page_link(n)}">{n}</a></li>' for n in range(1, last + 1)]
    if page > 1:
        cells.insert(0, f'<li class="previous"><a href="{page_link(page - 1)}">Предыдущая</a></li>')
    if page < last:
        cells.append(f'<li class="next"><a href="{page_link(page + 1)}">Следующая</a></li>')
    return (f'<div class="page-navigation"><p>Страница {page} из {last}.</p>'
            f'<ul class="f3-widget-paginator">{"".join(cells)}</ul></div>')


def listing(page: int, base: str) -> Response:
    items = page_items(page)
    inner = "".join(_item(a) for a in items) or "<p>Новостей не найдено.</p>"
    markup = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новости: Центр '
        'информации</title><meta name="generator" content="TYPO3 CMS"></head><body>'
        f'<div class="page"><header>{parts.COUNTER}</header><main><div id="c110" class="frame '
        'frame-default frame-type-list"><div class="news"><div class="news-list-view" '
        f'id="news-container-110">{inner}</div>{_paginator(page)}</div></div></main></div>'
        "</body></html>")
    return 200, {"Content-Type": "text/html; charset=utf-8"}, markup.encode("utf-8")


def not_found() -> bytes:
    return (b'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Page Not Found'
            b'</title></head><body><h1>Page Not Found</h1><p>Reason: The requested page does not '
            b'exist</p></body></html>')
