"""The nineteenth copy's articles and ground truth, and the request router.

48 articles (17 ru, 16 en, 15 kk: five Cyrillic, four in the 2021 Latin alphabet, three in the
apostrophe spelling, plus the three Kazakh stories every copy shares), ids ``u<N>`` growing with
the date, 2020-2026, served by two templates (see ``templates.py``). Switches are spread by
position so every mix occurs: dateline or not, source line / lead attribution / none, photo with
and without credit, day-only dates, no rubric, no tags, no views, and an ``<html lang>`` that is
right, a wrong code (``kz``), the template's ``ru`` on a Kazakh page, or missing.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from itertools import cycle
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import (
    AGENCY,
    Catalogue,
    CopyArticle,
    Response,
    generate,
    newest_first,
    number,
)
from tests.copykit.site import PAIR_LEAD, SUBBOTNIK_LEAD, known_four
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS
from tests.nineteenthsite import stories as own

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 1919
PER_PAGE = 10
TEMPLATES = ("html5", "bitrix")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "cyr": ["Алматы", "Астана"], "latn": ["Almaty", "Astana"], "apos": ["Almaty"]}
# <html lang> per voice, in turn: right, region-tagged, missing, the wrong "kz", the template's
# Russian default on pages that are not Russian
HTML_LANGS = {"ru": ["ru", "ru-RU", None], "en": ["en", None, "en-US", "ru"],
              "cyr": ["kk", None, "kz", "ru", "kk-KZ"], "latn": ["kk-Latn", None, "kz", "kk-Latn"],
              "apos": ["kz", None, "kk-Latn"]}
DATE_STYLES = {"ru": 1, "en": 1, "cyr": 3, "latn": 3, "apos": 2}
LATIN_KK_MONTHS = {"latn": own.KK_LATN_MONTHS, "apos": own.KK_ACUTE_MONTHS}
LEADS_KK = {"cyr": ", деп хабарлайды {0}", "latn": ", dep habarlaidy {0}",
            "apos": ", dep habarlai'dy {0}"}


@dataclass
class Article(CopyArticle):
    script: str = "cyr"  # Kazakh spelling: "cyr", "latn" (2021) or "apos" (apostrophes)
    html_lang: str | None = None  # what <html lang> says (None: no attribute)
    date_style: int = 0  # which of the voice's date forms the page prints
    dated_attr: bool = True  # <time datetime=…> carries the moment

    @property
    def voice(self) -> str:
        """ru, en, or the Kazakh spelling: what the page's labels and dates are written in."""
        return self.script if self.lang == "kk" else self.lang

    @property
    def slug(self) -> str:
        if self.voice in ("latn", "apos"):
            flat = unicodedata.normalize("NFKD", self.title.lower().replace("ı", "i"))
            return "-".join("".join(c for c in flat if c.isascii()).replace("'", "").split())
        return super().slug

    def image_paths(self) -> list[str]:
        folder = {"html5": f"/media/{self.day:%Y/%m}",
                  "bitrix": f"/upload/iblock/{self.num % 509:03x}"}[self.cms]
        return [f"{folder}/n{self.num}_{k}.jpg" for k in range(1, self.images + 1)]

    def dateline(self) -> str:
        if not self.place or self.voice not in LATIN_KK_MONTHS:
            return super().dateline()
        month = LATIN_KK_MONTHS[self.voice][self.day.month - 1]
        return f"{self.place}. {self.day.day} {month}. {own.AGENCY_LATN[self.voice]} - "

    def shown_date(self) -> str:
        """The date line as the page prints it, in the page's language and spelling."""
        d, clock = self.day, f"{self.clock:%H:%M}" if self.clock else ""
        voice, style = self.voice, self.date_style
        if voice == "ru":
            text = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}"
        elif voice == "en":
            text = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
        elif voice == "cyr":
            month = KK_MONTHS[d.month - 1]
            text = (f"{d.year} жылғы {d.day} {month}", f"{d:%d.%m.%Y} ж.",
                    f"{d.day} {month} {d.year} ж.")[style]
        else:
            month = LATIN_KK_MONTHS[voice][d.month - 1]
            text = (f"{d.day} {month} {d.year} j.", f"{d:%d.%m.%Y} j.",
                    f"{d.year} jylğy {d.day} {month}")[style]
        return f"{text}, {clock}" if clock else text

    def listing_date(self) -> str:
        """The listing's day, in the item's language."""
        d = self.day
        months = {"ru": RU_MONTHS, "en": EN_MONTHS, "cyr": KK_MONTHS, **LATIN_KK_MONTHS}
        return (f"{months['en'][d.month - 1]} {d.day}, {d.year}" if self.voice == "en"
                else f"{d.day} {months[self.voice][d.month - 1]} {d.year}")


