"""Article pages put off until their listing page is read, parsed again without a new fetch.

A page carrying only a year-less dateline, reached (by a related link, a sitemap, a feed)
before the listing page that dates it, is not guessed: it is parsed again once the crawl has
nothing else to do. The page already downloaded is kept for that, so each article id is
requested once per crawl (``discovery/deferred_kept``). Kept bodies are bounded
(``KZNEWS_DEFERRED_KEEP_MB``): past that, a page is fetched again instead, as a ``dont_filter``
request (``discovery/deferred_refetched``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

DEFERRED_META = "deferred"  # request meta: this page was put off once, parse it now
DEFERRED_PRIORITY = -100
# KZNEWS_DEFERRED_KEEP_MB. Pages of a few hundred KB at most: this keeps hundreds of them,
# while a few per listing page are put off in practice (12-14 of 240 on the bundled mirror).
DEFERRED_KEEP_MB = 64


class DeferredPagesMixin:
    """For kznews.spiders.centerinform: ``parse_article(response)`` parses a page."""

    after_listing: list[scrapy.Request]
    after_listing_pages: list[Response]
    after_listing_bytes: int
    deferred_keep_bytes = DEFERRED_KEEP_MB * 1024 * 1024

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def parse_article(self, response: Response) -> Iterator[Any]:
        raise NotImplementedError

    def init_deferred(self) -> None:
        self.after_listing = []  # pages to fetch again (past the memory bound)
        self.after_listing_pages = []  # pages kept, parsed again from memory
        self.after_listing_bytes = 0

    def defer_page(self, response: Response, meta: dict[str, Any]) -> None:
        """Put ``response`` off until the listing is read; ``meta`` is what its parse needs."""
        self._inc("discovery/deferred_for_listing")
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
            yield from self.parse_article(page)
