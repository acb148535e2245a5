"""The seventy-ninth copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY as AGENCY
from tests.copykit.catalogue import CopyArticle, Response

PER_PAGE = 8
LISTING = "/novosti"
QUIRKS = ("no_ld", "credit_glued", "en_header", "tags_footer_only", "views_footer_only",
          "source_quote")
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}


@dataclass
class WixArticle(CopyArticle):
    quirk: str = ""

    @property
    def media(self) -> str:
        digest = hashlib.sha1(self.id.encode()).hexdigest()
        return f"{digest[:6]}_{digest[6:38]}~mv2.jpg"

    def image_paths(self) -> list[str]:
        if not self.images:
            return []
        m = self.media
        return [f"https://static.wixstatic.com/media/{m}/v1/fill/w_740,h_493,al_c,q_85/{m}"]

    def largest_copy(self) -> list[str]:
        """The photo at its largest copy on the page (the srcset's 1480 px), as kznews
        counts one photo in many sizes."""
        if not self.images:
            return []
        m = self.media
        return [f"https://static.wixstatic.com/media/{m}/v1/fill/w_1480,h_986,al_c,q_85/{m}"]

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["image_urls"] = self.largest_copy()
        return rec


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> WixArticle:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    quirk = QUIRKS[(i // 3) % len(QUIRKS)] if i % 3 == 0 else ""
    if quirk in ("en_header",) and lang != "ru":
        quirk = ""
    images = 0 if i % 7 == 3 else 1
    art = WixArticle(
        num=0, lang=lang, day=day, title=title, cms="wix", paragraphs=paragraphs,
        clock=None if quirk == "no_ld" else time(rng.randrange(0, 24), rng.choice([0, 15, 30, 45])),
        place=rng.choice(PLACES[lang]) if i % 4 != 2 else None,
        photo_credit=rng.choice(texts.PHOTO_CREDITS) if images and i % 5 != 4 else None,
        images=images,
        category=rng.choice(texts.RUBRICS[lang]) if i % 6 != 5 else None,
        tags=texts.some_tags(lang, rng), views=rng.randrange(40, 9000) if i % 8 != 6 else None,
        quirk=quirk)
    kit.attribute(art, lead_source, rng, named=i % 2 == 0)
    if quirk == "source_quote" and not art.source_line:
        art.source, art.source_line = texts.SOURCES[lang][0], True
    if quirk == "credit_glued" and not (art.photo_credit and art.place):
        art.photo_credit, art.images, art.place = "gov.kz", 1, PLACES[lang][0]
    if quirk == "tags_footer_only" and not art.tags:
        art.tags = texts.TAGS[lang][:2]
    if quirk == "views_footer_only" and art.views is None:
        art.views = 1200 + i
    return art


def _fixed() -> list[WixArticle]:
    return kit.known_four(WixArticle, "wix", subbotnik={"quirk": "credit_glued"},
                          en={"quirk": "tags_footer_only"})


CATALOGUE = kit.standard_catalogue(7979, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count

ROBOTS = (b"# Wix robots\nUser-agent: *\nDisallow: /_api/\nDisallow: /_partials*\n"
          b"Disallow: /pro-gallery-webapp/\n\nUser-agent: PetalBot\nDisallow: /\n")
_PAGE = re.compile(r"^/novosti/page/(\d+)/?$")
_POST = re.compile(r"^/post/(?:[A-Za-z0-9-]+-)?u(\d+)/?$")


def route(target: str, host: str) -> Response:
    """One GET: robots, ``/`` to the feed, the feed and its ``/page/N``, old ``/post/`` links
    moved to ``/news/``, articles (other slugs moved), else Wix's 404 page."""
    from tests.seventyninthsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path == "/":
        return routes.moved(base + LISTING)
    if path in (LISTING, LISTING + "/"):
        return templates.listing(1, base)
    m = _PAGE.match(path)
    if m:
        n = int(m.group(1))
        if 2 <= n <= page_count():
            return templates.listing(n, base)
        return routes.not_found(templates.not_found())
    m = _POST.match(path)
    if m and int(m.group(1)) in by_num():
        return routes.moved(base + by_num()[int(m.group(1))].path)
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
