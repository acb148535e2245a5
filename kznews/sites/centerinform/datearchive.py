"""Date archives: a listing whose older news sits on one page per day or per month.

Some outlets page their news by date, not by number: ``/novosti`` shows the newest day and a
month calendar, older news only on day pages (``/novosti/2021/04/16/``, ``?date=2021-04-16``,
``/archive/20210416``) linked from month grids (``/novosti/2021/04/``, ``?month=2021-04``).
Such links are traps for the numbered walk (:data:`.pager.TRAP_PARAM`: they multiply without
end); the date walk (:class:`DateWalk`) reads them in its own bounded way, back in time only.

A day page usually links its neighbouring days, news or not ("← 15 апреля"). Where month
pages exist the walk follows only the days a month grid links (the days with news) and the
previous months, not the day-by-day chain; without month pages it walks day by day.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import parse_qsl, urljoin, urlsplit

from kznews.extract.markup import document_base, parse_page
from kznews.origin import rebase

__all__ = ["DateLink", "DateWalk", "date_links", "date_of"]

# /2021/04/16/, /2021-04-16, /20210416 (the separators alike), at the end of a path
_DAY_PATH = re.compile(r"/((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])/?$")
_MONTH_PATH = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])/?$")
# ?date=2021-04-16, ?day=20210416, ?date=16.04.2021; ?month=2021-04
_DAY_VALUE = re.compile(r"^((?:19|20)\d\d)-?(\d\d)-?(\d\d)$|^(\d\d)\.(\d\d)\.((?:19|20)\d\d)$")
_MONTH_VALUE = re.compile(r"^((?:19|20)\d\d)-?(\d\d)$")
_DAY_KEYS = frozenset({"date", "day", "d", "dt"})
# an archive of its own outside the listing path: /archive/20210416, /arhiv/2021/04/
_ARCHIVE_SEGMENT = re.compile(r"(?:^|[/_-])(?:archives?|arhiv|arkhiv|archiv|архив|мұрағат)$",
                              re.I)
# a cheap needle before any parsing: a year of this century or the last in a link
_NEEDLE = re.compile(r"href=[\"']?[^\"'>]*(?:19|20)\d\d", re.I)


@dataclass(frozen=True)
class DateLink:
    """A link to the archive page of one day (``month`` False) or one month (``day`` its
    first day)."""

    url: str
    day: date
    month: bool = False

    @property
    def last_day(self) -> date:
        if not self.month:
            return self.day
        return self.day.replace(day=calendar.monthrange(self.day.year, self.day.month)[1])


def _make(y: str, m: str, d: str | None) -> date | None:
    try:
        return date(int(y), int(m), int(d) if d else 1)
    except ValueError:  # 30 February
        return None


def _by_query(query: list[tuple[str, str]]) -> tuple[date, bool] | None:
    keys = {k.lower(): v.strip() for k, v in query}
    for key in _DAY_KEYS & keys.keys():
        m = _DAY_VALUE.match(keys[key])
        if m:
            found = _make(*(m.group(1, 2, 3) if m.group(1) else m.group(6, 5, 4)))
            return (found, False) if found else None
    if "month" in keys:
        m = _MONTH_VALUE.match(keys["month"])
        if m:
            found = _make(m.group(1), m.group(2), None)
        elif keys["month"].isdigit() and keys.get("year", "").isdigit():
            found = _make(keys["year"], keys["month"], keys.get("day") if
                          keys.get("day", "").isdigit() else None)
            return (found, "day" not in keys) if found else None
        else:
            return None
        return (found, True) if found else None
    return None


def _in_scope(prefix: str, roots: tuple[str, ...]) -> bool:
    """An archive path: under a listing root, or a section named as an archive."""
    prefix = prefix.rstrip("/") or "/"
    for r in roots:
        root = r.rstrip("/") or "/"
        if prefix == root or prefix.startswith(root.rstrip("/") + "/"):
            return True
    return bool(_ARCHIVE_SEGMENT.search(prefix))


def date_of(url: str, roots: tuple[str, ...]) -> DateLink | None:
    """The day or month ``url`` is the archive page of, or None."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query)
    if query:
        found = _by_query(query)
        if found and _in_scope(parts.path, roots):
            return DateLink(url, found[0], found[1])
        return None
    m = _DAY_PATH.search(parts.path)
    if m:
        day = _make(m.group(1), m.group(3), m.group(4))
        ok = day and _in_scope(parts.path[:m.start()], roots)
        return DateLink(url, day, False) if ok and day else None
    m = _MONTH_PATH.search(parts.path)
    if m and _in_scope(parts.path[:m.start()], roots):
        month = _make(m.group(1), m.group(2), None)
        return DateLink(url, month, True) if month else None
    return None


def date_links(html: str, url: str, roots: tuple[str, ...]) -> list[tuple[DateLink, int]]:
    """The day and month archive pages ``html`` (served at ``url``) links, each with how many
    times it links it, newest first."""
    if not _NEEDLE.search(html):
        return []
    root = parse_page(html).root
    base = document_base(root.iter("base"), url)
    seen: Counter[str] = Counter()
    found: dict[str, DateLink] = {}
    for a in root.iter("a", "area"):  # an image map may link days too
        href = rebase(urljoin(base, (a.get("href") or "").strip()), url)
        if not href or href == url:
            continue
        link = found.get(href) or date_of(href, roots)
        if link is not None:
            found[href] = link
            seen[href] += 1
    return sorted(((link, seen[h]) for h, link in found.items()),
                  key=lambda pair: pair[0].last_day, reverse=True)


@dataclass
class DateWalk:
    """One listing section's walk of its date archive: back in time from the newest page,
    each page once. ``cursor``: every day from it on is done."""

    days: dict[date, str] = field(default_factory=dict)
    neighbours: set[date] = field(default_factory=set)  # days only a day pager linked
    months: dict[date, str] = field(default_factory=dict)  # keyed by their first day
    cursor: date | None = None
    requested: set[str] = field(default_factory=set)
    started: bool = False
    empty_months: int = 0

    def learn(self, links: list[tuple[DateLink, int]], own: DateLink | None) -> None:
        """Take the links one page showed: a day linked once, next to the page's own day,
        is its day pager's neighbour (an empty day, as likely as not)."""
        for link, count in links:
            if link.month:
                self.months.setdefault(link.day, link.url)
                continue
            near = own is not None and not own.month and abs(link.day - own.day).days == 1
            if near and count == 1 and link.day not in self.days:
                self.neighbours.add(link.day)
            else:
                self.neighbours.discard(link.day)
            self.days.setdefault(link.day, link.url)

    def next(self, today: date, since: date | None) -> DateLink | None:
        """The newest page not yet read older than ``cursor``, never past ``today`` nor
        before ``since``; a day its pager alone linked only when no month page is left."""
        cursor = min(self.cursor or today + timedelta(days=1), today + timedelta(days=1))
        floor = since or date.min
        months = [DateLink(u, d, True) for d, u in self.months.items()
                  if floor <= DateLink(u, d, True).last_day < cursor and u not in self.requested]
        days = [DateLink(u, d) for d, u in self.days.items()
                if floor <= d < cursor and u not in self.requested
                and (d not in self.neighbours or not months)]
        if not months and not days:
            return None
        best = max([*months, *days], key=lambda link: (link.last_day, link.month))
        self.requested.add(best.url)
        self.cursor = best.last_day + timedelta(days=0 if not best.month else 1)
        return best
