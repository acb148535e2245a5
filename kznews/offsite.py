"""Downloader middlewares that keep every request on the crawled origin (:mod:`kznews.origin`).

Scrapy's own filters compare host names: a redirect, or a ``<meta http-equiv=refresh>``, to
the same address on another port was followed, and that server's article exported as the
outlet's. Here the origin of the spider's ``base_url`` (scheme, host and port) decides:

* :class:`OriginOffsiteMiddleware` drops any http(s) request off that origin — also requests
  marked ``dont_filter`` (a resumed crawl marks all of them so), which Scrapy lets through;
* :class:`OriginRedirectMiddleware` does not follow a 3xx to another origin: the request fails
  with :class:`OffsiteRedirect` (the spider's errback counts ``drop/download/OffsiteRedirect``);
* :class:`OriginMetaRefreshMiddleware` does not follow a refresh to another origin: the page
  is parsed as it was served.

Each blocked redirect counts ``offsite/origin/redirect`` and ``offsite/filtered``; the first one
to each origin is logged.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.redirect import (
    BaseRedirectMiddleware,
    MetaRefreshMiddleware,
    RedirectMiddleware,
)
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from w3lib.url import canonicalize_url, safe_url_string

from kznews.consent import header_refresh
from kznews.origin import origin_of, same_origin

logger = logging.getLogger(__name__)


class OffsiteRedirect(IgnoreRequest):
    """A redirect to another origin, not followed."""


def _base(spider: Spider | None) -> str | None:
    base = getattr(spider, "base_url", None)
    return base if isinstance(base, str) and origin_of(base) else None


LOCAL_STAT = "requests/local"
"""``data:`` requests (kept pages handed back, held work released at idle): Scrapy's downloader
counts them with the site's requests; the crawl report takes them off."""


class OriginOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter, by origin when the spider has a ``base_url``."""

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if request.url.startswith("data:"):  # the spider's own hooks: they reach no server
            return None
        base = _base(self.crawler.spider)
        if base is None:
            return super().process_request(request)
        if same_origin(request.url, base):
            return None
        where = origin_of(request.url)
        key = str(where) if where else request.url.partition(":")[0]
        if key not in self.domains_seen:
            self.domains_seen.add(key)
            logger.info("not requesting %s: another server than %s (further requests to it "
                        "are counted in offsite/filtered)", request.url, base)
            self.stats.inc_value("offsite/domains")
        self.stats.inc_value("offsite/filtered")
        raise IgnoreRequest(f"Filtered request to another origin: {key}")

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        # counted as downloaded, not as asked: a data: request a later middleware drops
        # never reached Scrapy's downloader count either
        if request.url.startswith("data:"):
            self.stats.inc_value(LOCAL_STAT)
        return response


class _OriginCheck(BaseRedirectMiddleware):
    """The check both redirect middlewares make before Scrapy follows a redirect."""

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        base = _base(self.crawler.spider)
        if base is None or same_origin(redirected.url, base):
            return super()._redirect(redirected, request, reason)
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("offsite/origin/redirect")
        stats.inc_value("offsite/filtered")
        where = origin_of(redirected.url)
        key = str(where) if where else redirected.url
        # one set for both middlewares: each origin is logged once per crawl
        blocked: set[str] = self.crawler.__dict__.setdefault("_kznews_redirects_blocked", set())
        if key not in blocked:
            blocked.add(key)
            logger.warning("not following a redirect from %s to another server: %s (further "
                           "ones are counted in offsite/origin/redirect)", request.url,
                           redirected.url)
        raise OffsiteRedirect(f"redirect to another origin: {redirected.url}")


COOKIE_SET = "kznews_redirect_cookie"
"""Meta key: an answer of the request's redirect chain set a cookie."""


class RedirectLoop(IgnoreRequest):
    """Redirects that came back to a URL of their chain a second time."""


def _chain(request: Request) -> list[str]:
    return [canonicalize_url(url) for url in request.meta.get("redirect_urls", [])]


class OriginRedirectMiddleware(_OriginCheck, RedirectMiddleware):
    """A 3xx to another origin fails the request with :class:`OffsiteRedirect`; one to a URL
    that is no http(s) (``file:``, ``ftp:``) too, rather than leaving a bare 3xx; a chain
    back to a URL it already went through is followed once more (a wall that sets a cookie
    and sends the client back: the duplicate filter dropped that request, the article lost
    with nothing counted) when the server set a cookie on the way, and fails with
    :class:`RedirectLoop` when it comes back again, or at once when no answer of the chain set
    a cookie (nothing the client holds has changed: the same URL answers the same)."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        if b"Set-Cookie" in response.headers and 300 <= response.status < 400:
            request.meta[COOKIE_SET] = True  # the redirected request's meta is a copy of it
        result = super().process_response(request, response)
        location = response.headers.get(b"Location")
        if result is response and location and 300 <= response.status < 400 \
                and not request.meta.get("dont_redirect") \
                and response.status not in request.meta.get("handle_httpstatus_list", ()):
            target = urljoin(request.url, safe_url_string(location))
            if urlsplit(target).scheme not in {"http", "https"}:
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("offsite/not_http_redirect")
                raise OffsiteRedirect(f"redirect to a URL that is no http(s): {target[:200]}")
        return result

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        new = super()._redirect(redirected, request, reason)
        chain = _chain(new)
        times = chain.count(canonicalize_url(new.url))
        if times >= 2 or (times and not new.meta.get(COOKIE_SET)):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("redirect/loop")
            raise RedirectLoop(f"redirect loop: {' -> '.join(chain[:6])} -> {new.url}"[:400])
        # back to a URL of the chain once: fetched again, not dropped as a duplicate
        return new.replace(dont_filter=True) if times else new


class OriginMetaRefreshMiddleware(_OriginCheck, MetaRefreshMiddleware):
    """A refresh to another origin is not followed: the page is kept as it was served. A
    ``Refresh`` header is followed as its ``<meta>`` twin is (Scrapy reads only the meta; a
    moved page's stub was parsed, its article lost)."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        try:
            if b"Refresh" in response.headers:
                header = header_refresh(response)
                if header is not None:
                    return self._follow(request, response, *header)
            return super().process_response(request, response)
        except OffsiteRedirect:
            return response

    def _follow(self, request: Request, response: Response, delay: float,
                url: str | None) -> Request | Response:
        """The refresh of a ``Refresh`` header, under the rules Scrapy applies to a meta one."""
        if url is None or delay >= self._maxdelay or request.method == "HEAD" \
                or request.meta.get("dont_redirect") or not isinstance(response, HtmlResponse) \
                or urlsplit(request.url).scheme not in {"http", "https"}:
            return response
        redirected = self._redirect_request_using_get(request, response, url)
        if urlsplit(redirected.url).scheme not in {"http", "https"}:
            return response
        return self._redirect(redirected, request, "refresh header")
