"""The spider's side of sitemap and feed discovery (mixed into ``CenterinformSpider``).

Sitemaps and feeds are read before any article found by the listing is fetched: article
requests wait behind a gate until every discovery request has answered, so what sitemaps
and feeds say about an article (``lastmod``, publication time) is known when it is fetched,
whichever source named it first.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from kznews.discovery.feeds import COMMON_PATHS, feed_links, parse_feed
from kznews.discovery.hints import HintsMixin
from kznews.discovery.memory import DiscoveryMemory
from kznews.discovery.sitemaps import parse_sitemap, robots_sitemaps, sitemap_body
from kznews.sites.centerinform import outlet

logger = logging.getLogger(__name__)

DISCOVERY_PRIORITY = 20
RUN_META = "discovery_run"  # the run_id of the crawl that made a discovery request
MAX_SITEMAPS = 1000  # sitemap files per crawl: an index pointing at itself ends here


class DiscoveryMixin(HintsMixin):
    """Sitemap and feed requests, their callbacks, the gate and the hints they leave."""

    args: Any
    base_url: str
    run_id: str
    held: list[scrapy.Request]

    def init_discovery(self) -> None:
        self.init_hints()
        self.discovery_outstanding = 0
        self.held = []
        self.sitemaps_requested: set[str] = set()
        self.feeds_requested: set[str] = set()
        self.feed_probes: list[str] = []
        self.memory: DiscoveryMemory | None = None
        # kind -> the top-level sitemaps / feeds that answered as such, or None when this
        # run took them from the memory (or did not look)
        self.found: dict[str, list[str] | None] = {"sitemaps": None, "feeds": None}
        self.recalled: dict[str, list[str] | None] = {"sitemaps": None, "feeds": None}
        self.feed_started = False
        self.answered: dict[str, list[str]] = {"sitemaps": [], "feeds": []}

    # ------------------------------------------------------------------ the gate
    @property
    def gate_open(self) -> bool:
        return self.discovery_outstanding <= 0

    def hold(self, request: scrapy.Request) -> scrapy.Request | None:
        """``request`` now when the gate is open, else kept until it opens."""
        if self.gate_open:
            return request
        self.held.append(request)
        return None

    def closing(self) -> bool:
        """Overridden by the spider: True once the crawl is stopping."""
        return False

    def made_by_this_run(self, meta: Mapping[str, Any]) -> bool:
        """Whether a discovery request was made by this run, not restored from the JOBDIR
        queue of a stopped one: such a request was counted at that run's gate, and its feed
        probes are that run's."""
        return meta.get(RUN_META, self.run_id) == self.run_id

    def _discovery_done(self, meta: Mapping[str, Any] | None = None) -> Iterator[scrapy.Request]:
        """One discovery request answered (``meta``: its meta; None: the wait for the first
        listing page); the held article requests once all have."""
        if meta is not None and not self.made_by_this_run(meta):
            self._inc("discovery/restored")
            return
        self.discovery_outstanding -= 1
        if not self.gate_open or not self.held:
            return
        held, self.held = self.held, []
        for request in held:
            if self.closing():  # a listing of 100k held links must not hold up Ctrl-C
                self._inc("discovery/stopped/closing")
                return
            aid = request.meta.get("article_id", "")
            if aid in self.lastmods and self.known.is_known(aid) \
                    and not self.known.changed_since_check(aid, self.lastmods[aid]):
                self._inc("incremental/skipped_lastmod")
                continue
            yield request

    def _discovery_request(self, url: str, callback: Any, **meta: Any) -> scrapy.Request:
        self.discovery_outstanding += 1
        return scrapy.Request(url, callback=callback, errback=self.discovery_failed,
                              priority=DISCOVERY_PRIORITY, meta={**meta, RUN_META: self.run_id},
                              dont_filter=True)

    def discovery_failed(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        status = getattr(getattr(failure.value, "response", None), "status", None)
        kind = request.meta.get("discovery", "sitemap")
        self._inc(f"discovery/{kind}/failed")
        log = logger.info if status == 404 else logger.warning
        log("%s %s not read: %s", kind, request.url, failure.getErrorMessage())
        if request.meta.get("probe") and self.made_by_this_run(request.meta):
            yield from self.next_feed_probe()
        yield from self._discovery_done(request.meta)

    # ------------------------------------------------------------------ start
    def discovery_start(self, memory: DiscoveryMemory | None = None) -> Iterator[scrapy.Request]:
        modes = self.args.discover
        self.memory = memory
        if memory is not None:
            self.recalled = {kind: memory.recall(kind) for kind in ("sitemaps", "feeds")}
        if "sitemap" in modes:
            yield from self._start_sitemaps()
        if "feed" in modes:
            yield from self._start_feeds()

    def _start_sitemaps(self) -> Iterator[scrapy.Request]:
        known = self.recalled["sitemaps"]
        if known is None:
            self.found["sitemaps"] = []
            parts = urlsplit(self.base_url)
            root = f"{parts.scheme}://{parts.netloc}"  # robots.txt lives at the root
            yield self._discovery_request(root + "/robots.txt", self.parse_robots,
                                          discovery="robots")
            return
        self._inc("discovery/sitemap/from_memory", len(known))
        for url in known:
            request = self._sitemap_request(url, root=True)
            if request:
                yield request

    def _start_feeds(self) -> Iterator[scrapy.Request]:
        known = self.recalled["feeds"]
        if known is not None:
            self.feed_started = True
            self._inc("discovery/feed/from_memory", len(known))
            for url in known:
                self.feeds_requested.add(url)
                yield self._discovery_request(url, self.parse_feed, discovery="feed")
            return
        self.found["feeds"] = []
        if "listing" in self.args.discover:  # the first listing page may name the feed
            self.discovery_outstanding += 1
        else:
            self.feed_started = True
            self.feed_probes = [self.base_url + p for p in COMMON_PATHS]
            yield from self.next_feed_probe()

    def discovery_closed(self, reason: str) -> None:
        """Keep what this run found out (none found counts too) for the next day's runs; a
        recalled sitemap or feed that no longer answers as one is forgotten."""
        if self.memory is None or reason != "finished":
            return
        for kind, mode in (("sitemaps", "sitemap"), ("feeds", "feed")):
            if mode not in self.args.discover:
                continue
            found, recalled = self.found[kind], self.recalled[kind]
            if found is not None:
                self.memory.remember(kind, found)
            elif recalled and len(self.answered[kind]) < len(recalled):
                self.memory.remember(kind, [], at=0.0)

    def parse_robots(self, response: Response) -> Iterator[Any]:
        named = robots_sitemaps(response.body, response.url) if response.status == 200 else []
        self._inc("discovery/sitemap/robots_named", len(named))
        for url in named or [self.base_url + "/sitemap.xml"]:
            request = self._sitemap_request(url, root=True)
            if request:
                yield request
        yield from self._discovery_done(response.meta)

    # ------------------------------------------------------------------ sitemaps
    def _on_base(self, url: str, kind: str) -> str | None:
        """``url`` on the crawled copy's origin (a URL naming the outlet's own hosts is the
        copy's, written absolute), or None, counted, for another server: never requested."""
        same = self._same_site(url)
        if same is None:
            self._inc(f"discovery/{kind}/offsite")
            logger.info("%s %s is on another server: not read", kind, url)
        return same

    def _sitemap_request(self, url: str, root: bool = False) -> scrapy.Request | None:
        same = self._on_base(url, "sitemap")
        if same is None or same in self.sitemaps_requested \
                or len(self.sitemaps_requested) >= MAX_SITEMAPS:
            return None
        url = same
        self.sitemaps_requested.add(url)
        self._inc("discovery/sitemap/requests")
        return self._discovery_request(url, self.parse_sitemap, discovery="sitemap", root=root)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        settings = self.settings  # type: ignore[attr-defined]
        body = sitemap_body(response, settings.getint("DOWNLOAD_MAXSIZE"),
                            settings.getint("DOWNLOAD_WARNSIZE"))
        kind, entries = parse_sitemap(body) if body else ("", [])
        if response.meta.get("root") and kind in ("sitemapindex", "urlset"):
            self._answered("sitemaps", response.request.url if response.request else response.url)
        if kind == "sitemapindex":
            for entry in entries:
                request = self._sitemap_request(entry.loc)
                if request:
                    yield request
        elif kind == "urlset":
            yield from self._sitemap_articles(entries)
        else:
            self._inc("discovery/sitemap/not_a_sitemap")
            logger.warning("%s is not a sitemap", response.url)
        yield from self._discovery_done(response.meta)

    def _sitemap_articles(self, entries: list[Any]) -> Iterator[scrapy.Request]:
        for entry in entries:
            aid = outlet.article_id(entry.loc)
            if not aid:
                self._inc("discovery/sitemap/other_urls")
                self.keep_unnumbered(entry.loc, "sitemap", entry.published or entry.lastmod)
                continue
            self._inc("discovery/sitemap/article_urls")
            if self.before_since(entry.published or entry.lastmod):
                continue
            self._note(aid, entry.lastmod, entry.published if entry.has_time else None,
                       "sitemap")
            request = self.article_request(entry.loc, via="sitemap", lang_hint=entry.lang)
            if request:
                yield request

    # ------------------------------------------------------------------ feeds
    def discover_feeds(self, response: Response | None) -> Iterator[scrapy.Request]:
        """Hook for the first listing page (None when it failed): its announced feeds, or
        the common feed paths one after another."""
        if "feed" not in self.args.discover or self.feed_started:
            return
        self.feed_started = True
        links = []
        if isinstance(response, scrapy.http.TextResponse):
            links = [u for u in (self._on_base(f, "feed")
                                 for f in feed_links(response.text, response.url)) if u]
        if links:
            for url in links:
                self.feeds_requested.add(url)
                yield self._discovery_request(url, self.parse_feed, discovery="feed")
        else:
            self.feed_probes = [self.base_url + p for p in COMMON_PATHS]
            yield from self.next_feed_probe()
        yield from self._discovery_done()  # the wait for this page

    def next_feed_probe(self) -> Iterator[scrapy.Request]:
        while self.feed_probes:
            url = self.feed_probes.pop(0)
            if url not in self.feeds_requested:
                self.feeds_requested.add(url)
                self._inc("discovery/feed/probes")
                yield self._discovery_request(url, self.parse_feed, discovery="feed",
                                              probe=True)
                return

    def parse_feed(self, response: Response) -> Iterator[Any]:
        entries = parse_feed(response.body, response.url)
        if entries is None:
            self._inc("discovery/feed/not_a_feed")
            if response.meta.get("probe") and self.made_by_this_run(response.meta):
                yield from self.next_feed_probe()
        else:
            self.feed_probes = []
            self._answered("feeds", response.request.url if response.request else response.url)
            self._inc("discovery/feed/items", len(entries))
            for entry in entries:
                aid = outlet.article_id(entry.link)
                if not aid:
                    self.keep_unnumbered(entry.link, "feed", entry.published or entry.updated)
                    continue
                if self.before_since(entry.published or entry.updated):
                    continue
                self._note(aid, entry.updated, entry.published, "feed")
                request = self.article_request(entry.link, via="feed")
                if request:
                    yield request
        yield from self._discovery_done(response.meta)

    def _answered(self, kind: str, url: str) -> None:
        self.answered[kind].append(url)
        found = self.found[kind]
        if found is not None and url not in found:
            found.append(url)

    # provided by the spider
    known: Any

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def _same_site(self, url: str) -> str | None:
        raise NotImplementedError

    def _learn_date(self, aid: str, when: Any) -> None:
        raise NotImplementedError

    def keep_unnumbered(self, url: str, via: str, when: Any) -> None:
        raise NotImplementedError

    def article_request(self, url: str, listing_date: Any = None, via: str = "listing",
                        hop: int = 0, lang_hint: str | None = None, late: bool = False
                        ) -> scrapy.Request | None:
        raise NotImplementedError
