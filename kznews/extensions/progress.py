"""Crawl progress: pages, articles per language, errors and rate.

On an interactive terminal one live line is redrawn in place on stderr (log records clear
it before they print, the next tick draws it again). Under Scrapyd (``SCRAPY_JOB`` set),
with no terminal, or with ``KZNEWS_PROGRESS=log``, a ``progress:`` log line is written every
``KZNEWS_PROGRESS_LOG_INTERVAL`` seconds instead, and once more when the spider closes.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Mapping
from typing import Any, TextIO

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

logger = logging.getLogger(__name__)
MODES = ("auto", "tty", "log", "off")


def choose_mode(setting: str, isatty: bool, environ: Mapping[str, str]) -> str:
    """``tty`` or ``log`` (or ``off``) for the ``KZNEWS_PROGRESS`` setting."""
    setting = (setting or "auto").strip().lower()
    if setting not in MODES:
        raise ValueError(f"KZNEWS_PROGRESS must be one of {', '.join(MODES)}, got {setting!r}")
    if setting != "auto":
        return setting
    if environ.get("SCRAPY_JOB") or not isatty or environ.get("TERM") == "dumb":
        return "log"
    return "tty"


def progress_line(pages: int, per_lang: Mapping[str, int], errors: int, elapsed: float
                  ) -> str:
    rate = 60 * pages / elapsed if elapsed > 0 else 0.0
    langs = " ".join(f"{k} {v}" for k, v in sorted(per_lang.items())) or "0"
    minutes, seconds = divmod(int(elapsed), 60)
    return (f"pages {pages} ({rate:.0f}/min) · articles {langs} · errors {errors} · "
            f"{minutes}:{seconds:02d}")


class _ClearLine(logging.Filter):
    """Clears the live line before a log record is printed on the same terminal."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def filter(self, record: logging.LogRecord) -> bool:
        self.progress.clear()
        return True


class Progress:
    def __init__(self, crawler: Crawler, stream: TextIO | None = None) -> None:
        settings = crawler.settings
        self.stream = stream or sys.stderr
        try:
            self.mode = choose_mode(str(settings.get("KZNEWS_PROGRESS", "auto")),
                                    self.stream.isatty(), os.environ)
        except ValueError as exc:
            raise NotConfigured(str(exc)) from None
        if self.mode == "off":
            raise NotConfigured("KZNEWS_PROGRESS is off")
        self.interval = settings.getfloat(
            "KZNEWS_PROGRESS_INTERVAL" if self.mode == "tty" else "KZNEWS_PROGRESS_LOG_INTERVAL",
            1.0 if self.mode == "tty" else 60.0)
        self.crawler = crawler
        self.per_lang: Counter[str] = Counter()
        self.started = time.monotonic()
        self.drawn = False
        self.task: Any = None
        self.filters: list[tuple[logging.Handler, _ClearLine]] = []
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        self.per_lang[str(ItemAdapter(item).get("lang") or "?")] += 1

    def line(self) -> str:
        stats = self.crawler.stats
        pages = int(stats.get_value("response_received_count", 0)) if stats else 0
        errors = int(stats.get_value("log_count/ERROR", 0)) if stats else 0
        return progress_line(pages, self.per_lang, errors, time.monotonic() - self.started)

    def spider_opened(self) -> None:
        self.started = time.monotonic()
        if self.mode == "tty":
            for handler in logging.getLogger().handlers:
                if getattr(handler, "stream", None) is self.stream:
                    flt = _ClearLine(self)
                    handler.addFilter(flt)
                    self.filters.append((handler, flt))
        if self.interval > 0:
            self.task = create_looping_call(self.tick)
            self.task.start(self.interval, now=False)

    def tick(self) -> None:
        if self.mode == "tty":
            self.stream.write("\r\x1b[2K" + self.line())
            self.stream.flush()
            self.drawn = True
        else:
            logger.info("progress: %s", self.line())

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.drawn = False

    def spider_closed(self, reason: str = "finished") -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        for handler, flt in self.filters:
            handler.removeFilter(flt)
        self.filters.clear()
        if self.mode == "tty":
            self.clear()
            self.stream.write(self.line() + "\n")
            self.stream.flush()
        else:
            # "(done)" only for a crawl that ran to its end, not one stopped by Ctrl-C
            end = "done" if reason != "shutdown" else "interrupted"
            logger.info("progress: %s (%s)", self.line(), end)
