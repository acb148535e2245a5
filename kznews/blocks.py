"""Knowing when the outlet says no: challenge, captcha and WAF pages (docs/POLITENESS.md).

:func:`classify` names the protection behind a response, from the one marker table below.
:class:`BlockGuard` (a downloader middleware the :mod:`kznews.politeness` add-on installs)
turns such a response into a :class:`Blocked` failure — never parsed, never stored, so the
next run fetches the page — counts it as ``blocked/<kind>``, backs off exponentially while
blocks follow one another, and after ``KZNEWS_BLOCK_LIMIT`` in a row stops the crawl with
one line: nothing more is sent to the outlet, articles already parsed are still exported, and
the crawl closes with finish reason ``blocked``; ``scrapy crawl`` exits with ``EXIT_BLOCKED``.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy import Request, signals
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from twisted.python.failure import Failure

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

EXIT_BLOCKED = 4
_STOPPED: list[str] = []
# Sent (kind=, url=) when this crawl's own guard stops it, so that peers sharing the crawl
# (distributed mode, kznews.redis) can be told.
block_stopped = object()
_ENTERED = "kznews_block_entered"  # n: the n-th request into this crawl's downloader
_SENT = "kznews_block_sent"  # n: the n-th request to leave a downloader slot's queue
_GUARD_ATTR = "kznews_block_guard"  # the crawler's BlockGuard, for the scheduler's questions

# Statuses a protection answers with: 401 (Qrator's fingerprint check), 403 (challenge or
# ban), 429 and 503 (rate limit, "under attack" pages). A 429/503 *without* a marker is left
# to the retry middleware: an overloaded server answers like that too.
BLOCK_STATUSES = frozenset({401, 403, 429, 503})
# A 200 counts only with a marker that appears on interstitial pages alone, and only when
# the page is interstitial-sized: a real page may carry a vendor's beacon or a comment
# form's captcha, and a whole article is no challenge.
INTERSTITIAL_MAX = 64 * 1024
SCAN = 64 * 1024  # bytes of a body searched for markers
# A page that refreshes itself (a meta tag or a Refresh header) may be followed by the refresh
# middleware before the guard sees it: such a block is read where it arrives, not as it is
# downloaded.
_META_REFRESH = re.compile(rb"http-equiv\s*=\s*[\"']?refresh", re.IGNORECASE)


@dataclass(frozen=True)
class Marker:
    kind: str  # the counter: blocked/<kind>
    where: str  # "title", "body", "cookie" (Set-Cookie names) or "header:<name>"
    pattern: re.Pattern[str]
    on_200: bool  # strong enough to call a 200 page a block
    # A pattern every match of ``pattern`` contains a match of, tried first: a leading \b
    # keeps the regex engine from skipping ahead, and every article page is searched.
    needle: re.Pattern[str] | None = None

    def search(self, text: str) -> bool:
        if self.needle is not None and not self.needle.search(text):
            return False
        return self.pattern.search(text) is not None


def _m(kind: str, where: str, pattern: str, on_200: bool = False, needle: str | None = None
       ) -> Marker:
    return Marker(kind, where, re.compile(pattern, re.I), on_200,
                  re.compile(needle, re.I) if needle else None)


# The marker table: vendors first, generic last; the first match names the kind. Sources:
# Cloudflare's "Detect a Challenge Page response" (cf-mitigated: challenge) and the
# _cf_chl_opt / __cf_chl_* / challenge-platform strings of its interstitials; DDoS-Guard's
# `Server: ddos-guard`, __ddg* cookies and its check page title; Qrator's documented 401
# fingerprint page and 403 ban; Variti by name; captcha widgets by their class names.
MARKERS: tuple[Marker, ...] = (
    _m("cloudflare", "header:cf-mitigated", r"^challenge$", on_200=True),
    _m("cloudflare", "title", r"^\s*just a moment\.\.\.|attention required! \| cloudflare",
       on_200=True),
    _m("cloudflare", "body", r"\b_cf_chl_opt\b|__cf_chl_|\bcf-browser-verification\b|"
       r"\bcf-challenge-running\b", on_200=True, needle=r"cf[-_]"),
    # Ambient on ordinary Cloudflare pages (the bot-detection beacon): only with a block status.
    _m("cloudflare", "body", r"/cdn-cgi/challenge-platform/"),
    _m("cloudflare", "header:server", r"^cloudflare"),
    _m("ddos-guard", "title", r"ddos-guard", on_200=True),
    _m("ddos-guard", "header:server", r"ddos-guard"),
    _m("ddos-guard", "cookie", r"^__ddg\d+"),
    _m("ddos-guard", "body", r"ddos-guard|\bid=[\"']?link-ddg\b|\bddg-captcha\b"),
    _m("qrator", "header:server", r"qrator"),
    _m("qrator", "body", r"qrator"),
    _m("variti", "header:server", r"variti"),
    _m("variti", "body", r"variti"),
    _m("captcha", "title", r"captcha|are you a robot|не робот|robot check", on_200=True),
    _m("captcha", "body", r"\bg-recaptcha\b|\bh-captcha\b|\bcf-turnstile\b|\bsmart-captcha\b|"
       r"smartcaptcha\.yandexcloud\.net"),
    _m("challenge", "title", r"checking your browser|проверка браузера|browser check|"
       r"ddos protection|ddos-защит", on_200=True),
    _m("challenge", "body", r"checking your browser|проверка браузера|"
       r"enable javascript and cookies to continue|"
       r"включите javascript|document\.cookie\s*=[\s\S]{0,400}?location\.(?:reload|href|replace)"),
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.I | re.S)


class _SendingQueue(deque[Any]):
    """A downloader slot's queue that numbers each request as the slot sends it (Scrapy
    takes the next request to download with ``popleft``) and counts it as in transfer at
    once. Under the asyncio reactor Scrapy starts the download as a task, which marks the
    request as transferring only once it runs: its loop sending "while the queue is not empty
    and the slot has free transfer slots" then sent the whole queue at once (14 in flight were
    seen on a host allowed 8).

    During a block streak the queue reads as empty to that loop while a request sent into the
    streak is still in transfer: the host is asked one page at a time, however slowly its
    blocks arrive, and pages sent before the streak (a slow body still arriving) hold nothing
    up. The loop is run again as each transfer ends."""

    def __init__(self, guard: BlockGuard, slot: Any, items: Any = ()) -> None:
        super().__init__(items)
        self.guard = guard
        self.slot = slot

    def popleft(self) -> Any:
        item = super().popleft()
        self.guard.sent += 1
        request = item[0] if isinstance(item, tuple) and item else None
        if isinstance(request, Request):
            request.meta[_SENT] = self.guard.sent
            # the download adds it again (a set) and removes it once answered or failed
            self.slot.transferring.add(request)
        return item

    def __bool__(self) -> bool:
        return len(self) > 0 and not self.guard.probing(self.slot)


class Blocked(Exception):  # noqa: N818 - reads as "the request was Blocked"
    """A page the outlet's protection answered instead of the page; the next run fetches it.

    Not an IgnoreRequest: the spider must treat the run as incomplete."""

    def __init__(self, kind: str, url: str, status: int | None = None) -> None:
        self.kind, self.url, self.status = kind, url, status
        super().__init__(f"blocked by {kind}" + (f" ({status})" if status else "") + f": {url}")


def _headers(headers: Any) -> Mapping[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, values in (headers or {}).items():
        key = (name.decode("latin-1") if isinstance(name, bytes) else str(name)).lower()
        vals = values if isinstance(values, list) else [values]
        out[key] = [v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in vals]
    return out


def _texts(marker: Marker, headers: Mapping[str, list[str]], body: str, title: str
           ) -> list[str]:
    if marker.where == "title":
        return [title]
    if marker.where == "body":
        return [body]
    if marker.where == "cookie":
        return [c.split("=", 1)[0].strip() for c in headers.get("set-cookie", [])]
    return headers.get(marker.where.split(":", 1)[1], [])


def classify(status: int, headers: Any, body: bytes | str) -> str | None:
    """The kind of protection page this response is (``cloudflare``, ``ddos-guard``,
    ``qrator``, ``variti``, ``captcha``, ``challenge``, ``forbidden``), or None."""
    if status != 200 and status not in BLOCK_STATUSES:
        return None
    heads = _headers(headers)
    raw = body if isinstance(body, str) else body[:SCAN].decode("utf-8", "replace")
    text = raw[:SCAN]
    found = _TITLE.search(text)
    title = re.sub(r"\s+", " ", found.group(1)).strip() if found else ""
    small = len(body) <= INTERSTITIAL_MAX
    for marker in MARKERS:
        if status == 200 and not marker.on_200:
            continue
        if status == 200 and not small and not marker.where.startswith("header:"):
            continue
        if any(marker.search(t) for t in _texts(marker, heads, text, title)):
            return marker.kind
    return "forbidden" if status == 403 else None


def _segment(request: Request) -> str:
    """The first segment of a request's path (``news`` of ``/news/slug-u1``): the unit a
    protection's path rules usually name."""
    path = urlparse_cached(request).path
    return path.lstrip("/").split("/", 1)[0]


