"""The forty-third copy's articles, their page forms and truth, and its router.

Each article carries ``forms``: which of SITE.md's guesses its page keeps and which it breaks
(``info`` layout, ``date`` as the info line prints it, ``dateline``, ``source``, ``related``
block, ``widget``, ``photo``). The forms cycle per language in date order so every form occurs
in Russian and in English; the four articles SITE.md names have theirs set by hand.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from tests.copykit import catalogue, routes, scoring, seeds, stories
from tests.copykit.catalogue import CopyArticle
from tests.fortythirdsite import templates

LISTING = "/novosti"
PER_PAGE = 9
SEED = 4343
AGENCY = catalogue.AGENCY

# The info line's layouts: SITE.md's one text (control), one text with the views after the
# rubric, elements with the tags before the rubric, separate <span>s (tags in a block after the
# text), an <ul> of <li>s with an eye icon; no info line (date only in <time> or in <meta>).
INFO = ("sitemd", "rubric_views", "tags_first", "spans", "list", "time_only", "meta_only")
NO_INFO = ("time_only", "meta_only")
# How the info line prints the date (SITE.md: "20 Апреля 2023").
DATES = ("genitive", "dotted", "iso", "weekday_time", "time")
TIMED = ("weekday_time", "time")
DATELINE = ("plain", "year", "caps", "emdash", "endash", "second", "none")
SOURCE = ("line", "none", "link", "lead", "none")
RELATED = ("read_also", "badges", "none", "badges", "read_also")
PHOTO = ("div", "caption", "image_only", "none")
WIDGET = ("zero", "real")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
CREDITS = {"ru": ["gov.kz", "pixabay", "akorda.kz", "primeminister.kz"],
           "en": ["gov.kz", "pixabay", "akorda.kz"], "kk": ["gov.kz", "akorda.kz"]}
LEADS = {"ru": [", сообщает {0}", ", передает {0}"], "en": [", {0} reports", ", reports {0}"],
         "kk": [", деп хабарлайды {0}"]}
BODY_LINK = templates.BODY_LINK
FIRST, LAST = date(2019, 1, 20), date(2025, 12, 20)
ANCHORS = ((date(2019, 1, 1), 36600), *catalogue.ANCHORS[:-1], (date(2026, 1, 1), 55500))


@dataclass
class Article(CopyArticle):
    forms: dict[str, str] = field(default_factory=dict)
    read_also: list[int] = field(default_factory=list)  # nums of the "Читайте также" block
    body_link: int | None = None  # num linked from BODY_LINK's word, in the last paragraph
    rates: tuple[float, float, float, float] | None = None  # currency widget (None: 0.0)

    def image_paths(self) -> list[str]:
        if not self.images:
            return []
        folder = hashlib.md5(self.id.encode()).hexdigest()[:3]  # noqa: S324 - a folder name
        return [f"/upload/iblock/{folder}/{self.id}_main.jpg"]


@dataclass(frozen=True)
class Fixed:
    """An article SITE.md names, with its story and its page's forms set by hand."""

    num: int
    lang: str
    day: date
    title: str
    paragraphs: list[str]
    raw: list[str] | None
    forms: dict[str, str]
    place: str
    clock: time | None = None
    source: str | None = None
    credit: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    views: int | None = None


