"""The twenty-sixth copy's articles and ground truth, and the request router.

45 articles, about 60 % English (the rest Russian and Kazakh), ids ``u<N>`` growing with the
date, 2020-2026, all in one English-portal frame (``templates.py``). Each article carries the
chrome its page is drawn in (English labels on most pages, Russian or Kazakh labels on some
Russian and Kazakh ones) and the styles of its date, dateline and field labels; the styles are
handed out in turn over the articles of one chrome so every one of them occurs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from tests.copykit import routes, seeds
from tests.copykit import stories as shared
from tests.copykit.catalogue import (
    AGENCY,
    ALMATY,
    Catalogue,
    CopyArticle,
    Response,
    generate,
    number,
)
from tests.copykit.catalogue import newest_first as _newest_first
from tests.twentysixthsite import texts

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2626
PER_PAGE = 10
LISTING = "/novosti"
EN_DATES = ("ap", "british", "ordinal", "weekday", "utc", "updated", "dateline", "ap")
RU_DATES = ("ru_text", "ru_numeric", "ru_day")
KK_DATES = ("kk_text", "kk_year")
WIRES = ("w_date", "w_plain", "w_bold")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana", "Shymkent", "Aktau"],
          "kk": ["Алматы", "Астана"]}


@dataclass
class Article(CopyArticle):
    chrome: str = "en"  # the language of the page's labels
    date_style: str = "ap"
    wire: str | None = None  # an English wire dateline ("ALMATY, Nov. 30 (IC) —") when set
    cat_style: int = 0
    tag_style: int = 0
    view_style: int = 0  # 3: no counter, only the reading time
    credit_style: int = 0
    byline: str | None = None
    source_top: bool = False  # "Source: X" in the meta line, not after the text
    source_label: str | None = None  # the label when it is not the chrome's own
    pair: int | None = None  # the id number of the other-language version
    pair_mode: str | None = None  # "hreflang" (in <head>) or "visible" (a link in the text)
    lower_slug: bool = False  # an English slug that says nothing of the language
    html_lang: str = "en"
    read_more: bool = False
    newsletter: bool = False
    advert: bool = False
    share_inline: bool = False

    @property
    def slug(self) -> str:
        slug = super().slug
        return slug.lower() if self.lower_slug else slug

    @property
    def updated(self) -> datetime:
        """The later "Updated:" moment shown next to the publication date."""
        return self.local + timedelta(days=1 + self.num % 3, hours=3, minutes=25)

    def image_paths(self) -> list[str]:
        return [f"/media/{self.day:%Y/%m}/{self.id}-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    pair_title = shared.PAIR_EN_TITLE
    return [
        Article(ru.num, "ru", ru.day, ru.title, "ru", list(ru.paragraphs), list(ru.raw_paragraphs),
                clock=time(11, 20), place=ru.place, source=ru.source, source_line=True,
                photo_credit="gov.kz", images=1, category="Общество", tags=["Япония", "диаспора"],
                views=1315, chrome="ru", date_style="ru_text", pair=45713, pair_mode="hreflang",
                html_lang="ru"),
        Article(45713, "en", date(2021, 4, 19), pair_title, "en",
                [f"{pair_title}, Kazinform reports citing the Foreign Ministry.",
                 *texts.EN_POOL[5:7]], clock=time(15, 40), source="Kazinform",
                photo_credit="gov.kz", images=1, category="Society", tags=["Japan", "diaspora"],
                views=248, date_style="weekday", cat_style=1, tag_style=1, view_style=2,
                credit_style=1, byline=texts.BYLINES[0], pair=ru.num, pair_mode="hreflang"),
        Article(en.num, "en", en.day, en.title, "en", list(en.paragraphs),
                list(en.raw_paragraphs), clock=time(9, 5), place=en.place, source=en.source,
                source_line=True, source_label="Источник:", images=1,
                photo_credit="Information Center", category="Society",
                tags=["Kazakhstan", "Luxembourg"], views=1200, date_style="british",
                credit_style=2, read_more=True, advert=True),
        Article(49120, "ru", date(2023, 4, 20), shared.SUBBOTNIK_TITLE, "ru",
                ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                 "более 60 тысяч жителей.", *shared.RU_POOL[3:5]], place="Алматы",
                source="пресс-служба акимата Алматы", source_line=True, photo_credit="pixabay",
                images=1, category="Социум", tags=["Алматы", "аким", "субботник"], views=683,
                chrome="ru", date_style="ru_cap", html_lang="ru"),
    ]


def _story(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        return list(next(p for t, p in texts.KK_STORIES if t == title)), None
    pair = next((p for p in texts.PAIRS if p[2] == title), None)
    if pair:
        return list(pair[3]), None
    if lang == "ru":
        return shared.headline_story(lang, title, i, rng)
    source, lead = None, title.rstrip(".")
    if i % 5 == 1:
        pattern, source = texts.EN_LEADS[i % len(texts.EN_LEADS)]
        lead += pattern.format(source)
    return [lead + ".", *rng.sample(texts.EN_POOL, rng.choice([2, 3, 4]))], source


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = _story(lang, title, i, rng)
    chrome = "en" if lang == "en" or (lang == "ru" and i % 2) or (lang == "kk" and i % 3 == 0) \
        else lang
    art = Article(0, lang, day, title, chrome, paragraphs, chrome=chrome)
    art.html_lang = chrome if chrome != "kk" or i % 2 else "ru"
    art.place = rng.choice(PLACES[lang]) if i % 3 != 2 else None
    art.category = None if i % 6 == 5 else rng.choice(shared.RUBRICS[lang])
    art.tags = rng.sample(shared.TAGS[lang], rng.choice([0, 1, 2, 3]))
    art.source = lead_source
    if lead_source is None and i % 5 in (0, 2):
        art.source = rng.choice(texts.EN_SOURCES if chrome == "en" and lang == "en"
                                else shared.SOURCES[lang])
        art.source_line = True
        art.source_top = chrome == "en" and i % 10 == 2
    art.images = (1, 1, 2, 0, 1)[i % 5]
    art.read_more, art.newsletter = i % 3 == 0, i % 4 == 1
    art.advert, art.share_inline = i % 3 == 1, i % 4 == 2
    return art


def _translation(ru: Article, k: int) -> Article:
    """The English version of a paired Russian story, a day later, linked both ways."""
    en_title, en_text, _, _ = next(p for p in texts.PAIRS if p[2] == ru.title)
    mode = ("visible", "hreflang")[k % 2]
    ru.pair_mode = mode
    return Article(0, "en", ru.day + timedelta(days=1), en_title, "en", list(en_text),
                   category=("Society", "Economy", "Economy")[k], tags=["Almaty", "Astana"][k % 2:],
                   pair_mode=mode, images=1)


def _style_en(arts: list[Article], rng: random.Random) -> None:
    """Hand the English chrome's styles out in turn (date, dateline, labels, counters)."""
    for k, art in enumerate(arts):
        art.date_style = EN_DATES[k % len(EN_DATES)]
        art.cat_style, art.tag_style = k % 4, (k // 2) % 4
        art.view_style, art.credit_style = (k + 1) % 4, (k // 3) % 4
        art.clock = _en_clock(art, k, rng)
        if art.lang == "en":
            art.lower_slug, art.byline = k % 3 == 1, texts.BYLINES[k % 4] if k % 3 != 2 else None
            art.html_lang = "ru" if k % 5 == 4 else "en"
            if art.date_style == "dateline" or (k % 4 != 3 and art.place):
                art.place = art.place or PLACES["en"][k % 4]
                art.wire = "w_date" if art.date_style == "dateline" else WIRES[k % 3]
            else:
                art.place = None
        elif art.date_style == "dateline":
            art.place = art.place or PLACES[art.lang][0]
        art.views = (rng.randrange(10, 90) * 100, rng.randrange(1000, 20000),
                     rng.randrange(40, 999), None)[art.view_style]
        art.photo_credit = None if not art.images or k % 6 == 5 else rng.choice(
            texts.IC_PHOTOGRAPHERS if art.credit_style == 0 else texts.EN_CREDITS)


def _en_clock(art: Article, k: int, rng: random.Random) -> time | None:
    if art.date_style in ("ordinal", "dateline") or (art.date_style == "british" and k % 5 == 2):
        return None
    if art.date_style == "ap" and k % 16 == 0:
        return time(12, 0)  # AP style: "noon"
    if art.date_style == "utc" and k % 2 == 0:
        return time(rng.randrange(1, 5), 10)  # the UTC day is the day before
    return time(rng.randrange(7, 23), rng.choice([0, 5, 15, 30, 45]))


def _style_local(arts: list[Article], rng: random.Random) -> None:
    """Russian and Kazakh chrome: local dates and labels, photo credits of the outlet."""
    for k, art in enumerate(arts):
        styles = RU_DATES if art.chrome == "ru" else KK_DATES
        art.date_style = styles[k % len(styles)]
        art.clock = None if art.date_style in ("ru_day", "kk_year") else time(
            rng.randrange(8, 21), rng.choice([0, 10, 25, 40]))
        art.views = None if k % 4 == 1 else rng.randrange(30, 6000)
        art.photo_credit = rng.choice(shared.PHOTO_CREDITS) if art.images and k % 5 != 4 \
            else None


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    stories = ([("en", t) for t in texts.EN_TITLES] + [("ru", t) for t in shared.RU_TITLES[:7]]
               + [("ru", p[2]) for p in texts.PAIRS] + [("kk", t) for t, _ in texts.KK_STORIES])
    arts = generate(rng, _fixed(), stories, _generic)
    paired = [a for a in arts if any(a.title == p[2] for p in texts.PAIRS)]
    english = [_translation(ru, k) for k, ru in enumerate(paired)]
    arts += english
    number(arts)
    for ru, en in zip(paired, english, strict=True):
        ru.pair, en.pair = en.num, ru.num
    by_day = sorted(arts, key=lambda a: a.day)
    fixed = {a.num for a in _fixed()}
    _style_en([a for a in by_day if a.chrome == "en" and a.num not in fixed], rng)
    _style_local([a for a in by_day if a.chrome != "en" and a.num not in fixed], rng)
    return _newest_first(arts)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
truth, page_count = _CATALOGUE.truth, _CATALOGUE.page_count
by_num, page_items = _CATALOGUE.by_num, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentysixthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(
            b"User-agent: *\nDisallow: /search\nDisallow: /newsletter/subscribe\n",
            "text/plain; charset=utf-8")
    if path in (LISTING, LISTING + "/", "/"):
        page = parse_qs(parts.query).get("page", ["1"])[0]
        n = int(page) if page.isdigit() else 0
        if not 1 <= n <= page_count():
            return routes.not_found(templates.not_found())
        return templates.listing(n, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)



def catalogue_zone() -> ZoneInfo:
    return ALMATY
