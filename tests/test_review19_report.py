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
    result = M.check_completeness({"stats": {"discovery/listing_failed": 2}}, cfg)
    assert not result.passed
    assert result.message == ("listing pages that could not be fetched (retries spent; their "
                              "articles unread): 2 — the next run walks every listing page")
    assert M.check_completeness({"stats": {"discovery/listing_failed": 0}}, cfg).passed

