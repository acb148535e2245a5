"""The eighty-eighth copy's articles and router: K2 items on a Joomla 3 site (see __init__)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import normalise
from tests.eightyeighthsite import templates

PER_PAGE = 10
LISTING = "/novosti"
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
QUIRKS = ("intro_all", "no_photo", "no_hits", "hazard", "extra_source", "bare_credit")
ROBOTS = (b"User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\n"
          b"Disallow: /cli/\nDisallow: /components/\nDisallow: /includes/\n"
          b"Disallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
          b"Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\n"
          b"Disallow: /tmp/\n")


@dataclass
class Article(CopyArticle):
    layout: str = "override"  # "override" (SITE.md's info line) or "stock" (K2's own)
    quirks: frozenset[str] = field(default_factory=frozenset)

    @property
    def md5(self) -> str:
        return hashlib.md5(f"Item{self.num}".encode()).hexdigest()  # noqa: S324 - K2's naming

    def image_paths(self) -> list[str]:
        return [f"/media/k2/items/cache/{self.md5}_XL.jpg"] if self.images else []


def _hazard(para: str) -> str:
    """The paragraph with no-break spaces and one letter of the other script in a word."""
    words = para.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w[1] in "оaе":
            swap = {"о": "o", "а": "a", "е": "e", "a": "а", "e": "е"}.get(w[1], w[1])
            words[i] = w[0] + swap + w[2:]
            break
    return "\u00a0".join(words[:3]) + " " + " ".join(words[3:]) if len(words) > 3 else para


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    quirks = frozenset(q for q, on in zip(QUIRKS, (i % 5 == 2, i % 7 == 3, i % 8 == 5,
                                                    i % 6 == 4, i % 9 == 7, i % 6 == 0),
                                          strict=True) if on)
    layout = "stock" if i % 3 == 0 else "override"
    images = 0 if "no_photo" in quirks else 1
    art = Article(num=0, lang=lang, day=day, title=title, cms="k2", paragraphs=paragraphs,
                  clock=time(rng.randrange(8, 21), rng.choice([0, 5, 20, 35, 50]))
                  if layout == "stock" else None,
                  place=rng.choice(PLACES[lang]) if rng.random() < 0.7 else None,
                  images=images,
                  photo_credit=rng.choice(texts.PHOTO_CREDITS) if images else None,
                  category=rng.choice(texts.RUBRICS[lang]), tags=texts.some_tags(lang, rng),
                  views=None if "no_hits" in quirks else rng.randrange(40, 6000),
                  layout=layout, quirks=quirks)
    attribute(art, lead_source, rng, named=rng.random() < 0.5)
    if "hazard" in quirks:
        art.raw_paragraphs = [paragraphs[0], _hazard(paragraphs[1]), *paragraphs[2:]]
        assert [normalise(p) for p in art.raw_paragraphs] == paragraphs
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "k2", ru={"layout": "stock"}, pair={"clock": None},
                      en={"clock": None})


_catalogue = standard_catalogue(8808, _fixed, _make, PER_PAGE)
build = _catalogue.build
by_num = _catalogue.by_num
truth = _catalogue.truth
page_count = _catalogue.page_count
page_items = _catalogue.page_items


def page_of(query: str) -> int | None:
    """Joomla's ``?start=N`` offset as a page number (page 1 without it); None when it is not
    a multiple of the page size within the listing."""
    start = parse_qs(query).get("start", ["0"])[0]
    if not start.isdigit() or int(start) % PER_PAGE or int(start) // PER_PAGE >= page_count():
        return None
    return int(start) // PER_PAGE + 1


def listing_path(n: int) -> str:
    return LISTING if n == 1 else f"{LISTING}?start={(n - 1) * PER_PAGE}"


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the K2 category listing, ``/`` to it, an article or the 404."""
    if urlsplit(target).path == "/":
        return routes.moved(f"http://{host}{LISTING}", 303)
    return routes.answer(target, host, _catalogue, templates, ROBOTS, page=page_of)


__all__ = ["AGENCY", "Article", "build", "by_num", "listing_path", "page_count", "page_items",
           "route", "truth"]
