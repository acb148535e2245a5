"""The thirty-fifth copy's older and odder templates: ``legacy`` (HTML 4 with a BOM, comments,
text straight in ``<body>``), ``shadow`` (declarative shadow DOM) and ``table`` (a layout table).
"""

from __future__ import annotations

from tests.thirtyfifthsite import blocks as b
from tests.thirtyfifthsite.site import Article

Answer = tuple[int, dict[str, str], bytes]
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BOM = b"\xef\xbb\xbf"


def _meta_spans(art: Article) -> str:
    out = [f"<span class=date>{b.date_text(art)}</span>"]
    if art.views is not None:
        out.append(f"<span class=views>{b.VIEWS[art.lang]}: {art.views}</span>")
    if art.category:
        out.append(f'<a class=cat href="{b.category_href(art)}">{b.esc(art.category)}</a>')
    if art.tags:
        out.append(f"<span class=tags>{b.TAGS[art.lang]}: " + ", ".join(
            f'<a href="{b.tag_href(t)}">{b.esc(t)}</a>' for t in art.tags) + "</span>")
    return " ".join(out)


def _legacy_text(art: Article) -> list[str]:
    """The paragraphs split by ``<br><br>``: a NUL byte after the first one's last letter, a form
    feed for a space in the second."""
    paras = [b.esc(p) for p in b.paragraphs(art)]
    paras[0] += "\x00"
    if len(paras) > 1:
        paras[1] = paras[1].replace(" ", "\x0c", 1)
    if art.images > 1:
        paras.insert(2, f'<img class=lazyload src="{GIF}" alt=""><noscript><img src="'
                        f'{art.image_paths()[1]}" alt=""></noscript>')
    src = b.source_line(art)
    return [*paras, *([b.esc(src)] if src else [])]


def legacy(art: Article, base: str) -> Answer:
    """HTML 4 with Windows line ends and a UTF-8 BOM whose header or ``<meta>`` names
    windows-1251; an old draft in a conditional and a plain comment; lazy images whose only
    address is in ``<noscript>``; the text straight in ``<body>`` (even ids) or inside a meta
    ``<div>`` left open (odd ids); NUL and form-feed characters in the text."""
    header_cp = art.num % 2 == 0
    meta_cs = "utf-8" if header_cp else "windows-1251"
    photo = ""
    if art.images:
        photo = (f'<div class=photo><img class=lazyload src="{GIF}" data-sizes=auto alt="">'
                 f'<noscript><img src="{art.image_paths()[0]}" alt=""></noscript>')
        photo += (f"<br>Фото:{b.esc(art.photo_credit)}" if art.photo_credit else "") + "</div>"
    text = "<br><br>\r\n".join(_legacy_text(art))
    open_meta = art.num % 2 == 1
    head = (f'<div class=news-detail>\r\n<h1 Class="Title">{b.esc(art.title)}</h1>\r\n'
            f"<Div Class=Meta>{_meta_spans(art)}\r\n{photo}\r\n")
    head += "" if open_meta else "</div></div>\r\n"  # else the meta div stays open
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n<html><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">\r\n'
            f"<title>{b.esc(art.title)}</title>\r\n<!--[if lt IE 9]><script src=/js/html5shiv.js>"
            "</script><![endif]-->\r\n</head><body bgcolor=#ffffff>\r\n<div id=top><div class="
            f"rates>{b.RATES}</div></div>\r\n<!--[if IE]><div class=news-detail>{b.draft(art)}"
            f"</div><![endif]-->\r\n<!-- старая версия: {b.draft(art)} -->\r\n{head}{text}\r\n"
            f"<div class=latest><b>{b.LATEST[art.lang]}</b><br>\r\n"
            f"{b.latest(art, item='{}<br>')}\r\n<div class=footer>&copy; 2012-2026 Центр "
            "информации\r\n</body></html>\r\n")
    ctype = "text/html; charset=" + ("windows-1251" if header_cp else "utf-8")
    return 200, {"Content-Type": ctype}, BOM + page.encode()


