"""A crawl stopped early (Ctrl-C) exports the articles it parsed: those waiting in the
translation window go through the pipelines before the engine closes, and pages in flight
when the stop came go straight through (kznews.extensions.drain)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews import settings
from kznews.mirror import MirrorServer, build_site, serve
from tests.crawl_helpers import REPO, crawl_command

ARTICLE = re.compile(r"^/news/.*-(u\d+)$")
# every extension of kznews's settings but the drain (-s EXTENSIONS replaces the whole dict)
OFF = json.dumps({**settings.EXTENSIONS, "kznews.extensions.drain.DrainOnClose": None})


@pytest.fixture(scope="module")
def server() -> Iterator[MirrorServer]:
    with serve(build_site(articles=240, seed=6), port=0) as srv:
        yield srv


def _interrupted(server: MirrorServer, workdir: Path, *settings: str) -> dict[str, Any]:
    """A crawl that sends itself SIGINT right after its 20th feed line; what it fetched and
    exported, and its report."""
    cmd = crawl_command(server.url, workdir, "-a", "max_pages=1000", out="",
                        settings={"KZNEWS_PROGRESS": "off", "KZNEWS_TRANSLATION_WINDOW": "60"})
    cmd[1:3] = ["-m", "tests.killpoint", "exported", "20", "INT"]
    cmd += [arg for pair in (("-s", s) for s in settings) for arg in pair]
    workdir.mkdir(parents=True, exist_ok=True)
    start = len(server.requests)
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=240)
    assert "shutdown" in done.stderr, done.stderr[-2000:]
    fetched = {m[1] for path in server.requests[start:] if (m := ARTICLE.match(path))}
    exported = [json.loads(line)["id"] for path in (workdir / "feeds").glob("*/*.jsonl")
                for line in path.read_text("utf-8").splitlines()]
    reports = sorted((workdir / "reports").glob("*.json"))
    assert reports, done.stderr[-3000:]
    report = json.loads(reports[-1].read_text("utf-8"))
    return {"fetched": fetched, "exported": exported, "stats": report["stats"]}


def test_ctrl_c_exports_every_article_it_parsed(server: MirrorServer, tmp_path: Path) -> None:
    run = _interrupted(server, tmp_path)
    stats = run["stats"]
    assert stats["finish_reason"] == "shutdown"
    assert stats.get("translations/drained_at_close", 0) >= 1
    assert "translations/pending_at_close" not in stats
    assert len(run["exported"]) == len(set(run["exported"]))  # none twice
    # every article page fetched is in a feed, but those put back to be parsed after their
    # listing page (a year-less dateline): the stop came before they were parsed
    assert set(run["exported"]) <= run["fetched"]
    assert len(run["fetched"] - set(run["exported"])) <= \
        stats.get("discovery/deferred_for_listing", 0)


def test_without_the_drain_parsed_articles_wait_for_the_next_run(server: MirrorServer,
                                                                 tmp_path: Path) -> None:
    """What the extension changes: without it, the window's articles are not exported."""
    run = _interrupted(server, tmp_path, f"EXTENSIONS={OFF}")
    stats = run["stats"]
    pending = stats.get("translations/pending_at_close", 0)
    assert pending >= 1 and "translations/drained_at_close" not in stats
    assert len(run["fetched"] - set(run["exported"])) > \
        stats.get("discovery/deferred_for_listing", 0)
