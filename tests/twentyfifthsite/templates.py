"""The twenty-fifth copy's three hostile skins, its listing and its 404 page.

``legacy``: no doctype (quirks mode), upper-case tags, a layout table with unclosed cells,
``<font>``/``<center>``, unquoted attributes, the dateline bold over a mis-nested
``<b><p>…</b></p>``, unclosed ``<P>`` and ``<BR><BR>`` paragraphs. ``soup``: a stray ``</div>``
that closes the text container after the lead, an advert table inside a paragraph, unclosed
``<div>``/``<p>``/``<li>``/``<h1>``. ``modern``: HTML5 with a ``<br>`` in the headline, a drop
cap, ``<template>``/``<noscript>`` copies and a ``<br><br>`` pair inside the last paragraph.
"""

from __future__ import annotations

from tests.twentyfifthsite import blocks as b
from tests.twentyfifthsite.hazards import dress, esc
from tests.twentyfifthsite.site import Article, Response, page_count, page_items

HTML = {"Content-Type": "text/html; charset=utf-8"}
LOGO = ('<h1 class="logo"><a href="/"><img src="/i/logo.svg" alt=""><span class="sr-only">'
        'Центр информации — новости Казахстана</span></a></h1>')


def _paras(art: Article) -> list[str]:
    """Each paragraph escaped and dressed in one hazard (seeds keep their own raw text)."""
    raw = art.raw_paragraphs or art.paragraphs
    return [dress(p, art.variant + k) for k, p in enumerate(raw)]


def _photo(art: Article, k: int, legacy: bool = False) -> str:
    paths = art.image_paths()
    if k >= len(paths):
        return ""
    credit = f"Фото:{esc(art.photo_credit)}" if art.photo_credit and k == 0 else ""
    if legacy:
        return (f"<CENTER><IMG SRC={paths[k]} WIDTH=520 BORDER=0 ALT=фото><BR>"
                f"<FONT size=1 color=#999999>{credit}</FONT></CENTER>")
    caption = credit.replace(":", ":<wbr>") if art.variant % 2 else credit
    return (f"<figure class=photo><img src='{paths[k]}' alt='' loading=lazy>"
            f"<figcaption>{caption}</figcaption></figure>")


def _with_decoys(paras: list[str], art: Article) -> list[str]:
    """The decoys after the second paragraph (or the first, on short texts)."""
    at = min(2, len(paras) - 1)
    return paras[:at] + b.decoys(art) + paras[at:]


def _headline(art: Article) -> str:
    return LOGO if art.logo_h1 else ""


def _legacy(art: Article, base: str) -> str:
    paras = _paras(art)
    paras[0] = b.first_letter(art, paras[0]) if not art.place else paras[0]
    line = b.first_letter(art, b.dateline(art))
    first = f"<b><p>{line}</b>{paras[0]}</p>" if art.place else f"<P>{paras[0]}"
    rest = [f"<P>{paras[1]}"] if len(paras) > 1 else []
    if len(paras) > 2:
        rest.append("<P>" + "<BR><BR>\n".join(paras[2:]))
    body = _with_decoys([first, *rest], art)
    views = f"<IMG src=/i/eye.gif width=12 alt=\"\"> {b.views_text(art)}" if art.views else ""
    if art.hidden_views:
        views = '<span class=views style="display:none">0</span>' + views
    return f"""<HTML LANG=ru><HEAD><META http-equiv=Content-Type content="text/html; charset=utf-8">
<TITLE>{esc(art.title)} :: Центр информации</TITLE>
{b.head_meta(art, base)}</HEAD>
<BODY bgcolor=#FFFFFF><CENTER><FONT size=1>{b.RATES}</FONT></CENTER>
{_headline(art)}{b.blob(art.blob) if art.blob else ""}
<TABLE width=100% border=0 cellpadding=4><TR><TD width=70% valign=top class=news>
<H1 class=title><FONT face=Arial color=#003366>{dress(art.title, art.variant + 5)}</FONT></H1>
{_photo(art, 0, legacy=True)}
<TABLE class=info><TR><TD class=date><FONT size=1 color=#777777>{b.date_text(art)}</FONT>
<TD class=views>{views}<TD class=rubric>{_category(art)}
<TD class=tags>{", ".join(b.tag_links(art))}</TABLE>
<FONT face=Arial size=2>
{chr(10).join(body)}
</FONT>
{_photo(art, 1, legacy=True)}
<P>{b.source_line(art)}
<TD width=30% valign=top>{b.related(art)}
</TABLE>
{b.seo_block()}
</BODY></HTML>"""


def _category(art: Article) -> str:
    return f'<a href="{b.rubric_href(art)}">{esc(art.category)}</a>' if art.category else ""


