"""Hosted-platform templates of the thirty-second copy: Webflow and Squarespace.

Webflow: a CMS collection page, ``w-richtext`` body with ``w-richtext-figure`` images, the date
("December 1, 2026") and the time in two fields, optional fields left in the page as
``w-condition-invisible`` / ``w-dyn-bind-empty`` blocks that keep their static label, tags and a
"more news" list as ``w-dyn-item``s (the latter with other articles' dates and rubrics).
Squarespace: ``blog-item-content`` made of ``sqs-block-content`` blocks, the date in a plain
span without ``dt-published``, lazy ``data-src`` images with a ``<noscript>`` copy, a newsletter
block inside the content, category and tag links that robots.txt disallows (``/*?tag=*``).
"""

from __future__ import annotations

from urllib.parse import quote

from tests.copykit.catalogue import MONTHS
from tests.copykit.text import ru_slug
from tests.thirtysecondsite.builders import head, older
from tests.thirtysecondsite.site import Article
from tests.thirtysecondsite.templates import (
    dateline_parts,
    en_long,
    en_short,
    esc,
    numeric,
    raw,
    ru_abbr,
)

SUBSCRIBE = {"ru": "Подпишитесь на рассылку", "en": "Subscribe to our newsletter",
             "kk": "Жаңалықтарға жазылыңыз"}
MORE = {"ru": "Ещё новости", "en": "More news", "kk": "Басқа жаңалықтар"}


def _first(art: Article, bold: bool) -> str:
    head_, agency = dateline_parts(art)
    text = esc(raw(art)[0])
    if not head_:
        return text
    return f"<strong>{esc(head_)}</strong> {esc(agency)}{text}" if bold else \
        esc(head_ + " " + agency) + text


def _wf_day(art: Article) -> str:
    day = art.day
    return {"en": en_long(art), "kk": f"{day:%d.%m.%Y}",
            "ru": f"{day.day} {MONTHS['ru'][day.month - 1]} {day.year}"}[art.lang]


def _wf_field(cls: str, inner: str | None, label: str = "") -> str:
    if inner is None:
        return (f'<div class="{cls}-wrap w-condition-invisible">{label}<div class="{cls} '
                'w-dyn-bind-empty"></div></div>')
    return f'<div class="{cls}-wrap">{label}<div class="{cls}">{inner}</div></div>'


def _wf_body(art: Article) -> str:
    paras = raw(art)
    out = [f"<p>{_first(art, False)}</p>"]
    for i, para in enumerate(paras[1:], start=1):
        out.append(f"<p>{esc(para)}</p>")
        if i == 1 and art.images > 1:
            out.append('<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth" '
                       f'style="max-width:1200px"><div><img src="{art.image_paths()[1]}" '
                       'loading="lazy" alt=""></div></figure>')
    return "".join(out)


def _wf_more(art: Article) -> str:
    items = "".join(
        f'<div role="listitem" class="w-dyn-item"><a href="{o.path}" class="more-card '
        f'w-inline-block"><h3 class="heading-card">{esc(o.title)}</h3><div class="text-date">'
        f'{_wf_day(o)}</div><div class="category-pill">{esc(o.category or "")}</div></a></div>'
        for o in (older(art, 1), older(art, 3)))
    return (f'<div class="section-more"><h2>{MORE[art.lang]}</h2><div class="w-dyn-list"><div '
            f'role="list" class="w-dyn-items">{items}</div></div></div>')


def webflow(art: Article, base: str) -> str:
    cat = (f'<a class="category-pill w-inline-block" href="/category/{ru_slug(art.category)}">'
           f"<div>{esc(art.category)}</div></a>" if art.category else
           '<div class="category-pill w-dyn-bind-empty"></div>')
    clock = f"{art.clock:%H:%M}" if art.clock else None
    views = _wf_field("text-views", None if art.views is None else str(art.views),
                      '<img src="/images/eye.svg" alt="" class="icon-eye">')
    picture = ""
    if art.images:
        src = art.image_paths()[0]
        credit = None if art.photo_credit is None else f"Фото: {esc(art.photo_credit)}"
        picture = (f'<img src="{src}" loading="lazy" sizes="(max-width: 767px) 100vw, 740px" '
                   f'srcset="{src.removesuffix(".jpg")}-p-500.jpg 500w, {src} 1200w" alt="" '
                   f'class="post-image">{_wf_field("photo-credit", credit)}')
    source = None
    if art.source and art.source_line:
        source = f'<a href="https://{ru_slug(art.source)}.kz">{esc(art.source)}</a>'
    src_field = _wf_field("source-link", source, '<div class="source-label">Источник:</div>')
    tags = ("".join(f'<div role="listitem" class="w-dyn-item"><a href="/tags/{ru_slug(t)}" '
                    f'class="tag-link">{esc(t)}</a></div>' for t in art.tags)
            if art.tags else "")
    tag_list = (f'<div class="tags-list w-dyn-list"><div role="list" class="w-dyn-items">{tags}'
                '</div></div>' if tags else
                '<div class="tags-list w-dyn-list"><div class="w-dyn-empty"><div>No items found.'
                "</div></div></div>")
    return (head(art, esc(art.title), art.lang,
                 '<meta content="Webflow" name="generator">')
            + f'<body><div class="navbar w-nav"><a href="/novosti" class="nav-link w-nav-link">'
            f'Новости</a></div><div class="section-post"><div class="container w-container">'
            f'<div class="post-meta">{cat}</div><h1 class="heading-post">{esc(art.title)}</h1>'
            f'<div class="post-date-wrap"><div class="text-date">{_wf_day(art)}</div>'
            f'{_wf_field("text-time", clock)}{views}</div>{picture}<div class="rich-text-post '
            f'w-richtext">{_wf_body(art)}</div>{src_field}{tag_list}</div></div>{_wf_more(art)}'
            "</body></html>")


