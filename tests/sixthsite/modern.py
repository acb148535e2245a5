"""The Bitrix ``news.detail`` (newer template) and Next.js pages of the sixth copy.

Bitrix: BEM classes, the date as ``20.04.2023 14:35`` or only ``20.04.2023``, views as a bare
number next to an eye icon (``title="Просмотры"``), the photo credit as ``Фото:pixabay``, tags
as ``#хэштеги``, a ``ya-share2`` widget and, on some pages, a JSON-LD ``NewsArticle`` whose
dates carry no offset (local time). Next.js: hashed class names, ``<time dateTime>`` in UTC
with a relative text ("3 года назад"), and the article again in ``__NEXT_DATA__``.
"""

from __future__ import annotations

import json
from datetime import UTC, date

from tests.sixthsite.site import Article
from tests.sixthsite.templates import (
    READ_ALSO,
    day_numeric,
    embed,
    esc,
    footer,
    header,
    older,
    paragraphs,
    rubric_slug,
    sidebar_items,
    source_paragraph,
)

LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
EYE = '<svg class="icon icon-eye" width="16" height="16"><use xlink:href="#eye"></use></svg>'


def _body(art: Article, style: str, read_also: str) -> str:
    paras = paragraphs(art, style)
    blocks = [f"<p>{paras[0]}</p>"]
    if art.embed:
        blocks.append(embed(art))
    for i, para in enumerate(paras[1:], start=1):
        blocks.append(f"<p>{para}</p>")
        if i == 1 and art.read_also:
            blocks.append(read_also)
        if i == 1 and art.images > 1:
            blocks.append(f'<p><img src="{art.image_paths()[1]}" alt="" loading="lazy"></p>')
    source = source_paragraph(art)
    return "".join(blocks) + (source or "")


def _bitrix_ld(art: Article, base: str) -> str:
    if art.num % 2:
        return ""
    fmt = "%Y-%m-%dT%H:%M:%S" if art.clock else "%Y-%m-%d"
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "datePublished": art.local.strftime(fmt), "mainEntityOfPage": base + art.path,
            "publisher": {"@type": "Organization", "name": "Центр информации"}}
    if art.images:
        data["image"] = [base + art.image_paths()[0]]
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def bitrix(art: Article, base: str) -> str:
    other = older(art, 2)
    read_also = (f'<div class="read-also"><div class="read-also__title">{READ_ALSO[art.lang]}'
                 f'</div><a class="read-also__link" href="{other.path}">{esc(other.title)}</a>'
                 "</div>")
    crumbs = ['<a href="/" title="Главная">Главная</a>',
              '<a href="/novosti/" title="Новости">Новости</a>']
    section = ""
    if art.category:
        href = f"/novosti/{rubric_slug(art.category)}/"
        crumbs.append(f'<a href="{href}" title="{esc(art.category)}">{esc(art.category)}</a>')
        section = f'<a class="news-detail__section" href="{href}">{esc(art.category)}</a>'
    stamp = day_numeric(art.day) + (f" {art.local:%H:%M}" if art.clock else "")
    views = (f'<span class="news-detail__views" title="Просмотры">{EYE}{art.views}</span>'
             if art.views is not None else "")
    picture = ""
    if art.images:
        src = art.image_paths()[0]
        credit = (f'<div class="news-detail__picture-author">Фото:{esc(art.photo_credit)}</div>'
                  if art.photo_credit else "")
        picture = (f'<div class="news-detail__picture"><img src="{src}" srcset="{src} 1x" '
                   f'alt="{esc(art.title)}" title="{esc(art.title)}">{credit}</div>')
    tags = "".join(f'<a class="news-detail__tag" href="/search/?tags={esc(t)}">#{esc(t)}</a> '
                   for t in art.tags)
    og = (f'<meta property="og:image" content="{base}{art.image_paths()[0]}">'
          if art.images else "")
    return (f'<!DOCTYPE html><html lang="{art.lang}"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=UTF-8"><title>{esc(art.title)}</title>'
            f'<meta name="keywords" content="{esc(", ".join(art.tags))}">'
            f'<meta property="og:title" content="{esc(art.title)}">{og}{_bitrix_ld(art, base)}'
            f'<link href="/bitrix/cache/css/s1/ic24/template_styles.css" rel="stylesheet"></head>'
            f"<body>{header()}<div class=\"page\"><div class=\"breadcrumbs\" itemscope "
            f'itemtype="http://schema.org/BreadcrumbList">{" / ".join(crumbs)}</div>'
            f'<div class="news-detail"><h1 class="news-detail__title">{esc(art.title)}</h1>'
            f'<div class="news-detail__info"><span class="news-detail__date">{stamp}</span> '
            f"{section} {views}</div>{picture}<div class=\"news-detail__text\">"
            f"{_body(art, 'bold', read_also)}</div><div class=\"news-detail__tags\">{tags}</div>"
            '<div class="ya-share2" data-curtain data-services="vkontakte,telegram,whatsapp">'
            f"</div></div><div class=\"sidebar\"><div class=\"sidebar__title\">Лента новостей"
            f"</div><ul>{sidebar_items(art)}</ul></div></div>{footer()}</body></html>")


