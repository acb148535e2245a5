"""Log lines about items name the article, never hold it.

Scrapy's own formatter writes the whole item into the ``Dropped:`` and ``Error processing``
lines (and, at DEBUG, into every ``Scraped from`` line): one runaway 4 MB page became a
3.5 MB log line, which log shippers cut or refuse and which buries everything around it.
Here an item is its id (and URL), a reason is cut to ``MAX_REASON`` characters, and a scraped
item is one short DEBUG line.
"""

from __future__ import annotations

import logging
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure

MAX_REASON = 300
MAX_FIELD = 200


def shorten(text: Any, limit: int = MAX_REASON) -> str:
    """One line of at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(item: Any) -> str:
    """``Article(id=u123, url=…)``: what names an item, never its content."""
    if not ItemAdapter.is_item(item):
        return f"{type(item).__name__}(…)"
    adapter = ItemAdapter(item)
    parts = [f"{key}={shorten(adapter.get(key), MAX_FIELD)}" for key in ("id", "url")
             if adapter.get(key)]
    return f"{type(item).__name__}({', '.join(parts)})"


class KznewsLogFormatter(LogFormatter):
    # Set from LOG_LEVEL: the "Crawled" and "Scraped" DEBUG lines of every page and item are
    # not made at all when Scrapy's log handler would drop them (Scrapy leaves the root
    # logger open to every level, so each would cost a log record anyway).
    quiet = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        formatter = cls()
        level = crawler.settings.get("LOG_LEVEL", "DEBUG")
        if isinstance(level, str):
            level = logging.getLevelName(level.upper())
        formatter.quiet = isinstance(level, int) and level > logging.DEBUG
        return formatter

    def crawled(  # type: ignore[override]
            self, request: Request, response: Response, spider: Spider
    ) -> LogFormatterResult | None:
        return None if self.quiet else super().crawled(request, response, spider)

    def scraped(  # type: ignore[override]
            self, item: Any, response: Response | Failure | None, spider: Spider
    ) -> LogFormatterResult | None:
        if self.quiet:
            return None
        return {"level": logging.DEBUG, "msg": "Scraped %(item)s",
                "args": {"item": describe(item)}}

    def dropped(self, item: Any, exception: BaseException, response: Response | Failure | None,
                spider: Spider) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        return {"level": result["level"], "msg": "Dropped %(item)s: %(reason)s",
                "args": {"item": describe(item), "reason": shorten(exception)}}

    def item_error(self, item: Any, exception: BaseException,
                   response: Response | Failure | None, spider: Spider
                   ) -> LogFormatterResult:
        return {"level": logging.ERROR, "msg": "Error processing %(item)s: %(reason)s",
                "args": {"item": describe(item),
                         "reason": shorten(f"{type(exception).__name__}: {exception}")}}
