"""Markup shared by the twelfth copy's templates: labels, dates, images, the text blocks, the
share bar, the related block, the cookie banner, the listing and the 404 page.

Each template (``nuxt``, ``hugo``, ``builder``) wraps these pieces in its own page.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import day_words, ru_slug
from tests.twelfthsite.site import Article, build, page_count, page_items

PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
RATES = " • ".join(f'<span class="rate">{c}/KZT <b class="js-rate">0.0</b></span>'
                   for c in ("USD", "EUR", "RUB", "CNY"))
SHARE = {"ru": "Поделиться:", "en": "Share:", "kk": "Бөлісу:"}
MORE = {"ru": "Ещё по теме", "en": "More on the topic", "kk": "Тақырып бойынша тағы"}
SOURCE = {"ru": "Источник:", "en": "Источник:", "kk": "Дереккөз:"}
PHOTO = {"ru": "Фото:", "en": "Фото:", "kk": "Сурет:"}
TAGS = {"ru": "Теги:", "en": "Tags:", "kk": "Тегтер:"}
COOKIE = {
    "ru": "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, "
          "вы соглашаетесь с этим.",
    "en": "We use cookies to make the site work better. By continuing to use the site you agree "
          "to this.",
    "kk": "Сайт жақсы жұмыс істеуі үшін біз cookie файлдарын қолданамыз.",
}
ACCEPT = {"ru": "Принять", "en": "Accept", "kk": "Қабылдау"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def long_date(art: CopyArticle) -> str:
    """'16 апреля 2021' / 'April 16, 2021' / '2021 жылғы 16 сәуір' (the Almaty day)."""
    return day_words(art.lang, art.day)


def views_text(art: Article) -> str:
    """'683 просмотра' / '683 views' / '683 рет қаралды'."""
    n = art.views
    if art.lang == "en":
        return f"{n} views"
    if art.lang == "kk":
        return f"{n} рет қаралды"
    assert n is not None
    if n % 10 == 1 and n % 100 != 11:
        word = "просмотр"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = "просмотра"
    else:
        word = "просмотров"
    return f"{n} {word}"


def rubric_href(name: str) -> str:
    return f"/rubric/{ru_slug(name) or 'news'}/"


def tag_href(name: str) -> str:
    return f"/tags/{ru_slug(name) or 'tag'}/"


def image(art: Article, path: str, cls: str = "") -> str:
    """One photo in the article's lazy-loading style; the real URL appears once (twice with the
    ``<noscript>`` fallback of WP-Rocket-like lazy loaders)."""
    alt = esc(art.title)
    if art.lazy == "data-src":
        return f'<img class="lazyload {cls}" src="{PIXEL}" data-src="{path}" alt="{alt}">'
    if art.lazy == "data-lazy-src":
        return (f'<img class="{cls}" src="{PIXEL}" data-lazy-src="{path}" alt="{alt}">'
                f'<noscript><img class="{cls}" src="{path}" alt="{alt}"></noscript>')
    if art.lazy == "srcset":
        return (f'<img class="{cls}" srcset="{path} 1200w" sizes="(max-width: 800px) 100vw, '
                f'800px" alt="{alt}" loading="lazy">')
    return (f'<picture><source type="image/jpeg" srcset="{path}" media="(min-width: 480px)">'
            f'<img class="{cls}" src="{PIXEL}" alt="{alt}"></picture>')


def credit(art: Article) -> str:
    return f"{PHOTO[art.lang]} {esc(art.photo_credit)}" if art.photo_credit else ""


def block(kind: str, content: object, para: Callable[[str], str]) -> str:
    """One text block; ``para`` marks up the text of a paragraph (the template's own way)."""
    if kind == "p":
        return para(str(content))
    if kind == "h2":
        return f"<h2>{esc(str(content))}</h2>"
    if kind in ("ul", "ol"):
        items = "".join(f"<li>{esc(item)}</li>" for item in content)  # type: ignore[attr-defined]
        return f"<{kind}>{items}</{kind}>"
    if kind == "table":
        rows = list(content)  # type: ignore[call-overload]
        head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                       for row in rows[1:])
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<blockquote>{para(str(content))}</blockquote>"


