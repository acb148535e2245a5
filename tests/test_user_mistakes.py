"""A hurried user's wrong commands, run as the user runs them (``python -m kznews …`` in a
subprocess): each ends with one line saying what is wrong and a non-zero exit status, never a
traceback, and never destroys or loses what the user already had."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.crawl_helpers import REPO

PAGE = "<!DOCTYPE html>\n<html><head><title>Новости</title></head><body>…</body></html>\n"


def kznews(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kznews", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def one_line(proc: subprocess.CompletedProcess[str], status: int = 2) -> str:
    assert proc.returncode == status, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-2000:]
    return lines[0]


# ---------------------------------------------------------------------- kznews archive
def one_warc(path: Path) -> Path:
    """A WARC file holding one capture: PAGE as https://ic24.kz/news/some-story-u51964."""
    record = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
              + PAGE.encode("utf-8"))
    path.write_bytes(b"WARC/1.1\r\nWARC-Type: response\r\n"
                     b"WARC-Target-URI: https://ic24.kz/news/some-story-u51964\r\n"
                     b"WARC-Date: 2024-01-02T10:00:00Z\r\n"
                     b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                     b"Content-Type: application/http; msgtype=response\r\n"
                     + f"Content-Length: {len(record)}\r\n\r\n".encode() + record
                     + b"\r\n\r\n")
    return path


def test_archive_list_of_a_host_it_does_not_hold_says_so(tmp_path: Path) -> None:
    """It printed nothing and exited 0, as for an empty archive."""
    warc = str(one_warc(tmp_path / "one.warc"))
    assert one_line(kznews("archive", "list", warc, "--host", "127.0.0.1:8000")) == \
        "error: the archive holds no capture of 127.0.0.1:8000 (it holds ic24.kz)"
    assert one_line(kznews("archive", "list", warc, "--host", "http://[bad")) == \
        "error: --host must be a host[:port] or a URL, got 'http://[bad'"
    listed = kznews("archive", "list", warc, "--host", "www.ic24.kz")
    assert listed.returncode == 0 and listed.stdout.count("\n") == 1, listed.stderr


def test_archive_repair_of_a_file_that_is_no_warc_leaves_it_as_it_is(tmp_path: Path) -> None:
    """`repair` cut an HTML page "back to its last whole record": to nothing."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    line = one_line(kznews("archive", "repair", str(page)))
    assert line == f"error: {page} is not a WARC file: left as it is"
    assert page.read_text("utf-8") == PAGE


def test_archive_list_of_a_file_that_is_no_warc_says_so(tmp_path: Path) -> None:
    """It exited 0 with a warning about a "cut-off" archive (or with warcio's own warnings
    and bytes for a binary file)."""
    page, binary, empty = tmp_path / "page.html", tmp_path / "x.bin", tmp_path / "empty.warc"
    page.write_text(PAGE, "utf-8")
    binary.write_bytes(bytes(range(256)) * 20)
    empty.write_bytes(b"")
    assert one_line(kznews("archive", "list", str(page))) == \
        f"error: {page} is not a WARC file"
    assert one_line(kznews("archive", "list", str(binary))) == \
        f"error: {binary} is not a WARC file"
    assert one_line(kznews("archive", "list", str(empty))) == \
        f"error: no WARC record in {empty} (an empty file?)"


def test_replay_of_a_binary_file_is_one_line(tmp_path: Path) -> None:
    """warcio printed its own warnings and the file's bytes before the error line."""
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 20)
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "centerinform", "-a",
                           f"warc={binary}", "-s", f"KZNEWS_STATE_DIR={tmp_path / 'state'}"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert one_line(proc) == "error: warc: no WARC response record in x.bin (not a WARC file)"


# ---------------------------------------------------------------------- kznews report
FEED_LINE = ('{"id": "u1", "url": "https://ic24.kz/news/a-u1", "lang": "ru", "title": "Т", '
             '"body": "Текст.", "published_at": "2024-01-02T10:00:00+06:00", '
             '"crawled_at": "2024-01-02T11:00:00+00:00", "revision": 1}')


