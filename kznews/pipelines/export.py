"""Dedup across runs (the article store) and the per-language feeds, as one two-phase step.

For each item: claim it in the store (new / changed / unchanged), write its feed line if it
is new or changed, confirm the claim. Unchanged articles still flow on to ``-O`` outputs
(the run's full result) but are not written to the per-language feeds again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from kznews.items import item_dict
from kznews.pipelines.feeds import FeedWriter, finalise, leftover_parts, truncate_partial
from kznews.state import ArticleStore, RunLock, open_store

logger = logging.getLogger(__name__)
CONFIRM_EVERY = 50


def new_run_id(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{os.getpid()}-{secrets.token_hex(2)}"


def recover(state_dir: Path, feeds_dir: Path, store: ArticleStore, own_run: str) -> int:
    """Finish what killed runs left: rename their ``.part`` feeds, settle their claims."""
    runs = leftover_parts(feeds_dir)
    dead = [r for r in set(runs) | set(store.pending_runs())
            if r != own_run and not RunLock.is_alive(state_dir, r)]
    recovered = 0
    for run in dead:
        written: set[tuple[str, str]] = set()
        for part in runs.get(run, []):
            written |= truncate_partial(part)
            final = finalise(part)
            recovered += 1
            logger.warning("recovered feed of an interrupted run: %s (%d lines)", final,
                           len(written))
        kept, undone = store.reconcile(run, written)
        if kept or undone:
            logger.warning("settled interrupted run %s: %d exports kept, %d to redo", run,
                           kept, undone)
    return recovered


class ExportPipeline:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("KZNEWS_EXPORT_ENABLED", True):
            raise NotConfigured("KZNEWS_EXPORT_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.state_dir = Path(settings.get("KZNEWS_STATE_DIR") or ".kznews").absolute()
        self.feeds_dir = Path(settings.get("KZNEWS_FEEDS_DIR") or "feeds").absolute()
        self.feeds_enabled = settings.getbool("KZNEWS_FEEDS_ENABLED", True)
        self.run_id = new_run_id()
        self.store: ArticleStore | None = None
        self.lock: RunLock | None = None
        self.writer: FeedWriter | None = None
        self.unconfirmed: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExportPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        base_url = getattr(spider, "base_url", "") or ""
        self.lock = RunLock(self.state_dir, self.run_id)
        self.store = open_store(self.crawler.settings, base_url)
        recovered = recover(self.state_dir, self.feeds_dir, self.store, self.run_id)
        if self.stats and recovered:
            self.stats.set_value("feeds/recovered_files", recovered)
        name = spider.name if spider else "crawl"
        self.writer = FeedWriter(self.feeds_dir, name, self.run_id) if self.feeds_enabled \
            else None

    def process_item(self, item: Any) -> Any:
        assert self.store is not None
        adapter = ItemAdapter(item)
        data = item_dict(item)
        body_hash = hashlib.sha256(data["body"].encode("utf-8")).hexdigest()
        validators = getattr(self.crawler.spider, "validators", {}).pop(data["id"], None)
        etag, last_modified = validators or (None, None)
        decision = self.store.claim(data, body_hash, self.run_id, etag, last_modified)
        updates: dict[str, Any] = {"revision": decision.revision,
                                   "previous_hash": decision.previous_hash}
        if decision.duplicate_of:
            updates["duplicate_of"] = decision.duplicate_of
            self._inc("dedup/republished")
        for key, value in updates.items():
            adapter[key] = data[key] = value
        self._inc(f"dedup/{decision.kind}")
        if decision.export:
            if self.writer:
                self.writer.write(data["lang"], data)
                self._inc(f"feeds/{data['lang']}/items")
            self.unconfirmed.append(data["id"])
            if len(self.unconfirmed) >= CONFIRM_EVERY:
                self._confirm()
        return item

    def _confirm(self) -> None:
        if self.store and self.unconfirmed:
            self.store.confirm(self.run_id, self.unconfirmed)
            self.unconfirmed = []

    def _inc(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def close_spider(self) -> None:
        self._confirm()
        if self.writer:
            for path in self.writer.close():
                logger.info("feed written: %s", path)
                if self.stats:
                    self.stats.set_value(f"feeds/file/{path.parent.name}", str(path))
        if self.store:
            self.store.close()
        if self.lock:
            self.lock.release()
