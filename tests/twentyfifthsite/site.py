"""The twenty-fifth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
hostile skins (``templates.py``): ``legacy`` (table layout, upper-case tags, ``<font>``,
``<center>``, unquoted attributes, unclosed ``<p>``/``<td>``, ``<br><br>`` paragraphs),
``soup`` (div soup with a stray ``</div>`` closing the text early, a table inside a paragraph,
unclosed ``<li>``) and ``modern`` (HTML5 with ``<template>``/``<noscript>`` copies of the text).
The hazards inside the text (``hazards.py``) and the decoys are spread over all three.

The truth is what a careful reader of the rendered page records: the copykit normalisation
(``text.normalise``: NFC, zero-width characters U+200B/C/D, U+2060, U+FEFF dropped, no-break and
thin spaces made plain, whitespace runs collapsed to one space, homoglyphs repaired) of the
visible text; soft hyphens (U+00AD), ``<wbr>`` and bidi marks (U+200E/F) are not part of words
and leave nothing; text hidden from the reader (``display:none`` inline or by a class the page's
own ``<style>`` hides, ``hidden``, ``.sr-only``/``.visually-hidden``, ``<template>``,
``<noscript>``, comments, scripts, a ``document.write`` promo) is never body text; a visible
``&amp;quot;`` reads ``&quot;`` and is recorded so; typographic quotes, the non-breaking hyphen
U+2011 and emoji are kept as written. Body paragraphs are the blocks the reader sees (``<p>``
or text between ``<br><br>``), joined by a blank line, without the dateline.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import PAIR_LEAD, SUBBOTNIK_LEAD, attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2525
PER_PAGE = 10
ROBOTS = b"User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\n"
SKINS = ("legacy", "soup", "modern")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы алты жүз метрден асады.",
      "Облыс әкімдігі көпір қозғалысқа қыркүйек айында ашылатынын хабарлады."]),
]
# Visible typographic quotes, a non-breaking hyphen (U+2011) and an emoji: kept as written.
QUOTES = {"ru": "«Мы называем проект „Алматы\u20112030“ ‘городом для людей’», — отметил аким 🌳",
          "en": "“It’s the ‘Almaty\u20112030’ plan in action,” the akim said 🌳",
          "kk": "«Бұл — „Алматы\u20112030“ бағдарламасы», — деді әкім 🌳"}
# A CMS that escaped twice: the reader sees the entity's name, and so does the truth.
DOUBLE = {"ru": "Контракт с ТОО &quot;Алатау Құрылыс&quot; подписан на три года.",
          "en": "The contract with &quot;Alatau Qurylys&quot; LLP runs for three years.",
          "kk": "&quot;Алатау Құрылыс&quot; ЖШС-мен келісім үш жылға жасалды."}


@dataclass
class Article(CopyArticle):
    """Switches of the hostile markup; ``views`` None: no counter the reader can see."""

    variant: int = 0  # picks the hazards inside words, paragraph by paragraph
    blob: str | None = None  # "script" / "datauri": 300 KB before the text
    logo_h1: bool = False  # a visually hidden site-name <h1> before the headline
    decoy_ld: bool = False  # a related item's JSON-LD (other date, other headline) first
    bad_ld: bool = False  # the article's own JSON-LD is invalid JSON
    dropcap: bool = False  # first letter twice: aria-hidden drop cap + .sr-only copy
    hidden_views: bool = False  # a display:none "0" counter

    def image_paths(self) -> list[str]:
        return [f"/upload/iblock/{self.day:%Y/%m}/ic{self.num}_{k}.jpg"
                for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("legacy", "modern", "soup", "modern"),
        ru=dict(clock=time(10, 15), variant=1, blob="script", decoy_ld=True),
        pair=dict(paragraphs=[PAIR_LEAD, *texts.EN_POOL[3:5], QUOTES["en"]], variant=4,
                  logo_h1=True, dropcap=True, clock=None),
        en=dict(images=2, photo_credit="pixabay", variant=2, hidden_views=True, bad_ld=True),
        subbotnik=dict(paragraphs=[SUBBOTNIK_LEAD, *texts.RU_POOL[3:5], DOUBLE["ru"]],
                       variant=7, blob="datauri", decoy_ld=True, dropcap=True),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    if i % 4 == 1:
        paragraphs.append(QUOTES[lang])
    if i % 7 == 3:
        paragraphs.append(DOUBLE[lang])
    art = Article(0, lang, day, title, SKINS[i % 3], paragraphs, variant=i)
    art.clock = None if i % 3 == 2 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 40]))
    art.place = rng.choice(PLACES[lang]) if (i // 3) % 2 == 0 else None
    art.category = None if i % 8 == 6 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 2, 0, 1, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 2 else None
    art.views = None if i % 5 == 4 else rng.choice([rng.randrange(40, 999),
                                                    rng.randrange(1000, 25000)])
    art.hidden_views = art.views is None and i % 2 == 0
    art.blob = ("script", "datauri", None)[i % 3] if i % 2 == 0 else None
    art.logo_h1, art.decoy_ld, art.bad_ld = i % 4 == 0, i % 2 == 1, i % 6 == 4
    art.dropcap = i % 3 == 0
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentyfifthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS, home="/novosti",
                         home_status=302)
