"""A minus offset with a colon after a time with seconds (``2023-04-19 20:00:00 -05:00``, a
database's or a log's stamp) is the time's zone; a time range stays one however written."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kznews.processors.dates import parse_date_text


def _at(hour: int, offset: int | None) -> datetime:
    zone = None if offset is None else timezone(timedelta(hours=offset))
    return datetime(2023, 4, 19, hour, 0, tzinfo=zone)


@pytest.mark.parametrize(("text", "hour", "offset"), [
    ("2023-04-19 20:00:00 -05:00", 20, -5),
    ("19.04.2023 20:00:00 -05:00", 20, -5),
    ("19 April 2023, 20:00:00 -04:00", 20, -4),
    ("Wed, 19 Apr 2023 20:00:00 -0500", 20, -5),
    ("2023-04-19 20:00:00-05:00", 20, -5),
    ("19.04.2023 10:00 +05:00", 10, 5),
    ("19.04.2023 10:00+0600", 10, 6),
    # time ranges, no zone of UTC-12
    ("19.04.2023 10:00 -12:00", 10, None),
    ("19.04.2023 10:00:00 -12:00:00", 10, None),
    ("19.04.2023 10:00:00 - 12:00:00", 10, None),
    ("April 19, 2023 10:00 am - 12:00 pm", 10, None),
    ("April 19, 2023, 10:00 am -12:00 pm", 10, None),
])
def test_offset_or_range_after_a_time(text: str, hour: int, offset: int | None) -> None:
    assert parse_date_text(text) == _at(hour, offset)
