"""Article pages read in worker processes, under faults: a worker killed mid-crawl, a crawl
stopped at once, a machine with one core."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from scrapy.settings import Settings

from kznews.mirror import build_site, serve
from kznews.spiders.workers import ExtractionWorkers
from tests.crawl_helpers import REPO, assert_gone, crawl_command, spawned_children
from tests.test_extract_workers import wait_for

WORKER_NOW = {"KZNEWS_EXTRACT_WORKERS": "1", "KZNEWS_EXTRACT_WORKERS_AFTER": "0"}


def test_one_core_means_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    workers = ExtractionWorkers.from_settings(Settings({"KZNEWS_EXTRACT_WORKERS_AFTER": 0}))
    assert workers.count == 0 and not workers.wanted()


def test_a_broken_pool_starts_no_new_worker() -> None:
    """A page routed to the workers before they broke is read by the crawl, not by a pool
    started anew."""
    workers = ExtractionWorkers(1, start_after=0)
    workers.failed(BrokenProcessPool("killed"))
    try:
        with pytest.raises(BrokenProcessPool):
            workers.submit("<html></html>", "https://ic24.kz/news/x-u1", [], None)
        assert workers._pool is None
    finally:
        workers.close()


def _feed_ids(feeds: Path) -> Counter[str]:
    import json
    ids: Counter[str] = Counter()
    for path in feeds.glob("*/*.jsonl"):
        ids.update(json.loads(line)["id"] for line in path.read_text("utf-8").splitlines())
    return ids


def test_a_worker_killed_mid_crawl_is_one_death_and_costs_no_article(tmp_path: Path) -> None:
    site = build_site(articles=500, seed=8)
    with serve(site, port=0) as server, open(tmp_path / "crawl.log", "w") as log:
        proc = subprocess.Popen(
            crawl_command(server.url, tmp_path, "-a", "max_pages=1000",
                          settings={**WORKER_NOW, "KZNEWS_PROGRESS": "off"}),
            cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
        try:
            workers = wait_for(lambda: spawned_children(proc.pid), proc,
                               "the crawl never started its worker")
            time.sleep(1)  # pages are waiting for the worker by now
            os.kill(workers[0], signal.SIGKILL)
            proc.wait(timeout=240)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    text = (tmp_path / "crawl.log").read_text("utf-8")
    assert proc.returncode == 0, text[-3000:]
    assert "Traceback" not in text
    assert "'workers/broken': 1," in text
    assert "'workers/pages_reread'" in text
    ids = _feed_ids(tmp_path / "feeds")
    assert set(ids) == {a["id"] for a in site.articles}
    assert max(ids.values()) == 1


def test_a_crawl_stopped_at_once_does_not_wait_for_the_worker(tmp_path: Path) -> None:
    """A second SIGTERM (or Ctrl-C) ends the crawl at once: the pages still waiting for the
    worker are dropped (the next run fetches them), not read first."""
    site = build_site(articles=3000, seed=4)
    with serve(site, port=0) as server, open(tmp_path / "crawl.log", "w") as log:
        proc = subprocess.Popen(
            crawl_command(server.url, tmp_path, "-a", "max_pages=1000",
                          settings={**WORKER_NOW, "KZNEWS_PROGRESS": "off",
                                    "CONCURRENT_REQUESTS": "64",
                                    "CONCURRENT_REQUESTS_PER_DOMAIN": "64",
                                    "SCRAPER_SLOT_MAX_ACTIVE_SIZE": "100000000"}),
            cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
        try:
            workers = wait_for(lambda: spawned_children(proc.pid), proc,
                               "the crawl never started its worker")
            time.sleep(4)  # a backlog of pages waits for the worker
            os.kill(proc.pid, signal.SIGTERM)
            time.sleep(0.3)
            os.kill(proc.pid, signal.SIGTERM)
            forced = time.monotonic()
            proc.wait(timeout=120)
            took = time.monotonic() - forced
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    text = (tmp_path / "crawl.log").read_text("utf-8")
    assert "Traceback" not in text
    assert "forcing unclean shutdown" in text, text[-2000:]
    assert took < 1.0, f"the crawl took {took:.1f} s to stop after the second SIGTERM"
    assert_gone(workers)


def test_sigterm_to_the_process_group_stops_the_crawl_not_its_worker(tmp_path: Path) -> None:
    """A stop sent to the whole process group (a supervisor's stop, a terminal's Ctrl-C)
    is the crawl's to handle: it stops gracefully with the worker reading the pages in hand,
    and the worker ends with it."""
    site = build_site(articles=3000, seed=4)
    with serve(site, port=0) as server, open(tmp_path / "crawl.log", "w") as log:
        proc = subprocess.Popen(
            crawl_command(server.url, tmp_path, "-a", "max_pages=1000",
                          settings={**WORKER_NOW, "KZNEWS_PROGRESS": "off"}),
            cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            workers = wait_for(lambda: spawned_children(proc.pid), proc,
                               "the crawl never started its worker")
            time.sleep(2)  # pages are waiting for the worker by now
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    text = (tmp_path / "crawl.log").read_text("utf-8")
    assert "Traceback" not in text
    assert "'finish_reason': 'shutdown'" in text, text[-2000:]
    assert "workers/broken" not in text and "extraction worker stopped" not in text
    assert_gone(workers)
