"""The eighty-sixth copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import base64
import hashlib
import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response

LISTING = "/novosti"
PER_PAGE = 10
STORAGE = "https://ic24-production.s3.eu-central-1.amazonaws.com"
# the deviations, one per third page in turn
DEVS = ("blocks", "strong_source", "no_time", "glued_credit", "no_rubric", "html_lang",
        "caption", "nbsp", "read_also", "utc_eve")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
ROBOTS = b"User-agent: *\nDisallow: /rails/\nDisallow: /search\nDisallow: /admin\n"


def _signed(payload: str) -> str:
    """A Rails signed message: base64 JSON, '--', a SHA-1 hex digest."""
    data = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{data}--{hashlib.sha1(payload.encode()).hexdigest()}"  # noqa: S324 - a look-alike


def blob_key(num: int, k: int) -> str:
    message = f"BAhpA{num * 3 + k}"
    return _signed('{"_rails":{"message":"' + message + '","exp":null,"pur":"blob_id"}}')


def variation(width: int) -> str:
    return _signed('{"_rails":{"message":{"format":"jpg","resize_to_limit":[' + str(width)
                   + ',null]},"exp":null,"pur":"variation"}}')


@dataclass
class Article(CopyArticle):
    dev: str = ""
    og_original: bool = False

    def variant(self, k: int, width: int) -> str:
        return (f"/rails/active_storage/representations/redirect/{blob_key(self.num, k)}/"
                f"{variation(width)}/photo.jpg")

    def original(self, k: int) -> str:
        return f"/rails/active_storage/blobs/redirect/{blob_key(self.num, k)}/photo.jpg"

    def image_paths(self) -> list[str]:
        """Each photo at its largest copy the page names: the original of ``og:image`` where
        the page has one, else the variant ``src`` shows."""
        return [self.original(k) if k == 0 and self.og_original else self.variant(k, 800)
                for k in range(self.images)]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="rails", paragraphs=paragraphs)
    kit.attribute(art, lead_source, rng, named=i % 3 == 0)
    art.clock = time(rng.randrange(7, 21), rng.randrange(0, 60, 5))
    art.place = rng.choice(PLACES[lang]) if i % 2 == 0 else None
    art.images = 0 if i % 6 == 5 else 1
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = None if i % 9 == 4 else rng.randrange(40, 4000)
    art.og_original = i % 2 == 1 and art.images > 0
    if i % 3 == 2:
        art.dev = DEVS[(i // 3) % len(DEVS)]
    if art.dev == "no_time":
        art.clock = None
    if art.dev == "utc_eve":
        art.clock = time(3, 40)
    if art.dev == "no_rubric":
        art.category = None
    if art.dev == "caption":
        art.images = 2
    if art.dev == "strong_source" and not art.source:
        art.source, art.source_line = texts.SOURCES[lang][i % 4], True
    if art.dev in ("glued_credit", "caption") and not art.photo_credit:
        art.photo_credit, art.images = "pixabay", max(art.images, 1)
    if art.dev == "html_lang" and lang != "en":
        art.dev = "nbsp"
    return art


def _fixed() -> list[Article]:
    return kit.known_four(
        Article, "rails",
        ru=dict(dev="nbsp", og_original=True),
        pair=dict(dev="html_lang"),
        en=dict(og_original=True),
        subbotnik=dict(clock=time(16, 7)),
    )


CATALOGUE = kit.standard_catalogue(86, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    from tests.eightysixthsite import templates

    path = urlsplit(target).path
    if path.startswith("/rails/active_storage/"):
        key = hashlib.sha256(path.encode()).hexdigest()[:24]
        return routes.moved(f"{STORAGE}/{key}?X-Amz-Expires=300&X-Amz-Signature={key}", 302)
    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, home=LISTING,
                         home_status=302)


__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]
