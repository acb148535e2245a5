"""The fortieth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026. Each article
picks, by its position, one written form per field (``Article.forms``); the forms of one field
cycle independently of the others so the mixes differ page to page. The truth is what a reader
records whatever the spelling: the count, the rubric's name, the tags once each, the agency.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, Catalogue, CopyArticle, Response, standard
from tests.copykit.site import known_four

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 4040
PER_PAGE = 8
ROBOTS = b"User-agent: *\nDisallow: /search\nDisallow: /print/\n"
LAYOUTS = ("strip", "aside", "foot")
# The written forms of each field, per language (templates.py spells each one out).
VIEWS = {"ru": ("space", "comma", "k_dot", "tys", "k_cyr", "label", "eye", "data_attr",
                "meta", "dash", "zero"),
         "en": ("comma", "k_dot", "en_views", "eye", "data_attr", "dash", "zero", "space"),
         "kk": ("kk_label", "space", "eye", "meta")}
TAGS = {"ru": ("info", "hashtags", "cloud", "hash_links", "semicolon", "keywords", "dupes",
               "trailing"),
        "en": ("info", "hashtags", "cloud", "semicolon", "keywords", "dupes", "trailing"),
        "kk": ("info", "hashtags", "trailing", "cloud")}
RUBRIC = {"ru": ("info", "path", "caps", "emoji", "icon", "label", "tag"),
          "en": ("info", "path", "caps", "emoji", "label"),
          "kk": ("info", "path", "emoji")}
SOURCE = {"ru": ("link", "two", "materials", "url", "dot", "quotes", "plain"),
          "en": ("link", "two", "url", "dot", "plain"),
          "kk": ("kk_label", "link", "dot")}
PHOTO = {"ru": ("nospace", "copy", "dash", "caption", "plain"),
         "en": ("photo_by", "copy", "caption", "nospace"),
         "kk": ("kk_label", "caption")}
DATELINE = {"ru": ("agency", "comma", "caps", "agency"), "en": ("agency", "comma", "caps"),
            "kk": ("kk_city", "agency")}
# day-only forms first, then the forms carrying a time of day
DATES = {"ru": ("genitive", "dots", "iso", "abbr", "nominative", "pipe", "utc_z", "plus6"),
         "en": ("en_long", "iso", "en_12h", "utc_z", "plus6", "en_abbr"),
         "kk": ("kk_year", "dots", "pipe")}
MINUTE_DATES = {"pipe", "utc_z", "plus6", "en_12h"}
TITLES = ("plain", "nbsp", "shy", "suffix")
TWO_SOURCES = {"ru": "КазТАГ, Kazinform", "en": "Kazinform, The Astana Times",
               "kk": "КазТАГ, Kazinform"}
URL_SOURCES = {"kaztag.kz": "https://kaztag.kz/ru/news/", "inform.kz": "https://www.inform.kz/",
               "astanatimes.com": "https://astanatimes.com/"}
CREDITS = {"ru": ["gov.kz", "Reuters", "пресс-служба акимата", "akorda.kz", "pixabay"],
           "en": ["Reuters", "Daniyar Sadykov", "gov.kz", "akorda.kz"],
           "kk": ["Ақорда", "gov.kz"]}
RU_QUOTED = ["«Казахтелеком» снизит тарифы на интернет для сёл",
             "В «Медеу» откроют сезон массового катания"]
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп пайдалануға берілді",
     ["Қарағанды облысында 600 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте заманауи зертханалар мен спорт залы бар.",
      "Облыс әкімдігі биыл тағы екі мектеп салынатынын хабарлады."]),
]


@dataclass
class Article(CopyArticle):
    """``forms``: field -> written form; ``shown_tags``: the tags as printed (dupes, dots)."""

    forms: dict[str, str] = field(default_factory=dict)
    shown_tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.shown_tags = self.shown_tags or list(self.tags)

    def image_paths(self) -> list[str]:
        return [f"/files/{self.day:%Y/%m}/{self.num}_{k}.jpeg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    forms = {"views": "space", "tags": "info", "category": "info", "source": "plain",
             "photo": "nospace", "dateline": "agency", "date": "genitive", "title": "plain",
             "layout": "strip"}
    return known_four(
        Article, ("strip", "aside", "foot", "strip"),
        ru=dict(forms={**forms, "views": "label", "tags": "hashtags"}, clock=None),
        pair=dict(photo_credit="Reuters", views=1200,
                  forms={**forms, "views": "k_dot", "date": "en_12h", "photo": "copy",
                         "category": "path", "layout": "aside"}),
        en=dict(photo_credit="gov.kz",
                forms={**forms, "views": "dash", "date": "en_long", "layout": "foot"}, clock=None),
        subbotnik=dict(forms=dict(forms)),
    )


def _pick(table: dict[str, tuple[str, ...]], lang: str, k: int) -> str:
    options = table[lang]
    return options[k % len(options)]


def _views(form: str, rng: random.Random) -> int | None:
    if form == "dash":
        return None
    if form == "zero":
        return 0
    if form in ("k_dot", "tys"):  # "1.2K" / "1,2 тыс.": a count the rounding keeps exact
        return rng.randrange(11, 99) * 100
    if form == "k_cyr":
        return rng.randrange(11, 40) * 1000
    return rng.randrange(1000, 25000) if form in ("comma", "space", "label") else \
        rng.randrange(40, 9000)


def _tags(form: str, lang: str, rng: random.Random) -> tuple[list[str], list[str]]:
    """(the tags a reader records, the tags as printed)."""
    pool = [t for t in texts.TAGS[lang] if " " not in t]
    tags = rng.sample(pool, 3 if form in ("cloud", "dupes") else rng.choice([2, 3]))
    if form == "dupes":  # the same tag again in another case
        return tags, [tags[0], tags[1], tags[0].upper(), tags[2], tags[1].capitalize()
                      if tags[1][0].islower() else tags[1].lower()]
    if form == "trailing":
        return tags, [f"{t}," for t in tags[:-1]] + [f"{tags[-1]}."]
    return tags, list(tags)


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    j = _SEEN[lang]  # the forms cycle per language, so every form of every field occurs
    _SEEN[lang] += 1
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    forms = {"views": _pick(VIEWS, lang, j), "tags": _pick(TAGS, lang, j + 1),
             "category": _pick(RUBRIC, lang, j + 2), "source": _pick(SOURCE, lang, j + 3),
             "photo": _pick(PHOTO, lang, j + 4), "dateline": _pick(DATELINE, lang, j + 5),
             "date": _pick(DATES, lang, j + 6), "title": TITLES[(i + j) % 4],
             "layout": LAYOUTS[i % 3]}
    art = Article(0, lang, day, title, forms["layout"], paragraphs, forms=forms)
    if forms["date"] in MINUTE_DATES:
        art.clock = time(4, 30) if i % 11 == 6 else time(rng.randrange(7, 22),
                                                         rng.choice([5, 20, 35, 50]))
    if i % 3 != 2:
        place = rng.choice({"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
                            "kk": ["Алматы", "Астана"]}[lang])
        art.place = "Нур-Султан" if forms["dateline"] == "caps" and lang == "ru" else place
    art.views = _views(forms["views"], rng)
    if i % 9 != 8:
        art.tags, art.shown_tags = _tags(forms["tags"], lang, rng)
    rubric = rng.choice(texts.RUBRICS[lang])
    first = art.tags[0] if art.tags else ""
    art.category = (first[:1].upper() + first[1:] if forms["category"] == "tag" and first
                    else rubric)
    art.source = lead_source
    if lead_source is None and i % 6 != 5:
        art.source_line = True
        src = forms["source"]
        art.source = (TWO_SOURCES[lang] if src == "two" else
                      rng.choice(list(URL_SOURCES)) if src == "url" else
                      rng.choice(texts.SOURCES[lang]))
    art.images = (1, 1, 2, 1, 0)[i % 5]
    if art.images and i % 7 != 6:
        art.photo_credit = rng.choice(CREDITS[lang])
    return art


def _stories() -> list[tuple[str, str]]:
    return [*texts.mix(KK_EXTRA), *(("ru", t) for t in RU_QUOTED)]


_SEEN: dict[str, int] = {}


@cache
def build() -> tuple[Article, ...]:
    _SEEN.update(ru=0, en=0, kk=0)
    return standard(SEED, _fixed(), _stories(), _generic)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items
LISTING = "/novosti"


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.fortiethsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS,
                         listing=(LISTING, LISTING + "/"), robots_type="text/plain; charset=utf-8")
