"""Crawl reports: the JSON summary of a run, its history and its HTML page.

``kznews.extensions.report.CrawlReport`` builds one at the end of every crawl;
``python -m kznews.report`` rebuilds one from feed files (see ``__main__``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from kznews.offsite import LOCAL_STAT
from kznews.report.tally import Tally

logger = logging.getLogger(__name__)

DROP_PREFIXES = ("drop/", "validate/dropped/", "extract/failed/", "dedup/dropped/")
# Keys the first version of the report had; tests and the demo read them.
STABLE_KEYS = ("requests", "items", "exported_per_lang", "new", "revised", "unchanged",
               "dropped", "rules", "finish_reason")
BLOCK_TOTALS = ("blocked/pages", "blocked/not_sent", "blocked/stopped")


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def summarise(stats: Mapping[str, Any]) -> dict[str, Any]:
    """Group raw Scrapy stats into the report's sections."""
    rules: dict[str, dict[str, int]] = {}
    dropped: dict[str, int] = {}
    exported: dict[str, int] = {}
    dropped_items = 0
    for key, value in stats.items():
        parts = key.split("/")
        if parts[0] == "extract" and len(parts) >= 3 and parts[1] not in {"failed", "fallback"}:
            rules.setdefault(parts[1], {})["/".join(parts[2:])] = value
        elif key.startswith(DROP_PREFIXES) or key == "validate/dropped":
            if not value:  # a drop taken back (kznews.spiders.canonical): none left
                continue
            dropped[key] = value
            if parts[0] == "drop" or parts[0] == "dedup" or key == "validate/dropped":
                dropped_items += int(value)
        elif parts[0] == "feeds" and len(parts) == 3 and parts[2] == "items":
            exported[parts[1]] = value
    return {
        # requests the site saw: the spider's local data: requests and robots.txt answered
        # again from the copy kept (kznews.robots) aside
        "requests": stats.get("downloader/request_count", 0) - stats.get(LOCAL_STAT, 0)
        - stats.get("robots/reused", 0),
        "responses": stats.get("downloader/response_count", 0),
        "errors": stats.get("log_count/ERROR", 0),
        "retries": stats.get("retry/count", 0),
        # article pages that came back rendered by the browser (kznews.render)
        "rendered": stats.get("render/playwright", 0) or stats.get("playwright/page_count", 0),
        "items": stats.get("item_scraped_count", 0),
        # scraped, or found unchanged by an incremental run (not fetched again / 304)
        "articles_seen": stats.get("item_scraped_count", 0)
        + stats.get("incremental/skipped_known", 0) + stats.get("incremental/not_modified", 0),
        "exported_per_lang": dict(sorted(exported.items())),
        "new": stats.get("dedup/new", 0),
        "revised": stats.get("dedup/changed", 0),
        "unchanged": stats.get("dedup/unchanged", 0),
        "duplicates_dropped": sum(v for k, v in stats.items() if k.startswith("dedup/dropped/")),
        "dropped": dict(sorted(dropped.items())),
        "dropped_items": dropped_items,
        "rules": {f: dict(sorted(r.items(), key=lambda kv: -kv[1])) for f, r in
                  sorted(rules.items())},
        "finish_reason": stats.get("finish_reason"),
        "elapsed_seconds": stats.get("elapsed_time_seconds"),
        "blocked": blocked_summary(stats),
    }


def blocked_summary(stats: Mapping[str, Any]) -> dict[str, Any]:
    """Challenge, captcha and WAF pages (kznews.blocks): per kind, requests not sent after
    the stop, and the stop line when the outlet's protection ended the crawl."""
    kinds = {k.split("/", 1)[1]: v for k, v in stats.items()
             if k.startswith("blocked/") and k not in BLOCK_TOTALS and isinstance(v, int)}
    return {"pages": stats.get("blocked/pages", 0), "kinds": dict(sorted(kinds.items())),
            "not_sent": stats.get("blocked/not_sent", 0), "stopped": stats.get("blocked/stopped")}


def build_report(stats: Mapping[str, Any], tally: Tally, **head: Any) -> dict[str, Any]:
    """The report of one run: ``head`` (spider, base_url, started, finished…), the stats
    summary, the per-item tally and the raw stats."""
    return {**head, **summarise(stats), **tally.to_dict(),
            "stats": {k: jsonable(v) for k, v in stats.items()}}


def report_stem(spider: str, started: datetime) -> str:
    return f"{spider}-{started.strftime('%Y%m%dT%H%M%SZ')}"


def free_path(directory: Path, stem: str) -> Path:
    """A report path no other run holds, reserved by creating it (two runs started within one
    second — several workers of one distributed crawl — each get their own, never one file
    written over the other's)."""
    directory.mkdir(parents=True, exist_ok=True)
    path, n = directory / f"{stem}.json", 2
    while True:
        try:
            with path.open("x"):
                return path
        except FileExistsError:
            path, n = directory / f"{stem}-{n}.json", n + 1


def load_history(directory: Path, spider: str | None = None,
                 exclude: Path | None = None) -> list[dict[str, Any]]:
    """Earlier reports in ``directory`` (of ``spider`` if given), oldest first."""
    found = []
    if not directory.is_dir():
        return []
    for path in directory.glob("*.json"):
        if exclude is not None and path.resolve() == exclude.resolve():
            continue
        try:
            text = path.read_text("utf-8")
            if not text:  # reserved by a run still writing it (``free_path``)
                continue
            data = json.loads(text)
        except (OSError, ValueError):
            logger.warning("unreadable report skipped: %s", path)
            continue
        if not isinstance(data, dict) or (spider and data.get("spider") != spider):
            continue
        data.setdefault("path", str(path))
        found.append((str(data.get("finished") or data.get("started") or ""),
                      path.stat().st_mtime, data))
    found.sort(key=lambda t: (t[0], t[1]))
    return [data for _, _, data in found]


def write_report(report: dict[str, Any], path: Path,
                 history: list[dict[str, Any]] | None = None) -> tuple[Path, Path]:
    """Write the JSON report at ``path`` and its HTML page beside it (atomically each)."""
    from kznews.report.html import render_html  # pygal only when a page is drawn

    path.parent.mkdir(parents=True, exist_ok=True)
    html_path = path.with_suffix(".html")
    report["path"] = str(path)
    report["html"] = str(html_path)
    page = render_html(report, history or [])
    for target, text in ((html_path, page),
                         (path, json.dumps(report, ensure_ascii=False, indent=2))):
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    return path, html_path


__all__ = ["STABLE_KEYS", "Tally", "build_report", "free_path", "load_history",
           "report_stem", "summarise", "write_report"]
