"""The thirty-fourth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
hook-less templates (see ``templates.py``): ``plain`` (classless semantic HTML5), ``aria``
(divs with roles and ARIA labels only) and ``styled`` (a visual editor's inline styles).
Switches are spread by position so every mix occurs: dateline or not, source line / lead
attribution / none, photo with and without credit, a fact list or a fact line, a machine
``datetime`` or only the printed date, paragraphs as elements or split by ``<br><br>``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import ru_slug

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 3434
PER_PAGE = 8
TEMPLATES = ("plain", "aria", "styled")
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынады",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынады.",
      "Құрылыс жұмыстары келесі жылдың көктемінде басталады.",
      "Көпірдің ұзындығы бір шақырымнан асады."]),
]


@dataclass
class Article(CopyArticle):
    """``variant`` picks the second form of a template (a ``<dl>`` of facts, ``<br><br>``
    paragraphs, a bare ``<time>``); ``views`` None: no counter printed."""

    variant: int = 0

    def image_paths(self) -> list[str]:
        folder = {"plain": f"/images/{self.day:%Y/%m}/{self.id}",
                  "aria": f"/assets/photo/{self.num}",
                  "styled": f"/editor/files/{self.num % 211:03d}/{self.num}"}[self.cms]
        return [f"{folder}-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("plain", "aria", "styled", "styled"),
        ru=dict(clock=time(10, 45), views=1204),
        pair=dict(clock=time(14, 5), views=2311),
        en=dict(clock=time(9, 30), variant=1),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs, variant=(i // 3) % 2)
    art.clock = None if i % 5 == 2 else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 4 == 1 else rng.choice([rng.randrange(40, 999),
                                                     rng.randrange(1000, 25000)])
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def slug(word: str) -> str:
    """A tag's or rubric's path word (Latin words kept, Cyrillic transliterated)."""
    return ru_slug(word)


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtyfourthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /search\n")
    if path in ("/novosti", "/"):
        page = routes.page_in(parts.query, page_count())
        if page is None:
            return routes.not_found(templates.not_found())
        return templates.listing(page, base)
    if path.startswith(("/tag/", "/rubric/")):
        return templates.topic(path, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
