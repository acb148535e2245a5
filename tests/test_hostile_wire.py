"""A server that breaks HTTP below the page: lying Content-Length and Content-Encoding, cut and
corrupt compressed bodies. One ``scrapy crawl`` against a real server (tests/hostile_wire.py)
whose listing links one article page per misbehaviour, plus unit tests of the decoders.
"""

from __future__ import annotations

import gzip
import os
import re
import urllib.request
import zlib
from collections.abc import Iterator
from typing import Any

import brotli
import pytest
from scrapy.utils._compression import _DecompressionMaxSizeExceeded

from kznews.encoding import TruncatedStreamError, inflate, looks_plain
from kznews.middlewares import ends_cut
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.hostile import article_html, listing_html
from tests.hostile_wire import Reply, WireServer, html_reply
from tests.test_faults import scrapy_stats

HTML = [("Content-Type", "text/html; charset=utf-8")]
FAST = {"KZNEWS_MONITORS_ENABLED": "0", "DOWNLOAD_TIMEOUT": "5", "KZNEWS_RETRY_BACKOFF": "0.05",
        "KZNEWS_POLITE_DELAY": "0", "DOWNLOAD_DELAY": "0"}


def page(num: int) -> bytes:
    return article_html(num, [])


def encoded(num: int, encoding: str, body: bytes) -> Reply:
    return Reply(headers=[*HTML, ("Content-Encoding", encoding)], body=body)


def _gzip_cut(num: int, share: float) -> bytes:
    whole = gzip.compress(page(num), mtime=0)
    return whole[:int(len(whole) * share)]


def _cut_after_tag(num: int) -> Reply:
    """The whole page sent with a Content-Length ending right after the second paragraph's
    ``</p>``: what arrives ends in a ``>``, the text's ``<div>``s left open."""
    body = page(num)
    end = body.index(b"</p>", body.index("абзац 1".encode())) + len(b"</p>")
    return html_reply(body, length=end)


def _unclosed(num: int) -> bytes:
    """A whole page leaving out the end tags HTML lets it omit."""
    return page(num).replace(b"</p>", b"").replace(b"</body></html>", b"")


# article id -> (what the server does, whether the article must reach the feed)
PROBES: dict[int, tuple[Reply, bool]] = {
    1: (html_reply(page(1)), True),  # control
    # Content-Length counting characters, not UTF-8 bytes (Cyrillic: about half the page)
    2: (html_reply(page(2), length=len(page(2).decode())), False),
    3: (encoded(3, "gzip", _gzip_cut(3, 0.8)), False),  # gzip cut inside the article text
    4: (encoded(4, "gzip", _gzip_cut(4, 0.95)), False),  # gzip cut in the related block
    5: (encoded(5, "gzip", page(5)), True),  # labelled gzip, sent plain
    6: (encoded(6, "br", page(6)), True),  # labelled br, sent plain
    7: (encoded(7, "gzip, gzip", gzip.compress(page(7))), True),  # one layer of two
    8: (encoded(8, "deflate", zlib.compress(page(8))[:-200]), False),  # deflate cut
    9: (encoded(9, "gzip", b"\x1f\x8b\x08\x00" + os.urandom(3000)), False),  # corrupt gzip
    # a zlib stream labelled gzip: neither gzip nor plain markup, so a corrupt body
    10: (encoded(10, "gzip", zlib.compress(page(10))), False),
    11: (_cut_after_tag(11), False),  # a short Content-Length ending right after a tag
    12: (html_reply(_unclosed(12)), True),  # whole, its optional end tags left out
}


def _route(path: str, head: bytes = b"") -> Reply | None:
    if path == "/robots.txt":
        return Reply(headers=[("Content-Type", "text/plain")], body=b"User-agent: *\nAllow: /\n")
    if path == "/novosti":
        return html_reply(listing_html(sorted(PROBES)))
    match = re.fullmatch(r"/news/story-u(\d+)", path)
    return PROBES[int(match[1])][0] if match and int(match[1]) in PROBES else None


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, Any]]:
    with WireServer(_route) as server:
        result = run_crawl(server.url, tmp_path_factory.mktemp("wire"), "-a", "max_pages=1",
                           "-a", "discover=listing", settings=FAST, timeout=240)
        yield result, server


def _num(item: dict[str, Any]) -> int:
    return int(item["url"].rsplit("-u", 1)[1])


def test_whole_articles_are_read_whatever_their_encoding_label_says(crawl: Any) -> None:
    result, _ = crawl
    got = {_num(item): item for item in result.items}
    assert sorted(got) == sorted(n for n, (_, kept) in PROBES.items() if kept)
    for num, item in got.items():
        assert item["body"].count(f"Материал номер {num}, абзац") == 3, num
        assert item["body"].endswith(f"микрорайоне {num % 97 + 2}."), num
    stats = scrapy_stats(result.stderr)
    assert stats["httpcompression/encoding_ignored"] == 3  # u5, u6 and u7's outer layer
    assert "Traceback" not in result.stderr


