"""The ``centerinform`` spider: discovery and scheduling only; parsing lives in ``kznews.sites``."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, date, datetime
from typing import Any, cast
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.reactor import is_asyncio_reactor_installed
from sortedcontainers import SortedList

from kznews.blocks import Blocked
from kznews.discovery.memory import DiscoveryMemory
from kznews.discovery.spider import DiscoveryMixin
from kznews.extract.chain import Extracted, Refusal
from kznews.incremental import KnownArticles, load_known
from kznews.loaders import build_article, missing_fields
from kznews.middlewares import BadPageError
from kznews.monitors import DEPTH_IGNORED
from kznews.processors import date_between_ids
from kznews.redis import Distributed
from kznews.render import Renderer, Verdict
from kznews.sites.centerinform import outlet
from kznews.sites.centerinform.article import extract_article
from kznews.sites.centerinform.listing import on_site
from kznews.sites.centerinform.outlet import LAST_RESORT
from kznews.sites.centerinform.textpages import first_page
from kznews.spiders.args import (  # noqa: F401 - re-exported for the crawl command
    ARG_NAMES,
    RENDER_MODES,
    ArgumentError,
    CrawlArgs,
)
from kznews.spiders.canonical import CanonicalFallbackMixin
from kznews.spiders.datewalk import DateWalkMixin
from kznews.spiders.deferred import DEFERRED_KEEP_MB, DEFERRED_META, DeferredPagesMixin
from kznews.spiders.jsonwalk import JsonWalkMixin
from kznews.spiders.otherways import OtherWaysMixin
from kznews.spiders.redirects import RedirectDropsMixin
from kznews.spiders.related import OwedRelatedMixin
from kznews.spiders.sections import ALT_META, SectionsMixin, Walk
from kznews.spiders.served import CAPTURED, served_day
from kznews.spiders.textpages import TextPagesMixin
from kznews.spiders.unnumbered import UNNUMBERED_META, UnnumberedMixin
from kznews.spiders.walk import ListingWalkMixin, failure_line, may_answer_later
from kznews.spiders.workers import ExtractionWorkers
from kznews.state import open_store
from kznews.translations import TranslationPairer

logger = logging.getLogger(__name__)

RELATED_PRIORITY = -10
HOP_META = "kznews_related_hop"  # request meta: related links followed to reach an article
# request meta: the address as its link wrote it, when the learnt trailing slash changed it
WRITTEN_META = "kznews_written_url"
# request meta: asked again as written after the learnt form answered 404 or 410
UNSLASHED_META = "kznews_slash_retry"
CANONICAL_META = "kznews_canonical_hops"  # request meta: canonicals followed to reach a page
BLOCK_RETRY_META = "kznews_block_retries"  # request meta: times asked again after a block
BLOCK_RETRIES = 1
# A merged story names the article it went into, and that one names itself; a chain longer
# than this is a site naming a new id on every fetch, an endless trap.
MAX_CANONICAL_HOPS = 2
TRANSLATION_WINDOW = 500  # KZNEWS_TRANSLATION_WINDOW
# Sitemap and feed links after listing and related ones: an article the listing also shows
# is then mostly fetched after its listing page gave the date a year-less dateline needs.
PRIORITY = {"listing": 0, "related": RELATED_PRIORITY, "alternate": RELATED_PRIORITY,
            "sitemap": -20, "feed": -20}
# Links found on article pages, held (as a listing's undated links are: its sidebars) until the
# listing walk reaches their story (sitemap and feed links already come after listing ones,
# by PRIORITY).
HELD_VIAS = frozenset({"related", "alternate"})
KEEP = Verdict()  # a page the renderer has no objection to
URL_MEMO_SIZE = 16_384  # links -> (canonical same-site URL, id): a few MB at most


class CenterinformSpider(ListingWalkMixin, DateWalkMixin, OtherWaysMixin, JsonWalkMixin,
                         SectionsMixin, OwedRelatedMixin, TextPagesMixin, DeferredPagesMixin,
                         UnnumberedMixin, RedirectDropsMixin, CanonicalFallbackMixin,
                         DiscoveryMixin, scrapy.Spider):
    name = "centerinform"
    listing_path = outlet.LISTING_PATH
    # Static HTML or the browser, per article page: set by the kznews.render add-on from the
    # render argument / KZNEWS_RENDER; a spider built outside a crawl parses static HTML.
    renderer: Renderer = Renderer()
    # Set from settings in from_crawler (KZNEWS_INCREMENTAL, KZNEWS_LISTING_OVERLAP,
    # KZNEWS_RECHECK_HOURS, JOBDIR).
    incremental = True
    overlap = 1
    recheck_hours = 24.0
    resuming = False
    full_walk = False

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # Distributed mode when KZNEWS_REDIS_URL is set (docs/DISTRIBUTED.md), else a no-op.
        settings.set("ADDONS", {**settings.getdict("ADDONS"), Distributed: 0}, "spider")
        # A JOBDIR queue that survives SIGKILL (kznews.scheduler). "command" priority: above
        # Scrapy's default (re-applied to a crawler made by the crawl command), below the
        # distributed add-on's scheduler, settings.py and -s SCHEDULER=….
        settings.set("SCHEDULER", "kznews.scheduler.JobdirScheduler", "command")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        known = {k: kwargs.pop(k) for k in list(kwargs) if k in ARG_NAMES}
        super().__init__(*args, **kwargs)
        self.args = CrawlArgs.parse(**known)
        self.base_url = self.args.base_url
        host = urlsplit(self.base_url).hostname or ""
        self.allowed_domains = [host]
        self.seen_ids: set[str] = set()
        self._url_memo: dict[str, tuple[str | None, str | None]] = {}
        # Whether the outlet's article addresses end in a slash (``/news/…-u123/``): learnt
        # from the first article that redirected to or from the slashed form; until then a
        # link is fetched as it was written. Ids are matched without it either way.
        self.article_slash: bool | None = None
        # the learnt form answered 404 where the written one served the article (an outlet
        # that moved only some articles to a slashed address): links are fetched as written
        self.slash_doubted = False
        self.skipped_known: set[str] = set()
        # Listing dates by id, also for articles first reached through a related link.
        self.listing_dates: dict[str, date] = {}
        # (id number, date) of every article whose date is known: the id sequence is a
        # calendar for pages that carry only a year-less dateline. Sorted as it grows (the
        # listing is read newest first: a plain list took a shift of the whole list per id).
        self.id_dates: SortedList = SortedList()
        # Listing pages are walked in page order, one at a time, so that a repeated crawl
        # can stop at the first page(s) holding nothing new: one walk per listing section
        # ("" the main listing; kznews.spiders.sections).
        self.walks: dict[str, Walk] = {}
        self.section_langs: dict[str, str | None] = {}
        self.listing_urls: set[str] = set()
        # listed addresses of an older form, asked once each where they redirect
        self.legacy_urls: set[str] = set()
        # id -> (section, listing page) that first showed it (to spot pages past the end)
        self.listed_ids: dict[str, tuple[str, int]] = {}
        # the same for the list's own entries (dated ones, once a page showed dates): a page
        # showing only these again is past the end
        self.main_listed: dict[str, tuple[str, int]] = {}
        self.listings_outstanding = 0
        # Pages with only a year-less dateline, met before their listing page was read:
        # parsed again from the page kept once the crawl has nothing else to do (the listing
        # walked, every neighbouring id dated), not as soon as the scheduler has a free slot.
        self.init_deferred()
        self.init_redirect_drops()  # article requests redirected onto addresses asked for
        self.init_canonical()  # pages naming another article as canonical, kept aside
        self.since_floor = 0  # highest id a listing showed as older than `since`
        # Set when a page of this run failed in a way that may pass: the next run then reads
        # every listing page instead of stopping at the first one holding nothing new.
        self.incomplete = False
        # Set when max_pages ended a listing walk that was still finding new articles, or
        # one reading every page (the run before left pages unread) while it linked more, or
        # `since` ended it: the next run reads every listing page (within its own bounds).
        self.walk_cut = False
        self.first_listing_error = ""  # why the first listing page failed: URL, status/error
        self.pages_requested = 0
        self.articles_requested = 0
        self.items_emitted = 0
        self.closing_early = False  # set as a crawl closes early: parsed articles go out at once
        self.today = datetime.now(outlet.TIMEZONE).date()  # dates are the outlet's, in Almaty
        self.known = KnownArticles()
        self.store: Any = None
        self.validators: dict[str, tuple[str | None, str | None]] = {}
        # id -> when the archive captured the article's page a replay served (Unix time):
        # the store keeps an older capture from overwriting a later revision
        self.captured_at: dict[str, float] = {}
        self.pairer = TranslationPairer(window=TRANSLATION_WINDOW, langs=self.args.langs)
        self.workers = ExtractionWorkers(0)  # from the settings in from_crawler
        self.run_id = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{os.getpid()}-{secrets.token_hex(2)}"
        self.init_discovery()
        self.init_unnumbered()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CenterinformSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.incremental = settings.getbool("KZNEWS_INCREMENTAL", True)
        spider.overlap = max(1, settings.getint("KZNEWS_LISTING_OVERLAP", 1))
        spider.recheck_hours = settings.getfloat("KZNEWS_RECHECK_HOURS", 24.0)
        spider.deferred_keep_bytes = int(max(0.0, settings.getfloat(
            "KZNEWS_DEFERRED_KEEP_MB", DEFERRED_KEEP_MB)) * 1024 * 1024)
        spider.hold_related = settings.getbool("KZNEWS_HOLD_RELATED", True)
        spider.workers = ExtractionWorkers.from_settings(settings)
        reactor = sys.modules.get("twisted.internet.reactor")  # the crawl's, when running
        if reactor is not None:
            # A crawl stopped at once (a second Ctrl-C or SIGTERM) never closes the spider:
            # the pages waiting for a worker would otherwise all be read before it exits.
            reactor.addSystemEventTrigger("before", "shutdown", spider.workers.close)
        spider.pairer = TranslationPairer(
            window=max(1, settings.getint("KZNEWS_TRANSLATION_WINDOW", TRANSLATION_WINDOW)),
            langs=spider.args.langs)
        # A resumed JOBDIR crawl walks the whole listing again and bypasses the persisted
        # fingerprints: requests in flight when the crawl was killed are in requests.seen
        # but were never answered. The store and seen_ids keep it to one fetch per article.
        spider.resuming = bool(settings.get("JOBDIR"))
        spider.full_walk = spider.resuming
        if spider.args.warc:
            # A replay (kznews.archive) reads every page the archive holds: no "nothing new"
            # stop, every known article due; the store decides what is exported again.
            spider.full_walk = True
            spider.recheck_hours = 0.0
        crawler.signals.connect(spider.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return cast(CenterinformSpider, spider)

    # ------------------------------------------------------------------ discovery
    async def start(self) -> AsyncIterator[Any]:
        if self.incremental:
            self.store = open_store(self.settings, self.base_url)
            self.known = load_known(self.store, self.recheck_hours)
            self._inc("incremental/known_articles", len(self.known.known))
            if self.store.begin_run(self.run_id):
                # The last crawl was cut short: articles it had not saved may sit on any
                # listing page, so read them all this time.
                self.full_walk = True
                self._inc("incremental/full_walk_after_interrupted_run")
        if "listing" in self.args.discover:
            yield self.listing_request(self.base_url + self.listing_path, 1)
        self.read_owed()  # related links runs cut short left (kznews.spiders.related)
        memory = DiscoveryMemory.for_crawl(self.settings, self.base_url) \
            if self.store is not None else None
        for request in self.discovery_start(memory):  # sitemaps and feeds (kznews.discovery)
            yield request

    def _inc(self, key: str, count: int = 1) -> None:
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(key, count)

    def _same_site(self, url: str) -> str | None:
        """``url`` on the crawled origin (scheme, host and port of the base URL); None when it
        points at another server."""
        return on_site(url, self.base_url)

    def _article_url(self, url: str) -> tuple[str | None, str | None]:
        """The canonical same-site URL of a link and its article id (None, None off-site).

        Memoised: the ~30 related links of every page name few distinct articles (5,000
        distinct URLs among 150,000 links in a 5,000-article crawl)."""
        found = self._url_memo.get(url)
        if found is None:
            # a page of a text split over pages (``?page=2``) stands for its article
            same = self._same_site(first_page(outlet.canonical_url(url)))
            found = (same, outlet.article_id(same or ""))
            if len(self._url_memo) >= URL_MEMO_SIZE:
                self._url_memo.clear()
            self._url_memo[url] = found
        return found

    def _slashed(self, same: str, written: str) -> str:
        """The address to fetch an article at: its canonical form (``same``), with the
        trailing slash the outlet's addresses end in, once learnt, else as the link was
        ``written`` — not a redirect per article on a site whose addresses end in one."""
        slash = self.article_slash
        if slash is None:
            slash = urlsplit(written).path.endswith("/")
        if not slash:
            return same
        parts = urlsplit(same)
        return same if parts.path.endswith("/") else parts._replace(path=parts.path + "/").geturl()

    def _written(self, same: str, written: str) -> str:
        """The canonical address with the trailing slash as the link was written."""
        parts = urlsplit(same)
        path = parts.path.rstrip("/") + ("/" if urlsplit(written).path.endswith("/") else "")
        return same if path == parts.path else parts._replace(path=path).geturl()

    def _learn_slash(self, asked: str, got: str) -> None:
        """An article's address redirected to itself with a trailing slash added (or taken
        away): the outlet's addresses end that way."""
        if self.slash_doubted:
            return
        a, b = urlsplit(asked).path, urlsplit(got).path
        slash = True if a + "/" == b else False if a == b + "/" else None
        if slash is not None and slash != self.article_slash:
            self.article_slash = slash
            self._inc("discovery/article_slash_learned")
            logger.info("article addresses %s a trailing slash (%s redirected to %s)",
                        "end in" if slash else "have no", asked, got)

    def article_request(self, url: str, listing_date: date | None = None,
                        via: str = "listing", hop: int = 0, lang_hint: str | None = None,
                        late: bool = False, alternate: bool = False) -> scrapy.Request | None:
        """One request per article id, whatever the URL variant; none once max_articles
        articles are out; known articles not due for a re-check (by time, or by a sitemap's
        lastmod) and links whose badge names a language not kept are skipped. ``hop``: related
        links followed from a listing article to reach this one; ``alternate``: reached as
        another article's other-language version. Requests wait while sitemaps and feeds are
        read (kznews.discovery.spider)."""
        same, aid = self._article_url(url)
        if not same or not aid:
            return None
        self.numbered = True  # kznews.spiders.unnumbered
        if aid in self.seen_ids:
            return None
        if self.args.max_articles and self.items_emitted >= self.args.max_articles:
            return None
        if aid in self.lang_skipped or self.lang_hint_excludes(aid, lang_hint):
            return None
        if not late and self.defer_unhinted(aid, url, via, lang_hint):
            return None
        lastmod = self.lastmods.get(aid)
        due = self.known.is_due(aid) if lastmod is None \
            else self.known.changed_since_check(aid, lastmod)
        if not due:  # not marked seen: a sitemap read later may still name it changed
            if aid not in self.skipped_known:
                self.skipped_known.add(aid)
                self._inc("incremental/skipped_known")
            return None
        self.seen_ids.add(aid)
        if self.args.since and int(aid[1:]) <= self.since_floor:
            self._inc("discovery/skipped/since")
            return None
        headers = self.known.conditional_headers(aid)
        if headers:
            self._inc("incremental/recheck")
        self.articles_requested += 1
        self._inc(f"discovery/articles/{via}")
        meta = {"article_id": aid, "handle_httpstatus_list": [304], HOP_META: hop,
                **({ALT_META: True} if alternate else {})}
        asked = self._slashed(same, url)
        written = self._written(same, url)
        if asked != written:
            meta[WRITTEN_META] = written
        request = scrapy.Request(
            asked, callback=self.parse_article, errback=self.article_failed,
            cb_kwargs={"listing_date": listing_date}, headers=headers, meta=meta,
            priority=PRIORITY.get(via, 0), dont_filter=self.resuming)
        if via in HELD_VIAS or (via == "listing" and listing_date is None):  # see deferred
            found = self.hold_for_listing(aid, request)
            if found is None:
                return None
        return self.hold(request)

    def article_failed(self, failure: Any) -> scrapy.Request | None:
        """Count and log why an article page could not be fetched (retries exhausted, 4xx,
        robots.txt, size limits …); empty and cut-off pages are counted where detected. An
        address the learnt trailing slash changed that answers 404 or 410 is asked again as
        its link wrote it."""
        request = getattr(failure, "request", None)
        if failure.check(HttpError) and failure.value.response.status in (404, 410) and \
                request is not None and request.meta.get(WRITTEN_META):
            self._inc("discovery/article_slash_retry")
            meta = {k: v for k, v in request.meta.items()
                    if k not in (WRITTEN_META, "redirect_urls", "redirect_reasons",
                                 "redirect_times", "retry_times")}
            return request.replace(url=request.meta[WRITTEN_META], dont_filter=True,
                                   meta={**meta, UNSLASHED_META: True})
        if failure.check(BadPageError):  # counted as drop/<kind> where detected
            # a server that asked for a wait over the cap, or answered an empty, endless or
            # cut-off page on every attempt, may answer the next run in full
            self.incomplete = True
            return None
        # counted as blocked/<kind> or consent/failed; asked once more, else the next run
        # fetches it
        if failure.check(Blocked):
            again = self._after_block(failure, request)
            if again is not None:
                return again
            self.incomplete = True
            return None
        # A page that may answer next time (5xx, timeouts, resets) makes this run incomplete;
        # a 4xx or a robots.txt refusal will not change by walking the listing again.
        self.incomplete = self.incomplete or may_answer_later(failure)
        self._inc(f"drop/download/{failure.type.__name__}")
        logger.warning("article page failed: %s", failure_line(failure))
        return None

    def _after_block(self, failure: Any, request: scrapy.Request | None
                     ) -> scrapy.Request | None:
        """The article or listing page a protection answered for, asked once more: it waits
        for the guard's back-off (the outlet's slot is slowed) and a challenge a second request
        passes (a CDN's browser check on a page's first visit) then costs no article, nor the
        articles only that listing page reaches. Not after the guard stopped the crawl, nor a
        second time (``blocked/retried``)."""
        tries = request.meta.get(BLOCK_RETRY_META, 0) if request is not None else BLOCK_RETRIES
        if request is None or getattr(failure.value, "kind", "") == "stopped" or \
                tries >= BLOCK_RETRIES or self.closing():
            return None
        self._inc("blocked/retried")
        return request.replace(dont_filter=True,
                               meta={**request.meta, BLOCK_RETRY_META: tries + 1})

    def closing(self) -> bool:
        """The crawl is stopping (Ctrl-C, a CloseSpider, max_articles reached): Scrapy goes on
        reading a callback's requests until the callback ends, however many there are."""
        if self.args.max_articles and self.items_emitted >= self.args.max_articles:
            return True
        try:  # Scrapy 2.19 raises until the crawl has started (spiders built by hand in tests)
            engine = getattr(getattr(self, "crawler", None), "engine", None)
        except RuntimeError:
            return False
        if engine is None:
            return False
        slot = getattr(engine, "_slot", None)  # Scrapy 2.19: set while the spider is open
        return not engine.running or getattr(slot, "closing", None) is not None

    def _learn_date(self, aid: str, when: date) -> None:
        self.id_dates.add((int(aid[1:]), when))

    def _date_hints(self, aid: str, listing_date: date | None) -> list[tuple[str, date]]:
        hints = [("listing", listing_date)] if listing_date else []
        if self.id_dates and aid[1:].isdigit():
            num = int(aid[1:])
            pos = self.id_dates.bisect_left((num, date.min))
            lower = self.id_dates[pos - 1] if pos > 0 else None
            upper = self.id_dates[pos] if pos < len(self.id_dates) else None
            hints.append(("ids", date_between_ids(num, lower, upper)))
            # ids grow with the date: the known neighbours bound it (an article reached by a
            # related link before the listing page that dates it, e.g. under ``since``)
            if pos > 0:
                hints.append(("ids:not-before", self.id_dates[pos - 1][1]))
            if pos < len(self.id_dates):
                hints.append(("ids:not-after", self.id_dates[pos][1]))
        return hints

    def render_failed(self, failure: Any) -> None:
        """Errback of a page sent to the browser (kznews.render): counted and dropped.

        A challenge page served to the browser is a block like any other (counted as
        ``blocked/<kind>``, in the guard's streak): never parsed, never stored, and the run
        is incomplete, so the next one fetches the page again."""
        if failure.check(Blocked):
            self.incomplete = True
            return
        self.renderer.failed(failure)

    # ------------------------------------------------------------------ articles
    def parse_article(self, response: Response, listing_date: date | None = None
                      ) -> Iterable[Any] | AsyncIterator[Any]:
        """An article page's record and links: read here, or by a worker process once the
        crawl proves long (``kznews.spiders.workers``; the same values either way)."""
        start = self._article_start(response, listing_date)
        if start is None:
            return ()
        if self.workers.wanted() and is_asyncio_reactor_installed():
            return self._read_elsewhere(cast(TextResponse, response), *start)
        return self._read_here(cast(TextResponse, response), *start)

    def parse_article_here(self, response: Response) -> Iterator[Any]:
        """``parse_article`` in this process (a page put off for its listing date)."""
        start = self._article_start(response, None)
        return iter(()) if start is None else self._read_here(cast(TextResponse, response),
                                                              *start)

    def _article_start(self, response: Response, listing_date: date | None
                       ) -> tuple[str, date | None, list[tuple[str, date]], date | None] | None:
        """(id, listing date, date hints, the day it was fetched) of an article page to read,
        or None when there is nothing to read (not text, not modified)."""
        if not isinstance(response, TextResponse):
            self._inc("drop/not_text")
            logger.warning("dropped %s: not a text response", response.url)
            return None
        aid = response.meta.get("article_id") or outlet.article_id(response.url) or ""
        redirects = response.meta.get("redirect_urls")
        if redirects:
            self._learn_slash(redirects[0], response.url)
        elif response.meta.get(UNSLASHED_META) and not self.slash_doubted:
            # served as written where the learnt form was unknown: the outlet does not use
            # one form for every article
            self.slash_doubted, self.article_slash = True, None
            self._inc("discovery/article_slash_doubted")
            logger.info("article addresses keep the form their links give (%s served; the "
                        "learnt trailing slash answered 404)", response.url)
        if response.status == 304:
            self._inc("incremental/not_modified")
            if self.store is not None:
                self.store.touch(aid)
            return None
        listing_date = listing_date or self.listing_dates.get(aid)
        return (aid, listing_date, self._date_hints(aid, listing_date),
                served_day(response.headers, response.meta, self.today))

    def _read_here(self, response: TextResponse, aid: str, listing_date: date | None,
                   hints: list[tuple[str, date]], today: date | None) -> Iterator[Any]:
        self.workers.read_here += 1
        return self.article_read(extract_article(response.text, response.url, hints, today),
                                 response, aid, listing_date)

    async def _read_elsewhere(self, response: TextResponse, aid: str,
                              listing_date: date | None, hints: list[tuple[str, date]],
                              today: date | None) -> AsyncIterator[Any]:
        try:
            ex = await asyncio.wrap_future(
                self.workers.submit(response.text, response.url, hints, today))
            self._inc("workers/pages_read")
        except Exception as error:  # whatever failed there, reading here decides
            # a dead worker, or a record that did not travel back (a value that does not
            # pickle), costs no article; a fault of the reading itself is raised here, as
            # without the workers
            if isinstance(error, BrokenProcessPool):
                if self.workers.failed(error):
                    self._inc("workers/broken")
            else:
                logger.warning("%s: read again in the crawl's process (the worker failed: %s)",
                               response.url, error)
            self._inc("workers/pages_reread")
            ex = extract_article(response.text, response.url, hints, today)
        if not listing_date and _yearless(ex):
            # The listing walk went on while the page was read: what it learnt (this page's
            # listing date, or that none will come) is what reading it here would have used.
            listing_date = self.listing_dates.get(aid)
            if listing_date or self.listings_outstanding <= 0:
                ex = extract_article(response.text, response.url,
                                     self._date_hints(aid, listing_date), today)
        for output in self.article_read(ex, response, aid, listing_date):
            yield output

    def article_read(self, ex: Extracted, response: TextResponse, aid: str,
                     listing_date: date | None) -> Iterator[Any]:
        """What an article page read gives: its record and links, a refusal, a request to
        render it, or the page put off until its listing date is known."""
        if ex.refusal is not None:  # no article, whatever a browser would make of it
            yield from self.refused(ex.refusal, response, ex)
            return
        verdict = self.renderer.check(response, ex)
        if verdict.request is not None:  # not enough in the static HTML: once, rendered
            yield verdict.request
            return
        if _yearless(ex) and not listing_date \
                and self.listings_outstanding > 0 and not response.meta.get(DEFERRED_META) \
                and response.request is not None:
            # Only a year-less dateline (or no date at all) and its listing page not read
            # yet: parse it again after the listing, once, rather than guess the year.
            self.defer_page(response, {
                "article_id": aid, "handle_httpstatus_list": [304],
                HOP_META: response.meta.get(HOP_META, 0),
                ALT_META: response.meta.get(ALT_META, False)})
            return
        validators = (_header(response, b"ETag"), _header(response, b"Last-Modified"))
        rest = None if verdict.drop else self.rest_of_text(ex, response, validators)
        if rest is not None:  # the text goes on on further pages (kznews.spiders.textpages)
            yield rest
            return
        yield from self.emit_article(ex, response, response.url, validators, verdict)

    def emit_article(self, ex: Extracted, response: Response, url: str,
                     validators: tuple[str | None, str | None],
                     verdict: Verdict = KEEP) -> Iterator[Any]:
        """The record of an article read (``url`` its first page, ``response`` its last),
        its related and other-language links followed."""
        aid = response.meta.get("article_id") or outlet.article_id(url) or ""
        if not aid and response.meta.get(UNNUMBERED_META):  # kznews.spiders.unnumbered
            aid = self.unnumbered_id(ex, url)
            if not aid:
                return
        for problem in ex.problems:  # bad values repaired or dropped, the article kept
            self._inc(problem)
            logger.warning("%s: %s", url, problem)
        for name, rule in ex.rules.items():
            self._inc(f"extract/{name}/{rule}")
            if rule in LAST_RESORT.get(name, ()):
                self._inc(f"extract/fallback/{name}")
                logger.warning("%s: %s only found by the last-resort rule %s", url,
                               name, rule)
        alternates = ex.values.get("alternates") or []
        yield from self.alternate_requests(
            alternates, 0 if aid in self.listed_ids else int(response.meta.get(HOP_META, 0)),
            response)
        yield from self.related_requests(aid, ex.values.get("related") or [], response)
        missing = missing_fields(ex)
        if missing or verdict.drop:
            for name in missing:
                self._inc(f"extract/failed/{name}")
            self._inc("drop/incomplete")
            logger.warning("dropped %s: %s", url, verdict.why(missing))
            return
        article = self.with_time_hint(build_article(ex, url))
        if not article.date_source.startswith("dateline+"):
            self._learn_date(aid, date.fromisoformat(article.published_at[:10]))
        if article.lang not in self.args.langs:
            self._inc(f"drop/lang/{article.lang}")
            logger.info("not exported %s: its language is %s (lang=%s)", url, article.lang,
                        ",".join(sorted(self.args.langs)))
            return
        if self.args.since and article.published_at[:10] < self.args.since.isoformat():
            self._inc("drop/since")
            logger.debug("not exported %s: published %s, before since=%s", url,
                         article.published_at[:10], self.args.since.isoformat())
            return
        if self.args.max_articles and self.items_emitted >= self.args.max_articles:
            return
        self.items_emitted += 1
        self.validators[article.id] = validators
        if self.canonical_aside:  # the pages naming it as their canonical were its copies
            self.canonical_aside.pop(article.id, None)
        captured = response.meta.get(CAPTURED)
        if isinstance(captured, int | float) and captured > 0:
            self.captured_at[article.id] = float(captured)
        yield from self.pairer.add(article, alternates)
        if self.closing_early:  # a page that finished while the crawl closes
            yield from self.pairer.drain()
        if self.args.max_articles and self.items_emitted >= self.args.max_articles:
            yield from self.pairer.drain()
            raise CloseSpider("max_articles")

    def refused(self, refusal: Refusal, response: Response, ex: Extracted | None = None
                ) -> Iterator[scrapy.Request]:
        """Count and log a page that is no article. A maintenance notice may be gone next
        time: the run is incomplete, as after a 5xx (a removed story or a login wall is
        permanent, as a 4xx is). Nothing is stored, so the next run asks for the page again.
        A page standing for another article (its canonical) asks for that one; its other
        links are not followed (an error page's are the site's most read, a trap's lead on).
        Such a page not reached by a canonical itself is kept aside, to be exported as its own
        article should the one it names not be had (kznews.spiders.canonical)."""
        self._inc(f"drop/{refusal.reason}")
        logger.warning("dropped %s: %s", response.url, refusal.why)
        self.incomplete = self.incomplete or refusal.may_pass
        if not refusal.target:
            return
        hops = int(response.meta.get(CANONICAL_META, 0))
        target_id = outlet.article_id(refusal.target)
        if not hops and ex is not None and target_id and not missing_fields(ex):
            self.set_aside(target_id, ex, response)
        if hops >= MAX_CANONICAL_HOPS:
            self._inc("discovery/canonical/chain_stopped")
            logger.warning("canonical chain not followed past %s: %d pages in a row named "
                           "another article", response.url, hops + 1)
            return
        req = self.article_request(refusal.target, via="canonical",
                                   hop=int(response.meta.get(HOP_META, 0)))
        if req is not None:
            req.meta[CANONICAL_META] = hops + 1
            yield req

    def related_requests(self, aid: str, links: list[dict[str, Any]], response: Response
                         ) -> Iterator[scrapy.Request]:
        """Requests for the related links of article ``aid``, while the related-link depth
        bound allows: hop 0 is an article some listing page showed."""
        hop = 0 if aid in self.listed_ids else int(response.meta.get(HOP_META, 0))
        if hop >= self.args.related_depth:
            beyond = {outlet.article_id(link["url"]) for link in links} - self.seen_ids - {None}
            self._inc("discovery/related/beyond_depth", len(beyond))
            return
        self.note_related(links, hop + 1)
        seen = self.seen_ids
        for link in links:
            if self._article_url(link["url"])[1] in seen:  # most are: asked for already
                continue
            if self.closing():
                return
            req = self.article_request(link["url"], via="related", hop=hop + 1,
                                       lang_hint=link.get("lang"))
            if req:
                yield req

    # ------------------------------------------------------------------ end of crawl
    def spider_idle(self) -> None:
        """Articles still waiting for a translation partner go out before the crawl ends;
        so do article requests still held for discovery that will not answer here, and the
        pages put off until the listing was read."""
        self.judge_redirect_drops()  # every request answered or dropped by now
        held, self.held = self.held, []
        held += self.release_for_listing()  # kznews.spiders.deferred
        held += self.take_deferred()
        self.discovery_outstanding = 0
        held += [r for r in (self.article_request(url, via=via, late=True)
                             for url, via in self.release_late()) if r is not None]
        held += self.reseed_related()
        if not held:  # the site's addresses name no article id: kznews.spiders.unnumbered
            held = self.unnumbered_requests(PRIORITY)
        if held:
            assert self.crawler.engine is not None
            for request in held:
                self.crawler.engine.crawl(request)
            raise DontCloseSpider
        # every page answered: a page whose canonical article was not had is its own
        self.canonical_ready += self.canonical_unhad()
        if self.canonical_ready:
            assert self.crawler.engine is not None
            self.crawler.engine.crawl(scrapy.Request(
                "data:,", callback=self.release_kept_own, dont_filter=True,
                meta={"dont_obey_robotstxt": True}))
            raise DontCloseSpider
        if self.pairer.pending:
            assert self.crawler.engine is not None
            self.crawler.engine.crawl(scrapy.Request(
                "data:,", callback=self.release_pending, dont_filter=True,
                meta={"dont_obey_robotstxt": True}))
            raise DontCloseSpider

    def emit_kept(self, ex: Extracted, response: Response) -> Iterator[Any]:
        validators = (_header(response, b"ETag"), _header(response, b"Last-Modified"))
        yield from self.emit_article(ex, response, response.url, validators)

    def release_pending(self, response: Response) -> Iterator[Any]:
        yield from self.pairer.drain()

    def release_for_close(self) -> list[Any]:
        """The articles waiting for a translation partner, as the crawl closes before running
        out of work (kznews.extensions.drain); later ones are not held."""
        self.closing_early = True
        return self.pairer.drain()

    def spider_closed(self, reason: str) -> None:
        self.workers.close()
        self.discovery_closed(reason)
        if self.pairer.pending:  # parsed, never exported: the next run fetches them again
            self._inc("translations/pending_at_close", len(self.pairer.pending))
        stats = self.crawler.stats if getattr(self, "crawler", None) else None
        if stats is not None and stats.get_value(DEPTH_IGNORED):
            self.incomplete = True  # pages past DEPTH_LIMIT: the next run reads them
        if self.store is not None:
            clean = reason == "finished" and not self.pairer.pending and not self.incomplete
            self.store.finish_run(self.run_id, f"{reason}:bounded" if clean and self.walk_cut
                                  else reason if clean else f"{reason}:unclean")
            if clean:
                self.settle_related()
            if getattr(self.store, "data_lost", False):  # Redis restarted empty mid-run
                self._inc("store/data_lost")
            self.store.close()
            self.store = None


def _yearless(ex: Extracted) -> bool:
    """Whether the page's date is only a year-less dateline (or none): its listing date, when
    the walk finds one, is the better."""
    return str(ex.rules.get("published", "text:dateline+")).startswith("text:dateline+")


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