def _fixed() -> list[Article]:
    return known_four(
        Article, ("html5", "bitrix", "html5", "bitrix"),
        ru=dict(html_lang="ru"),
        pair=dict(paragraphs=[PAIR_LEAD, own.EN_RUSSIAN_QUOTES[2], *texts.EN_POOL[3:5]],
                  html_lang="ru"),
        en=dict(html_lang=None),
        subbotnik=dict(paragraphs=[SUBBOTNIK_LEAD, own.KK_QUOTES[1], *texts.RU_POOL[3:5]],
                       html_lang="ru-RU"),
    )


KK_STORIES = ([(t, p, "cyr") for t, p in texts.KK_STORIES + own.KK_CYR]
              + [(t, p, "latn") for t, p in own.KK_LATN] + [(t, p, "apos") for t, p in own.KK_APOS])
Maker = Callable[[int, str, str, date, random.Random], "Article"]
RU_PICKS = (26, 27, 31, 34, 35, 38, 39, 41, 43, 45, 47, 49, 59)


def _story(lang: str, title: str, i: int, turn: int,
           rng: random.Random) -> tuple[list[str], str | None, str]:
    """(paragraphs, the source the lead names, Kazakh spelling)."""
    if lang == "kk":
        paras, script = next((list(p), s) for t, p, s in KK_STORIES if t == title)
        if i % 5 == 1:  # the lead names the agency, in Kazakh
            paras[0] = paras[0].rstrip(".") + LEADS_KK[script].format("Kazinform") + "."
            return paras, "Kazinform", script
        return paras, None, script
    if title in own.EN_TITLES_OWN:
        return list(own.EN_TEMIR_JOLY), None, "cyr"
    paras, source = texts.headline_story(lang, title, i, rng)
    if lang == "ru" and turn % 3 == 0:  # a Kazakh quote inside the Russian text
        paras.insert(1, own.KK_QUOTES[turn // 3 % 3])
    elif lang == "ru" and turn % 3 == 1:
        paras[-1] = own.RU_KAZAKH_TERMS[turn // 3 % 3]
    elif lang == "en" and turn % 3 == 0:
        paras.insert(1, own.EN_RUSSIAN_QUOTES[turn // 3 % 2])
    return paras, source, "cyr"


def _maker(rng_langs: dict[str, cycle[str | None]]) -> Maker:
    turns: dict[str, int] = {}
    styles: dict[str, int] = {}

    def make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
        turn = turns[lang] = turns.get(lang, -1) + 1
        paras, lead_source, script = _story(lang, title, i, turn, rng)
        art = Article(0, lang, day, title, TEMPLATES[i % 2], paras, script=script)
        art.html_lang = next(rng_langs[art.voice])
        style = styles[art.voice] = styles.get(art.voice, -1) + 1
        art.date_style = style % DATE_STYLES[art.voice]
        day_only = (art.cms == "bitrix" and i % 4 == 1) or i % 6 == 4
        art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 45]))
        art.dated_attr = art.lang != "kk" or turn % 2 == 0
        art.place = rng.choice(PLACES[art.voice]) if (i + i // 6) % 2 == 0 else None
        rubrics = own.KK_RUBRICS[script] if lang == "kk" else texts.RUBRICS[lang]
        art.category = None if i % 7 == 5 else rng.choice(rubrics)
        tags = own.KK_TAGS[script] if lang == "kk" else texts.TAGS[lang]
        art.tags = rng.sample(tags, rng.choice([0, 1, 2, 3]))
        art.source = lead_source
        if lead_source is None and i % 5 != 3:
            art.source = rng.choice(own.KK_SOURCES[script] if lang == "kk"
                                    else texts.SOURCES[lang])
            art.source_line = True
        art.images = (1, 1, 0, 2, 1)[i % 5]
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
        art.views = None if i % 4 == 1 else rng.choice([rng.randrange(40, 999),
                                                        rng.randrange(1000, 25000)])
        return art

    return make


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    ru = [texts.RU_TITLES[k] for k in RU_PICKS] + own.RU_TITLES_OWN
    en = texts.EN_TITLES[:13] + own.EN_TITLES_OWN
    stories = ([("ru", t) for t in ru] + [("en", t) for t in en]
               + [("kk", t) for t, _, _ in KK_STORIES])
    langs = {voice: cycle(codes) for voice, codes in HTML_LANGS.items()}
    arts = generate(rng, _fixed(), stories, _maker(langs))
    number(arts)
    return newest_first(arts)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.nineteenthsite import templates  # the templates import this module

    path, base = urlsplit(target).path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(
            b"User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\n", "text/plain; charset=utf-8")
    if path in ("/novosti", "/novosti/", "/"):
        return templates.listing(1, base)
    parts = path.strip("/").split("/")
    if len(parts) == 3 and parts[:2] == ["novosti", "page"] and parts[2].isdigit():
        page = int(parts[2])
        if 1 <= page <= page_count():
            return templates.listing(page, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
