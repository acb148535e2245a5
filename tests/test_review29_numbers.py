"""Numbers given with ``-s`` that mean nothing, and a ``DEPTH_LIMIT`` that cuts the crawl.

Before: ``DOWNLOAD_MAXSIZE=-1`` failed every request (exit 3, "Expected to receive 8423 bytes
which is larger than download max size (-1)"), ``DOWNLOAD_TIMEOUT=0`` ended as "could not
connect to 127.0.0.1:…: operation now in progress" (exit 6, the site blamed), negative retries,
delays and monitor minimums were taken as given; ``DEPTH_LIMIT`` below what the walk needs made
Scrapy drop the deeper listing pages and articles at DEBUG (``depth/request_ignored_count``),
and the run PASSED, recorded as clean: the next run stopped at "nothing new" as well.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kznews.setting_checks import check_settings
from tests.test_faults import scrapy_stats
from tests.test_setting_slips import settings_with
from tests.test_user_mistakes_crawl import crawl, one_line


@pytest.mark.parametrize("name, value, line", [
    ("DOWNLOAD_MAXSIZE", "-1", "DOWNLOAD_MAXSIZE must be ≥ 0, got '-1'"),
    ("RETRY_TIMES", "-3", "RETRY_TIMES must be ≥ 0, got '-3'"),
    ("DOWNLOAD_DELAY", "-0.5", "DOWNLOAD_DELAY must be ≥ 0, got '-0.5'"),
    ("DOWNLOAD_TIMEOUT", "0", "DOWNLOAD_TIMEOUT must be above 0, got '0'"),
    ("KZNEWS_MONITOR_MIN_ITEMS", "-1", "KZNEWS_MONITOR_MIN_ITEMS must be ≥ 0, got '-1'"),
    ("KZNEWS_RETRY_BACKOFF", "-2", "KZNEWS_RETRY_BACKOFF must be ≥ 0, got '-2'"),
])
def test_a_number_below_its_range_is_refused(name: str, value: str, line: str) -> None:
    with pytest.raises(ValueError) as caught:
        check_settings(settings_with(name, value))
    assert str(caught.value) == line


@pytest.mark.parametrize("name, value", [
    ("DEPTH_PRIORITY", "-1"), ("RETRY_PRIORITY_ADJUST", "-5"), ("FEED_EXPORT_INDENT", "0"),
    ("DOWNLOAD_MAXSIZE", "0"), ("RETRY_TIMES", "0"), ("DOWNLOAD_DELAY", "0"),
    ("KZNEWS_MONITOR_MIN_ITEMS", "0"), ("DEPTH_LIMIT", "0"), ("DOWNLOAD_TIMEOUT", "0.5"),
])
def test_any_sign_for_priorities_and_zero_where_it_means_off(name: str, value: str) -> None:
    check_settings(settings_with(name, value))


def test_a_depth_limit_below_max_pages_stops_the_crawl_in_one_line(tmp_path: Path,
                                                                    mirror: Any) -> None:
    proc = crawl(tmp_path, mirror.url, "-a", "max_pages=5", "-s", "DEPTH_LIMIT=2")
    assert one_line(proc) == (
        "error: DEPTH_LIMIT=2 is below max_pages=5: Scrapy would drop the listing pages (and "
        "their articles) deeper than that without a word; leave DEPTH_LIMIT out, and bound the "
        "crawl with max_pages, related_depth or max_articles")


def test_requests_dropped_past_the_depth_limit_fail_the_run_and_leave_it_unclean(
        tmp_path: Path, mirror: Any) -> None:
    proc = crawl(tmp_path, mirror.url, "-a", "max_pages=2", "-s", "DEPTH_LIMIT=2",
                 "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 3, proc.stderr[-2000:]
    ignored = scrapy_stats(proc.stderr)["depth/request_ignored_count"]
    assert ignored > 0
    assert (f"  failed completeness: requests deeper than DEPTH_LIMIT, dropped by Scrapy (their "
            f"pages unread: leave DEPTH_LIMIT out, bound the crawl with max_pages, "
            f"related_depth or max_articles): {ignored} — the next run walks every listing "
            "page") in proc.stderr
    # the run is recorded as unclean: the next one reads every listing page again
    again = crawl(tmp_path, mirror.url, "-a", "max_pages=2", "-s", "LOG_LEVEL=INFO")
    assert again.returncode == 0, again.stderr[-2000:]
    stats = scrapy_stats(again.stderr)
    assert stats["incremental/full_walk_after_interrupted_run"] == 1
    assert stats["discovery/listing_pages"] == 2
    lines = [json.loads(line) for path in (tmp_path / "feeds").glob("*/*.jsonl")
             for line in path.read_text("utf-8").splitlines()]
    assert len(lines) == len({line["id"] for line in lines})


def test_the_projects_depth_limit_is_raised_above_a_larger_max_pages() -> None:
    """kznews' DEPTH_LIMIT (5000) stays above any max_pages: `-a max_pages=100000` would
    otherwise have been cut at page 5000 without a word."""
    from scrapy.settings import Settings

    from kznews.commands.crawl import DEPTH_MARGIN, check_depth

    settings = Settings()
    settings.setmodule("kznews.settings", priority="project")
    check_depth(settings, 100)
    assert settings.getint("DEPTH_LIMIT") == 5000
    check_depth(settings, 100_000)
    assert settings.getint("DEPTH_LIMIT") == 100_000 + DEPTH_MARGIN
    given = settings_with("DEPTH_LIMIT", "150")
    check_depth(given, 100)  # the user's own, at or above max_pages: kept as given
    assert given.getint("DEPTH_LIMIT") == 150
