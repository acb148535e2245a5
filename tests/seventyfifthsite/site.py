"""The portal copy's articles, truth and router (``route(target, host)``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import normalise
from tests.seventyfifthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
# The deviations a third of the pages carry ("" on the others).
DEVIATIONS = ("clock", "views_apart", "caption", "glued", "announce_first", "attachment",
              "homoglyph")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
ROBOTS = b"User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\nDisallow: /personal/\n"
__all__ = ["AGENCY", "LISTING", "build", "by_num", "page_count", "route", "truth"]


@dataclass
class Article(CopyArticle):
    deviation: str = ""

    def image_paths(self) -> list[str]:
        return [f"/upload/iblock/{self.num % 997:03x}/photo_{self.num}_{k}.jpg"
                for k in range(1, self.images + 1)]


def _homoglyph(paragraph: str, lang: str) -> str:
    """One letter of a long word swapped for its look-alike of the other script."""
    words = paragraph.split(" ")
    for i, word in enumerate(words):
        table = {"en": {"o": "о", "e": "е", "a": "а"}}.get(lang, {"о": "o", "е": "e", "а": "a"})
        if len(word) >= 6 and word.isalpha():
            for k, c in enumerate(word[1:], 1):
                if c in table:
                    words[i] = word[:k] + table[c] + word[k + 1:]
                    raw = " ".join(words)
                    if normalise(raw) == paragraph:
                        return raw
                    words[i] = word
                    break
    return paragraph


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(0, lang, day, title, "portal", paragraphs)
    attribute(art, lead_source, rng, named=i % 3 == 0)
    art.place = rng.choice(PLACES[lang]) if i % 4 != 3 else None
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if i % 3 != 2 else None
    art.images = 0 if i % 5 == 4 else 1 + (i % 4 == 0)
    art.category = rng.choice(texts.RUBRICS[lang]) if i % 7 != 5 else None
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(40, 5000) if i % 6 != 1 else None
    if i % 3 == 0:
        art.deviation = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
    if art.deviation == "clock":
        art.clock = time(rng.randrange(8, 20), rng.choice([0, 15, 30, 45]))
    if art.deviation == "views_apart" and art.views is not None:
        art.views += 1000
    if art.deviation in ("caption", "glued") and art.photo_credit is None:
        art.photo_credit, art.images = "gov.kz", max(art.images, 1)
    if art.deviation == "glued" and art.place is None:
        art.place = PLACES[lang][0]
    if art.deviation == "homoglyph":
        raw = list(art.paragraphs)
        raw[1] = _homoglyph(raw[1], lang)
        art.raw_paragraphs = raw
    return art


def _fixed() -> list[Article]:
    arts = known_four(Article, "portal", ru={"clock": None}, pair={"clock": None},
                      en={"clock": None})
    arts[0].deviation = "glued"  # the Russian seed: 'Фото:gov.kz' runs into its dateline
    arts[3].views = 683
    return arts


_catalogue = standard_catalogue(75075, _fixed, _make, PER_PAGE)
build = _catalogue.build
by_num = _catalogue.by_num
truth = _catalogue.truth
page_count = _catalogue.page_count


def route(target: str, host: str) -> Response:
    """One GET to the portal: robots, the paged listing, ``/`` to the listing, the articles."""
    return routes.answer(target, host, _catalogue, templates.Pages(_catalogue), ROBOTS,
                         home=LISTING)
