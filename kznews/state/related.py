"""Related links a crawl owes: what a run cut short leaves for the next one to follow.

A crawl follows the related links of the articles it parses, within ``related_depth``.
Once an article is in the store, later crawls skip it, and with it its related links: an
article that only such a link reaches, requested but not yet exported when the crawl was
killed or stopped, was never reached again. So before an article leaves the spider, the
links the crawl follows from it are noted in the store (``related_links``: the linked id,
its path, its language badge and its hop from the listing) under the run's id. A run that
ends cleanly has followed every link it noted, and deletes its notes with the ones it took
over when it started; a run cut short leaves them, and the next run requests those whose
article is still not in the store (``kznews.spiders.related``).

One row per linked article (a page's ~30 links name few distinct articles), kept at the
smallest hop any note gave it. Rows live from a run's start to its clean end: after a clean
run the table holds nothing for the site, and the next run reads no row.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS related_links (
    site TEXT NOT NULL,
    id TEXT NOT NULL,
    path TEXT NOT NULL,
    lang TEXT,
    hop INTEGER NOT NULL,
    run_id TEXT NOT NULL,
    noted REAL NOT NULL,
    PRIMARY KEY (site, id)
);
"""


@dataclass(frozen=True, slots=True)
class OwedLink:
    """A related link a crawl followed (or must follow): the linked article, the path and
    language badge of the link, and the hop the article is reached at."""

    id: str
    path: str
    lang: str | None
    hop: int


@dataclass
class Owed:
    """What a run took over when it started: the links, the runs that noted them, and when
    they were read (a note made later belongs to a run still going)."""

    links: list[OwedLink]
    runs: set[str]
    taken: float


class SqliteRelatedLinks:
    """The ``related_links`` methods of :class:`kznews.state.ArticleStore`."""

    db: sqlite3.Connection
    site: str

    def note_related(self, run_id: str, links: Iterable[OwedLink]) -> None:
        now = time.time()
        self.db.executemany(
            "INSERT INTO related_links (site, id, path, lang, hop, run_id, noted)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT (site, id) DO UPDATE SET"
            " path=excluded.path, lang=excluded.lang, hop=MIN(hop, excluded.hop),"
            " run_id=excluded.run_id, noted=excluded.noted",
            [(self.site, link.id, link.path, link.lang, link.hop, run_id, now)
             for link in links])

    def owed_related(self, run_id: str) -> Owed:
        """The links other runs noted and did not settle, lowest hop first."""
        taken = time.time()
        rows = self.db.execute(
            "SELECT id, path, lang, hop, run_id FROM related_links WHERE site=? AND run_id<>?"
            " ORDER BY hop, id", (self.site, run_id)).fetchall()
        return Owed([OwedLink(r[0], r[1], r[2], r[3]) for r in rows], {r[4] for r in rows},
                    taken)

    def settle_related(self, run_id: str, owed: Owed | None) -> None:
        """The run ended cleanly: its notes, and the ones it took over, are followed."""
        runs = sorted(owed.runs) if owed else []
        marks = ",".join("?" * len(runs))
        self.db.execute(
            f"DELETE FROM related_links WHERE site=? AND (run_id=? OR (run_id IN ({marks})"
            " AND noted<=?))", (self.site, run_id, *runs, owed.taken if owed else 0.0))
