"""``-O``/``-o``/``FEEDS`` options Scrapy reads only once the crawl runs, given wrong: each lost
the output's articles (a traceback per article, no file at all, or ``{}`` lines) while the
crawl ended "PASSED", exit 0. Now one line and exit status 2 before the first request; an
output that fails during the crawl anyway (a full disk under it) fails the run."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.test_faults import scrapy_stats
from tests.test_user_mistakes_crawl import crawl, one_line


@pytest.mark.parametrize("args, line", [
    # a traceback per article, each missing from out.jsonl; PASSED
    (("-s", "FEED_EXPORT_ENCODING=latin-1", "-O", "out.jsonl"),
     "error: FEED_EXPORT_ENCODING=latin-1 cannot write the articles' letters ('А' …): each "
     "article holding one would be missing from the file; give utf-8 (utf-8-sig for Excel)"),
    (("-s", "FEED_EXPORT_ENCODING=utf-9", "-O", "out.jsonl"),
     "error: FEED_EXPORT_ENCODING=utf-9 is no encoding Python knows: give utf-8"),
    (("-s", 'FEEDS={"out.csv": {"format": "csv", "encoding": "cp1251"}}'),
     "error: FEEDS: the encoding of out.csv=cp1251 cannot write the articles' letters ('Қ' …)"),
    # Scrapy switched its feed exports off with one ERROR line: no output file; PASSED
    (("-s", "FEED_EXPORT_BATCH_ITEM_COUNT=2", "-O", "out.jsonl"),
     "error: FEED_EXPORT_BATCH_ITEM_COUNT=2 splits the output into batches of 2 articles: "
     "the file name must hold %(batch_id)d or %(batch_time)s, e.g. out-%(batch_id)d.jsonl, "
     "else Scrapy writes none"),
    # a KeyError when the crawl opened: no output file; PASSED
    (("-O", "out-%(tim)s.jsonl"),
     "error: output file out-%(tim)s.jsonl: %(tim)s names nothing Scrapy fills in (did you "
     "mean %(time)s?)"),
    # every line `{}`
    (("-s", "FEED_EXPORT_FIELDS=titel,url", "-O", "out.jsonl"),
     "error: FEED_EXPORT_FIELDS: 'titel' is no field of an article (did you mean title?); "),
    # a traceback while Scrapy read the command line
    (("-s", "FEEDS=[1,2]"),
     """error: -s FEEDS must be a JSON object such as '{"out.jsonl": {"format": "jsonlines"}}',"""
     """ got '[1,2]'"""),
    # "Invalid -s value, use -s NAME=VALUE", which it was
    (("-s", 'FEEDS={"out.jsonl": {"format": "jsonlines"}'),
     "error: -s FEEDS must be a JSON object such as '{\"out.jsonl\": {\"format\": "
     "\"jsonlines\"}}', got '{\"out.jsonl\": {\"format\": \"jsonlines\"}': Expecting ','"),
    (("-s", "ITEM_PIPELINES=5"),
     "error: -s ITEM_PIPELINES must be a JSON object such as '{\"name\": 100}', got '5'"),
])
def test_output_options_scrapy_reads_late_stop_the_crawl_in_one_line(
        tmp_path: Path, mirror: Any, args: tuple[str, ...], line: str) -> None:
    assert one_line(crawl(tmp_path, mirror.url, *args)).startswith(line)
    assert not list(tmp_path.glob("out*"))


def test_the_nearby_good_options_crawl_into_every_output(tmp_path: Path, mirror: Any) -> None:
    """Placeholders Scrapy fills in (%(name)s, a spider attribute), batches named by their
    id, a non-Unicode encoding where the format escapes what it cannot write (XML), the
    article's own field names."""
    feeds = {"a-%(name)s-%(time)s.jsonl": {"format": "jsonlines"},
             "b-%(batch_id)d.jsonl": {"format": "jsonlines", "batch_item_count": 2},
             "c.xml": {"format": "xml", "encoding": "latin-1"},
             "d.csv": {"format": "csv", "fields": ["id", "title"]}}
    proc = crawl(tmp_path, mirror.url, "-a", "max_articles=3", "-s", f"FEEDS={json.dumps(feeds)}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    [a] = tmp_path.glob("a-centerinform-*.jsonl")
    ids = [json.loads(line)["id"] for line in a.read_text("utf-8").splitlines()]
    assert len(ids) == 3
    assert sorted(p.name for p in tmp_path.glob("b-*.jsonl")) == ["b-1.jsonl", "b-2.jsonl"]
    xml = (tmp_path / "c.xml").read_bytes()
    assert xml.startswith(b"<?xml version=\"1.0\" encoding=\"latin-1\"?>") and b"&#" in xml
    csv = (tmp_path / "d.csv").read_text("utf-8").splitlines()
    assert csv[0] == "id,title" and {row.split(",")[0] for row in csv[1:]} == set(ids)
    assert "ERROR" not in proc.stderr


def test_an_output_failing_during_the_crawl_fails_the_run(tmp_path: Path, mirror: Any) -> None:
    """A full disk under -O's file: before, one traceback per article ("Error caught on
    signal handler"), and a run of five such articles or fewer PASSED."""
    proc = crawl(tmp_path, mirror.url, "-a", "max_articles=3", "-O", "/dev/full:jsonlines",
                 LOG_LEVEL="INFO")
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "[kznews.exporters] ERROR" in line]
    assert len(errors) == 1
    assert re.search(r"ERROR: output /dev/full: could not write u\d+: OSError: \[Errno 28\] No "
                     r"space left on device \(further ones counted in export/output_failed",
                     errors[0])
    assert scrapy_stats(proc.stderr)["export/output_failed"] == 3
    assert "  failed outputs: 3 article(s) not written to the -O/-o/FEEDS output" in proc.stderr
    assert len(list((tmp_path / "feeds").glob("*/*.jsonl"))) >= 1  # the feeds hold them


@pytest.mark.parametrize("target", ["feeds/ru/centerinform-20200101T000000Z.jsonl",
                                    "feeds/en/mine.jsonl", "feeds/x/%(time)s/out.jsonl"])
def test_an_output_inside_the_per_language_feeds_is_refused(tmp_path: Path, mirror: Any,
                                                            target: str) -> None:
    """`-o feeds/ru/centerinform-….jsonl` appended the run's articles, English ones too, to a
    Russian feed that already held some: every reader of feeds/*/*.jsonl saw them twice."""
    feed = tmp_path / "feeds" / "ru" / "centerinform-20200101T000000Z.jsonl"
    feed.parent.mkdir(parents=True)
    feed.write_text('{"id": "u1"}\n')
    assert one_line(crawl(tmp_path, mirror.url, "-o", target)) == (
        f"error: output file {target} is inside the per-language feeds of KZNEWS_FEEDS_DIR "
        f"({tmp_path / 'feeds'}), where kznews writes each article once: give a file outside "
        "them")
    assert feed.read_text() == '{"id": "u1"}\n'


def test_an_output_beside_the_feeds_is_written(tmp_path: Path, mirror: Any) -> None:
    proc = crawl(tmp_path, mirror.url, "-a", "max_articles=2", "-O", "feeds/all.jsonl")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len((tmp_path / "feeds" / "all.jsonl").read_text("utf-8").splitlines()) == 2
