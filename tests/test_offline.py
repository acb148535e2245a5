"""A crawl contacts the crawled site only: no library fetches anything on its own behalf."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import build_site
from kznews.mirror.site import Site
from tests.copykit.server import Answer, answering, serve_quietly
from tests.crawl_helpers import run_crawl


def _cookie_site(site: Site) -> Answer:
    """The mirror, with every answer setting a cookie for a registrable domain of its own."""

    def answer(target: str, headers: dict[str, str], base: str) -> tuple[int, dict[str, str],
                                                                         bytes]:
        status, head, body = site.render(target, base=base, headers=headers)
        return status, {**head, "Set-Cookie": "visit=1; Domain=news.example.com; Path=/",
                        "Content-Length": str(len(body))}, body

    return answer


@pytest.fixture
def canary() -> Iterator[list[str]]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = serve_quietly(Handler)
    hits.append(f"http://127.0.0.1:{httpd.server_address[1]}/public_suffix_list.dat")
    yield hits
    httpd.shutdown()
    httpd.server_close()


def test_cookie_domains_are_judged_without_downloading_the_suffix_list(
        canary: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tldextract takes its download URLs and cache from the environment: point the download at
    # the canary and start from an empty cache, so a fetch would be seen rather than skipped.
    suffix_url = canary.pop(0)
    monkeypatch.setenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", suffix_url)
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path / "tld-cache"))
    site = build_site(articles=6, seed=3)
    httpd = serve_quietly(answering(_cookie_site(site)))
    try:
        result = run_crawl(f"http://127.0.0.1:{httpd.server_address[1]}", tmp_path / "run",
                           timeout=120)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(result.items) == 6
    assert canary == [], f"the crawl fetched {canary} from a host it was not asked to crawl"
