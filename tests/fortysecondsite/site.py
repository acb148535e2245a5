"""The forty-second copy's articles, truth and router: the article page exactly as SITE.md
describes it, on a small old CMS (the truth calls: tests/test_fortysecondsite.py)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import catalogue, seeds, stories
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import CYR2LAT, LAT2CYR, normalise
from tests.fortysecondsite import templates

LISTING = "/novosti"
PER_PAGE = 10  # Joomla-style "?start=10, 20, …" offsets
SEED = 4242
# ids by day: SITE.md's four, the years around them interpolated (2019 to 2025)
ANCHORS = ((date(2019, 1, 1), 36500), (date(2020, 1, 1), 40100), (date(2021, 4, 16), 45694),
           (date(2021, 4, 19), 45713), (date(2021, 8, 2), 46768), (date(2023, 4, 20), 49120),
           (date(2025, 12, 31), 57900))
FIRST_DAY, LAST_DAY = date(2019, 2, 1), date(2025, 11, 30)

# Rubrics as the menu names them (slug, name); "Общество" is a prefix of "Общество и право".
RUBRICS = {
    "ru": [("socium", "Социум"), ("v-mire", "В мире"), ("nauka-i-obrazovanie",
           "Наука и образование"), ("obshchestvo-i-pravo", "Общество и право"),
           ("ekonomika-i-biznes", "Экономика и бизнес"), ("obshchestvo", "Общество"),
           ("politika", "Политика"), ("proisshestviya", "Происшествия"),
           ("kultura", "Культура"), ("sport", "Спорт")],
    "en": [("world-news", "World news"), ("society", "Society"),
           ("economy-and-business", "Economy and business"), ("culture", "Culture")],
    "kk": [("kogam", "Қоғам")],
}
RUBRIC_SLUG = {name: slug for table in RUBRICS.values() for slug, name in table}
# tags: capitalised and lower-case, a few of several words (never first on a page)
TAGS = {
    "ru": ["Алматы", "аким", "субботник", "Астана", "бюджет", "образование", "МВД", "экология",
           "Шымкент", "транспорт", "молодёжь", "ЕАЭС", "туризм", "Япония", "диаспора",
           "общественный транспорт", "село"],
    "en": ["Almaty", "economy", "Kazakhstan", "education", "Astana", "tourism", "EBRD",
           "diaspora", "Japan", "ecology", "public transport"],
    "kk": ["Алматы", "жастар", "Астана"],
}
PLACES = {"ru": ["Алматы", "Алматы", "Астана"], "en": ["Almaty", "Almaty", "Astana"],
          "kk": ["Алматы"]}
LEADS = {"ru": [", сообщает {0}", ", передает {0}"], "en": [", {0} reports", ", reports {0}"],
         "kk": []}
SOURCES = {"ru": ["КазТАГ", "Kazinform", "Tengrinews.kz", "пресс-служба акимата Алматы"],
           "en": ["Kazinform", "The Astana Times", "EU Reporter", "Akorda"],
           "kk": ["Kazinform", "КазТАГ"]}
CREDITS = ["gov.kz", "pixabay", "akorda.kz", "primeminister.kz", "Центр информации"]

# the feature switches every form of which the copy's test looks for
CREDIT_FORMS = ("sep", "node", "el", None)  # separate line, one text node / one element with
#                                             the dateline, none
TEXT_FORMS = ("p", "br")  # <p> paragraphs, or one block of text broken by <br><br>
LAYOUTS = ("table", "div")
INFO_TAGS = ("div", "p", "td")


@dataclass
class Article(CopyArticle):
    menu: bool = True
    layout: str = "table"
    credit_form: str | None = None
    text_form: str = "p"
    info_tag: str = "div"
    en_months: bool = False  # the info line's month in English (English pages only)
    nbsp_line: str | None = None  # "&nbsp;" or "\u00a0": a line holding only a no-break space
    entities: bool = False  # «», — written as &laquo; &raquo; &mdash;
    share: bool = False
    lead_source: bool = False  # the lead names the source
    sidebar: str = "div"

    def image_paths(self) -> list[str]:
        return ([f"/upload/iblock/{self.day:%Y/%m}/{self.id}_{i}.jpg" for i in range(self.images)])

    def info_line(self) -> str:
        """SITE.md's line: date, views, rubric, comma-separated tags, one text node."""
        if self.lang == "en" and self.en_months:
            when = f"{self.day.day} {catalogue.MONTHS['en'][self.day.month - 1]} {self.day.year}"
        else:
            month = catalogue.MONTHS["ru"][self.day.month - 1].capitalize()
            when = f"{self.day.day} {month} {self.day.year}"
        parts = [when]
        if self.views is not None:
            parts.append(str(self.views))
        if self.category:
            parts.append(self.category)
        if self.tags:
            parts.append(", ".join(self.tags))
        return " ".join(parts)

    def info_form(self) -> tuple[str, ...]:
        """What the info line holds, for the test's "every form occurs"."""
        rubric = ("no rubric" if not self.category else
                  "one-word rubric" if " " not in self.category else "multi-word rubric")
        tags = {0: "no tags", 1: "one tag"}.get(len(self.tags), "tags")
        first = ("" if not self.tags else
                 "capital tag" if self.tags[0][0].isupper() else "lower-case tag")
        return ("views" if self.views is not None else "no views", rubric, tags, first)


