"""The articles of the Webflow copy, its truth and its router (see the package docstring)."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

SITE_ID = "5f3c1a2b4d5e6f7a8b9c0d1e"
CDN = f"https://uploads-ssl.webflow.com/{SITE_ID}"
PLACEHOLDER = "https://assets.website-files.com/plugins/Basic/assets/placeholder.60f9b1840c.svg"
PAGER = "a1b2c3d4_page"
LISTING = "/novosti"
PER_PAGE = 9
ROBOTS = b"User-agent: *\nDisallow: /search\nDisallow: /cookie-settings\n"
DEVIATIONS = ("dotdate", "clock", "stale_hidden", "credit_run", "source_link", "tag_list",
              "no_rubric", "embed", "zwj")
__all__ = ["AGENCY", "build", "route", "truth"]


@dataclass
class Article(CopyArticle):
    deviation: str | None = None

    def image_paths(self) -> list[str]:
        """Absolute CDN addresses of the full-size photos, main image first."""
        out = []
        for k in range(self.images):
            digest = hashlib.md5(f"{self.num}-{k}".encode()).hexdigest()[:24]  # noqa: S324
            out.append(f"{CDN}/{digest}_photo.jpg")
        return out

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["image_urls"] = self.image_paths()
        return rec


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    deviation = DEVIATIONS[(i // 3) % len(DEVIATIONS)] if i % 3 == 0 else None
    places = {"ru": ["Алматы", "Астана", None], "en": ["Almaty", "Astana", None],
              "kk": ["Алматы", None]}[lang]
    art = Article(0, lang, day, title, "webflow", paragraphs, place=rng.choice(places),
                  images=rng.choice([0, 1, 1, 1, 2]), deviation=deviation)
    attribute(art, lead_source, rng, named=i % 2 == 0)
    if deviation == "source_link" and not art.source_line:
        art.source, art.source_line = rng.choice(texts.SOURCES[lang]), True
    if art.images and rng.random() < 0.8:
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS)
    if deviation == "credit_run":
        art.images = max(art.images, 1)
        art.photo_credit = art.photo_credit or "pixabay"
        art.place = art.place or places[0]
    if deviation == "embed":
        art.images = 2
    art.category = None if deviation == "no_rubric" else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    if deviation == "tag_list" and not art.tags:
        art.tags = texts.TAGS[lang][:2]
    art.views = None if i % 11 == 4 else rng.randrange(40, 9000)
    if deviation == "clock":
        art.clock = time(rng.randrange(8, 20), rng.choice([0, 5, 20, 40, 55]))
    return art


def _fixed() -> list[Article]:
    no_clock: dict[str, object] = {"clock": None}
    return known_four(Article, "webflow", ru=no_clock, pair=no_clock, en=no_clock,
                      subbotnik=no_clock)


CATALOGUE = standard_catalogue(82, _fixed, _make, PER_PAGE)


def build() -> Sequence[Article]:
    return CATALOGUE.build()  # type: ignore[return-value]


def by_num() -> dict[int, CopyArticle]:
    return CATALOGUE.by_num()


def truth(base: str) -> dict[str, dict[str, object]]:
    return CATALOGUE.truth(base)


def page_count() -> int:
    return CATALOGUE.page_count()


def route(target: str, host: str) -> Response:
    from tests.eightysecondsite import templates

    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, home=LISTING,
                         page=lambda q: routes.page_in(q, page_count(), PAGER))
