"""Articles parsed before a crawl is stopped early reach the feeds of that crawl.

The spider holds parsed articles in its translation window (kznews.translations) until a
partner may appear, and lets them go when the crawl runs out of work (``spider_idle``). A crawl
that stops before that — Ctrl-C or SIGTERM, ``CloseSpider`` from a block, a ``CLOSESPIDER_*``
limit — used to close with up to the window's 500 articles parsed and never exported: the
next run fetched them again. Scrapy has no signal at the start of a close, so this extension
wraps the engine's ``close_spider_async`` (Scrapy's public close, which every stop goes
through): before the engine closes, the spider lets the window go through the item pipelines
(still open then), and articles parsed while in-flight pages finish go straight through too.
Stats: ``translations/drained_at_close``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class DrainOnClose:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DrainOnClose:
        ext = cls(crawler)
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        return ext

    def engine_started(self) -> None:
        engine = self.crawler.engine
        if engine is None:
            return
        close = engine.close_spider_async

        async def close_spider_async(*, reason: str = "cancelled") -> None:
            await self.drain(reason)
            await close(reason=reason)

        engine.close_spider_async = close_spider_async  # type: ignore[method-assign]

    async def drain(self, reason: str) -> None:
        engine, spider = self.crawler.engine, self.crawler.spider
        release = getattr(spider, "release_for_close", None)
        if engine is None or release is None:
            return
        try:
            held: list[Any] = release()
        except Exception:  # noqa: BLE001 - the close must go on; the next run fetches them
            logger.exception("articles waiting for a translation partner not released")
            return
        if not held:
            return
        logger.info("crawl closing (%s): %d parsed article(s) go to the feeds first", reason,
                    len(held))
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("translations/drained_at_close", len(held))
        for item in held:
            await engine.scraper.start_itemproc_async(item, response=None)
