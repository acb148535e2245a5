"""The baseline of the crawl benchmark: a Scrapy spider that fetches a list of URLs and does
nothing else (no parsing, no items, no pipelines).

``scrapy runspider bench/bare_spider.py -a urls=FILE`` (one URL per line), run outside the
project directory so that only Scrapy's defaults and the ``-s`` settings apply.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url_file = urls

    async def start(self) -> AsyncIterator[Any]:
        for line in Path(self.url_file).read_text("utf-8").splitlines():
            if line.strip():
                # dont_filter: a URL the measured crawl fetched twice is fetched twice here too
                yield scrapy.Request(line.strip(), callback=self.parse, dont_filter=True,
                                     meta={"handle_httpstatus_all": True})

    def parse(self, response: Response) -> None:
        return None
