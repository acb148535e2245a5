"""The old static-HTML archive: ``/news/2021/04/16/u45694.html``, hand-made in an editor.

No ``<h1>``: the headline in ``<center><font size=4><b>``; a breadcrumb whose last step is the
rubric; ``<p align=justify>`` never closed (uppercase on ``hazard`` pages), comments between
paragraphs, the date in bold as the first line of the text ("16 апреля 2021 г."), photos with
relative ``src`` (``img/u45694_1.jpg``), the source in brackets after the last paragraph
("(КазТАГ)"), "Ключевые слова" links split by "|", a "[Прочитано: 345]" counter on some, and a
"Назад | Наверх | На главную" line.
"""

from __future__ import annotations

from tests.copykit.catalogue import Response
from tests.twentiethsite.site import Article
from tests.twentiethsite.templates import LABELS, counter, encoded, esc, long_date, texts, ticker


def _img(art: Article, k: int, caption: str = "") -> str:
    name = art.image_paths()[k - 1].rsplit("/", 1)[1]
    return f"<center><img src=img/{name} width=400 border=0 alt=''>{caption}</center>\n"


def _crumbs(art: Article) -> str:
    words = LABELS[art.lang]
    last = f" &gt; {esc(art.category)}" if art.category else ""
    return (f"<font size=2 face=Verdana><a href=/>{words['home']}</a> &gt; "
            f"<a href=/novosti/>{words['news']}</a>{last}</font>\n")


def _text(art: Article) -> str:
    p, br, b = ("<P ALIGN=JUSTIFY>", "<BR>", "B") if art.hazard else ("<p align=justify>",
                                                                      "<br>", "b")
    paras = [esc(t) for t in texts(art)]
    if art.source_line:
        paras[-1] += f" ({esc(art.source or '')})"
    out = f"{p}<{b}>{long_date(art)}</{b}>{br}\n{paras[0]}\n<!-- /p -->\n"
    if art.images > 1:
        out += _img(art, 2)
    for para in paras[1:]:
        out += f"{p}{para}\n"
        if art.hazard:
            out += "<!-- /p -->\n"
    return out + "<!-- /text -->\n"


def _tail(art: Article) -> str:
    words, out = LABELS[art.lang], ""
    if art.tags:
        links = " | ".join(f"<a href=/tags/{t}.html>{esc(t)}</a>" for t in art.tags)
        out += f"<p><font size=1>{words['keywords']}: {links}</font>\n"
    if art.views is not None:
        out += f"<p><font size=1>[{words['read']}: {art.views}]</font>\n"
    return (out + "<hr size=1 noshade>\n<center><font size=2>"
            f"<a href='javascript:history.back()'>{words['back']}</a> | "
            f"<a href=#top>{words['up']}</a> | <a href=/>{words['main']}</a></font></center>\n"
            f"{counter(art)}\n<center><font size=1>&copy; 1999-{art.day.year} "
            "Центр информации</font></center>\n</BODY>\n</HTML>")


def page(art: Article, base: str) -> Response:
    words = LABELS[art.lang]
    head = ("<HTML>\n<HEAD>\n<META HTTP-EQUIV=Content-Type CONTENT='text/html; "
            f"charset=%CHARSET%'>\n<TITLE>Центр информации :: {esc(art.title)}</TITLE>\n"
            "</HEAD>\n<BODY BGCOLOR=#FFFFFF TEXT=#000000 LINK=#003399 topmargin=0>\n"
            "<a name=top></a><center><img src=/img/shapka.gif width=760 height=90 "
            "alt='Центр информации'></center>\n")
    if art.ticker:
        head += f"<font size=1>{ticker(art)}</font>\n"
    photo = ""
    if art.images:
        credit = f"<br><i>{words['photo']}: {esc(art.photo_credit)}</i>" if art.photo_credit \
            else ""
        photo = _img(art, 1, credit)
    markup = (head + _crumbs(art) + "<hr size=1 noshade>\n"
              f"<center><font size=4 face=Verdana><b>{esc(art.title)}</b></font></center>\n"
              + photo + _text(art) + _tail(art))
    return encoded(markup, art.cp1251)
