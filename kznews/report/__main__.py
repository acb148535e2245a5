"""``python -m kznews.report FEED… [--stats STATS.json] [--out DIR]``: rebuild a report.

Reads feed files (``feeds/<lang>/*.jsonl``, ``-O`` outputs; directories are searched for
``*.jsonl``), tallies every line as the crawl would, takes requests, drops, rules… from a
stats JSON when given (a Scrapy stats dump or an earlier kznews report), runs the monitors
against the reports already in ``--out`` and writes ``<out>/<name>.json`` and ``.html``.
A JSON array (``-O out.json``) is read as well. Exit status: 0, 3 when a monitor failed
(``--no-monitors`` to skip them), 1 with one line when a file cannot be read or written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy.settings import Settings

from kznews import monitors
from kznews.report import build_report, free_path, load_history, write_report
from kznews.report.tally import Tally


def feed_files(paths: Sequence[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.jsonl") if not p.name.startswith("."))
            if not found:  # a wrong folder: a report of "0 articles" would blame the crawl
                raise SystemExit(f"error: no feed file (*.jsonl) under {raw}")
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            raise SystemExit(f"error: no such feed file or directory: {raw}")
    return out


def read_lines(files: Sequence[Path]) -> Iterator[dict[str, Any]]:
    for path in files:
        try:
            yield from _records(path)
        except UnicodeDecodeError:
            raise SystemExit(f"error: {path} is not UTF-8 text (a feed is JSON lines)") from None
        except OSError as exc:
            raise SystemExit(f"error: cannot read {path}: {exc.strerror or exc}") from None


def _records(path: Path) -> Iterator[dict[str, Any]]:
    # utf-8-sig: a feed saved again by an editor that starts it with a byte-order mark
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if number == 1 and line.strip() == "[":  # Scrapy's JSON feed: one array
                yield from _array(path)
                return
            try:
                obj = json.loads(line)
            except ValueError:
                if not line.endswith("\n"):  # only the last line can lack it
                    # the last line of a run killed mid-write: its article is not in it
                    print(f"warning: {path}:{number} is cut off (no line end, not JSON): "
                          "skipped", file=sys.stderr)
                    return
                raise SystemExit(f"error: {path}:{number} is not JSON") from None
            if not isinstance(obj, dict):
                raise SystemExit(f"error: {path}:{number} is no JSON object (a feed line is "
                                 "one article)")
            wrong = misread_field(obj)
            if wrong:
                raise SystemExit(f"error: {path}:{number}: {wrong} (is it a kznews feed?)")
            yield obj


def _array(path: Path) -> Iterator[dict[str, Any]]:
    try:
        items = json.loads(path.read_text("utf-8-sig"))
    except ValueError as exc:
        raise SystemExit(f"error: {path} is not JSON ({exc})") from None
    if not isinstance(items, list) or not all(isinstance(obj, dict) for obj in items):
        raise SystemExit(f"error: {path} is no JSON array of objects (one per article)")
    for number, obj in enumerate(items, 1):
        wrong = misread_field(obj)
        if wrong:
            raise SystemExit(f"error: {path}, article {number}: {wrong} (is it a kznews feed?)")
    yield from items


# The fields the report reads, and their kinds in a feed line (each may be missing or null).
READ_FIELDS: dict[str, type] = {
    "lang": str, "published_at": str, "crawled_at": str, "extraction": dict, "revision": int}


def misread_field(record: dict[str, Any]) -> str:
    """Why the report cannot read ``record`` (a field of another kind than a feed's, a date
    that is none), or "". A line another tool wrote was a traceback from the charts."""
    for name, kind in READ_FIELDS.items():
        value = record.get(name)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            return f"{name} is {type(value).__name__} {str(value)[:40]!r}, not {kind.__name__}"
    day = record.get("published_at")
    if day:
        try:
            date.fromisoformat(str(day)[:10])
        except ValueError:
            return f"published_at {str(day)[:40]!r} is no date YYYY-MM-DD…"
    return ""


def load_stats(path: str | None) -> dict[str, Any]:
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise SystemExit(f"error: cannot read --stats {path}: {exc.strerror or exc}") from None
    except ValueError:
        raise SystemExit(f"error: --stats {path} is not JSON (a Scrapy stats dump or an "
                         "earlier kznews report)") from None
    if not isinstance(data, dict):
        raise SystemExit(f"error: {path} holds no JSON object")
    stats = data.get("stats")
    return dict(stats) if isinstance(stats, dict) else dict(data)


def rebuild(files: Sequence[Path], stats: dict[str, Any], spider: str
            ) -> tuple[dict[str, Any], dict[str, Any], Tally]:
    """Tally the feed lines; fill in from them whatever the stats do not say."""
    tally = Tally()
    per_lang: Counter[str] = Counter()
    revised = 0
    crawled: list[str] = []
    for item in read_lines(files):
        tally.add(item)
        per_lang[str(item.get("lang"))] += 1
        revised += int(item.get("revision") or 1) > 1
        if item.get("crawled_at"):
            crawled.append(str(item["crawled_at"]))
    stats = dict(stats)
    stats.setdefault("item_scraped_count", tally.items)
    if not any(k.startswith("extract/") for k in stats):
        for name, rules in tally.rules.items():
            key = "published" if name == "published_at" else name
            for rule, n in rules.items():
                stats[f"extract/{key}/{rule}"] = n
    if not any(k.startswith("feeds/") for k in stats):
        for lang, n in per_lang.items():
            stats[f"feeds/{lang}/items"] = n
    if "dedup/new" not in stats and "dedup/changed" not in stats:
        stats["dedup/changed"] = revised
        stats["dedup/new"] = tally.items - revised
    stats.setdefault("finish_reason", "finished")
    head = {"spider": spider, "rebuilt_from": [str(p) for p in files],
            "started": min(crawled) if crawled else None,
            "finished": max(crawled) if crawled else None}
    return head, stats, tally


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kznews report", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("feeds", nargs="+", help="feed files or directories of them")
    parser.add_argument("--stats", help="Scrapy stats JSON, or an earlier kznews report")
    parser.add_argument("--out", default="reports", help="report directory [reports]")
    parser.add_argument("--spider", default="centerinform")
    parser.add_argument("--name", help="file name without suffix [<spider>-rebuilt-<time>]")
    parser.add_argument("--no-monitors", action="store_true")
    opts = parser.parse_args(argv)

    files = feed_files(opts.feeds)
    stats = load_stats(opts.stats)
    head, stats, tally = rebuild(files, stats, opts.spider)
    if opts.stats:
        earlier = json.loads(Path(opts.stats).read_text("utf-8"))  # read by load_stats
        for key in ("base_url", "started", "finished"):
            if earlier.get(key):
                head[key] = earlier[key]
    report = build_report(stats, tally, **head)
    out = Path(opts.out)
    history = load_history(out, opts.spider)
    failed: list[monitors.MonitorResult] = []
    if not opts.no_monitors:
        settings = Settings()
        settings.setmodule("kznews.settings", priority="project")
        config = monitors.MonitorConfig.from_settings(settings)
        results = monitors.run_monitors(report, history, config)
        failed = [r for r in results if not r.passed]
        report["status"] = "failed" if failed else "passed"
        report["monitors"] = {"status": report["status"],
                              "results": [r.as_dict() for r in results]}
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    try:
        path = free_path(out, opts.name or f"{opts.spider}-rebuilt-{stamp}")
        json_path, html_path = write_report(report, path, history)
    except OSError as exc:
        print(f"error: cannot write the report into {out}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    print(f"{json_path}\n{html_path}")
    for result in failed:
        print(f"monitor {result.name} failed: {result.message}", file=sys.stderr)
    return monitors.EXIT_MONITOR_FAILED if failed else 0


if __name__ == "__main__":
    sys.exit(main())
