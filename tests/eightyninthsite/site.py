"""The eighty-ninth copy's articles, truth and router: ic24.kz as a Plone 6 Classic UI portal.

Forty-three news items (the four known stories plus generated ones), twenty to a page of the
``/novosti`` collection (``?b_start:int=20``, ``?b_start:int=40``). About a third of the
generated items carry one ``look`` of their own (``LOOKS``), cycled so that every look occurs.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from urllib.parse import parse_qs

from tests.copykit import routes, stories
from tests.copykit.catalogue import ALMATY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

PER_PAGE = 20
LISTING = "/novosti"
# Each look a generated item may carry (about one item in three carries one).
LOOKS = (
    "desc_only",        # the lead (with its dateline) only in documentDescription
    "ru_ui",            # byline in the Russian UI, English pages' info line in Russian months
    "tags_filed_only",  # tags only under "Filed under:", not in the info line
    "legacy_image",     # the Plone 4 era <img src=".../image_thumb"> inside a link to /image
    "glued_credit",     # the photo credit's figure runs straight into the dateline
    "source_link",      # "Источник:" with the source's name linked
    "homoglyph",        # a Latin/Cyrillic look-alike inside a word of the second paragraph
    "lang_default",     # <html lang="ru"> and og:locale ru_RU whatever the content language
    "abs_href",         # the listing links the item by its absolute URL
)


@dataclass
class Article(CopyArticle):
    look: str = "plain"
    modified: datetime | None = None  # the byline's "last modified", always after publication

    @property
    def image_hash(self) -> str:
        return hashlib.sha1(self.id.encode()).hexdigest()[:32]  # noqa: S324 - a scale's name

    def image_paths(self) -> list[str]:
        """The one lead image as the page shows it: the 800px scale, or the legacy thumb."""
        if not self.images:
            return []
        if self.look == "legacy_image":
            return [f"{self.path}/image_thumb"]
        return [f"{self.path}/@@images/image-800-{self.image_hash}.jpeg"]


def _modified(day: date, clock: time | None, rng: random.Random) -> datetime:
    start = datetime.combine(day, clock or time(0, 0), ALMATY)
    return start + timedelta(days=rng.choice([0, 1, 3]), hours=rng.randint(1, 9),
                             minutes=rng.randint(0, 59))


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    look = LOOKS[(i // 3) % len(LOOKS)] if i % 3 == 0 else "plain"
    places = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}[lang]
    place = rng.choice(places) if rng.random() < 0.7 else None
    clock = time(rng.randint(8, 20), rng.choice([0, 5, 15, 30, 42])) if i % 2 else None
    art = Article(0, lang, day, title, "plone6", paragraphs, clock=clock, place=place,
                  look=look)
    attribute(art, lead_source, rng, named=i % 3 != 2 or look == "source_link")
    if look == "source_link":
        art.source, art.source_line = art.source or stories.SOURCES[lang][0], True
    art.images = 1 if rng.random() < 0.75 or look in ("legacy_image", "glued_credit") else 0
    if art.images and (rng.random() < 0.8 or look == "glued_credit"):
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    art.category = (rng.choice(stories.RUBRICS[lang])
                    if rng.random() < 0.85 else None)
    art.tags = stories.some_tags(lang, rng)
    if look == "tags_filed_only" and not art.tags:
        art.tags = stories.TAGS[lang][:2]
    roll = rng.random()
    art.views = None if roll < 0.1 else 0 if roll < 0.15 else rng.randint(12, 9800)
    art.modified = _modified(day, clock, rng)
    return art


def _fixed() -> list[Article]:
    arts = known_four(Article, "plone6")
    rng = random.Random(8901)
    for art in arts:
        art.modified = _modified(art.day, art.clock, rng)
    return arts


CATALOGUE = standard_catalogue(8989, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items
TWINS = {45694: 45713, 45713: 45694}  # plone.app.multilingual translations of one story

ROBOTS = (b"# Define access-restrictions for robots/spiders\n"
          b"User-agent: *\n"
          b"Disallow: /@@search\n"
          b"Disallow: /*sendto_form$\n"
          b"Disallow: /*folder_factories$\n"
          b"Disallow: /login\n")


def page_of(query: str) -> int | None:
    """The listing page ``?b_start:int=N`` asks for (1 without it), None when N is not the
    start of a page."""
    raw = parse_qs(query).get("b_start:int", ["0"])[0]
    if not raw.isdigit() or int(raw) % PER_PAGE or int(raw) >= len(build()):
        return None
    return int(raw) // PER_PAGE + 1


def page_target(number: int) -> str:
    """Listing page ``number``'s path and query as the listing bar links it."""
    return LISTING if number == 1 else f"{LISTING}?b_start:int={(number - 1) * PER_PAGE}"


def route(target: str, host: str) -> Response:
    from tests.eightyninthsite import templates

    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, page=page_of,
                         home=LISTING, home_status=302)
