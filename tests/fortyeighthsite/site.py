"""The forty-eighth copy's articles, its shifting news feed and its router (see __init__)."""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import catalogue, routes, seeds, stories
from tests.copykit.catalogue import ALMATY, CopyArticle, Response
from tests.fortyeighthsite import templates

LISTING = "/novosti"
FRAGMENT = "/novosti/more"
PER_PAGE = 6
PINNED = 45694
WAVES = ((1, 2), (4, 2))  # (listing pages answered before, stories published) - today's four
MAX_PAGE = 50  # past this a listing page is 404
NUMBERED = {1, 2, 4, 7, 8, 10}  # pages with numbered links; the others only "Показать ещё"
GROUPED = {1, 2, 5, 6, 9}  # pages with day headings and a time per item
ANCHORS = ((date(2019, 1, 1), 37200), *catalogue.ANCHORS[:-1], (date(2027, 12, 31), 61000))
HTML = {"Content-Type": "text/html; charset=UTF-8"}
AGENCY = catalogue.AGENCY
KK_EXTRA = [("Қарағандыда жаңа мектеп пайдалануға берілді",
             ["Қарағандыда 1200 орындық жаңа мектеп пайдалануға берілді.",
              "Мектепте робототехника кабинеті мен спорт залы бар.",
              "Облыс әкімдігінің хабарлауынша, биыл өңірде тағы екі мектеп ашылады."])]
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}


@dataclass
class Article(CopyArticle):
    wave: int = 0  # 0 visible from the start, 1/2 published while the crawl walks the feed

    def image_paths(self) -> list[str]:
        if not self.images:
            return []
        return [f"/upload/news/{self.day:%Y/%m}/{self.id}.jpg"]


_STARTED = datetime.now(ALMATY).replace(second=0, microsecond=0)
"""One moment per process: the server, the truth and the bench's router date today's stories
from it, minutes before it (never in the future, whatever the hour the tests run at)."""


def today() -> date:
    return _STARTED.date()


def _minutes_ago(minutes: int) -> tuple[date, time]:
    moment = _STARTED - timedelta(minutes=minutes)
    return moment.date(), moment.time()


def _fill(a: Article, i: int, rng: random.Random, lead_source: str | None) -> Article:
    """The page's features for a generated article (the seeds keep their own)."""
    if rng.random() < 0.6:
        a.clock = a.clock or time(rng.choice([1, 4, 9, 10, 12, 14, 15, 17, 19, 22]),
                                  rng.choice([0, 5, 17, 30, 40, 52]))
    a.place = rng.choice(PLACES[a.lang]) if i % 6 else None
    if lead_source:
        a.source = lead_source
    elif i % 4 == 2:
        a.source, a.source_line = rng.choice(stories.SOURCES[a.lang]), True
    a.photo_credit = rng.choice(stories.PHOTO_CREDITS) if i % 5 in (0, 2, 3) else None
    a.images = 1 if i % 3 else 0
    a.category = rng.choice(stories.RUBRICS[a.lang]) if i % 7 else None
    a.tags = rng.sample(stories.TAGS[a.lang], i % 4)
    a.views = None if i % 8 == 5 else rng.randrange(40, 9000)
    return a


