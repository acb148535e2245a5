"""The thirty-fifth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by five
templates (see ``templates.py``), each built around HTML that parsers read differently:
``mini`` (one minified line, upper-case tags, unquoted attributes, omitted end tags, named
entities, stray ``</div>``), ``xhtml`` (served as ``application/xhtml+xml`` with an XML prolog,
numeric entities, ``<base href>``, CDATA in scripts), ``legacy`` (a BOM against the declared
charsets, conditional and plain comments holding an old draft, text straight in ``<body>``,
images only in ``<noscript>``, NUL bytes), ``shadow`` (the text in declarative shadow DOM, a
decoy in a plain ``<template>``, a pull quote in ``<iframe srcdoc>``) and ``table`` (a layout
table without ``<tbody>``, ``<br>`` paragraphs, duplicate ids, a very long line).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from functools import cache

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, Catalogue, CopyArticle, Response, standard
from tests.copykit.site import attribute

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 3535
PER_PAGE = 10
ROBOTS = b"User-agent: *\nDisallow: /search\nDisallow: /print/\n"
TEMPLATES = ("mini", "xhtml", "legacy", "shadow", "table")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы 800 метрге жетеді.",
      "Құрылыс жұмыстары екі жылға созылды."]),
]


@dataclass
class Article(CopyArticle):
    """``views`` None: the page shows no counter."""

    def image_paths(self) -> list[str]:
        return [f"/media/{self.day:%Y/%m}/ic{self.num}-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    return [
        Article(ru.num, "ru", ru.day, ru.title, "legacy", list(ru.paragraphs),
                list(ru.raw_paragraphs), clock=time(11, 20), place=ru.place, source=ru.source,
                source_line=True, category="Общество", tags=["Япония", "диаспора"], views=1315,
                images=1, photo_credit="gov.kz"),
        Article(en.num, "en", en.day, en.title, "xhtml", list(en.paragraphs),
                list(en.raw_paragraphs), clock=time(9, 5), place=en.place, source=en.source,
                source_line=True, images=1, category="Society",
                tags=["Kazakhstan", "Luxembourg"], views=None),
        Article(49120, "ru", date(2023, 4, 20), texts.SUBBOTNIK_TITLE, "mini",
                ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                 "более 60 тысяч жителей.", *texts.RU_POOL[3:5]], place="Алматы",
                source="пресс-служба акимата Алматы", source_line=True, photo_credit="pixabay",
                images=1, category="Социум", tags=["Алматы", "аким", "субботник"], views=683),
    ]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 5], paragraphs)
    art.clock = None if i % 6 == 4 else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 5) % 2 == 0 else None
    art.category = None if i % 8 == 6 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 2, 1, 0, 1, 2)[i % 6]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 7 != 2 else None
    art.views = None if i % 5 == 2 else rng.randrange(40, 9000)
    return art


@cache
def build() -> tuple[Article, ...]:
    stories = texts.mix(KK_EXTRA, en=13)
    return standard(SEED, _fixed(), stories, _generic)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtyfifthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS, home="/novosti")
