"""The fifteenth copy's four article templates, each in the spirit of one big portal's own markup:

- ``tengri``: ``tn-*`` classes, date as "16 апреля 2021, 15:40" or "Сегодня, 15:40", a bare
  view count after an eye icon, the text in ``article.tn-news-text``;
- ``zakon``: ``content_main_text``, date as "16.04.2021 | 15:40", "Просмотров: 1 315", a
  ``photo_author`` caption inside the text, ``<html lang="kz">`` on Kazakh pages;
- ``ria``: ``article__block[data-type=text]`` blocks of one paragraph each between media blocks,
  the credit as "© gov.kz", the dateline bold;
- ``sputnik``: ``b-article__*``, the first paragraph in a ``b-article__lead`` box apart from
  ``b-article__text``, the date numeric with a ``data-unixtime``.
None of them has JSON-LD, ``article:published_time`` or ``<time datetime>``.
"""

from __future__ import annotations

from tests.copykit.catalogue import Response
from tests.fifteenthsite.shared import (
    LABELS,
    esc,
    first_inner,
    frame,
    listing,
    not_found,
    rubric_href,
    shown_date,
    tag_links,
    thousands,
)
from tests.fifteenthsite.site import Article

__all__ = ["article", "listing", "not_found"]


def _source(art: Article, wrap: str) -> str:
    if not (art.source and art.source_line):
        return ""
    label = "Источник" if art.cms in ("tengri", "zakon") or art.lang == "ru" else \
        LABELS[art.lang][3]
    return wrap.format(label=label, src=esc(art.source))


def _credit(art: Article, prefix: str | None = None) -> str:
    if not art.photo_credit:
        return ""
    return f"{prefix or LABELS[art.lang][2] + ':'} {esc(art.photo_credit)}"


def tengri(art: Article, base: str) -> str:
    imgs = art.image_paths()
    top = (f'<div class="tn-main-image"><picture><img src="{imgs[0]}" alt="{esc(art.title)}">'
           f'</picture><span class="tn-main-image-info">{_credit(art)}</span></div>'
           if imgs else "")
    paras = [f"<p>{p}</p>" for p in first_inner(art)]
    if len(imgs) > 1:
        paras.insert(2, f'<figure class="tn-image"><img src="{imgs[1]}" alt=""></figure>')
    paras.append(_source(art, "<p><b>{label}:</b> {src}</p>"))
    crumbs = (f'<li><a href="{rubric_href(art)}">{esc(art.category)}</a></li>'
              if art.category else "")
    views = (f'<span class="tn-view"><i class="tn-icon tn-icon-eye"></i>{thousands(art.views)}'
             "</span>" if art.views is not None else "")
    tags = f'<div class="tn-tag-list">{tag_links(art, "tn-tag")}</div>' if art.tags else ""
    main = (f'<div class="tn-content"><ul class="tn-breadcrumbs"><li><a href="/">Главная</a></li>'
            f'{crumbs}</ul><h1 class="tn-content-title">{esc(art.title)}</h1><ul class="tn-data-'
            f'list"><li><span class="tn-date">{shown_date(art, "long")}</span></li><li>{views}'
            f'</li></ul>{top}<article class="tn-news-text">{"".join(paras)}</article>{tags}</div>')
    return frame(art, base, "", main)


def zakon(art: Article, base: str) -> str:
    imgs = art.image_paths()
    body = [f"<p>{p}</p>" for p in first_inner(art)]
    if imgs:
        credit = f'<p class="photo_author">{_credit(art)}</p>' if art.photo_credit else ""
        body.insert(0, f'<div class="content_main_img"><img src="{imgs[0]}" alt="">{credit}</div>')
    if len(imgs) > 1:
        body.insert(3, f'<p><img class="content_img" src="{imgs[1]}" alt=""></p>')
    body.append(_source(art, '<p class="source">{label}: <span>{src}</span></p>'))
    views = (f'<div class="views">{LABELS[art.lang][0]}: {thousands(art.views)}</div>'
             if art.views is not None else "")
    rubric = (f'<div class="category"><a href="{rubric_href(art)}">{esc(art.category)}</a></div>'
              if art.category else "")
    tags = (f'<div class="tags"><span>{LABELS[art.lang][1]}:</span> {tag_links(art, "tag")}</div>'
            if art.tags else "")
    main = (f'<div class="content_main"><div class="content_main_meta"><div class="date">'
            f"{shown_date(art, 'numeric')}</div>{views}</div>{rubric}<h1>{esc(art.title)}</h1>"
            f'<div class="content_main_text">{"".join(body)}</div>{tags}'
            '<div class="ya-share2" data-services="facebook,telegram,whatsapp"></div></div>')
    return frame(art, base, "", main, html_lang="kz" if art.lang == "kk" else None)


