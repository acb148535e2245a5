"""The sixty-second copy's articles, truth and router (MODX Revolution; markup in templates.py).

Every story is a MODX resource under the ``novosti`` container; ``deviation`` names what its
page does differently from the plain template (None on about two thirds of the pages).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

LISTING = "/novosti"
PER_PAGE = 10
SEED = 6202
# The page deviations, cycled over every third generated story (see the package docstring).
DEVIATIONS = ("time", "glued", "source_in_text", "hits_nbsp", "no_rubric", "messy",
              "second_photo", "comments", "leading_zero")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
HASHES = ("5a3", "c1e", "07b", "9fd")


@dataclass
class Article(CopyArticle):
    deviation: str | None = None

    def image_paths(self) -> list[str]:
        """The phpThumbOf copies the page shows: the lead photo, then an inline one."""
        folder = f"/assets/cache_image/assets/images/news/{self.day.year}/{self.day.month:02d}"
        size = HASHES[self.num % len(HASHES)]
        out = [f"{folder}/photo-{self.id}_800x0_{size}.jpg"]
        if self.images > 1:
            out.append(f"{folder}/inline-{self.id}_700x0_{size}.jpg")
        return out[: self.images]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="modx", paragraphs=paragraphs)
    attribute(art, lead_source, rng, named=lang != "kk" and rng.random() < 0.6)
    art.place = rng.choice(PLACES[lang]) if rng.random() < 0.8 else None
    art.images = 1 if rng.random() < 0.75 else 0
    art.photo_credit = (rng.choice(texts.PHOTO_CREDITS)
                        if art.images and rng.random() < 0.8 else None)
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(40, 4000) if rng.random() < 0.85 else None
    if i % 3 == 0:
        art.deviation = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
    _fit(art, rng)
    return art


def _fit(art: Article, rng: random.Random) -> None:
    """Make a story's fields show its deviation."""
    dev = art.deviation
    if dev == "time":
        art.clock = time(rng.randrange(7, 23), rng.choice([0, 5, 15, 30, 42, 55]))
    elif dev == "glued":
        art.place = art.place or PLACES[art.lang][0]
        art.images = max(art.images, 1)
        art.photo_credit = art.photo_credit or "pixabay"
    elif dev == "source_in_text":
        art.source, art.source_line = texts.SOURCES[art.lang][0], True
    elif dev == "hits_nbsp":
        art.views = rng.randrange(1000, 25000)
    elif dev == "no_rubric":
        art.category = None
    elif dev == "second_photo":
        art.images = 2
    elif dev == "leading_zero":
        art.day = art.day.replace(day=min(art.day.day, 9))


def _fixed() -> list[Article]:
    return known_four(
        Article, "modx",
        ru=dict(clock=None, deviation="hits_nbsp"),
        pair=dict(deviation="time"),
        en=dict(clock=None, photo_credit=None),
        subbotnik=dict(clock=None),
    )


CATALOGUE = standard_catalogue(SEED, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items

ROBOTS = b"""User-agent: *
Disallow: /manager/
Disallow: /connectors/
Disallow: /core/
Disallow: /assets/components/
Disallow: /search
Disallow: /*?utm_
Sitemap: /sitemap.xml
"""


def route(target: str, host: str) -> Response:
    """One GET to the copy: robots.txt, ``/novosti`` (``?page=N``), ``/`` redirected to the
    listing, articles at ``/news/<slug>-u<N>`` (301 from another slug), else MODX's 404."""
    from tests.sixtysecondsite import templates

    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, home=LISTING,
                         home_status=302)