def _fixed() -> list[Fixed]:
    ru, en = seeds.ru(), seeds.en()
    subbotnik = [
        "В Алматы прошёл общегородской субботник, в нём приняли участие более 40 тысяч "
        "жителей и сотрудников предприятий.",
        "Аким города вместе с сотрудниками акимата убрал сквер у площади Республики.",
        "Всего за день вывезено более 3 тысяч тонн мусора, высажено 12 тысяч деревьев.",
    ]
    pair = [
        "Kazakhs living in Japan have set up their own association, KazTAG reports citing the "
        "Ministry of Foreign Affairs of Kazakhstan.",
        "The founding meeting of the Association of Kazakhs in Japan took place at the Embassy "
        "of Kazakhstan in Tokyo.",
        "According to the embassy, 191 citizens of Kazakhstan and about 70 ethnic Kazakhs "
        "live in Japan permanently.",
    ]
    return [
        Fixed(ru.num, "ru", ru.day, ru.title, list(ru.paragraphs), list(ru.raw_paragraphs),
              {"info": "tags_first", "date": "dotted", "dateline": "year", "source": "link",
               "related": "read_also", "widget": "real", "photo": "caption"},
              ru.place, source=ru.source, credit="gov.kz", category="В мире",
              tags=("Япония", "диаспора"), views=1315),
        Fixed(45713, "en", date(2021, 4, 19), stories.PAIR_EN_TITLE, pair, None,
              {"info": "spans", "date": "iso", "dateline": "caps", "source": "lead",
               "related": "read_also", "widget": "zero", "photo": "none"},
              "Almaty", source="KazTAG", category="World", tags=("Japan",), views=204),
        Fixed(en.num, "en", en.day, en.title, list(en.paragraphs), list(en.raw_paragraphs),
              {"info": "list", "date": "weekday_time", "dateline": "plain", "source": "line",
               "related": "badges", "widget": "zero", "photo": "image_only"},
              en.place, clock=time(11, 20), source=en.source, category="Society",
              tags=("Luxembourg", "diaspora"), views=98),
        Fixed(49120, "ru", date(2023, 4, 20), stories.SUBBOTNIK_TITLE, subbotnik, None,
              {"info": "rubric_views", "date": "dotted", "dateline": "plain", "source": "none",
               "related": "badges", "widget": "real", "photo": "div"},
              "Алматы", credit="pixabay", category="Социум",
              tags=("Алматы", "аким", "субботник"), views=683),
    ]


def _days(rng: random.Random, count: int, taken: set[date]) -> list[date]:
    """The leap day and the day Almaty moved to UTC+5, then days 3+ apart from the others."""
    days = [date(2024, 2, 29), date(2024, 3, 1), date(2019, 3, 12), date(2025, 11, 24)]
    span = (LAST - FIRST).days
    while len(days) < count:
        day = FIRST + timedelta(days=rng.randrange(span))
        if all(abs((day - other).days) > 2 for other in taken | set(days)):
            days.append(day)
    return days


def _cycle(arts: Sequence[Article], name: str, options: Sequence[str]) -> None:
    """Give each article without the form the next option, per language in an order of its
    own for each form (so the forms of one page vary independently)."""
    for lang in ("ru", "en", "kk"):
        free = [a for a in arts if a.lang == lang and name not in a.forms]
        random.Random(f"{SEED}-{name}-{lang}").shuffle(free)
        for i, a in enumerate(free):
            a.forms[name] = options[i % len(options)]


def _forms(arts: Sequence[Article]) -> None:
    # the two days around the offset change: a <time> at 00:40 (the UTC day before) and
    # a weekday line at 23:50
    for a in arts:
        if a.day == date(2024, 3, 1):
            a.forms.update(info="time_only", date="iso")
        elif a.day == date(2024, 2, 29):
            a.forms.update(info="list", date="weekday_time")
    _cycle(arts, "info", INFO)
    dates: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
        (("sitemd",), ("genitive",)), (("rubric_views",), ("dotted", "iso")),
        (("tags_first", "spans", "list"), DATES), (NO_INFO, ("iso",)))
    for layouts, options in dates:
        _cycle([a for a in arts if a.forms["info"] in layouts], "date", options)
    forms: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("dateline", DATELINE), ("source", SOURCE), ("related", RELATED), ("photo", PHOTO),
        ("widget", WIDGET))
    for name, choices in forms:
        _cycle(arts, name, choices)


