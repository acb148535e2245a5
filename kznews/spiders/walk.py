"""The listing walk of the ``centerinform`` spider: listing pages in page order, one at a time.

Each listing section (the main listing, and those of other languages,
:mod:`kznews.spiders.sections`) is walked from its first page to the lowest page number past
the current one that any page read so far showed, each URL once. A walk ends at a page past
the end (only articles earlier pages showed), a page with no list entries (read once more
first), a page wholly older than ``since``, ``max_pages``, or, on a repeated crawl, the first
pages holding nothing new. The entries' listing dates are learnt on the way: a year-less
dateline takes its year from them (:meth:`CenterinformSpider._date_hints`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from kznews.blocks import Blocked
from kznews.processors import detect_lang
from kznews.sites.centerinform.listing import (
    ListingEntry,
    legacy_links,
    oldest_first,
    parse_listing,
)
from kznews.sites.centerinform.outlet import article_id
from kznews.spiders.sections import Walk

logger = logging.getLogger("kznews.spiders.centerinform")

LISTING_PRIORITY = 10
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class ListingWalkMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`."""

    args: Any
    crawler: Any
    known: Any
    resuming: bool
    incremental: bool
    full_walk: bool
    overlap: int
    incomplete: bool
    walk_cut: bool
    pages_requested: int
    listings_outstanding: int
    first_listing_error: str
    listing_urls: set[str]
    legacy_urls: set[str]
    listed_ids: dict[str, tuple[str, int]]
    main_listed: dict[str, tuple[str, int]]
    listing_dates: dict[str, date]
    since_floor: int

    if TYPE_CHECKING:  # the spider's and the other mixins' (stubs here would shadow them)
        def _inc(self, key: str, count: int = 1) -> None: ...
        def _same_site(self, url: str) -> str | None: ...
        def _learn_date(self, aid: str, when: date) -> None: ...
        def closing(self) -> bool: ...
        def _after_block(self, failure: Any, request: scrapy.Request | None
                         ) -> scrapy.Request | None: ...
        def note_listed(self, aid: str) -> None: ...
        def release_for_listing(self) -> list[scrapy.Request]: ...
        def walk(self, section: str) -> Walk: ...
        def discover_feeds(self, response: Response | None) -> Iterator[scrapy.Request]: ...
        def learn_dates(self, response: Response, walk: Walk, day: str = "") -> None: ...
        def date_walk_next(self, section: str) -> scrapy.Request | None: ...
        def count_listing_request(self, url: str, section: str) -> None: ...
        def budget_left(self, section: str) -> int: ...
        def other_ways(self, response: Response, page: int, section: str,
                       reached: bool = False) -> Iterator[scrapy.Request]: ...
        def ways_after(self, section: str, failed: bool) -> Iterator[scrapy.Request]: ...
        def parse_date_page(self, response: Response, entries: list[ListingEntry],
                            section: str, day: str) -> Iterator[Any]: ...
        def open_sections(self, response: Response, section: str
                          ) -> tuple[list[scrapy.Request], bool]: ...
        def article_request(self, url: str, listing_date: date | None = None,
                            via: str = "listing", hop: int = 0, lang_hint: str | None = None,
                            late: bool = False) -> scrapy.Request | None: ...

    def listing_request(self, url: str, page: int, section: str = "", day: str = ""
                        ) -> scrapy.Request:
        # Listing pages first: they carry the dates that year-less datelines need.
        self.count_listing_request(url, section)
        # the main listing's requests stay as they were (a JOBDIR queue of an older run)
        kwargs: dict[str, Any] = {"page": page, **({"section": section} if section else {}),
                                  **({"day": day} if day else {})}
        return scrapy.Request(url, callback=self.parse_listing, errback=self.listing_failed,
                              cb_kwargs=kwargs, priority=LISTING_PRIORITY,
                              dont_filter=self.resuming)

    def next_listing(self, after: int, section: str = "") -> scrapy.Request | None:
        """The listing page after ``after`` in its section: the lowest page number seen in
        any of the section's paginations. ``max_pages`` bounds each section."""
        walk = self.walk(section)
        if self.budget_left(section) <= 0:
            if self.cut_by_max_pages(walk.stale_pages, any(
                    walk.page_links[n] not in self.listing_urls
                    for n in walk.page_numbers.irange(after, None, (False, True)))):
                self._inc("discovery/stopped/max_pages")
            return None
        for number in walk.page_numbers.irange(after, self.args.max_pages, (False, True)):
            if walk.page_links[number] not in self.listing_urls:
                return self.listing_request(walk.page_links[number], number, section)
        return None

    def cut_by_max_pages(self, stale: int, more: bool) -> bool:
        """Whether a listing walk (numbered pages, JSON pages, date-archive pages) that
        ``max_pages`` ends leaves pages no run may have read; if so the run ends
        ``finished:bounded``. ``stale``: the walk's last pages in a row holding nothing new;
        ``more``: a page the walk has not read is reachable past the bound.

        Pages past the bound may hold articles no run has read: the next run must not stop at
        its first page holding nothing new. A walk of every page (the run before left pages
        unread) passes that on whatever its last page held: the pages it left are still
        unread."""
        if more and (stale < self.overlap or self.full_walk):
            self.walk_cut = True
            return True
        return False

    def listing_failed(self, failure: Any) -> Iterator[Any]:
        """A listing page failed for good: the walk goes on with the next page, the run is
        incomplete. A page a protection answered for is first asked once more, as an article
        page is (``_after_block``): it stays outstanding until that answer."""
        request = getattr(failure, "request", None)
        if failure.check(Blocked):
            again = self._after_block(failure, request)
            if again is not None:
                yield again
                return
        self.listings_outstanding -= 1
        self.incomplete = True
        if not failure.check(Blocked):  # counted as blocked/<kind> or consent/failed
            self._inc("discovery/listing_failed")
            if may_answer_later(failure):  # its articles wait for the next run
                self._inc("discovery/listing_unread")
            if forbidden_by_robots(failure):  # the run's reason names it: no retry helps
                self._inc("discovery/listing_robots_forbidden")
            logger.warning("listing page failed: %s", failure_line(failure))
        page = request.cb_kwargs.get("page", 0) if request is not None else 0
        section = request.cb_kwargs.get("section", "") if request is not None else ""
        if page == 1 and not section:
            if not self.first_listing_error:  # the run's reason when it finds nothing
                self.first_listing_error = _listing_failure(failure)
            yield from self.discover_feeds(None)
        day = request.cb_kwargs.get("day", "") if request is not None else ""
        following = self.date_walk_next(section) if day else self.next_listing(page, section)
        if following:
            yield following
        elif self.walk(section).owner is not None:  # a listing walked in another's place
            yield from self.ways_after(str(self.walk(section).owner), True)
        yield from self.release_for_listing()

    def parse_listing(self, response: Response, page: int, section: str = "", day: str = ""
                      ) -> Iterator[Any]:
        # The page counts as outstanding until its callback is done: the article requests
        # it yields may be fetched and parsed before the next listing page is asked for, and
        # a year-less dateline must then wait for the walk, not guess from neighbouring ids.
        try:
            yield from self._read_listing(response, page, section, day)
        finally:
            self.listings_outstanding -= 1
        yield from self.release_for_listing()  # related links the walk has now reached

    def _read_listing(self, response: Response, page: int, section: str, day: str
                      ) -> Iterator[Any]:
        self._inc("discovery/listing_pages")
        if not isinstance(response, scrapy.http.TextResponse):
            self._inc("discovery/listing_not_text")
            return
        walk = self.walk(section)
        # response.text: the body read with its (repaired) charset, not assumed to be UTF-8
        entries, pages = parse_listing(response.text, response.url, walk.root, page,
                                       walk.ascending)
        yield from self._legacy_requests(response)
        if day:  # a page of the date archive (kznews.spiders.datewalk)
            yield from self.parse_date_page(response, entries, section, day)
            return
        if page == 1:
            self.learn_dates(response, walk)
            if not section:
                yield from self.discover_feeds(response)
            others, foreign = self.open_sections(response, section)
            yield from others
            if foreign:  # a section of a language not kept: its links are not fetched
                self._inc("discovery/sections/skipped_lang")
                return
        # Only articles that other listing pages showed: a page past the end. (The same page
        # read again, as a resumed crawl does, is not.)
        here = (section, page)
        for entry in entries:
            self.listed_ids.setdefault(entry.id, here)
        for url, number in pages:
            same = self._same_site(url)
            if same and number not in walk.page_links:
                walk.page_links[number] = same
                walk.page_numbers.add(number)
        # The list itself: dated entries once any page had them (undated ones are sidebars
        # such as "popular", the same or random on every page).
        walk.had_dates = walk.had_dates or any(e.shows_date for e in entries)
        main = frozenset(e.id for e in entries if e.shows_date or not walk.had_dates)
        # Only entries of the list that earlier pages listed: a page past the end. A sidebar
        # of the newest stories on every page lists the next pages' news first, so what it
        # showed counts for no page. (The first page of a listing walked in another's place
        # may show the very news the start page showed: it is no page past the end.)
        repeated = bool(main) and not (page == 1 and walk.owner is not None) \
            and all(self.main_listed.get(aid, here) != here for aid in main)
        for aid in main:
            self.main_listed.setdefault(aid, here)
        if not main:
            yield from self._empty_listing(response, page, walk, section)
            return
        repeated = repeated or main in walk.sets  # the same list again: done
        walk.sets.add(main)
        if repeated:
            onwards = self._read_on(response, page, walk, section, "repeats earlier pages",
                                    "repeat_retry")
            if onwards is not None:
                yield onwards
                return
        else:
            walk.skipped_empty = False
            walk.linked_to = max([walk.linked_to, *(number for _, number in pages)])
        if walk.ascending is None:
            walk.ascending = oldest_first([e for e in entries if e.id in main])
        counts = [0, 0, 0]  # older than `since`, due, closing
        yield from self._entry_requests(entries, counts)
        older, fresh, closing = counts
        if closing:
            return
        dated = sum(1 for e in entries if e.listing_date)
        # Undated links are sidebars ("popular"), not the list. A list shown oldest first
        # has the news `since` asks for further on: it is read to its end (`max_pages`).
        if dated and older == dated and not walk.ascending:
            self._inc("discovery/stopped/since")
            # Older pages stay unread: a later run without `since` must not stop at its
            # first page holding nothing new.
            self.walk_cut = True
            return  # the whole page is older than `since`: nothing newer further on
        if repeated:
            # Only articles earlier listing pages showed: a page past the end (an endless
            # ?page=N). The walk ends here.
            self._inc("discovery/stopped/repeated_listing")
            logger.info("listing page %s repeats earlier pages: stop paging", response.url)
            return
        walk.stale_pages = walk.stale_pages + 1 if entries and not fresh else 0
        if self.incremental and not self.full_walk and not walk.ascending \
                and walk.stale_pages >= self.overlap:
            self._inc("discovery/stopped/nothing_new")
            logger.info("listing page %d holds nothing new: stop paging", page)
            return
        following = self.next_listing(page, section)
        if following:
            yield following
        else:  # its JSON listing, other listings of the site, its date archive
            yield from self.other_ways(response, page, section, reached=older > 0)

    def _entry_requests(self, entries: list[ListingEntry], counts: list[int]
                        ) -> Iterator[scrapy.Request]:
        """The article requests of a listing page's entries, each as soon as it is made;
        ``counts``: how many entries are older than ``since``, how many are due, and 1 when
        the crawl is closing."""
        for entry in entries:
            if self.closing():  # a listing of 100k links must not hold up Ctrl-C
                self._inc("discovery/stopped/closing")
                counts[2] = 1
                return
            if entry.listing_date:
                self._note_newest(entry.listing_date)
            if self.args.since and entry.listing_date and entry.listing_date < self.args.since:
                counts[0] += 1
                self._inc("discovery/skipped/since")
                # ids grow with time: ids up to this one are older than `since` too
                self.since_floor = max(self.since_floor, int(entry.id[1:]))
                continue
            if entry.listing_date:
                self.listing_dates.setdefault(entry.id, entry.listing_date)
                self._learn_date(entry.id, entry.listing_date)
                self.note_listed(entry.id)
            counts[1] += self.known.is_due(entry.id)
            req = self.article_request(entry.url, entry.listing_date,
                                       lang_hint=detect_lang(entry.title))
            if req:
                yield req

    def _legacy_requests(self, response: Response) -> Iterator[scrapy.Request]:
        """A request for each entry the listing links by an older address form
        (``/index.php?id=24703``), not to be followed: where it redirects names the article
        (``parse_legacy``). Its number is never taken for the article's id."""
        for url, listing_date in legacy_links(response.text, response.url):
            same = self._same_site(url)
            if not same or same in self.legacy_urls:
                continue
            self.legacy_urls.add(same)
            self._inc("discovery/legacy/links")
            yield scrapy.Request(same, callback=self.parse_legacy, errback=self.legacy_failed,
                                 cb_kwargs={"listing_date": listing_date},
                                 meta={"dont_redirect": True,
                                       "handle_httpstatus_list": list(REDIRECTS)},
                                 dont_filter=self.resuming)

    def parse_legacy(self, response: Response, listing_date: date | None = None
                     ) -> Iterator[scrapy.Request]:
        """The article an older address redirects to, requested as a listed one; an
        address answered otherwise (no redirect, a redirect to no article) is counted."""
        target = response.headers.get("Location") if response.status in REDIRECTS else None
        url = response.urljoin(target.decode("latin-1")) if target else ""
        if not url or not article_id(url):
            self._inc("discovery/legacy/unresolved")
            logger.info("listed address %s names no article (HTTP %d)", response.url,
                        response.status)
            return
        self._inc("discovery/legacy/resolved")
        req = self.article_request(url, listing_date)  # None: already requested, or out of bounds
        if req is not None:
            yield req

    def legacy_failed(self, failure: Any) -> None:
        self._inc("discovery/legacy/failed")
        logger.info("listed address failed: %s", failure.getErrorMessage()[:200])

    def _note_newest(self, when: date) -> None:
        """The newest listing date seen: the monitors' answer to "why 0 articles?"."""
        stats = self.crawler.stats if self.crawler else None
        if stats is not None and str(stats.get_value("discovery/newest_listed", "")) \
                < when.isoformat():
            stats.set_value("discovery/newest_listed", when.isoformat())

    def _empty_listing(self, response: Response, page: int, walk: Walk, section: str = ""
                       ) -> Iterator[Any]:
        """A listing page without list entries: read once more (a fault may pass), then
        the end of the listing."""
        self._inc("discovery/empty_listing")
        if not response.meta.get("empty_retry") and response.request is not None:
            self.count_listing_request(response.url, section)
            yield response.request.replace(dont_filter=True, meta={"empty_retry": True})
            return
        onwards = self._read_on(response, page, walk, section, "holds no article links",
                                "empty_retry")
        if onwards is not None:
            yield onwards
            return
        # a date archive's first page may show no news of its own
        following = list(self.other_ways(response, page, section))
        if following:
            yield from following
            return
        self._inc("discovery/stopped/empty_listing")
        log = logger.info if walk.had_dates or page > 1 else logger.warning
        log("listing page %s holds no article links: end of the listing", response.url)

    def _read_on(self, response: Response, page: int, walk: Walk, section: str, what: str,
                 retry_key: str) -> scrapy.Request | None:
        """A page inside the listing that comes back empty, or showing only what earlier
        pages showed, while the pager of a page holding entries linked pages after it (a cache
        or database fault on the site) is no end: it is read once more, then the walk goes on
        to the next linked page and the run is incomplete, so the next run reads this page
        again. Two such pages in a row end the walk; so does one past the last page any such
        pager linked. None: the walk ends here."""
        if page <= 1 or walk.skipped_empty or page >= walk.linked_to:
            return None
        if not response.meta.get(retry_key) and response.request is not None:
            self.count_listing_request(response.url, section)
            return response.request.replace(dont_filter=True, meta={retry_key: True})
        following = self.next_listing(page, section)
        if following is None:
            return None
        walk.skipped_empty = True
        self.incomplete = True
        self._inc("discovery/faulty_listing_skipped")
        logger.warning("listing page %s %s though the pager links later pages: reading on",
                       response.url, what)
        return following


