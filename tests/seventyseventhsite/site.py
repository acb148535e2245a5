"""The seventy-seventh copy's article list and router (see the package docstring)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.seventyseventhsite import templates

LISTING = "/novosti"
PER_PAGE = 10
ROBOTS = (b"User-agent: *\nDisallow: /admin/\nDisallow: /search\nDisallow: /debug/\n"
          b"Disallow: /*?_csrf=\n")
# the deviations a third of the pages take, in turn
DEVIATIONS = ("no_rubric", "tags_block", "dotted_date", "no_views", "credit_caption")
CREDITS = ("gov.kz", "Ақорда", "пресс-служба акимата", "pixabay")
AUTHORS = ("Айгерим Сейтқали", "Данияр Омаров", "Мария Ким")
TRANSLATORS = ("Гүлнар Әбенова", "Ержан Бекболат")
KK_EXTRA = [
    ("Ақорда: Президент шетелдік инвесторлармен кездесті",
     ["Мемлекет басшысы шетелдік инвесторлар кеңесінің отырысын өткізді.",
      "Кездесуде инвестициялық ахуалды жақсарту мәселелері талқыланды.",
      "Президент жаңа жобаларға мемлекеттік қолдау көрсетілетінін атап өтті."]),
]


@dataclass
class Article(CopyArticle):
    dev: str = ""  # one of DEVIATIONS, "" for the plain page
    updated: bool = False  # an "Обновлено:" stamp beside the date
    author: str | None = None
    translator: str | None = None
    read_also: bool = False
    embed: str = ""  # "", "instagram", "telegram", "video"
    extra: dict[str, str] = field(default_factory=dict)

    def image_paths(self) -> list[str]:
        return [f"/uploads/news/{self.day:%Y/%m}/{self.num}_{i}.jpg"
                for i in range(1, self.images + 1)]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(num=0, lang=lang, day=day, title=title, cms="yii2", paragraphs=paragraphs)
    kit.attribute(art, lead_source, rng, named=i % 3 != 2)
    art.clock = time(rng.randrange(8, 21), rng.choice((0, 5, 15, 30, 45))) if i % 2 else None
    art.place = ({"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}[lang]
                 if i % 4 != 3 else None)
    art.images = 0 if i % 7 == 6 else 1
    art.photo_credit = CREDITS[i % len(CREDITS)] if art.images and i % 5 != 4 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(40, 9000)
    art.dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)] if i % 3 == 0 else ""
    if art.dev == "no_rubric":
        art.category = None
    if art.dev == "no_views":
        art.views = None
    if art.dev == "dotted_date" and art.clock is None:
        art.clock = time(10, 0)
    if art.dev == "credit_caption" and (not art.images or art.photo_credit is None):
        art.images, art.photo_credit = 1, "Ақорда"
    if art.dev == "tags_block" and not art.tags:
        art.tags = texts.TAGS[lang][:2]
    art.updated = i % 4 == 1
    art.author = AUTHORS[i % len(AUTHORS)] if i % 2 == 0 else None
    art.translator = TRANSLATORS[i % 2] if lang == "ru" and i % 6 == 2 else None
    art.read_also = i % 3 == 1
    art.embed = ("", "instagram", "telegram", "video")[i % 4]
    return art


def _fixed() -> list[Article]:
    return kit.known_four(
        Article, "yii2",
        ru=dict(clock=None, author="Данияр Омаров", read_also=True, embed="telegram"),
        pair=dict(updated=True, embed="video", clock=time(15, 40)),
        en=dict(clock=None, embed="instagram", dev="credit_caption", photo_credit="Ақорда"),
        subbotnik=dict(clock=None, translator="Гүлнар Әбенова"),
    )


CATALOGUE = kit.standard_catalogue(7777, _fixed, _make, PER_PAGE, KK_EXTRA)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items
AGENCY_NAMES = AGENCY


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, ``/novosti`` (``?page=N``), ``/`` to the listing, the articles."""
    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, home=LISTING,
                         home_status=302)