def test_report_on_a_folder_without_feeds_says_so(tmp_path: Path) -> None:
    """It wrote a report of "0 articles" that blamed the listing pages and max_pages."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "x.json").write_text("{}")
    line = one_line(kznews("report", "reports", "--out", "out", cwd=tmp_path), 1)
    assert line == "error: no feed file (*.jsonl) under reports"
    assert not (tmp_path / "out").exists()


def test_report_s_unreadable_inputs_and_unwritable_out_are_one_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(FEED_LINE + "\n", "utf-8")
    (tmp_path / "page.html").write_text(PAGE, "utf-8")
    (tmp_path / "utf16.jsonl").write_text(FEED_LINE + "\n", "utf-16")
    (tmp_path / "a-file").write_text("notes\n")
    cases = [
        (("feed.jsonl", "--out", "a-file"),
         "error: cannot write the report into a-file: File exists"),
        (("feed.jsonl", "--stats", "nothere.json"),
         "error: cannot read --stats nothere.json: No such file or directory"),
        (("feed.jsonl", "--stats", "page.html"), "error: --stats page.html is not JSON (a "
         "Scrapy stats dump or an earlier kznews report)"),
        (("utf16.jsonl",), "error: utf16.jsonl is not UTF-8 text (a feed is JSON lines)"),
    ]
    for args, line in cases:
        assert one_line(kznews("report", *args, cwd=tmp_path), 1) == line


def test_report_reads_a_json_array_output(tmp_path: Path) -> None:
    """`-O out.json` writes one JSON array: its first line "[" was "not JSON"."""
    (tmp_path / "out.json").write_text(f"[\n{FEED_LINE},\n{FEED_LINE}\n]", "utf-8")
    proc = kznews("report", "out.json", "--out", "reports", "--no-monitors", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / proc.stdout.splitlines()[0]).read_text("utf-8"))
    assert report["items"] == 2


# ---------------------------------------------------------------------- kznews enqueue
def test_enqueue_with_a_scrapyd_url_without_scheme_is_one_line(tmp_path: Path) -> None:
    """requests' InvalidSchema came out as a traceback."""
    proc = kznews("enqueue", "--url", "127.0.0.1:6800", "--data", str(tmp_path))
    assert one_line(proc) == "error: the Scrapyd URL must be http://HOST:PORT, got " \
                             "'127.0.0.1:6800'"


def test_enqueue_checks_the_job_s_settings_before_scheduling(tmp_path: Path) -> None:
    """A misspelt -s went to Scrapyd, and the job failed (or crawled into the default
    feeds/) where nobody looks."""
    base = ("enqueue", "--url", "http://127.0.0.1:1", "--data", str(tmp_path))
    assert one_line(kznews(*base, "-s", "KZNEWS_FEED_DIR=/srv/feeds")).startswith(
        "error: unknown setting KZNEWS_FEED_DIR (did you mean KZNEWS_FEEDS_DIR?)")
    assert one_line(kznews(*base, "-s", "DOWNLOAD_DELAY=fast")) == \
        "error: DOWNLOAD_DELAY must be a number, got 'fast'"
    # a right one goes on to Scrapyd (here: nobody answers, try again later)
    assert one_line(kznews(*base, "-s", "DOWNLOAD_DELAY=2"), 75).endswith("did not answer: "
                                                                         "ConnectionError")


# ---------------------------------------------------------------------- kznews extract
ARTICLE_URL = "https://ic24.kz/news/some-story-u51964"


def test_extract_given_the_page_s_url_instead_of_a_file(tmp_path: Path) -> None:
    """The URL was read as a file name: "No such file or directory: 'https:/ic24.kz/…'"."""
    line = one_line(kznews("extract", ARTICLE_URL, "--url", ARTICLE_URL, cwd=tmp_path))
    assert line.startswith(f"error: {ARTICLE_URL} is a URL: kznews extract reads a saved "
                           "page (save it first, e.g. curl -o page.html")


def test_extract_with_a_url_without_scheme_names_the_url(tmp_path: Path) -> None:
    """Two lines blaming the page: its image links "do not match ^https?://", then "not an
    article page"."""
    (tmp_path / "page.html").write_text(PAGE, "utf-8")
    line = one_line(kznews("extract", "page.html", "--url", "ic24.kz/news/some-story-u51964",
                           cwd=tmp_path))
    assert line == ("error: --url must be the page's http(s) URL, got "
                    "'ic24.kz/news/some-story-u51964' (did you mean "
                    "https://ic24.kz/news/some-story-u51964?)")


