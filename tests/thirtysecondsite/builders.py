"""Website-builder templates of the thirty-second copy: Tilda and Wix.

Tilda: ``t-rec`` blocks, the headline a styled ``div``, the text one ``t-text`` /
``t-redactor__text`` cut into many inline ``<span style>`` pieces with ``<br><br>`` between
paragraphs and no-break spaces after short words, lazy images in ``data-original``. Wix: hashed
classes and ``data-hook``s, ``<html lang="ru">`` on every page, each paragraph a
``<p class="font_8">`` with nested spans, ``wixGuard`` spacer paragraphs, "Фото:" and the
credit in two spans.
"""

from __future__ import annotations

from tests.copykit.text import ru_slug
from tests.thirtysecondsite.site import Article, build
from tests.thirtysecondsite.templates import (
    dateline_parts,
    en_short,
    esc,
    numeric,
    raw,
    ru_abbr,
    ru_views,
    typograph,
)


def older(art: Article, step: int) -> Article:
    arts = build()
    return arts[(arts.index(art) + step) % len(arts)]


def head(art: Article, title: str, lang: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
            f'</title><meta property="og:title" content="{esc(art.title)}"><meta name="'
            f'description" content="{esc(art.paragraphs[0][:150])}">{extra}</head>')


def _spans(text: str, style: str) -> str:
    """Tilda's editor output: the text cut every few words into styled spans."""
    words = text.split(" ")
    pieces = [" ".join(words[k:k + 4]) for k in range(0, len(words), 4)]
    return " ".join(f'<span style="{style}">{typograph(p)}</span>' for p in pieces)


def _tilda_text(art: Article) -> str:
    paras = raw(art)
    head, agency = dateline_parts(art)
    first = _spans(paras[0], "font-weight: 400;")
    if head:
        first = f'<strong>{esc(head)}</strong> {esc(agency)}{first}'
    blocks = [first, *(_spans(p, "font-weight: 400;") for p in paras[1:])]
    if art.source and art.source_line:
        blocks.append(f'<span style="color: rgb(140, 140, 140);">Источник: <span style="font-'
                      f'weight: 600;">{esc(art.source)}</span></span>')
    if art.tags:
        blocks.append('<span style="color: rgb(30, 136, 229);">'
                      + " ".join(f"#{esc(t)}" for t in art.tags) + "</span>")
    return "<br /><br />".join(blocks)


def _tilda_image(art: Article, path: str, caption: bool) -> str:
    credit = ""
    if caption and art.photo_credit:
        credit = ('<div class="t-text t-text_xs" field="imgtext"><span style="font-size: 12px; '
                  'color: rgb(140, 140, 140);">Фото: </span><span style="font-size: 12px; '
                  f'color: rgb(140, 140, 140);">{esc(art.photo_credit)}</span></div>')
    return (f'<div class="t-rec t-rec_pt_15" data-record-type="3"><div class="t107"><img '
            f'class="t-img t-width t107__widthauto" src="/tilda/thumb/-/resize/20x/ic{art.num}'
            f'.jpg" data-original="{path}" imgfield="img" alt="">{credit}</div></div>')


def tilda(art: Article, base: str) -> str:
    feed = art.num % 2 == 1
    cat = (f'<div class="t-uptitle t-uptitle_sm" field="subtitle">{esc(art.category)}</div>'
           if art.category else "")
    title = (f'<div class="t-title t-title_md" field="title" style="font-size: 38px;">'
             f'<span style="font-weight: 700;">{esc(art.title)}</span></div>')
    when = f'<div class="t-descr t-descr_xs" field="descr">{numeric(art)}</div>'
    images = [_tilda_image(art, p, k == 0) for k, p in enumerate(art.image_paths())]
    text_class = "t-redactor__text" if feed else "t-text t-text_md"
    text = (f'<div class="t-rec t-rec_pt_30" data-record-type="106"><div class="t004"><div '
            f'class="t-container"><div class="{text_class}" field="text">{_tilda_text(art)}'
            "</div></div></div></div>")
    header = (f'<div class="t-rec t-rec_pt_60" data-record-type="60"><div class="t-container'
              f' t-align_left">{cat}{title}{when}</div></div>')
    menu = ('<div class="t-rec" data-record-type="257"><div class="t228__list"><a class="t-menu'
            '__link-item" href="/novosti">Новости</a> <a class="t-menu__link-item" href="/about">'
            "О нас</a></div></div>")
    return (head(art, f"{esc(art.title)}", art.lang, '<meta name="generator" content="Tilda">')
            + f'<body class="t-body"><div id="allrecords" class="t-records" data-tilda-page-id='
            f'"{art.num}">{menu}{header}{"".join(images[:1])}{text}{"".join(images[1:])}'
            '<div class="t-rec" data-record-type="131"><div class="t-text">© Центр информации'
            "</div></div></div></body></html>")


