"""Dedup across runs (the article store) and the per-language feeds, as one two-phase step.

For each item: claim it in the store (new / changed / unchanged), write its feed line if it
is new or changed, confirm the claim. Unchanged articles still flow on to ``-O`` outputs
(the run's full result) but are not written to the per-language feeds again; so do
archived captures older than the stored revision (a replay of an older archive,
``store/older_capture``), which are never exported over it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DropItem, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from kznews.items import item_dict
from kznews.pipelines.feeds import (
    FeedWriteError,
    FeedWriter,
    finalise,
    leftover_parts,
    truncate_partial,
)
from kznews.state import ArticleStore, RunLock, open_store

logger = logging.getLogger(__name__)
CONFIRM_EVERY = 50
#: ``scrapy crawl`` exit status of a run that could not save every article it parsed (a feed
#: or the store could not be written: full disk, I/O error, read-only filesystem).
EXIT_EXPORT_FAILED = 5
#: Finish reason of such a run.
EXPORT_FAILED = "export_failed"
_FAILED_EXPORTS: list[str] = []


def export_failures() -> list[str]:
    """Why exports failed in this process (the crawl command's exit status reads it)."""
    return list(_FAILED_EXPORTS)


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
        self.failure: str | None = None  # set once a write failed: nothing more is exported
        self.older_captures = 0  # captures older than the stored revision: not exported
        # When this run's pages were fetched, at the earliest: a live page's fetch time for
        # the store. Its archive record (KZNEWS_ARCHIVE_DIR) is stamped after the download,
        # so replaying this run's own archive never counts as older than what it stored.
        self.started = time.time()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExportPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        base_url = getattr(spider, "base_url", "") or ""
        try:
            self.lock = RunLock(self.state_dir, self.run_id)
            self.store = open_store(self.crawler.settings, base_url)
            recovered = recover(self.state_dir, self.feeds_dir, self.store, self.run_id)
        except (OSError, sqlite3.Error) as exc:  # the state disk filled up before the crawl
            self.failure = f"cannot open the article store under {self.state_dir}: {exc}"
            self._inc("export/write_failed")
            _FAILED_EXPORTS.append(self.failure)
            logger.error("%s — crawl stopped before any article", self.failure)
            raise CloseSpider(EXPORT_FAILED) from None
        if self.stats and recovered:
            self.stats.set_value("feeds/recovered_files", recovered)
        name = spider.name if spider else "crawl"
        self.writer = FeedWriter(self.feeds_dir, name, self.run_id) if self.feeds_enabled \
            else None

    def process_item(self, item: Any) -> Any:
        if self.failure or self.store is None:
            # Parsed after the write failure: not claimed, so the next run exports it.
            self._inc("export/not_written")
            raise DropItem(f"not exported: {self.failure}", log_level="DEBUG")
        adapter = ItemAdapter(item)
        data = item_dict(item)
        body_hash = hashlib.sha256(data["body"].encode("utf-8")).hexdigest()
        validators = getattr(self.crawler.spider, "validators", {}).pop(data["id"], None)
        etag, last_modified = validators or (None, None)
        fetched = getattr(self.crawler.spider, "captured_at", {}).pop(data["id"], None) \
            or self.started
        try:
            decision = self.store.claim(data, body_hash, self.run_id, etag, last_modified,
                                        fetched)
        except sqlite3.Error as exc:  # the store's disk is full or failing: stop
            self._fail(f"article store {self.store.path}: {exc}")
            raise DropItem(f"not exported: {self.failure}", log_level="DEBUG") from None
        except Exception as exc:  # noqa: BLE001 - a shared store (Redis) out of reach
            self._store_failed()
            raise DropItem(f"not exported, article store unreachable: {exc}",
                           log_level="ERROR") from None
        if decision.kind == "older":
            self.older_captures += 1
            self._inc("store/older_capture")
            return item
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
                try:
                    self.writer.write(data["lang"], data)
                except FeedWriteError as exc:
                    self._fail(str(exc))
                    raise DropItem(f"not exported: {self.failure}", log_level="DEBUG") from None
                self._inc(f"feeds/{data['lang']}/items")
            self.unconfirmed.append(data["id"])
            if len(self.unconfirmed) >= CONFIRM_EVERY:
                try:
                    self._confirm()
                except Exception as exc:  # noqa: BLE001 - kept, confirmed later or settled
                    logger.warning("article store: confirming exports deferred: %s", exc)
        return item

    def _store_failed(self) -> None:
        """The article could not be claimed (Redis away): it is not exported now, and this
        run is recorded as incomplete, so the next one walks every listing page."""
        self._inc("export/store_failed")
        spider = self.crawler.spider
        if spider is not None and hasattr(spider, "incomplete"):
            spider.incomplete = True

    def _fail(self, why: str) -> None:
        """A line or a claim could not be written: undo this run's claims that have no line,
        stop the crawl, and make ``scrapy crawl`` exit with ``EXIT_EXPORT_FAILED``. The
        crawl is recorded as ended early, so the next one walks every listing page and
        exports what this one could not."""
        self.failure = why
        self._inc("export/not_written")
        self._inc("export/write_failed")
        _FAILED_EXPORTS.append(why)
        logger.error("%s — crawl stopped; articles not written are exported by the next run",
                     why)
        try:
            self._confirm()
            assert self.store is not None
            self.store.reconcile(self.run_id, set())
        except Exception as exc:  # noqa: BLE001 - the next run's recovery settles them
            logger.warning("claims of the stopped run left for the next run to settle: %s",
                           exc)
        engine = self.crawler.engine
        if engine is not None:
            deferred_from_coro(engine.close_spider_async(reason=EXPORT_FAILED))

    def _confirm(self) -> None:
        if self.store and self.unconfirmed:
            self.store.confirm(self.run_id, self.unconfirmed)
            self.unconfirmed = []

    def _inc(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def close_spider(self) -> None:
        if self.older_captures:
            logger.warning("%d archived captures are older than the stored revision of their "
                           "article and were not exported (store/older_capture): the state "
                           "holds a later version", self.older_captures)
        confirmed = True
        try:
            self._confirm()
        except Exception as exc:  # noqa: BLE001 - settled by the next run from the .part files
            confirmed = False
            self._fail_late(f"article store: {exc}")
        if self.writer:
            self._close_feeds(confirmed)
        if self.store:
            self.store.close()
        if self.lock:
            self.lock.release()

    def _close_feeds(self, confirmed: bool) -> None:
        assert self.writer is not None
        if not confirmed:
            # Lines whose claims are not confirmed: the .part files stay for the next run's
            # recovery to keep exactly the lines they hold.
            for fd in self.writer.fds.values():
                os.close(fd)
            self.writer.fds.clear()
            return
        try:
            paths = self.writer.close()
        except FeedWriteError as exc:
            self._fail_late(str(exc))
            paths = self.writer.finished
        for path in paths:
            logger.info("feed written: %s", path)
            if self.stats:
                self.stats.set_value(f"feeds/file/{path.parent.name}", str(path))

    def _fail_late(self, why: str) -> None:
        if not self.failure:
            self.failure = why
            self._inc("export/write_failed")
            _FAILED_EXPORTS.append(why)
            logger.error("%s — the next run walks every listing page", why)
            spider = self.crawler.spider
            if spider is not None and hasattr(spider, "incomplete"):
                spider.incomplete = True  # recorded as unclean when the spider closes
