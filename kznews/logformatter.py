"""Log lines about items name the article, never hold it.

Scrapy's own formatter writes the whole item into the ``Dropped:`` and ``Error processing``
lines (and, at DEBUG, into every ``Scraped from`` line): one runaway 4 MB page became a
3.5 MB log line, which log shippers cut or refuse and which buries everything around it.
Here an item is its id (and URL), a reason is cut to ``MAX_REASON`` characters, and a scraped
item is one short DEBUG line.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
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
    def scraped(self, item: Any, response: Response | Failure | None, spider: Spider
                ) -> LogFormatterResult:
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
