"""Replaying an older crawl's web archive into a state directory that already holds a later
revision of its articles: the older captures are not exported as new revisions (the feeds
would go back in time); they are counted and logged once."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kznews.state import site_key
from kznews.state.store import ArticleStore
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl
from tests.test_pager_walk import Listing, _number, _numbered

NEVER = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off"}
REVISED = "/news/soobshchenie-u1003"


def _small() -> Listing:
    return Listing(6, 10, lambda q: _number(q, "page"),
                   lambda i: "/novosti" if i == 0 else f"/novosti?page={i}",
                   lambda s, i: _numbered(s, i, "« первая", "‹ назад", "дальше ›",
                                          "последняя »"))


def test_an_older_archive_replayed_over_a_later_revision_exports_nothing(
        tmp_path: Path) -> None:
    site = _small()
    revised = [False]

    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        status, headers, body = site.route(target, host)
        if revised[0] and target == REVISED:
            body = body.replace("совещание".encode(), "заседание".encode())
        return status, headers, body

    old_archive = tmp_path / "old-archive"
    with CopyServer(route) as srv:
        first = run_crawl(srv.url, tmp_path, "-a", "max_pages=50",
                          settings={**NEVER, "KZNEWS_ARCHIVE_DIR": str(old_archive)})
        revised[0] = True
        later = run_crawl(srv.url, tmp_path, "-a", "max_pages=50",
                          settings={**NEVER, "KZNEWS_RECHECK_HOURS": "0"})
        replayed = run_crawl(srv.url, tmp_path, "-a", "max_pages=50", "-a",
                             f"warc={old_archive}", settings=NEVER)
        namespace = site_key(srv.url)
    assert {r.returncode for r in (first, later, replayed)} == {0}, replayed.stderr[-3000:]
    assert {i["id"] for i in first.items} == site.ids()
    # every feed line of the three runs: the first run's, and the later revision
    lines = replayed.feed_lines()
    assert [(line["id"], line["revision"]) for line in lines
            if line["revision"] > 1] == [("u1003", 2)]
    assert len(lines) == len(site.ids()) + 1 and later.items
    stats = replayed.report()["stats"]
    assert stats["store/older_capture"] == 1
    assert not stats.get("dedup/changed")
    assert replayed.stderr.count("older than the stored revision") == 1
    stored = ArticleStore(tmp_path / "state" / "articles.sqlite3", namespace)
    try:
        row = stored.get("u1003")
    finally:
        stored.close()
    assert row is not None and row["revision"] == 2 and "заседание" not in str(row)


def test_a_store_without_fetch_times_is_migrated(tmp_path: Path) -> None:
    """A store written before fetch times were kept gets the column; its rows' time is
    unknown, so any capture of theirs counts as newer."""
    path = tmp_path / "articles.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE articles (site TEXT NOT NULL, id TEXT NOT NULL, lang TEXT, url TEXT,
            content_hash TEXT NOT NULL, body_hash TEXT, revision INTEGER NOT NULL,
            previous_hash TEXT, published_at TEXT, first_seen REAL NOT NULL,
            last_seen REAL NOT NULL, last_checked REAL NOT NULL, etag TEXT,
            last_modified TEXT, pending_run TEXT, PRIMARY KEY (site, id));
        INSERT INTO articles VALUES ('s', 'u1', 'ru', 'http://s/u1', 'h1', 'b1', 1, NULL,
            NULL, 1.0, 1.0, 1.0, NULL, NULL, NULL);
    """)
    db.commit()
    db.close()
    store = ArticleStore(path, "s")
    try:
        assert store.get("u1")["fetched_at"] is None  # type: ignore[index]
        old = store.claim({"id": "u1", "content_hash": "h0"}, "b0", "r1", fetched=100.0)
        assert (old.kind, old.revision) == ("changed", 2)
        assert store.get("u1")["fetched_at"] == 100.0  # type: ignore[index]
        older = store.claim({"id": "u1", "content_hash": "h9"}, "b9", "r2", fetched=50.0)
        assert (older.kind, older.export) == ("older", False)
        assert store.get("u1")["content_hash"] == "h0"  # type: ignore[index]
        newer = store.claim({"id": "u1", "content_hash": "h2"}, "b2", "r3", fetched=200.0)
        assert (newer.kind, newer.revision) == ("changed", 3)
    finally:
        store.close()


def test_the_redis_store_keeps_an_older_capture_from_a_later_revision(tmp_path: Path) -> None:
    """The same rule in distributed mode; a record written before fetch times were kept (13
    columns) counts as of unknown time."""
    pytest.importorskip("redis")
    if shutil.which("redis-server") is None:  # pragma: no cover - `make sysdeps` installs it
        pytest.skip("redis-server is not installed")
    from kznews.redis.server import RedisServer
    from kznews.state.redis_store import RedisArticleStore

    with RedisServer(tmp_path / "redis") as server:
        store = RedisArticleStore(server.url, tmp_path / "state" / "articles.sqlite3", "s")
        try:
            legacy = ["ru", "http://s/u1", "h1", "b1", 1, None, None, 1.0, 1.0, 1.0, None,
                      None, None]
            store.client.hset(store._key("a"), "u1", json.dumps(legacy))
            assert store.get("u1")["fetched_at"] is None  # type: ignore[index]
            old = store.claim({"id": "u1", "content_hash": "h0"}, "b0", "r1", fetched=100.0)
            assert (old.kind, old.revision) == ("changed", 2)
            older = store.claim({"id": "u1", "content_hash": "h9"}, "b9", "r2", fetched=50.0)
            assert (older.kind, older.export) == ("older", False)
            row = store.get("u1")
            assert row is not None and (row["content_hash"], row["fetched_at"]) == ("h0", 100.0)
            same = store.claim({"id": "u1", "content_hash": "h0"}, "b0", "r3", fetched=150.0)
            assert same.kind == "unchanged" and store.get("u1")["fetched_at"] == 150.0  # type: ignore[index]
            newer = store.claim({"id": "u1", "content_hash": "h2"}, "b2", "r4", fetched=200.0)
            assert (newer.kind, newer.revision) == ("changed", 3)
            fresh = store.claim({"id": "u2", "content_hash": "h"}, "b", "r4", fetched=7.0)
            assert fresh.kind == "new" and store.get("u2")["fetched_at"] == 7.0  # type: ignore[index]
        finally:
            store.close()
