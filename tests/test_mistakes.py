"""Mistakes users make typing a crawl: harmless spellings are read as meant, the rest stop the
crawl before its first request with one line and exit status 2; a crawl stopped by force
still says so and exits 130. Seen as the user sees it: ``scrapy crawl`` in a subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kznews.spiders import args as A
from tests.crawl_helpers import REPO, crawl_command


def crawl(tmp_path: Path, base_url: str, *args: str, env: dict[str, str] | None = None,
          **settings: str) -> subprocess.CompletedProcess[str]:
    """``scrapy crawl``; a ``-a base_url=…`` in ``args`` replaces the mirror's."""
    cmd = crawl_command(base_url, tmp_path, *args, settings=settings)
    if sum(a.startswith("base_url=") for a in cmd) > 1:
        cmd.remove(f"base_url={base_url}")
        cmd.remove("-a")  # the first one: that of the mirror's base_url
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=240,
                          env={**os.environ, **(env or {})})


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "Spider opened" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-2000:]
    return lines[0]


# ---------------------------------------------------------------------- read as meant
@pytest.mark.parametrize("name, value, parsed", [
    ("lang", "RU, kz", frozenset({"ru", "kk"})),
    ("lang", "ru en;KAZ", frozenset({"ru", "en", "kk"})),
    ("lang", "rus,eng", frozenset({"ru", "en"})),
    ("render", " Always ", "always"),
    ("discover", "listing,, FEED", frozenset({"listing", "feed"})),
    ("discover", "sitemap;feed", frozenset({"sitemap", "feed"})),
    ("since", "2024/1/2", "2024-01-02"),
    ("since", "2024.01.02", "2024-01-02"),
    ("follow_related", "off", False),
    ("base_url", "HTTPS://IC24.KZ/novosti/ ", "https://ic24.kz"),
    ("base_url", "http://h:8/ic24/novosti?page=3", "http://h:8/ic24"),
    # Scrapy requests an IDN host by its ASCII name: the base must name it so
    ("base_url", "http://Новости.рф:8080/",
     "http://" + "новости.рф".encode("idna").decode() + ":8080"),
])
def test_harmless_spellings_are_read_as_meant(name: str, value: str, parsed: Any) -> None:
    got = getattr(A.CrawlArgs.parse(**{name: value}), {"lang": "langs"}.get(name, name))
    assert (got.isoformat() if name == "since" else got) == parsed


def test_listing_address_and_loose_spellings_crawl_the_site(tmp_path: Path,
                                                            mirror: Any) -> None:
    proc = crawl(tmp_path, mirror.url, "-a", f"base_url={mirror.url}/novosti/ ",
                 "-a", "lang=RU,kz", "-a", "render=Never", "-a", "since=2000/1/1",
                 "-a", "discover=Listing", "-a", "follow_related=off", "-a", "max_pages=3",
                 "-a", "max_pages=1")
    assert proc.returncode == 0, proc.stderr[-2000:]
    # Scrapy keeps the last of a repeated argument (wrappers override their defaults so)
    assert "WARNING: argument max_pages given twice ('3', then '1'): the last one is used" \
        in proc.stderr
    last = proc.stderr.strip().splitlines()
    verdict = next(ln for ln in last if ln.startswith("PASSED: "))
    assert " 0 articles" not in verdict and "ru " in verdict and "en " not in verdict


# ---------------------------------------------------------------------- refused in one line
@pytest.mark.parametrize("args, settings, line", [
    ((), {"KZNEWS_FEED_DIR": "/tmp/x"},
     "error: unknown setting KZNEWS_FEED_DIR (did you mean KZNEWS_FEEDS_DIR?); "),
    ((), {"DOWNLOAD_DELAYS": "5"},
     "error: unknown setting DOWNLOAD_DELAYS (did you mean DOWNLOAD_DELAY?); Scrapy would "),
    ((), {"KZNEWS_MONITOR_MIN_ITEMS": "abc"},
     "error: KZNEWS_MONITOR_MIN_ITEMS must be a whole number, got 'abc'"),
    ((), {"KZNEWS_INCREMENTAL": "maybe"},
     "error: KZNEWS_INCREMENTAL must be True or False (1 or 0), got 'maybe'"),
    ((), {"KZNEWS_PROGRESS": "maybe"},
     "error: KZNEWS_PROGRESS must be one of auto/tty/log/off, got 'maybe'"),
    (("-a", "since=01.02.2024"), {},
     "error: since must be a date YYYY-MM-DD, got '01.02.2024' (did you mean 2024-02-01?)"),
    (("-a", "since=2024-02-30"), {},
     "error: since must be a date YYYY-MM-DD, got '2024-02-30' (day is out of range for "
     "month)"),
    (("-a", "lang=ru,de"), {},
     "error: lang must be a comma list of ru,en,kk, got 'ru,de' ('de' is none of them)"),
])
def test_mistakes_stop_the_crawl_in_one_line(tmp_path: Path, mirror: Any, args: tuple[str, ...],
                                            settings: dict[str, str], line: str) -> None:
    assert one_line(crawl(tmp_path, mirror.url, *args, **settings)).startswith(line)


