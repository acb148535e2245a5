"""The eighty-fourth copy's articles, router and truth (the Tilda markup is in templates)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.eightyfourthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
CDN = "https://static.tildacdn.com"
DEVIATIONS = ("glued", "oneline", "nojsonld", "tagsbelow", "spaced", "popup")
ROBOTS = b"User-agent: *\nDisallow: /tilda/\nDisallow: /members/\n"
__all__ = ["AGENCY", "LISTING"]


@dataclass
class Article(CopyArticle):
    """A story with its Tilda switches (``dev``: its one deviation, or None)."""

    dev: str | None = None

    @property
    def hexes(self) -> tuple[str, str]:
        digest = hashlib.sha1(self.id.encode()).hexdigest()  # noqa: S324 - a made-up upload id
        return digest[:4], digest[4:12] + "-" + digest[12:16]

    @property
    def tpost(self) -> str:
        return f"/tpost/{self.hexes[1][:10]}-{self.slug[:40].rstrip('-')}"

    def image_paths(self) -> list[str]:
        a, b = self.hexes
        return [f"/tild{a}-{b}/photo.jpg"] if self.images else []

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["image_urls"] = [CDN + p for p in self.image_paths()]
        return rec


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="tilda", paragraphs=paragraphs,
                  place=(None if i % 4 == 3 else {"ru": "Алматы", "en": "Almaty",
                                                  "kk": "Алматы"}[lang]),
                  photo_credit=None if i % 6 == 5 else texts.PHOTO_CREDITS[i % 5],
                  images=0 if i % 9 == 8 else 1,
                  category=None if i % 7 == 6 else rng.choice(texts.RUBRICS[lang]),
                  tags=texts.some_tags(lang, rng),
                  views=None if i % 8 == 7 else rng.randrange(40, 25000))
    attribute(art, lead_source, rng, named=i % 3 == 0)
    art.dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)] if i % 3 == 1 else None
    art.clock = None if art.dev == "nojsonld" or lang == "kk" else time(8 + i % 12, (i * 7) % 60)
    if art.images == 0:
        art.photo_credit = None
    if art.dev == "glued" and (art.photo_credit is None or art.place is None):
        art.dev = "spaced"
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "tilda", ru=dict(dev=None), pair=dict(dev="nojsonld", clock=None),
                      en=dict(dev="oneline"), subbotnik=dict(dev="glued", clock=time(10, 0)))


CATALOGUE = standard_catalogue(84084, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count


def _article(art: Article, base: str) -> Response:
    return 200, {"Content-Type": routes.HTML}, templates.article(art, base, build()).encode()


def _listing(page: int, base: str) -> Response:
    body = templates.listing(CATALOGUE.page_items(page), page, page_count(), build())
    return 200, {"Content-Type": routes.HTML}, body.encode()


def route(target: str, host: str) -> Response:
    """One GET: robots, the listing and its ``?page=N``, a post at ``/news/…`` (301 from an old
    slug) or at its Feeds twin ``/tpost/…``, ``/`` to the listing, else the 404 page."""
    parts = urlsplit(target)
    base = f"http://{host}"
    if parts.path == "/robots.txt":
        return routes.robots(ROBOTS)
    if parts.path == LISTING:
        number = routes.page_in(parts.query, page_count())
        if number is None:
            return routes.not_found(templates.not_found().encode())
        return _listing(number, base)
    if parts.path == "/":
        return routes.moved(base + LISTING)
    if parts.path.startswith("/tpost/"):
        twin = next((a for a in build() if isinstance(a, Article) and a.tpost == parts.path),
                    None)
        if twin is None:
            return routes.not_found(templates.not_found().encode())
        return _article(twin, base)
    return CATALOGUE.article_or_404(parts.path, base, _article,  # type: ignore[arg-type]
                                    lambda: templates.not_found().encode())
