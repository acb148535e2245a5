"""A hurried user's wrong ``scrapy crawl`` / ``kznews crawl`` lines, run in a subprocess
against the offline mirror: each stops before the first request with one line and exit
status 2 (or is read as meant), never a traceback per article or a file left unreadable."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.crawl_helpers import REPO, crawl_command


def crawl(tmp_path: Path, url: str, *args: str, out: str = "",
          **settings: str) -> subprocess.CompletedProcess[str]:
    """``kznews crawl`` run from ``tmp_path`` (relative paths are the user's)."""
    cmd = crawl_command(url, tmp_path, "-a", "max_pages=1", *args, out=out,
                        settings={"KZNEWS_PROGRESS": "off", **settings})
    cmd[1:5] = ["-m", "kznews", "crawl"]  # python -m scrapy crawl centerinform
    return subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def one_line(proc: subprocess.CompletedProcess[str], status: int = 2) -> str:
    assert proc.returncode == status, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "Spider opened" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-2000:]
    return lines[0]


# ---------------------------------------------------------------------- -O / -o / FEEDS
@pytest.mark.parametrize("target, reason", [
    ("a-file/out.jsonl", "a-file is a file, not a directory"),
    ("out.jsonl", "it is a directory"),
])
def test_output_file_that_cannot_be_written_stops_the_crawl(tmp_path: Path, mirror: Any,
                                                            target: str, reason: str) -> None:
    """Scrapy opens -O's file at the first article: the crawl fetched every page, logged a
    traceback per article, and ended "FAILED: 60 errors logged" with the cause buried."""
    (tmp_path / "a-file").write_text("notes\n")
    (tmp_path / "out.jsonl").mkdir()  # a folder named like the file
    proc = crawl(tmp_path, mirror.url, "-O", target)
    assert one_line(proc) == f"error: output file {target} cannot be written: {reason}"


def test_feeds_setting_into_a_missing_mount_stops_the_crawl(tmp_path: Path,
                                                           mirror: Any) -> None:
    target = tmp_path / "a-file" / "x" / "out.jsonl"
    (tmp_path / "a-file").write_text("notes\n")
    proc = crawl(tmp_path, mirror.url,
                 "-s", f'FEEDS={{"{target}": {{"format": "jsonlines"}}}}')
    assert one_line(proc).startswith(f"error: output file {target} cannot be written: ")


@pytest.mark.parametrize("feeds, line", [
    # a traceback from Scrapy's feed exporter
    ('{"out.jsonl": "jsonlines"}', "error: FEEDS: the options of out.jsonl must be a JSON "
                                   """object such as {"format": "jsonlines"}, got 'jsonlines'"""),
    # one ERROR line, then a whole crawl that wrote no out.jsonl, and "PASSED", exit 0
    ('{"out.jsonl": {"format": "yaml"}}', "error: FEEDS: unknown format 'yaml' for out.jsonl "
                                          "(one of csv, jl, json, jsonl, jsonlines, "),
])
def test_feeds_setting_with_wrong_options_stops_the_crawl(tmp_path: Path, mirror: Any,
                                                         feeds: str, line: str) -> None:
    assert one_line(crawl(tmp_path, mirror.url, "-s", f"FEEDS={feeds}")).startswith(line)


def test_appending_to_a_json_file_is_refused_and_leaves_it_readable(tmp_path: Path,
                                                                   mirror: Any) -> None:
    """`-o out.json` twice wrote a second JSON array after the first: no JSON reader reads
    the file any more, and nothing said so."""
    out = tmp_path / "out.json"
    out.write_text('[\n{"id": "u1"}\n]')
    line = one_line(crawl(tmp_path, mirror.url, "-o", "out.json"))
    assert line.startswith("error: output file out.json already holds a JSON document: -o "
                           "would append a second one")
    assert out.read_text() == '[\n{"id": "u1"}\n]'
    # -O overwrites it, and an output per run (%(time)s) is never appended to
    assert crawl(tmp_path, mirror.url, "-O", "out.json").returncode == 0
    assert crawl(tmp_path, mirror.url, "-o", "runs/%(time)s/out.json").returncode == 0


