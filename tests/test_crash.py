"""A crawl killed with SIGKILL loses nothing, doubles nothing, leaves no cut line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import build_site, serve
from tests.crawl_helpers import REPO, assert_gone, crawl_command, run_crawl, spawned_children

ARTICLES = 800


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    srv = serve(build_site(articles=ARTICLES), port=0)
    yield srv
    srv.close()


def _part_lines(feeds: Path) -> int:
    return sum(p.read_bytes().count(b"\n") for p in feeds.glob("*/.*.part"))


def kill_mid_crawl(url: str, workdir: Path, *args: str, lines: int = 60) -> None:
    """Start a crawl and SIGKILL it once its feeds hold ``lines`` lines (before it ends)."""
    workdir.mkdir(parents=True, exist_ok=True)
    log = open(workdir / "killed.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(crawl_command(url, workdir, "-a", "max_pages=1000", *args,
                                          out="killed.jsonl"),
                            cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 240
        while _part_lines(workdir / "feeds") < lines:
            assert proc.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline, "the crawl never wrote its feed"
            time.sleep(0.02)  # polling for a condition, not timing a result
        workers = spawned_children(proc.pid)  # its extraction workers, when it has started them
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    assert proc.returncode == -signal.SIGKILL
    assert_gone(workers)


def all_feed_lines(feeds: Path) -> list[dict[str, Any]]:
    lines = []
    for path in feeds.glob("*/*.jsonl"):
        data = path.read_bytes()
        assert data.endswith(b"\n"), f"{path} ends in a cut line"
        lines += [json.loads(line) for line in data.splitlines()]  # each line parses
    return lines


def assert_every_article_once(feeds: Path) -> None:
    assert not list(feeds.glob("*/.*.part")), "a .part file was left behind"
    counts = Counter(line["id"] for line in all_feed_lines(feeds))
    assert not {i: n for i, n in counts.items() if n > 1}, "an article was exported twice"
    expected = {a["id"] for a in build_site(articles=ARTICLES).articles}
    assert set(counts) == expected, f"{len(expected - set(counts))} articles lost"


def test_sigkill_then_normal_run_keeps_every_article_exactly_once(server: Any,
                                                                   tmp_path: Path) -> None:
    kill_mid_crawl(server.url, tmp_path)
    assert _part_lines(tmp_path / "feeds") >= 60
    again = run_crawl(server.url, tmp_path, "-a", "max_pages=1000")
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.report()["stats"].get("feeds/recovered_files", 0) >= 1
    assert_every_article_once(tmp_path / "feeds")


def test_sigkill_then_jobdir_resume_keeps_every_article_exactly_once(server: Any,
                                                                      tmp_path: Path) -> None:
    jobdir = f"JOBDIR={tmp_path / 'job'}"
    kill_mid_crawl(server.url, tmp_path, "-s", jobdir)
    resumed = run_crawl(server.url, tmp_path, "-a", "max_pages=1000", "-s", jobdir)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert_every_article_once(tmp_path / "feeds")


@pytest.mark.parametrize(("queue", "nth"), [("0", 1), ("-10", 1)],
                         ids=["article-queue", "listing-queue"])
def test_sigkill_as_a_request_queue_is_made_then_jobdir_resume_keeps_every_article(
        server: Any, tmp_path: Path, queue: str, nth: int) -> None:
    """Killed right after Scrapy made a JOBDIR queue file, before its header left the write
    buffer: the empty file must not break the resumed crawl (it once failed every request
    of that priority, hundreds of "Task exception was never retrieved")."""
    jobdir = f"JOBDIR={tmp_path / 'job'}"
    cmd = crawl_command(server.url, tmp_path, "-a", "max_pages=1000", "-s", jobdir,
                        out="killed.jsonl")
    assert cmd[1:3] == ["-m", "scrapy"]
    cmd[1:3] = ["-m", "tests.killpoint", queue, str(nth)]
    killed = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=240)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    left = list((tmp_path / "job" / "requests.queue").glob(f"*/{queue}"))
    assert [p.stat().st_size for p in left] == [0]  # the state such a kill leaves
    resumed = run_crawl(server.url, tmp_path, "-a", "max_pages=1000", "-s", jobdir)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "Task exception was never retrieved" not in resumed.stderr
    stats = resumed.report()["stats"]
    assert stats.get("scheduler/jobdir_discarded") == 1
    assert not stats.get("scheduler/disk_push_failed")
    assert_every_article_once(tmp_path / "feeds")
