"""The article list and router of the InstantCMS copy (see the package docstring)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from tests.copykit import routes
from tests.copykit import site as known
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.eightyseventhsite import templates

SEED = 87087
PER_PAGE = 8
LISTING = "/novosti"
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
# the optional deviations a page may take (about a third of the pages take one or two)
DEVIATIONS = ("tags_bar_only", "rubric_crumb_only", "source_field", "empty_paras",
              "thin_views", "widgets_first", "homoglyph")


@dataclass
class Article(CopyArticle):
    forms: dict[str, Any] = field(default_factory=dict)

    def image_paths(self) -> list[str]:
        a, b = f"{self.num % 97:02x}", f"{self.num % 89:02x}"
        return [f"/upload/000/u1/{a}/{b}/normal_photo{self.num}_{k}.jpg"
                for k in range(self.images)]

    def full_paths(self) -> list[str]:
        """Each photo at its largest copy: the ``big`` preset its lightbox link names."""
        return [p.replace("/normal_", "/big_") for p in self.image_paths()]

    def truth(self, base: str) -> dict[str, object]:
        return {**super().truth(base), "image_urls": [base + p for p in self.full_paths()]}


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(0, lang, day, title, "instantcms", paragraphs)
    known.attribute(art, lead_source, rng, named=rng.random() < 0.45)
    art.category = None if rng.random() < 0.12 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = None if rng.random() < 0.1 else rng.randrange(40, 4000)
    art.place = rng.choice(PLACES[lang]) if rng.random() < 0.6 else None
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if rng.random() < 0.6 else None
    art.images = 0 if rng.random() < 0.15 else 1
    if rng.random() < 0.3:
        art.clock = time(rng.randrange(7, 23), rng.randrange(0, 60))
    return art


def _fixed() -> list[Article]:
    return known.known_four(Article, "instantcms", en={"clock": None})  # "2 August 2021"


def _finish(arts: list[Article]) -> None:
    """Page forms: relative dates on the two newest, deviations on about a third."""
    rng = random.Random(SEED + 1)
    ordered = sorted(arts, key=lambda a: a.local, reverse=True)
    newest, second = ordered[0], ordered[1]
    second.day = newest.day - timedelta(days=1)
    newest.clock, second.clock = time(12, 30), time(9, 15)
    for a in arts:
        a.forms = {"date": "numeric" if a.clock else "words"}
        if rng.random() < 0.35:
            a.forms["dev"] = set(rng.sample(DEVIATIONS, rng.choice([1, 2])))
        else:
            a.forms["dev"] = set()
    newest.forms["date"], second.forms["date"] = "today", "yesterday"
    by_num = {a.num: a for a in arts}
    by_num[45694].forms["dev"] = {"empty_paras"}  # the seed's no-break-space line
    by_num[46768].forms["dev"] = {"source_field"}  # its source in InstantCMS's own field
    by_num[49120].forms["dev"] = set()  # SITE.md's info line as it was seen


CATALOGUE = known.standard_catalogue(SEED, _fixed, _make, PER_PAGE, finish=_finish)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items


def now() -> datetime:
    """The copy's fixed "now": the newest item's day at 18:00 in Almaty."""
    return datetime.combine(build()[0].day, time(18, 0), build()[0].local.tzinfo)


class _Pages:
    def listing(self, page: int, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML}, templates.listing(
            page_items(page), page, page_count(), build()).encode("utf-8")

    def article(self, art: Any, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML}, templates.article(
            art, base, build(), now()).encode("utf-8")

    def not_found(self) -> bytes:
        return templates.not_found().encode("utf-8")


ROBOTS = (b"User-agent: *\nDisallow: /auth/\nDisallow: /users/\nDisallow: /search\n"
          b"Disallow: /admin/\n")


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the listing ``/novosti?page=N``, ``/`` to the listing, articles."""
    return routes.answer(target, host, CATALOGUE, _Pages(), ROBOTS, home=LISTING)
