"""A page that sets cookies by the kilobyte, on a server that refuses request headers past
8 KB (as nginx does): the cookies kept are bounded, so the articles after it are still read."""

from __future__ import annotations

import re
from pathlib import Path

from tests.crawl_helpers import run_crawl
from tests.hostile import article_html, listing_html
from tests.hostile_wire import Reply, WireServer, html_reply
from tests.test_faults import scrapy_stats

ARTICLES = list(range(1, 9))
TOO_LARGE = Reply(400, [("Content-Type", "text/html")],
                  b"<html><body>400 Request Header Or Cookie Too Large</body></html>")


def _route(path: str, head: bytes) -> Reply | None:
    if len(head) > 8192:
        return TOO_LARGE
    if path == "/robots.txt":
        return Reply(headers=[("Content-Type", "text/plain")], body=b"User-agent: *\nAllow: /\n")
    if path == "/novosti":  # sixty 300-byte cookies: an 18 KB Cookie header if all kept
        flood = [("Set-Cookie", f"t{i}={'v' * 300}; Path=/") for i in range(60)]
        return Reply(headers=[("Content-Type", "text/html; charset=utf-8"), *flood],
                     body=listing_html(ARTICLES))
    match = re.fullmatch(r"/news/story-u(\d+)", path)
    return html_reply(article_html(int(match[1]), [])) if match else None


def test_a_cookie_flood_does_not_cost_the_articles_after_it(tmp_path: Path) -> None:
    with WireServer(_route) as server:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=1", "-a", "discover=listing",
                           settings={"KZNEWS_POLITE_DELAY": "0", "DOWNLOAD_DELAY": "0"},
                           timeout=240)
    assert sorted(int(i["url"].rsplit("-u", 1)[1]) for i in result.items) == ARTICLES
    stats = scrapy_stats(result.stderr)
    # 4096 bytes hold thirteen 302-byte cookies; the other 47 are refused
    assert stats["cookies/refused"] == 47
    assert "downloader/response_status_count/400" not in stats
    assert len(re.findall(r"WARNING: cookie t\d+ from \S+ not kept", result.stderr)) == 1
    assert result.returncode == 0
