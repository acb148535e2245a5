"""The persistent article store: last content hash and revision per article, across runs.

SQLite in WAL mode so two crawls (or a crawl and ``python -m kznews.state``) can use it at
once; every decision that must not race (claiming an export) runs in ``BEGIN IMMEDIATE``.

An export is two-phase: ``claim`` records the new hash with the run as ``pending_run``,
the feed line is written, then ``confirm`` clears ``pending_run``. A run killed between
the two leaves pending rows that ``reconcile`` settles from what its feed files really hold,
so a kill can neither lose an article nor export it twice.

``fetched_at`` is when the stored content was fetched (a replayed page: when the archive
captured it). A capture older than that, with other content, is an earlier version of the
article: it is not stored or exported (``older``). Rows written before the column existed
hold NULL: their time is unknown and any capture counts as newer.
"""

from __future__ import annotations

import contextlib
import fcntl
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kznews.state.related import SCHEMA as RELATED_SCHEMA
from kznews.state.related import SqliteRelatedLinks

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    site TEXT NOT NULL,
    id TEXT NOT NULL,
    lang TEXT,
    url TEXT,
    content_hash TEXT NOT NULL,
    body_hash TEXT,
    revision INTEGER NOT NULL,
    previous_hash TEXT,
    published_at TEXT,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    last_checked REAL NOT NULL,
    etag TEXT,
    last_modified TEXT,
    pending_run TEXT,
    fetched_at REAL,
    PRIMARY KEY (site, id)
);
CREATE INDEX IF NOT EXISTS articles_body ON articles (site, body_hash);
CREATE INDEX IF NOT EXISTS articles_pending ON articles (pending_run);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    started REAL NOT NULL,
    finished REAL,
    reason TEXT
);
""" + RELATED_SCHEMA


@dataclass(frozen=True)
class Decision:
    """What to do with an article: ``new``, ``changed`` (export), ``unchanged`` (skip) or
    ``older`` (skip: a capture older than the stored revision, with other content)."""

    kind: str
    revision: int
    previous_hash: str | None = None
    duplicate_of: str | None = None

    @property
    def export(self) -> bool:
        return self.kind in {"new", "changed"}


class ArticleStore(SqliteRelatedLinks):
    def __init__(self, path: str | Path, site: str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.site = site
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        # Switching a new database to WAL does not wait for a busy lock: two crawls starting
        # together on a fresh state dir take turns here.
        with open(self.path.with_name(self.path.name + ".init-lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self.db.execute("PRAGMA busy_timeout=60000")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            columns = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
            if "fetched_at" not in columns:  # a store written before fetch times were kept
                self.db.execute("ALTER TABLE articles ADD COLUMN fetched_at REAL")

    def close(self) -> None:
        # Fold the WAL back into the database file so the store stays compact; when another
        # crawl holds it, that crawl checkpoints when it closes.
        with contextlib.suppress(sqlite3.OperationalError):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    # ------------------------------------------------------------------ reads
    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM articles WHERE site=? AND id=?",
                              (self.site, article_id)).fetchone()
        return dict(row) if row else None

    def known(self) -> dict[str, tuple[str, float, str | None, str | None]]:
        """id -> (content_hash, last_checked, etag, last_modified) for this site."""
        rows = self.db.execute(
            "SELECT id, content_hash, last_checked, etag, last_modified FROM articles "
            "WHERE site=? AND pending_run IS NULL", (self.site,))
        return {r["id"]: (r["content_hash"], r["last_checked"], r["etag"], r["last_modified"])
                for r in rows}

    def by_id(self, article_id: str) -> list[dict[str, Any]]:
        """The record of ``article_id`` in every site namespace."""
        rows = self.db.execute("SELECT * FROM articles WHERE id=? ORDER BY site", (article_id,))
        return [dict(r) for r in rows]

    def rows(self) -> Iterator[dict[str, Any]]:
        for row in self.db.execute("SELECT * FROM articles ORDER BY site, id"):
            yield dict(row)

    def pending_runs(self) -> list[str]:
        rows = self.db.execute("SELECT DISTINCT pending_run FROM articles "
                               "WHERE pending_run IS NOT NULL")
        return [r[0] for r in rows]

    # ------------------------------------------------------------------ writes
    def claim(self, item: dict[str, Any], body_hash: str, run_id: str,
              etag: str | None = None, last_modified: str | None = None,
              fetched: float | None = None) -> Decision:
        """Decide new/changed/unchanged/older for one parsed article and record the
        decision; ``fetched``: when its page was fetched or captured (None: now)."""
        now = time.time()
        fetched = now if fetched is None else fetched
        aid, chash = item["id"], item["content_hash"]
        with self._immediate():
            row = self.db.execute("SELECT content_hash, revision, pending_run, fetched_at "
                                  "FROM articles WHERE site=? AND id=?",
                                  (self.site, aid)).fetchone()
            dup = self.db.execute(
                "SELECT id FROM articles WHERE site=? AND body_hash=? AND id<>? "
                "ORDER BY first_seen LIMIT 1", (self.site, body_hash, aid)).fetchone()
            duplicate_of = dup[0] if dup else None
            if row is None:
                self.db.execute(
                    "INSERT INTO articles (site, id, lang, url, content_hash, body_hash, revision,"
                    " published_at, first_seen, last_seen, last_checked, etag, last_modified,"
                    " pending_run, fetched_at) VALUES (?,?,?,?,?,?,1,?,?,?,?,?,?,?,?)",
                    (self.site, aid, item.get("lang"), item.get("url"), chash, body_hash,
                     item.get("published_at"), now, now, now, etag, last_modified, run_id,
                     fetched))
                return Decision("new", 1, None, duplicate_of)
            if row["content_hash"] == chash:
                self.db.execute(
                    "UPDATE articles SET last_seen=?, last_checked=?, etag=?, last_modified=?,"
                    " fetched_at=MAX(COALESCE(fetched_at, ?), ?) WHERE site=? AND id=?",
                    (now, now, etag, last_modified, fetched, fetched, self.site, aid))
                return Decision("unchanged", row["revision"], None, duplicate_of)
            if row["fetched_at"] is not None and fetched < row["fetched_at"]:
                return Decision("older", row["revision"], None, duplicate_of)
            revision = row["revision"] + 1
            self.db.execute(
                "UPDATE articles SET lang=?, url=?, content_hash=?, body_hash=?, revision=?,"
                " previous_hash=?, published_at=?, last_seen=?, last_checked=?, etag=?,"
                " last_modified=?, pending_run=?, fetched_at=? WHERE site=? AND id=?",
                (item.get("lang"), item.get("url"), chash, body_hash, revision,
                 row["content_hash"], item.get("published_at"), now, now, etag, last_modified,
                 run_id, fetched, self.site, aid))
            return Decision("changed", revision, row["content_hash"], duplicate_of)

    def touch(self, article_id: str) -> None:
        """An article checked and found unchanged without parsing (304 Not Modified)."""
        now = time.time()
        self.db.execute("UPDATE articles SET last_seen=?, last_checked=? WHERE site=? AND id=?",
                        (now, now, self.site, article_id))

    def confirm(self, run_id: str, ids: Iterable[str]) -> None:
        """The feed lines of ``ids`` are written: the claims of ``run_id`` become final."""
        with self._immediate():
            self.db.executemany(
                "UPDATE articles SET pending_run=NULL WHERE site=? AND id=? AND pending_run=?",
                [(self.site, i, run_id) for i in ids])

    def reconcile(self, run_id: str, written: set[tuple[str, str]]) -> tuple[int, int]:
        """Settle a dead run's claims: keep those whose line (id, hash) is in its feeds,
        undo the rest so the next run exports them. Returns (kept, undone)."""
        kept = undone = 0
        with self._immediate():
            rows = self.db.execute(
                "SELECT site, id, content_hash, revision, previous_hash FROM articles "
                "WHERE pending_run=?", (run_id,)).fetchall()
            for r in rows:
                if (r["id"], r["content_hash"]) in written:
                    kept += 1
                    self.db.execute("UPDATE articles SET pending_run=NULL WHERE site=? AND id=?",
                                    (r["site"], r["id"]))
                    continue
                undone += 1
                if r["revision"] <= 1 or not r["previous_hash"]:
                    self.db.execute("DELETE FROM articles WHERE site=? AND id=?",
                                    (r["site"], r["id"]))
                else:
                    self.db.execute(
                        "UPDATE articles SET content_hash=?, revision=?, previous_hash=NULL,"
                        " pending_run=NULL, etag=NULL, last_modified=NULL, fetched_at=NULL"
                        " WHERE site=? AND id=?",
                        (r["previous_hash"], r["revision"] - 1, r["site"], r["id"]))
        return kept, undone

    def begin_run(self, run_id: str) -> bool:
        """Record a crawl of this site starting; True when the previous one did not end
        cleanly (killed, or closed early), so this one must not trust "nothing new"."""
        with self._immediate():
            last = self.db.execute("SELECT finished, reason FROM runs WHERE site=? "
                                   "ORDER BY started DESC LIMIT 1", (self.site,)).fetchone()
            self.db.execute("INSERT INTO runs (run_id, site, started) VALUES (?,?,?)",
                            (run_id, self.site, time.time()))
        return last is not None and (last["finished"] is None or last["reason"] != "finished")

    def finish_run(self, run_id: str, reason: str) -> None:
        self.db.execute("UPDATE runs SET finished=?, reason=? WHERE run_id=?",
                        (time.time(), reason, run_id))

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": str(self.path), "bytes": self.size_bytes()}
        out["sites"] = {
            r["site"]: {"articles": r["n"], "revised": r["revised"], "pending": r["pending"]}
            for r in self.db.execute(
                "SELECT site, COUNT(*) n, SUM(revision>1) revised,"
                " SUM(pending_run IS NOT NULL) pending FROM articles GROUP BY site")
        }
        out["langs"] = {r["lang"]: r["n"] for r in self.db.execute(
            "SELECT lang, COUNT(*) n FROM articles GROUP BY lang")}
        return out

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*")
                   if p.is_file())

    # ------------------------------------------------------------------ helpers
    def _immediate(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``/``ROLLBACK``: the write lock is taken up front, so two
    crawls deciding about the same article serialise instead of both exporting it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
