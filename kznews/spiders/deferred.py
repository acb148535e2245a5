"""Article pages put off until their listing page is read, parsed again without a new fetch.

The listing is read newest first, and the related links of its first stories name older ones
that later listing pages date. A link found on an article page (related or other-language) or
undated on a listing page (a "popular" sidebar), to an article older than any the listing walk
has dated so far, is therefore held (``discovery/held_for_listing``) until the walk has passed
its id or ended: the page is then fetched and parsed once, with its listing date, instead of
being parsed, put off and parsed again. A listing in another order, or an article it never
lists (or lists undated), still meets the rule below. Held requests live in memory (a resumed
crawl finds the related links again in the store); past ``HOLD_MAX`` of them, links are
requested as found, as they are with ``KZNEWS_HOLD_RELATED=0``.

A page carrying only a year-less dateline, reached (by a related link, a sitemap, a feed)
before the listing page that dates it, is not guessed: it is parsed again once the crawl has
nothing else to do. The page already downloaded is kept for that, so each article id is
requested once per crawl (``discovery/deferred_kept``). Kept bodies are bounded
(``KZNEWS_DEFERRED_KEEP_MB``): past that, a page is fetched again instead, as a ``dont_filter``
request (``discovery/deferred_refetched``).
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

logger = logging.getLogger(__name__)

DEFERRED_META = "deferred"  # request meta: this page was put off once, parse it now
DEFERRED_PRIORITY = -100
# KZNEWS_DEFERRED_KEEP_MB. Pages of a few hundred KB at most: this keeps hundreds of them,
# while a few per listing page are put off in practice (12-14 of 240 on the bundled mirror).
DEFERRED_KEEP_MB = 64
HOLD_MAX = 50_000  # held requests (well under 100 MB)


class DeferredPagesMixin:
    """For kznews.spiders.centerinform: ``parse_article_here(response)`` parses a page."""

    after_listing: list[scrapy.Request]
    after_listing_pages: list[Response]
    after_listing_bytes: int
    deferred_keep_bytes = DEFERRED_KEEP_MB * 1024 * 1024
    hold_related = True  # KZNEWS_HOLD_RELATED
    listings_outstanding: int
    listing_dates: dict[str, Any]

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def closing(self) -> bool:
        raise NotImplementedError

    def parse_article_here(self, response: Response) -> Iterator[Any]:
        raise NotImplementedError

    def init_deferred(self) -> None:
        self.after_listing = []  # pages to fetch again (past the memory bound)
        self.after_listing_pages = []  # pages kept, parsed again from memory
        self.after_listing_bytes = 0
        self.listing_floor: int | None = None  # the lowest id number the listing has dated
        # requests for stories the listing walk has not reached: (-id number, order, request)
        self.held_for_listing: list[tuple[int, int, scrapy.Request]] = []
        self.held_count = 0

    def note_listed(self, aid: str) -> None:
        """A listing page dated article ``aid``: the walk has reached its id."""
        if aid[1:].isdigit():
            num = int(aid[1:])
            if self.listing_floor is None or num < self.listing_floor:
                self.listing_floor = num

    def hold_for_listing(self, aid: str, request: scrapy.Request) -> scrapy.Request | None:
        """``request`` (a link to ``aid`` found on an article page, or undated on a listing
        page) now, or None when it is held: the listing is still being walked, has dated newer
        articles only, and has not dated this one."""
        floor = self.listing_floor
        if not self.hold_related or floor is None or self.listings_outstanding <= 0 \
                or aid in self.listing_dates or not aid[1:].isdigit() or int(aid[1:]) >= floor \
                or len(self.held_for_listing) >= HOLD_MAX:
            return request
        self.held_count += 1
        heapq.heappush(self.held_for_listing, (-int(aid[1:]), self.held_count, request))
        self._inc("discovery/held_for_listing")
        return None

    def release_for_listing(self) -> list[scrapy.Request]:
        """The held requests the listing walk has reached (all of them once it has ended);
        none while the crawl is closing."""
        held = self.held_for_listing
        if not held:
            return []
        if self.closing():
            self.held_for_listing = []
            return []
        walking = self.listings_outstanding > 0 and self.listing_floor is not None
        out = []
        while held and (not walking or -held[0][0] >= (self.listing_floor or 0)):
            out.append(heapq.heappop(held)[2])
        return out

    def defer_page(self, response: Response, meta: dict[str, Any]) -> None:
        """Put ``response`` off until the listing is read; ``meta`` is what its parse needs."""
        self._inc("discovery/deferred_for_listing")
        logger.debug("put off %s until the listing is read (only a year-less date)", response.url)
        size = len(response.body)
        if self.after_listing_bytes + size <= self.deferred_keep_bytes:
            self.after_listing_bytes += size
            response.meta.update(meta, **{DEFERRED_META: True})
            self.after_listing_pages.append(response)
            self._inc("discovery/deferred_kept")
            return
        self._inc("discovery/deferred_refetched")
        assert response.request is not None
        self.after_listing.append(response.request.replace(
            dont_filter=True, priority=DEFERRED_PRIORITY, meta={**meta, DEFERRED_META: True}))

    def take_deferred(self) -> list[scrapy.Request]:
        """The requests that parse the put-off pages: one local ``data:`` request for the
        kept ones (it stays on this worker in distributed mode), the rest fetched again."""
        out, self.after_listing = self.after_listing, []
        if self.after_listing_pages:
            out.append(scrapy.Request("data:,", callback=self.parse_deferred, dont_filter=True,
                                      priority=DEFERRED_PRIORITY,
                                      meta={"dont_obey_robotstxt": True}))
        return out

    def parse_deferred(self, response: Response) -> Iterator[Any]:
        kept, self.after_listing_pages = self.after_listing_pages, []
        self.after_listing_bytes = 0
        for page in kept:
            yield from self.parse_article_here(page)
