"""Distributed mode: a Redis that loses its data (restarted empty, FLUSHALL) loses no article.

A real ``redis-server`` without persistence, on a port of its own, is killed and restarted
empty in the middle of a crawl, or flushed between two crawls; the crawls run as
``python -m scrapy crawl`` subprocesses against the offline mirror.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import MirrorServer
from tests.crawl_helpers import REPO, crawl_command, redis_worker, wait_log

redis = pytest.importorskip("redis")
if shutil.which("redis-server") is None:  # pragma: no cover - `make sysdeps` installs it
    pytest.skip("redis-server is not installed (make sysdeps)", allow_module_level=True)

from kznews.redis.server import RedisServer  # noqa: E402

ARTICLES = 120


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def site() -> Iterator[MirrorServer]:
    from kznews.mirror import build_site, serve

    with serve(build_site(articles=ARTICLES), port=0) as server:
        yield server


def feed_ids(workdir: Path) -> Counter[str]:
    assert not list((workdir / "feeds").glob("*/.*.part"))
    ids: Counter[str] = Counter()
    for path in (workdir / "feeds").glob("*/*.jsonl"):
        data = path.read_bytes()
        assert not data or data.endswith(b"\n"), f"{path} ends in a cut line"
        ids.update(json.loads(line)["id"] for line in data.splitlines())
    return ids


def part_lines(workdir: Path) -> int:
    return sum(p.read_bytes().count(b"\n") for p in (workdir / "feeds").glob("*/.*.part"))


def report(workdir: Path, log: str) -> dict[str, Any]:
    found = re.findall(r"crawl report: (\S+\.json)", log)
    assert found, log[-3000:]
    return json.loads(Path(found[-1]).read_text("utf-8"))  # type: ignore[no-any-return]


def assert_every_article_once(workdir: Path, site: MirrorServer) -> None:
    ids = feed_ids(workdir)
    assert [i for i, n in ids.items() if n > 1] == [], "an article was exported twice"
    expected = {a["id"] for a in site.site.articles}
    assert set(ids) == expected, f"{len(expected - set(ids))} articles never exported"


def test_redis_restarted_empty_mid_crawl_loses_no_article(
        redis_server: RedisServer, site: MirrorServer, tmp_path: Path) -> None:
    # Slowed down so that it is surely mid-crawl when Redis goes.
    first = redis_worker(site.url, tmp_path, "first", redis_server.url, out="",
                         DOWNLOAD_DELAY="0.05", CONCURRENT_REQUESTS="2")
    try:
        deadline = time.monotonic() + 120
        while part_lines(tmp_path) < 20:
            assert first.poll() is None, "the crawl ended before Redis could be restarted"
            assert time.monotonic() < deadline, "the crawl never wrote its feed"
            time.sleep(0.05)  # polling for a condition, not timing a result
        redis_server.stop()  # no persistence: everything in it is gone
        redis_server.start()
        log = wait_log(first, tmp_path, "first", timeout=300)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode != 0, log[-3000:]
    assert "Redis lost the article store's data during this run" in log
    # One line per outage, not a traceback per article in flight (there were ~120).
    assert log.count("Traceback") < 10, log[-3000:]
    first_report = report(tmp_path, log)
    assert first_report["status"] == "failed"
    assert first_report["stats"].get("store/data_lost") == 1
    missing = ARTICLES - len(feed_ids(tmp_path))
    assert missing > 0  # the lost queue held articles never fetched

    second = redis_worker(site.url, tmp_path, "second", redis_server.url, out="")
    log = wait_log(second, tmp_path, "second", timeout=300)
    assert second.returncode == 0, log[-3000:]
    assert "Redis lost the article store of" in log  # found at open, restored from feeds
    stats = report(tmp_path, log)["stats"]
    assert stats.get("incremental/full_walk_after_interrupted_run") == 1
    assert stats.get("dedup/new") == missing
    assert_every_article_once(tmp_path, site)


def test_flushall_between_runs_exports_nothing_twice(
        redis_server: RedisServer, site: MirrorServer, tmp_path: Path) -> None:
    first = redis_worker(site.url, tmp_path, "first", redis_server.url, out="")
    log = wait_log(first, tmp_path, "first", timeout=300)
    assert first.returncode == 0, log[-3000:]
    assert_every_article_once(tmp_path, site)
    redis_server.client().flushall()

    second = redis_worker(site.url, tmp_path, "second", redis_server.url, out="")
    log = wait_log(second, tmp_path, "second", timeout=300)
    assert second.returncode == 0, log[-3000:]
    assert f"{ARTICLES} records restored from the feeds" in log
    stats = report(tmp_path, log)["stats"]
    assert stats.get("incremental/full_walk_after_interrupted_run") == 1
    assert not stats.get("dedup/new")
    assert_every_article_once(tmp_path, site)


# ---------------------------------------------------------------------- the password
SECRET = "s3cret-Pa55-for-the-test"


@pytest.fixture
def locked_redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis-auth", password=SECRET)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_redis_password_never_reaches_the_log(locked_redis: RedisServer, make_mirror: Any,
                                              tmp_path: Path) -> None:
    small = make_mirror(articles=12)
    plain = locked_redis.url  # redis://127.0.0.1:port/0, no password
    with_pw = plain.replace("redis://", f"redis://:{SECRET}@")
    # Passed with -s (what docs/DISTRIBUTED.md advises against): the crawl's log still
    # does not show it.
    first = redis_worker(small.url, tmp_path / "a", "first", with_pw, out="", LOG_LEVEL="DEBUG")
    log = wait_log(first, tmp_path / "a", "first", timeout=300)
    assert first.returncode == 0, log[-3000:]
    assert len(feed_ids(tmp_path / "a")) == 12
    assert SECRET not in log
    # The URL without it, the password from the environment.
    workdir = tmp_path / "b"
    workdir.mkdir()
    cmd = crawl_command(small.url, workdir, "-a", "max_pages=1000", out="",
                        settings={"KZNEWS_PROGRESS": "off", "LOG_LEVEL": "DEBUG",
                                  "KZNEWS_REDIS_PREFIX": "second"})  # a store of its own
    env = {**os.environ, "KZNEWS_REDIS_URL": plain, "KZNEWS_REDIS_PASSWORD": SECRET}
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "distributed: worker" in proc.stderr  # it did run against the locked Redis
    assert SECRET not in proc.stderr
    assert len(feed_ids(workdir)) == 12
    # Without the password, a clear failure rather than a crawl outside distributed mode.
    del env["KZNEWS_REDIS_PASSWORD"]
    denied = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=300)
    assert denied.returncode == 2
    assert denied.stderr.startswith("error: Redis at redis://127.0.0.1:")
    assert denied.stderr.count("\n") == 1, denied.stderr[-2000:]


def test_dry_run_schedule_line_masks_the_password() -> None:
    from kznews.redact import mask_credentials

    line = (f"-d setting=KZNEWS_REDIS_URL=redis://:{SECRET}@127.0.0.1:6379/0 "
            f"-d x=rediss://u:{SECRET}@h/1")
    masked = mask_credentials(line)
    assert SECRET not in masked
    assert "redis://:***@127.0.0.1:6379/0" in masked and "rediss://u:***@h/1" in masked
