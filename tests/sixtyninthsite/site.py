"""The sixty-ninth copy's articles, truth and router (uCoz markup in ``templates``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import Response
from tests.sixtyninthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
DEVIATIONS = ("photo_run", "no_rubric", "views_bottom", "tags_bottom", "br_body",
              "source_link", "utf8_mislabel", "date_numeric")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}


@dataclass
class Article(kit.CopyArticle):
    dev: str | None = None

    @property
    def entry(self) -> int:
        """uCoz's own entry number (its ``/news/2023-04-20-9120`` link)."""
        return self.num - 40000

    @property
    def ucoz_path(self) -> str:
        return f"/news/{self.day.isoformat()}-{self.entry}"

    def image_files(self) -> list[tuple[str, str]]:
        """(thumbnail, full) of each photo."""
        folder = self.entry // 10
        out = []
        for k in range(self.images):
            n = (self.num * 37 + k * 911) % 90000 + 10000
            out.append((f"/_nw/{folder}/s{n}.jpg", f"/_nw/{folder}/{n}.jpg"))
        return out

    def image_paths(self) -> list[str]:
        return [full for _, full in self.image_files()]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(0, lang, day, title, "ucoz", paragraphs)
    kit.attribute(art, lead_source, rng, named=i % 2 == 0)
    art.place = rng.choice(PLACES[lang]) if i % 6 != 5 else None
    art.clock = time(rng.randrange(8, 21), rng.choice([0, 15, 30, 45])) if i % 2 else None
    art.images = rng.choice([0, 1, 1, 2])
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = None if i % 9 == 4 else rng.randrange(3, 9000)
    if i % 3 == 0:
        art.dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
    if art.dev == "no_rubric":
        art.category = None
    if art.dev == "photo_run" and not (art.place and art.photo_credit):
        art.place = art.place or PLACES[lang][0]
        art.images, art.photo_credit = 1, "pixabay"
    if art.dev in ("views_bottom",) and art.views is None:
        art.views = 57
    if art.dev == "tags_bottom" and not art.tags:
        art.tags = texts.TAGS[lang][:2]
    if art.dev == "source_link" and not art.source:
        art.source, art.source_line = texts.SOURCES[lang][0], True
    return art


CATALOGUE = kit.standard_catalogue(69069, lambda: kit.known_four(Article, "ucoz"), _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items

ROBOTS = b"""User-agent: *
Disallow: /a/
Disallow: /stat/
Disallow: /index/1
Disallow: /index/3
Disallow: /register
Disallow: /panel/
Disallow: /admin/
Disallow: /informer/
Disallow: /secure/
Disallow: /poll/
Disallow: /search/
Disallow: /*?ssid=
"""


def _page_number(query: str) -> int | None:
    """uCoz's ``?page2`` (no ``=``); page 1 without a query, else None (the 404)."""
    if not query:
        return 1
    if query.startswith("page") and query[4:].isdigit() and 1 <= int(query[4:]) <= page_count():
        return int(query[4:])
    return None


def route(target: str, host: str) -> Response:
    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path in (LISTING, LISTING + "/"):
        number = _page_number(parts.query)
        if number is None:
            return routes.not_found(templates.not_found(), templates.HTML)
        return templates.listing(number, page_count(), page_items(number), build(), base)
    if path == "/":
        return routes.moved(base + LISTING)
    for art in build():
        if path == art.ucoz_path:
            return routes.moved(base + art.path)
    return CATALOGUE.article_or_404(path, base, lambda a, b: templates.article(a, b, build()),
                                    templates.not_found)