@pytest.mark.parametrize("base, line", [
    ("http://user:secret@{host}", "error: base_url must not hold a user name or password: "
                                  "give http://{host}"),
    ("http://{host}/news/some-story-u12345", "error: base_url is an article page "
     "(http://{host}/news/some-story-u12345): give the site's address, e.g. http://{host} "),
])
def test_base_url_that_cannot_be_crawled_is_refused(tmp_path: Path, mirror: Any, base: str,
                                                    line: str) -> None:
    host = mirror.url.removeprefix("http://")
    proc = crawl(tmp_path, mirror.url, "-a", "base_url=" + base.format(host=host))
    assert one_line(proc).startswith(line.format(host=host))
    assert "secret" not in proc.stderr


def test_base_url_with_trailing_spaces_is_crawled(tmp_path: Path, mirror: Any) -> None:
    proc = crawl(tmp_path, mirror.url, "-a", f"base_url={mirror.url}  ", "-a", "max_pages=1",
                 "-a", "follow_related=0", KZNEWS_MONITORS_ENABLED="False")
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_render_always_without_chromium_is_refused(tmp_path: Path, mirror: Any) -> None:
    proc = crawl(tmp_path, mirror.url, "-a", "render=always",
                 env={"KZNEWS_CHROMIUM": str(tmp_path / "no-chromium")})
    assert one_line(proc) == (f"error: render=always needs chromium, and "
                              f"{tmp_path / 'no-chromium'} is not an executable (install "
                              "Debian's chromium, or set KZNEWS_CHROMIUM to its path)")


@pytest.mark.parametrize("damage", ["not a database", "foreign"])
def test_damaged_article_store_is_a_bad_directory_not_a_full_disk(tmp_path: Path, mirror: Any,
                                                                  damage: str) -> None:
    import sqlite3

    store = tmp_path / "state" / "articles.sqlite3"
    store.parent.mkdir()
    if damage == "foreign":
        with sqlite3.connect(store) as db:
            db.execute("CREATE TABLE articles (id TEXT)")
        db.close()
    else:
        store.write_text("these are not the articles you are looking for\n" * 20)
    line = one_line(crawl(tmp_path, mirror.url))
    assert line.startswith(f"error: the article store under {tmp_path / 'state'} cannot be "
                           "read: ")
    assert line.endswith("(damaged, or not kznews's: move it away to start afresh)")


def test_scrapyd_job_with_a_bad_argument_has_the_line_in_its_log(tmp_path: Path,
                                                                mirror: Any) -> None:
    """Scrapyd runs ``crawl … -a … -s LOG_FILE=<job>.log`` and keeps the process's stderr in its
    own log only: the operator opening the job's log must find why it failed."""
    log = tmp_path / "logs" / "job1.log"
    log.parent.mkdir()
    proc = crawl(tmp_path, mirror.url, "-a", "lang=de", "-a", "_job=job1", LOG_FILE=str(log))
    line = one_line(proc)
    assert line.startswith("error: lang must be a comma list of ru,en,kk, got 'de'")
    assert log.read_text("utf-8") == line + "\n"


# ---------------------------------------------------------------------- stopped by force
def _slow_crawl(tmp_path: Path, url: str, **settings: str) -> subprocess.Popen[str]:
    cmd = crawl_command(url, tmp_path, settings={"KZNEWS_PROGRESS": "log",
                                                 "KZNEWS_PROGRESS_LOG_INTERVAL": "0.2",
                                                 **settings})
    return subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen[str], text: str) -> None:
    assert proc.stderr is not None
    for line in proc.stderr:
        if text in line:
            return
    pytest.fail(f"the crawl ended before {text!r}")


@pytest.mark.parametrize("twice", [True, False])
def test_crawl_stopped_without_its_verdict_still_exits_130(tmp_path: Path, twice: bool) -> None:
    """Ctrl-C twice stops the process before the crawl closes; with the reports turned off no
    verdict is written either: both used to exit 0, as if the crawl had finished."""
    from kznews.mirror import build_site, serve

    # every page trickles in over 5 s: the graceful stop waits for them, so a second Ctrl-C
    # reaches the crawl before it has closed
    site = serve(build_site(articles=20), faults="slow=1,slow_seconds=5")
    try:
        proc = _slow_crawl(tmp_path, site.url, **({} if twice else {"KZNEWS_REPORTS_DIR": ""}))
        _wait_for(proc, "progress: ")
        proc.send_signal(signal.SIGINT)
        if twice:
            _wait_for(proc, "shutting down gracefully")
            proc.send_signal(signal.SIGINT)
        assert proc.stderr is not None
        rest = proc.stderr.read()
        proc.stderr.close()
        assert proc.wait(120) == 130, rest[-2000:]
    finally:
        site.close()
    assert rest.strip().splitlines()[-1] == (
        "INTERRUPTED: the crawl was stopped (Ctrl-C, SIGTERM); the next run finishes its feeds")


# ---------------------------------------------------------------------- the mirror
@pytest.mark.parametrize("option, line", [
    (("--port", "99999"), "kznews mirror: error: argument --port: a port is 0 to 65535"),
    (("--articles", "-5"), "kznews mirror: error: articles must be at least 4"),
])
def test_mirror_bad_option_is_a_usage_error(option: tuple[str, ...], line: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "kznews", "mirror", *option], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith(line)