def forbidden_by_robots(failure: Any) -> bool:
    """Scrapy's robots.txt middleware refused the request (``ROBOTSTXT_OBEY``): the site's
    robots.txt disallows the URL for the crawl's User-Agent."""
    return bool(failure.check(IgnoreRequest)) and "robots.txt" in failure.getErrorMessage()


def _listing_failure(failure: Any) -> str:
    """``failure_line``, with the status a listing page was answered with when that is why it
    failed (``…/about/novosti: HTTP 404``)."""
    response = getattr(failure.value, "response", None)
    request = getattr(failure, "request", None)
    if isinstance(response, Response) and request is not None:
        return f"{request.url}: HTTP {response.status}"[:300]
    return failure_line(failure)


def may_answer_later(failure: Any) -> bool:
    """Whether a page that failed may answer the next run (a 5xx, a timeout, a reset); a 4xx,
    a robots.txt refusal or another ignored request will not change by asking again.
    (HttpError is an IgnoreRequest: its status decides.)"""
    if failure.check(HttpError):
        return bool(failure.value.response.status >= 500)
    return not failure.check(IgnoreRequest)


def failure_line(failure: Any, limit: int = 300) -> str:
    """Which page failed and why, on one bounded line: some failures have no message at all
    (a download cancelled for its size), others name no URL ("Ignoring non-200 response")."""
    request = getattr(failure, "request", None)
    url = request.url if request is not None else "?"
    why = " ".join(failure.getErrorMessage().split()) or failure.type.__name__
    if url not in why:
        why = f"{url}: {why}"
    return why if len(why) <= limit else why[:limit] + "…"
