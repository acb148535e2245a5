"""An outlet that starts blocking everything stops the crawl at the guard's default limit,
and the requests the crawl sends into that block stay bounded: the pages in flight when it
came (at most a slot's concurrency), the limit's own, and one retry each at most."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kznews import settings as defaults
from kznews.mirror import build_site
from tests.copykit.server import answering, serve_quietly
from tests.crawl_helpers import run_crawl
from tests.test_block_retry import CHECK

LIMIT = 5  # KZNEWS_BLOCK_LIMIT's default


class Outlet:
    """The mirror, answering a browser check for everything after ``after`` article pages."""

    def __init__(self, after: int) -> None:
        self.site = build_site(articles=80, seed=7)
        self.after = after
        self.articles = 0
        self.into_block = 0
        self.lock = threading.Lock()

    def answer(self, path: str, headers: dict[str, str], base: str
               ) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.articles += "-u" in path
            blocking = path != "/robots.txt" and self.articles > self.after
            self.into_block += blocking
        if blocking:
            return 503, {"Content-Type": "text/html; charset=utf-8",
                         "cf-mitigated": "challenge", "Server": "cloudflare",
                         "Content-Length": str(len(CHECK))}, CHECK
        status, head, body = self.site.render(path, base=base, headers=headers)
        return status, {**head, "Content-Length": str(len(body))}, body


@pytest.fixture(params=[-1, 10], ids=["from-the-start", "mid-crawl"])
def outlet(request: pytest.FixtureRequest) -> Iterator[tuple[Outlet, str]]:
    outlet = Outlet(request.param)
    httpd = serve_quietly(answering(outlet.answer))
    yield outlet, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_block_of_everything_stops_the_crawl_within_a_bound(
        outlet: tuple[Outlet, str], tmp_path: Path) -> None:
    site, url = outlet
    result = run_crawl(url, tmp_path, settings={"KZNEWS_BLOCK_BACKOFF": "0.1"})
    assert "finish reason blocked" in result.stderr, result.stderr[-3000:]
    in_flight = defaults.CONCURRENT_REQUESTS_PER_DOMAIN
    assert site.into_block <= in_flight + 2 * LIMIT, site.into_block
