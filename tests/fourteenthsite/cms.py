"""A CMS news item: breadcrumbs, the headline prefixed with its rubric ("Экономика | …") on
some, a worded date line, ``itemprop="datePublished"`` holding only the day, the photo credit
glued to its label, and the whole text in one ``itemprop="articleBody"`` split by ``<br><br>``
with an ad ``<script>`` in the middle; tags as ``#тег`` links."""

from __future__ import annotations

from tests.copykit.catalogue import Response
from tests.fourteenthsite.site import Article
from tests.fourteenthsite.templates import (
    AD,
    PHOTO,
    SOURCE,
    TAGS,
    page,
    paragraphs,
    slug,
    t,
    worded_date,
)
from tests.fourteenthsite.templates import views as shown_views

HOME = {"ru": "Главная", "en": "Home", "kk": "Басты бет"}
NEWS = {"ru": "Новости", "en": "News", "kk": "Жаңалықтар"}


def _crumbs(a: Article) -> str:
    links = [("/", HOME[a.lang]), ("/novosti", NEWS[a.lang])]
    if a.category:
        links.append((f"/rubric/{slug(a.category)}", a.category))
    return '<ol class="breadcrumbs">' + " › ".join(
        f'<li><a href="{href}">{t(name)}</a></li>' for href, name in links) + "</ol>"


def _text(a: Article) -> str:
    paras = [t(p) for p in paragraphs(a)]
    if a.source_line:
        paras.append(f"{SOURCE[a.lang]}: {t(a.source or '')}")
    cut = max(1, len(paras) // 2)
    return "<br><br>".join(paras[:cut]) + "<br><br>" + AD + "<br>\n" + "<br><br>".join(paras[cut:])


def _pictures(a: Article) -> str:
    images = a.image_paths()
    if not images:
        return ""
    credit = (f'<div class="photo-credit">{PHOTO[a.lang]}:{t(a.photo_credit)}</div>'
              if a.photo_credit else "")
    imgs = "".join(f'<img itemprop="image" src="{src}" alt="{t(a.title)}">' for src in images)
    return f'<div class="news-detail__picture">{imgs}{credit}</div>'


def render(a: Article, base: str) -> Response:
    headline = f"{a.category} | {a.title}" if a.rubric_in_title and a.category else a.title
    tags = ", ".join(f'<a href="/tag/{slug(x)}">#{t(x)}</a>' for x in a.tags)
    seen = f'<span class="news-detail__views">{shown_views(a)}</span>' if a.views is not None \
        else ""
    body = (f'{_crumbs(a)}<div class="news-detail" itemscope '
            f'itemtype="https://schema.org/NewsArticle">'
            f'<h1 itemprop="headline">{t(headline)}</h1>'
            f'<div class="news-detail__meta"><span class="news-detail__date">{worded_date(a)}'
            f"</span> {seen}</div>"
            f'<meta itemprop="datePublished" content="{a.day.isoformat()}">{_pictures(a)}'
            f'<div itemprop="articleBody">{_text(a)}</div>'
            + (f'<div class="news-detail__tags">{TAGS[a.lang]}: {tags}</div>' if tags else "")
            + "</div>")
    return page(a, base, body, "ru")
