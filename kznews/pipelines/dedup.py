"""One item per article id within a run, whatever URL variant led to it."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem


class InRunDedupPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.seen: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> InRunDedupPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        aid = adapter["id"]
        if aid in self.seen:
            if self.stats:
                self.stats.inc_value("dedup/dropped/in_run")
            raise DropItem(f"duplicate of {aid} already seen in this run at {self.seen[aid]}")
        self.seen[aid] = adapter.get("url", "")
        return item
