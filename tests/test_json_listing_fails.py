"""A JSON listing page that fails for good in the middle of the walk (a 500 after the
retries): the stories past it are unread, so the run says so — incomplete, the report's
``completeness`` failed, exit 3 — and the next run walks the whole listing and exports them,
each once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl
from tests.test_other_listings import ARTS, PER, _cursor_json, _json_site

NEVER = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off", "RETRY_TIMES": "1",
         "KZNEWS_RETRY_BACKOFF": "0"}
ONLY_LISTING = ("-a", "discover=listing", "-a", "related_depth=0")
FAILING = 2 * PER  # the third JSON page


def test_a_json_listing_page_failing_mid_walk_fails_the_run_and_the_next_reads_past_it(
        tmp_path: Path) -> None:
    site = _json_site(_cursor_json)
    broken = {"on": True}

    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(target)
        if broken["on"] and parts.path == "/feed/data" and \
                int(parse_qs(parts.query)["offset"][0]) == FAILING:
            return 500, {"Content-Type": "text/plain"}, b"upstream timed out"
        return site(target, host)

    with CopyServer(route) as srv:
        first = run_crawl(srv.url, tmp_path, *ONLY_LISTING, settings=NEVER)
        broken["on"] = False
        second = run_crawl(srv.url, tmp_path, *ONLY_LISTING, settings=NEVER, out="again.jsonl")
    ids = {a.id for a in ARTS}
    read = {str(i["url"]).rsplit("-", 1)[1] for i in first.items}
    assert read < ids, "the failing page left nothing unread: the test proves nothing"
    assert first.returncode == 3, first.stderr[-3000:]
    checks = {m["name"]: m for m in first.report()["monitors"]["results"]}
    assert checks["completeness"]["passed"] is False
    assert "listing pages" in checks["completeness"]["message"]
    assert second.returncode == 0, second.stderr[-3000:]
    feeds = Counter(str(line["url"]).rsplit("-", 1)[1] for line in second.feed_lines())
    assert set(feeds) == ids and max(feeds.values()) == 1, feeds