def _sqs_block(kind: str, inner: str) -> str:
    return (f'<div class="sqs-block {kind}-block sqs-block-{kind}"><div class="sqs-block-'
            f'content">{inner}</div></div>')


def _sqs_image(art: Article, path: str, credit: bool) -> str:
    cap = ""
    if credit and art.photo_credit:
        cap = ('<figcaption class="image-caption-wrapper"><div class="image-caption"><p style='
               f'"white-space:pre-wrap;">Фото: <em>{esc(art.photo_credit)}</em></p></div>'
               "</figcaption>")
    return _sqs_block("image", f'<figure class="sqs-block-image-figure intrinsic"><div class="'
                      f'image-block-wrapper"><noscript><img src="{path}" alt=""></noscript><img '
                      f'class="thumb-image" data-src="{path}" data-image="{path}" data-image-'
                      f'dimensions="1500x1000" data-load="false" alt=""></div>{cap}</figure>')


def _sqs_html(paras: list[str]) -> str:
    inner = "".join(f'<p style="white-space:pre-wrap;">{p}</p>' for p in paras)
    return _sqs_block("html", f'<div class="sqs-html-content">{inner}</div>')


def squarespace(art: Article, base: str) -> str:
    paras = [_first(art, True), *(esc(p) for p in raw(art)[1:])]
    images = [_sqs_image(art, p, k == 0) for k, p in enumerate(art.image_paths())]
    tail = paras[1:]
    if art.source and art.source_line:
        tail.append(f'<em>Источник: </em><a href="https://{ru_slug(art.source)}.kz">'
                    f"{esc(art.source)}</a>")
    news = _sqs_block("newsletter", f'<div class="newsletter-form-header"><h2>{SUBSCRIBE[art.lang]}'
                      '</h2></div><button class="newsletter-form-button">OK</button>')
    blocks = [_sqs_html(paras[:1]), *images[:1], _sqs_html(tail[:2]), *images[1:], news,
              _sqs_html(tail[2:]) if tail[2:] else ""]
    stamp = {"en": en_short(art), "ru": ru_abbr(art), "kk": numeric(art)}[art.lang]
    cat = (f'<div class="blog-categories-list"><a href="/novosti?category={quote(art.category)}"'
           f' class="blog-categories">{esc(art.category)}</a></div>' if art.category else "")
    tags = ", ".join(f'<a href="/novosti?tag={quote(t)}" class="blog-tags">{esc(t)}</a>'
                     for t in art.tags)
    prev = older(art, 1)
    return (head(art, f"{esc(art.title)} — Центр информации", art.lang)
            + f'<body class="collection-type-blog view-item"><article class="BlogItem hentry '
            f'author-ic24 post-type-text" id="article-5f{art.num}"><div class="blog-item-top-'
            'wrapper"><div class="blog-meta-section"><span class="blog-author">Центр информации'
            f'</span> <span class="blog-meta-delimiter"></span> <span class="blog-date">{stamp}'
            '</span></div><div class="blog-item-title"><h1 class="entry-title" data-content-'
            f'field="title">{esc(art.title)}</h1></div></div><div class="blog-item-content-'
            'wrapper"><div class="blog-item-content e-content" data-content-field="main-content">'
            f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="item">{"".join(blocks)}'
            f'</div></div></div><div class="blog-item-meta-wrapper">{cat}'
            f'<div class="blog-tags-list">{"Tagged: " + tags if tags else ""}</div></div>'
            f'<nav class="item-pagination"><a class="item-pagination-link item-pagination-link'
            f'--prev" href="{prev.path}"><div class="item-pagination-prev-next">Previous</div>'
            f'<h2 class="item-pagination-title">{esc(prev.title)}</h2></a></nav></article>'
            "</body></html>")
