"""The twenty-seventh copy's articles and ground truth, and the request router.

About 45 articles, most of them Kazakh (kk ~60 %, then ru, then en), ids ``u<N>`` growing with
the date, 2020-2026, all served by one Kazakh portal template (``templates.py``) whose labels stay
Kazakh on every page. Switches are spread by position so every mix occurs: the nine date styles
of ``kkdates``, three dateline styles, "Айдар"/"Санат", "Тегтер"/"Түйінді сөздер", three view
counters or none, photo credits with and without a caption, "Тағы оқыңыз" / "Толығырақ" /
"Жарнама" blocks in the text, look-alike letters on a few Kazakh pages and two kk/ru pairs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, seeds
from tests.copykit import stories as copy_texts
from tests.copykit.catalogue import Catalogue, CopyArticle, Response, generate, newest_first, number
from tests.twentyseventhsite import kkdates
from tests.twentyseventhsite import texts as T

__all__ = ["Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 27027
PER_PAGE = 8
LISTING = "/novosti"
VIEWS_STYLES = ("qaraldy", "ret", "oqyldy")
DATELINES = ("caps", "comma", "kazaqparat")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": T.KK_PLACES}
RUBRICS = {"kk": T.KK_RUBRICS, "ru": copy_texts.RU_RUBRICS, "en": copy_texts.EN_RUBRICS}
TAGS = {"kk": T.KK_TAGS, "ru": copy_texts.RU_TAGS, "en": copy_texts.EN_TAGS}
SOURCES = {"kk": T.KK_SOURCES, "ru": copy_texts.RU_SOURCES, "en": copy_texts.EN_SOURCES}


@dataclass
class Article(CopyArticle):
    """One page's switches; ``views`` None: no view counter on the page (comments only)."""

    style: str = "nominative"  # the date line under the headline (kkdates.STYLES)
    dateline_style: str = "caps"  # "caps" / "comma" / "kazaqparat" / "seed"
    cat_label: str = "Айдар"
    hashtags: bool = True  # "Тегтер: #a #b" (else "Түйінді сөздер: a, b")
    views_style: str = "qaraldy"
    comments: int = 0
    credit_label: str = "Фото: "
    caption: str | None = None  # words before the credit in the caption
    read_also: bool = False  # a "Тағы оқыңыз:" block inside the text
    more_link: bool = False  # a "Толығырақ:" line closing the text
    advert: bool = False  # a "Жарнама" block inside the text
    glyphs: str | None = None  # "latin" / "cyrillic": Kazakh letters typed with look-alikes
    pair: int = 0  # the number of the other-language version of the same story
    author: str = ""

    def image_paths(self) -> list[str]:
        return [f"/media/maqala/{self.day:%Y/%m}/{self.num}-{k}.jpg"
                for k in range(1, self.images + 1)]

    @property
    def updated(self) -> datetime:
        return self.local + timedelta(days=1 + self.num % 3, hours=self.num % 5)

    def dateline(self) -> str:
        if not self.place:
            return ""
        if self.dateline_style == "seed":
            return super().dateline()
        return kkdates.dateline(self.lang, self.place, self.day, self.dateline_style)


