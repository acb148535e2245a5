"""Re-runs on one state directory against a real local listing, where a run that reads every
listing page because the run before left pages unread is itself cut short: it must leave the
same promise to the run after it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl
from tests.test_pager_walk import zero_based

NEVER = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off"}


def _listing_requests(srv: CopyServer, since: int) -> Counter[str]:
    return Counter(t for _, t, _ in srv.requests[since:] if t.startswith("/novosti"))


def test_two_runs_cut_by_max_pages_in_a_row_leave_the_later_pages_to_the_next(
        tmp_path: Path) -> None:
    site = zero_based()  # 34 articles, 10 a page
    with CopyServer(site.route) as srv:
        first = run_crawl(srv.url, tmp_path, "-a", "max_pages=2", settings=NEVER)
        second = run_crawl(srv.url, tmp_path, "-a", "max_pages=2", settings=NEVER)
        mark = len(srv.requests)
        full = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
        walked = _listing_requests(srv, mark)
        mark = len(srv.requests)
        again = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
        asked_again = _listing_requests(srv, mark)
    assert {r.returncode for r in (first, second, full, again)} == {0}, full.stderr[-3000:]
    assert {i["id"] for i in first.items} == site.ids(pages=2)
    assert not second.items
    assert {i["id"] for i in full.items} == site.ids() - site.ids(pages=2)
    assert len(walked) == site.pages and max(walked.values()) == 1, walked
    feeds = Counter(line["id"] for line in again.feed_lines())
    assert set(feeds) == site.ids() and max(feeds.values()) == 1, feeds
    # the full walk ran to the end: the run after it stops at its first page again
    assert asked_again == Counter({"/novosti": 1}) and not again.items


def test_an_ordinary_run_after_a_full_one_stops_at_its_first_page(tmp_path: Path) -> None:
    """max_pages bounding a run that stops at its first page holding nothing new anyway
    leaves no full walk to the next run."""
    site = zero_based()
    with CopyServer(site.route) as srv:
        full = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=NEVER)
        small = []
        for _ in range(2):
            mark = len(srv.requests)
            run = run_crawl(srv.url, tmp_path, "-a", "max_pages=2", settings=NEVER)
            small.append((run, _listing_requests(srv, mark)))
    assert {r.returncode for r in (full, *(s for s, _ in small))} == {0}
    assert {i["id"] for i in full.items} == site.ids()
    for run, asked in small:
        assert asked == Counter({"/novosti": 1}) and not run.items, asked
