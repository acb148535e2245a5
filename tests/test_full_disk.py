"""A full disk loses no article: the crawl stops with one line and exit status 4, the feed
keeps only whole lines, and the next run (space freed) exports every article once."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import MirrorServer
from kznews.pipelines.export import EXIT_EXPORT_FAILED
from kznews.pipelines.feeds import FeedWriteError, FeedWriter
from tests.crawl_helpers import REPO, CrawlResult, crawl_command, run_crawl, tmpfs

ARTICLES = 150


@pytest.fixture(scope="module")
def site() -> Iterator[MirrorServer]:
    from kznews.mirror import build_site, serve

    with serve(build_site(articles=ARTICLES), port=0) as server:
        yield server


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """``tmp_path/feeds``: a 200 KiB tmpfs (room for a dozen feed lines), unmounted after."""
    with tmpfs(tmp_path / "feeds", "200k") as mount:
        yield mount


def feed_ids(feeds: Path) -> Counter[str]:
    """Ids of every feed line; fails on a cut line or a leftover .part file."""
    assert not list(feeds.glob("*/.*.part")), "a .part file was left behind"
    ids: Counter[str] = Counter()
    for path in feeds.glob("*/*.jsonl"):
        data = path.read_bytes()
        assert not data or data.endswith(b"\n"), f"{path} ends in a cut line"
        ids.update(json.loads(line)["id"] for line in data.splitlines())
    return ids


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "] ERROR:" in line
            and "kznews.extensions.report" not in line]  # the monitors' verdict lines


def assert_failed_in_one_line(run: CrawlResult) -> None:
    assert run.returncode == EXIT_EXPORT_FAILED, run.stderr[-3000:]
    errors = error_lines(run.stderr)
    assert len(errors) == 1 and "No space left on device (ENOSPC)" in errors[0], errors
    assert "Traceback" not in run.stderr
    report = run.report()
    assert report["status"] == "failed" and report["finish_reason"] == "export_failed"


def assert_every_article_once(feeds: Path, site: MirrorServer) -> None:
    ids = feed_ids(feeds)
    assert [i for i, n in ids.items() if n > 1] == [], "an article was exported twice"
    expected = {a["id"] for a in site.site.articles}
    assert set(ids) == expected, f"{len(expected - set(ids))} articles lost"


# ---------------------------------------------------------------------- the feed writer
class _FullDisk:
    """``os`` for kznews.pipelines.feeds whose writes fail once ``room`` bytes are used,
    after writing what still fits (as a real full filesystem does)."""

    def __init__(self, room: int) -> None:
        self.room = room

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def write(self, fd: int, data: Any) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = os.write(fd, bytes(data[: self.room]))
        self.room -= n
        return n


def test_failed_write_leaves_no_cut_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    import kznews.pipelines.feeds as feeds

    monkeypatch.setattr(feeds, "os", _FullDisk(room=150))
    writer = FeedWriter(tmp_path, "spider", "run1")
    writer.write("ru", {"id": "u1", "body": "a" * 40})  # ~60 bytes: fits
    with pytest.raises(FeedWriteError, match=r"No space left on device \(ENOSPC\)"):
        writer.write("ru", {"id": "u2", "body": "b" * 200})  # only part of it fits
    (part,) = (tmp_path / "ru").glob(".*.part")
    assert part.read_bytes().count(b"\n") == 1 and part.read_bytes().endswith(b"\n")
    (final,) = writer.close()
    assert [json.loads(line)["id"] for line in final.read_text().splitlines()] == ["u1"]


# ---------------------------------------------------------------------- crawls
def test_full_filesystem_then_freed_space_exports_every_article_once(
        site: MirrorServer, small_fs: Path, tmp_path: Path) -> None:
    first = run_crawl(site.url, tmp_path, "-a", "max_pages=1000",
                      settings={"KZNEWS_PROGRESS": "off"})
    assert_failed_in_one_line(first)
    written = feed_ids(small_fs)
    assert 0 < len(written) < ARTICLES  # the disk really filled up
    subprocess.run(["mount", "-o", "remount,size=8m", str(small_fs)], check=True)
    second = run_crawl(site.url, tmp_path, "-a", "max_pages=1000",
                       settings={"KZNEWS_PROGRESS": "off"})
    assert second.returncode == 0, second.stderr[-3000:]
    assert second.report()["stats"].get("incremental/full_walk_after_interrupted_run") == 1
    assert second.report()["new"] == ARTICLES - len(written)
    assert_every_article_once(small_fs, site)


INJECT = """
import errno, os, sys
import kznews.pipelines.feeds as feeds

class FullDisk:
    room = int(os.environ["KZNEWS_TEST_FEED_ROOM"])
    def __getattr__(self, name):
        return getattr(os, name)
    def write(self, fd, data):
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = os.write(fd, bytes(data[:self.room]))
        self.room -= n
        return n

feeds.os = FullDisk()
from scrapy.cmdline import execute
execute(["scrapy", *sys.argv[1:]])
"""


def test_injected_enospc_then_next_run_exports_every_article_once(
        site: MirrorServer, tmp_path: Path) -> None:
    cmd = crawl_command(site.url, tmp_path, "-a", "max_pages=1000", out="",
                        settings={"KZNEWS_PROGRESS": "off"})
    assert cmd[1:4] == ["-m", "scrapy", "crawl"]
    env = {**os.environ, "KZNEWS_TEST_FEED_ROOM": "100000"}
    proc = subprocess.run([sys.executable, "-c", INJECT, *cmd[3:]], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    reports = sorted((tmp_path / "reports").glob("*.json"))
    assert_failed_in_one_line(CrawlResult(proc.returncode, [], proc.stderr, tmp_path,
                                          reports[-1] if reports else None))
    written = feed_ids(tmp_path / "feeds")
    assert 0 < len(written) < ARTICLES
    second = run_crawl(site.url, tmp_path, "-a", "max_pages=1000", out="",
                       settings={"KZNEWS_PROGRESS": "off"})
    assert second.returncode == 0, second.stderr[-3000:]
    assert_every_article_once(tmp_path / "feeds", site)
    # A third run finds nothing missing and nothing new.
    third = run_crawl(site.url, tmp_path, "-a", "max_pages=1000", out="",
                      settings={"KZNEWS_PROGRESS": "off"})
    assert third.returncode == 0 and third.report()["new"] == 0
    assert_every_article_once(tmp_path / "feeds", site)