def test_appending_after_a_killed_run_s_cut_line_loses_no_article(tmp_path: Path,
                                                                  mirror: Any) -> None:
    """A run killed mid-write leaves `-o`'s file ending in half a line: the next run's first
    article was glued to it, one unreadable line where a whole article should be."""
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "u1", "title": "whole"}\n{"id": "u2", "title": "cut in the mid')
    proc = crawl(tmp_path, mirror.url, "-o", "out.jsonl")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "out.jsonl: its last line was cut off by an earlier run (37 bytes, not JSON): " \
           "removed before appending" in proc.stderr
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert lines[0] == {"id": "u1", "title": "whole"}
    exported = sum(int(n) for n in re.findall(r"(?:en|ru|kk) (\d+)", proc.stderr.splitlines()[-2]))
    assert len(lines) == 1 + exported and exported > 0


def test_appending_to_a_file_without_its_last_newline_keeps_that_line(tmp_path: Path,
                                                                      mirror: Any) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "u1", "title": "written by another tool"}')
    proc = crawl(tmp_path, mirror.url, "-o", "out.jsonl")
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert lines[0] == {"id": "u1", "title": "written by another tool"} and len(lines) > 1


# ---------------------------------------------------------------------- -s NAME=value
@pytest.mark.parametrize("setting, line", [
    # Scrapy ignores a name it does not know: the crawl went to the default feeds/
    ("kznews_feeds_dir=x", "error: unknown setting kznews_feeds_dir (did you mean "
                           "KZNEWS_FEEDS_DIR?); `-a help=1` lists them"),
    # each of these was a traceback once the crawl had started (or at its end)
    ("KZNEWS_MONITOR_COVERAGE=title", "error: KZNEWS_MONITOR_COVERAGE must be a JSON object "
     """such as '{"title": 0.99, "body": 0.99, "published_at": 0.99}', got 'title'"""),
    ('KZNEWS_MONITOR_COVERAGE={"title": "high"}', "error: KZNEWS_MONITOR_COVERAGE: 'title' "
     "must be a number, got 'high' (e.g. "),
    ("DOWNLOAD_DELAY=abc", "error: DOWNLOAD_DELAY must be a number, got 'abc'"),
    ("ROBOTSTXT_OBEY=maybe", "error: ROBOTSTXT_OBEY must be True or False (1 or 0), got "
                             "'maybe'"),
    ("LOG_LEVEL=debugg", "error: LOG_LEVEL must be one of DEBUG/INFO/WARNING/ERROR/CRITICAL, "
                         "got 'debugg'"),
    # a mistyped URL was written as a file ./htp:/x at the end of the crawl
    ("KZNEWS_NOTIFY=htp://hooks.example.org/x", "error: KZNEWS_NOTIFY: "
     "'htp://hooks.example.org/x' is neither an http(s) URL nor a file path"),
])
def test_wrong_setting_stops_the_crawl_in_one_line(tmp_path: Path, mirror: Any, setting: str,
                                                   line: str) -> None:
    assert one_line(crawl(tmp_path, mirror.url, "-s", setting)).startswith(line)


@pytest.mark.parametrize("option, line", [
    (("-s", "JOBDIR=a-file/job"), "error: JOBDIR=a-file/job cannot be written: Not a "
                                  "directory"),
    (("--logfile", "logs/crawl.log"), "error: LOG_FILE=logs/crawl.log cannot be written: "
                                      "No such file or directory"),
    (("-s", "LOG_FILE=a-file/crawl.log"), "error: LOG_FILE=a-file/crawl.log cannot be "
                                          "written: Not a directory"),
])
def test_scrapy_s_own_files_that_cannot_be_written_stop_the_crawl(
        tmp_path: Path, mirror: Any, option: tuple[str, ...], line: str) -> None:
    """Each was a traceback as the crawl started."""
    (tmp_path / "a-file").write_text("notes\n")
    assert one_line(crawl(tmp_path, mirror.url, *option)) == line


def test_alert_file_that_cannot_be_written_stops_the_crawl(tmp_path: Path,
                                                           mirror: Any) -> None:
    """The alert of a failed run was lost at the end with one ERROR line, and exit status 0."""
    (tmp_path / "a-file").write_text("notes\n")
    proc = crawl(tmp_path, mirror.url, "-s", "KZNEWS_NOTIFY=a-file/alerts.jsonl")
    assert one_line(proc) == "error: KZNEWS_NOTIFY=a-file/alerts.jsonl cannot be written: " \
                             "a-file is a file, not a directory"


