"""A cookie jar a server cannot fill.

Scrapy keeps every cookie a server sets and sends them all back on every request. One page
setting sixty 300-byte cookies made every later request carry an 18 KB ``Cookie`` header;
servers refuse headers past 8 KB (nginx: 400 "Request Header Or Cookie Too Large"), and the
crawl lost every article after that page. :class:`BoundedCookiesMiddleware` (in place of
Scrapy's CookiesMiddleware, 700) keeps a cookie only while the cookies kept for the request's
jar add up to ``KZNEWS_COOKIES_MAX_BYTES`` (name and value; a consent or session cookie is a
few dozen bytes). A cookie past it is refused (``cookies/refused``, the first one logged); one
replacing a cookie of the same name, domain and path is weighed without the old one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from http.cookiejar import Cookie
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.http.cookies import CookieJar

logger = logging.getLogger(__name__)


def _size(cookie: Cookie) -> int:
    return len(cookie.name) + len(cookie.value or "")


def _key(cookie: Cookie) -> tuple[str, str, str]:
    return cookie.domain.lstrip("."), cookie.path, cookie.name


class BoundedCookiesMiddleware(CookiesMiddleware):
    """Scrapy's cookie handling with a byte budget per cookie jar."""

    max_bytes = 4096
    _logged = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> BoundedCookiesMiddleware:
        mw = super().from_crawler(crawler)
        mw.max_bytes = crawler.settings.getint("KZNEWS_COOKIES_MAX_BYTES", cls.max_bytes)
        return mw

    def _process_cookies(self, cookies: Iterable[Cookie], *, jar: CookieJar,
                         request: Request) -> None:
        super()._process_cookies((c for c in cookies if self._fits(c, jar, request)),
                                 jar=jar, request=request)

    def _fits(self, cookie: Cookie, jar: CookieJar, request: Request) -> bool:
        key = _key(cookie)
        kept = sum(_size(c) for c in jar if _key(c) != key)
        if kept + _size(cookie) <= self.max_bytes:
            return True
        self.crawler.stats.inc_value("cookies/refused")
        if not self._logged:
            self._logged = True
            logger.warning("cookie %s from %s not kept: the cookies kept would pass %d bytes "
                           "(KZNEWS_COOKIES_MAX_BYTES; further ones counted in "
                           "cookies/refused)", cookie.name[:60], request.url, self.max_bytes)
        return False
