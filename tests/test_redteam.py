"""Hostile servers, second round: each test serves pages of the mirror changed the way a hostile
outlet copy could change them, next to a canary server that must never be contacted."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kznews.mirror import Site, build_site
from tests.crawl_helpers import REPO, crawl_command, run_crawl
from tests.hostile_pages import Canary

Answer = tuple[int, dict[str, str], bytes]
Route = Callable[[str, str], Answer]


class Hostile:
    """A threaded HTTP server answering every GET with ``route(path, base)``."""

    def __init__(self, route: Route) -> None:
        self.requests: list[str] = []
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                requests.append(self.path)
                status, headers, body = route(self.path, f"http://{self.headers['Host']}")
                self.send_response(status)
                for name, value in headers.items():
                    if name.lower() != "content-length":
                        self.send_header(name, value)
                if "Connection" in headers:  # the body ends when the connection closes
                    self.close_connection = True
                else:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary(dual_stack=True)
    yield server
    server.close()


@pytest.fixture
def hostile() -> Iterator[Callable[[Route], Hostile]]:
    servers: list[Hostile] = []

    def start(route: Route) -> Hostile:
        servers.append(Hostile(route))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _aid(path: str) -> int:
    found = re.search(r"-u(\d+)", path)
    return int(found[1]) if found else 0


def _inject(site: Site, path: str, base: str, head: str = "", body: str = "") -> Answer:
    status, headers, page = site.render(path, base=base)
    text = page.decode("utf-8").replace("<head>", "<head>" + head, 1)
    return status, headers, text.replace("</body>", body + "</body>", 1).encode("utf-8")


needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None and
                                    not Path("/usr/bin/chromium").exists(),
                                    reason="needs chromium")


@needs_chromium
def test_rendered_page_that_navigates_away_is_dropped_not_exported(
        tmp_path: Path, canary: Canary, hostile: Callable[[Route], Hostile]) -> None:
    """render=always: a page whose meta refresh or script leaves for another server ends as
    chromium's error page, and a page whose script names another article with pushState
    carries that article's address; neither is the requested article. A page that redirects
    the browser to another server fails in one log line, not a traceback."""
    site = build_site(articles=7, variant="classic")
    ids = sorted(int(item["id"][1:]) for item in site.articles)
    moves = {
        ids[0]: f'<meta http-equiv="Refresh" content=" 0 ; URL=\'//127.0.0.1:{canary.port}/x\'">',
        ids[1]: f'<script>location.href = "{canary.url}/news/u1";</script>',
        ids[2]: '<script>history.pushState({}, "", "/news/u999999");</script>',
    }

    def route(path: str, base: str) -> Answer:
        if _aid(path) == ids[3]:
            return 302, {"Location": f"http://localhost:{canary.port}/news/u2"}, b""
        return _inject(site, path, base, head=moves.get(_aid(path), ""))

    server = hostile(route)
    result = run_crawl(server.url, tmp_path, "-a", "render=always", timeout=180)
    exported = sorted(int(item["id"][1:]) for item in result.items)
    assert exported == ids[4:], result.stderr[-3000:]
    assert all(item["url"].startswith(server.url) for item in result.items)
    assert result.report()["stats"].get("render/failed/navigated") == 3
    assert result.report()["stats"].get("render/failed/error") == 1
    assert canary.hits == [], canary.hits
    assert "Traceback" not in result.stderr and "Call log" not in result.stderr


def test_utf8_page_with_stray_bytes_is_read_as_utf8(
        tmp_path: Path, hostile: Callable[[Route], Hostile]) -> None:
    """A few invalid bytes in a UTF-8 page (labelled UTF-8) do not make it cp1251: its Russian
    text would turn into mojibake that still reads as Cyrillic."""
    site = build_site(articles=8, variant="rich")  # some pages read as cp1251 without error

    def route(path: str, base: str) -> Answer:
        status, headers, page = site.render(path, base=base)
        if path.startswith("/news/"):
            page = page.replace(b"</p>", b" \xff\xfe\xc3( </p>", 1)
        return status, headers, page

    server = hostile(route)
    result = run_crawl(server.url, tmp_path, timeout=120)
    titles = {item["id"]: item["title"] for item in result.items}
    assert titles == {item["id"]: item["title"] for item in site.articles}, result.stderr[-2000:]
    assert not any("Р" in item["body"] and "ў" in item["body"] for item in result.items)


@pytest.mark.parametrize("discover", ["listing", "listing,sitemap,feed"])
def test_ctrl_c_during_a_huge_listing_stops_reading_it(
        tmp_path: Path, hostile: Callable[[Route], Hostile], discover: str) -> None:
    """Scrapy reads every request of a callback even while the crawl is closing: a listing
    of 80 000 links held SIGINT for as long as it took to queue them all. With sitemaps and
    feeds on, the listing's requests wait for them behind a gate, and the gate's release
    stops the same way."""
    site = build_site(articles=4, variant="classic")
    links = 80_000
    listing = ("<html><body><ul>" + "".join(
        f'<li><a href="/news/u{100_000 + i}">T{i}</a>{"<i>1.04.2021</i>" if i % 2 else ""}</li>'
        for i in range(links)) + "</ul></body></html>").encode()
    article = site.articles[0]["path"]
    first = threading.Event()

    def route(path: str, base: str) -> Answer:
        if path.startswith("/novosti"):
            return (200, {"Content-Type": "text/html; charset=utf-8"}, listing) \
                if path == "/novosti" else (404, {}, b"")
        if path.startswith("/news/"):
            first.set()
            return site.render(article, base=base)
        return site.render(path, base=base)

    server = hostile(route)
    cmd = crawl_command(server.url, tmp_path, "-a", "max_pages=1", "-a", f"discover={discover}")
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert first.wait(120), "no article requested"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stats = json.loads(next((tmp_path / "reports").glob("*.json")).read_text("utf-8"))["stats"]
    assert stats.get("discovery/stopped/closing") == 1, stderr[-2000:]
    if discover == "listing":
        assert stats["discovery/articles/listing"] < links
    assert "Traceback" not in stderr


def test_unwritable_state_and_reports_dirs_fail_in_one_line(
        tmp_path: Path, hostile: Callable[[Route], Hostile]) -> None:
    """Directories that pass the start-up write check, then fail: an article store that is
    no file (a folder in its place) is a bad state directory (exit 2, one line naming it); a
    report that cannot be written fails the run (exit 3, one ERROR line) after every article
    is exported."""
    site = build_site(articles=6, variant="classic")
    server = hostile(lambda path, base: site.render(path, base=base))
    state = tmp_path / "a" / "state"
    (state / "articles.sqlite3").mkdir(parents=True)  # where the store's file goes
    first = run_crawl(server.url, tmp_path / "a", timeout=120)
    assert first.returncode == 2, first.stderr[-2000:]
    assert "is no file" in first.stderr
    assert first.stderr.strip().splitlines() == [
        line for line in first.stderr.strip().splitlines() if line.startswith("error: ")]
    assert "article store" in first.stderr and "Traceback" not in first.stderr

    # the store opens, the run's lock file cannot be made: stopped at start-up, one line
    state = tmp_path / "c" / "state"
    state.mkdir(parents=True)
    (state / "runs").write_text("a file where the run locks go")
    third = run_crawl(server.url, tmp_path / "c", timeout=120)
    assert third.returncode == 5, third.stderr[-2000:]
    assert "Traceback" not in third.stderr and third.items == []
    assert [line for line in third.stderr.splitlines() if "ERROR" in line][0].endswith(
        "crawl stopped before any article")

    # every name the report's temporary files could take for the next minutes is a directory
    reports = tmp_path / "b" / "reports"
    now = datetime.now(UTC)
    for second in range(-5, 300):
        stem = f"centerinform-{(now + timedelta(seconds=second)):%Y%m%dT%H%M%SZ}"
        (reports / f".{stem}.html.tmp").mkdir(parents=True)
    second = run_crawl(server.url, tmp_path / "b", timeout=120)
    assert second.returncode == 3, second.stderr[-2000:]
    errors = [line for line in second.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "cannot write the crawl report" in errors[0], errors
    assert "Traceback" not in second.stderr
    assert sorted(a["id"] for a in second.feed_lines()) == sorted(a["id"] for a in site.articles)


def test_failed_article_pages_are_logged_by_url_and_reason(
        tmp_path: Path, hostile: Callable[[Route], Hostile]) -> None:
    """A download cancelled for its size mid-body has no message, a 404 names no URL: each
    failure line still says which page and why."""
    site = build_site(articles=5, variant="classic")
    ids = sorted(int(item["id"][1:]) for item in site.articles)

    def route(path: str, base: str) -> Answer:
        if _aid(path) == ids[0]:
            return 404, {"Content-Type": "text/html"}, b"gone"
        status, headers, page = site.render(path, base=base)
        if _aid(path) == ids[1]:  # no Content-Length: cut while streaming
            headers = {**headers, "Connection": "close"}
            page = page.replace(b"</body>", b"<!--" + b"x" * 300_000 + b"--></body>")
        return status, headers, page

    server = hostile(route)
    result = run_crawl(server.url, tmp_path, timeout=120, settings={"DOWNLOAD_MAXSIZE": "200000"})
    failed = [line.partition("article page failed: ")[2] for line in result.stderr.splitlines()
              if "article page failed: " in line]
    assert len(failed) == 2, result.stderr[-2000:]
    for aid in ids[:2]:
        line = next(line for line in failed if f"-u{aid}" in line)
        assert len(line.split(f"-u{aid}", 1)[1].strip(" :")) > 3, line


def test_listing_nested_thousands_deep_still_lists_its_articles(
        tmp_path: Path, hostile: Callable[[Route], Hostile]) -> None:
    """Past the parser's depth the page is flattened; its links must survive that."""
    site = build_site(articles=5, variant="classic", per_page=20)

    def route(path: str, base: str) -> Answer:
        status, headers, page = site.render(path, base=base)
        if path.startswith("/novosti"):
            page = page.replace(b'<div class="news-list">',
                                b'<div class="news-list">' + b"<div><span>" * 3000, 1)
        return status, headers, page

    server = hostile(route)
    result = run_crawl(server.url, tmp_path, "-a", "follow_related=0", timeout=120)
    assert sorted(a["id"] for a in result.items) == sorted(a["id"] for a in site.articles), \
        result.stderr[-2000:]