def _content(a: Article, rng: random.Random, nth: dict[str, int]) -> None:
    """Story, rubric, tags, views, source and credit of a generated article."""
    lang, forms = a.lang, a.forms
    i = nth[lang] = nth.get(lang, -1) + 1
    if forms["date"] in TIMED or forms["info"] in NO_INFO:
        a.clock = time(rng.randrange(7, 23), rng.randrange(0, 60, 5))
        if a.day == date(2024, 3, 1):
            a.clock = time(0, 40)
        elif a.day == date(2024, 2, 29):
            a.clock = time(23, 50)
    sources = stories.SOURCES[lang]
    if forms["source"] != "none":
        a.source = sources[i % len(sources)]
    a.source_line = forms["source"] in ("line", "link")
    if lang == "kk":
        paragraphs = next(list(p) for t, p in stories.KK_STORIES if t == a.title)
    else:
        pool = stories.RU_POOL if lang == "ru" else stories.EN_POOL
        paragraphs = [a.title.rstrip(".") + ".", *rng.sample(pool, rng.choice([2, 3, 4]))]
    if forms["source"] == "lead":
        lead = LEADS[lang][i % len(LEADS[lang])].format(a.source)
        paragraphs[0] = paragraphs[0][:-1] + lead + "."
    a.paragraphs = paragraphs
    a.place = None if forms["dateline"] == "none" else PLACES[lang][i % len(PLACES[lang])]
    if forms["photo"] != "none":
        a.images = 1
    if forms["photo"] in ("div", "caption"):
        a.photo_credit = CREDITS[lang][i % len(CREDITS[lang])]
    if forms["info"] not in NO_INFO:
        a.category = rng.choice(stories.RUBRICS[lang])
        least = 1 if forms["info"] == "tags_first" else 0
        a.tags = rng.sample(stories.TAGS[lang], rng.choice([least, 1, 2, 3]))
        a.views = rng.randrange(40, 4000)
    if forms["widget"] == "real":
        a.rates = (round(rng.uniform(420, 530), 1), round(rng.uniform(470, 590), 1),
                   round(rng.uniform(4.5, 6.5), 2), round(rng.uniform(60, 73), 1))


def _links(arts: Sequence[Article]) -> None:
    """"Читайте также": up to three earlier stories of the rubric (else of the language);
    a link in the text of every ninth page (from the fifth on) to the story before it."""
    older = sorted(arts, key=lambda a: a.local)
    for a in arts:
        if a.forms["related"] != "read_also" or a.read_also:
            continue
        before = [b for b in older if b.local < a.local and b.lang == a.lang]
        same = [b for b in before if b.category == a.category and b.category]
        picks = (same or before)[-3:] or [b for b in older if b.lang == a.lang and b is not a][:2]
        a.read_also = [b.num for b in reversed(picks)]
    for k, a in enumerate(b for b in older if b.num not in FIXED_NUMS):
        if k % 9 == 4:
            before = [b for b in older if b.local < a.local and b.lang == a.lang]
            if before:
                a.body_link = before[-1].num
                a.paragraphs.append(BODY_LINK[a.lang][0])


FIXED_NUMS = (45694, 45713, 46768, 49120)


@cache
def build() -> tuple[Article, ...]:
    """Every article, newest first."""
    rng = random.Random(SEED)
    arts: list[Article] = []
    for f in _fixed():
        art = Article(f.num, f.lang, f.day, f.title, "fixed", list(f.paragraphs),
                      raw_paragraphs=f.raw, clock=f.clock, place=f.place, source=f.source,
                      source_line=f.forms["source"] in ("line", "link"),
                      photo_credit=f.credit, images=int(f.forms["photo"] != "none"),
                      category=f.category, tags=list(f.tags), views=f.views,
                      forms=dict(f.forms))
        if f.forms["widget"] == "real":
            art.rates = (481.2, 535.7, 5.94, 69.8)
        arts.append(art)
    titles = ([("ru", t) for t in stories.RU_TITLES[:25]]
              + [("en", t) for t in stories.EN_TITLES[:12]]
              + [("kk", t) for t, _ in stories.KK_STORIES])
    rng.shuffle(titles)
    days = _days(rng, len(titles), {a.day for a in arts})
    fresh = [Article(0, lang, day, title, "new", []) for (lang, title), day in zip(
        titles, days, strict=True)]
    arts += fresh
    catalogue.number(arts, ANCHORS)
    arts.sort(key=lambda a: a.day)
    _forms(arts)
    nth: dict[str, int] = {}
    for a in arts:
        if a.cms == "new":
            _content(a, random.Random(f"{SEED}-{a.num}"), nth)
    zero = next(a for a in arts if a.cms == "new" and a.forms["info"] == "sitemd")
    zero.views = 0
    fixed = {a.num: a for a in arts if a.cms == "fixed"}
    fixed[45694].read_also = [45713]
    fixed[45713].read_also = [45694]
    _links(arts)
    return tuple(sorted(arts, key=lambda a: a.local, reverse=True))