def _homoglyph(text: str, lang: str) -> str:
    """One letter of the first fitting word swapped for its look-alike of the other script."""
    table = CYR2LAT if lang != "en" else LAT2CYR
    for m in re.finditer(r"[^\W\d_]{5,}", text):
        word = m.group()
        if word[0] in table:
            return text[: m.start()] + table[word[0]] + text[m.start() + 1:]
    return text


def _days(rng: random.Random, count: int, taken: set[date]) -> list[date]:
    """Leap day 2024 and the day Almaty went to UTC+5, then days 3+ apart from the others."""
    span = (LAST_DAY - FIRST_DAY).days
    days = [date(2024, 2, 29), date(2024, 3, 1), date(2019, 3, 14), date(2025, 10, 7)]
    while len(days) < count:
        day = FIRST_DAY + timedelta(days=rng.randrange(span))
        if all(abs((day - other).days) > 2 for other in taken | set(days)):
            days.append(day)
    return days


def _fixed() -> list[Article]:
    """SITE.md's four pages: the two seeds, the English u45713 and u49120's info line."""
    ru, en = seeds.ru(), seeds.en()
    return [
        Article(ru.num, "ru", ru.day, ru.title, "", list(ru.paragraphs), list(ru.raw_paragraphs),
                place=ru.place, source=ru.source, source_line=True, lead_source=True,
                photo_credit="gov.kz", images=1, credit_form="sep", category="В мире",
                tags=["Япония", "диаспора"], views=None, nbsp_line="\u00a0"),
        Article(en.num, "en", en.day, en.title, "", list(en.paragraphs), list(en.raw_paragraphs),
                place=en.place, source=en.source, source_line=True, lead_source=True,
                category="World news", tags=["Luxembourg", "diaspora", "Kazakhstan"],
                views=1204, en_months=False, layout="table", info_tag="p", sidebar="table"),
        Article(45713, "en", date(2021, 4, 19), stories.PAIR_EN_TITLE, "", [
            "Kazakhs living in Japan have set up their own association, Kazinform reports "
            "citing the Ministry of Foreign Affairs of Kazakhstan.",
            "The founding meeting of the Association of Kazakhs in Japan was held at the "
            "Embassy of Kazakhstan in Tokyo.",
            "According to the embassy, 191 citizens of Kazakhstan and about 70 ethnic Kazakhs "
            "live in Japan on a permanent basis.",
            "The association plans to develop business contacts, cultural projects and "
            "information support of Kazakh-Japanese cooperation.",
        ], place="Almaty", source="Kazinform", lead_source=True, category="World news",
            tags=["Japan", "diaspora"], views=214, en_months=True, layout="div", text_form="br",
            photo_credit="pixabay", images=1, credit_form="el"),
        Article(49120, "ru", date(2023, 4, 20), stories.SUBBOTNIK_TITLE, "", [
            "В Алматы прошёл общегородской субботник, в котором приняли участие более 60 тысяч "
            "человек.",
            "Аким города вместе с жителями высадил деревья в сквере на проспекте Абая.",
            "За день из арыков и парков вывезено более 3 тысяч тонн мусора.",
            "Следующий субботник пройдёт осенью, сообщили в акимате.",
        ], place="Алматы", source="пресс-служба акимата Алматы", source_line=True,
            photo_credit="pixabay", images=1, credit_form="node", category="Социум",
            tags=["Алматы", "аким", "субботник"], views=683, nbsp_line="&nbsp;"),
    ]


