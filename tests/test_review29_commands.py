"""``kznews`` subcommands given what they do not expect. ``kznews demo`` with an option its crawl
refuses: the crawl's one line was followed by a summary saying "feeds: nothing new since the
last run" (nothing was fetched), and an empty ``runs/`` folder was left behind. ``kznews
report`` on lines another tool wrote, or a feed saved again with a byte-order mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_user_mistakes import FEED_LINE, kznews, one_line


def test_demo_with_an_option_its_crawl_refuses_says_only_why(tmp_path: Path) -> None:
    proc = kznews("demo", "--articles", "4", "--bogus", cwd=tmp_path)
    assert one_line(proc) == "error: unknown option '--bogus'; `kznews crawl --help` lists " \
                             "every one"
    assert "feeds:" not in proc.stdout and "report:" not in proc.stdout
    assert not (tmp_path / "runs").exists()


def test_demo_keeps_a_runs_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs" / "articles-earlier.jsonl").write_text("{}\n")
    proc = kznews("demo", "--articles", "4", "-a", "max_pages=0", cwd=tmp_path)
    assert one_line(proc) == "error: max_pages must be ≥ 1, got '0'"
    assert (tmp_path / "runs" / "articles-earlier.jsonl").read_text() == "{}\n"


@pytest.mark.parametrize("line, error", [
    # a traceback from the report's charts / its rule counts
    ('{"id": "u1", "published_at": 5}',
     "error: x.jsonl:2: published_at is int '5', not str (is it a kznews feed?)"),
    ('{"id": "u1", "published_at": "yesterday"}',
     "error: x.jsonl:2: published_at 'yesterday' is no date YYYY-MM-DD… (is it a kznews "
     "feed?)"),
    ('{"id": "u1", "extraction": "css:h1"}',
     "error: x.jsonl:2: extraction is str 'css:h1', not dict (is it a kznews feed?)"),
    # skipped without a word: a report of fewer articles than the file holds
    ('["u1", "u2"]', "error: x.jsonl:2 is no JSON object (a feed line is one article)"),
])
def test_report_on_lines_it_cannot_read_is_one_line(tmp_path: Path, line: str,
                                                    error: str) -> None:
    (tmp_path / "x.jsonl").write_text(f"{FEED_LINE}\n{line}\n", "utf-8")
    assert one_line(kznews("report", "x.jsonl", "--out", "out", cwd=tmp_path), 1) == error


def test_report_reads_a_feed_saved_with_a_byte_order_mark(tmp_path: Path) -> None:
    """An editor's "save" put a BOM before the first line: "x.jsonl:1 is not JSON"."""
    (tmp_path / "x.jsonl").write_text(f"{FEED_LINE}\n{FEED_LINE}\n", "utf-8-sig")
    proc = kznews("report", "x.jsonl", "--out", "out", "--no-monitors", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / proc.stdout.splitlines()[0]).read_text("utf-8"))
    assert report["items"] == 2


def test_enqueue_checks_a_job_s_feeds_as_a_crawl_does(tmp_path: Path) -> None:
    """`-s FEEDS=[…]` was a traceback; late-read feed options went to Scrapyd, and the job
    lost its output where nobody looks."""
    base = ("enqueue", "--url", "http://127.0.0.1:1", "--data", str(tmp_path))
    assert one_line(kznews(*base, "-s", "FEEDS=[1,2]")) == (
        """error: -s FEEDS must be a JSON object such as '{"out.jsonl": {"format": """
        """"jsonlines"}}', got '[1,2]'""")
    feeds = {f"{tmp_path}/out-%(tim)s.jsonl": {"format": "jsonlines"}}
    assert one_line(kznews(*base, "-s", f"FEEDS={json.dumps(feeds)}")).startswith(
        f"error: output file {tmp_path}/out-%(tim)s.jsonl: %(tim)s names nothing Scrapy fills "
        "in (did you mean %(time)s?)")
    # good ones go on to Scrapyd (here: nobody answers, try again later)
    feeds = {f"{tmp_path}/out-%(name)s-%(time)s.jsonl": {"format": "jsonlines"}}
    assert one_line(kznews(*base, "-s", f"FEEDS={json.dumps(feeds)}"), 75).endswith(
        "did not answer: ConnectionError")
