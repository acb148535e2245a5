"""The eighty-first copy's articles, truth and router (Astro paths: ``/novosti/N/``)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, stories
from tests.copykit import site as kit
from tests.copykit.catalogue import AGENCY, CopyArticle, Response

__all__ = ["AGENCY"]

LISTING = "/novosti"
PER_PAGE = 8
# every form a page can take, by knob (the test checks each occurs)
DATES = ("time", "utc", "text")
CREDITS = ("caption", "overlay", "spaced")
BODIES = ("div", "article")
ROBOTS = b"User-agent: *\nDisallow: /search/\nDisallow: /_astro/\n"


@dataclass
class Article(CopyArticle):
    forms: dict[str, str] = field(default_factory=dict)

    def image_paths(self) -> list[str]:
        return [photo(self, 1200)] if self.images else []

    @property
    def deviant(self) -> bool:
        return self.forms.get("deviant") == "1"


def photo(art: CopyArticle, width: int) -> str:
    """Astro's hashed image name for the article's photo at ``width``."""
    digest = hashlib.sha1(f"{art.num}/{width}".encode()).hexdigest()
    return f"/_astro/photo.{digest[:8]}_Z{digest[8:14]}.webp"


def _forms(i: int, rng: random.Random) -> dict[str, str]:
    deviant = i % 3 == 0
    return {"deviant": "1" if deviant else "0",
            "date": DATES[(i // 3) % 3] if deviant else rng.choice(("time", "text")),
            "credit": CREDITS[(i // 6) % 3] if deviant else "caption",
            "body": "article" if deviant and i % 2 else "div",
            "source": "link" if deviant else "plain",
            "ad": "1" if deviant else "0",
            "dateline": "strong" if i % 4 == 1 else "plain",
            "us_date": "1" if i % 5 == 2 else "0"}


def _fixed() -> list[Article]:
    four = kit.known_four(Article, "astro")
    for i, art in enumerate(four):
        art.forms = _forms(i + 1, random.Random(i))
    four[0].forms["date"] = "time"  # the Russian seed keeps its clock
    four[1].forms.update(deviant="1", date="utc", credit="overlay", ad="1")
    four[2].forms["date"] = "text"
    four[3].forms.update(date="time", credit="caption")
    return four


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="astro", paragraphs=paragraphs)
    art.forms = _forms(i, rng)
    kit.attribute(art, lead_source, rng, named=i % 3 != 2)
    places = {"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}
    if i % 4 != 3:
        art.place = places[lang] if i % 5 else {"ru": "Астана", "en": "Astana",
                                                 "kk": "Астана"}[lang]
    art.images = 0 if i % 5 == 4 else 1
    if art.images and i % 3 != 1:
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    art.category = None if i % 7 == 5 else rng.choice(stories.RUBRICS[lang])
    art.tags = stories.some_tags(lang, rng)
    art.views = None if i % 9 == 4 else rng.randrange(40, 4000)
    return art


def _finish(arts: list[Article]) -> None:
    for a in arts:
        if a.forms["date"] == "text":
            a.clock = None
        elif a.clock is None and a.num % 2:
            a.clock = time(8 + a.num % 11, a.num % 60)


_catalogue = kit.standard_catalogue(81081, _fixed, _make, PER_PAGE, finish=_finish)
truth, page_count = _catalogue.truth, _catalogue.page_count


def build() -> list[Article]:
    """The copy's articles, newest first (built once)."""
    return cast(list[Article], list(_catalogue.build()))


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def page_items(n: int) -> list[Article]:
    """The articles listing page ``n`` (from 1) shows, newest first."""
    return build()[(n - 1) * PER_PAGE : n * PER_PAGE]


def page_path(n: int) -> str:
    return LISTING if n == 1 else f"{LISTING}/{n}/"


def route(target: str, host: str) -> Response:
    """One GET: robots, the Astro listing pages, redirects into them, articles, 404."""
    from tests.eightyfirstsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path == "/":
        return routes.moved(base + LISTING)
    if path == LISTING and parts.query:
        page = parse_qs(parts.query).get("page", [""])[0]
        if page.isdigit() and 1 <= int(page) <= page_count():
            return routes.moved(base + page_path(int(page)))
        return routes.not_found(templates.not_found())
    if path in (LISTING, f"{LISTING}/", f"{LISTING}/1/"):
        if path != LISTING:
            return routes.moved(base + LISTING)
        return templates.listing(1, base)
    if path.startswith(f"{LISTING}/"):
        n = path[len(LISTING) + 1:].rstrip("/")
        if path.endswith("/") and n.isdigit() and 2 <= int(n) <= page_count():
            return templates.listing(int(n), base)
        return routes.not_found(templates.not_found())
    render = cast(Any, templates.article)
    return _catalogue.article_or_404(path, base, render, templates.not_found)
