"""The date-archive walk of the ``centerinform`` spider (see
:mod:`kznews.sites.centerinform.datearchive`).

A listing section whose first page has no pager but links day or month archive pages is
walked back in time, one page at a time, from the newest: the days a month grid links and
the previous months (day by day where there are no month pages). Each page, empty or not,
counts against ``max_pages``. The walk never goes past today nor back to a day before
``since``, reads each page once, and on a repeated crawl stops at the first days holding
nothing new, as the numbered walk does. Without ``since`` it goes back until ``max_pages``
or until no older page is linked: ``max_pages`` (default 100) is its bound.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from kznews.sites.centerinform.datearchive import date_links, date_of
from kznews.sites.centerinform.listing import ListingEntry
from kznews.spiders.sections import Walk


class DateWalkMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`."""

    args: Any
    today: date
    incremental: bool
    full_walk: bool
    overlap: int
    walk_cut: bool

    if TYPE_CHECKING:
        def _inc(self, key: str, count: int = 1) -> None: ...
        def walk(self, section: str) -> Walk: ...
        def budget_left(self, section: str) -> int: ...
        def cut_by_max_pages(self, stale: int, more: bool) -> bool: ...
        def listing_request(self, url: str, page: int, section: str = "", day: str = ""
                            ) -> scrapy.Request: ...
        def _entry_requests(self, entries: list[ListingEntry], counts: list[int]
                            ) -> Iterator[scrapy.Request]: ...

    def learn_dates(self, response: Response, walk: Walk, day: str = "") -> None:
        """Take the day and month archive links of a first listing page or a date page."""
        roots = (walk.root, urlsplit(response.url).path)
        own = date_of(response.url, roots) if day else None
        walk.dates.learn(date_links(response.text, response.url, roots), own)

    def date_walk_next(self, section: str) -> scrapy.Request | None:
        """The next page of the section's date archive, when the section has no pager."""
        walk = self.walk(section)
        if walk.page_numbers:
            return None
        if self.budget_left(section) <= 0:
            # an empty day (none of the news, the walk past the oldest) held nothing new
            stale = self.overlap if walk.date_page_empty else walk.stale_pages
            if self.cut_by_max_pages(stale, self._older_page_linked(walk, True)):
                self._inc("discovery/date_archive/max_pages")
            return None
        link = walk.dates.next(self.today, self.args.since)
        if link is None:
            if self.args.since and self._older_page_linked(walk, False):
                # Days before `since` stay unread: the next run must not stop early.
                self.walk_cut = True
            return None
        if not walk.dates.started:
            walk.dates.started = True
            self._inc("discovery/date_archive/walked")
        self._inc("discovery/date_archive/pages")
        stamp = f"{link.day:%Y-%m}" if link.month else link.day.isoformat()
        return self.listing_request(link.url, 0, section, day=stamp)

    def parse_date_page(self, response: Response, entries: list[ListingEntry], section: str,
                        day: str) -> Iterator[Any]:
        """A day or month archive page: its entries, then the next older page. An empty day
        is no end (a day without news); a day of known news only is, on a repeated crawl."""
        walk = self.walk(section)
        self.learn_dates(response, walk, day)
        if len(day) == 10:  # a day page: its entries were published that day
            for entry in entries:
                if entry.shows_date and entry.listing_date is None:
                    entry.listing_date = date.fromisoformat(day)
        counts = [0, 0, 0]  # older than `since`, due, closing
        yield from self._entry_requests(entries, counts)
        _, fresh, closing = counts
        if closing:
            return
        walk.date_page_empty = not entries
        if entries:
            walk.stale_pages = 0 if fresh else walk.stale_pages + 1
        if self.incremental and not self.full_walk and walk.stale_pages >= self.overlap:
            self._inc("discovery/stopped/nothing_new")
            return
        following = self.date_walk_next(section)
        if following:
            yield following
        else:
            self._inc("discovery/date_archive/ended")

    def _older_page_linked(self, walk: Walk, within_since: bool) -> bool:
        """Whether the date archive links a page the walk has not read (``within_since``:
        one not before ``since``; else one of any day), without taking it."""
        dates = replace(walk.dates, requested=set(walk.dates.requested))
        return dates.next(self.today, self.args.since if within_since else None) is not None
