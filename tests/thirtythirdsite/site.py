"""The thirty-third copy's articles and ground truth, and the request router.

About 43 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026. Every page carries
the heavy frame (mega-menu, sprite, footer, deep wrappers); each generated article adds one or
more heavy parts by position: a long read with a data table and a chart, a comment thread, the
inline JSON state, a gallery; a few "monster" pages carry all of them at once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 33033
PER_PAGE = 10
ROBOTS = b"User-agent: *\nDisallow: /api/\nDisallow: /comments/\nDisallow: /search\n"
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
MONSTERS = (7, 20)  # generated positions whose page carries every heavy part


@dataclass
class Article(CopyArticle):
    """The heavy parts a page carries; the long-read paragraphs are already in ``paragraphs``."""

    comments: int = 0  # reader comments under the text (not body)
    quotes: bool = False  # some comments quote the article's paragraphs
    state_kb: int = 0  # size of the inline JSON state (0: none)
    table_rows: int = 0  # a data table inside the text (data, not paragraphs)
    chart: bool = False  # an inline SVG chart with text labels inside the text
    depth: int = 120  # wrappers around the text
    sprite_kb: int = 10  # the inline SVG sprite

    def image_paths(self) -> list[str]:
        return [f"/media/{self.day:%Y/%m}/ic{self.num}-{k:02d}.jpg"
                for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, "heavy",
        ru=dict(clock=time(10, 40), comments=640, quotes=True, depth=180),
        pair=dict(state_kb=1200),
        en=dict(clock=None, images=60, photo_credit="EU Reporter", views=3120, sprite_kb=150),
        subbotnik=dict(table_rows=120, depth=199),
    )


def long_read(lang: str, lead: str, count: int, rng: random.Random) -> list[str]:
    """``count`` distinct paragraphs: two pool sentences and a figure of their own each."""
    pool = texts.EN_POOL if lang == "en" else texts.RU_POOL
    out = [lead]
    for k in range(1, count):
        first, second = rng.sample(pool, 2)
        value = f"{rng.randrange(2, 99)}.{rng.randrange(10)}" if lang == "en" else \
            f"{rng.randrange(2, 99)},{rng.randrange(10)}"
        figure = (f"In section {k} of the review the index stood at {value}%." if lang == "en"
                  else f"В разделе {k} обзора индекс составил {value}%.")
        out.append(f"{first} {figure} {second}")
    return out


def _story(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        return list(next(p for t, p in texts.KK_STORIES if t == title)), None
    return texts.headline_story(lang, title, i, rng)


def _heavy(art: Article, i: int, rng: random.Random) -> None:
    kind = "all" if i in MONSTERS else ("long", "comments", "state", "gallery", "plain",
                                        "long+comments")[i % 6]
    if art.lang != "kk" and kind in ("long", "long+comments", "all"):
        art.paragraphs = long_read(art.lang, art.paragraphs[0], rng.randrange(100, 301), rng)
        art.table_rows = rng.randrange(60, 400) if kind != "long+comments" else 0
        art.chart = True
    if kind in ("comments", "long+comments", "all"):
        art.comments = rng.randrange(500, 2001)
        art.quotes = i % 4 != 0
    if kind in ("state", "all"):
        art.state_kb = rng.randrange(2000, 3001) if kind == "all" else rng.randrange(1000, 1600)
    if kind in ("gallery", "all"):
        art.images = rng.randrange(50, 101)
    art.depth = rng.randrange(100, 201)
    art.sprite_kb = 200 if kind == "all" else rng.choice([10, 20, 40, 80])


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = _story(lang, title, i, rng)
    art = Article(0, lang, day, title, "heavy", paragraphs)
    art.clock = None if i % 3 == 0 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 45]))
    art.place = rng.choice(PLACES[lang]) if i % 2 == 0 else None
    art.category = None if i % 9 == 4 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = 1 if i % 7 != 6 else 0
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = rng.randrange(40, 90000)
    _heavy(art, i, rng)
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtythirdsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS)