def test_lower_case_log_level_and_a_fractional_scrapy_number_are_read_as_meant(
        tmp_path: Path, mirror: Any) -> None:
    proc = crawl(tmp_path, mirror.url, "-L", "warning", "-s", "DOWNLOAD_TIMEOUT=7.5",
                 LOG_LEVEL="warning")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr.splitlines()[-2].startswith("PASSED: ")


# ---------------------------------------------------------------------- words without -a/-s
@pytest.mark.parametrize("words, line", [
    (("max_pages=1",), "error: 'max_pages=1' is a spider argument: give it as -a max_pages=1"),
    (("--max-pages=1",), "error: unknown option '--max-pages=1' (spider arguments are "
                         "-a NAME=VALUE: -a max_pages=1); `kznews crawl --help` lists every one"),
    (("--max_pages", "1"), "error: unknown option '--max_pages' (spider arguments are "
                           "-a NAME=VALUE: -a max_pages=…); "),
    (("KZNEWS_FEEDS_DIR=x",), "error: 'KZNEWS_FEEDS_DIR=x' is a setting: give it as "
                              "-s KZNEWS_FEEDS_DIR=x"),
    (("news",), "error: unexpected 'news': spider arguments are -a NAME=VALUE, settings "
                "-s NAME=VALUE"),
])
def test_words_without_their_option_stop_the_crawl_in_one_line(
        tmp_path: Path, mirror: Any, words: tuple[str, ...], line: str) -> None:
    """Scrapy's answer was its usage and "running 'scrapy crawl' with more than one spider
    is not supported"; `kznews crawl base_url=URL` even tried to reach https://ic24.kz."""
    assert one_line(crawl(tmp_path, mirror.url, *words)).startswith(line)


@pytest.mark.parametrize("words, line", [
    (("-a", "max_pages"), "error: Invalid -a value, use -a NAME=VALUE (`kznews crawl --help` "
                          "lists every option)"),
    (("-s", "KZNEWS_FEEDS_DIR"), "error: Invalid -s value, use -s NAME=VALUE "),
    (("-O", "a.jsonl", "-o", "b.jsonl"), "error: Please use only one of -o/--output and "
                                         "-O/--overwrite-output "),
    (("-O", "-"), "error: Unrecognized output format ''."),
    (("-o",), "error: argument -o/--output: expected one argument "),
])
def test_option_the_parser_cannot_read_is_one_line(tmp_path: Path, mirror: Any,
                                                  words: tuple[str, ...], line: str) -> None:
    """Scrapy printed its usage block, then `__main__.py: error: …`."""
    assert one_line(crawl(tmp_path, mirror.url, *words)).startswith(line)


def test_kznews_crawl_with_the_spider_name_crawls(tmp_path: Path, mirror: Any) -> None:
    """`kznews crawl centerinform …`, as `scrapy crawl centerinform …` is typed."""
    proc = crawl(tmp_path, mirror.url, "centerinform")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr.splitlines()[-2].startswith("PASSED: ")


# ---------------------------------------------------------------------- -a NAME=value
def test_listing_page_address_with_a_page_path_crawls_the_site(tmp_path: Path,
                                                               mirror: Any) -> None:
    """`…/novosti/page/2` was kept as the site's path: the crawl asked for
    `…/novosti/page/2/novosti` and ended "FAILED: 0 articles"."""
    proc = crawl(tmp_path, mirror.url, "-a", f"base_url={mirror.url}/novosti/page/2")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr.splitlines()[-2].startswith("PASSED: ")
    assert " 0 articles" not in proc.stderr.splitlines()[-2]


def test_since_with_day_and_month_swapped_gets_its_hint(tmp_path: Path, mirror: Any) -> None:
    assert one_line(crawl(tmp_path, mirror.url, "-a", "since=2024-31-01")) == \
        "error: since must be a date YYYY-MM-DD, got '2024-31-01' (did you mean 2024-01-31?)"


def test_empty_warc_is_refused_not_a_crawl_of_the_live_site(tmp_path: Path,
                                                           mirror: Any) -> None:
    """`-a warc=$ARCHIVE` with the variable unset crawled the site instead of replaying."""
    proc = crawl(tmp_path, mirror.url, "-a", "warc=")
    assert one_line(proc) == "error: warc must name a WARC file, a directory or a glob"
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize("base, hint", [("ic24.kz", "https://ic24.kz"),
                                        ("127.0.0.1:8000", "http://127.0.0.1:8000")])
