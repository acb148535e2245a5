"""The article list, truth and router of the Cloudflare-fronted copy (see the package doc)."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.seventysixthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
DEVS = ("email", "noviews", "norubric", "numdate", "zwsp", "caption", "nbsp")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
EMAIL = {"ru": ("Справки можно получить по электронной почте {0}.", "press@almaty.gov.kz"),
         "en": ("Enquiries can be sent to {0}.", "info@ic24.kz"),
         "kk": ("Сұрақтарды {0} поштасына жіберуге болады.", "info@ic24.kz")}


@dataclass
class Art(CopyArticle):
    dev: str | None = None
    challenged: bool = False
    email: str | None = None  # the address the last paragraph obfuscates

    def image_paths(self) -> list[str]:
        return [f"/upload/iblock/{self.num % 997:03d}/{self.num}_{k}.jpg"
                for k in range(1, self.images + 1)]


def _fixed() -> list[Art]:
    arts = kit.known_four(Art, "cloudflare")
    ru, pair, en, _ = arts
    ru.dev, pair.challenged, en.challenged = "nbsp", True, True
    for art in arts:
        art.clock = None  # the pages print no time of day
    return arts


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Art:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Art(num=0, lang=lang, day=day, title=title, cms="cloudflare", paragraphs=paragraphs)
    kit.attribute(art, lead_source, rng, named=i % 3 != 1)
    art.place = rng.choice(PLACES[lang]) if i % 4 != 3 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(40, 9000)
    art.images = 0 if i % 4 == 2 else 1 + (i % 7 == 0)
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 2 == 0 else None
    art.challenged = i % 5 == 2
    if i % 3 == 0:
        art.dev = DEVS[(i // 3) % len(DEVS)]
    if art.dev == "email":
        form, art.email = EMAIL[lang]
        art.paragraphs.append(form.format(art.email))
    elif art.dev == "noviews":
        art.views = None
    elif art.dev == "norubric":
        art.category = None
    elif art.dev == "caption" and not art.photo_credit:
        art.images, art.photo_credit = max(art.images, 1), "primeminister.kz"
    return art


_catalogue = kit.standard_catalogue(7676, _fixed, _make, PER_PAGE)
build = _catalogue.build
by_num = _catalogue.by_num
truth = _catalogue.truth
page_count = _catalogue.page_count
page_items = _catalogue.page_items

_seen: set[tuple[str, str]] = set()
_lock = threading.Lock()


def calm_route(target: str, host: str) -> Response:
    """One GET answered as the site does once Cloudflare lets the visitor through."""
    status, headers, body = routes.answer(target, host, _catalogue, templates, templates.ROBOTS,
                                          home=LISTING)
    return status, {**templates.cf_headers(target), **headers}, body


def route(target: str, host: str) -> Response:
    """One GET: a challenged article's first request per (host, target) gets the 503
    interstitial, every other request what ``calm_route`` answers."""
    path = urlsplit(target).path
    art = next((a for a in build() if a.path == path), None)
    if isinstance(art, Art) and art.challenged:
        with _lock:
            first = (host, target) not in _seen
            _seen.add((host, target))
        if first:
            return 503, {**templates.cf_headers(target), "cf-mitigated": "challenge",
                         "Content-Type": "text/html; charset=UTF-8",
                         "Cache-Control": "private, max-age=0, no-store"}, \
                templates.challenge(target, host)
    return calm_route(target, host)
