"""The article list every newer copy builds: the shared record, id numbering, days, lookups.

A copy supplies its own feature switches (a subclass of ``CopyArticle`` adding fields and
``image_paths``), its seed, anchors and page size; what the records mean stays the same.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, en_slug, ru_slug

ALMATY = ZoneInfo("Asia/Almaty")
AGENCY = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
MONTHS = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}
# ids SITE.md knows, by day; the rest are interpolated so ids grow with the date
ANCHORS = ((date(2020, 1, 1), 40100), (date(2021, 4, 16), 45694), (date(2021, 4, 19), 45713),
           (date(2021, 8, 2), 46768), (date(2023, 4, 20), 49120), (date(2026, 11, 1), 58900))
Response = tuple[int, dict[str, str], bytes]  # (status, headers, body)
_ARTICLE = re.compile(r"^/news/(?:[A-Za-z0-9-]+-)?u(\d+)/?$")


@dataclass
class CopyArticle:
    num: int
    lang: str
    day: date
    title: str
    cms: str
    paragraphs: list[str]
    raw_paragraphs: list[str] | None = None  # the page's own hazards (the seed dumps)
    clock: time | None = None
    place: str | None = None  # dateline before the first paragraph when set
    source: str | None = None
    source_line: bool = False  # "Источник: X" after the text (else the lead names it)
    photo_credit: str | None = None
    images: int = 0
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    views: int | None = None

    @property
    def id(self) -> str:
        return f"u{self.num}"

    @property
    def slug(self) -> str:
        return en_slug(self.title) if self.lang == "en" else ru_slug(self.title)

    @property
    def path(self) -> str:
        return f"/news/{self.slug}-{self.id}"

    @property
    def local(self) -> datetime:
        return datetime.combine(self.day, self.clock or time(0, 0), ALMATY)

    def image_paths(self) -> list[str]:
        raise NotImplementedError  # each copy lays its uploads out its own way

    def dateline(self) -> str:
        """'Алматы. 16 апреля. Центр информации - ' (empty without a place)."""
        if not self.place:
            return ""
        month = MONTHS[self.lang][self.day.month - 1]
        day = f"{month} {self.day.day}" if self.lang == "en" else f"{self.day.day} {month}"
        return f"{self.place}. {day}. {AGENCY[self.lang]} - "

    def truth(self, base: str) -> dict[str, object]:
        return {
            "id": self.id, "url": base + self.path, "lang": self.lang, "title": self.title,
            "published_at": self.local.isoformat(),
            "published_date_precision": "minute" if self.clock else "day",
            "dateline_place": self.place, "body": "\n\n".join(self.paragraphs),
            "source": self.source, "photo_credit": self.photo_credit,
            "category": self.category, "tags": list(self.tags), "views": self.views,
            "image_urls": [base + p for p in self.image_paths()],
        }


def check_shape(arts: Sequence[CopyArticle], truth: dict[str, dict[str, object]],
                fields: Sequence[str], min_kk: int) -> None:
    """What every copy's truth holds: 40-60 articles, ru > en > kk, ids growing with the date
    from 2020 to this year, Almaty offsets (+06:00 before 2024-03-01) and every scored field."""
    assert 40 <= len(arts) <= 60 and len(truth) == len(arts)
    langs = Counter(a.lang for a in arts)
    assert langs["ru"] > langs["en"] > langs["kk"] >= min_kk
    ordered = sorted(arts, key=lambda a: a.local)
    assert [a.num for a in ordered] == sorted(a.num for a in arts)
    assert ordered[0].day.year == 2020 and date(2026, 1, 1) <= ordered[-1].day < date.today()
    for a in arts:
        rec = truth[a.id]
        offset = "+06:00" if a.day < date(2024, 3, 1) else "+05:00"
        assert str(rec["published_at"]).endswith(offset) and set(fields) <= rec.keys()


A = TypeVar("A", bound=CopyArticle)


def spread_days(rng: random.Random, count: int, taken: set[date],
                start: date = date(2020, 1, 10), end: date = date(2026, 10, 31)) -> list[date]:
    """Leap day and the day of the 2024 offset change, then days from ``start`` to before
    ``end``, 3+ apart from the others."""
    span = (end - start).days
    days = [date(2024, 2, 29), date(2024, 3, 1)]
    while len(days) < count:
        day = start + timedelta(days=rng.randrange(span))
        if all(abs((day - other).days) > 2 for other in taken | set(days)):
            days.append(day)
    return days


def generate(rng: random.Random, fixed: list[A], stories: list[tuple[str, str]],
             make: Callable[[int, str, str, date, random.Random], A]) -> list[A]:
    """The fixed articles plus one made per (lang, headline), shuffled, on spread-out days."""
    rng.shuffle(stories)
    days = spread_days(rng, len(stories), {a.day for a in fixed})
    return fixed + [make(i, lang, title, days[i], rng) for i, (lang, title) in enumerate(stories)]


def number(arts: Sequence[CopyArticle],
           anchors: Sequence[tuple[date, int]] = ANCHORS) -> None:
    """Give every unnumbered article an id growing with its date, between the anchors."""
    last = 0
    for art in sorted(arts, key=lambda a: a.day):
        if not art.num:
            for (d0, n0), (d1, n1) in zip(anchors, anchors[1:], strict=False):
                if d0 <= art.day <= d1:
                    art.num = max(last + 1, n0 + (n1 - n0) * (art.day - d0).days // (d1 - d0).days)
        last = art.num


def newest_first(arts: Sequence[CopyArticle]) -> tuple[CopyArticle, ...]:
    return tuple(sorted(arts, key=lambda a: a.local, reverse=True))


def standard(seed: int, fixed: list[A], stories: list[tuple[str, str]],
             make: Callable[[int, str, str, date, random.Random], A]) -> tuple[A, ...]:
    """A copy's article list as most copies build it: ``generate`` from the seed, ``number``,
    newest first."""
    arts = generate(random.Random(seed), fixed, stories, make)
    number(arts)
    return newest_first(arts)  # type: ignore[return-value]


@dataclass(frozen=True)
class Catalogue:
    """Lookups over a copy's (cached) article list."""

    build: Callable[[], Sequence[CopyArticle]]
    per_page: int

    def by_num(self) -> dict[int, CopyArticle]:
        return {a.num: a for a in self.build()}

    def truth(self, base: str) -> dict[str, dict[str, object]]:
        return {a.id: a.truth(base) for a in self.build()}

    def page_count(self) -> int:
        return -(-len(self.build()) // self.per_page)

    def page_items(self, n: int) -> Sequence[CopyArticle]:
        """The articles listing page ``n`` (from 1) shows, newest first."""
        return self.build()[(n - 1) * self.per_page : n * self.per_page]

    def article_or_404(self, path: str, base: str, render: Callable[[CopyArticle, str], Response],
                       not_found: Callable[[], bytes]) -> Response:
        """The article at its own path, a 301 to it from any other slug, else the copy's 404."""
        m = _ARTICLE.match(path)
        art = self.by_num().get(int(m.group(1))) if m else None
        if art is None:
            return 404, {"Content-Type": "text/html; charset=utf-8"}, not_found()
        if path != art.path:
            return 301, {"Location": base + art.path}, b""
        return render(art, base)
