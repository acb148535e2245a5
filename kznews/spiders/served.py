"""The day a page was served: what a date shown relative to it ("Сегодня, 15:40") counts from."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from kznews.processors.dates import ReferenceDay
from kznews.sites.centerinform import outlet

CAPTURED = "archive_captured"
"""Request meta a replay sets: the capture's time (Unix seconds) of the archived response."""


def served_day(headers: Any, meta: dict[str, Any], fallback: date) -> date:
    """The day, in Almaty, the response was made: its ``Date`` header (a replayed or cached
    response keeps the original's), else the archive's capture time, else ``fallback`` (the
    crawl's day). A page read years after its capture says "Вчера" of the day before it.
    A header or capture time gives the moment too: what "2 часа назад" counts from."""
    raw = headers.get(b"Date") if headers is not None else None
    when: datetime | None = None
    if raw:
        try:
            when = parsedate_to_datetime(raw.decode("latin-1"))
        except (TypeError, ValueError, IndexError):
            when = None
    if when is None and isinstance(meta.get(CAPTURED), int | float) and meta[CAPTURED] > 0:
        when = datetime.fromtimestamp(meta[CAPTURED], UTC)
    if when is None:
        return fallback
    if when.tzinfo is None:  # ``-0000``: UTC, its zone unsaid
        when = when.replace(tzinfo=UTC)
    local = when.astimezone(outlet.TIMEZONE)
    return ReferenceDay(local.year, local.month, local.day, local)
