"""A Dzen-like channel post: ``article-render__block`` paragraphs, the date and the views in
``article-stats-view__info`` items, ``#тег`` links, a subscribe block after the text."""

from __future__ import annotations

from tests.copykit.catalogue import Response
from tests.fourteenthsite.site import Article
from tests.fourteenthsite.templates import PHOTO, SOURCE, numeric_date, page, paragraphs, slug, t
from tests.fourteenthsite.templates import views as shown_views

SUBSCRIBE = {"ru": "Подписывайтесь на наш канал, чтобы не пропустить главное",
             "en": "Subscribe to our channel so as not to miss the main news",
             "kk": "Басты жаңалықтарды жіберіп алмау үшін арнамызға жазылыңыз"}


def _block(kind: str, inner: str) -> str:
    return f'<div class="article-render__block article-render__block_{kind}">{inner}</div>'


def _figure(a: Article, src: str, first: bool) -> str:
    caption = f"{PHOTO[a.lang]}: {t(a.photo_credit)}" if a.photo_credit and first else ""
    cap = f'<figcaption class="article-image__caption">{caption}</figcaption>' if caption else ""
    return _block("image", f'<figure class="article-image"><img class="article-image__image" '
                           f'src="{src}" alt="" loading="lazy">{cap}</figure>')


def _stats(a: Article) -> str:
    items = [numeric_date(a), shown_views(a)]
    return '<div class="article-stats-view">' + "".join(
        f'<div class="article-stats-view__item"><span class="article-stats-view__info">{x}'
        f"</span></div>" for x in items if x) + "</div>"


def render(a: Article, base: str) -> Response:
    images = a.image_paths()
    blocks = []
    for i, para in enumerate(paragraphs(a)):
        blocks.append(_block("unstyled", f'<span data-points="{i}">{t(para)}</span>'))
        if i < len(images):
            blocks.append(_figure(a, images[i], i == 0))
    if a.source_line:
        blocks.append(_block("unstyled", f"<span>{SOURCE[a.lang]}: {t(a.source or '')}</span>"))
    rubric = (f'<a class="article-channel__rubric" href="/rubric/{slug(a.category)}">'
              f"{t(a.category)}</a>" if a.category else "")
    tags = "".join(f'<a class="article-tag" href="/tag/{slug(x)}">#{t(x)}</a> ' for x in a.tags)
    body = (f'<div class="article-page"><div class="article-channel">'
            f'<a class="article-channel__name" href="/">Центр информации</a>{rubric}</div>'
            f'<article class="article"><h1 class="article__title">{t(a.title)}</h1>{_stats(a)}'
            f'<div class="article-render">{"".join(blocks)}</div>'
            f'{_block("subscribe", SUBSCRIBE[a.lang])}'
            f'<div class="article-tags">{tags}</div></article></div>')
    return page(a, base, body, a.lang)
