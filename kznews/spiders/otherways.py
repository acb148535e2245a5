"""Other ways into a listing section's news, when its own pages lead no further.

A section whose first page has no pager is not necessarily all there is. In turn:

1. a JSON listing the page names (:mod:`kznews.spiders.jsonwalk`);
2. when the page is a date archive (calendar links) or, with ``since``, a single page that
   does not reach it: other listings of the site its menu names ("Лента", "Все новости",
   "Архив", "All news", "Барлық жаңалықтар" …, :mod:`kznews.sites.centerinform.menu`).
   At most ``MENU_PROBES`` of them are read (``listing/probes``); the densest that is a
   listing (enough articles, most of its links articles, a pager or a JSON listing) is walked
   as this section's listing, its first page the one read as a probe (``listing/chosen``),
   in its own order (oldest first to its end);
3. the date archive (:mod:`kznews.spiders.datewalk`).

A way that reaches its end (an empty or repeated page, the last page, ``since``) ends the
section; one that fails (bad JSON, no listing among the probes, a page that does not answer)
hands on to the next. Everything shares the section's ``max_pages``: the first page, the
probes, the other listing's pages, JSON pages and calendar pages. A section whose first page
has a pager reads none of this.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response

from kznews.extract.markup import document_base
from kznews.sites.centerinform.jsonlisting import json_listing_links
from kznews.sites.centerinform.listing import oldest_first, parse_listing
from kznews.sites.centerinform.menu import is_listing, menu_listings
from kznews.spiders.sections import Walk
from kznews.spiders.walk import LISTING_PRIORITY, failure_line
from kznews.spiders.ways import JsonWalk, Ways

logger = logging.getLogger("kznews.spiders.centerinform")

MENU_PROBES = 3
STAGES = ("json", "menu", "calendar")
_NUMBERED = re.compile(r"/\d{1,3}$")
_JSON_NEEDLES = ("json", "data-api", "data-source", "data-endpoint", "data-feed-url")


class OtherWaysMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`."""

    args: Any
    resuming: bool
    walks: dict[str, Walk]
    listing_urls: set[str]
    pages_requested: int
    listings_outstanding: int

    if TYPE_CHECKING:
        def _inc(self, key: str, count: int = 1) -> None: ...
        def _same_site(self, url: str) -> str | None: ...
        def walk(self, section: str) -> Walk: ...
        def date_walk_next(self, section: str) -> scrapy.Request | None: ...
        def json_request(self, url: str, section: str) -> scrapy.Request | None: ...
        def _read_listing(self, response: Response, page: int, section: str, day: str
                          ) -> Iterator[Any]: ...

    def budget_left(self, section: str) -> int:
        """Listing pages ``section`` may still ask for: ``max_pages`` less those its owner's
        walk and every other way into it asked for."""
        walk = self.walk(section)
        owner = self.walk(walk.owner) if walk.owner is not None else walk
        return int(self.args.max_pages) - owner.pages_requested

    def count_listing_request(self, url: str, section: str) -> None:
        self.listing_urls.add(url)
        self.pages_requested += 1
        walk = self.walk(section)
        walk.pages_requested += 1
        if walk.owner is not None:
            self.walk(walk.owner).pages_requested += 1
        self.listings_outstanding += 1

    def listing_answered(self) -> None:
        self.listings_outstanding -= 1

    def other_ways(self, response: Response, page: int, section: str, reached: bool = False
                   ) -> Iterator[scrapy.Request]:
        """After a listing page with nothing to read next: the other ways into the section
        (``reached``: the page showed news older than ``since``)."""
        walk = self.walk(section)
        if page != 1 or walk.page_numbers or walk.ways is not None:
            following = self.date_walk_next(section)
            if following:
                yield following
            return
        walk.ways = self._ways(response, section, reached)
        yield from self.ways_after(section, True)

    def _ways(self, response: Response, section: str, reached: bool) -> Ways:
        walk = self.walk(section)
        calendar = bool(walk.dates.days or walk.dates.months)
        poor = walk.owner is None and (calendar or bool(self.args.since and not reached))
        text = response.text
        if not poor and not any(n in text for n in _JSON_NEEDLES):
            return Ways([], [])
        root = Selector(text=text or "<html></html>").root
        base = document_base(root.iter("base"), response.url)
        found = [u for u in (self._same_site(x) for x in json_listing_links(root, base)) if u]
        skip = frozenset(w.root for w in self.walks.values())
        return Ways(found, menu_listings(root, response.url, skip) if poor else [])

    def ways_after(self, section: str, failed: bool) -> Iterator[scrapy.Request]:
        """The next way into ``section`` once the last one ended: none when it reached its
        end; else the next stage that has anything to ask for (then the owner's, for a
        listing walked in another section's place)."""
        walk = self.walk(section)
        ways: Ways | None = walk.ways
        if not failed or ways is None:
            return
        while ways.stage < len(STAGES):
            requests = list(getattr(self, f"_way_{STAGES[ways.stage]}")(section, ways))
            if requests:
                yield from requests
                return
            ways.stage += 1
        if walk.owner is not None:
            yield from self.ways_after(walk.owner, True)

    def _way_json(self, section: str, ways: Ways) -> Iterator[scrapy.Request]:
        while ways.json_urls:
            ways.json_walk = ways.json_walk or JsonWalk()
            request = self.json_request(ways.json_urls.pop(0), section)
            if request is not None:
                self._inc("listing/json/walked")
                yield request
                return

    def _way_menu(self, section: str, ways: Ways) -> Iterator[scrapy.Request]:
        if ways.probing:  # the probes are out: their answers go on
            return
        budget = self.budget_left(section) - 1  # one page left for the walk past the probe
        for candidate in ways.menu[:max(0, min(MENU_PROBES, budget))]:
            ways.probing += 1
            self.count_listing_request(candidate.url, section)
            self._inc("listing/probes")
            yield scrapy.Request(candidate.url, callback=self.parse_probe,
                                 errback=self.probe_failed,
                                 cb_kwargs={"section": section, "rank": candidate.rank},
                                 priority=LISTING_PRIORITY, dont_filter=self.resuming)
        ways.menu = []

    def _way_calendar(self, section: str, ways: Ways) -> Iterator[scrapy.Request]:
        following = self.date_walk_next(section)
        if following:
            yield following

    def parse_probe(self, response: Response, section: str, rank: int) -> Iterator[Any]:
        try:
            yield from self._read_probe(response, section, rank)
        finally:
            self.listing_answered()

    def probe_failed(self, failure: Any) -> Iterator[Any]:
        self.listing_answered()
        self._inc("listing/probe_failed")
        logger.info("listing probe failed: %s", failure_line(failure))
        request = getattr(failure, "request", None)
        if request is not None:
            yield from self._probed(request.cb_kwargs.get("section", ""))

    def _read_probe(self, response: Response, section: str, rank: int) -> Iterator[Any]:
        ways: Ways | None = self.walk(section).ways
        if ways is None or not ways.probing:  # restored from a JOBDIR queue: its walk is new
            self._inc("listing/probe_restored")
            return
        if isinstance(response, scrapy.http.TextResponse):
            # "/lenta/1": the listing's root is "/lenta", its pages "/lenta/N"
            path = _NUMBERED.sub("", urlsplit(response.url).path.rstrip("/")) or "/"
            entries, pages = parse_listing(response.text, response.url, path, 1)
            dated = sum(1 for e in entries if e.shows_date)
            sel = Selector(text=response.text or "<html></html>")
            links = len(set(sel.xpath("//body//a/@href").getall()))
            json_urls = json_listing_links(sel.root, response.url)
            if is_listing(len(entries), dated, max(links, len(entries)),
                          bool(pages or json_urls)):
                newest_first = not oldest_first(entries)  # `since` and nothing-new end it
                ways.found.append(((dated or len(entries), newest_first, rank,
                                    -len(ways.found)), response, path))
            else:
                self._inc("listing/probe_no_listing")
        yield from self._probed(section)

    def _probed(self, section: str) -> Iterator[Any]:
        """One probe answered: once all are, walk the densest listing found in the
        section's place, or go on to the next way."""
        ways: Ways | None = self.walk(section).ways
        if ways is None or not ways.probing:
            return
        ways.probing -= 1
        if ways.probing:
            return
        if not ways.found:
            self._inc("listing/none_found")
            ways.stage += 1
            yield from self.ways_after(section, True)
            return
        _, response, path = max(ways.found, key=lambda found: found[0])
        ways.found = []
        key = path if path not in self.walks else f"{path}#{section}"
        self.walks[key] = Walk(path, self.walk(section).lang, owner=section)
        self._inc("listing/chosen")
        logger.info("listing %s walked in place of the start listing's own pages", path)
        yield from self._read_listing(response, 1, key, "")