def _block(kind: str, inner: str) -> str:
    return f'<div class="article__block" data-type="{kind}">{inner}</div>'


def ria(art: Article, base: str) -> str:
    imgs = art.image_paths()
    blocks = [_block("text", f'<div class="article__text">{p}</div>')
              for p in first_inner(art, bold=True)]
    for k, img in reversed(list(enumerate(imgs))):
        credit = (f'<div class="media__copyright">{_credit(art, "©")}</div>'
                  if art.photo_credit and k == 0 else "")
        media = f'<div class="media"><img src="{img}" alt="">{credit}</div>'
        blocks.insert(0 if k == 0 else 2, _block("media", media))
    source = _source(art, '<div class="article__text"><strong>{label}:</strong> {src}</div>')
    if source:
        blocks.append(_block("text", source))
    views = (f'<span class="statistic__item m-views">{art.views}</span>'
             if art.views is not None else "")
    rubric = (f'<a class="article__supertag" href="{rubric_href(art)}">{esc(art.category)}</a>'
              if art.category else "")
    tags = (f'<div class="article__tags">{tag_links(art, "article__tags-item")}</div>'
            if art.tags else "")
    main = (f'<div class="article"><div class="article__header">{rubric}<div class="article__'
            f'info"><div class="article__info-date">{shown_date(art, "long")}</div><div class='
            f'"article__info-statistic">{views}</div></div><h1 class="article__title">'
            f'{esc(art.title)}</h1></div><div class="article__body">{"".join(blocks)}</div>'
            f"{tags}</div>")
    return frame(art, base, f'<meta property="og:title" content="{esc(art.title)}">', main)


def sputnik(art: Article, base: str) -> str:
    imgs = art.image_paths()
    paras = first_inner(art)
    rest = [f"<p>{p}</p>" for p in paras[1:]]
    if len(imgs) > 1:
        rest.insert(1, f'<div class="b-article__media"><img src="{imgs[1]}" alt=""></div>')
    rest.append(_source(art, "<p><em>{label}: {src}</em></p>"))
    top = (f'<div class="b-article__header-img"><img src="{imgs[0]}" alt=""><div class='
           f'"b-article__header-copy">{_credit(art)}</div></div>' if imgs else "")
    stamp = int(art.local.timestamp())
    views = (f'<span class="b-article__refs-views">{art.views}</span>'
             if art.views is not None else "")
    rubric = (f'<a class="b-article__refs-rubric" href="{rubric_href(art)}">'
              f"{esc(art.category)}</a>" if art.category else "")
    tags = (f'<ul class="b-article__tags">{tag_links(art, "b-tag")}</ul>' if art.tags else "")
    main = (f'<div class="b-article"><div class="b-article__header"><h1 class="b-article__title">'
            f'{esc(art.title)}</h1><div class="b-article__refs">{rubric}<span class="b-article__'
            f'refs-date" data-unixtime="{stamp}">{shown_date(art, "numeric")}</span>{views}</div>'
            f'{top}</div><div class="b-article__lead">{paras[0]}</div><div class="b-article__'
            f'text">{"".join(rest)}</div>{tags}</div>')
    return frame(art, base, "", main)


def article(art: Article, base: str) -> Response:
    render = {"tengri": tengri, "zakon": zakon, "ria": ria, "sputnik": sputnik}[art.cms]
    return 200, {"Content-Type": "text/html; charset=utf-8"}, render(art, base).encode()
