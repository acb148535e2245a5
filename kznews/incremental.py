"""What a repeated crawl may skip: known articles not yet due for a re-check.

Each article the store knows carries when it was last checked and the HTTP validators
(ETag, Last-Modified) of that response. A crawl skips known articles until
``KZNEWS_RECHECK_HOURS`` have passed, then re-checks them with a conditional request, so an
unchanged page costs a 304 and no parsing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class KnownArticles:
    """Snapshot of the store taken when the crawl starts."""

    known: dict[str, tuple[str, float, str | None, str | None]] = field(default_factory=dict)
    recheck_seconds: float = 24 * 3600
    now: float = field(default_factory=time.time)

    def is_known(self, aid: str) -> bool:
        return aid in self.known

    def is_due(self, aid: str) -> bool:
        """Unknown articles are always due; known ones once their re-check time has come."""
        entry = self.known.get(aid)
        return entry is None or self.now - entry[1] >= self.recheck_seconds

    def changed_since_check(self, aid: str, lastmod: datetime) -> bool:
        """A sitemap's or feed's ``lastmod`` newer than this article's last check (unknown
        articles count as changed); with no re-check interval (a replay of an archive,
        ``KZNEWS_RECHECK_HOURS=0``) every article is read again, whatever its ``lastmod``."""
        entry = self.known.get(aid)
        return entry is None or self.recheck_seconds <= 0 or lastmod.timestamp() > entry[1]

    def conditional_headers(self, aid: str) -> dict[str, str]:
        entry = self.known.get(aid)
        if entry is None:
            return {}
        headers = {}
        if entry[2]:
            headers["If-None-Match"] = entry[2]
        if entry[3]:
            headers["If-Modified-Since"] = entry[3]
        return headers


def load_known(store: Any, recheck_hours: float) -> KnownArticles:
    return KnownArticles(store.known(), recheck_hours * 3600)
