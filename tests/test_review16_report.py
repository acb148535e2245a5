"""A run that read past a faulty listing page (empty, or showing the first page's list, while
the pager linked later pages) left that page's articles unread: its report does not pass and
the crawl exits with the status of a failed monitor, as other incomplete runs do."""

from __future__ import annotations

import re
from pathlib import Path

from kznews import monitors as M
from kznews.verdict import EXIT_MONITOR_FAILED
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl
from tests.test_pager_walk import zero_based

NEVER = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off"}


def test_a_run_that_skipped_a_listing_page_does_not_pass(tmp_path: Path) -> None:
    site = zero_based()
    empty_left = [2]  # the second page, asked for and read once more, is empty both times

    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        status, headers, body = site.route(target, host)
        if target == "/novosti?page=1" and empty_left[0]:
            empty_left[0] -= 1
            body = re.sub(r'<div class="view">.*</div></div>',
                          '<div class="view"><p>Новостей нет</p></div>', body.decode()).encode()
        return status, headers, body

    with CopyServer(route) as srv:
        first = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
        again = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
    report = first.report()
    assert report["stats"]["discovery/faulty_listing_skipped"] == 1
    assert first.returncode == EXIT_MONITOR_FAILED, first.stderr[-3000:]
    assert report["status"] == "failed"
    failed = [r for r in report["monitors"]["results"] if not r["passed"]]
    assert [r["name"] for r in failed] == ["completeness"], failed
    assert "listing pages skipped" in failed[0]["message"]
    assert "FAILED" in first.stderr and "completeness" in first.stderr
    # the next run reads the page again and passes
    second_page = site.ids(pages=2) - site.ids(pages=1)
    assert {i["id"] for i in again.items} == second_page
    assert again.returncode == 0 and again.report()["status"] == "passed"


def test_the_completeness_monitor_names_skipped_listing_pages() -> None:
    cfg = M.MonitorConfig()
    result = M.check_completeness({"stats": {"discovery/faulty_listing_skipped": 2}}, cfg)
    assert not result.passed
    assert result.message.startswith("listing pages skipped")
    assert result.message.endswith("— the next run walks every listing page")
    assert M.check_completeness({"stats": {"discovery/faulty_listing_skipped": 0}}, cfg).passed
