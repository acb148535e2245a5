"""A server that answers article pages in ways Scrapy's defaults read wrong: a ``Refresh``
header in place of a ``<meta>`` refresh (a consent interstitial, a moved page), a ``304 Not
Modified`` to a request that named no version, article addresses that redirect onto each
other, stories whose canonical names an article that cannot be had, and ``Content-Encoding:
identity``. One ``scrapy crawl`` against a real server (tests/hostile_wire.py) whose listing
links one article page per probe; every article that can be had must be in the feed, every one
that cannot must be counted and named.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from typing import Any

import pytest
from scrapy.http import HtmlResponse

from kznews.consent import header_refresh
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.hostile import article_html, listing_html
from tests.hostile_wire import Reply, WireServer, html_reply
from tests.test_faults import scrapy_stats

HTML = [("Content-Type", "text/html; charset=utf-8")]
FAST = {"KZNEWS_MONITORS_ENABLED": "0", "DOWNLOAD_TIMEOUT": "5", "KZNEWS_RETRY_BACKOFF": "0.02",
        "KZNEWS_POLITE_DELAY": "0", "DOWNLOAD_DELAY": "0"}
CONSENT = ("<html><head><title>Cookies</title></head><body><p>Мы используем cookie. "
           "Принять?</p></body></html>").encode()
LISTED = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 15, 20, 21, 22, 24, 25]


def page(num: int) -> bytes:
    return article_html(num, [])


def _consent(refresh: str) -> Reply:
    return Reply(headers=[*HTML, ("Set-Cookie", "consent=1; Path=/"), ("Refresh", refresh)],
                 body=CONSENT)


SERVER_LOG: list[str] = []  # paths asked for, for the route's own counting


def _canonical(num: int, target: int) -> Reply:
    return html_reply(page(num).replace(
        b"</head>", f'<link rel="canonical" href="/news/story-u{target}"></head>'.encode()))


def _route(path: str, head: bytes = b"") -> Reply | None:
    cookie = b"consent=1" in head
    tries = SERVER_LOG.count(path)
    SERVER_LOG.append(path)
    if path == "/robots.txt":
        return Reply(headers=[("Content-Type", "text/plain")], body=b"User-agent: *\nAllow: /\n")
    if path == "/novosti":
        return html_reply(listing_html(LISTED))
    match = re.fullmatch(r"/news/story-u(\d+)", path)
    num = int(match[1]) if match else 0
    if num == 2 and not cookie:  # a consent page reloading itself by its header
        return _consent("0")
    if num == 3 and not cookie:  # the same, naming its own address
        return _consent("0; URL='/news/story-u3'")
    if num == 4:  # a moved page: a stub whose Refresh header names the article's new address
        return Reply(headers=[*HTML, ("Refresh", "0;url=/news/story-u5")],
                     body=b"<html><body>Moved</body></html>")
    if num == 6:  # 304 to a request that named no version: on every attempt
        return Reply(304, [("ETag", '"x"')])
    if num == 7 and tries == 0:  # the same, once
        return Reply(304, [])
    if num in (8, 9):  # two listed addresses redirecting to each other
        return Reply(302, [("Location", f"/news/story-u{17 - num}")])
    if num == 10:  # a merged story: redirects to another listed article
        return Reply(301, [("Location", "/news/story-u1")])
    if num == 15:  # a removed story sent to the listing, which the crawl read already
        return Reply(302, [("Location", "/novosti")])
    if num in (20, 21):  # two listed stories naming each other as canonical
        return _canonical(num, 41 - num)
    if num == 22:  # naming an article that answers 404
        return _canonical(22, 23)
    if num == 23:
        return None
    if num == 24:  # a merged story: names a listed article that is had
        return _canonical(24, 25)
    if num == 11:  # a whole article with a slow reload header: not followed
        return Reply(headers=[*HTML, ("Refresh", "300; url=/news/story-u12")], body=page(11))
    if num == 13:  # "identity": no coding at all
        return Reply(headers=[*HTML, ("Content-Encoding", "identity")], body=page(13))
    if num == 14:  # gzip, then the word "identity"
        return Reply(headers=[*HTML, ("Content-Encoding", "gzip, identity")],
                     body=gzip.compress(page(14)))
    return html_reply(page(num)) if num else None



@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, Any]]:
    SERVER_LOG.clear()
    with WireServer(_route) as server:
        result = run_crawl(server.url, tmp_path_factory.mktemp("r29"), "-a", "max_pages=1",
                           "-a", "discover=listing", "-a", "render=never", settings=FAST,
                           timeout=240)
        yield result, server


def _by_num(result: CrawlResult) -> dict[int, dict[str, Any]]:
    return {int(item["url"].rsplit("-u", 1)[1]): item for item in result.items}


def test_a_refresh_header_is_read_as_its_meta_twin_is(crawl: Any) -> None:
    result, server = crawl
    got = _by_num(result)
    # consent pages refreshing by their header: passed with their cookie, never an article
    for num in (2, 3):
        assert got[num]["title"] == f"Новость {num} о благоустройстве дворов", num
        assert server.requests.count(f"/news/story-u{num}") == 2, num
    assert not any("cookie" in item["body"].lower() for item in result.items)
    # a moved page: its header followed to the article
    assert got[5]["body"].count("Материал номер 5, абзац") == 3
    # a reload after METAREFRESH_MAXDELAY: the page as served
    assert got[11]["body"].count("Материал номер 11, абзац") == 3
    assert "/news/story-u12" not in server.requests
    stats = scrapy_stats(result.stderr)
    assert stats["consent/retried"] == 2
    assert "Traceback" not in result.stderr


def test_a_304_to_a_request_naming_no_version_is_retried_then_counted(crawl: Any) -> None:
    result, server = crawl
    got = _by_num(result)
    assert 6 not in got
    assert server.requests.count("/news/story-u6") == 4  # 1 + RETRY_TIMES
    assert got[7]["body"].count("Материал номер 7, абзац") == 3  # the second answer read
    stats = scrapy_stats(result.stderr)
    assert stats["drop/not_modified_page"] == 1
    assert "incremental/not_modified" not in stats
    assert re.search(r"WARNING: dropped \S+/news/story-u6: the page came as 304 Not Modified "
                     r"though the request named no version", result.stderr)


def test_addresses_redirecting_onto_each_other_are_a_counted_loop(crawl: Any) -> None:
    result, _ = crawl
    got = _by_num(result)
    assert not {8, 9} & set(got)
    stats = scrapy_stats(result.stderr)
    assert stats["redirect/loop"] == 2  # u8 and u9; u10 merged into u1 is no loop
    assert stats["drop/download/RedirectLoop"] == 2
    for num in (8, 9):
        assert re.search(rf"WARNING: article page failed: \S+/news/story-u{num}: redirect loop "
                         rf"through addresses the crawl asked for already: \S+u{num} -> "
                         rf"\S+u{17 - num} -> \S+u{num}\n", result.stderr), num
    assert got[1]["body"].count("Материал номер 1, абзац") == 3
    # a removed story redirected to the listing: no article, counted and named
    assert stats["drop/redirected_away"] == 1
    assert re.search(r"WARNING: dropped \S+/news/story-u15: it redirects to \S+/novosti, a page "
                     r"the crawl read already, no article", result.stderr)


def test_every_article_is_exported_or_counted(crawl: Any) -> None:
    result, _ = crawl
    got = _by_num(result)
    assert sorted(got) == [1, 2, 3, 5, 7, 11, 13, 14, 20, 21, 22, 25]
    stats = scrapy_stats(result.stderr)
    lost = sum(v for k, v in stats.items() if k.startswith("drop/"))
    # u6, u8, u9, u15, u23 (404), u24 (merged into u25); u10 is u1, read once
    assert lost == 6


def test_a_page_whose_canonical_article_is_not_had_is_kept_as_its_own(crawl: Any) -> None:
    """Before: u20 and u21 naming each other were both dropped as each other's copy, u22 was
    dropped for an article that answers 404: three whole articles lost, counted as merged."""
    result, _ = crawl
    got = _by_num(result)
    for num in (20, 21, 22):
        assert got[num]["id"] == f"u{num}"
        assert got[num]["body"].count(f"Материал номер {num}, абзац") == 3, num
        assert re.search(rf"WARNING: kept \S+/news/story-u{num} as its own article: the "
                         rf"article its canonical names was not had", result.stderr), num
    assert 24 not in got and 25 in got  # a merge into an article that is had stays one
    stats = scrapy_stats(result.stderr)
    assert stats["discovery/canonical/kept_own"] == 3
    assert stats["drop/canonical_elsewhere"] == 1  # u24
    assert result.report()["dropped"]["drop/canonical_elsewhere"] == 1


def test_identity_is_no_content_coding(crawl: Any) -> None:
    result, _ = crawl
    got = _by_num(result)
    for num in (13, 14):
        assert got[num]["body"].count(f"Материал номер {num}, абзац") == 3, num
    assert "unsupported encoding" not in result.stderr


@pytest.mark.parametrize(("value", "parsed"), [
    ("0", (0.0, None)),
    ("5; url=/x", (5.0, "http://h/x")),
    ("0;URL='/y z'", (0.0, "http://h/y%20z")),
    ('3, url="http://o/b"', (3.0, "http://o/b")),
    ("1.5;  /p", (1.5, "http://h/p")),
    ("0; url=", (0.0, None)),
    ("soon", None),
    ("", None),
])
def test_refresh_header_values_are_read_as_browsers_read_them(
        value: str, parsed: tuple[float, str | None] | None) -> None:
    response = HtmlResponse("http://h/a/b", body=b"<html></html>",
                            headers={"Refresh": value} if value else {})
    assert header_refresh(response) == parsed


def test_a_drop_taken_back_to_none_is_not_listed() -> None:
    from kznews.report import summarise

    summary = summarise({"drop/canonical_elsewhere": 0, "drop/download/HttpError": 2})
    assert summary["dropped"] == {"drop/download/HttpError": 2}
    assert summary["dropped_items"] == 2
