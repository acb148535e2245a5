"""The eightieth copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.routes import answer
from tests.copykit.text import LAT2CYR

LISTING = "/novosti"
PER_PAGE = 8
DEVIATIONS = ("client_related", "no_rubric", "credit_inline", "clock", "no_views", "tags_text")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
ROBOTS = b"User-agent: *\nDisallow: /api/\nDisallow: /search\n"


@dataclass
class Art(CopyArticle):
    deviation: str | None = None
    nbsp_line: bool = False

    def image_paths(self) -> list[str]:
        if not self.images:
            return []
        digest = hashlib.md5(str(self.num).encode()).hexdigest()[:12]  # noqa: S324 - a name
        return [f"/assets/uploads/news/{self.day:%Y/%m}/{digest}.jpg"]


def _homoglyph(text: str) -> str:
    """The first Russian word of 5+ letters with a Cyrillic 'о' spelled with a Latin 'o'."""
    cyr2lat = {v: k for k, v in LAT2CYR.items()}
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) >= 5 and "о" in w and w.isalpha():
            words[i] = w.replace("о", cyr2lat["о"], 1)
            return " ".join(words)
    return text


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Art:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Art(num=0, lang=lang, day=day, title=title, cms="angular", paragraphs=paragraphs)
    kit.attribute(art, lead_source, rng, named=i % 3 == 0)
    art.place = None if i % 7 == 3 else rng.choice(PLACES[lang])
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(40, 4000)
    art.images = 0 if i % 9 == 4 else 1
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images else None
    art.nbsp_line = i % 4 == 1
    if lang == "ru" and i % 5 == 2:  # a Latin 'o' inside a Russian word of the second paragraph
        raw = list(paragraphs)
        raw[1] = _homoglyph(raw[1])
        art.raw_paragraphs = raw
    if lang == "ru" and i % 6 == 5:  # a no-break space before a unit
        raw = list(art.raw_paragraphs or paragraphs)
        raw[-1] = raw[-1].replace(" ", "\u00a0", 1)
        art.raw_paragraphs = raw
    if i % 3 == 1:
        art.deviation = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
    _apply(art)
    return art


def _apply(art: Art) -> None:
    """What a page's deviation changes in its truth."""
    if art.deviation == "no_rubric":
        art.category = None
    if art.deviation == "no_views":
        art.views = None
    if art.deviation == "clock":
        art.clock = art.clock or time(11, 20)
    if art.deviation == "credit_inline" and not art.photo_credit:
        art.photo_credit, art.images = "gov.kz", 1


def _fixed() -> list[Art]:
    arts = kit.known_four(Art, "angular",
                          ru=dict(clock=None, nbsp_line=True),
                          pair=dict(clock=None, deviation="clock"),
                          en=dict(clock=None, nbsp_line=True),
                          subbotnik=dict(deviation="credit_inline"))
    for a in arts:
        _apply(a)
    return arts


_catalogue = kit.standard_catalogue(80, _fixed, _make, PER_PAGE)
by_num = _catalogue.by_num
page_count = _catalogue.page_count
page_items = _catalogue.page_items
truth = _catalogue.truth


def build() -> list[Art]:
    return list(_catalogue.build())  # type: ignore[arg-type]


def route(target: str, host: str) -> Response:
    """One GET to the copy."""
    from tests.eightiethsite import templates

    return answer(target, host, _catalogue, templates, ROBOTS, home=LISTING)


__all__ = ["AGENCY", "LISTING", "Art", "build", "by_num", "page_count", "route", "truth"]
