"""Downloader middlewares that keep a crawl of ic24.kz whole on a misbehaving server.

* :class:`BackoffRetryMiddleware` replaces Scrapy's RetryMiddleware: the same retry codes and
  exceptions, but each retry waits (on the asyncio loop, never blocking it) for an exponential
  backoff or the server's ``Retry-After``, whichever is longer (a ``Retry-After`` beyond
  ``KZNEWS_RETRY_AFTER_MAX`` gives the page up at once); and an HTML page that arrived
  empty or cut off (no ``</html>`` and no way to tell it is complete) is retried too, then
  dropped with a counted reason rather than parsed as a short article; so is a ``304 Not
  Modified`` to a request that named no version to compare with (no ``If-None-Match`` or
  ``If-Modified-Since``): there is nothing it could mean "unchanged" from, and it was taken
  for a known article found unchanged, the page lost with nothing counted.
* :class:`CharsetMiddleware` repairs the encoding of pages whose label lies: cp1251 bytes
  labelled UTF-8, UTF-8 bytes labelled cp1251, cp1251 with no label at all.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import logging
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.misc import load_object
from scrapy.utils.response import response_status_message
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
)

from kznews.cutpage import cut_at, ends_cut

__all__ = ["BadPageError", "RetryAfterTooLong", "body_problem", "ends_cut", "parse_retry_after"]

logger = logging.getLogger(__name__)

CLOSING_TAG = re.compile(rb"</html\s*>", re.I)
OPENING_TAG = re.compile(rb"<(?:!doctype|html|head|body)[\s>/]", re.I)
UNCLOSED_META = "kznews_unclosed_sha"


class BadPageError(IgnoreRequest):
    """A page that came empty or cut off on every attempt (already counted as ``drop/…``)."""


class RetryAfterTooLong(BadPageError):
    """A server asked, by its ``Retry-After``, for a longer wait than ``KZNEWS_RETRY_AFTER_MAX``:
    the page is given up at once (counted as ``drop/retry_after``), not waited on in its slot."""


def parse_retry_after(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), or None."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


CONDITIONAL = (b"If-None-Match", b"If-Modified-Since")


def unasked_304(request: Request, response: Response) -> bool:
    """A 304 to a request that asked for no comparison: no page, and no known version."""
    return response.status == 304 and not any(h in request.headers for h in CONDITIONAL)


def body_problem(response: Response) -> str | None:
    """Why an HTML 200 cannot be trusted as a whole page: ``empty``, ``unclosed``, or None."""
    if response.status != 200 or not isinstance(response, HtmlResponse):
        return None
    body = response.body
    if not body.strip():
        return "empty"
    if "truncated" in response.flags:  # a compressed stream cut short (kznews.encoding)
        return "unclosed"
    # A chunk of markup (what a "load more" button fetches) never opened a document, so no
    # missing </html> can show it cut off; only a Content-Length short of the header can.
    if not CLOSING_TAG.search(body[-4096:]) and OPENING_TAG.search(body[:4096]):
        return "unclosed"
    return None


# what each kind of bad answer was, in the line that gives the page up
PROBLEMS = {"empty": "empty", "unclosed": "without its end (</html>)",
            "not_modified": "as 304 Not Modified though the request named no version to "
                            "compare with (no If-None-Match or If-Modified-Since)"}


class BackoffRetryMiddleware:
    """Scrapy's retry (``RETRY_TIMES``, ``RETRY_HTTP_CODES``, ``RETRY_EXCEPTIONS``, the
    ``dont_retry``/``max_retry_times`` meta keys, the ``retry/*`` stats), with a wait before
    each retry and checks for empty or cut-off pages.

    Settings: ``KZNEWS_RETRY_BACKOFF`` (first wait, seconds; doubled each retry),
    ``KZNEWS_RETRY_MAX_DELAY`` (cap of the backoff), ``KZNEWS_RETRY_AFTER_MAX`` (the longest
    ``Retry-After`` waited for; a longer one gives the page up at once).
    """

    crawler: Crawler

    def __init__(self, settings: Any) -> None:
        if not settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        self.max_retry_times = settings.getint("RETRY_TIMES")
        self.retry_http_codes = {int(x) for x in settings.getlist("RETRY_HTTP_CODES")}
        self.priority_adjust = settings.getint("RETRY_PRIORITY_ADJUST")
        self.exceptions_to_retry = tuple(
            load_object(x) if isinstance(x, str) else x
            for x in settings.getlist("RETRY_EXCEPTIONS"))
        self.backoff = settings.getfloat("KZNEWS_RETRY_BACKOFF", 0.5)
        self.max_delay = settings.getfloat("KZNEWS_RETRY_MAX_DELAY", 30.0)
        self.retry_after_max = settings.getfloat("KZNEWS_RETRY_AFTER_MAX", 120.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        mw = cls(crawler.settings)
        mw.crawler = crawler
        return mw

    def _inc(self, key: str, count: int = 1) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(key, count)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False):
            return response
        if response.status in self.retry_http_codes:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > self.retry_after_max:
                self._give_up(response, retry_after)
            new = self._retry(request, response_status_message(response.status))
            if new is None:
                return response  # given up: HttpErrorMiddleware drops it, counted by Scrapy
            await self._wait(new, retry_after)
            return new
        problem = "not_modified" if unasked_304(request, response) else body_problem(response)
        if problem is None:
            return response
        sha = hashlib.sha256(response.body).hexdigest()
        if problem == "unclosed" and "partial" not in response.flags \
                and request.meta.get(UNCLOSED_META) == sha:
            # Sent whole (its Content-Length matched) twice, byte for byte: that is the page,
            # unless it stops mid-text: then the server's Content-Length is short of its page.
            cut = cut_at(response.body)
            if cut is not None:
                self._inc("drop/cut_page")
                logger.warning("dropped %s: the page stops %s at its Content-Length "
                               "(%d bytes), twice alike", response.url, cut, len(response.body))
                raise BadPageError(f"cut page: {response.url}")
            self._inc("kznews/unclosed_accepted")
            return response
        new = self._retry(request, f"{problem} page")
        if new is None:
            self._inc(f"drop/{problem}_page")
            logger.warning("dropped %s: the page came %s on every attempt", response.url,
                           PROBLEMS[problem])
            raise BadPageError(f"{problem} page: {response.url}")
        new.meta[UNCLOSED_META] = sha
        await self._wait(new, None)
        return new

    async def process_exception(self, request: Request, exception: Exception
                                ) -> Request | Response | None:
        if not isinstance(exception, self.exceptions_to_retry) or \
                request.meta.get("dont_retry", False):
            return None
        new = self._retry(request, exception)
        if new is not None:
            await self._wait(new, None)
        return new

    def _retry(self, request: Request, reason: str | Exception) -> Request | None:
        assert self.crawler.spider is not None
        return get_retry_request(
            request, spider=self.crawler.spider, reason=reason,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust))

    def _give_up(self, response: Response, retry_after: float) -> None:
        """Waiting out a ``Retry-After`` longer than the cap would hold a download slot for
        minutes, each retry asking again; the next run fetches the page."""
        self._inc("kznews/retry_after/count")
        self._inc("drop/retry_after")
        logger.warning("gave up %s: HTTP %d with Retry-After: %s (%.0f s, over "
                       "KZNEWS_RETRY_AFTER_MAX %g s)", response.url, response.status,
                       (response.headers.get("Retry-After") or b"").decode("latin-1").strip(),
                       retry_after, self.retry_after_max)
        raise RetryAfterTooLong(f"Retry-After over {self.retry_after_max:g} s: {response.url}")

    async def _wait(self, request: Request, retry_after: float | None) -> None:
        tries = int(request.meta.get("retry_times", 1))
        delay = min(self.max_delay, self.backoff * 2 ** (tries - 1))
        if retry_after is not None:
            self._inc("kznews/retry_after/count")
            delay = max(delay, retry_after)
        if delay <= 0:
            return
        self._inc("kznews/retry_delay_ms", round(delay * 1000))
        await asyncio.sleep(delay)


# -- charsets ----------------------------------------------------------------------------------

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LETTERS = re.compile(r"[^\W\d_]")
WORDS = re.compile(r"[^\W\d_]+")
LATIN = re.compile(r"[A-Za-z]")
UTF8_NAMES = {"utf-8", "utf8", "utf_8"}
LATIN1_CODECS = frozenset({"iso8859-1", "cp1252", "iso8859-15"})
"""The Latin-1 family (Python's codec names): on Cyrillic bytes, a template's default label."""


def _latin1(name: str) -> bool:
    try:
        return codecs.lookup(name).name in LATIN1_CODECS
    except LookupError:
        return False
NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# Valid multi-byte characters per invalid sequence above which a body is damaged UTF-8.
UTF8_MAJORITY = 20
CP1251_NAMES = {"cp1251", "windows-1251", "win-1251", "1251"}


MIN_WORD = 3  # letters: a Russian text has many Cyrillic words this long, Latin-1 none


def _reads_as_cyrillic(text: str) -> bool:
    """Mostly Cyrillic words, not Latin words with odd letters (Latin-1 read as cp1251), nor
    lone letters: in cp1251, Latin-1's ``€`` is ``Ђ`` and a French ``à`` an ``а``, so an
    English page with prices in euros would read as Cyrillic words of one letter each. More
    Cyrillic words of ``MIN_WORD`` letters or more than mixed ones."""
    non_ascii = [ch for ch in LETTERS.findall(text) if ord(ch) > 127]
    cyrillic = sum(1 for ch in non_ascii if CYRILLIC.match(ch))
    words = [w for w in WORDS.findall(text) if CYRILLIC.search(w)]
    mixed = sum(1 for w in words if LATIN.search(w))
    whole = sum(1 for w in words if len(w) >= MIN_WORD and not LATIN.search(w))
    return bool(words) and cyrillic >= 0.8 * len(non_ascii) and mixed <= 0.2 * len(words) \
        and whole > mixed


def _mostly_utf8(body: bytes) -> bool:
    """UTF-8, perhaps with a few damaged bytes: far more valid multi-byte characters than
    invalid sequences. cp1251 text is almost all invalid sequences in UTF-8, while a UTF-8
    page with one stray byte must not be read as cp1251 whole (every Russian letter would
    turn into two)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return True
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(NOT_ASCII.findall(text)) - bad
    return good >= UTF8_MAJORITY * bad


def sniff_encoding(body: bytes, declared: str | None) -> str | None:
    """The encoding to read ``body`` with when its label is wrong or missing, else None.

    Valid UTF-8 with non-ASCII bytes (or nearly valid: a few damaged bytes) is UTF-8 whatever
    the label says (cp1251 Russian text is practically never valid UTF-8); bytes that are not
    UTF-8 but read as Cyrillic in cp1251 are cp1251 — the outlet's language — when the label
    says UTF-8, nothing, or Latin-1 (``iso-8859-1``, ``windows-1252``: a CMS's default left in
    a Russian template; a real Latin-1 page reads as Latin words with odd letters in cp1251).
    """
    name = (declared or "").lower().replace("_", "-")
    if body.isascii():
        return None
    if _mostly_utf8(body):
        return None if name in UTF8_NAMES or not declared else "utf-8"
    if declared and name not in UTF8_NAMES and name not in {"ascii", "us-ascii"} and \
            not _latin1(name):
        return None  # a non-UTF-8 label on non-UTF-8 bytes: trust it
    try:
        text = body.decode("cp1251")
    except UnicodeDecodeError:
        return None
    return "cp1251" if _reads_as_cyrillic(text) else None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """A page's bytes as a crawl reads them: the charset of the BOM, the ``Content-Type``
    header or the page's ``<meta>`` (what Scrapy reads), corrected as ``CharsetMiddleware``
    corrects a label that lies or is missing; undecodable bytes become U+FFFD."""
    declared = (read_bom(body)[0] or http_content_type_encoding(content_type)
                or html_body_declared_encoding(body))
    fixed = sniff_encoding(body, declared)
    if fixed is not None:
        return body.decode(fixed, "replace").removeprefix("\ufeff")
    return html_to_unicode(content_type, body)[1]


class CharsetMiddleware:
    """Re-reads HTML responses whose charset label is wrong or missing (see
    :func:`sniff_encoding`); counts ``kznews/charset/<label>-><encoding>``."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CharsetMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        declared = response._declared_encoding()
        fixed = sniff_encoding(response.body, declared)
        if fixed is None:
            return response
        if self.stats:
            self.stats.inc_value(f"kznews/charset/{declared or 'none'}->{fixed}")
        logger.info("%s: read as %s (labelled %s)", response.url, fixed, declared or "nothing")
        return response.replace(encoding=fixed)
