"""End-of-crawl report: what was crawled, what was dropped and why, which rules fired.

Written to ``KZNEWS_REPORTS_DIR/<spider>-<UTC time>.json`` and ``.html`` (a self-contained
page with plots) and summarised in the log. Every scraped item is tallied as it passes
(language, day, field coverage, fallback rules); when the spider closes the monitors of
``kznews.monitors`` judge the run against the earlier reports in the same directory. A
failed monitor marks the run failed in the report, calls the notifiers (``KZNEWS_NOTIFY``)
and makes ``scrapy crawl`` exit non-zero.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from kznews import monitors, verdict
from kznews.items import item_dict
from kznews.report import (
    build_report,
    free_path,
    load_history,
    report_stem,
    summarise,
    write_report,
)
from kznews.report.tally import Tally
from kznews.state import site_key

logger = logging.getLogger(__name__)

__all__ = ["CrawlReport", "summarise"]


class CrawlReport:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        directory = settings.get("KZNEWS_REPORTS_DIR")
        if not directory:
            raise NotConfigured("KZNEWS_REPORTS_DIR is empty")
        self.dir = Path(directory)
        self.crawler = crawler
        self.started = datetime.now(UTC)
        self.tally = Tally()
        self.monitors_enabled = settings.getbool("KZNEWS_MONITORS_ENABLED", True)
        self.monitor_config = monitors.MonitorConfig.from_settings(settings)
        self.notify_targets = settings.getlist("KZNEWS_NOTIFY", [])
        self.notify_on = str(settings.get("KZNEWS_NOTIFY_ON") or "failure").strip().lower()
        self.notify_timeout = settings.getfloat("KZNEWS_NOTIFY_TIMEOUT", 10.0)
        # the first ERROR line of the run, repeated in the verdict the crawl ends with
        self.first_error = verdict.FirstError()
        logging.getLogger().addHandler(self.first_error)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlReport:
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        self.tally.add(item_dict(item))

    def _unwritten(self, path: Path, exc: OSError, reason: str, report: dict[str, Any]
                   ) -> None:
        """One line, and the run counts as failed (exit status 3): nobody will see its
        monitors. Half-written temporary files are removed."""
        for leftover in (path, path.with_suffix(".html")):
            with suppress(OSError):
                leftover.with_name(f".{leftover.name}.tmp").unlink(missing_ok=True)
        with suppress(OSError):  # the name reserved for it, still empty
            if path.stat().st_size == 0:
                path.unlink()
        why = f"cannot write the crawl report {path}: {exc.strerror or exc}"
        logger.error("%s — the articles are exported, this run's report and monitors are lost",
                     why)
        monitors.record_failure(str(path))
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("report/write_failed", 1)
        verdict.record(verdict.Verdict(
            status="interrupted" if reason == "shutdown" else "failed", finish_reason=reason,
            items=int(report["items"]), exported=dict(report["exported_per_lang"] or {}),
            failed=[f"report: {why}"], first_error=str(report.get("first_error") or "")))

    def spider_closed(self, spider: Any, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        report = build_report(
            stats, self.tally, spider=spider.name,
            started=self.started.isoformat(timespec="seconds"),
            finished=datetime.now(UTC).isoformat(timespec="seconds"),
            base_url=getattr(spider, "base_url", None))
        since = getattr(getattr(spider, "args", None), "since", None)
        report["since"] = since.isoformat() if since else None
        # the run's own first error, not the monitors' lines logged below
        logging.getLogger().removeHandler(self.first_error)
        report["first_error"] = self.first_error.text
        report["listing_error"] = getattr(spider, "first_listing_error", "")
        # History is this spider's runs on the same site: another copy of the outlet (a
        # mirror, a test server) is not a baseline for drift.
        report["site"] = self.crawler.settings.get("KZNEWS_SITE_KEY") or site_key(
            report.get("base_url") or "")
        history = [h for h in load_history(self.dir, spider.name)
                   if (h.get("site") or site_key(h.get("base_url") or "")) == report["site"]]
        if self.monitors_enabled:
            results = monitors.run_monitors(report, history, self.monitor_config)
            failed = [r for r in results if not r.passed]
            report["status"] = "failed" if failed else "passed"
            report["monitors"] = {"status": report["status"],
                                  "results": [r.as_dict() for r in results]}
        else:
            failed = []
            report["status"] = "passed"
            report["monitors"] = {"status": "disabled", "results": []}
        path = self.dir / f"{report_stem(spider.name, self.started)}.json"
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            path = free_path(self.dir, report_stem(spider.name, self.started))
            write_report(report, path, history)
        except OSError as exc:  # a full or read-only reports disk: the feeds are written
            self._unwritten(path, exc, reason, report)
            return
        for result in failed:
            logger.error("monitor %s failed: %s", result.name, result.message)
        if failed:
            monitors.record_failure(str(path))
            self.crawler.stats.set_value("monitors/failed", len(failed))
        if self.notify_targets and (failed or self.notify_on == "always"):
            report["notified"] = monitors.notify(
                self.notify_targets, monitors.alert_payload(report), self.notify_timeout)
            try:
                write_report(report, path, history)
            except OSError as exc:
                self._unwritten(path, exc, reason, report)
                return
        self.crawler.stats.set_value("report/path", str(path))
        verdict.record(verdict.Verdict(
            status="interrupted" if reason == "shutdown" else report["status"],
            finish_reason=reason, items=int(report["items"]),
            exported=dict(report["exported_per_lang"] or {}), report=str(path),
            html=str(path.with_suffix(".html")),
            failed=[f"{r.name}: {r.message}" for r in failed],
            first_error=report["first_error"]))
        logger.info("crawl report: %s (%s) — %d items, exported %s, dropped %s, run %s",
                    path, path.with_suffix(".html").name, report["items"],
                    report["exported_per_lang"] or "{}", report["dropped"] or "{}",
                    report["status"].upper())
