"""Article pages read in worker processes (kznews.spiders.workers): the same records as
reading them in the crawl's own process, started only when the crawl proves long, a dead
worker costs no article, a wrong setting is one line."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import build_site, serve
from kznews.processors.dates import reference_at
from kznews.sites.centerinform.article import extract_article
from kznews.spiders.workers import ExtractionWorkers, WorkersSettingError, worker_count
from tests.crawl_helpers import (
    REPO,
    CrawlResult,
    assert_gone,
    crawl_with_a_worker,
    run_crawl,
)


@pytest.mark.parametrize(("value", "cpus", "count"), [
    ("auto", 1, 0), ("auto", 2, 1), ("auto", 8, 2), (None, 4, 2), ("", None, 0),
    ("0", 8, 0), ("3", 1, 3), (" 1 ", 2, 1), ("AUTO", 3, 2)])
def test_worker_count(value: str | None, cpus: int | None, count: int) -> None:
    assert worker_count(value, cpus) == count


@pytest.mark.parametrize("value", ["lots", "-1", "1.5", "yes"])
def test_worker_count_refuses(value: str) -> None:
    with pytest.raises(WorkersSettingError, match="KZNEWS_EXTRACT_WORKERS"):
        worker_count(value, 4)


def test_a_wrong_setting_is_one_line_before_the_crawl(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "centerinform", "-a",
         "base_url=http://127.0.0.1:9", "-s", "KZNEWS_EXTRACT_WORKERS=lots",
         "-s", f"KZNEWS_STATE_DIR={tmp_path}"],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert "KZNEWS_EXTRACT_WORKERS='lots'" in proc.stderr


def test_the_served_day_travels_to_a_worker_with_its_moment() -> None:
    day = reference_at(datetime(2026, 4, 16, 5, 30, tzinfo=UTC))
    back = pickle.loads(pickle.dumps(day))
    assert type(back) is type(day) and back == day and back.moment == day.moment


def test_a_worker_reads_what_the_crawl_reads_and_a_dead_one_is_noticed() -> None:
    site = build_site(articles=40, seed=5)
    base = "https://ic24.kz"
    pages = []
    for truth in site.articles[:: 10]:
        status, _, body = site.render(truth["path"], base=base)
        assert status == 200
        pages.append((body.decode("utf-8"), base + truth["path"]))
    today = reference_at(datetime(2026, 4, 20, 6, tzinfo=UTC))
    hints = [("listing", date(2021, 4, 16))]
    workers = ExtractionWorkers(1, start_after=0)
    try:
        assert workers.wanted()
        for html, url in pages:
            remote = workers.submit(html, url, hints, today).result(timeout=120)
            here = extract_article(html, url, hints, today)
            assert remote.values == here.values and remote.rules == here.rules
            assert remote.id == here.id and remote.refusal == here.refusal
        assert workers.sent == len(pages)
        pool = workers._pool
        assert pool is not None
        for process in list(pool._processes.values()):  # a worker killed (out of memory, say)
            process.kill()
            process.join(timeout=30)
        with pytest.raises(BrokenProcessPool):
            workers.submit(*pages[0], hints, today).result(timeout=120)
        workers.failed(BrokenProcessPool("killed"))
        assert workers.broken and not workers.wanted() and workers._pool is None
    finally:
        workers.close()


def test_a_long_crawl_with_a_worker_exports_the_same_records(tmp_path: Path) -> None:
    site = build_site(articles=90, seed=3)
    with serve(site, port=0) as server:
        here = run_crawl(server.url, tmp_path / "here", "-a", "max_pages=50",
                         settings={"KZNEWS_EXTRACT_WORKERS": "0"})
        there = run_crawl(server.url, tmp_path / "there", "-a", "max_pages=50",
                          settings={"KZNEWS_EXTRACT_WORKERS": "1",
                                    "KZNEWS_EXTRACT_WORKERS_AFTER": "30"})
        short = run_crawl(server.url, tmp_path / "short", "-a", "max_pages=50",
                          settings={"KZNEWS_EXTRACT_WORKERS": "1"})  # 90 < 300: none started
    for run in (here, there, short):
        assert run.returncode == 0, run.stderr[-3000:]
        assert "Traceback" not in run.stderr
    assert len(here.items) == 90
    assert records(there) == records(here) == records(short)
    assert len(there.items) == len({i["id"] for i in there.items})
    stats_there = there.report().get("stats", {})
    stats_short = short.report().get("stats", {})
    assert stats_there.get("workers/pages_read") == 60, sorted(stats_there)[:50]
    assert "workers/pages_read" not in stats_short


def records(run: CrawlResult) -> dict[str, dict[str, Any]]:
    """The run's records by id, the crawl's time aside."""
    return {str(item["id"]): {k: v for k, v in item.items() if k != "crawled_at"}
            for item in run.items}


def test_a_crawl_killed_outright_leaves_no_worker_behind(tmp_path: Path) -> None:
    site = build_site(articles=600, seed=2)
    with serve(site, port=0) as server, \
            crawl_with_a_worker(server.url, tmp_path, "-a", "max_pages=100") as (proc, workers):
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert_gone(workers)


def test_ctrl_c_while_a_worker_is_still_starting_neither_kills_it_nor_prints() -> None:
    """A terminal's Ctrl-C reaches the whole process group, so also a worker that is still
    starting Python (before it could ignore the signal itself): it must neither die (a broken
    pool, a page read twice) nor print a ``KeyboardInterrupt`` traceback."""
    site = build_site(articles=10, seed=5)
    base = "https://ic24.kz"
    truth = site.articles[0]
    status, _, body = site.render(truth["path"], base=base)
    assert status == 200
    html, url = body.decode("utf-8"), base + truth["path"]
    hints = [("listing", date(2021, 4, 16))]
    workers = ExtractionWorkers(1, start_after=0)
    try:
        future = workers.submit(html, url, hints, None)
        pool = workers._pool
        assert pool is not None
        started = list(pool._processes.values())
        assert started, "the pool starts its worker with the first page"
        for _ in range(20):  # the worker has only just been started: it is still in Python's start
            for process in started:
                if process.pid is not None:
                    os.kill(process.pid, signal.SIGINT)
        got = future.result(timeout=120)
        assert got.values == extract_article(html, url, hints, None).values
        assert all(process.is_alive() for process in started)
        assert not workers.broken
    finally:
        workers.close()