CAT = catalogue.Catalogue(build, PER_PAGE)
page_count = CAT.page_count


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def page_items(n: int) -> Sequence[Article]:
    """The articles listing page ``n`` (from 1) shows, newest first."""
    return build()[(n - 1) * PER_PAGE : n * PER_PAGE]


def latest(a: Article, count: int = 8) -> list[Article]:
    """The "latest news" sidebar (the badge block): the newest stories but this one."""
    return [b for b in build() if b is not a][:count]


def linked(a: Article) -> list[Article]:
    """Every other article the page links, in page order (text, "Читайте также", sidebar)."""
    nums = [*([a.body_link] if a.body_link else []), *a.read_also]
    if a.forms["related"] == "badges":
        nums += [b.num for b in latest(a)]
    seen: dict[int, Article] = {}
    for n in nums:
        if n != a.num and n not in seen:
            seen[n] = by_num()[n]
    return list(seen.values())


def truth(base_url: str) -> dict[str, dict[str, object]]:
    out = {}
    for a in build():
        rec = a.truth(base_url)
        rec["related"] = [{"url": base_url + b.path, "id": b.id, "title": b.title,
                           "lang": b.lang} for b in linked(a)]
        out[a.id] = rec
    return out


def same(name: str, want: Any, got: Any) -> bool:
    """``scoring.same_moment``; ``related`` by its ids (each once, in any order)."""
    if name == "related":
        if not isinstance(got, list):
            return False
        ids = sorted(str(r.get("id")) if isinstance(r, dict) else repr(r) for r in got)
        return ids == sorted(r["id"] for r in want)
    return scoring.same_moment(name, want, got)


_HTML = {"Content-Type": "text/html; charset=UTF-8"}
_PAGE = re.compile(r"^/novosti/page/(\d+)(/?)$")


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    base = f"http://{host}"
    path = urlsplit(target).path
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, templates.ROBOTS.encode()
    if path in ("/", "/novosti/", "/novosti/page/1/", "/novosti/page/1"):
        return routes.moved(base + LISTING)
    if path == LISTING:
        return 200, _HTML, templates.listing(1, page_items(1), page_count()).encode()
    if m := _PAGE.match(path):
        n = int(m.group(1))
        if not 2 <= n <= page_count():
            return 404, _HTML, templates.not_found().encode()
        if not m.group(2):
            return 301, {"Location": f"{base}{path}/"}, b""
        return 200, _HTML, templates.listing(n, page_items(n), page_count()).encode()
    if path.startswith("/upload/") and any(path in a.image_paths() for a in build()):
        return 200, {"Content-Type": "image/jpeg"}, templates.JPEG
    return CAT.article_or_404(path, base, _article, lambda: templates.not_found().encode())


def _article(art: CopyArticle, base: str) -> catalogue.Response:
    a = by_num()[art.num]
    page = templates.article(a, base, by_num()[a.body_link] if a.body_link else None,
                             [by_num()[n] for n in a.read_also],
                             latest(a) if a.forms["related"] == "badges" else [])
    return 200, _HTML, page.encode()