@cache
def _build(on: date) -> tuple[Article, ...]:
    rng = random.Random(4848)
    ru, en = seeds.ru(), seeds.en()
    fixed = [
        Article(ru.num, "ru", ru.day, ru.title, "seed", list(ru.paragraphs),
                raw_paragraphs=list(ru.raw_paragraphs), place=ru.place, source=ru.source,
                source_line=True, photo_credit="gov.kz", images=1, category="Общество",
                tags=["Япония", "диаспора"], views=1210),
        Article(en.num, "en", en.day, en.title, "seed", list(en.paragraphs),
                raw_paragraphs=list(en.raw_paragraphs), place=en.place, source=en.source,
                source_line=True, photo_credit="pixabay", images=1, category="Culture",
                tags=["Luxembourg"], views=None),
    ]
    seen = {ru.title, en.title}
    ru_titles = [t for t in stories.RU_TITLES if t not in seen]
    kk = {t: p for t, p in [*stories.KK_STORIES, *KK_EXTRA]}
    old = ([("ru", t) for t in ru_titles[:32]] + [("en", t) for t in stories.EN_TITLES[:13]]
           + [("kk", t) for t, _ in stories.KK_STORIES])
    recent = [("ru", ru_titles[32], on - timedelta(days=7), None, 0),
              ("ru", ru_titles[33], on - timedelta(days=3), time(11, 20), 0),
               ("ru", ru_titles[34], on - timedelta(days=1), time(18, 30), 0),
               ("en", stories.EN_TITLES[13], on - timedelta(days=1), time(21, 45), 0),
               ("ru", ru_titles[35], *_minutes_ago(52), 1),
               ("kk", KK_EXTRA[0][0], *_minutes_ago(40), 1),
               ("ru", ru_titles[36], *_minutes_ago(28), 2),
               ("en", stories.EN_TITLES[14], *_minutes_ago(16), 2)]
    rng.shuffle(old)
    days = catalogue.spread_days(rng, len(old), {a.day for a in fixed}, date(2019, 2, 1),
                                 date(2025, 12, 20))
    plan = [(lang, title, day, None, 0) for (lang, title), day in zip(old, days, strict=True)]
    arts = list(fixed)
    for i, (lang, title, day, clock, wave) in enumerate([*plan, *recent]):
        if lang == "kk":
            paras, source = list(kk[title]), None
        else:
            paras, source = stories.headline_story(lang, title, i, rng)
        art = Article(0, lang, day, title, "feed", paras, clock=clock, wave=wave)
        arts.append(_fill(art, i, rng, source))
    catalogue.number(arts, ANCHORS)
    return catalogue.newest_first(arts)  # type: ignore[return-value]


def build() -> tuple[Article, ...]:
    """Every article, newest first (the six newest dated from today's date in Almaty)."""
    return _build(today())


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return {a.id: a.truth(base_url) for a in build()}


def most_read() -> list[Article]:
    old = [a for a in build() if not a.wave]
    return sorted(old, key=lambda a: -(a.views or 0))[:5]


def page_label(n: int) -> str:
    return LISTING if n == 1 else f"{LISTING}?page={n}"


class Feed:
    """One live feed: the stories it shows depend on how many listing pages it has answered."""

    def __init__(self) -> None:
        self.answered = 0
        self.lock = threading.Lock()

    def visible(self, answered: int | None = None) -> list[Article]:
        done = self.answered if answered is None else answered
        waves = {w + 1 for w, (after, _) in enumerate(WAVES) if done >= after}
        return [a for a in build() if not a.wave or a.wave in waves]

    def page_count(self, answered: int | None = None) -> int:
        return -(-len(self.visible(answered)) // PER_PAGE)

    def _listing(self, path: str, query: dict[str, list[str]]) -> Response | None:
        pages = query.get("page", ["1"])
        if len(pages) != 1 or not re.fullmatch(r"[1-9]\d*", pages[0]):
            return None
        n = int(pages[0])
        if n > MAX_PAGE or (path == LISTING and n == 1 and "page" in query):
            return None
        with self.lock:
            shown = self.visible()
            self.answered += 1
        last = -(-len(shown) // PER_PAGE)
        items = shown[(min(n, last) - 1) * PER_PAGE: min(n, last) * PER_PAGE]
        if path == FRAGMENT:
            frag = [] if n > last else items
            return 200, HTML, templates.fragment(frag, n, last).encode()
        page = templates.listing_page(n, last, items, by_num()[PINNED], shown[:8], most_read(),
                                      today())
        return 200, HTML, page.encode()

    def route(self, target: str, host: str) -> Response:
        parts = urlsplit(target)
        base = f"http://{host}"
        if parts.path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, templates.ROBOTS.encode()
        if parts.path in (LISTING, FRAGMENT):
            query = parse_qs(parts.query, keep_blank_values=True)
            if parts.path == LISTING and query.get("page") == ["1"]:
                return routes.moved(base + LISTING)
            answer = self._listing(parts.path, query)
            if answer:
                return answer
            return 404, HTML, templates.not_found().encode()
        if parts.path.startswith("/news/"):
            latest = [a for a in build() if not a.wave][:3]
            return catalogue.Catalogue(build, PER_PAGE).article_or_404(
                parts.path, base, lambda a, b: (200, HTML, templates.article_page(a, latest)
                                                .encode()), lambda: templates.not_found()
                .encode())
        return 404, HTML, templates.not_found().encode()


FEED = Feed()


def route(target: str, host: str) -> Response:
    """The module's own feed (the bench's and any caller's that needs no fresh one)."""
    return FEED.route(target, host)
