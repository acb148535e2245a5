"""The verdict written to a job's log whatever its LOG_LEVEL (kznews.commands.crawl), and read
back from it by `kznews enqueue --wait` (kznews.enqueue.verdict_in_log)."""

from __future__ import annotations

import logging

import pytest

from kznews.commands.crawl import verdict_level
from kznews.enqueue import verdict_in_log


@pytest.mark.parametrize("level, want", [
    (None, logging.INFO), ("", logging.INFO), ("DEBUG", logging.INFO), ("INFO", logging.INFO),
    ("WARNING", logging.WARNING), ("error", logging.ERROR), ("CRITICAL", logging.CRITICAL),
    ("nonsense", logging.INFO),
])
def test_the_verdict_is_logged_at_info_or_the_logs_own_level(level: str | None,
                                                             want: int) -> None:
    assert verdict_level(level) == want


PREFIX = "2026-12-02 03:50:01 [kznews.verdict] {level}: "


@pytest.mark.parametrize("level", ["INFO", "WARNING", "ERROR", "CRITICAL"])
def test_the_last_verdict_is_read_at_any_level(level: str) -> None:
    log = "\n".join([
        "2026-12-02 03:49:00 [scrapy.core.engine] INFO: Spider opened",
        PREFIX.format(level="INFO") + "FAILED: an older verdict",
        PREFIX.format(level=level) + "PASSED: 24 articles scraped, exported to feeds: ru 24",
        "  report: reports/2026-12-02T03-50-01.json", "",
    ])
    assert verdict_in_log(log) == ["PASSED: 24 articles scraped, exported to feeds: ru 24",
                                   "  report: reports/2026-12-02T03-50-01.json"]


def test_a_log_without_a_verdict_gives_none() -> None:
    assert verdict_in_log("2026-12-02 03:49:00 [scrapy.core.engine] INFO: Spider closed") == []
    assert verdict_in_log("") == []
