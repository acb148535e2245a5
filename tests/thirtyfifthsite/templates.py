"""The thirty-fifth copy's article templates: five ways of writing the same blocks that HTML
parsers disagree on (see ``site.py``), and the dispatch by ``Article.cms``.

What a browser shows is the truth: comments, a plain ``<template>``, script strings and an
``<iframe srcdoc>`` are not text of the page; declarative shadow DOM is; a ``<noscript>`` copy
of the text repeats it, the ``<noscript>`` of a lazy image is the image.
"""

from __future__ import annotations

import json

from tests.thirtyfifthsite import blocks as b
from tests.thirtyfifthsite.site import Article

Answer = tuple[int, dict[str, str], bytes]


def _figure(art: Article, k: int, img: str, caption: str) -> str:
    """Image ``k`` (from 1) in ``img`` format, the credit under the first one."""
    path = art.image_paths()[k - 1]
    credit = caption.format(art.photo_credit) if k == 1 and art.photo_credit else ""
    return img.format(path=path, rel=path.lstrip("/")) + credit


def mini(art: Article, base: str) -> str:
    """One minified line: upper-case tags, unquoted attributes, omitted ``</p>``/``</li>``/
    ``</td>``, named entities, a ticker holding another story under the same id, two stray
    ``</DIV>`` after the second paragraph, a ``<noscript>`` copy of the text."""
    html5 = art.num % 2 == 0
    paras = [f"<P>{b.named(p, html5)}" for p in b.paragraphs(art)]
    if art.images > 1:
        paras.insert(2, f"<IMG SRC={art.image_paths()[1]} ALT=''>")
    src = b.source_line(art)
    tail = [*paras[2:], *([f"<P CLASS=source>{b.esc(src)}<BR/>"] if src else [])]
    meta = [f"<TD CLASS=date>{b.date_text(art)}"]
    if art.views is not None:
        meta.append(f"<TD CLASS=views>{b.VIEWS[art.lang]}: {art.views}")
    if art.category:
        meta.append(f"<TD CLASS=cat><A HREF={b.category_href(art)}>{b.esc(art.category)}</A>")
    tags = "".join(f"<LI><A HREF={b.tag_href(t)}>{b.esc(t)}</A>" for t in art.tags)
    fig = (f"<FIGURE><IMG SRC={art.image_paths()[0]} ALT=''>" + (
        f"<FIGCAPTION>Фото:&nbsp;{b.esc(art.photo_credit)}</FIGCAPTION>"
        if art.photo_credit else "") + "</FIGURE>") if art.images else ""
    ticker = b.other(art)
    return (f"<!DOCTYPE html><HTML LANG={art.lang}><HEAD><META CHARSET=utf-8><TITLE>"
            f"{b.esc(art.title)} &mdash; Центр информации</TITLE><STYLE>.sprite{{background:url("
            f"data:image/png;base64,{b.blob()})}}</STYLE></HEAD><BODY><DIV CLASS=rates>{b.RATES}"
            f"</DIV><DIV ID=content CLASS=ticker><B>Срочно</B> <A HREF={ticker.path}>"
            f"{b.esc(ticker.title)}</A><P>{b.esc(ticker.paragraphs[0])}</DIV>"
            f"<!-- {b.draft(art)} --><DIV CLASS=page><DIV ID=content CLASS=article>"
            f"<H1 CLASS=title>{b.esc(art.title)}</H1><TABLE CLASS=meta><TR>{''.join(meta)}"
            f"</TABLE>{f'<UL CLASS=tags>{tags}</UL>' if tags else ''}{fig}"
            f"<DIV CLASS=article-text>{''.join(paras[:2])}</DIV></DIV>{''.join(tail)}</DIV>"
            f"<NOSCRIPT><DIV CLASS=article-text>{''.join(paras)}</DIV></NOSCRIPT>"
            f"<DIV CLASS=latest><H3>{b.LATEST[art.lang]}</H3><UL>{b.latest(art)}</UL></DIV>"
            "<FOOTER>&copy; Центр информации</FOOTER></BODY></HTML>")