def test_base_url_without_scheme_gets_its_hint(tmp_path: Path, mirror: Any, base: str,
                                               hint: str) -> None:
    assert one_line(crawl(tmp_path, mirror.url, "-a", f"base_url={base}")) == \
        f"error: base_url must be an http(s) URL, got {base!r} (did you mean {hint}?)"


def test_argument_name_in_capitals_gets_its_hint(tmp_path: Path, mirror: Any) -> None:
    assert one_line(crawl(tmp_path, mirror.url, "-a", "MAX_PAGES=2")).startswith(
        "error: unknown argument 'MAX_PAGES' (did you mean max_pages?); ")


def test_replay_of_a_site_the_archive_does_not_hold_is_refused(tmp_path: Path,
                                                               mirror: Any) -> None:
    """It replayed nothing and ended "FAILED: the first listing page could not be fetched"."""
    archive = tmp_path / "archive"
    for run in ("live", "replay"):
        (tmp_path / run).mkdir()
    made = crawl(tmp_path / "live", mirror.url, KZNEWS_ARCHIVE_DIR=str(archive))
    assert made.returncode == 0, made.stderr[-2000:]
    host = mirror.url.removeprefix("http://")
    proc = crawl(tmp_path / "replay", "https://ic24.kz", "-a", f"warc={archive}")
    assert one_line(proc) == (f"error: warc: the archive holds no page of ic24.kz (it holds "
                              f"{host}): leave base_url out to replay the archive's site")


def test_a_directory_setting_starting_with_a_tilde_is_under_home(tmp_path: Path,
                                                                mirror: Any) -> None:
    """Quoted, or passed by Scrapyd or cron, `~/kznews/state` is no shell's to expand: the
    crawl made a folder named `~` in the working directory and kept its store there."""
    home = tmp_path / "home"
    cmd = crawl_command(mirror.url, tmp_path, "-a", "max_pages=1", out="",
                        settings={"KZNEWS_PROGRESS": "off", "KZNEWS_STATE_DIR": "~/kz/state",
                                  "KZNEWS_FEEDS_DIR": "~/kz/feeds"})
    cmd[1:5] = ["-m", "kznews", "crawl"]
    proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not (tmp_path / "~").exists()
    assert (home / "kz" / "state" / "articles.sqlite3").is_file()
    assert list((home / "kz" / "feeds").glob("*/*.jsonl"))


# ---------------------------------------------------------------------- Ctrl-C
def test_ctrl_c_while_a_silent_site_is_checked_is_one_line(tmp_path: Path) -> None:
    """A site that takes the connection but never answers its TLS handshake: Ctrl-C during
    the check before the first request was a KeyboardInterrupt traceback."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        port = silent.getsockname()[1]
        cmd = crawl_command(f"https://127.0.0.1:{port}", tmp_path, out="")
        cmd[1:5] = ["-m", "kznews", "crawl"]
        proc = subprocess.Popen(cmd, cwd=tmp_path, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(REPO)})
        silent.settimeout(120)
        conn, _ = silent.accept()  # the check is waiting for the handshake now
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.stderr.close()
        assert proc.wait(60) == 130, err[-2000:]
        conn.close()
    assert err.strip().splitlines() == ["INTERRUPTED: stopped during the checks before the "
                                        "first request (Ctrl-C); nothing was fetched"]


def test_feeds_dir_that_is_a_file_says_so_in_words(tmp_path: Path, mirror: Any) -> None:
    """It said "cannot be written: File exists"."""
    (tmp_path / "feeds").write_text("notes\n")
    proc = crawl(tmp_path, mirror.url, "-s", "KZNEWS_FEEDS_DIR=feeds")
    assert one_line(proc) == "error: KZNEWS_FEEDS_DIR=feeds cannot be written: feeds is a " \
                             "file, not a directory"


def test_site_path_with_no_listing_names_the_page_and_its_status(tmp_path: Path,
                                                                  mirror: Any) -> None:
    """`base_url=…/about`: the run failed with "the first listing page could not be fetched
    (see the log)"; the verdict now names the page asked for and the server's answer."""
    proc = crawl(tmp_path, mirror.url, "-a", f"base_url={mirror.url}/about")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    verdict = lines[next(i for i, line in enumerate(lines) if line.startswith("FAILED: ")):]
    assert f"  failed item_count: 0 articles scraped (minimum 1): the first listing page could " \
        f"not be fetched ({mirror.url}/about/novosti: HTTP 404)" in verdict, verdict
