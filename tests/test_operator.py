"""What an operator sees: one clear line and the documented exit status for each mistake, help
generated from the declarations, a verdict as the last lines of a crawl, monitors that do not
judge tiny samples (the ``kznews`` command: tests/test_cli.py)."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kznews import monitors as M
from kznews import preflight, verdict
from kznews.report.html import render_html
from kznews.report.tally import Tally
from kznews.spiders import argdocs as D
from kznews.spiders import args as A
from tests.crawl_helpers import REPO, crawl_command

PY = sys.executable


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port  # nothing listens once the socket is closed


def crawl(tmp_path: Path, base_url: str, *args: str, settings: dict[str, str] | None = None,
          timeout: float = 240) -> subprocess.CompletedProcess[str]:
    cmd = crawl_command(base_url, tmp_path, *args, settings=settings)
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


# ---------------------------------------------------------------------- fail fast, exit 2 / 4
@pytest.mark.parametrize("extra, status, line", [
    (("-s", "KZNEWS_FEEDS_DIR=/proc/kznews/feeds"), 2,
     "error: KZNEWS_FEEDS_DIR=/proc/kznews/feeds cannot be written: "),
    (("-a", "maxpages=3"), 2,
     "error: unknown argument 'maxpages' (did you mean max_pages?);"),
    (("-a", f"since={date.today() + timedelta(days=400)}"), 2,
     "error: since {future} is in the future (today is "),
])
def test_bad_input_stops_before_the_first_request(tmp_path: Path, mirror: Any,
                                                  extra: tuple[str, ...], status: int,
                                                  line: str) -> None:
    proc = crawl(tmp_path, mirror.url, *extra)
    future = str(date.today() + timedelta(days=400))
    assert proc.returncode == status, proc.stderr[-2000:]
    assert first_line(proc.stderr).startswith(line.format(future=future)), proc.stderr[:500]
    assert "Traceback" not in proc.stderr and "Spider opened" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_feeds_dir_behind_a_file_is_refused(tmp_path: Path, mirror: Any) -> None:
    (tmp_path / "afile").write_text("x")
    proc = crawl(tmp_path, mirror.url, "-s", f"KZNEWS_FEEDS_DIR={tmp_path / 'afile' / 'f'}")
    assert proc.returncode == 2
    assert first_line(proc.stderr) == (f"error: KZNEWS_FEEDS_DIR={tmp_path / 'afile' / 'f'} "
                                       "cannot be written: Not a directory")


def test_closed_port_is_one_line_and_exit_6(tmp_path: Path) -> None:
    port = closed_port()
    proc = crawl(tmp_path, f"http://127.0.0.1:{port}")
    assert proc.returncode == verdict.EXIT_UNREACHABLE == 6
    assert proc.stderr.strip() == f"error: could not connect to 127.0.0.1:{port}: " \
                                  "connection refused"


def test_reachability_names_dns_tls_and_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*a: Any, **k: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(preflight.PreflightError,
                       match=r"could not connect to nowhere\.invalid:443: DNS lookup failed"):
        preflight.check_reachable("https://nowhere.invalid", 1.0)
    monkeypatch.undo()
    # a port that accepts but never speaks TLS: the handshake times out
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        with pytest.raises(preflight.PreflightError, match="timeout"):
            preflight.check_reachable(f"https://127.0.0.1:{port}", 0.5)


def test_scrapyd_names_pass_and_help_lists_everything() -> None:
    assert A.CrawlArgs.parse(_job="abc", _version="1", max_pages="3").max_pages == 3
    with pytest.raises(A.ArgumentError, match="unknown argument 'help2'"):
        A.CrawlArgs.parse(help2="1")
    text = D.help_text()
    for name in (*A.ARG_NAMES, *(s.name for s in A.SETTINGS)):
        assert re.search(rf"^  {name}\s+\[", text, re.M), name


def test_every_kznews_setting_is_declared() -> None:
    from kznews import settings

    declared = {s.name for s in A.SETTINGS}
    defined = {n for n in dir(settings) if n.startswith("KZNEWS_")}
    assert defined <= declared, sorted(defined - declared)


def test_docs_tables_are_generated_from_the_declarations() -> None:
    assert D.sync_docs(REPO, write=False) == [], "run: python -m kznews.spiders.argdocs --write"


def test_help_argument_and_crawl_help(tmp_path: Path) -> None:
    proc = subprocess.run([PY, "-m", "scrapy", "crawl", "centerinform", "-a", "help=1"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert first_line(proc.stdout) == "spider arguments (-a name=value):"
    assert "KZNEWS_RECHECK_HOURS" in proc.stdout and "max_articles" in proc.stdout
    cli = subprocess.run([PY, "-m", "kznews", "crawl", "--help"], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0 and D.help_text() in cli.stdout


# ---------------------------------------------------------------------- verdict, last lines
def test_small_good_crawl_ends_with_its_verdict(tmp_path: Path, make_mirror: Any) -> None:
    site = make_mirror(articles=4)
    # image_urls judged at 101%: any judged sample fails, so passing proves 3 articles
    # are not judged at all (KZNEWS_MONITOR_COVERAGE_MIN_ITEMS)
    judged = json.dumps({"title": 0.99, "image_urls": 1.01})
    proc = crawl(tmp_path, site.url, "-a", "max_articles=3",
                 settings={"KZNEWS_MONITOR_COVERAGE": judged})
    assert proc.returncode == 0, proc.stderr[-3000:]
    tail = proc.stderr.strip().splitlines()
    last = [i for i, line in enumerate(tail) if line.startswith("PASSED: 3 articles scraped")]
    assert last, proc.stderr[-2000:]
    stats = max(i for i, line in enumerate(tail) if "Dumping Scrapy stats" in line)
    assert last[0] > stats and tail[-1].startswith("  report: ")
    assert "(done)" in proc.stderr
    again = crawl(tmp_path / "b", site.url, "-a", "max_articles=3",
                  settings={"KZNEWS_MONITOR_COVERAGE": judged,
                            "KZNEWS_MONITOR_COVERAGE_MIN_ITEMS": "1"})
    assert again.returncode == 3
    failed = [ln for ln in again.stderr.splitlines() if ln.startswith("  failed field_coverage")]
    assert failed and "image_urls" in failed[0] and "< 101%" in failed[0]


def test_since_after_the_newest_article_says_why(tmp_path: Path, make_mirror: Any) -> None:
    site = make_mirror(articles=4)
    newest = max(site.site.truth(i)["published_at"][:10] for i in range(4))
    since = date.fromisoformat(newest) + timedelta(days=1)
    if since > A.today_in_almaty():
        pytest.fail("the mirror's newest article is dated today: pick another date")
    proc = crawl(tmp_path, site.url, "-a", f"since={since}")
    assert proc.returncode == 3
    lines = proc.stderr.strip().splitlines()
    idx = next(i for i, ln in enumerate(lines) if ln.startswith("FAILED: 0 articles scraped"))
    assert lines[idx + 1] == (f"  failed item_count: 0 articles scraped (minimum 1): `since` "
                              f"{since} is after the newest listed article {newest}")
    assert lines[idx + 2].startswith("  report: ")  # no error was logged: no "first error"


def test_interrupted_crawl_says_so_and_exits_130(tmp_path: Path) -> None:
    from kznews.mirror import build_site, serve

    # every page trickles in over 5 s: the crawl is still running when it is interrupted
    site = serve(build_site(articles=20), faults="slow=1,slow_seconds=5")
    try:
        interrupt(tmp_path, site.url)
    finally:
        site.close()


def interrupt(tmp_path: Path, url: str) -> None:
    cmd = crawl_command(url, tmp_path, settings={"KZNEWS_PROGRESS": "log",
                                                  "KZNEWS_PROGRESS_LOG_INTERVAL": "0.2"})
    proc = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until the crawl is under way (its first progress line)
        if "progress: " in line:
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(120) == 130, rest[-2000:]
    assert "(done)" not in rest and "(interrupted)" in rest
    assert rest.strip().splitlines()[-1].startswith("  report: ")
    assert any(ln.startswith("INTERRUPTED: ") for ln in rest.splitlines())


# ---------------------------------------------------------------------- monitors and report
def _report(n_images: int, n: int = 3) -> dict[str, Any]:
    tally = Tally()
    for i in range(n):
        tally.add({"id": f"u{i}", "lang": "ru", "title": "T", "body": "B",
                   "published_at": "2025-01-02T00:00:00+05:00",
                   "image_urls": ["http://x/1.jpg"] if i < n_images else [],
                   "extraction": {"title": "css:h1", "body": "css:.x",
                                  "published_at": "css:.d"}})
    return {"items": n, "errors": 0, "finish_reason": "finished", "dropped": {},
            **tally.to_dict()}


def test_three_articles_one_image_passes_with_default_settings() -> None:
    from scrapy.settings import Settings

    cfg = M.MonitorConfig.from_settings(Settings({k: v for k, v in vars(
        __import__("kznews.settings", fromlist=["x"])).items() if k.isupper()}))
    result = M.check_coverage(_report(1), cfg)
    assert result.passed, result.message
    assert "not judged below 20 articles: ru 3" in result.message
    assert "reported only: " in result.message and "image_urls 33%" in result.message
    many = M.check_coverage(_report(10, n=40), cfg)
    assert many.passed and "image_urls 25%" in many.message  # optional: reported, not gated


def test_zero_article_run_shows_no_data_not_minus_100() -> None:
    empty = {"items": 0, "rules": {}, "coverage": {}, "monitors": {"results": []}}
    earlier = {"items": 5, "rules": {"title": {"css:h1": 5}}, "started": "2025-01-01"}
    page = render_html(empty, [earlier])
    assert "no data" in page and "-100.0" not in page
    assert '<table class="totals"><tr><td>' in page  # no blank header row
    assert "known articles not fetched again" in page


def test_verdict_lines() -> None:
    v = verdict.Verdict("failed", "finished", 0, {}, report="r.json", html="r.html",
                        failed=["item_count: 0 articles"], first_error="boom")
    assert v.lines() == ["FAILED: 0 articles scraped, exported to feeds: none (finish reason "
                         "finished)", "  failed item_count: 0 articles", "  first error: boom",
                         "  report: r.html"]
    assert v.exit_status == 3
    assert verdict.Verdict("interrupted", "shutdown", 1, {}).exit_status == 130


def test_every_exit_status_is_documented_in_the_readme_and_the_help() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    for status in verdict.EXIT_STATUSES:
        assert re.search(rf"^\| {status} \| ", readme, re.M), status
        assert re.search(rf"^  {status}\s+\S", D.help_text(), re.M), status


def test_failed_monitors_say_what_to_do() -> None:
    cfg = M.MonitorConfig(max_errors=1)
    errors = M.check_errors({"errors": 3, "first_error": "Gave up retrying <GET …>"}, cfg)
    assert not errors.passed
    assert errors.message == "3 errors logged (maximum 1); the first: Gave up retrying <GET …>"
    stopped = M.check_finish_reason({"finish_reason": "shutdown"}, cfg)
    assert not stopped.passed and "interrupted (Ctrl-C or SIGTERM)" in stopped.message
    empty = {"items": 0, "stats": {"discovery/listing_failed": 1},
             "first_error": "Connection was refused by other side"}
    assert M.check_items(empty, cfg).message == (
        "0 articles scraped (minimum 1): the first listing page could not be fetched "
        "(Connection was refused by other side)")