def _jsonld(art: Article) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "datePublished": art.local.isoformat() if art.clock else art.day.isoformat(),
            "articleSection": art.category, "keywords": ", ".join(art.tags),
            "inLanguage": art.lang}
    return json.dumps(data, ensure_ascii=False)


def xhtml(art: Article, base: str) -> str:
    """XHTML 1.0 served as XML: prolog, ``xmlns``, every letter a numeric reference, a
    ``<base href>`` at the site root (the images and links are relative to it), JSON-LD and a
    script holding a draft inside CDATA, a meta table without ``<tbody>``."""
    n = b.numeric
    labels = {"ru": ("Дата", "Рубрика"), "en": ("Date", "Section"), "kk": ("Күні", "Айдар")}
    date_label, cat_label = labels[art.lang]
    rows = [f"<tr><th>{n(date_label)}</th><td>{n(b.date_text(art))}</td></tr>"]
    if art.views is not None:
        rows.append(f"<tr><th>{n(b.VIEWS[art.lang])}</th><td>{art.views}</td></tr>")
    if art.category:
        rows.append(f'<tr><th>{n(cat_label)}</th><td><a href="{b.category_href(art)[1:]}">'
                    f"{n(art.category)}</a></td></tr>")
    if art.tags:
        tags = ", ".join(f'<a href="{b.tag_href(t)[1:]}">{n(t)}</a>' for t in art.tags)
        rows.append(f"<tr><th>{n(b.TAGS[art.lang])}</th><td>{tags}</td></tr>")
    img = '<div class="figure"><img src="{rel}" alt="" />'
    fig = _figure(art, 1, img, '<p class="caption">' + n("Фото: ") + "{}</p>") + "</div>" \
        if art.images else ""
    body = [f"<p>{n(p)}</p>" for p in b.paragraphs(art)]
    if art.images > 1:
        body.insert(2, f'<div class="figure"><img src="{art.image_paths()[1][1:]}" alt="" /></div>')
    src = b.source_line(art)
    if src:
        body.append(f"<p>{n(src)}</p>")
    side = "".join(f'<li><span>{a.lang}</span> <a href="{a.path[1:]}">{n(a.title)}</a></li>'
                   for a in [x for x in b.build() if x is not art][:6])
    draft = b.esc(b.DRAFT[art.lang]).replace("'", "\\'")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML '
            '1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns='
            f'"http://www.w3.org/1999/xhtml" xml:lang="{art.lang}">\n<head>\n<meta http-equiv='
            '"Content-Type" content="application/xhtml+xml; charset=UTF-8" />\n'
            f'<base href="{base}/" />\n<title>{n(art.title)}</title>\n'
            f'<script type="application/ld+json"><![CDATA[{_jsonld(art)}]]></script>\n'
            '<script type="text/javascript">//<![CDATA[\nvar draft = \'<div class="article-body">'
            f"<p>{draft}</p></div>';\nif (window.a < 1 && draft) {{ console.log(draft); }}\n//]]>"
            "</script>\n</head>\n<body>\n"
            f'<div class="rates">{b.RATES.replace("B>", "b>")}</div>\n<div class="article">\n'
            f'<h1>{n(art.title)}</h1>\n<table class="meta">{"".join(rows)}</table>\n{fig}\n'
            f'<div class="article-body">\n{chr(10).join(body)}\n</div>\n<ul class="latest">'
            f"{side}</ul>\n</div>\n</body>\n</html>\n")


def article(art: Article, base: str) -> Answer:
    from tests.thirtyfifthsite import pages

    if art.cms == "mini":
        return 200, {"Content-Type": "text/html; charset=utf-8"}, mini(art, base).encode()
    if art.cms == "xhtml":
        return 200, {"Content-Type": "application/xhtml+xml"}, xhtml(art, base).encode()
    return pages.render(art, base)


listing, not_found = b.listing, b.not_found
