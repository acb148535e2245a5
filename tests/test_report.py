"""The end-of-crawl report of real mirror crawls: totals, HTML in Chromium, drift alert.

Three crawls share one reports directory: the mirror in its ``classic`` markup twice (the
history), then in ``bare`` markup, where title, body and date only come from text
fallbacks. The third run must fail its drift monitor, exit non-zero and POST the alert to
a webhook receiver on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import build_site, serve
from kznews.monitors import EXIT_MONITOR_FAILED
from kznews.report.__main__ import main as report_main
from kznews.report.tally import Tally
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.test_monitors import Receiver

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTICLES = 60


@pytest.fixture(scope="module")
def webhook() -> Iterator[Receiver]:
    rec = Receiver()
    try:
        yield rec
    finally:
        rec.close()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, webhook: Receiver
         ) -> dict[str, Any]:
    """classic, classic, bare — each with its own state and feeds, one reports directory."""
    root = tmp_path_factory.mktemp("reports")
    reports = root / "reports"
    alerts = root / "alerts.jsonl"
    out: dict[str, Any] = {"reports": reports, "alerts": alerts, "results": []}
    for n, variant in enumerate(("classic", "classic", "bare"), 1):
        server = serve(build_site(articles=ARTICLES, variant=variant), port=0)
        try:
            before = set(reports.glob("*.json"))
            # each run's server has its own port: one site key makes them one outlet whose
            # markup changed, as drift is judged per site
            result = run_crawl(server.url, root / f"run{n}", settings={
                "KZNEWS_REPORTS_DIR": str(reports), "KZNEWS_SITE_KEY": "ic24-mirror",
                "KZNEWS_NOTIFY": f"{webhook.url},{alerts}"})
        finally:
            server.close()
        made = sorted(set(reports.glob("*.json")) - before)
        assert len(made) == 1, result.stderr[-3000:]
        out["results"].append((result, made[0], json.loads(made[0].read_text("utf-8"))))
    return out


def test_report_totals_equal_the_feeds(runs: dict[str, Any]) -> None:
    result, _, report = runs["results"][0]
    assert isinstance(result, CrawlResult)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.feed_lines()
    assert report["items"] == len(result.items) == len(lines) == ARTICLES
    assert report["exported_per_lang"] == dict(Counter(x["lang"] for x in lines))
    assert report["articles_per_lang"] == dict(Counter(x["lang"] for x in result.items))
    assert report["new"] == len(lines) and report["revised"] == report["unchanged"] == 0
    days: dict[str, Counter[str]] = {}
    for x in result.items:
        days.setdefault(x["lang"], Counter())[x["published_at"][:10]] += 1
    assert report["articles_per_day"] == {k: dict(v) for k, v in days.items()}
    tally = Tally()
    for x in result.items:
        tally.add(x)
    assert report["coverage"] == tally.coverage()
    assert report["coverage"]["all"]["title"] == 1.0
    assert report["coverage"]["all"]["category"] == 1.0  # classic pages carry the rubric
    assert sum(report["rules"]["title"].values()) == ARTICLES
    assert report["requests"] >= ARTICLES and report["errors"] == 0
    assert report["status"] == "passed"
    assert Path(report["html"]).exists()
    assert "progress: pages" in result.stderr  # no TTY here: the log line


def test_rebuilt_report_matches_the_crawls(runs: dict[str, Any], tmp_path: Path) -> None:
    result, path, report = runs["results"][0]
    out = tmp_path / "rebuilt"
    assert report_main([str(result.workdir / "feeds"), "--stats", str(path), "--out",
                        str(out), "--name", "again"]) == 0
    again = json.loads((out / "again.json").read_text("utf-8"))
    for key in ("requests", "items", "exported_per_lang", "new", "coverage",
                "articles_per_day", "fallback"):
        assert again[key] == report[key], key


def test_classic_history_passes_and_bare_markup_trips_drift(runs: dict[str, Any],
                                                           webhook: Receiver) -> None:
    (first, _, r1), (second, _, r2), (third, path, r3) = runs["results"]
    assert first.returncode == second.returncode == 0
    assert r1["status"] == r2["status"] == "passed"
    assert r2["fallback"]["share"]["any"] == 0.0
    assert third.returncode == EXIT_MONITOR_FAILED, third.stderr[-3000:]
    assert r3["status"] == "failed"
    failed = [m for m in r3["monitors"]["results"] if not m["passed"]]
    assert "drift" in [m["name"] for m in failed]
    drift = next(m for m in failed if m["name"] == "drift")
    assert "compared with the mean of 2 earlier runs" in drift["message"]
    assert r3["fallback"]["share"]["body"] == 1.0
    assert "monitor drift failed" in third.stderr
    # the webhook received exactly the one alert, naming the report
    assert len(webhook.received) == 1
    alert = webhook.received[0]["body"]
    assert alert["event"] == "kznews.crawl.failed" and alert["report"] == str(path)
    assert any(f["monitor"] == "drift" and "layout drift" in f["message"]
               for f in alert["failed"])
    # …and so did the file notifier; the report says where it went
    assert [json.loads(x)["report"] for x in
            runs["alerts"].read_text("utf-8").splitlines()] == [str(path)]
    assert [n["ok"] for n in r3["notified"]] == [True, True]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
def test_html_report_renders_its_plots_in_chromium(runs: dict[str, Any],
                                                   tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    _, _, report = runs["results"][2]
    html = Path(report["html"])
    shot = tmp_path / "report.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            outside: list[str] = []
            page.on("request", lambda r: outside.append(r.url)
                    if not r.url.startswith(("file:", "data:")) else None)
            page.goto(html.as_uri())
            charts = page.evaluate("""() => [...document.querySelectorAll('.chart')].map(c => {
                const svg = c.querySelector('svg'); const box = svg.getBoundingClientRect();
                return {id: c.id, width: box.width, height: box.height,
                        marks: svg.querySelectorAll('rect, path').length,
                        text: svg.textContent};})""")
            status = page.inner_text("#status")
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert outside == []  # opens offline: nothing fetched
    assert status == "RUN FAILED"
    ids = {c["id"] for c in charts}
    assert {"chart-per-day", "chart-coverage", "chart-fallback", "chart-rules-title",
            "chart-rules-body", "chart-rules-published"} <= ids
    for chart in charts:
        assert chart["width"] > 300 and chart["height"] > 150, chart["id"]
        assert chart["marks"] > 10, chart["id"]
    rules_body = next(c for c in charts if c["id"] == "chart-rules-body")
    assert "text:dateline-block" in rules_body["text"] and "css:.news-text" in rules_body["text"]
    assert shot.stat().st_size > 20_000
    if os.environ.get("KZNEWS_REPORT_SHOT"):  # keep a copy, e.g. for docs/report-example.png
        shutil.copyfile(shot, os.environ["KZNEWS_REPORT_SHOT"])


def _crawl_on_a_terminal(url: str, workdir: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run a crawl with a pseudo-terminal as its stdin/stdout/stderr; return its screen."""
    import pty
    import subprocess

    from tests.crawl_helpers import REPO, crawl_command

    cmd = crawl_command(url, workdir, out="")
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, cwd=REPO, stdin=slave, stdout=slave, stderr=slave,
                            env={**os.environ, "TERM": "xterm", **env})
    os.close(slave)
    screen = b""
    try:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
    finally:
        os.close(master)
    return proc.wait(timeout=120), screen.decode("utf-8", "replace")


@pytest.mark.parametrize("env, live", [({}, True), ({"SCRAPY_JOB": "job1"}, False)])
def test_progress_on_a_terminal_and_under_scrapyd(tmp_path: Path, env: dict[str, str],
                                                  live: bool) -> None:
    server = serve(build_site(articles=20, variant="classic"), port=0)
    try:
        code, screen = _crawl_on_a_terminal(server.url, tmp_path, env)
    finally:
        server.close()
    assert code == 0, screen[-2000:]
    # Ticks depend on the crawl's speed; the line drawn when the spider closes does not.
    if live:  # one line redrawn in place, left on screen when the crawl ends
        final = re.findall(r"(?:\r\n|\x1b\[2K)(pages [^\r\n]*)\r\n", screen)
        assert len(final) == 1 and "articles en" in final[0] and "errors 0" in final[0]
        assert "progress:" not in screen
    else:  # under Scrapyd: log lines only, no terminal control codes
        assert "\x1b[2K" not in screen
        assert "[kznews.extensions.progress] INFO: progress: pages" in screen
