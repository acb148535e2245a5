"""An outlet whose article addresses name no id: its sitemap and feed entries (mixed into
``CenterinformSpider``).

A sitemap or feed entry whose address carries no article id (``…-u<N>``) is set aside
(``keep_unnumbered``): on a site whose articles have ids, such entries are its rubrics, tags
and static pages. When the whole crawl met no article address with an id — the outlet moved
to a platform that addresses a story by a slug (Substack's ``/p/<slug>``) — the entries set
aside are fetched once each, after everything else (``unnumbered_requests``), and a page is
kept under the id it names for itself (``ArticlePage.id``: its canonical, ``og:url`` or own
JSON-LD address). A page naming none is no article of the outlet (``drop/no_id``); one
naming an id already read (two addresses of one story) is dropped (``drop/duplicate_id``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

import scrapy

from kznews.extract.chain import Extracted

logger = logging.getLogger(__name__)

UNNUMBERED_META = "kznews_unnumbered"  # request meta: an address naming no id, set aside
MAX_UNNUMBERED = 100_000  # entries set aside at most (a few MB)


class UnnumberedMixin:
    """The entries set aside, the requests for them, and the id their pages name."""

    seen_ids: set[str]
    articles_requested: int

    def init_unnumbered(self) -> None:
        self.unnumbered: dict[str, str] = {}  # same-site address -> the source that named it
        self.numbered = False  # some link of the crawl named an article id

    def keep_unnumbered(self, url: str, via: str, when: datetime | None) -> None:
        """A sitemap or feed entry whose address names no id, kept in case no address does."""
        if self.numbered or len(self.unnumbered) >= MAX_UNNUMBERED or self.before_since(when):
            return
        same = self._same_site(url)
        if same:
            self.unnumbered.setdefault(same, via)

    def unnumbered_requests(self, priority: dict[str, int]) -> list[scrapy.Request]:
        """The entries set aside, once the crawl has nothing else to do and no link of it
        named an article id; none otherwise (they are the site's other pages)."""
        if self.numbered or not self.unnumbered:
            self.unnumbered = {}
            return []
        kept, self.unnumbered = self.unnumbered, {}
        self._inc("discovery/unnumbered/addresses", len(kept))
        logger.info("no address of the site names an article id: its %d sitemap and feed "
                    "entries are read for the id their pages name", len(kept))
        out = []
        for url, via in kept.items():
            self.articles_requested += 1
            self._inc(f"discovery/articles/{via}")
            out.append(scrapy.Request(
                url, callback=self.parse_article, errback=self.article_failed,
                cb_kwargs={"listing_date": None}, priority=priority.get(via, 0),
                meta={"handle_httpstatus_list": [304], UNNUMBERED_META: True}))
        return out

    def unnumbered_id(self, ex: Extracted, url: str) -> str:
        """The id of a page fetched at an address naming none: the one it names for itself,
        once per crawl; "" (counted, logged) when it names none or one already read."""
        if not ex.id:
            self._inc("drop/no_id")
            logger.warning("dropped %s: the page names no article id", url)
            return ""
        if ex.id in self.seen_ids:
            self._inc("drop/duplicate_id")
            logger.info("dropped %s: its article %s was read already", url, ex.id)
            return ""
        self.seen_ids.add(ex.id)
        return ex.id

    if TYPE_CHECKING:  # the spider's and the other mixins' (stubs here would shadow them)
        def _inc(self, key: str, count: int = 1) -> None: ...
        def _same_site(self, url: str) -> str | None: ...
        def before_since(self, when: datetime | None) -> bool: ...
        def parse_article(self, response: Any, listing_date: Any = None) -> Any: ...
        def article_failed(self, failure: Any) -> Any: ...