def shadow(art: Article, base: str) -> str:
    """The text in a custom element's declarative shadow root; another story's card in a plain
    ``<template>`` before it; a pull quote repeating the second paragraph in ``<iframe srcdoc>``."""
    card = b.other(art, 2)
    paras = [f"<p>{b.named(p)}</p>" for p in b.paragraphs(art)]
    if art.images > 1:
        paras.insert(2, f'<img src="{art.image_paths()[1]}" alt="">')
    if len(b.paragraphs(art)) > 2:
        quote = b.attr(f"<blockquote><p>{b.esc(art.paragraphs[1])}</p></blockquote>")
        paras.insert(3, f'<iframe class=pullquote srcdoc="{quote}" title=quote></iframe>')
    src = b.source_line(art)
    if src:
        paras.append(f"<p class=source>{b.esc(src)}</p>")
    fig = ""
    if art.images:
        fig = f'<figure><img src="{art.image_paths()[0]}" alt="">' + (
            f"<figcaption>Фото: {b.esc(art.photo_credit)}</figcaption>"
            if art.photo_credit else "") + "</figure>"
    stamp = art.local.isoformat() if art.clock else art.day.isoformat()
    meta = _meta_spans(art).replace("<span class=date>", f'<time datetime="{stamp}">', 1)
    meta = meta.replace("</span>", "</time>", 1)
    return (f"<!doctype html><html lang={art.lang}><head><meta charset=utf-8><title>"
            f"{b.esc(art.title)}</title></head><body><header><div class=rates>{b.RATES}</div>"
            f"</header><!-- {b.draft(art)} --><template id=tpl-card><article class=post>"
            "<h1 class=post__title>"
            f"{b.esc(card.title)}</h1><div class=post__body><p>{b.esc(card.paragraphs[0])}</p>"
            f"<p>Источник: {b.DECOY_SOURCE}</p></div></article></template><main><article "
            f"class=post><h1 class=post__title>{b.esc(art.title)}</h1><div class=post__meta>"
            f"{meta}</div><ic-article-body><template shadowrootmode=open><style>p{{margin:0 0 "
            f"1em}}</style>{fig}{''.join(paras)}<slot></slot></template></ic-article-body>"
            f"</article></main><aside class=latest><h3>{b.LATEST[art.lang]}</h3><ul>"
            f"{b.latest(art)}</ul></aside></body></html>")


def table(art: Article, base: str) -> str:
    """A layout table of the nineties: no ``<tbody>``, no ``</td>``/``</tr>``, upper case, the
    text in one ``<FONT>`` split by ``<BR><BR>`` and ``<br/><br/>``, the id of the text block
    also on a partner teaser before it, a spacer image on one very long line."""
    paras = [b.esc(p) for p in b.paragraphs(art)]
    if art.images > 1:
        paras.insert(2, f"<IMG SRC={art.image_paths()[1]} WIDTH=600>")
    src = b.source_line(art)
    joined = "".join(p + ("<BR><BR>\n" if i % 2 else "<br/><br/>\n")
                     for i, p in enumerate(paras))
    joined += f"<B>{b.esc(src)}</B>" if src else ""
    views = f"<TD><SPAN CLASS=eye>&#128065;</SPAN> {art.views}" if art.views is not None else ""
    cat = f"<TD><A HREF={b.category_href(art)}>{b.esc(art.category)}</A>" if art.category else ""
    tags = (f"<TR><TD COLSPAN=3>{b.TAGS[art.lang]}: " + ", ".join(
        f"<A HREF={b.tag_href(t)}>{b.esc(t)}</A>" for t in art.tags)) if art.tags else ""
    photo = ""
    if art.images:
        photo = f"<IMG SRC={art.image_paths()[0]} WIDTH=600><BR>" + (
            f"<SMALL>Фото:{b.esc(art.photo_credit)}</SMALL><BR>" if art.photo_credit else "")
    partner = b.other(art, 3)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<HTML><HEAD><META '
            'HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8"><TITLE>'
            f"{b.esc(art.title)}</TITLE></HEAD>\n<BODY BGCOLOR=#FFFFFF TOPMARGIN=0>\n<TABLE "
            f"WIDTH=100% BORDER=0>\n<TR><TD COLSPAN=3>{b.RATES}\n<TR><TD WIDTH=180 VALIGN=TOP>"
            f"<DIV ID=text CLASS=partner><B>Партнёры</B><BR>{b.esc(partner.paragraphs[0])}</DIV>"
            f"\n<TD VALIGN=TOP><!--{b.draft(art)}--><H1>{b.esc(art.title)}</H1>\n"
            "<TABLE CLASS=info><TR><TD>"
            f"{b.date_text(art)}{views}{cat}{tags}</TABLE>\n{photo}<IMG SRC=\"data:image/gif;"
            f'base64,{b.blob(60_000)}" WIDTH=1 HEIGHT=1>\n<DIV ID=text><FONT FACE=Arial SIZE=2>'
            f"{joined}</FONT></DIV>\n<TD WIDTH=200 VALIGN=TOP><B>{b.LATEST[art.lang]}</B><BR>"
            f"{b.latest(art, item='{}<BR>')}\n</TABLE>\n</BODY></HTML>\n")


def render(art: Article, base: str) -> Answer:
    if art.cms == "legacy":
        return legacy(art, base)
    page = shadow(art, base) if art.cms == "shadow" else table(art, base)
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()
