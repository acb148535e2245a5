"""The twenty-fourth copy's articles and ground truth, and the request router.

45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, on one
DataLife-Engine-flavoured template (``templates.py``); the forms of attribution come from
``credits.py``, handed out by position so each occurs at least twice.

The rules the truth follows (SPEC.md: ``source`` comes "from ``Источник:`` or the lead";
SITE.md: attribution is an ``Источник: X`` line and/or the lead sentence):

- ``source`` is the attribution PRINTED on the page: an ``Источник:`` / ``Source:`` /
  ``Дереккөз:`` line at the top or the bottom (a link's text when it is a link), a
  ``По материалам X`` line, a ``© X`` line, the lead's "Как сообщает X," / "По данным
  пресс-службы X," / "X reports" / "according to X", a third agency in the dateline
  (``Караганда, КАЗИНФОРМ –``, ``(Reuters)``). It is recorded as a name: without its label, ©
  or enclosing «quotes», in the nominative ("пресс-служба акимата Алматы"), and a dateline's
  capitals read as the name's (``КАЗИНФОРМ`` -> "Казинформ"). The outlet's own stories (no such
  line; ``(Центр информации)`` / ``(IC)`` name the outlet itself) have null. A byline
  (``Автор:``, ``Текст:``, ``By …``) is not a source. JSON-LD ``author`` / ``publisher`` are
  CMS metadata and often disagree with the printed source (the outlet as publisher, a wire
  name as default author even on the outlet's own stories): the printed source wins, and a page
  printing none has none.
- ``photo_credit`` is the credit printed for the article's photos with its label (``Фото:``,
  ``Photo courtesy of``, ``Суреттің авторы:``, ``Photos:``) and © removed, in the nominative
  ("Фото пресс-службы МВД" -> "пресс-служба МВД", "Фото из открытых источников" -> "открытые
  источники"); also when it ends a figcaption, sits under a gallery or is only the image's
  ``alt``/``title``. Null when there is no photo or no credit.
- ``dateline_place`` is the place opening the first paragraph, as a name ("АСТАНА" -> "Астана",
  "ASTANA" -> "Astana"); null without a dateline. ``body`` starts after the dateline's dash and
  holds neither attribution lines, bylines, captions nor credits; a lead naming its source stays.
- ``published_at`` is the date line under the headline (with its time when printed).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from urllib.parse import urlsplit

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, Catalogue, CopyArticle, Response, standard
from tests.twentyfourthsite import credits

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2424
PER_PAGE = 10
LISTING = "/novosti/"
PLACES = {"ru": ["Астана", "Алматы", "Шымкент", "Усть-Каменогорск", "Караганда"],
          "en": ["Astana", "Almaty"], "kk": ["Астана", "Қонаев"]}
KK_EXTRA = [
    ("Ақтөбеде жаңа емхана ашылды",
     ["Ақтөбе қаласында 500 орындық жаңа емхана ашылды.",
      "Емхана заманауи медициналық жабдықтармен қамтамасыз етілген.",
      "Облыс әкімдігінің хабарлауынша, биыл тағы екі емхана салынады."]),
    ("Түркістанда тарихи ескерткіштер қалпына келтірілуде",
     ["Түркістан облысында он екі тарихи ескерткіш қалпына келтірілуде.",
      "Жұмыстар ғалымдар мен реставраторлардың қатысуымен жүргізіледі.",
      "Жоба келесі жылдың соңына дейін аяқталады."]),
]


@dataclass
class Article(CopyArticle):
    """``source_at``: where the source is printed ("top", "bottom", "lead", "dateline", "")."""

    source_html: str = ""
    source_at: str = ""
    line_form: str = "none"
    bold_line: bool = False
    photo_form: str = "no_image"
    credit_text: str = ""
    byline: tuple[str, str] | None = None  # (where, text)
    jsonld_author: str | None = None  # None: no JSON-LD on the page
    bottom_in_text: bool = True  # the bottom attribution line inside the text block

    def image_paths(self) -> list[str]:
        return [f"/uploads/posts/{self.day:%Y-%m}/{self.num}_{k}.jpg"
                for k in range(1, self.images + 1)]

    def printed_dateline(self) -> str:
        if not self.place:
            return ""
        clock = f"{self.clock:%H:%M}" if self.clock else ""
        return credits.dateline(self.line_form, self.lang, self.place, self.day.day,
                                self.day.month, self.day.year, clock)


def _fixed() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    arts = [
        Article(ru.num, "ru", ru.day, ru.title, "dle", list(ru.paragraphs),
                list(ru.raw_paragraphs), clock=time(11, 20), place=ru.place,
                category="Общество", tags=["Япония", "диаспора"], views=1315, line_form="seed",
                jsonld_author="Kazinform"),
        Article(45713, "en", date(2021, 4, 19), texts.PAIR_EN_TITLE, "dle",
                [f"{texts.PAIR_EN_TITLE}, Kazinform reports citing the Foreign Ministry.",
                 *texts.EN_POOL[3:5]], clock=time(15, 40), category="Society",
                tags=["Japan", "diaspora"], views=248),
        Article(en.num, "en", en.day, en.title, "dle", list(en.paragraphs),
                list(en.raw_paragraphs), clock=time(9, 5), place=en.place, category="Society",
                tags=["Kazakhstan", "Luxembourg"], line_form="seed", bold_line=True,
                jsonld_author="Information Center"),
        Article(49120, "ru", date(2023, 4, 20), texts.SUBBOTNIK_TITLE, "dle",
                ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                 "более 60 тысяч жителей.", *texts.RU_POOL[3:5]], place="Алматы",
                category="Социум", tags=["Алматы", "аким", "субботник"], views=683,
                line_form="seed"),
    ]
    ru_art, pair, en_art, subbotnik = arts
    _set_source(ru_art, ru.source or "", f"Источник: {ru.source}")
    _set_source(en_art, en.source or "", f"Источник: {en.source}")
    pair.source, pair.source_at = "Kazinform", "lead"
    subbotnik.paragraphs[0] = "По данным пресс-службы акимата Алматы, в городе прошёл " \
                              "общегородской весенний субботник, в котором приняли участие " \
                              "более 60 тысяч жителей."
    subbotnik.source, subbotnik.source_at = "пресс-служба акимата Алматы", "lead"
    credits.apply_photo(ru_art, "seed_gov", 0)
    credits.apply_photo(pair, "courtesy", 0)
    credits.apply_photo(en_art, "no_image", 0)
    credits.apply_photo(subbotnik, "seed_pixabay", 0)
    return arts


def _set_source(art: Article, name: str, line: str) -> None:
    art.source, art.source_html, art.source_at = name, line, "bottom"


def _story(lang: str, title: str, rng: random.Random) -> list[str]:
    if lang == "kk":
        return list(next(p for t, p in texts.KK_STORIES + KK_EXTRA if t == title))
    pool = texts.RU_POOL if lang == "ru" else texts.EN_POOL
    return [title.rstrip(".") + ".", *rng.sample(pool, rng.choice([2, 3, 4]))]


_COUNTERS: dict[str, int] = {}


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    j = _COUNTERS[lang] = _COUNTERS.get(lang, -1) + 1  # the j-th article of its language
    art = Article(0, lang, day, title, "dle", _story(lang, title, rng))
    art.line_form = credits.LINE_FORMS[lang][j % len(credits.LINE_FORMS[lang])]
    credits.apply_source(art, credits.SOURCE_FORMS[lang][j % len(credits.SOURCE_FORMS[lang])], j)
    credits.apply_photo(art, credits.PHOTO_FORMS[lang][j % len(credits.PHOTO_FORMS[lang])], j)
    if art.line_form != "none":
        art.place = rng.choice(PLACES[lang])
    art.bold_line = j % 2 == 0
    day_only = art.line_form != "clock" and j % 3 == 2
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    bylines = credits.BYLINES[lang]
    if art.source is None or j % 4 == 1:
        art.byline = bylines[j % len(bylines)]
    art.bottom_in_text = j % 3 != 0
    if i % 3 == 0:  # JSON-LD naming someone else than the printed source
        art.jsonld_author = {None: "Kazinform", "Kazinform": "КазТАГ"}.get(art.source, "Kazinform")
    art.category = None if j % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = None if j % 5 == 4 else rng.randrange(40, 9000)
    return art


@cache
def build() -> tuple[Article, ...]:
    _COUNTERS.clear()
    return standard(SEED, _fixed(), texts.mix(KK_EXTRA), _generic)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentyfourthsite import templates  # the templates import this module

    path, base = urlsplit(target).path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(
            b"User-agent: *\nDisallow: /admin.php\nDisallow: /index.php?do=search\n"
            b"Disallow: /user/\n")
    if path in ("/novosti", LISTING, "/"):
        return templates.listing(1, base)
    if path.startswith(f"{LISTING}page/"):
        page = path[len(LISTING) + 5:].strip("/")
        if page.isdigit() and 1 <= int(page) <= page_count():
            return templates.listing(int(page), base)
        return routes.not_found(templates.not_found())
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
