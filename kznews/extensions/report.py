"""End-of-crawl report: what was crawled, what was dropped and why, which rules fired.

Written to ``KZNEWS_REPORTS_DIR/<spider>-<UTC time>.json`` and summarised in the log.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


DROP_PREFIXES = ("drop/", "validate/dropped/", "extract/failed/", "dedup/dropped/")


def summarise(stats: dict[str, Any]) -> dict[str, Any]:
    """Group raw Scrapy stats into the report's sections."""
    rules: dict[str, dict[str, int]] = {}
    dropped: dict[str, int] = {}
    exported: dict[str, int] = {}
    for key, value in stats.items():
        parts = key.split("/")
        if parts[0] == "extract" and len(parts) >= 3 and parts[1] not in {"failed", "fallback"}:
            rules.setdefault(parts[1], {})["/".join(parts[2:])] = value
        elif key.startswith(DROP_PREFIXES):
            dropped[key] = value
        elif parts[0] == "feeds" and len(parts) == 3 and parts[2] == "items":
            exported[parts[1]] = value
    return {
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
        "errors": stats.get("log_count/ERROR", 0),
        "retries": stats.get("retry/count", 0),
        "items": stats.get("item_scraped_count", 0),
        "exported_per_lang": exported,
        "new": stats.get("dedup/new", 0),
        "revised": stats.get("dedup/changed", 0),
        "unchanged": stats.get("dedup/unchanged", 0),
        "dropped": dropped,
        "rules": {f: dict(sorted(r.items(), key=lambda kv: -kv[1])) for f, r in
                  sorted(rules.items())},
        "finish_reason": stats.get("finish_reason"),
        "elapsed_seconds": stats.get("elapsed_time_seconds"),
    }


class CrawlReport:
    def __init__(self, crawler: Crawler) -> None:
        directory = crawler.settings.get("KZNEWS_REPORTS_DIR")
        if not directory:
            raise NotConfigured("KZNEWS_REPORTS_DIR is empty")
        self.dir = Path(directory)
        self.crawler = crawler
        self.started = datetime.now(UTC)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlReport:
        return cls(crawler)

    def spider_closed(self, spider: Any, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = {k: _jsonable(v) for k, v in self.crawler.stats.get_stats().items()}
        stats.setdefault("finish_reason", reason)
        report = {"spider": spider.name, "started": self.started.isoformat(timespec="seconds"),
                  "base_url": getattr(spider, "base_url", None), **summarise(stats),
                  "stats": stats}
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / f"{spider.name}-{self.started.strftime('%Y%m%dT%H%M%SZ')}.json"
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False))
        tmp.replace(path)
        self.crawler.stats.set_value("report/path", str(path))
        logger.info("crawl report: %s — %d items, exported %s, dropped %s", path,
                    report["items"], report["exported_per_lang"] or "{}",
                    report["dropped"] or "{}")