# ---------------------------------------------------------------------- where files go
def test_demo_in_a_directory_it_cannot_write_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "runs").write_text("notes\n")  # as a read-only disk: no runs/ folder
    line = one_line(kznews("demo", cwd=tmp_path))
    assert line.startswith("error: cannot write runs: File exists (kznews demo writes runs/, "
                           "feeds/, reports/, archive/ and .kznews/ here")


def test_fixture_into_a_folder_that_cannot_be_written_blames_the_folder(
        tmp_path: Path) -> None:
    """It said "cannot read the archive: …" about the output folder."""
    warc = one_warc(tmp_path / "one.warc")
    (tmp_path / "a-file").write_text("notes\n")
    proc = kznews("archive", "fixture", "--warc", str(warc), "--url",
                  "https://ic24.kz/news/some-story-u51964", "--out", "a-file/fixture",
                  cwd=tmp_path)
    assert one_line(proc).startswith("error: cannot write the fixture into a-file/fixture: ")


def test_report_on_an_output_a_killed_run_left_skips_its_cut_last_line(tmp_path: Path) -> None:
    """The whole report was refused: "out.jsonl:2 is not JSON"."""
    (tmp_path / "out.jsonl").write_text(f'{FEED_LINE}\n{FEED_LINE[:40]}', "utf-8")
    proc = kznews("report", "out.jsonl", "--out", "reports", "--no-monitors", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "warning: out.jsonl:2 is cut off (no line end, not JSON): " \
                                  "skipped"
    report = json.loads((tmp_path / proc.stdout.splitlines()[0]).read_text("utf-8"))
    assert report["items"] == 1
    # a bad line inside the file is still refused: it is no killed run's
    (tmp_path / "bad.jsonl").write_text(f'{FEED_LINE[:40]}\n{FEED_LINE}\n', "utf-8")
    assert one_line(kznews("report", "bad.jsonl", cwd=tmp_path), 1) == \
        "error: bad.jsonl:1 is not JSON"


def test_fixture_into_a_reviewed_fixture_leaves_it_as_it_is(tmp_path: Path) -> None:
    """A second run with the same --out overwrote the hand-corrected expected.json."""
    warc = one_warc(tmp_path / "one.warc")
    fixture = tmp_path / "fixture"
    fixture.mkdir()
    (fixture / "expected.json").write_text('{"title": "corrected by hand"}\n')
    proc = kznews("archive", "fixture", "--warc", str(warc), "--url",
                  "https://ic24.kz/news/some-story-u51964", "--out", "fixture", cwd=tmp_path)
    assert one_line(proc) == ("error: fixture already holds a fixture (its expected.json may "
                              "have been corrected by hand): give another --out, or remove "
                              "it first")
    assert (fixture / "expected.json").read_text() == '{"title": "corrected by hand"}\n'
    assert not (fixture / "page.html").exists()


# ---------------------------------------------------------------------- Ctrl-C
def test_ctrl_c_in_demo_stops_its_crawl_and_says_so(tmp_path: Path) -> None:
    """Ctrl-C reaches `kznews demo` and its crawl (one process group): demo died with a
    KeyboardInterrupt traceback and shut the mirror while its crawl was still stopping."""
    proc = subprocess.Popen([sys.executable, "-m", "kznews", "demo", "--articles", "2000"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("$ scrapy crawl"):
            break
    time.sleep(6)  # the crawl is under way
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err
    assert [ln for ln in err.splitlines() if ln.startswith("INTERRUPTED: ")]
    assert "this run's articles: runs/articles-" in out


# ---------------------------------------------------------------------- kznews store
def test_store_commands_on_a_damaged_store_are_one_line(tmp_path: Path) -> None:
    """A store file that is no SQLite database (damaged, or something else at its name) was a
    traceback from every ``kznews store`` command."""
    state = tmp_path / "state"
    state.mkdir()
    store = state / "articles.sqlite3"
    store.write_bytes(b"\x13not a database at all\x00" * 200)
    for command in (["stats"], ["show", "u1"], ["export"]):
        line = one_line(kznews("store", "--state-dir", str(state), *command))
        assert line.startswith(f"error: the article store at {store} cannot be read"), line
    assert store.read_bytes() == b"\x13not a database at all\x00" * 200  # left as it was