def _dress(art: Article, i: int, rng: random.Random, lead_source: str | None) -> Article:
    """The switches of article ``i`` (position in the story list)."""
    art.style = kkdates.STYLES[i % len(kkdates.STYLES)]
    has_clock = art.style not in kkdates.DAY_ONLY
    art.clock = time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50])) if has_clock else None
    art.place = rng.choice(PLACES[art.lang]) if (i + i // 5) % 2 == 0 else None
    art.dateline_style = DATELINES[(i // 2) % 3]
    if art.dateline_style == "kazaqparat" and (art.lang != "kk" or lead_source):
        art.dateline_style = "caps"
    art.source = lead_source
    if art.place and art.dateline_style == "kazaqparat":
        art.source = "ҚазАқпарат"  # the dateline names the agency the story comes from
    elif lead_source is None and i % 5 != 3:
        art.source, art.source_line = rng.choice(SOURCES[art.lang]), True
    art.category = None if i % 7 == 5 else rng.choice(RUBRICS[art.lang])
    art.cat_label = ("Айдар", "Санат")[i % 2]
    art.tags = rng.sample(TAGS[art.lang], rng.choice([0, 1, 2, 3]))
    art.hashtags = i % 3 != 1
    art.views_style = VIEWS_STYLES[i % 3]
    art.views = None if i % 6 == 2 else rng.randrange(40, 15000)
    art.comments = rng.randrange(0, 30)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.credit_label = ("Фото: ", "Фото:", "Суретті түсірген: ")[i % 3]
    art.photo_credit = rng.choice(T.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.caption = "Көрмеден көрініс." if i % 5 == 4 else None
    art.read_also, art.more_link, art.advert = i % 3 == 0, i % 4 == 2, i % 2 == 1
    art.author = T.AUTHORS[i % len(T.AUTHORS)]
    return art


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    if lang == "kk":
        known = dict(copy_texts.KK_STORIES)
        paragraphs, source = (list(known[title]), None) if title in known else \
            T.kk_story(title, i, rng)
    else:
        paragraphs, source = copy_texts.headline_story(lang, title, i, rng)
    return _dress(Article(0, lang, day, title, "kzportal", paragraphs), i, rng, source)


def _fixed(rng: random.Random) -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    arts = [
        _make(100, "ru", ru.title, ru.day, rng), _make(101, "en", en.title, en.day, rng),
        _dress(Article(49120, "ru", date(2023, 4, 20), copy_texts.SUBBOTNIK_TITLE, "kzportal",
                       ["В Алматы прошёл общегородской весенний субботник, в котором приняли "
                        "участие более 60 тысяч жителей.", *copy_texts.RU_POOL[3:5]]),
               101, rng, None),
        _dress(Article(0, "kk", date(2024, 6, 11), T.QUOTE_TITLE, "kzportal",
                       list(T.QUOTE_BODY)), 105, rng, None),
        _dress(Article(0, "ru", date(2023, 6, 2), T.DOC_TITLE, "kzportal", list(T.DOC_BODY)),
               106, rng, "КазТАГ"),
    ]
    for seed, art in zip((ru, en), arts, strict=False):
        art.num, art.paragraphs, art.raw_paragraphs = seed.num, list(seed.paragraphs), \
            list(seed.raw_paragraphs)
        art.place, art.dateline_style, art.source, art.source_line = seed.place, "seed", \
            seed.source, True
    arts[2].place, arts[2].category, arts[2].views = "Алматы", "Социум", 683
    arts[2].tags, arts[2].source, arts[2].source_line = ["Алматы", "аким", "субботник"], \
        "пресс-служба акимата Алматы", True
    for k, (day, (kk, ru_)) in enumerate(zip((date(2022, 9, 14), date(2025, 5, 20)), T.PAIRS,
                                             strict=True)):
        for lang, (title, paras), at in (("ru", ru_, time(10, 0)), ("kk", kk, time(10, 40))):
            art = _dress(Article(0, lang, day, title, "kzportal", list(paras)), 110 + k, rng, None)
            art.style, art.clock = ("nominative", "genitive")[k], at
            arts.append(art)
    return arts


def _pair_up(arts: list[Article]) -> None:
    titles = {title: lang for pair in T.PAIRS for lang, (title, _) in zip("kr", pair, strict=True)}
    halves = [a for a in arts if a.title in titles]
    for ru, kk in ((halves[k], halves[k + 1]) for k in range(0, len(halves), 2)):
        ru.pair, kk.pair = kk.num, ru.num


def _disguise_some(arts: list[Article]) -> None:
    """Three Kazakh pages type і/ә/ө/һ with Latin look-alikes, one ө/ң with old Cyrillic ones."""
    plain = [a for a in arts if a.lang == "kk" and not a.pair and a.title != T.QUOTE_TITLE]
    for art, kind in zip(plain[1::6], ("latin", "latin", "cyrillic", "latin"), strict=False):
        art.glyphs = kind


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    stories = ([("kk", t) for t in T.KK_TITLES] + [("kk", t) for t, _ in copy_texts.KK_STORIES]
               + [("ru", t) for t in copy_texts.RU_TITLES[:7]]
               + [("en", t) for t in copy_texts.EN_TITLES[:5]])
    arts = generate(rng, _fixed(rng), stories, _make)
    number(arts)
    _pair_up(arts)
    _disguise_some(arts)
    return newest_first(arts)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items

ROBOTS = (b"User-agent: *\nDisallow: /admin/\nDisallow: /izdeu\nDisallow: /*?print=1\n\n"
          b"User-agent: Yandex\nDisallow: /admin/\n")


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentyseventhsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS, "text/plain; charset=utf-8")
    if path in (LISTING, LISTING + "/", "/"):
        bet = parse_qs(parts.query).get("bet", ["1"])[0]
        page = int(bet) if bet.isdigit() else 0
        if not 1 <= page <= page_count():
            return routes.not_found(templates.not_found())
        return templates.listing(page, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
