"""Scrapy hands a callback's output to the scheduler from one asyncio worker in kznews
(CONCURRENT_ITEMS = 1): a scheduler that raises must cost the request only, never the rest
of the callback's output or the end of the crawl."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.test import get_crawler

from kznews import settings
from kznews.mirror import build_site, serve
from kznews.redis.scheduler import RedisScheduler
from kznews.scheduler import GuardedEnqueue, JobdirScheduler
from tests.crawl_helpers import run_crawl


class BrokenDupeFilter:
    def request_seen(self, request: Request) -> bool:
        raise OSError(28, "No space left on device")

    def log(self, request: Request, spider: Spider) -> None:
        pass


def test_a_failing_enqueue_is_counted_and_logged_once(caplog: pytest.LogCaptureFixture
                                                        ) -> None:
    crawler = get_crawler(Spider)
    crawler.stats.open_spider()
    scheduler = JobdirScheduler.from_crawler(crawler)
    scheduler.df = BrokenDupeFilter()  # type: ignore[assignment]
    with caplog.at_level(logging.ERROR, logger="kznews.scheduler"):
        assert scheduler.enqueue_request(Request("http://127.0.0.1/1")) is False
        assert scheduler.enqueue_request(Request("http://127.0.0.1/2")) is False
    assert crawler.stats.get_value("scheduler/enqueue_failed") == 2
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "No space left on device" in lines[0]


def test_every_kznews_scheduler_is_guarded() -> None:
    assert settings.CONCURRENT_ITEMS == 1
    assert issubclass(JobdirScheduler, GuardedEnqueue)
    assert issubclass(RedisScheduler, GuardedEnqueue)


def test_a_crawl_whose_scheduler_refuses_requests_still_ends(tmp_path: Path) -> None:
    site = build_site(articles=40, seed=2)
    with serve(site, port=0) as server:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=1000",
                           "-a", "discover=listing",
                           settings={"SCHEDULER": "tests.flaky_scheduler.FlakyScheduler",
                                     "KZNEWS_PROGRESS": "off"}, timeout=120)
        again = run_crawl(server.url, tmp_path, "-a", "max_pages=1000",
                          "-a", "discover=listing", out="again.jsonl",
                          settings={"KZNEWS_PROGRESS": "off"}, timeout=120)
    report: dict[str, Any] = result.report()
    stats = report["stats"]
    assert stats.get("finish_reason") == "finished", result.stderr[-2000:]
    # lost requests: the completeness monitor fails the run, the next one reads every page
    assert result.returncode == 3
    assert [r["name"] for r in report["monitors"]["results"] if not r["passed"]] == [
        "completeness"]
    failed = stats.get("scheduler/enqueue_failed", 0)
    assert failed >= 1
    assert 0 < len(result.items) <= 40 - failed + 5  # refused articles are lost, the rest come
    assert result.stderr.count("[kznews.scheduler] ERROR: request not scheduled:") == 1
    # the next run reads every listing page and fetches what this one lost
    later = again.report()["stats"]
    assert later.get("incremental/full_walk_after_interrupted_run") == 1
    first, second = {i["id"] for i in result.items}, {i["id"] for i in again.items}
    assert second and not first & second
    assert first | second == {a["id"] for a in site.articles}


def _applied(scheduler: Any, priority: str = "cmdline") -> Any:
    from scrapy.settings import Settings

    from kznews.scheduler import GuardEveryScheduler
    s = Settings()
    s.set("SCHEDULER", scheduler, priority)
    GuardEveryScheduler().update_settings(s)
    return s


def test_a_scheduler_of_the_users_gets_the_guard_at_its_own_priority() -> None:
    from scrapy.core.scheduler import Scheduler

    from tests.flaky_scheduler import PlainFlakyScheduler
    s = _applied("tests.flaky_scheduler.PlainFlakyScheduler")
    cls = s["SCHEDULER"]
    assert issubclass(cls, GuardedEnqueue) and issubclass(cls, PlainFlakyScheduler)
    assert cls.__name__ == "GuardedPlainFlakyScheduler"
    assert s.getpriority("SCHEDULER") == SETTINGS_PRIORITIES["cmdline"]  # -s stays -s
    assert _applied(Scheduler, "project")["SCHEDULER"].__mro__[1] is GuardedEnqueue
    # kznews's own schedulers, and a path that does not load, are left as they are
    assert _applied("kznews.scheduler.JobdirScheduler")["SCHEDULER"] == \
        "kznews.scheduler.JobdirScheduler"
    assert _applied("no.such.Scheduler")["SCHEDULER"] == "no.such.Scheduler"
    assert "kznews.scheduler.GuardEveryScheduler" in settings.ADDONS
    assert settings.ADDONS["kznews.scheduler.GuardEveryScheduler"] == max(
        settings.ADDONS.values())


def test_a_crawl_with_a_plain_scrapy_scheduler_that_raises_still_ends(tmp_path: Path) -> None:
    """``-s SCHEDULER=`` a scheduler without kznews's guard: the crawl still ends, the
    refusals are counted, and the run does not pass."""
    site = build_site(articles=24, seed=5)
    with serve(site, port=0) as server:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=1000",
                           "-a", "discover=listing",
                           settings={"SCHEDULER": "tests.flaky_scheduler.PlainFlakyScheduler",
                                     "KZNEWS_PROGRESS": "off"}, timeout=120)
    stats = result.report()["stats"]
    assert stats.get("finish_reason") == "finished", result.stderr[-2000:]
    assert stats.get("scheduler/enqueue_failed", 0) >= 1
    assert result.returncode == 3
    assert 0 < len(result.items) < 24
