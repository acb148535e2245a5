"""The article list, truth and router of the SvelteKit copy (see the package docstring)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.sixtyseventhsite import templates

LISTING = "/novosti"
PER_PAGE = 10
# One deviation of its own for every third generated story, in turn.
DEVIATIONS = ("time", "no_rubric", "no_views", "glued_credit", "linked_source", "odd_date",
              "start_script", "html_ru", "hazards", "no_dateline")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
ROBOTS = b"User-agent: *\nDisallow: /api/\nDisallow: /search\nDisallow: /_app/\n"


@dataclass
class Article(CopyArticle):
    dev: str | None = None
    made: bool = False  # a generated story (the known four keep SITE.md's page)

    def image_paths(self) -> list[str]:
        return [f"/uploads/news/{self.day:%Y/%m}/{self.id}-{i + 1}.webp"
                for i in range(self.images)]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="sveltekit", paragraphs=paragraphs,
                  place=rng.choice(PLACES[lang]), category=rng.choice(texts.RUBRICS[lang]),
                  tags=texts.some_tags(lang, rng), views=rng.randrange(40, 9000), made=True)
    attribute(art, lead_source, rng, named=i % 2 == 0)
    if i % 6 != 5:
        art.images, art.photo_credit = 1, rng.choice(texts.PHOTO_CREDITS)
    return art


def _deviate(art: Article, dev: str, i: int) -> None:
    art.dev = dev
    if dev == "time":
        art.clock = time(8 + i % 12, (7 * i) % 60)
    elif dev == "no_rubric":
        art.category = None
    elif dev == "no_views":
        art.views = None
    elif dev == "no_dateline":
        art.place = None
    elif dev == "glued_credit" and not art.photo_credit:
        art.images, art.photo_credit = 1, "pixabay"
    elif dev == "linked_source" and not art.source_line:
        art.source, art.source_line = "Tengrinews.kz" if art.lang != "en" else "Akorda", True


def _finish(arts: list[Article]) -> None:
    """Every third generated story deviates; three English ones take the English-only
    deviations (``<html lang="ru">``, ``August 2, 2021``, a time), every third of the other
    stories takes the rest of the list in turn."""
    made = sorted((a for a in arts if a.made), key=lambda a: a.num)
    english = [a for a in made if a.lang == "en"][:3]
    for a, dev in zip(english, ("html_ru", "odd_date", "time"), strict=True):
        _deviate(a, dev, a.num)
    others = [d for d in DEVIATIONS if d != "html_ru"]
    rest = [a for a in made if a.lang != "en"]
    for k, a in enumerate(rest[::3]):
        _deviate(a, others[k % len(others)], k)


def _fixed() -> list[Article]:
    return known_four(Article, "sveltekit")


_CATALOGUE = standard_catalogue(6767, _fixed, _make, PER_PAGE,
                                finish=_finish)  # type: ignore[arg-type]
build = _CATALOGUE.build
by_num = _CATALOGUE.by_num
truth = _CATALOGUE.truth
page_count = _CATALOGUE.page_count


def listing(page: int, base: str) -> Response:
    return templates.listing(_CATALOGUE.page_items(page), page, page_count(), build())


class _Pages:
    def listing(self, page: int, base: str) -> Response:
        return listing(page, base)

    def article(self, art: CopyArticle, base: str) -> Response:
        assert isinstance(art, Article)
        return templates.article(art, base, build())

    def not_found(self) -> bytes:
        return templates.not_found()


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the listing pages, ``/`` to the listing, articles (301 from an old
    slug), else SvelteKit's 404 page."""
    return routes.answer(target, host, _CATALOGUE, _Pages(), ROBOTS, home=LISTING,
                         home_status=302)
