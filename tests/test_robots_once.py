"""robots.txt is fetched once per site: the download for the robots.txt rules answers sitemap
discovery's request for the same file (kznews.robots)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from kznews.mirror import build_site, serve
from kznews.mirror import pages as mirror_pages
from kznews.robots import REUSED, RobotsOnceMiddleware
from tests.crawl_helpers import run_crawl

ROBOTS = "http://127.0.0.1:8001/robots.txt"


def _middleware() -> RobotsOnceMiddleware:
    crawler = get_crawler(Spider)
    assert crawler.stats is not None
    crawler.stats.open_spider()
    return RobotsOnceMiddleware.from_crawler(crawler)


def test_a_downloaded_robots_txt_answers_the_next_request_for_it() -> None:
    mw = _middleware()
    first = Request(ROBOTS, meta={"dont_obey_robotstxt": True})
    assert mw.process_request(first) is None  # nothing kept yet: downloaded
    body = b"User-agent: *\nDisallow: /admin/\nSitemap: http://127.0.0.1:8001/s.xml\n"
    mw.process_response(first, Response(ROBOTS, status=200, body=body, request=first))
    second = Request(ROBOTS, meta={"discovery": "robots"})
    answer = mw.process_request(second)
    assert answer is not None and answer.body == body and answer.status == 200
    assert answer.request is second and answer.meta["discovery"] == "robots"
    assert REUSED in answer.flags
    assert mw.crawler.stats is not None and mw.crawler.stats.get_value("robots/reused") == 1
    other = Request("http://127.0.0.1:8002/robots.txt")  # another site: its own file
    assert mw.process_request(other) is None
    assert mw.process_request(Request(ROBOTS + "?x=1")) is None
    assert mw.process_request(Request("http://127.0.0.1:8001/novosti")) is None


def test_an_answer_that_may_change_is_not_kept() -> None:
    mw = _middleware()
    for status in (500, 503):
        request = Request(ROBOTS)
        mw.process_response(request, Response(ROBOTS, status=status, request=request))
        assert mw.process_request(Request(ROBOTS)) is None
    page = Request("http://127.0.0.1:8001/novosti")
    mw.process_response(page, Response(page.url, status=200, body=b"<html>", request=page))
    assert mw.process_request(Request(page.url)) is None  # only robots.txt is kept
    request = Request(ROBOTS)
    mw.process_response(request, Response(ROBOTS, status=404, request=request))
    answer = mw.process_request(Request(ROBOTS))
    assert answer is not None and answer.status == 404  # a missing file stays missing


def test_a_crawl_asks_for_robots_txt_once_and_still_reads_its_sitemaps(
        make_mirror: Any, tmp_path: Path) -> None:
    srv = make_mirror(articles=20, seed=5, sitemaps=True)
    result = run_crawl(srv.url, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(result.items) == 20
    assert srv.requests.count("/robots.txt") == 1
    # the sitemaps robots.txt names were read from the one download
    assert "/sitemap_index.xml" in srv.requests
    stats = result.report()["stats"]
    assert stats["robots/reused"] == 1 and stats["discovery/sitemap/robots_named"] == 2


@pytest.mark.parametrize("rules", ["Disallow: /", "Disallow: /novosti"])
def test_a_listing_robots_txt_forbids_is_named_as_the_reason(
        rules: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mirror_pages, "ROBOTS", f"User-agent: *\n{rules}\n")
    with serve(build_site(articles=12, seed=3)) as srv:
        result = run_crawl(srv.url, tmp_path, "-a", "max_pages=1")
    assert result.items == [] and result.returncode == 3, result.stderr[-2000:]
    reason = next(line for line in result.stderr.splitlines()
                  if "failed item_count" in line)
    assert f"robots.txt ({srv.url}/robots.txt) disallows it" in reason, reason
    assert "Traceback" not in result.stderr
    report = result.report()
    assert report["stats"]["discovery/listing_robots_forbidden"] == 1
    item_count = next(r for r in report["monitors"]["results"] if r["name"] == "item_count")
    assert "robots.txt" in item_count["message"]
