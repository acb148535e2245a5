"""The eighty-third copy's articles, truth and router (Umbraco markup in ``templates``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.eightythirdsite import templates

LISTING = "/novosti"
PER_PAGE = 9
ROBOTS = b"User-agent: *\nDisallow: /umbraco/\nDisallow: /search\n"
DEVIATIONS = ("numeric_date", "block_list", "caption_credit", "source_link", "empty_paras",
              "share_inside", "no_rubric", "no_views", "tags_below")
KK_EXTRA = [("Алматы облысында жаңа мектеп салынды",
             ["Алматы облысында үш жүз орындық жаңа мектеп пайдалануға берілді.",
              "Мектепте заманауи зертханалар мен спорт залы бар.",
              "Облыс әкімдігі биыл тағы бес мектеп салуды жоспарлап отыр."])]
PLACES = {"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}


@dataclass
class Art(CopyArticle):
    dev: str | None = None
    quote: bool = False  # the second paragraph sits in a quote cell

    def image_paths(self) -> list[str]:
        return [f"/media/{self.num % 9000 + 1000 + k}/{self.id}-foto-{k + 1}.jpg"
                for k in range(self.images)]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Art:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Art(num=0, lang=lang, day=day, title=title, cms="umbraco", paragraphs=paragraphs)
    attribute(art, lead_source, rng, named=i % 3 == 0)
    art.clock = time(rng.randrange(7, 22), rng.randrange(60)) if i % 2 == 0 else None
    art.place = PLACES[lang] if i % 4 != 3 else None
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if i % 5 != 2 else None
    art.images = 0 if i % 7 == 5 else (2 if i % 6 == 1 else 1)
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(40, 4000)
    art.quote = len(paragraphs) >= 3 and i % 3 == 1
    if i % 3 == 2:  # about a third deviate, each in its own way
        art.dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
        if art.dev == "numeric_date" and art.clock is None:
            art.clock = time(16, 7)
        if art.dev == "no_rubric":
            art.category = None
        if art.dev == "no_views":
            art.views = None
        if art.dev == "caption_credit":
            art.photo_credit, art.images = art.photo_credit or "gov.kz", max(art.images, 1)
        if art.dev == "source_link" and art.source is None:
            art.source, art.source_line = rng.choice(texts.SOURCES[lang]), True
        if art.dev == "tags_below" and not art.tags:
            art.tags = texts.TAGS[lang][:2]
    return art


def _fixed() -> list[Art]:
    return known_four(Art, "umbraco", subbotnik={"clock": time(16, 7)},
                      en={"views": 412, "dev": "empty_paras"})


CATALOGUE = standard_catalogue(83083, _fixed, _make, PER_PAGE, KK_EXTRA)
build, by_num, truth = CATALOGUE.build, CATALOGUE.by_num, CATALOGUE.truth
page_count, page_items = CATALOGUE.page_count, CATALOGUE.page_items
AGENCIES = AGENCY


def route(target: str, host: str) -> routes.Response:
    """One GET: robots.txt, the listing and its ``?page=N``, ``/`` to the listing, articles."""
    return routes.answer(target, host, CATALOGUE, templates.Pages(CATALOGUE), ROBOTS,
                         home=LISTING, home_status=302)
