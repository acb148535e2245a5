"""The seventy-second copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, time

from tests.copykit import routes, stories
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.seventysecondsite import templates

LISTING = "/novosti"
PER_PAGE = 12
DEVIATIONS = ("no_rubric", "client_views", "glued_credit", "strong_source", "lazy_image",
              "us_date", "nbsp_lead")
ROBOTS = b"User-agent: *\nDisallow: /admin/\nDisallow: /_nuxt/\nAllow: /\n"
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
__all__ = ["AGENCY"]


@dataclass
class Article(CopyArticle):
    nuxt: int = 2
    deviation: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def photo_hash(self) -> str:
        return hashlib.sha1(self.id.encode()).hexdigest()[:10]

    def image_paths(self) -> list[str]:
        return [f"/uploads/large_photo_{self.photo_hash()}.jpg"] if self.images else []


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="nuxt", paragraphs=paragraphs,
                  nuxt=2 + i % 2, place=rng.choice(PLACES[lang]) if i % 4 else None,
                  clock=time(rng.randrange(8, 20), rng.choice([0, 15, 30, 45])) if i % 3 == 0
                  else None,
                  category=rng.choice(stories.RUBRICS[lang]), tags=stories.some_tags(lang, rng),
                  views=rng.randrange(40, 4000), images=int(i % 5 != 4))
    if art.images:
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    attribute(art, lead_source, rng, named=i % 2 == 0)
    if i % 3 == 1:
        dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
        if dev == "us_date" and lang != "en" or dev == "glued_credit" and not (
                art.place and art.photo_credit) or dev == "lazy_image" and not art.images:
            dev = "no_rubric"
        if dev == "strong_source" and not art.source_line:
            dev = "client_views"
        art.deviation = dev
        if dev == "no_rubric":
            art.category = None
        if dev == "client_views":
            art.views = None
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "nuxt", ru=dict(nuxt=2, category="Общество"),
                      pair=dict(nuxt=3, deviation="client_views", views=None),
                      en=dict(nuxt=3, views=517, deviation="us_date"),
                      subbotnik=dict(nuxt=2, deviation="glued_credit"))


CATALOGUE = standard_catalogue(72072, _fixed, _make, PER_PAGE)
build, by_num, truth, page_count = (CATALOGUE.build, CATALOGUE.by_num, CATALOGUE.truth,
                                    CATALOGUE.page_count)


class _Pages:
    def listing(self, page: int, base: str) -> Response:
        body = templates.listing(CATALOGUE.page_items(page), page, page_count(), build())
        return 200, {"Content-Type": routes.HTML}, body.encode()

    def article(self, art: Article, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML}, templates.article(art, base, build()).encode()

    def not_found(self) -> bytes:
        return templates.not_found().encode()


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """One GET to the copy: robots.txt, the listing, ``/`` to the listing, the articles."""
    return routes.answer(target, host, CATALOGUE, _Pages(), ROBOTS, home=LISTING)
