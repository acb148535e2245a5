"""Rebuilding feeds from an archive: ``scrapy crawl centerinform -a warc=PATH``.

:class:`ReplayMiddleware` answers every http(s) request of the crawl from the archive
(:mod:`kznews.archive.index`), so the same spider, pipelines, store and feeds run and no
request leaves the machine: it returns the archived response from ``process_request``, which
Scrapy then passes through every middleware's ``process_response`` as if it had been
downloaded (gzip already undone, charset repair, redirects, robots.txt all as live). A URL
the archive lacks is counted (``archive/missing``) and dropped, never fetched. A request the
browser would render gets the archived ``conversion`` record (the rendered DOM), flagged as
rendered; without one it is counted (``archive/missing_rendered``) and dropped.

Stats: ``archive/files``, ``archive/captures`` (captures of the crawled host),
``archive/urls``, ``archive/other_host``, ``archive/not_modified`` (304s, never served),
``archive/revisit_unresolved``, ``archive/cut_off_files``, ``archive/served``,
``archive/served_rendered``, ``archive/missing``, ``archive/bad_record``.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from kznews.archive.index import READ_ERRORS, ArchiveIndex, one_stream_hint, scan
from kznews.spiders.served import CAPTURED

logger = logging.getLogger(__name__)


class NotInArchive(IgnoreRequest):
    """The archive holds no usable capture of this URL (counted as ``archive/missing``)."""


class ReplayMiddleware:
    """Downloader middleware of a replay (spider argument ``warc``); off otherwise."""

    def __init__(self, crawler: Crawler, index: ArchiveIndex) -> None:
        self.crawler = crawler
        self.index = index

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        spider = crawler.spider
        files = getattr(getattr(spider, "args", None), "warc", ())
        if not files:
            raise NotConfigured
        base_url = str(getattr(spider, "base_url", ""))
        found = scan(files)
        index = ArchiveIndex(found, base_url)
        mw = cls(crawler, index)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        logger.info("replaying %d archive file(s): %d URLs of %s (%d records of other hosts "
                    "ignored)", len(files), index.counts["urls"], index.host,
                    index.counts["other_host"])
        for name in found.one_stream:
            logger.warning("archive: %s; skipped", one_stream_hint(name))
        for name in index.cut_off:
            logger.warning("archive: %s is read up to its last whole record (%s)", name,
                           index.problems.get(name, "?"))
        if not index.pages:
            logger.warning("the archive holds no capture of %s; pass the base_url it was "
                           "crawled from", index.host)
        return mw

    def spider_opened(self) -> None:
        stats = self.crawler.stats
        if stats is None:
            return
        stats.set_value("archive/files", len(self.index.files))
        stats.set_value("archive/cut_off_files", len(self.index.cut_off))
        for name, count in self.index.counts.items():
            stats.set_value(f"archive/{name}", count)

    def spider_closed(self) -> None:
        self.index.close()

    def process_request(self, request: Request) -> Response | None:
        if urlsplit(request.url).scheme not in {"http", "https"}:
            return None  # data: and the like stay local
        rendered = bool(request.meta.get("playwright"))
        capture = self.index.lookup(request.url, rendered=rendered)
        if capture is None:
            self._inc("archive/missing_rendered" if rendered else "archive/missing")
            logger.info("not in the archive%s: %s", " (rendered)" if rendered else "",
                        request.url)
            raise NotInArchive(f"not in the archive: {request.url}")
        try:
            page = self.index.load(capture)
        except READ_ERRORS as exc:
            self._inc("archive/bad_record")
            logger.warning("archive record of %s unreadable (%s): %s", request.url,
                           capture.file, exc)
            raise NotInArchive(f"unreadable archive record: {request.url}") from None
        # Asking the archive again gives the same answer: no retries, no backoff.
        request.meta["dont_retry"] = True
        # "Сегодня, 15:40" on an archived page counts from the day it was captured
        request.meta[CAPTURED] = capture.when
        self._inc("archive/served_rendered" if page.rendered else "archive/served")
        flags = ["archive", "playwright"] if page.rendered else ["archive"]
        headers = Headers()
        for name, value in page.headers:
            headers.appendlist(name, value)
        cls: Any = responsetypes.from_args(headers=headers, url=request.url, body=page.body)
        return cls(url=request.url, status=page.status, headers=headers, body=page.body,
                   flags=flags, request=request, protocol="HTTP/1.1")

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)
