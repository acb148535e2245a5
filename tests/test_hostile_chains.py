"""Chains a server leads the crawler along: redirects back to where they started (a loop, or a
cookie wall made of redirects), redirects to ``file:`` and ``ftp:``, and a page that names a
new article id as its canonical on every fetch. One ``scrapy crawl`` against a real server
(tests/hostile_wire.py); every article lost is counted and logged, no chain runs on.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

import pytest

from kznews.spiders.centerinform import MAX_CANONICAL_HOPS
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.hostile import article_html, listing_html
from tests.hostile_wire import Reply, WireServer, html_reply
from tests.test_faults import scrapy_stats

FAST = {"KZNEWS_MONITORS_ENABLED": "0", "DOWNLOAD_TIMEOUT": "5", "KZNEWS_RETRY_BACKOFF": "0.05",
        "KZNEWS_POLITE_DELAY": "0", "DOWNLOAD_DELAY": "0"}
LISTED = [1, 2, 3, 4, 5, 6, 7]
# u8: the article u7 was merged into; u6: a listed article whose canonical leads along new
# ids without end, kept as its own once none of them was had (kznews.spiders.canonical)
EXPORTED = [1, 3, 6, 8]
TRAP_IDS = itertools.count(901)


def redirect(location: str) -> Reply:
    return Reply(302, [("Location", location)])


def with_canonical(num: int, target: int) -> Reply:
    body = article_html(num, []).replace(
        b"</head>", f'<link rel="canonical" href="/news/story-u{target}"></head>'.encode())
    return html_reply(body)


def _article(num: int, query: str, head: bytes) -> Reply | None:
    if num == 2:  # a loop: u2 -> u2?h=1 -> u2 -> ...
        return redirect("/news/story-u2?h=1" if not query else "/news/story-u2")
    if num == 3 and b"wall=passed" not in head:  # a cookie wall made of redirects
        return redirect("/consent?back=/news/story-u3")
    if num == 4:
        return redirect("file:///etc/passwd")
    if num == 5:
        return redirect("ftp://127.0.0.1/news/story-u5")
    if num == 6 or num > 900:  # a new id on every fetch
        return with_canonical(num, next(TRAP_IDS))
    if num == 7:
        return with_canonical(7, 8)
    return html_reply(article_html(num, []))


def _route(path: str, head: bytes) -> Reply | None:
    if path == "/robots.txt":
        return Reply(headers=[("Content-Type", "text/plain")], body=b"User-agent: *\nAllow: /\n")
    if path == "/novosti":
        return html_reply(listing_html(LISTED))
    if path.startswith("/consent?back="):
        return Reply(302, [("Location", path.split("=", 1)[1]),
                           ("Set-Cookie", "wall=passed; Path=/")])
    match = re.fullmatch(r"/news/story-u(\d+)(\?.*)?", path)
    return _article(int(match[1]), match[2] or "", head) if match else None


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, Any]]:
    with WireServer(_route) as server:
        result = run_crawl(server.url, tmp_path_factory.mktemp("chains"), "-a", "max_pages=1",
                           "-a", "discover=listing", settings=FAST, timeout=240)
        yield result, server


def _nums(result: CrawlResult) -> list[int]:
    return sorted(int(item["url"].rsplit("-u", 1)[1]) for item in result.items)


def test_a_cookie_wall_made_of_redirects_is_passed(crawl: Any) -> None:
    result, server = crawl
    assert _nums(result) == EXPORTED
    assert server.requests.count("/news/story-u3") == 2  # before the wall, and after it
    assert "Traceback" not in result.stderr


def test_a_redirect_loop_is_a_counted_failure(crawl: Any) -> None:
    result, server = crawl
    stats = scrapy_stats(result.stderr)
    assert stats["drop/download/RedirectLoop"] == 1 and stats["redirect/loop"] == 1
    # no answer of the loop set a cookie: each URL of it fetched once
    assert server.requests.count("/news/story-u2") == 1
    assert server.requests.count("/news/story-u2?h=1") == 1
    assert re.search(r"WARNING: article page failed: redirect loop: \S+/news/story-u2 -> ",
                     result.stderr)


def test_redirects_to_file_and_ftp_fail_with_their_target_named(crawl: Any) -> None:
    result, _ = crawl
    stats = scrapy_stats(result.stderr)
    assert stats["offsite/not_http_redirect"] == 2
    for num, target in ((4, "file:///etc/passwd"), (5, "ftp://127.0.0.1/news/story-u5")):
        assert re.search(rf"article page failed: \S+/news/story-u{num}: redirect to a URL that "
                         rf"is no http\(s\): {re.escape(target)}", result.stderr)


def test_a_new_canonical_id_on_every_fetch_is_followed_a_bounded_number_of_times(
        crawl: Any) -> None:
    result, server = crawl
    stats = scrapy_stats(result.stderr)
    trap = [p for p in server.requests if re.fullmatch(r"/news/story-u(6|9\d\d)", p)]
    assert len(trap) == 1 + MAX_CANONICAL_HOPS
    assert stats["discovery/canonical/chain_stopped"] == 1
    assert "canonical chain not followed past" in result.stderr


def test_every_listed_article_lost_is_counted(crawl: Any) -> None:
    result, _ = crawl
    stats = scrapy_stats(result.stderr)
    # u2, u4, u5 failed downloads; u6's chain (u6 itself kept), u7 (merged into u8) refused
    downloads = sum(v for k, v in stats.items() if k.startswith("drop/download/"))
    assert downloads == 3
    assert stats["drop/canonical_elsewhere"] == 1 + MAX_CANONICAL_HOPS
    assert stats["discovery/canonical/kept_own"] == 1
    assert result.report()["dropped_items"] == 3 + 1 + MAX_CANONICAL_HOPS
