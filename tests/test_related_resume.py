"""A crawl cut short keeps the articles it reached only through related links.

The mirror is built with articles that no listing page, sitemap or feed shows: only the
headline block of one article links each (``related_only``), one or two related-link hops
from the listing. A crawl is stopped right after its N-th feed line (``tests/killpoint.py``),
while those articles are queued behind the listing's, then resumed; the feeds must then hold
every article the depth bound reaches, each exactly once.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import MirrorServer, build_site, serve
from tests.crawl_helpers import REPO, CrawlResult, crawl_command, run_crawl

SITE = {"articles": 240, "related_only": 24}
QUIET = {"KZNEWS_PROGRESS": "off", "KZNEWS_TRANSLATION_WINDOW": "40"}  # lines flow early

@pytest.fixture(scope="module")
def server() -> Iterator[MirrorServer]:
    srv = serve(build_site(**SITE), port=0)
    yield srv
    srv.close()

def truth(depth: int) -> set[str]:
    return {a["id"] for a in build_site(**SITE).articles if a["related_hop"] <= depth}

def parents() -> dict[str, set[str]]:
    """Related-only article -> the articles whose headline block links it."""
    articles = build_site(**SITE).articles
    hidden = {a["id"] for a in articles if a["related_hop"]}
    out: dict[str, set[str]] = {}
    for a in articles:
        for rid in set(a["related_ids"]) & hidden:
            out.setdefault(rid, set()).add(a["id"])
    return out

def feed_ids(feeds: Path) -> Counter[str]:
    assert not list(feeds.glob("*/.*.part")), "a .part file was left behind"
    lines = [json.loads(line) for path in feeds.glob("*/*.jsonl")
             for line in path.read_text("utf-8").splitlines()]
    return Counter(line["id"] for line in lines)

def stopped_run(url: str, workdir: Path, signame: str, after: int, *args: str) -> None:
    """A crawl that sends itself SIG``signame`` right after its ``after``-th feed line."""
    cmd = crawl_command(url, workdir, "-a", "max_pages=1000", *args, out="", settings=QUIET)
    assert cmd[1:3] == ["-m", "scrapy"]
    cmd[1:3] = ["-m", "tests.killpoint", "exported", str(after), signame]
    workdir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=240)
    if signame == "KILL":
        assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    else:
        assert "shutdown" in done.stderr, done.stderr[-2000:]

def assert_related_only_queued_when_stopped(workdir: Path, depth: int) -> set[str]:
    """The state this test is about: an article whose related-only child is due at this
    depth was exported, the child was not. Returns the related-only articles not exported."""
    # the stopped run's feed lines (a killed run's are settled by the next run; read .part)
    exported = set()
    for path in (workdir / "feeds").glob("*/*"):
        exported |= {json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()}
    wanted = truth(depth)
    waiting = {child for child, ps in parents().items()
               if child in wanted and ps & exported and child not in exported}
    assert waiting, "the crawl was stopped before any related-only article was queued"
    return (wanted & set(parents())) - exported

def resumed(url: str, workdir: Path, *args: str) -> CrawlResult:
    result = run_crawl(url, workdir, "-a", "max_pages=1000", *args, settings=QUIET)
    assert result.returncode == 0, result.stderr[-3000:]
    return result

@pytest.mark.parametrize("jobdir", [True, False], ids=["jobdir", "no-jobdir"])
def test_sigkill_then_resume_reaches_every_related_only_article_once(
        server: MirrorServer, tmp_path: Path, jobdir: bool) -> None:
    args = ("-s", f"JOBDIR={tmp_path / 'job'}") if jobdir else ()
    stopped_run(server.url, tmp_path, "KILL", 20, *args)
    missing = assert_related_only_queued_when_stopped(tmp_path, 1)
    result = resumed(server.url, tmp_path, *args)
    ids = feed_ids(tmp_path / "feeds")
    assert not {i: n for i, n in ids.items() if n > 1}, "an article was exported twice"
    assert set(ids) == truth(1), (f"lost: {sorted(truth(1) - set(ids))}, "
                                  f"beyond the depth bound: {sorted(set(ids) - truth(1))}")
    stats = result.report()["stats"]
    # only what nothing else in the run reaches: listed articles come from the listing walk
    assert 1 <= stats.get("discovery/related/reseeded", 0) <= len(missing)
    if jobdir:
        assert stats.get("scheduler/jobdir_discarded") == 1

def test_sigkill_then_resume_keeps_a_depth_bound_of_two(server: MirrorServer,
                                                        tmp_path: Path) -> None:
    depth = ("-a", "related_depth=2")
    stopped_run(server.url, tmp_path, "KILL", 20, *depth)
    assert_related_only_queued_when_stopped(tmp_path, 2)
    resumed(server.url, tmp_path, *depth)
    ids = feed_ids(tmp_path / "feeds")
    assert max(ids.values()) == 1
    assert set(ids) == truth(2) and truth(2) > truth(1)

def test_clean_stop_then_jobdir_resume_reaches_every_related_only_article_once(
        server: MirrorServer, tmp_path: Path) -> None:
    """Ctrl-C keeps Scrapy's JOBDIR queue, but not the articles parsed and waiting in the
    translation window (kznews.translations): related-only ones among them were lost."""
    jobdir = ("-s", f"JOBDIR={tmp_path / 'job'}")
    stopped_run(server.url, tmp_path, "INT", 20, *jobdir)
    assert_related_only_queued_when_stopped(tmp_path, 1)
    result = resumed(server.url, tmp_path, *jobdir)
    assert not result.report()["stats"].get("scheduler/jobdir_discarded")
    ids = feed_ids(tmp_path / "feeds")
    assert max(ids.values()) == 1 and set(ids) == truth(1)

def test_follow_related_0_reseeds_nothing(server: MirrorServer, tmp_path: Path) -> None:
    stopped_run(server.url, tmp_path, "KILL", 20)
    result = resumed(server.url, tmp_path, "-a", "follow_related=0")
    stats = result.report()["stats"]
    assert not stats.get("discovery/related/reseeded")
    assert not stats.get("discovery/articles/related")
    assert not set(feed_ids(tmp_path / "feeds")) & set(parents())

def test_resume_stops_at_max_articles(server: MirrorServer, tmp_path: Path) -> None:
    stopped_run(server.url, tmp_path, "KILL", 20)
    result = resumed(server.url, tmp_path, "-a", "max_articles=5")
    assert len(result.items) == 5
    assert "'finish_reason': 'max_articles'" in result.stderr
    # the links not followed yet stay noted for the next run
    final = resumed(server.url, tmp_path)
    ids = feed_ids(tmp_path / "feeds")
    assert max(ids.values()) == 1 and set(ids) == truth(1)
    assert final.report()["stats"].get("discovery/related/reseeded", 0) >= 1

def noted_links(workdir: Path) -> int:
    with sqlite3.connect(workdir / "state" / "articles.sqlite3") as db:
        return int(db.execute("SELECT COUNT(*) FROM related_links").fetchone()[0])

def test_a_run_after_a_clean_one_reseeds_nothing(server: MirrorServer,
                                                 tmp_path: Path) -> None:
    first = resumed(server.url, tmp_path)
    assert {item["id"] for item in first.items} == truth(1)
    assert noted_links(tmp_path) == 0  # a clean run followed every link it noted
    second = resumed(server.url, tmp_path)
    stats: dict[str, Any] = second.report()["stats"]
    assert not stats.get("discovery/related/reseeded")
    assert stats.get("dedup/new", 0) == 0
