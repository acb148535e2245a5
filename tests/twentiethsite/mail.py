"""The e-mail newsletter archive: each story as the web copy of the letter it was sent in.

Nested ``<table>``s with inline styles and ``<font>`` tags, unquoted attributes; the date (with
weekday, a time on some) in the letter's header row, "Рубрика: X" above the headline, one
``<td>`` per paragraph or (``hazard``) one uppercase ``<TD>`` with ``<BR><BR>`` between the
paragraphs, "Фото:X" without a space, the furniture of a letter ("Если письмо отображается
некорректно…", "Отписаться") and a tracking pixel.
"""

from __future__ import annotations

from tests.copykit.catalogue import Response
from tests.twentiethsite.site import Article
from tests.twentiethsite.templates import (
    LABELS,
    encoded,
    esc,
    long_date,
    others,
    texts,
    thousands,
)

_FURNITURE = {
    "ru": ("Если письмо отображается некорректно, {link}откройте его в браузере</a>",
           "Вы получили это письмо, потому что подписаны на рассылку «Центр информации».",
           "Отписаться", "Другие новости выпуска"),
    "en": ("If this e-mail does not display correctly, {link}view it in your browser</a>",
           "You received this e-mail because you subscribed to the Information Center digest.",
           "Unsubscribe", "Also in this issue"),
    "kk": ("Хат дұрыс көрсетілмесе, {link}браузерде ашыңыз</a>",
           "Сіз «Ақпарат орталығы» таратылымына жазылғансыз.",
           "Жазылымнан бас тарту", "Шығарылымның басқа жаңалықтары"),
}
_FONT = "<font face=Arial size=2 color=#333333>"


def _row(content: str, style: str = "padding:4px 20px") -> str:
    return f'<tr><td style="{style}">{content}</td></tr>\n'


def _header(art: Article, base: str) -> str:
    stamp = long_date(art, weekday=True) + (f", {art.clock:%H:%M}" if art.clock else "")
    web = f'<a href={base}/mail/web/{art.id} style="color:#999999">'
    top = _FURNITURE[art.lang][0].format(link=web)
    return (_row(f"<font face=Arial size=1 color=#999999>{top}</font>",
                 "padding:6px;text-align:center")
            + '<tr><td bgcolor=#003366 style="padding:10px">'
            "<table width=100% cellpadding=0 cellspacing=0 border=0><tr>"
            f'<td><img src={base}/mail/logo.png width=180 height=40 alt="Центр информации"></td>'
            f"<td align=right><font face=Arial size=2 color=#ffffff>{stamp}</font></td>"
            "</tr></table></td></tr>\n")


def _lead(art: Article, base: str) -> str:
    words, out = LABELS[art.lang], ""
    if art.category:
        out += _row(f"<font face=Arial size=1 color=#cc0000>{words['rubric']}: "
                    f"{esc(art.category)}</font>", "padding:12px 20px 0")
    out += _row(f"<font face=Georgia size=5 color=#003366><b>{esc(art.title)}</b></font>",
                "padding:6px 20px 10px")
    if art.images:
        credit = (f"<br><font face=Arial size=1 color=#999999>{words['photo']}:"
                  f"{esc(art.photo_credit)}</font>" if art.photo_credit else "")
        out += _row(f'<img src={base}{art.image_paths()[0]} width=560 style="display:block" '
                    f"alt=''>{credit}", "padding:0 20px 8px")
    return out


def _text(art: Article, base: str) -> str:
    paras = [esc(p) for p in texts(art)]
    photo2 = (f'<img src={base}{art.image_paths()[1]} width=560 style="display:block">'
              if art.images > 1 else "")
    if art.hazard:
        joined = "<BR><BR>\n".join(paras[:1] + ([photo2] if photo2 else []) + paras[1:])
        return (f'<TR><TD STYLE="padding:4px 20px"><FONT FACE=Arial SIZE=2>{joined}'
                "</FONT></TD></TR>\n")
    rows = [_row(f"{_FONT}{p}</font>") + "<!-- p -->\n" for p in paras]
    if photo2:
        rows.insert(1, _row(photo2))
    return "".join(rows)


def _after(art: Article) -> str:
    words, out = LABELS[art.lang], ""
    if art.source_line:
        out += _row(f"{_FONT}<i>{words['source']}: {esc(art.source or '')}</i></font>")
    if art.tags:
        out += _row(f"<font face=Arial size=1 color=#666666>{words['tags']}: "
                    f"{esc(', '.join(art.tags))}</font>")
    if art.views is not None:
        out += _row(f"<font face=Arial size=1 color=#666666>{words['views']}: "
                    f"{thousands(art.views)}</font>")
    return out


def _footer(art: Article, base: str) -> str:
    _, why, unsubscribe, also = _FURNITURE[art.lang]
    links = "<br>".join(f"&#9642; <a href={base}{a.path}>{esc(a.title)}</a>" for a in others(art))
    return (_row(f"<table width=100% cellpadding=8 bgcolor=#f0f4f8><tr><td><font face=Arial "
                 f"size=2><b>{also}:</b><br>{links}</font></td></tr></table>", "padding:12px 20px")
            + _row(f"<font face=Arial size=1 color=#999999>{esc(why)}<br>"
                   f"<a href={base}/mail/unsubscribe?u={art.num}>{unsubscribe}</a> | "
                   f"<a href={base}/mail/settings>Настройки</a></font>",
                   "padding:10px;background:#f4f4f4;text-align:center"))


def page(art: Article, base: str) -> Response:
    markup = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
              "<meta http-equiv=Content-Type content='text/html; charset=%CHARSET%'>"
              f"<title>Рассылка «Центр информации»: {esc(art.title)}</title></head>\n"
              '<body bgcolor=#eeeeee style="margin:0;padding:0">\n'
              "<table width=100% cellpadding=0 cellspacing=0 border=0 bgcolor=#eeeeee>"
              "<tr><td align=center>\n<table width=600 cellpadding=0 cellspacing=0 border=0 "
              'bgcolor=#ffffff style="border:1px solid #dddddd">\n'
              + _header(art, base) + _lead(art, base) + _text(art, base) + _after(art)
              + _footer(art, base) + "</table>\n"
              f"<img src={base}/mail/open.gif?n={art.num} width=1 height=1 alt=''>\n"
              "</td></tr></table>\n</body></html>")
    return encoded(markup, art.cp1251)
