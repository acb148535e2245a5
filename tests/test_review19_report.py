"""What a run's report says about the articles it left unread, measured on real crawls of the
offline ic24.kz mirror with one fault at a time: a listing page that fails for good mid-walk
(its retries spent) leaves its articles unread, so the ``completeness`` monitor fails, the
crawl exits with the status of a failed monitor, and the next run reads them; a clean run
passes and exits 0."""

from __future__ import annotations

import socket
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from kznews import monitors as M
from kznews.mirror import Site, build_site
from kznews.verdict import EXIT_MONITOR_FAILED
from tests.copykit.server import CopyHandler, CopyServer, LoggingServer
from tests.crawl_helpers import CrawlResult, run_crawl

FAST = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off", "KZNEWS_RETRY_BACKOFF": "0.01"}
# the listing alone: its page 2 is then the only way to that page's articles (but for the
# few a sidebar shows on every page)
ONLY_LISTING = ("-a", "max_pages=50", "-a", "discover=listing", "-a", "related_depth=0")
RESET = "reset"
EMPTY = "empty"  # 200 with an empty body


class _ResettingServer(LoggingServer):
    resets: set[str]


class _ResettingHandler(CopyHandler):
    """Resets the connection, before any answer, for the targets in ``server.resets``."""

    server: _ResettingServer

    def _answer(self, with_body: bool) -> None:
        if self.path in self.server.resets:
            self.server.record(self.command, self.path, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        super()._answer(with_body)


class _FaultyMirror(CopyServer):
    """The mirror, with ``faults`` (target: a status, or ``RESET``) while ``live``."""

    handler = _ResettingHandler
    server_class = _ResettingServer

    def __init__(self, site: Site, faults: dict[str, int | str]) -> None:
        self.site, self.faults, self.live = site, faults, True
        super().__init__(self._route)

    def _route(self, target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        fault = self.faults.get(target) if self.live else None
        if fault == EMPTY:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, b""
        if isinstance(fault, int):
            return fault, {"Content-Type": "text/html"}, b"<html><body>error</body></html>"
        status, headers, body = self.site.render(target, base=f"http://{host}")
        # the copy's server sends the Content-Length of what it answers
        return status, {k: v for k, v in headers.items() if k.lower() != "content-length"}, body

    def start(self) -> _FaultyMirror:
        super().start()
        assert isinstance(self._httpd, _ResettingServer)
        self._httpd.resets = {t for t, f in self.faults.items() if f == RESET}
        return self

    def lift(self) -> None:
        self.live = False
        assert isinstance(self._httpd, _ResettingServer)
        self._httpd.resets = set()


def _ids(run: CrawlResult) -> set[str]:
    """Every article id in the feeds so far (the state directory's feeds, all runs)."""
    return {str(line["id"]) for line in run.feed_lines()}


def _failed(run: CrawlResult) -> dict[str, str]:
    results = run.report()["monitors"]["results"]
    return {r["name"]: r["message"] for r in results if not r["passed"]}


def _site() -> Site:
    return build_site(articles=180, per_page=60)  # three listing pages


Faults = Callable[[Site], dict[str, int | str]]


@pytest.mark.parametrize("faults", [
    lambda site: {"/novosti?page=2": 500},
    lambda site: {f"/novosti?page={site.pages}": RESET},
], ids=["second-page-500", "last-page-reset"])
def test_a_listing_page_failing_for_good_fails_the_run_and_the_next_reads_it(
        tmp_path: Path, faults: Faults) -> None:
    site = _site()
    every = {a["id"] for a in site.articles}
    with _FaultyMirror(site, faults(site)) as srv:
        first = run_crawl(srv.url, tmp_path, *ONLY_LISTING, settings=FAST)
        read = _ids(first)
        srv.lift()
        after = run_crawl(srv.url, tmp_path, *ONLY_LISTING, settings=FAST, out="after.jsonl")
    assert read < every  # the page's articles are unread
    report = first.report()
    assert report["stats"]["discovery/listing_failed"] == 1
    assert report["stats"]["discovery/listing_unread"] == 1
    assert (first.returncode, report["status"]) == (EXIT_MONITOR_FAILED, "failed"), \
        first.stderr[-3000:]
    failed = _failed(first)
    assert set(failed) == {"completeness"}, failed
    assert failed["completeness"].startswith("listing pages that could not be fetched")
    assert failed["completeness"].endswith("— the next run walks every listing page")
    # the next run, the fault lifted, reads what the first left and passes
    assert after.returncode == 0, after.stderr[-3000:]
    assert {str(i["id"]) for i in after.items} == every - read
    assert _ids(after) == every and after.report()["status"] == "passed"


def test_a_clean_run_passes_and_exits_0(tmp_path: Path) -> None:
    site = _site()
    with _FaultyMirror(site, {}) as srv:
        run = run_crawl(srv.url, tmp_path, *ONLY_LISTING, settings=FAST)
    assert run.returncode == 0, run.stderr[-3000:]
    assert _ids(run) == {a["id"] for a in site.articles}
    assert run.report()["status"] == "passed" and not _failed(run)
    assert not run.report()["stats"].get("discovery/listing_failed")


def test_the_completeness_monitor_names_failed_listing_pages() -> None:
    cfg = M.MonitorConfig()
    result = M.check_completeness({"stats": {"discovery/listing_failed": 2,
                                             "discovery/listing_unread": 2}}, cfg)
    assert not result.passed
    assert result.message == ("listing pages that could not be fetched (retries spent on a "
                              "5xx, a timeout or a reset; their articles unread): 2 — the "
                              "next run walks every listing page")
    assert M.check_completeness({"stats": {"discovery/listing_unread": 0}}, cfg).passed
    # a listing page that is gone (a 404, a redirect off the site, robots.txt) or a section
    # link that leads nowhere will not answer by asking again: no run could pass
    assert M.check_completeness({"stats": {"discovery/listing_failed": 1}}, cfg).passed


def _deep_article(site: Site) -> str:
    """The path of the listing's last article: on its last page, past any sidebar."""
    return str(site.articles[site.listed[-1]]["path"])


def _related_only(site: Site) -> str:
    """The path of an article only another article's related block links."""
    return next(str(a["path"]) for a in site.articles if a["id"] in site.related_only_ids)


@pytest.mark.parametrize(("where", "fault", "stat"), [
    (_deep_article, 500, "drop/download/HttpError"),
    (_related_only, 500, "drop/download/HttpError"),
    (_deep_article, EMPTY, "drop/empty_page"),
], ids=["last-listing-page-500", "related-only-500", "last-listing-page-empty"])
def test_an_article_failing_every_time_in_a_way_that_may_pass_is_fetched_by_the_next_run(
        tmp_path: Path, where: Callable[[Site], str], fault: int | str, stat: str) -> None:
    """A 5xx after the retries, or an empty page on every attempt, may pass: the run is
    incomplete, so the next run walks every listing page and follows the related links this
    one noted, and fetches the article (a 404 is gone: the next run is not sent after it)."""
    site = build_site(articles=180, per_page=60, related_only=2)
    every = {a["id"] for a in site.articles}
    path = where(site)
    with _FaultyMirror(site, {path: fault}) as srv:
        first = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=FAST)
        read = _ids(first)
        srv.lift()
        after = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", settings=FAST,
                          out="after.jsonl")
    assert every - read == {path.rsplit("-", 1)[1]}
    assert first.report()["stats"][stat] == 1
    # one page of 180 is within the downloads monitor's share: the run passes, and says so
    assert first.returncode == 0, first.stderr[-3000:]
    downloads = next(r for r in first.report()["monitors"]["results"]
                     if r["name"] == "downloads")
    assert downloads["passed"] and downloads["message"].startswith(
        "1 of 180 article pages could not be fetched (1%, maximum 5%): "
        + ("empty page 1" if fault == EMPTY else "HttpError 1")), downloads
    assert after.returncode == 0, after.stderr[-3000:]
    assert {str(i["id"]) for i in after.items} == every - read
    assert _ids(after) == every


def test_an_article_answering_5xx_after_its_retries_makes_the_run_incomplete() -> None:
    from scrapy.http import Request, Response
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.python.failure import Failure

    from tests.test_pipelines import make_spider

    for status, incomplete in ((500, True), (503, True), (404, False), (410, False)):
        spider = make_spider()
        answer = Response("https://ic24.kz/news/x-u1", status=status,
                          request=Request("https://ic24.kz/news/x-u1"))
        spider.article_failed(Failure(HttpError(answer, str(status))))
        assert spider.incomplete is incomplete, status


def test_pages_given_up_empty_or_cut_count_as_not_fetched() -> None:
    cfg = M.MonitorConfig()
    stats = {"drop/empty_page": 3, "drop/cut_page": 1, "drop/download/HttpError": 1}
    result = M.check_downloads({"items": 45, "stats": stats}, cfg)
    assert not result.passed
    assert result.message == ("5 of 50 article pages could not be fetched (10%, maximum 5%): "
                              "empty page 3, HttpError 1, cut page 1; the next run fetches "
                              "them again")
    assert M.check_downloads({"items": 99, "stats": {"drop/unclosed_page": 1}}, cfg).passed
