"""Errors left in asyncio tasks nobody awaits: counted, each kind logged once.

Scrapy hands a callback's output to the engine in asyncio tasks whose exceptions nobody
reads: an error there (a request the scheduler cannot take, say) is printed by asyncio as
"Task exception was never retrieved" with a full traceback, once per request, hundreds of
them for one cause, and it is in no stat. With this extension each such error counts as
``errors/unretrieved_task`` and each kind (type and message) is logged once, with its
traceback; the log's error count (and the monitors) still see that something failed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

STAT = "errors/unretrieved_task"
Handler = Any  # asyncio's exception handler: (loop, context) -> None, or None


class TaskErrors:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.kinds: set[tuple[str, str]] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.previous: Handler = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TaskErrors:
        ext = cls(crawler)
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_started(self) -> None:
        try:
            self.loop = asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop (another reactor): nothing to watch
            return
        self.previous = self.loop.get_exception_handler()
        self.loop.set_exception_handler(self.handle)

    def engine_stopped(self) -> None:
        if self.loop is not None and self.loop.get_exception_handler() == self.handle:
            self.loop.set_exception_handler(self.previous)
        self.loop = None

    def handle(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if not isinstance(exc, Exception) or "never retrieved" not in context.get("message", ""):
            self.pass_on(loop, context)
            return
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(STAT)
        kind = (_type_name(exc), str(exc))
        if kind in self.kinds:
            return
        self.kinds.add(kind)
        logger.error("an internal task failed: %s: %s (further ones alike are only counted, "
                     "as %s)", kind[0], kind[1] or "no message", STAT, exc_info=exc)

    def pass_on(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if self.previous is not None:
            self.previous(loop, context)
        else:
            loop.default_exception_handler(context)


def _type_name(exc: BaseException) -> str:
    """``struct.error``, not ``error``; builtins bare (``ValueError``)."""
    module = type(exc).__module__
    name = type(exc).__qualname__
    return name if module == "builtins" else f"{module}.{name}"