def guard_for(crawler: Crawler) -> BlockGuard | None:
    """The crawl's block guard (None when the politeness add-on did not install one)."""
    guard = getattr(crawler, _GUARD_ATTR, None)
    return guard if isinstance(guard, BlockGuard) else None


def stopped_runs() -> list[str]:
    """The stop lines of crawls of this process that a block ended."""
    return list(_STOPPED)


class BlockGuard:
    """Downloader middleware: blocks counted, backed off, and past the limit, the crawl ends.

    Settings: ``KZNEWS_BLOCK_LIMIT`` [5] blocks in a row end the crawl — the first, and
    those of requests sent after it (pages already in flight when it came are answered as it
    was, and tell nothing new); ``KZNEWS_BLOCK_BACKOFF`` [2 s] the wait after the first,
    doubled after each further one, up to ``KZNEWS_BLOCK_BACKOFF_MAX`` [60 s], with one
    request of the streak at a time to the host. A page that is not a block, asked for after
    the streak began, restores the pace. The limit also ends the crawl when it is reached by
    the blocks of one first path segment (``/news/…``) that only a page of that segment
    interrupts: a protection blocking the articles and letting the listing through.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.limit = max(1, settings.getint("KZNEWS_BLOCK_LIMIT", 5))
        self.backoff = settings.getfloat("KZNEWS_BLOCK_BACKOFF", 2.0)
        self.backoff_max = settings.getfloat("KZNEWS_BLOCK_BACKOFF_MAX", 60.0)
        self.in_row = 0
        # Requests are numbered as they enter the downloader (before any slot queue), so
        # "sent after the streak began" is decided by order, not by clocks: a response's
        # download_latency ends when its headers arrive, and a body that trickles in (or a
        # busy reactor) would make a page sent before the block look sent after it.
        self.entered = 0
        self.streak_began = 0  # the number of requests that had entered at the first block
        # ... and, where the slot's queue could be watched, the order they were sent in: a
        # request waits in its slot's queue (the back-off's raised delay holds it there) and
        # one sent after the streak began says the outlet answers again, however early it
        # entered
        self.sent = 0
        self.streak_began_sent = 0
        self.answered = 0  # responses from the outlet: requests it has seen from this run
        # A protection may block some paths only (a WAF rule on the articles' `/news/`, the
        # listing let through): each first path segment keeps a streak of its own, which only
        # a page of that segment ends, else the listing pages between blocked articles reset
        # the streak and a listing of a story or two a page sent every article into the block.
        # segment -> [blocks in a row, requests entered, requests sent at its first block]
        self.path_streaks: dict[str, list[int]] = {}
        self.stopping = False
        self.saved_delays: dict[str, float] = {}  # slot -> its delay before the backoff
        # blocks read as they were downloaded (see `_downloaded`) -> their kind, until their
        # response reaches `process_response`
        self.read_early: WeakKeyDictionary[Request, str] = WeakKeyDictionary()
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self._downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self._reached, signal=signals.request_reached_downloader)
        setattr(crawler, _GUARD_ATTR, self)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BlockGuard:
        return cls(crawler)

    def _inc(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)

    def process_request(self, request: Request) -> None:
        # After the stop nothing more goes to the outlet: what is still scheduled fails here,
        # at once (the next run fetches it). data: requests (the spider's own hand-off of
        # articles waiting for their translation) still run, so nothing parsed is lost.
        if urlparse_cached(request).scheme not in ("http", "https"):
            return
        if self.stopping:
            self._inc("blocked/not_sent")
            raise Blocked("stopped", request.url)
        self.entered += 1
        request.meta[_ENTERED] = self.entered

    def spider_idle(self) -> None:
        if self.stopping:
            raise CloseSpider("blocked")

    def process_response(self, request: Request, response: Response) -> Response:
        if urlparse_cached(request).scheme not in ("http", "https"):
            return response
        kind = self.read_early.pop(request, None)
        if kind is None:
            self.answered += 1
            kind = classify(response.status, response.headers, response.body)
            if kind is None:
                self._answered_well(request)
                return response
            if kind == "forbidden" and request.meta.get("discovery"):
                # A plain 403 (no protection's marks) on a sitemap or feed is that file
                # forbidden (a server rule on /sitemaps/), not the outlet refusing the crawl:
                # the discovery source fails on its own and the listing is walked as ever.
                # Counted as blocks, a sitemap index of forbidden children stopped the crawl
                # before any article.
                return response
            self._count_block(request, response, kind)
        if urlparse_cached(request).path == "/robots.txt":
            # Quietly: Scrapy's robots.txt middleware logs a traceback for anything else, and
            # then crawls without robots.txt rules, as for an unreachable one.
            raise IgnoreRequest(f"robots.txt blocked by {kind}")
        raise Blocked(kind, response.url, response.status)

    def _downloaded(self, response: Response, request: Request, spider: Any = None) -> None:
        """A response has just been downloaded and its slot is about to send the next request:
        a block answered with an error status is counted now. Read only when it reaches
        :meth:`process_response`, the blocks of the pages in flight beside it freed their
        transfer slots first under load, each sending one more page into the block (15
        requests past a block at limit 5 where 14 was the bound). A 200 interstitial, a
        compressed body and a page that refreshes itself are still read there: a middleware
        between the two (consent, decoding, meta refresh) may answer them first."""
        if response.status not in BLOCK_STATUSES or request in self.read_early or \
                urlparse_cached(request).scheme not in ("http", "https"):
            return
        encoding = response.headers.get(b"Content-Encoding") or b""
        if encoding.strip().lower() not in (b"", b"identity") or b"Refresh" in response.headers \
                or _META_REFRESH.search(response.body, 0, SCAN):
            return
        kind = classify(response.status, response.headers, response.body)
        if kind is None or (kind == "forbidden" and request.meta.get("discovery")):
            return
        self.answered += 1
        self.read_early[request] = kind
        self._count_block(request, response, kind)

    def _answered_well(self, request: Request) -> None:
        """A page that is no block: it ends its path's streak, and the host's, when it was
        sent after the streak began."""
        segment = _segment(request)
        path_streak = self.path_streaks.get(segment)
        if path_streak and self._sent_since(request, path_streak[1], path_streak[2]):
            del self.path_streaks[segment]
        if self.in_row and not self.stopping and self._sent_since_streak(request):
            self._recovered(request)

    def _count_block(self, request: Request, response: Response, kind: str) -> None:
        """One block: the streaks lengthened, then a back-off, or past the limit the stop."""
        self._inc("blocked/pages")
        self._inc(f"blocked/{kind}")
        if not self.in_row:
            self.streak_began = self.entered
            self.streak_began_sent = self.sent
            self.in_row = 1
        elif self._sent_since_streak(request):
            self.in_row += 1
        # else: sent before the streak's first block, so it says no more about the outlet
        # than that block did (a CDN checking some first visits answers several pages in
        # flight at once); only requests sent into the streak lengthen it
        segment = _segment(request)
        path_streak = self.path_streaks.get(segment)
        if path_streak is None:
            self.path_streaks[segment] = [1, self.entered, self.sent]
        elif self._sent_since(request, path_streak[1], path_streak[2]):
            path_streak[0] += 1
        if self.stopping:
            pass
        elif self.in_row >= self.limit or self.path_streaks[segment][0] >= self.limit:
            self._stop(kind, response.url)
        else:
            self._back_off(request, kind, response)

    # -- backing off -------------------------------------------------------------------------
    def _slot(self, request: Request) -> tuple[str, Any]:
        engine = self.crawler.engine
        key = request.meta.get("download_slot")
        if engine is None or key is None:
            return "", None
        return key, engine.downloader.slots.get(key)

    def _back_off(self, request: Request, kind: str, response: Response) -> None:
        wait = min(self.backoff_max, self.backoff * 2 ** (self.in_row - 1))
        key, slot = self._slot(request)
        logger.debug("blocked by %s (%d) at %s: %d in a row, next request in %g s", kind,
                     response.status, response.url, self.in_row, wait)
        if slot is None:
            return
        # The slot waits `delay` after its last request before sending the next one; a raised
        # delay also holds back a request already waiting for the old one. A raised delay
        # alone lets the slot send again while earlier blocks are still in transfer (an outlet
        # slow to answer them): the sending queue holds the next one back (`probing`).
        self.saved_delays.setdefault(key, slot.delay)
        slot.delay = max(slot.delay, wait)

    def _reached(self, request: Request, spider: Any = None) -> None:
        """A request reached the downloader (its slot is made, it is about to be queued):
        the slot's queue numbers what it sends from now on."""
        key = request.meta.get("download_slot")
        engine = self.crawler.engine
        slot = engine.downloader.slots.get(key) if engine is not None and key else None
        if slot is not None and not isinstance(slot.queue, _SendingQueue):
            slot.queue = _SendingQueue(self, slot, slot.queue)

    def probing(self, slot: Any) -> bool:
        """Whether a request sent into the current streak is still in transfer on ``slot``:
        the next waits for its answer."""
        if not self.in_row or self.stopping:
            return False
        began = self.streak_began_sent
        return any(isinstance(sent := r.meta.get(_SENT), int) and sent > began
                   for r in getattr(slot, "transferring", ()))

    def _sent_since_streak(self, request: Request) -> bool:
        """Whether the request was sent after the streak's first block: a page sent before it
        says nothing about the outlet answering again."""
        return self._sent_since(request, self.streak_began, self.streak_began_sent)

    @staticmethod
    def _sent_since(request: Request, entered: int, sent_before: int) -> bool:
        """Whether the request was sent after a streak's first block, when ``entered``
        requests had entered the downloader and ``sent_before`` had been sent (its slot's queue
        numbers sends; where no queue was watched, whether it entered the downloader after
        it). A request this guard did not number (answered before reaching it) proves
        nothing."""
        sent = request.meta.get(_SENT)
        if isinstance(sent, int):
            return sent > sent_before
        mark = request.meta.get(_ENTERED)
        return isinstance(mark, int) and mark > entered

    def _recovered(self, request: Request) -> None:
        logger.info("the outlet answers again after %d blocked page(s)", self.in_row)
        self.in_row = 0
        key, slot = self._slot(request)
        saved = self.saved_delays.pop(key, None)
        if slot is not None and saved is not None:
            slot.delay = saved

    # -- stopping ----------------------------------------------------------------------------
    def _stop(self, kind: str, url: str, own: bool = True) -> None:
        self.stopping = True
        stats = self.crawler.stats
        line = f"blocked by {kind} at {url} after {self.answered} requests; next run resumes"
        _STOPPED.append(line)
        logger.error(line)
        if stats is not None:
            stats.set_value("blocked/stopped", line)
        self._drop_queued()
        if own:
            self.crawler.signals.send_catch_log(block_stopped, kind=kind, url=url)

    def stop_for_peer(self, kind: str, url: str) -> None:
        """Another process of the same crawl was stopped by a block: this one stops too,
        with the same line and exit status, before its own requests meet the block."""
        if self.stopping:
            return
        self._inc("blocked/stopped_by_peer")
        self._stop(kind, url, own=False)

    def _drop_queued(self) -> None:
        """Requests already waiting in a downloader slot (past :meth:`process_request`) are
        failed, not sent."""
        engine = self.crawler.engine
        if engine is None:
            return
        dropped = 0
        for slot in engine.downloader.slots.values():
            while len(slot.queue):
                # not the sending queue's popleft: these are never sent
                request, waiting = deque.popleft(slot.queue)
                waiting.errback(Failure(Blocked("stopped", request.url)))
                dropped += 1
            slot.delay = 0.0  # nothing queued any more: let the engine close at once
        if dropped:
            self._inc("blocked/not_sent", dropped)
