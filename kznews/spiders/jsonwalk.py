"""The JSON listing walk of the ``centerinform`` spider (see
:mod:`kznews.sites.centerinform.jsonlisting`).

A listing section whose first page has no pager but names a JSON listing (the list its script
fetches) reads that JSON as its next listing pages: each page's items are list entries, their
dates listing dates; the page after is what the JSON says (``next``, ``has_more``, a page
number) while items keep coming. Each JSON page counts against ``max_pages``; the walk ends at
an empty or repeated page, a page wholly older than ``since`` (on a list shown newest first),
and on a repeated crawl at the first page holding nothing new. An answer that is no JSON
listing is a counted, logged drop (``listing/json/bad``); the section then goes on the way it
would have gone without it (:mod:`kznews.spiders.otherways`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.http import Response

from kznews.blocks import Blocked
from kznews.sites.centerinform.jsonlisting import JsonListingError, read_json_listing
from kznews.sites.centerinform.listing import ListingEntry, oldest_first
from kznews.sites.centerinform.outlet import article_id, canonical_url
from kznews.spiders.sections import Walk
from kznews.spiders.walk import LISTING_PRIORITY, failure_line, may_answer_later
from kznews.spiders.ways import JsonWalk, Ways

logger = logging.getLogger("kznews.spiders.centerinform")


class JsonWalkMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`."""

    args: Any
    resuming: bool
    incremental: bool
    full_walk: bool
    overlap: int
    walk_cut: bool
    incomplete: bool
    listed_ids: dict[str, tuple[str, int]]

    if TYPE_CHECKING:
        def _inc(self, key: str, count: int = 1) -> None: ...
        def _same_site(self, url: str) -> str | None: ...
        def walk(self, section: str) -> Walk: ...
        def cut_by_max_pages(self, stale: int, more: bool) -> bool: ...
        def budget_left(self, section: str) -> int: ...
        def count_listing_request(self, url: str, section: str) -> None: ...
        def listing_answered(self) -> None: ...
        def _after_block(self, failure: Any, request: scrapy.Request | None
                         ) -> scrapy.Request | None: ...
        def ways_after(self, section: str, failed: bool) -> Iterator[scrapy.Request]: ...
        def _entry_requests(self, entries: list[ListingEntry], counts: list[int]
                            ) -> Iterator[scrapy.Request]: ...

    def json_request(self, url: str, section: str) -> scrapy.Request | None:
        """The next JSON listing page of ``section``, within its budget, each URL once."""
        walk = self.walk(section)
        state = walk.ways.json_walk if walk.ways is not None else None
        same = self._same_site(url)
        if state is None or not same or same in state.requested:
            return None
        if self.budget_left(section) <= 0:
            self._inc("listing/json/max_pages")
            # the last page read: the JSON walk's, or the section's first page before it
            self.cut_by_max_pages(state.stale if state.pages else walk.stale_pages, True)
            return None
        state.requested.add(same)
        self.count_listing_request(same, section)
        self._inc("listing/json/pages")
        return scrapy.Request(same, callback=self.parse_json_listing,
                              errback=self.json_listing_failed, cb_kwargs={"section": section},
                              headers={"Accept": "application/json, */*;q=0.5"},
                              priority=LISTING_PRIORITY, dont_filter=self.resuming)

    def parse_json_listing(self, response: Response, section: str) -> Iterator[Any]:
        try:
            yield from self._read_json_listing(response, section)
        finally:
            self.listing_answered()

    def json_listing_failed(self, failure: Any) -> Iterator[Any]:
        """A JSON listing page failed for good: its stories and those past it are unread,
        so the run is incomplete (the next walks every listing page) and the report's
        ``completeness`` names it, as for an HTML listing page. A page a protection answered
        for is first asked once more (``_after_block``), outstanding until that answer."""
        if failure.check(Blocked):
            again = self._after_block(failure, getattr(failure, "request", None))
            if again is not None:
                yield again
                return
        self.listing_answered()
        self._inc("listing/json/failed")
        self.incomplete = True
        if not failure.check(Blocked):  # counted as blocked/<kind>
            self._inc("discovery/listing_failed")
            if may_answer_later(failure):
                self._inc("discovery/listing_unread")
        logger.warning("JSON listing page failed: %s", failure_line(failure))
        request = getattr(failure, "request", None)
        if request is not None:
            yield from self.ways_after(request.cb_kwargs.get("section", ""), True)

    def _read_json_listing(self, response: Response, section: str) -> Iterator[Any]:
        self._inc("discovery/listing_pages")
        state = self._json_state(section)
        try:
            page = read_json_listing(response.body, response.url)
        except JsonListingError as exc:
            self._inc("listing/json/bad")
            logger.warning("JSON listing %s dropped: %s", response.url, exc)
            yield from self.ways_after(section, True)
            return
        entries = self._json_entries(page.items, response.url)
        ids = frozenset(e.id for e in entries)
        if not entries or ids in state.sets:  # past the end: nothing, or the same again
            self._inc("listing/json/ended")
            yield from self.ways_after(section, not state.pages)
            return
        state.pages += 1
        state.sets.add(ids)
        for entry in entries:
            self.listed_ids.setdefault(entry.id, (section, -state.pages))
        if state.ascending is None:
            state.ascending = oldest_first(entries)
        counts = [0, 0, 0]  # older than `since`, due, closing
        yield from self._entry_requests(entries, counts)
        if not self._json_goes_on(entries, counts, state, bool(page.next_url)):
            return
        following = self.json_request(page.next_url, section) if page.next_url else None
        if following is not None:
            yield following
        else:
            self._inc("listing/json/ended")

    def _json_state(self, section: str) -> JsonWalk:
        """The section's JSON walk; a new one for a page restored from a JOBDIR queue."""
        walk = self.walk(section)
        if walk.ways is None:
            walk.ways = Ways([], [])
        walk.ways.json_walk = walk.ways.json_walk or JsonWalk()
        return walk.ways.json_walk

    def _json_entries(self, items: list[Any], url: str) -> list[ListingEntry]:
        """The items that are articles of the crawled site, as list entries; others are
        counted (``listing/json/other_urls``)."""
        entries: dict[str, ListingEntry] = {}
        for item in items:
            same = self._same_site(item.url)
            aid = article_id(same or "")
            if not same or not aid:
                self._inc("listing/json/other_urls")
                continue
            entries.setdefault(aid, ListingEntry(canonical_url(same), aid, item.title,
                                                 item.listing_date, item.listing_date is not None))
        return list(entries.values())

    def _json_goes_on(self, entries: list[ListingEntry], counts: list[int], state: JsonWalk,
                      more: bool) -> bool:
        """Whether the JSON walk reads its next page, after the ends the HTML walk knows:
        a page wholly older than ``since`` (newest first), nothing new on a repeated crawl.
        ``more``: the page names a next one."""
        older, fresh, closing = counts
        if closing:
            return False
        dated = sum(1 for e in entries if e.listing_date)
        if dated and older == dated and not state.ascending:
            self._inc("discovery/stopped/since")
            if more:  # older pages stay unread: the next run must not stop early
                self.walk_cut = True
            return False
        state.stale = 0 if fresh else state.stale + 1
        if self.incremental and not self.full_walk and not state.ascending \
                and state.stale >= self.overlap:
            self._inc("discovery/stopped/nothing_new")
            return False
        return True