def _relative(art: Article) -> str:
    years = (date(2026, 11, 30) - art.day).days // 365
    return {"ru": f"{years} г. назад" if years else "недавно",
            "en": f"{years} yr ago" if years else "recently",
            "kk": f"{years} жыл бұрын" if years else "жақында"}[art.lang]


def _next_data(art: Article) -> str:
    utc = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    images = art.image_paths()
    data = {"props": {"pageProps": {"article": {
        "id": art.num, "slug": f"{art.slug}-{art.id}", "title": art.title, "lang": art.lang,
        "publishedAt": utc, "updatedAt": utc, "views": art.views,
        "rubric": {"name": art.category, "slug": rubric_slug(art.category)} if art.category
        else None,
        "tags": [{"name": t, "slug": rubric_slug(t)} for t in art.tags],
        "image": {"url": images[0], "credit": art.photo_credit} if images else None,
        "blocks": [{"type": "paragraph", "text": p} for p in art.paragraphs],
    }}, "__N_SSP": True}, "page": "/news/[slug]", "query": {"slug": f"{art.slug}-{art.id}"},
        "buildId": "k3x9Yt2QmJ", "isFallback": False, "gssp": True, "scriptLoader": []}
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def nextjs(art: Article, base: str) -> str:
    other = older(art, 3)
    read_also = (f'<aside class="ReadAlso_box__k3Lm"><span class="ReadAlso_label__p0Q2">'
                 f'{READ_ALSO[art.lang]}</span><a href="{other.path}">{esc(other.title)}</a>'
                 "</aside>")
    utc = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    crumbs = '<a href="/">Главная</a><a href="/novosti">Новости</a>'
    rubric = ""
    if art.category:
        href = f"/novosti/{rubric_slug(art.category)}"
        crumbs += f'<a href="{href}">{esc(art.category)}</a>'
        rubric = f'<a class="ArticleHeader_rubric__Qw12" href="{href}">{esc(art.category)}</a>'
    views = (f'<span class="ArticleHeader_views__7yTr">{EYE}{art.views}</span>'
             if art.views is not None else "")
    figure = ""
    if art.images:
        credit = (f'<figcaption class="ArticleImage_caption__Pp09">Фото: {esc(art.photo_credit)}'
                  "</figcaption>" if art.photo_credit else "")
        figure = (f'<figure class="ArticleImage_figure__Xy12"><img alt="{esc(art.title)}" '
                  f'loading="lazy" decoding="async" src="{art.image_paths()[0]}"/>{credit}'
                  "</figure>")
    tags = "".join(f'<a class="Tags_tag__9kLm" href="/tags/{rubric_slug(t)}">#{esc(t)}</a>'
                   for t in art.tags)
    return (f'<!DOCTYPE html><html lang="{art.lang}"><head><meta charSet="utf-8"/><title>'
            f"{esc(art.title)} | IC24</title><meta property=\"og:title\" content=\""
            f'{esc(art.title)}"/><meta property="og:locale" content="{LOCALE[art.lang]}"/>'
            f'<link rel="canonical" href="https://ic24.kz{art.path}"/><meta name="next-head-'
            f'count" content="6"/><link rel="preload" href="/_next/static/css/4f1c2e.css" '
            f'as="style"/></head><body><div id="__next"><header class="Header_header__aB12">'
            f'{header()}</header><main class="Layout_main__Qw34"><article class="Article_article'
            f'__3kP0"><nav class="Breadcrumbs_crumbs__8Hh1">{crumbs}</nav><h1 class="'
            f'ArticleHeader_title__1aBc">{esc(art.title)}</h1><div class="ArticleHeader_meta__'
            f'Zz81">{rubric}<time class="ArticleHeader_date__0pLm" dateTime="{utc}">'
            f"{_relative(art)}</time>{views}</div>{figure}<div class=\"ArticleBody_text__3xYz\">"
            f"{_body(art, 'plain', read_also)}</div><div class=\"Tags_list__5gH2\">{tags}</div>"
            '<div class="Share_share__1qW3"><button>Facebook</button><button>Telegram</button>'
            "<button>Скопировать ссылку</button></div></article><aside class=\"Sidebar_sidebar__"
            f'd4F5"><h3>Последние новости</h3><ul>{sidebar_items(art)}</ul></aside></main>'
            f'{footer()}</div><script id="__NEXT_DATA__" type="application/json">'
            f"{_next_data(art)}</script></body></html>")
