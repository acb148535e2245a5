"""A time range (``10:00-12:00``) is no time with a zone: only an offset standing apart after
the time (RFC 2822's ``20:00:00 +0000``, ``(+0600)``) names one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kznews.processors.dates import parse_date_text


@pytest.mark.parametrize("text", ["16.04.2024 10:00-12:00", "16 апреля 2024, 10:00-12:00",
                                  "16.04.2024 10:00-11:30 (Астана)"])
def test_a_time_range_keeps_the_wall_time(text: str) -> None:
    found = parse_date_text(text)
    assert isinstance(found, datetime)
    assert (found.hour, found.minute, found.tzinfo) == (10, 0, None)


@pytest.mark.parametrize("text, hours", [("Wed, 19 Apr 2023 20:00:00 +0000", 0),
                                         ("2023-04-19 20:00 +0600", 6),
                                         ("19.04.2023 20:00 (+0600)", 6),
                                         ("19.04.2023 20:00 +06:00", 6)])
def test_an_offset_apart_after_the_time_is_its_zone(text: str, hours: int) -> None:
    found = parse_date_text(text)
    assert isinstance(found, datetime)
    assert found.utcoffset() == timezone(timedelta(hours=hours)).utcoffset(None)
