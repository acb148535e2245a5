"""A year for a yearless date, Almaty's local day and time, Unix stamps."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from kznews.processors.zone import ALMATY

# --------------------------------------------------------------------------- year inference


ID_BOUND_SLACK = 7  # days: ids follow the date only roughly (an edit may publish a day late)


def infer_year(
    day: int, month: int, hints: Sequence[tuple[str, date]], today: date
) -> tuple[date, str] | None:
    """Give a yearless day/month a year, never a date after ``today``.

    Each hint is ``(label, full date)`` in order of trust; the year (hint's, one before or one
    after) that lands closest to the hint wins, and the label says which hint was used
    (``dateline+listing``). Without a usable hint, the latest such date up to ``today``
    (``dateline+crawl``). Hints labelled ``…:not-before``/``…:not-after`` anchor nothing: they
    bound the date (the known articles with the next lower and higher id), and a year inside
    the bounds is preferred.
    """
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    fits = _bounds(hints)
    for label, hint in hints:
        if not isinstance(hint, date) or ":" in label:
            continue
        hint_day = hint.date() if isinstance(hint, datetime) else hint
        candidates = [
            found
            for year in (hint_day.year - 1, hint_day.year, hint_day.year + 1)
            if (found := _safe_date(year, month, day)) is not None and found <= today
        ]
        if candidates:
            candidates = [d for d in candidates if fits(d)] or candidates
            # closest to the hint; on a tie the earlier one (a listing date follows publication)
            best = min(candidates, key=lambda d: (abs((d - hint_day).days), d > hint_day))
            return best, f"dateline+{label}"
    latest = [found for year in range(today.year, today.year - 9, -1)
              if (found := _safe_date(year, month, day)) is not None and found <= today]
    best_fit = next((d for d in latest if fits(d)), latest[0] if latest else None)
    return (best_fit, "dateline+crawl") if best_fit else None


def date_between_ids(num: int, lower: tuple[int, date] | None, upper: tuple[int, date] | None
                     ) -> date:
    """Where id ``num`` falls in time, from the known ids just below and above it: their
    dates interpolated by id (ids grow with the date, about evenly over a few months), else
    the one neighbour known. The nearer neighbour alone could be years off when the two are
    far apart: a related link reaches an old article before the listing pages around it."""
    if lower is None or upper is None:
        known = lower if lower is not None else upper
        if known is None:
            raise ValueError("date_between_ids needs at least one known neighbour")
        return known[1]
    (lo, lo_day), (hi, hi_day) = lower, upper
    if hi <= lo or not lo <= num <= hi:
        return lo_day if abs(num - lo) <= abs(hi - num) else hi_day
    return lo_day + timedelta(days=round((hi_day - lo_day).days * (num - lo) / (hi - lo)))


def _bounds(hints: Sequence[tuple[str, date]]) -> Callable[[date], bool]:
    """Whether a date lies within the ``…:not-before``/``…:not-after`` hints (with slack)."""
    days = [(label.rpartition(":")[2], (h.date() if isinstance(h, datetime) else h))
            for label, h in hints if ":" in label and isinstance(h, date)]
    slack = timedelta(days=ID_BOUND_SLACK)
    low = max((d for kind, d in days if kind == "not-before"), default=None)
    high = min((d for kind, d in days if kind == "not-after"), default=None)
    return lambda d: (low is None or d >= low - slack) and (high is None or d <= high + slack)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def to_almaty(value: date | datetime) -> tuple[str, str]:
    """ISO string in Asia/Almaty and its precision (``day`` for a date, ``minute`` otherwise).

    A date is local midnight; a naive datetime is Almaty wall time; an aware one is converted.
    The offset comes from tz data (+06:00 before 2024-03-01, +05:00 since).
    """
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            local = value.replace(tzinfo=ALMATY)
        else:
            local = value.astimezone(ALMATY)
        return local.isoformat(timespec="seconds"), "minute"
    midnight = datetime(value.year, value.month, value.day, tzinfo=ALMATY)
    return midnight.isoformat(timespec="seconds"), "day"


_UNIX = re.compile(r"[0-9]{9,13}")
EARLIEST_STAMP = datetime(1995, 1, 1, tzinfo=ALMATY)
"""No news page of the outlet's kind is older: a smaller number is an id, not a moment."""


def unix_moment(value: str | None, latest: datetime) -> datetime | None:
    """The moment a Unix timestamp names (``1618566000`` seconds, ``1618566000000``
    milliseconds) in Asia/Almaty, when it falls between 1995 and ``latest``; else None."""
    text = (value or "").strip()
    if not _UNIX.fullmatch(text):
        return None
    number = int(text)
    seconds = number / 1000 if len(text) > 11 else number
    try:
        moment = datetime.fromtimestamp(seconds, ALMATY)
    except (OverflowError, OSError, ValueError):
        return None
    return moment if EARLIEST_STAMP <= moment <= latest else None