def test_a_page_cut_at_a_short_content_length_is_dropped_not_exported(crawl: Any) -> None:
    result, server = crawl
    stats = scrapy_stats(result.stderr)
    assert stats["drop/cut_page"] == 2
    assert server.requests.count("/news/story-u2") == 2  # fetched again once, then dropped
    assert re.search(r"WARNING: dropped \S+/news/story-u2: the page stops mid-text at its "
                     r"Content-Length", result.stderr)
    # cut right after a tag: the elements the rest of the page closed are left open
    assert server.requests.count("/news/story-u11") == 2
    assert re.search(r"WARNING: dropped \S+/news/story-u11: the page stops with <div> open at "
                     r"its Content-Length", result.stderr)
    assert server.requests.count("/news/story-u12") == 2  # confirmed whole, then kept
    assert stats["kznews/unclosed_accepted"] == 1


def test_cut_compressed_bodies_are_fetched_again_then_dropped(crawl: Any) -> None:
    result, server = crawl
    stats = scrapy_stats(result.stderr)
    for num in (3, 4, 8):
        assert server.requests.count(f"/news/story-u{num}") == 4, num  # 1 + RETRY_TIMES
    assert stats["httpcompression/truncated"] == 12
    assert stats["drop/unclosed_page"] == 3


def test_corrupt_bodies_fail_with_one_clear_reason(crawl: Any) -> None:
    result, _ = crawl
    stats = scrapy_stats(result.stderr)
    assert stats["drop/download/BadEncodingError"] == 2
    assert "drop/download/error" not in stats
    lines = [line for line in result.stderr.splitlines() if "body not decodable as gzip" in line]
    assert len(lines) == 2 and all(len(line) < 400 for line in lines)


def test_every_lost_article_is_counted_in_the_report(crawl: Any) -> None:
    result, _ = crawl
    lost = sum(1 for _, kept in PROBES.values() if not kept)
    stats = scrapy_stats(result.stderr)
    assert sum(v for k, v in stats.items() if k.startswith("drop/")) == lost
    report = result.report()
    assert report["dropped_items"] == lost
    assert sum(v for k, v in report["dropped"].items() if k.startswith("drop/")) == lost


# -- the decoders -------------------------------------------------------------------------------


def test_inflate_reads_whole_streams_and_reports_cut_ones() -> None:
    text = page(11) * 50
    assert inflate(gzip.compress(text), 31, 0) == text
    assert inflate(gzip.compress(text[:100]) + gzip.compress(text[100:]), 31, 0) == text
    assert inflate(gzip.compress(text) + b"\0\0\0", 31, 0) == text
    assert inflate(zlib.compress(text), 15, 0) == text
    cut = gzip.compress(text)[:-300]
    with pytest.raises(TruncatedStreamError) as caught:
        inflate(cut, 31, 0)
    assert text.startswith(caught.value.output) and 0 < len(caught.value.output) < len(text)
    with pytest.raises(TruncatedStreamError):
        inflate(b"", 31, 0)


def test_inflate_stops_a_bomb_at_the_size_limit() -> None:
    bomb = gzip.compress(b"\0" * (64 << 20))
    with pytest.raises(_DecompressionMaxSizeExceeded):
        inflate(bomb, 31, 1 << 20)


def test_plain_markup_and_cut_pages_are_told_apart() -> None:
    assert looks_plain(b"\xef\xbb\xbf  <!DOCTYPE html>") and looks_plain(b"\n<?xml ?>")
    assert not looks_plain(gzip.compress(b"<html>")) and not looks_plain(brotli.compress(b"x"))
    assert not ends_cut(b"<html><body><p>text\n<div>footer</div>\n\n")
    assert not ends_cut(b"<html><body><ul><li>a<li>b</ul><p>text<br><svg><path d=''/></svg>")
    assert ends_cut(b"<html><body><div class=\"text\"><p>one</p>")  # right after a tag
    assert ends_cut(b"<html><body><main><p>one</p></main><div><script>a = 1;</script>")
    assert ends_cut(b"<html><body><p>\xd0\x9a\xd1\x80\xd0")  # mid-character
    assert ends_cut(b"<html><body><p>text</p><div class=\"")  # mid-tag
    assert ends_cut(b"<html><body><p>the last wo")  # mid-word


def test_wire_server_sends_what_it_is_told() -> None:
    with WireServer(_route) as server, \
            urllib.request.urlopen(server.url + "/news/story-u1") as answer:
        assert answer.read() == page(1)
