"""The related links a crawl owes, in the SQLite store and in Redis (kznews.state.related)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kznews.redis.server import RedisServer
from kznews.state import ArticleStore, store_path
from kznews.state.redis_store import RedisArticleStore
from kznews.state.related import OwedLink

Factory = Callable[[str], Any]


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.fixture(params=["sqlite", "redis"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Factory]:
    """``open_store(site)``: a store of the kind under test; all share one database."""
    opened: list[Any] = []
    server: RedisServer | None = None
    if request.param == "redis":
        server = request.getfixturevalue("redis_server")
        server.client().flushall()

    def factory(site: str) -> Any:
        store = ArticleStore(store_path(tmp_path), site) if server is None \
            else RedisArticleStore(server.url, store_path(tmp_path), site)
        opened.append(store)
        return store

    yield factory
    for store in opened:
        store.close()


def link(num: int, hop: int = 1, lang: str | None = None) -> OwedLink:
    return OwedLink(f"u{num}", f"/news/story-u{num}", lang, hop)


def test_a_run_takes_over_the_links_other_runs_noted(open_store: Factory) -> None:
    store = open_store("site")
    store.note_related("killed", [link(1), link(2, hop=2, lang="en")])
    store.note_related("killed", [link(2, hop=1)])  # the lowest hop any note gave it
    store.note_related("mine", [link(3)])
    owed = store.owed_related("mine")
    assert owed.links == [link(1), link(2, hop=1, lang=None)]
    assert owed.runs == {"killed"}
    assert store.owed_related("other").links == [link(1), link(2), link(3)]
    assert open_store("another site").owed_related("mine").links == []


def test_a_clean_end_settles_its_notes_and_the_ones_it_took_over(open_store: Factory) -> None:
    store = open_store("site")
    store.note_related("killed", [link(1), link(2)])
    owed = store.owed_related("mine")
    store.note_related("mine", [link(3)])
    store.note_related("killed", [link(4)])  # noted after it was read: still owed
    store.note_related("running", [link(5)])  # a run this one never read
    store.settle_related("mine", owed)
    assert [x.id for x in store.owed_related("next").links] == ["u4", "u5"]


def test_settling_without_taking_over_keeps_the_other_runs_notes(open_store: Factory) -> None:
    store = open_store("site")
    store.note_related("killed", [link(1)])
    store.note_related("mine", [link(2)])
    store.settle_related("mine", None)
    assert store.owed_related("next").links == [link(1)]


def test_a_store_made_before_related_links_gains_the_table(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE articles (site TEXT NOT NULL, id TEXT NOT NULL, lang TEXT,"
                   " url TEXT, content_hash TEXT NOT NULL, body_hash TEXT, revision INTEGER"
                   " NOT NULL, previous_hash TEXT, published_at TEXT, first_seen REAL NOT"
                   " NULL, last_seen REAL NOT NULL, last_checked REAL NOT NULL, etag TEXT,"
                   " last_modified TEXT, pending_run TEXT, PRIMARY KEY (site, id))")
    store = ArticleStore(path, "site")
    store.note_related("killed", [link(1)])
    assert store.owed_related("mine").links == [link(1)]
    store.close()
