"""The mobile (WAP-era) template: XHTML-MP, no tables, ``<div>`` + ``<br/>`` paragraphs.

The rubric in ``<b>`` before the headline, the date as "16.04.21 15:40" with the views in
brackets "(345)", photos as 80x60 thumbnails linking to the full photo (the article's image),
the ``Источник:`` line before the ``<!-- /text -->`` comment, "Ещё новости" links, a counter
in ``<noscript>``; half the pages are sent as ``application/vnd.wap.xhtml+xml``.
"""

from __future__ import annotations

from tests.copykit.catalogue import Response
from tests.twentiethsite.site import Article
from tests.twentiethsite.templates import LABELS, counter, encoded, esc, others, texts, ticker

_HEAD = ('<?xml version="1.0" encoding="%CHARSET%"?>\n'
         '<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" '
         '"http://www.wapforum.org/DTD/xhtml-mobile10.dtd">\n'
         '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
         '<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=%CHARSET%"/>'
         '<title>{title} :: ЦИ mobile</title>'
         '<link rel="stylesheet" href="/m/style.css" type="text/css"/></head><body>\n'
         '<div class="top"><a href="/"><img src="/m/logo.gif" alt="Центр информации" '
         'width="88" height="31"/></a></div>\n')


def _thumb(art: Article, k: int) -> str:
    full = art.image_paths()[k - 1]
    small = full.replace("/big/", "/sm/")
    return f'<a href="{full}"><img src="{small}" width="80" height="60" alt=""/></a><br/>'


def _head(art: Article) -> str:
    words = LABELS[art.lang]
    rubric = f"<b>{esc(art.category)}</b><br/>\n" if art.category else ""
    title = (f'<div class="t"><big><b>{esc(art.title)}</b></big></div>' if art.hazard
             else f"<h2>{esc(art.title)}</h2>")
    stamp = f"{art.day:%d.%m.%y}" + (f" {art.clock:%H:%M}" if art.clock else "")
    views = f" ({art.views})" if art.views is not None else ""
    photo = ""
    if art.images:
        credit = (f'<small>{words["photo"]}: {esc(art.photo_credit)}</small><br/>'
                  if art.photo_credit else "")
        photo = f"{_thumb(art, 1)}{credit}\n"
    return f'{rubric}{title}\n<div class="d">{stamp}{views}</div>\n{photo}'


def _text(art: Article) -> str:
    parts = []
    for i, para in enumerate(texts(art)):
        parts.append(f"{esc(para)}<br/><br/>\n")
        if i == 0 and art.images > 1:
            parts.append(_thumb(art, 2) + "\n")
    if art.source_line:
        parts.append(f'{LABELS[art.lang]["source"]}: {esc(art.source or "")}<br/>\n')
    return "".join(parts) + "<!-- /text -->\n"


def _tail(art: Article) -> str:
    words = LABELS[art.lang]
    tags = ", ".join(f'<a href="/tags/{t}">{esc(t)}</a>' for t in art.tags)
    out = f'<div class="tags">{words["tags"]}: {tags}</div>\n' if art.tags else ""
    more = "".join(f'- <a href="{a.path}">{esc(a.title)}</a><br/>' for a in others(art))
    return (f'{out}<div class="more"><b>{words["more"]}:</b><br/>{more}</div>\n'
            f'<div class="bot"><a href="/novosti/">&laquo; {words["back"]}</a> | '
            f'<a href="/">{words["main"]}</a><br/>&#169; {art.day.year} Центр информации<br/>'
            f'<a href="/?full=1">Полная версия</a></div>\n{counter(art)}\n</body></html>')


def page(art: Article, base: str) -> Response:
    top = _HEAD.format(title=esc(art.title))
    if art.ticker:
        top += f'<div class="tk">{ticker(art)}</div>\n'
    top += (f'<div class="nav"><a href="/">{LABELS[art.lang]["home"]}</a> | '
            f'<a href="/novosti/">{LABELS[art.lang]["news"]}</a></div>\n')
    markup = f'{top}<div class="news">\n{_head(art)}{_text(art)}</div>\n{_tail(art)}'
    ctype = "application/vnd.wap.xhtml+xml" if art.hazard else "text/html"
    return encoded(markup, art.cp1251, ctype)