def text_blocks(art: Article, para: Callable[[str], str],
                inline_image: Callable[[str], str]) -> list[str]:
    """The text: the dateline run into the first paragraph, a second photo after the second
    block, the ``Источник:`` line at the end."""
    out = []
    for k, (kind, content) in enumerate(art.blocks):
        if k == 0:
            content = art.dateline() + str(content)
        out.append(block(kind, content, para))
        if k == 1 and art.images >= 2:
            out.append(inline_image(art.image_paths()[1]))
    if art.source_line and art.source:
        out.append(para(f"{SOURCE[art.lang]} {art.source}"))
    return out


def related(art: Article) -> list[Article]:
    """Other articles of the copy the "Ещё по теме" block links (older ones, wrapping round)."""
    arts = build()
    i = arts.index(art)
    return [arts[(i + step) % len(arts)] for step in range(1, art.related + 1)]


def related_block(art: Article, base: str) -> str:
    if not art.related:
        return ""
    links = "".join(f'<li class="more__item"><a class="more__link" href="{base}{o.path}">'
                    f"{esc(o.title)}</a></li>" for o in related(art))
    return (f'<section class="more-news"><h3 class="more-news__title">{MORE[art.lang]}</h3>'
            f'<ul class="more-news__list">{links}</ul></section>')


def share_bar(art: Article, base: str) -> str:
    url = esc(base + art.path)
    icons = "".join(f'<a class="share__link share__link--{name}" href="{href}{url}" '
                    f'target="_blank" rel="noopener" aria-label="{name}"><svg width="20" '
                    f'height="20"><use href="#icon-{name}"></use></svg></a>'
                    for name, href in (("telegram", "https://t.me/share/url?url="),
                                       ("whatsapp", "https://wa.me/?text="),
                                       ("facebook", "https://www.facebook.com/sharer.php?u=")))
    return f'<div class="share"><span class="share__label">{SHARE[art.lang]}</span>{icons}</div>'


def cookie_banner(lang: str) -> str:
    return (f'<div class="cookie-banner" role="dialog"><p>{COOKIE[lang]}</p>'
            f'<button type="button">{ACCEPT[lang]}</button></div>')


def article(art: CopyArticle, base: str) -> Response:
    from tests.twelfthsite import builder, hugo, nuxt

    assert isinstance(art, Article)
    page = {"nuxt": nuxt.page, "hugo": hugo.page, "builder": builder.page}[art.cms](art, base)
    return 200, {"Content-Type": "text/html; charset=UTF-8"}, page.encode("utf-8")


def _summary(art: CopyArticle) -> str:
    return (f'<article class="post-summary h-entry"><h2 class="p-name"><a class="u-url" '
            f'href="{art.path}">{esc(art.title)}</a></h2><time class="dt-published" '
            f'datetime="{art.day.isoformat()}">{long_date(art)}</time></article>')


def listing(page: int, base: str) -> Response:
    """A Hugo section list: ten summaries, numbered pager links, ``rel=next/prev``."""
    items = "".join(_summary(a) for a in page_items(page))
    href = {n: "/novosti/" if n == 1 else f"/novosti/page/{n}/" for n in range(1, page_count() + 1)}
    pager = "".join(f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" '
                    f'href="{h}">{n}</a></li>' for n, h in href.items())
    links = "".join(f'<link rel="{rel}" href="{base}{href[n]}">'
                    for rel, n in (("prev", page - 1), ("next", page + 1)) if n in href)
    doc = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новости — '
           f'Центр информации</title>{links}</head><body><header>{RATES}</header><main>'
           f'<h1>Новости</h1><div class="posts">{items}</div><nav aria-label="pages">'
           f'<ul class="pagination">{pager}</ul></nav></main>{cookie_banner("ru")}</body></html>')
    return 200, {"Content-Type": "text/html; charset=UTF-8"}, doc.encode("utf-8")


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>404 Page not '
            'found</title></head><body><h1>404</h1><p>Страница не найдена.</p>'
            '<a href="/">На главную</a></body></html>').encode()
