"""Repeated crawls of one copy of the outlet: nothing twice, changes once, cheap re-crawls."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import build_site, serve
from tests.crawl_helpers import REPO, CrawlResult, run_crawl

FEED_LINES: dict[str, int] = {}


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    srv = serve(build_site(), port=0)
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def runs(server: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, CrawlResult]:
    """Three crawls into one state dir: first, again unchanged, then after 3 articles changed."""
    workdir = tmp_path_factory.mktemp("incremental")
    out = {"first": run_crawl(server.url, workdir, "-a", "max_pages=1000", out="1.jsonl")}
    FEED_LINES["first"] = len(out["first"].feed_lines())
    out["second"] = run_crawl(server.url, workdir, "-a", "max_pages=1000", out="2.jsonl")
    FEED_LINES["second"] = len(out["second"].feed_lines())
    server.replace_site(build_site(mutate=3))
    out["third"] = run_crawl(server.url, workdir, "-a", "max_pages=1000", out="3.jsonl",
                             settings={"KZNEWS_RECHECK_HOURS": "0"})
    server.replace_site(build_site())
    for name, result in out.items():
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
    return out


def test_second_run_exports_nothing(runs: dict[str, CrawlResult]) -> None:
    second = runs["second"]
    assert second.report()["new"] == 0 and second.report()["revised"] == 0
    assert FEED_LINES["second"] == FEED_LINES["first"] == 240


def test_second_run_makes_at_most_five_percent_of_the_requests(
        runs: dict[str, CrawlResult]) -> None:
    first = runs["first"].report()["requests"]
    second = runs["second"].report()["requests"]
    assert first >= 240
    assert second <= 0.05 * first, (first, second)


def test_changed_articles_come_back_once_as_revision_two(
        runs: dict[str, CrawlResult]) -> None:
    mutated = set(build_site(mutate=3).mutated_ids)
    third = runs["third"]
    exported = [line for line in third.feed_lines() if line.get("revision", 1) > 1]
    assert {line["id"] for line in exported} == mutated and len(exported) == 3
    assert all(line["revision"] == 2 and line["previous_hash"] for line in exported)
    assert third.report()["new"] == 0
    stats = third.report()["stats"]
    assert stats.get("incremental/not_modified", 0) >= 200  # unchanged pages answered 304


def test_every_article_is_in_the_feeds_once_per_revision(runs: dict[str, CrawlResult]) -> None:
    lines = runs["third"].feed_lines()
    keys = [(line["id"], line["revision"]) for line in lines]
    assert len(keys) == len(set(keys)) == 243


def test_translation_pairs_carry_each_other(runs: dict[str, CrawlResult]) -> None:
    items = {item["id"]: item for item in runs["first"].items}
    pairs = [(a["id"], a["translation_of"]) for a in build_site().articles
             if a["translation_of"]]
    assert pairs
    found = sum(1 for en, ru in pairs
                if {"id": ru, "lang": items[ru]["lang"]} in items[en]["translations"]
                and {"id": en, "lang": items[en]["lang"]} in items[ru]["translations"])
    paired = [i for i in items.values() if i["translations"]]
    wrong = [i["id"] for i in paired
             if not any({i["id"], t["id"]} == {a, b} for a, b in pairs
                        for t in i["translations"])]
    assert found >= 0.8 * len(pairs), (found, len(pairs))
    assert not wrong


def test_state_command_shows_the_store(runs: dict[str, CrawlResult]) -> None:
    state = runs["first"].workdir / "state"
    stats = _state("--state-dir", str(state), "stats")
    assert sum(site["articles"] for site in json.loads(stats)["sites"].values()) == 240
    mutated = build_site(mutate=3).mutated_ids[0]
    record = json.loads(_state("--state-dir", str(state), "show", mutated))
    assert record["revision"] == 2 and record["pending_run"] is None
    assert len(_state("--state-dir", str(state), "export").splitlines()) == 240


def test_state_command_reports_a_missing_store_in_one_line(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "kznews.state", "--state-dir",
                           str(tmp_path), "stats"], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def _state(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "kznews.state", *args], cwd=REPO,
                          capture_output=True, text=True, check=True)
    return proc.stdout
