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
from typing import Any

import pytest
from scrapy.settings import Settings

from kznews.mirror import build_site, serve
from kznews.spiders.workers import ExtractionWorkers
from tests.crawl_helpers import assert_gone, crawl_with_a_worker, wait_for


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
    with serve(site, port=0) as server, \
            crawl_with_a_worker(server.url, tmp_path, "-a", "max_pages=1000") as (proc, workers):
        wait_for_served(server, 100, proc)  # the worker is well under way
        os.kill(workers[0], signal.SIGKILL)
        proc.wait(timeout=240)
    text = (tmp_path / "crawl.log").read_text("utf-8")
    assert proc.returncode == 0, text[-3000:]
    assert "Traceback" not in text
    assert "'workers/broken': 1," in text
    assert "'workers/pages_reread'" in text
    ids = _feed_ids(tmp_path / "feeds")
    assert set(ids) == {a["id"] for a in site.articles}
    assert max(ids.values()) == 1


def test_closing_the_workers_drops_the_pages_waiting_for_them() -> None:
    """What a crawl stopped at once (a second Ctrl-C) does: the pages not yet handed to a
    worker are dropped, not read first (the next run fetches them again)."""
    site = build_site(articles=40, seed=4)
    truth = site.articles[0]
    status, _, body = site.render(truth["path"], base="https://ic24.kz")
    assert status == 200
    workers = ExtractionWorkers(1, start_after=0)
    try:
        futures = [workers.submit(body.decode("utf-8"), "https://ic24.kz" + truth["path"], [],
                                  None) for _ in range(40)]
        pool = workers._pool
        assert pool is not None
        started = list(pool._processes)
    finally:
        workers.close()
    assert not workers.wanted()
    with pytest.raises(BrokenProcessPool):  # a page routed here later is read by the crawl
        workers.submit("<html></html>", "https://ic24.kz/news/x-u1", [], None)
    deadline = time.monotonic() + 120
    while not all(f.done() for f in futures):  # each read or dropped
        assert time.monotonic() < deadline, "pages neither read nor dropped"
        time.sleep(0.05)  # polling for a condition, not timing a result
    # at most the page in hand and the two queued for the worker are still read
    assert sum(f.cancelled() for f in futures) >= len(futures) - 3
    assert_gone(started)


def test_a_crawl_stopped_at_once_leaves_no_worker_and_no_traceback(tmp_path: Path) -> None:
    site = build_site(articles=3000, seed=4)
    log_path = tmp_path / "crawl.log"
    with serve(site, port=0) as server, \
            crawl_with_a_worker(server.url, tmp_path, "-a", "max_pages=1000") as (proc, workers):
        wait_for_served(server, 100, proc)
        os.kill(proc.pid, signal.SIGTERM)
        wait_for(lambda: [1] if "shutting down gracefully" in log_path.read_text("utf-8")
                 else [], proc, "the crawl ended before the second signal")
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=120)
    text = log_path.read_text("utf-8")
    assert "Traceback" not in text
    assert "forcing unclean shutdown" in text, text[-2000:]
    assert_gone(workers)


def wait_for_served(server: Any, pages: int, proc: subprocess.Popen[str]) -> None:
    """Until the mirror has served ``pages`` article pages (the crawl is under way: the
    listing shows 20 a page, so it cannot have ended)."""
    wait_for(lambda: [1] if sum("-u" in path for path in list(server.requests)) >= pages
             else [], proc, "the crawl ended before it was under way")


def test_sigterm_to_the_process_group_stops_the_crawl_not_its_worker(tmp_path: Path) -> None:
    """A stop sent to the whole process group (a supervisor's stop, a terminal's Ctrl-C)
    is the crawl's to handle: it stops gracefully, no traceback, and the worker ends with it."""
    site = build_site(articles=3000, seed=4)
    with serve(site, port=0) as server, \
            crawl_with_a_worker(server.url, tmp_path, "-a", "max_pages=1000",
                                group=True) as (proc, workers):
        wait_for_served(server, 100, proc)  # the worker is well under way
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=120)
    text = (tmp_path / "crawl.log").read_text("utf-8")
    assert "Traceback" not in text
    assert "'finish_reason': 'shutdown'" in text, text[-2000:]
    # the worker ignores the signal; when the group's signal still ends a helper process of
    # the pool first (its resource tracker), the crawl reads the pages in hand itself
    assert "workers/broken" not in text or "'workers/pages_reread'" in text
    assert_gone(workers)


def test_more_workers_than_cores_are_one_a_core(monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    workers = ExtractionWorkers.from_settings(Settings({"KZNEWS_EXTRACT_WORKERS": "100"}))
    assert workers.count == 2
    assert "one a core" in caplog.text


def test_a_record_that_does_not_travel_back_is_read_in_the_crawl() -> None:
    """A page whose record fails on the way back from the worker (a value that does not
    pickle) is read in the crawl's own process: no article lost."""
    import asyncio
    import pickle
    from concurrent.futures import Future

    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from kznews.spiders.centerinform import CenterinformSpider

    class Failing(ExtractionWorkers):
        def submit(self, *args: Any, **kwargs: Any) -> Future[Any]:
            future: Future[Any] = Future()
            future.set_exception(pickle.PicklingError("cannot pickle 'Thing' object"))
            return future

    site = build_site(articles=40, seed=4)
    truth = site.articles[0]
    status, _, body = site.render(truth["path"], base="https://ic24.kz")
    assert status == 200
    crawler = get_crawler(CenterinformSpider)
    crawler.stats.open_spider()  # type: ignore[union-attr]
    spider = CenterinformSpider.from_crawler(crawler, base_url="https://ic24.kz")
    spider.workers = Failing(1, start_after=0)
    url = "https://ic24.kz" + truth["path"]
    response = HtmlResponse(url, body=body, encoding="utf-8",
                            request=Request(url, meta={"article_id": truth["id"]}))

    async def read() -> list[Any]:
        return [out async for out in spider._read_elsewhere(response, truth["id"], None, [],
                                                            None)]

    asyncio.run(read())
    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    assert stats.get("workers/pages_reread") == 1
    assert not stats.get("workers/pages_read")
    assert spider.items_emitted == 1, stats
