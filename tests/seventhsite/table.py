"""A 2000s article page: the whole page is a ``<table>`` grid, no ``<h1>``, no metadata.

The headline is ``<td class="title"><b>``, the date "16.04.2021 15:40" (English "16 Apr 2021")
sits in a cell of its own, paragraphs are ``<p>`` (``variant`` 0) or ``<font>…</font><br><br>``
runs (``variant`` 1) inside one ``<td>``, the photo's caption is a nested table, menus and a
"latest news" column are cells full of links to other articles with their dates, comments are
rows under the text, and the oldest Russian pages are windows-1251 (declared in the HTTP
header, in a ``<meta http-equiv>``, or both).
"""

from __future__ import annotations

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
    lead_images,
    read_also_target,
    share_links,
    short_date,
    term_link,
)


def _para(a: site.Article, text: str) -> str:
    if a.variant:
        return f'<font face="Verdana, Arial" size="2">{text}</font><br><br>'
    return f"<p>{text}</p>"


def _body(a: site.Article, base: str) -> str:
    label, other = LABELS[a.lang], read_also_target(a)
    out = body(a, {
        "p": lambda t: _para(a, e(t)),
        "h": lambda t: f"<h3>{e(t)}</h3>",
        "quote": lambda t: f"<blockquote><i>{e(t)}</i></blockquote>",
        "figure": lambda t: (f'<table align="center" cellpadding="3"><tr><td><img src="{t}" '
                             f'width="400" border="0"></td></tr><tr><td class="caption">'
                             f'<font size="1">{e(caption(a))}</font></td></tr></table>'),
        "read": lambda t: _para(a, f'<b>{label["read"]}</b> <a href="{other.path}">'
                                   f"{e(other.title)}</a>"),
        "share": lambda t: (f'<table class="share"><tr><td><font size="1">{label["share"]}'
                            f'</font></td><td>{share_links(a, base, "</td><td>")}</td></tr>'
                            f"</table>"),
    })
    if a.source_line:
        out.append(_para(a, f"<i>Источник: {e(a.source or '')}</i>"))
    return "\n".join(out)


def _photos(a: site.Article) -> str:
    out = [f'<img src="{p}" width="300" align="left" hspace="5" border="0">'
           for p in lead_images(a)]
    if credit_under_lead(a):
        out.append(f'<br><font size="1" color="#808080">Фото:{e(a.photo_credit or "")}</font>')
    return "".join(out) + ('<br clear="all">' if out else "")


def _info(a: site.Article) -> str:
    label = LABELS[a.lang]
    parts = []
    if a.category:
        parts.append(f"{label['rubric']}: {term_link(a.category)}")
    if a.views is not None:
        parts.append(f"{label['views']}: {a.views:,}".replace(",", "&nbsp;"))
    return " | ".join(parts) or "&nbsp;"


def _latest(a: site.Article) -> str:
    rows = "".join(f'<tr><td><font size="1" color="#999999">{b.day:%d.%m.%Y}</font><br>'
                   f'<a href="{b.path}"><font size="2">{e(b.title)}</font></a></td></tr>'
                   for b in site.build()[:8] if b is not a)
    return (f'<table width="100%" cellspacing="2"><tr><td bgcolor="#003366"><font color="white">'
            f'<b>{LABELS[a.lang]["latest"]}</b></font></td></tr>{rows}</table>')


def _comments(a: site.Article) -> str:
    rows = "".join(f'<tr><td class="comm"><b>Гость</b> ({moment:%d.%m.%Y %H:%M}):<br>'
                   f"{e(text)}</td></tr>"
                   for moment, text in zip(comment_moments(a), comment_texts(a), strict=True))
    if not rows:
        return ""
    return (f'<tr><td><table width="100%" bgcolor="#F0F0F0"><tr><td><b>'
            f'{LABELS[a.lang]["comments"]}:</b></td></tr>{rows}</table></td></tr>')


def _menu(a: site.Article) -> str:
    rubrics = sorted({b.category for b in site.build() if b.category and b.lang == a.lang})
    links = "".join(f"<tr><td>&raquo; {term_link(r)}</td></tr>" for r in rubrics)
    return (f'<table width="100%"><tr><td><a href="/">{LABELS[a.lang]["home"]}</a></td></tr>'
            f'<tr><td><a href="/novosti">{LABELS[a.lang]["news"]}</a></td></tr>{links}</table>')


def _encoded(a: site.Article, page: str) -> Response:
    if a.charset == "utf-8":
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        return 200, {"Content-Type": "text/html; charset=utf-8"}, \
            page.replace("<!--charset-->", meta).encode("utf-8")
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            if a.charset in ("cp1251-meta", "cp1251-both") else "")
    header = "text/html" if a.charset == "cp1251-meta" else "text/html; charset=windows-1251"
    body = page.replace("<!--charset-->", meta).encode("cp1251", errors="xmlcharrefreplace")
    return 200, {"Content-Type": header}, body


def render(a: site.Article, base: str) -> Response:
    tags = (f'<tr><td><font size="1">{LABELS[a.lang]["words"]}: {e(", ".join(a.tags))}'
            f"</font></td></tr>" if a.tags else "")
    page = f"""<html><head><!--charset-->
<title>{site.AGENCY[a.lang]} :: {e(a.title)}</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><a href="/"><img src="/img/logo.gif" width="240" height="60" border="0"></a>
{CURRENCY}</td></tr>
<tr><td width="180" valign="top" class="menu">{_menu(a)}</td>
<td valign="top"><img src="/img/spacer.gif" width="1" height="8"><table width="100%"
 cellpadding="4">
<tr><td class="title"><b>{e(a.title)}</b></td></tr>
<tr><td class="date"><font size="1" color="#666666">{short_date(a)}</font></td></tr>
<tr><td class="info"><font size="1">{_info(a)}</font></td></tr>
<tr><td class="text">{_photos(a)}
{_body(a, base)}</td></tr>
{tags}
{_comments(a)}
</table></td>
<td width="200" valign="top" class="latest">{_latest(a)}</td></tr>
<tr><td colspan="3" align="center"><font size="1">© 2003-2026 {site.AGENCY[a.lang]}</font>
</td></tr></table></body></html>"""
    return _encoded(a, page)
