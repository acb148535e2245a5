"""One request per article id per crawl: a page read before the listing page that dates it is
parsed again from memory, not fetched a second time; and links found elsewhere than on the
listing wait until the listing walk has dated their story, so that such pages are parsed once
(kznews.spiders.deferred)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kznews.mirror import MirrorServer
from kznews.report import summarise
from kznews.sites.centerinform import outlet
from kznews.sites.centerinform.textpages import first_page
from tests.crawl_helpers import run_crawl


def _article_fetches(server: MirrorServer) -> Counter[str]:
    """Article id -> times its page (a text's first page; later pages are other requests)
    was served."""
    return Counter(aid for path in server.requests if first_page(path) == path
                   for aid in [outlet.article_id(path)] if aid)


def _stats(stderr: str) -> dict[str, Any]:
    start = stderr.rindex("Dumping Scrapy stats:")
    text = stderr[stderr.index("{", start):stderr.index("}", start) + 1]
    # the dump is a Python dict: the counters this test reads are plain ints
    return {key: int(value) for key, value in
            (line.strip().rstrip(",").split(": ", 1) for line in text.strip("{}").splitlines()
             if line.strip()) if value.rstrip(",").isdigit()
            for key in [json.loads(key.replace("'", '"'))]}


def test_no_article_is_requested_twice_in_one_crawl(
        make_mirror: Callable[..., MirrorServer], tmp_path: Path) -> None:
    server = make_mirror(articles=240)
    run = run_crawl(server.url, tmp_path, "-a", "max_pages=1000",
                    settings={"KZNEWS_HOLD_RELATED": "0"})
    assert run.returncode == 0, run.stderr[-3000:]
    stats = _stats(run.stderr)
    # the mirror's related links, followed as found, reach year-less pages before their
    # listing page
    assert stats["discovery/deferred_for_listing"] >= 1
    fetches = _article_fetches(server)
    assert [aid for aid, n in fetches.items() if n > 1] == []
    assert stats["discovery/deferred_kept"] == stats["discovery/deferred_for_listing"]
    ids = [item["id"] for item in run.items]
    assert len(ids) == len(set(ids)) == len(server.site.articles)
    assert set(fetches) == set(ids)
    # the report's requests are the ones the site saw (the kept pages' local hand-back aside)
    assert summarise(stats)["requests"] == len(server.requests)
    # the pages parsed from memory got their listing's date, as a second fetch did
    assert sum(item["date_source"] == "dateline+listing" for item in run.items) >= \
        stats["discovery/deferred_for_listing"]


def test_past_the_memory_bound_a_put_off_page_is_fetched_again(
        make_mirror: Callable[..., MirrorServer], tmp_path: Path) -> None:
    """The bound on kept pages holds: with no room, the page is fetched again and still
    exported once, dated by its listing."""
    server = make_mirror(articles=240)
    run = run_crawl(server.url, tmp_path, "-a", "max_pages=1000",
                    settings={"KZNEWS_DEFERRED_KEEP_MB": "0", "KZNEWS_HOLD_RELATED": "0"})
    assert run.returncode == 0, run.stderr[-3000:]
    stats = _stats(run.stderr)
    refetched = stats["discovery/deferred_refetched"]
    assert refetched == stats["discovery/deferred_for_listing"] >= 1
    assert "discovery/deferred_kept" not in stats
    twice = [aid for aid, n in _article_fetches(server).items() if n > 1]
    assert len(twice) == refetched
    ids = [item["id"] for item in run.items]
    assert len(ids) == len(set(ids)) == len(server.site.articles)


def _dated(items: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    return {item["id"]: (item["published_at"], item["date_source"]) for item in items}


def test_links_to_stories_the_listing_has_not_reached_wait_for_it(
        make_mirror: Callable[..., MirrorServer], tmp_path: Path) -> None:
    """Related links, and the listing's "popular" sidebar, name older stories than the listing
    walk has dated: held until the walk reaches them, those pages are fetched and parsed once,
    none put off, with the same dates as when they were parsed, put off and parsed again."""
    server = make_mirror(articles=240)
    found = run_crawl(server.url, tmp_path / "found", "-a", "max_pages=1000",
                      settings={"KZNEWS_HOLD_RELATED": "0"})
    assert found.returncode == 0, found.stderr[-3000:]
    start = len(server.requests)
    held = run_crawl(server.url, tmp_path / "held", "-a", "max_pages=1000")
    assert held.returncode == 0, held.stderr[-3000:]
    before, after = _stats(found.stderr), _stats(held.stderr)
    assert before["discovery/deferred_for_listing"] >= 1
    assert "discovery/held_for_listing" not in before
    assert after["discovery/held_for_listing"] >= before["discovery/deferred_for_listing"]
    assert "discovery/deferred_for_listing" not in after
    # the same dates; a page the walk dates is dated by its listing when held. Without the
    # hold a page put off may be read again at a moment no listing page is outstanding and
    # take the same day from its neighbours' ids (seen once in many runs): not compared.
    held_dates, found_dates = _dated(held.items), _dated(found.items)
    assert {k: v[0] for k, v in held_dates.items()} == {k: v[0] for k, v in found_dates.items()}
    assert {k: v[1] for k, v in held_dates.items() if v[1] != "dateline+listing"} == {
        k: v[1] for k, v in found_dates.items() if v[1] not in {"dateline+listing", "dateline+ids"}}
    assert len(held.items) == len(server.site.articles)
    fetched = Counter(aid for path in server.requests[start:] for aid in [outlet.article_id(path)]
                      if aid)
    assert set(fetched) == {item["id"] for item in held.items}
    assert max(fetched.values()) == 1