def _views(art: Article) -> str:
    decoy = '<span class=views style="display:none">0</span>' if art.hidden_views else ""
    if not art.views:
        return decoy
    return (f'{decoy}<span class=views><svg aria-hidden="true" width=14><title>Просмотры</title>'
            f'<use href="#eye"/></svg>{b.views_text(art)}</span>')


def _soup(art: Article, base: str) -> str:
    paras = _paras(art)
    lead = b.first_letter(art, b.dateline(art) + paras[0])
    lead = f'<div class="lead"><p>{lead}</p></div></div>'  # the stray </div>
    rest = []
    for k, p in enumerate(paras[1:]):
        if k == 0:
            rest.append(f'<p>{p} <table class="inline-ad"><tr><td>Реклама<td><a href='
                        f'"/promo/credit">Кредит онлайн за 5 минут</a></table></p>')
        else:
            rest.append(f"<div>{p}" if k == 1 else f"<p>{p}")
    tags = "".join(f"<li>{t}" for t in b.tag_links(art))
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{esc(art.title)} | Центр информации</title>
{b.head_meta(art, base)}</head>
<body><div class="rates">{b.RATES}</div>{_headline(art)}
<div class="container"><div class="news-detail">
<div class="news-title"><h1>{dress(art.title, art.variant + 5)}</div>
<div class=news-info><span class=date>{b.date_text(art).replace(" ", "&nbsp;")}</span>
{_views(art)} {_category(art)}<ul class=tags>{tags}</ul></div>
{_photo(art, 0)}{b.blob(art.blob) if art.blob else ""}
<div class="detail-text" itemprop="articleBody">{b.STYLE}
{lead}
{chr(10).join(_with_decoys(rest, art) if rest else b.decoys(art))}
{_photo(art, 1)}
<p>&nbsp;</p>
<p class=source>{b.source_line(art)}</p>
</div>
{b.related(art)}
</div></div>
{b.seo_block()}
</body></html>"""


def _modern(art: Article, base: str) -> str:
    paras = _paras(art)
    paras[0] = b.first_letter(art, (b.dateline(art) if art.place else "") + paras[0])
    blocks = [f"<p>{p}</p>" for p in paras]
    if len(paras) > 3:  # the last two paragraphs as one <p> split by <br><br>
        blocks[-2:] = [f"<p>{paras[-2]}<br>\n<br>{paras[-1]}</p>"]
    title = dress(art.title, art.variant + 5).replace(" ", "<br>", 1) if art.variant % 2 \
        else dress(art.title, art.variant + 5)
    words = ", ".join(b.tag_links(art))
    return f"""<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>{esc(art.title)} — Центр информации</title>
{b.head_meta(art, base)}</head>
<body><div class="rates">{b.RATES}</div>{_headline(art)}{b.blob(art.blob) if art.blob else ""}
<main><article class="post">
<header class="post__header"><h1 class="post__title">{title}</h1>
<div class="post__meta"><time class="post__date">{b.date_text(art)}</time> {_views(art)}
{_category(art)} <span class="post__tags">{words}</span></div></header>
{_photo(art, 0)}
<div class="post__body">{b.STYLE}
{chr(10).join(_with_decoys(blocks, art))}
{_photo(art, 1)}
<p class="post__source">{b.source_line(art)}</p>
</div></article>
<aside>{b.related(art)}</aside></main>
<footer>{b.seo_block()}</footer>
</body></html>"""


SKINS = {"legacy": _legacy, "soup": _soup, "modern": _modern}


def article(art: Article, base: str) -> Response:
    return 200, HTML, SKINS[art.cms](art, base).encode("utf-8")


def listing(page: int, base: str) -> Response:
    """``/novosti`` and ``/novosti?page=N``: ``.news_text`` items, numbered pages, rel=next."""
    items = "\n".join(
        f'<DIV class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
        f"<p>{b.date_text(a).split(',')[0].replace(' ', '&nbsp;')}</DIV>"
        for a in page_items(page))
    links = " ".join(f"<b>{n}</b>" if n == page else
                     f'<a href="/novosti{"" if n == 1 else f"?page={n}"}">{n}</a>'
                     for n in range(1, page_count() + 1))
    if page < page_count():
        links += f' <a href="/novosti?page={page + 1}" rel=next>Следующая &rarr;</a>'
    body = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Новости — Центр информации</title></head>
<body><div class="rates">{b.RATES}</div><h1>Новости</h1>
<div class="news-list">
{items}
</div>
<div class="pagination">{links}</div>
</body></html>"""
    return 200, HTML, body.encode("utf-8")


def not_found() -> bytes:
    return ("<!DOCTYPE html><html lang=ru><head><meta charset=utf-8><title>404</title></head>"
            "<body><h1>Страница не найдена</h1><p>Запрошенная страница не существует.</p>"
            "</body></html>").encode()
