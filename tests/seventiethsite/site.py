"""The article list, truth and router of the Ghost copy (markup in ``templates``)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY as AGENCY
from tests.copykit.catalogue import CopyArticle, Response

LISTING = "/novosti"
PER_PAGE = 10
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
QUIRKS = ("no_views", "no_tags", "no_rubric", "no_dateline", "no_photo", "bookmark",
          "ad_card", "spaced_credit", "early_clock", "caption_credit")
_PAGE = re.compile(r"^/novosti/page/(\d+)/?$")
ROBOTS = (b"User-agent: *\nDisallow: /ghost/\nDisallow: /p/\nDisallow: /email/\n"
          b"Disallow: /r/\nDisallow: /webmentions/receive/\n")


@dataclass
class Article(CopyArticle):
    quirk: str = ""

    def image_name(self, k: int) -> str:
        return f"{self.slug.lower()[:28].rstrip('-')}-{k}.jpg"

    def folder(self) -> str:
        return f"{self.day.year}/{self.day.month:02d}"

    def image_paths(self) -> list[str]:
        """Every photo at its original size (what og:image and JSON-LD name for the feature
        image, whose ``img`` shows the ``size/w600`` rendition; the body card's own ``src``)."""
        return [f"/content/images/{self.folder()}/{self.image_name(k)}"
                for k in range(1, self.images + 1)]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paras, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="ghost", paragraphs=paras,
                  clock=time(rng.randrange(7, 23), rng.randrange(60)),
                  place=rng.choice(PLACES[lang]), photo_credit=rng.choice(texts.PHOTO_CREDITS),
                  images=rng.choice([1, 1, 2]), category=rng.choice(texts.RUBRICS[lang]),
                  tags=texts.some_tags(lang, rng) or [texts.TAGS[lang][i % 3]],
                  views=rng.randrange(40, 9000))
    # Ghost keeps one tag per slug: a tag named like the rubric is the rubric itself
    art.tags = [t for t in art.tags if t.lower() != str(art.category).lower()]
    kit.attribute(art, lead_source, rng, named=i % 2 == 0)
    if i % 3 == 0:
        art.quirk = QUIRKS[(i // 3) % len(QUIRKS)]
    if art.quirk == "no_views":
        art.views = None
    elif art.quirk == "no_tags":
        art.tags = []
    elif art.quirk == "no_rubric":
        art.category = None
    elif art.quirk == "no_dateline":
        art.place = None
    elif art.quirk == "no_photo":
        art.images, art.photo_credit = 0, None
    elif art.quirk == "early_clock":
        art.clock = time(3, 40)
    elif art.quirk == "caption_credit":
        art.images = 2
    return art


def _fixed() -> list[Article]:
    return kit.known_four(Article, "ghost")


CATALOGUE = kit.standard_catalogue(7070, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the listing and its ``/page/N/`` pages, ``/`` moved to the
    listing, the articles (301 from another slug or a trailing slash), else Ghost's 404."""
    from tests.seventiethsite import templates

    path = target.split("?", 1)[0].split("#", 1)[0]
    base = f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path in ("/", ""):
        return routes.moved(base + LISTING)
    if path in (LISTING, LISTING + "/"):
        return templates.listing(1, base)
    m = _PAGE.match(path)
    if m:
        n = int(m.group(1))
        if n == 1:
            return routes.moved(base + LISTING)
        if 2 <= n <= page_count() and path.endswith("/"):
            return templates.listing(n, base)
        if 2 <= n <= page_count():
            return routes.moved(base + path + "/")
        return routes.not_found(templates.not_found())
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)


def listing_targets() -> set[str]:
    return {LISTING, *(f"{LISTING}/page/{n}/" for n in range(2, page_count() + 1))}


def forms(art: Any) -> str:
    """Which info-line form the page shows."""
    if art.views is None:
        return "no_views"
    if not art.tags:
        return "no_tags"
    if art.category is None:
        return "no_rubric"
    return "full"
