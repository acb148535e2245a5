"""The JOBDIR request queue across kills and damage (kznews.scheduler), and errors in
asyncio tasks nobody awaits (kznews.extensions.taskerrors)."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import signal
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from kznews import monitors as M
from kznews.extensions.taskerrors import STAT, TaskErrors
from kznews.scheduler import MARKER, JobdirScheduler
from tests.crawl_helpers import REPO


class Before(Spider):
    name = "queued"

    def parse_page(self, response: Any) -> None:
        pass


class After(Spider):  # the same spider a release later, without ``parse_page``
    name = "queued"


def open_scheduler(jobdir: Path, spidercls: type[Spider] = Before) -> JobdirScheduler:
    # The plain priority queue: one file per priority, named after it, no downloader needed.
    crawler = get_crawler(spidercls, {
        "JOBDIR": str(jobdir), "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue"})
    spider = crawler.spider = spidercls()  # the queue (de)serializes callbacks by name on it
    crawler.stats.open_spider()
    scheduler = JobdirScheduler.from_crawler(crawler)
    scheduler.open(spider)
    return scheduler


def stat(scheduler: JobdirScheduler, key: str) -> Any:
    assert scheduler.stats is not None
    return scheduler.stats.get_value(key)


def urls(scheduler: JobdirScheduler) -> list[str]:
    out = []
    while (request := scheduler.next_request()) is not None:
        out.append(request.url)
    return out


def resume_then_kill(jobdir: str) -> None:
    """Run in a child process: resume the queue, take a request, add one, SIGKILL."""
    scheduler = open_scheduler(Path(jobdir))
    assert urls(scheduler)[:1] == ["http://127.0.0.1/2"]
    scheduler.enqueue_request(Request("http://127.0.0.1/3", dont_filter=True))
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_cleanly_closed_queue_resumes_and_a_killed_one_starts_empty(tmp_path: Path) -> None:
    first = open_scheduler(tmp_path)
    queue = tmp_path / "requests.queue"
    assert (queue / MARKER).exists()
    for n in (1, 2):
        first.enqueue_request(Request(f"http://127.0.0.1/{n}", dont_filter=True))
    first.close("shutdown")
    assert not (queue / MARKER).exists()

    child = subprocess.run([sys.executable, "-c", "import sys; from tests.test_scheduler import "
                            "resume_then_kill; resume_then_kill(sys.argv[1])", str(tmp_path)],
                           cwd=REPO, capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    assert (queue / MARKER).exists()

    after_kill = open_scheduler(tmp_path)
    assert len(after_kill) == 0 and stat(after_kill, "scheduler/jobdir_discarded") == 1
    after_kill.enqueue_request(Request("http://127.0.0.1/4", dont_filter=True))
    assert urls(after_kill) == ["http://127.0.0.1/4"]
    assert stat(after_kill, "scheduler/enqueued/disk") == 1
    after_kill.close("finished")


def test_queue_files_without_their_state_are_discarded(tmp_path: Path) -> None:
    """A JOBDIR written before the marker existed, by a crawl that was killed: queue files
    (one empty), no active.json."""
    queue = tmp_path / "requests.queue"
    queue.mkdir()
    (queue / "0").write_bytes(b"")
    scheduler = open_scheduler(tmp_path)
    assert stat(scheduler, "scheduler/jobdir_discarded") == 1
    scheduler.enqueue_request(Request("http://127.0.0.1/a", dont_filter=True))
    assert urls(scheduler) == ["http://127.0.0.1/a"]
    scheduler.close("finished")


def test_a_queue_file_that_cannot_be_opened_keeps_requests_in_memory(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    queue = tmp_path / "requests.queue"
    queue.mkdir()
    (queue / "active.json").write_text(json.dumps([]))  # closed cleanly, as far as it says
    # but the priority-0 file cannot be opened (as an empty one left by a kill cannot)
    (queue / "0").mkdir()
    scheduler = open_scheduler(tmp_path)
    with caplog.at_level(logging.WARNING, logger="kznews.scheduler"):
        for n in range(3):
            assert scheduler.enqueue_request(Request(f"http://127.0.0.1/{n}", dont_filter=True))
    assert stat(scheduler, "scheduler/disk_push_failed") == 3
    assert stat(scheduler, "scheduler/enqueued/memory") == 3
    assert len(urls(scheduler)) == 3
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "IsADirectoryError" in lines[0]
    scheduler.close("finished")


def test_a_queue_that_cannot_be_read_is_given_up_not_raised(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    before = open_scheduler(tmp_path, Before)
    spider = before.spider
    for n in range(3):
        before.enqueue_request(Request(f"http://127.0.0.1/{n}", dont_filter=True,
                                       callback=spider.parse_page))  # type: ignore[attr-defined]
    before.close("shutdown")
    after = open_scheduler(tmp_path, After)  # parse_page is gone: the requests cannot load
    with caplog.at_level(logging.WARNING, logger="kznews.scheduler"):
        assert after.next_request() is None
    assert stat(after, "scheduler/disk_dropped") == 2  # the one that failed, and the rest
    assert len(after) == 0 and "parse_page" in caplog.records[0].getMessage()
    after.enqueue_request(Request("http://127.0.0.1/new", dont_filter=True))
    assert urls(after) == ["http://127.0.0.1/new"]
    after.close("finished")
    assert (tmp_path / "requests.queue" / MARKER).exists()  # the next run discards it


def test_unretrieved_task_errors_are_counted_and_each_kind_logged_once(
        caplog: pytest.LogCaptureFixture) -> None:
    crawler = get_crawler(Spider)
    crawler.stats.open_spider()
    ext = TaskErrors(crawler)

    async def fail(exc: Exception) -> None:
        raise exc

    async def crawl() -> None:
        ext.engine_started()
        tasks = [asyncio.create_task(fail(struct.error("unpack requires a buffer of 4 bytes")))
                 for _ in range(5)]
        tasks.append(asyncio.create_task(fail(ValueError("other"))))
        await asyncio.wait(tasks)  # as Scrapy does: the exceptions are never retrieved
        tasks.clear()
        gc.collect()  # asyncio reports them when the tasks are collected
        ext.engine_stopped()

    with caplog.at_level(logging.ERROR):
        asyncio.run(crawl())
    assert crawler.stats.get_value(STAT) == 6
    lines = sorted(r.getMessage() for r in caplog.records)
    assert len(lines) == 2
    assert lines[0].startswith("an internal task failed: ValueError: other")
    assert lines[1].startswith("an internal task failed: struct.error: unpack requires")
    assert not any("never retrieved" in line for line in lines)


def test_a_failed_internal_task_fails_the_run_however_few_errors_it_logged() -> None:
    cfg = M.MonitorConfig(max_errors=5)
    assert M.check_errors({"errors": 1, "stats": {}}, cfg).passed
    failed = M.check_errors({"errors": 1, "first_error": "an internal task failed: …",
                             "stats": {STAT: 26}}, cfg)
    assert not failed.passed
    assert "26 internal tasks failed" in failed.message and "the first: an internal" in \
        failed.message
