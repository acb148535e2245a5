"""Re-runs on one state directory against a real local listing: what one run left unread
is read by the next.

A run bounded by ``max_pages`` stops while its last listing page still held new articles;
the next, unbounded run must walk past those pages instead of stopping at the first page
holding nothing new, and the run after that stops at the first page again.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from kznews.verdict import EXIT_MONITOR_FAILED
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl
from tests.test_pager_walk import zero_based

NEVER = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off"}


def _listing_requests(srv: CopyServer, since: int) -> Counter[str]:
    return Counter(t for _, t, _ in srv.requests[since:] if t.startswith("/novosti"))


def test_a_run_after_one_cut_by_max_pages_reads_the_pages_that_one_left(tmp_path: Path) -> None:
    site = zero_based()
    with CopyServer(site.route) as srv:
        bounded = run_crawl(srv.url, tmp_path, "-a", "max_pages=2", settings=NEVER)
        mark = len(srv.requests)
        full = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
        mark2 = len(srv.requests)
        walked = _listing_requests(srv, mark)
        again = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
        asked_again = _listing_requests(srv, mark2)
    assert {r.returncode for r in (bounded, full, again)} == {0}, full.stderr[-3000:]
    assert {i["id"] for i in bounded.items} == site.ids(pages=2)
    assert {i["id"] for i in full.items} == site.ids() - site.ids(pages=2)
    feeds = Counter(line["id"] for line in again.feed_lines())
    assert set(feeds) == site.ids() and max(feeds.values()) == 1
    assert len(walked) == site.pages and max(walked.values()) == 1, walked
    assert asked_again == Counter({"/novosti": 1}) and not again.items


def test_a_run_after_one_stopped_by_since_reads_the_older_pages(tmp_path: Path) -> None:
    site = zero_based()  # dates 2021-04-16 back one day an article, 10 a page
    with CopyServer(site.route) as srv:
        recent = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", "-a", "since=2021-04-07",
                           settings=NEVER)
        full = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
    assert {r.returncode for r in (recent, full)} == {0}, full.stderr[-3000:]
    assert {i["id"] for i in recent.items} == {f"u{1000 + n}" for n in range(10)}
    feeds = Counter(line["id"] for line in full.feed_lines())
    assert set(feeds) == site.ids() and max(feeds.values()) == 1, feeds


def test_a_listing_page_coming_back_empty_inside_the_listing_is_no_end(tmp_path: Path) -> None:
    site = zero_based()
    empty_left = [2]  # the first run's request and its one retry of the second page

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
    # the run that read past the page fails its completeness monitor (status 3), and says why
    assert (first.returncode, again.returncode) == (EXIT_MONITOR_FAILED, 0), \
        first.stderr[-3000:]
    report = first.report()
    assert report["stats"]["discovery/faulty_listing_skipped"] == 1
    assert report["status"] == "failed"
    failed = [r for r in report["monitors"]["results"] if not r["passed"]]
    assert [r["name"] for r in failed] == ["completeness"], failed
    assert "listing pages skipped" in failed[0]["message"]
    assert "FAILED" in first.stderr and "completeness" in first.stderr
    # the next run reads the page again and passes
    second_page = site.ids(pages=2) - site.ids(pages=1)
    assert {i["id"] for i in first.items} == site.ids() - second_page
    assert {i["id"] for i in again.items} == second_page
    assert again.report()["status"] == "passed"
    feeds = Counter(line["id"] for line in again.feed_lines())
    assert set(feeds) == site.ids() and max(feeds.values()) == 1, feeds


@pytest.mark.parametrize("faults", [1, 2])
def test_a_listing_page_showing_the_first_page_again_inside_the_listing_is_no_end(
        tmp_path: Path, faults: int) -> None:
    """The second page answers with the first page's list (a cache keyed without the query)
    ``faults`` times: read once more, then read past."""
    site = zero_based()
    left = [faults]

    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        if target == "/novosti?page=1" and left[0]:
            left[0] -= 1
            return site.route("/novosti", host)
        return site.route(target, host)

    with CopyServer(route) as srv:
        first = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
        again = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
    # the run that read past the page fails its completeness monitor (status 3)
    assert (first.returncode, again.returncode) == (3 if faults == 2 else 0, 0), \
        first.stderr[-3000:]
    lost = site.ids(pages=2) - site.ids(pages=1) if faults == 2 else set()
    assert {i["id"] for i in first.items} == site.ids() - lost
    assert {i["id"] for i in again.items} == lost
    feeds = Counter(line["id"] for line in again.feed_lines())
    assert set(feeds) == site.ids() and max(feeds.values()) == 1, feeds