def _pick(rng: random.Random, pool: list[str], count: int, one_word_first: bool) -> list[str]:
    tags = rng.sample(pool, count)
    tags.sort(key=lambda t: " " in t)  # a tag of several words is never first
    if one_word_first and tags and " " in tags[0]:
        tags[0] = next(t for t in pool if " " not in t and t not in tags)
    return tags


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    """Generated page ``i``: every switch cycles with its own period so the forms mix."""
    menu = i % 8 != 2
    rubrics = [name for _, name in RUBRICS[lang]]
    if not menu:  # only the info line names the rubric: one word, then a one-word tag
        rubrics = [r for r in rubrics if " " not in r]
    category: str | None = rubrics[i % len(rubrics)]
    ntags = (2, 1, 3, 2, 1, 4, 2, 0, 3)[i % 9]
    if menu and i % 7 == 5:
        category = None  # rubric missing: the menu shows the first word is a tag
    if not menu or category is None:
        ntags = max(ntags, 1)
    tags = _pick(rng, TAGS[lang], min(ntags, len(TAGS[lang])), one_word_first=True)
    views = None if i % 6 == 3 else 0 if i == 10 else rng.choice(
        [rng.randint(20, 999), rng.randint(1000, 25000)])
    place = None if i % 5 == 4 else PLACES[lang][i % len(PLACES[lang])]
    credit_form = CREDIT_FORMS[i % 4]
    if credit_form in ("node", "el") and not place:
        credit_form = "sep"
    credit = CREDITS[i % len(CREDITS)] if credit_form else None
    images = 1 if credit_form or i % 3 == 0 else 0
    source_kind = ("none", "lead", "line", "both")[i % 4 if lang != "kk" else 2]
    source = rng.choice(SOURCES[lang]) if source_kind != "none" else None
    if lang == "kk":
        paragraphs = list(next(p for t, p in stories.KK_STORIES if t == title))
    else:
        pool = stories.RU_POOL if lang == "ru" else stories.EN_POOL
        lead = title.rstrip(".")
        if source_kind in ("lead", "both"):
            lead += LEADS[lang][i % 2].format(source)
        paragraphs = [lead + ".", *rng.sample(pool, rng.choice([2, 3, 4]))]
    layout = LAYOUTS[i % 3 == 2]
    raw = None
    if i % 7 == 1:
        raw = [*paragraphs[:-1], _homoglyph(paragraphs[-1], lang)]
        assert raw[-1] != paragraphs[-1] and normalise(raw[-1]) == paragraphs[-1], raw[-1]
    return Article(
        0, lang, day, title, "", paragraphs, raw, place=place, source=source,
        source_line=source_kind in ("line", "both"), lead_source=source_kind in ("lead", "both"),
        photo_credit=credit, images=images, category=category, tags=tags, views=views,
        menu=menu, layout=layout, credit_form=credit_form, text_form=TEXT_FORMS[i % 3 == 1],
        info_tag=INFO_TAGS[i // 3 % 3] if layout == "table" else ("div", "p")[i % 2],
        en_months=i % 2 == 0, nbsp_line=("&nbsp;", "\u00a0", None)[i % 3],
        entities=i % 4 == 2, share=i % 3 == 1, sidebar=("div", "table")[i % 2])


@cache
def build() -> tuple[Article, ...]:
    """44 articles (26 ru, 15 en, 3 kk), newest first."""
    rng = random.Random(SEED)
    fixed = _fixed()
    mix = ([("ru", t) for t in stories.RU_TITLES[:24] if t != fixed[0].title]
           + [("en", t) for t in stories.EN_TITLES[:13]]
           + [("kk", t) for t, _ in stories.KK_STORIES])
    rng.shuffle(mix)
    days = _days(rng, len(mix), {a.day for a in fixed})
    arts = fixed + [_make(i, lang, title, days[i], rng) for i, (lang, title) in enumerate(mix)]
    catalogue.number(arts, ANCHORS)
    return catalogue.newest_first(arts)  # type: ignore[return-value]


CATALOGUE = catalogue.Catalogue(build, PER_PAGE)
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def page_items(n: int) -> tuple[Article, ...]:
    """The articles listing page ``n`` (from 1) shows, newest first."""
    return build()[(n - 1) * PER_PAGE : n * PER_PAGE]


def route(target: str, host: str) -> Response:
    """The copy's answer to one request: robots, the listing and its ``?start=`` pages, rubric
    pages, articles (a 301 from any other slug), uploaded photos; everything else 404."""
    base = f"http://{host}"
    parts = urlsplit(target)
    path, query = parts.path, parse_qs(parts.query)
    html_type = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, templates.ROBOTS.encode()
    if path in ("/", LISTING, LISTING + "/"):
        start = query.get("start", ["0"])[0]
        if not start.isdigit() or int(start) % PER_PAGE or int(start) // PER_PAGE >= page_count():
            return 404, html_type, templates.not_found()
        n = int(start) // PER_PAGE + 1
        body = templates.listing(page_items(n), n, page_count(), PER_PAGE)
        return 200, html_type, body
    m = re.fullmatch(r"/rubric/([a-z-]+)/?", path)
    if m:
        names = [name for name, slug in RUBRIC_SLUG.items() if slug == m.group(1)]
        if not names:
            return 404, html_type, templates.not_found()
        return 200, html_type, templates.rubric_page(
            names[0], [a for a in build() if a.category == names[0]])
    if path.startswith(("/upload/", "/images/")):
        return 200, {"Content-Type": "image/gif"}, templates.PIXEL
    return CATALOGUE.article_or_404(path, base, _render, templates.not_found)


def _render(art: CopyArticle, base: str) -> Response:
    assert isinstance(art, Article)
    return 200, {"Content-Type": "text/html; charset=utf-8"}, templates.article(art, build())
