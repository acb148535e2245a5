"""What the last crawls of a site learnt about its sitemaps and feeds, kept for a day in
``KZNEWS_STATE_DIR/discovery.json``: a repeated crawl asks for the sitemaps and the feed it
knows instead of reading robots.txt for them and probing feed paths again (and does not
probe at all where none was found)."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

MAX_AGE = 24 * 3600.0


class DiscoveryMemory:
    def __init__(self, state_dir: str | Path, site: str, max_age: float = MAX_AGE) -> None:
        self.path = Path(state_dir) / "discovery.json"
        self.site = site
        self.max_age = max_age

    @classmethod
    def for_crawl(cls, settings: Any, base_url: str) -> DiscoveryMemory:
        """Beside the article store, in the same site namespace."""
        from kznews.state import site_key

        state_dir = Path(settings.get("KZNEWS_STATE_DIR") or ".kznews").absolute()
        return cls(state_dir, settings.get("KZNEWS_SITE_KEY") or site_key(base_url))

    def _all(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _site(self, data: dict[str, Any]) -> dict[str, Any]:
        """This site's entries; a value of another shape (a file another version wrote, or
        damaged) holds none and is replaced by the next ``remember`` (it was a traceback that
        stopped the crawl's start: no sitemap or feed read, and the run passed)."""
        entries = data.get(self.site)
        if not isinstance(entries, dict):
            entries = data[self.site] = {}
        return entries

    def recall(self, kind: str) -> list[str] | None:
        """The ``sitemaps``/``feeds`` found within ``max_age`` (maybe none), else None."""
        entry = self._site(self._all()).get(kind)
        if not isinstance(entry, dict):
            return None
        try:
            age = time.time() - float(entry.get("at", 0))
        except (TypeError, ValueError):
            return None
        if age > self.max_age:
            return None
        urls = entry.get("urls")
        return [u for u in urls if isinstance(u, str)] if isinstance(urls, list) else None

    def remember(self, kind: str, urls: list[str], at: float | None = None) -> None:
        data = self._all()
        self._site(data)[kind] = {"urls": urls, "at": time.time() if at is None else at}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # the crawl's result does not depend on it
            logger.warning("discovery memory not saved: %s", exc)
