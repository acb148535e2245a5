"""Replay: rebuilding the feeds from a web archive vs crawling the mirror vs bare extraction.

On a mirror of N articles (2,000; 150 with ``--quick``), served from the bench process:

* live crawl, archive off — ``scrapy crawl centerinform`` as in the crawl section;
* live crawl, archive on — the same with ``-s KZNEWS_ARCHIVE_DIR``, fresh state: the cost of
  writing the WARC files, and their size (MB per 1,000 articles);
* replay — ``-a warc=<that archive>`` with the mirror shut down, fresh state (so every
  article is exported again, as in the first crawl);
* bare extraction — ``extract_article`` + ``build_article`` over the archived article pages,
  read from the archive into memory first (reading is timed separately).

A crawl's rate is responses over the crawl's ``elapsed_time_seconds`` (the engine's run,
interpreter start-up left out) for all three, so they compare; the live runs also give the
server's view (requests between the first and the last it saw).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from kznews.archive.index import ArchiveIndex, scan
from kznews.loaders import build_article, missing_fields
from kznews.mirror import build_site, serve
from kznews.sites.centerinform import extract_article

from .common import REPO, load_average, run_process, tail
from .crawl import centerinform_command, rate

TODAY = date(2026, 11, 23)


def _report(workdir: Path) -> dict[str, Any]:
    reports = sorted((workdir / "reports").glob("centerinform-*.json"))
    return json.loads(reports[-1].read_text("utf-8")) if reports else {}


def _crawl(cmd: list[str], workdir: Path, requests: list[str]) -> dict[str, Any]:
    workdir.mkdir(parents=True, exist_ok=True)
    load = load_average()
    code, wall, watch = run_process(cmd, REPO, workdir / "crawl.log", requests, 3600)
    stats = _report(workdir).get("stats", {})
    responses = int(stats.get("response_received_count", 0))
    elapsed = float(stats.get("elapsed_time_seconds", 0.0))
    out = {"exit": code, "responses": responses, "items": stats.get("item_scraped_count", 0),
           "elapsed_s": round(elapsed, 2), "wall_s": round(wall, 2), "load": load,
           "pages_per_s": round(responses / elapsed, 1) if elapsed else 0.0}
    if watch.count:
        out["server_requests_per_s"] = rate(watch)
    if code != 0:
        out["log_tail"] = tail(workdir / "crawl.log")
    return out


def _replay_command(workdir: Path, archive: Path, base_url: str) -> list[str]:
    cmd = centerinform_command(base_url, workdir)
    return cmd[:-2] + ["-a", f"warc={archive}", *cmd[-2:]]


def extraction(archive: Path, base_url: str) -> dict[str, Any]:
    """Archived article pages: time to read them from the archive, then to extract them."""
    start = time.perf_counter()
    index = ArchiveIndex(scan([str(p) for p in sorted(archive.glob("*.warc.gz"))]), base_url)
    try:
        pages = [(c.url, index.load(c).body.decode("utf-8"))
                 for c in index.pages.values() if "/news/" in c.url and c.status == 200]
    finally:
        index.close()
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    failed = 0
    for url, html in pages:
        ex = extract_article(html, url, [], TODAY)
        if missing_fields(ex):
            failed += 1
            continue
        build_article(ex, url)
    extract_s = time.perf_counter() - start
    return {"pages": len(pages), "failed": failed,
            "read_pages_per_s": round(len(pages) / read_s, 1) if read_s else 0.0,
            "pages_per_s": round(len(pages) / extract_s, 1) if extract_s else 0.0}


def run(quick: bool = False) -> dict[str, Any]:
    articles = 150 if quick else 2000
    site = build_site(articles=articles, seed=1)
    workdir = Path(tempfile.mkdtemp(prefix="kznews-bench-replay-"))
    archive = workdir / "archive"
    out: dict[str, Any] = {"articles": articles}
    try:
        with serve(site, port=0) as server:
            out["live"] = _crawl(centerinform_command(server.url, workdir / "live"),
                                 workdir / "live", server.requests)
            out["live_archived"] = _crawl(
                centerinform_command(server.url, workdir / "archived",
                                     {"KZNEWS_ARCHIVE_DIR": str(archive)}),
                workdir / "archived", server.requests)
            base_url = server.url
        # the mirror is down: nothing could be fetched even if the replay tried
        out["replay"] = _crawl(_replay_command(workdir / "replay", archive, base_url),
                               workdir / "replay", [])
        size = sum(p.stat().st_size for p in archive.glob("*.warc.gz"))
        out["archive_mb"] = round(size / 1e6, 2)
        out["archive_files"] = len(list(archive.glob("*.warc.gz")))
        out["archive_mb_per_1000_articles"] = round(size / 1e6 / articles * 1000, 2)
        out["extraction"] = extraction(archive, base_url)
        live, replayed = out["live"]["pages_per_s"], out["replay"]["pages_per_s"]
        out["replay_vs_live"] = round(replayed / live, 2) if live else None
        archived = out["live_archived"]["pages_per_s"]
        out["archive_write_cost"] = round(1 - archived / live, 3) if live else None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return out
