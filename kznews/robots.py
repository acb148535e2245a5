"""robots.txt fetched once per site.

Scrapy's robots.txt middleware downloads a site's robots.txt before the first request to it;
sitemap discovery (kznews.discovery) asks for the same file again to read its ``Sitemap:``
lines. :class:`RobotsOnceMiddleware` keeps the robots.txt the crawl downloaded and answers a
later request for the same URL with it: one request to the site instead of two. An answer
the server may give differently next time (a 5xx, a network error) is not kept, so a retry or
the discovery's own request still reaches the server. A kept answer carries the ``reused``
flag: the web archive (kznews.archive) wrote it when it was downloaded and skips it then.

Stats: ``robots/reused`` (requests answered from the kept copy).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

REUSED = "reused"
"""The flag of a response answered from a copy kept earlier in the crawl."""
_KEPT_STATUS = range(200, 500)  # what the server will say again: kept, 5xx are not


def robots_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path == "/robots.txt" and not parts.query


class RobotsOnceMiddleware:
    """Downloader middleware: a site's robots.txt answers every request for it after the
    first download (see the module's docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.kept: dict[str, Response] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsOnceMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Response | None:
        kept = self.kept.get(request.url) if request.method == "GET" else None
        if kept is None:
            return None
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("robots/reused")
        return kept.replace(request=request, flags=[*kept.flags, REUSED])

    def process_response(self, request: Request, response: Response) -> Response:
        if request.method == "GET" and response.status in _KEPT_STATUS \
                and REUSED not in response.flags and robots_url(request.url):
            self.kept.setdefault(request.url, response)
        return response