def _wix_p(inner: str) -> str:
    return (f'<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class='
            f'"wixui-rich-text__text"><span style="letter-spacing:normal;">{inner}</span></span>'
            "</p>")


def _wix_figure(art: Article, path: str, credit: bool) -> str:
    cap = (f'<figcaption data-hook="imageViewerCaption" class="_3ZbDq"><span class="_1L7hL">'
           f'Фото:</span><span class="_2PHJq">{esc(art.photo_credit)}</span></figcaption>'
           if credit and art.photo_credit else "")
    return (f'<figure data-hook="figure-IMAGE" class="_3Hn1k"><div data-hook="imageViewer" '
            f'class="_1TfBc"><wow-image><img src="{path}" alt="" style="width:740px;"></wow-'
            f"image></div>{cap}</figure>")


def _wix_body(art: Article) -> str:
    paras = raw(art)
    head, agency = dateline_parts(art)
    lead = esc(paras[0])
    if head:
        lead = f'<span style="font-weight:bold;">{esc(head)}</span> {esc(agency)}{lead}'
    out = [_wix_p(lead)]
    guard = _wix_p('<span class="wixGuard wixui-rich-text__text">\u200b</span>')
    for i, para in enumerate(paras[1:], start=1):
        out.append(guard if i % 2 else "")
        out.append(_wix_p(esc(para)))
        if i == 1 and art.images > 1:
            out.append(_wix_figure(art, art.image_paths()[1], False))
    if art.source and art.source_line:
        out.append(_wix_p('<span style="font-style:italic;"><span>Источник:&nbsp;</span></span>'
                          f'<span><a href="https://{ru_slug(art.source)}.kz" target="_blank">'
                          f"{esc(art.source)}</a></span>"))
    return "".join(out)


def wix(art: Article, base: str) -> str:
    stamp = {"ru": ru_abbr(art), "en": en_short(art), "kk": numeric(art)}[art.lang]
    views = ""
    if art.views is not None:
        shown = {"ru": ru_views(art.views), "en": f"{art.views:,} views",
                 "kk": ru_views(art.views).split(" ")[0] + " қаралым"}[art.lang]
        views = f'<span data-hook="views-counter" class="_1d8Ev"><span>{shown}</span></span>'
    cat = (f'<div data-hook="post-categories-list"><a data-hook="category-label-list__item" '
           f'href="/novosti/categories/{ru_slug(art.category)}">{esc(art.category)}</a></div>'
           if art.category else "")
    tags = "".join(f'<li><a data-hook="tag" class="_2Xx7c" href="/novosti/tags/{ru_slug(t)}">'
                   f"{esc(t)}</a></li>" for t in art.tags)
    figure = _wix_figure(art, art.image_paths()[0], True) if art.images else ""
    recent = "".join(f'<div data-hook="post-list-item"><a href="{o.path}"><h2 data-hook="post-'
                     f'title" class="_1j-51">{esc(o.title)}</h2></a><span data-hook="time-ago">'
                     f"{numeric(o)}</span></div>" for o in (older(art, 1), older(art, 2)))
    return (head(art, f"{esc(art.title)} | Центр информации", "ru",
                  '<meta name="generator" content="Wix.com Website Builder">')
            + '<body><div id="SITE_CONTAINER"><div class="_1o9Sd" data-hook="post-page">'
            '<article data-hook="post" class="_3UmDu blog-post-page-font"><div data-hook="post-'
            'header" class="_2UFoy"><div data-hook="post-metadata" class="_2Ay7h"><span data-'
            f'hook="user-name">Центр информации</span> · <span data-hook="time-ago" class="_3Ng'
            f'rh" title="{stamp}">{stamp}</span> · <span data-hook="time-to-read">1 мин.</span>'
            '</div><h1 class="_1j-51 blog-post-title-font" data-hook="post-title"><span class='
            f'"blog-post-title-color">{esc(art.title)}</span></h1></div>{figure}<div data-hook='
            '"post-description" class="_2Gzn9"><div data-id="content-viewer" data-testid="rich'
            f'TextElement" class="_1Hxbl">{_wix_body(art)}</div></div><div data-hook="post-'
            f'footer" class="_3BNn2">{cat}<nav data-hook="post-tags"><ul>{tags}</ul></nav>'
            f'<div class="_2Xn1p">{views} <span data-hook="comment-count">0</span></div></div>'
            f'</article><section data-hook="recent-posts"><h3>Последние посты</h3>{recent}'
            "</section></div></div></body></html>")
