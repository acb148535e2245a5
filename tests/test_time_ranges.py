"""A time range beside a date (``10:00 -12:00``, ``10:00 - 12:00``, ``10:00–12:00``) is the
first time of it, in Almaty; only a sign written as an offset (``+06:00``, ``+0600`` right
after the time, ``GMT+6``, ``UTC+5``, RFC 2822's ``-0500``) is a zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "https://ic24.kz/news/subbotnik-v-almaty-u49120"


def _page(date_line: str) -> str:
    return ("<html><head><meta charset='utf-8'></head><body><h1>Субботник в Алматы</h1>"
            f"<div class='date'>{date_line}</div>"
            "<div class='text'><p>Алматы. 20 апреля. Центр информации - В городе прошёл "
            "субботник, в котором приняли участие жители нескольких районов.</p>"
            "<p>Аким поблагодарил горожан за участие и пообещал провести ещё один.</p>"
            "</div></body></html>")


@pytest.mark.parametrize("text", [
    "20 Апреля 2023, 10:00 -12:00", "20 Апреля 2023 10:00 -12:00", "20 Апреля 2023 10:00 - 12:00",
    "20 Апреля 2023 10:00–12:00", "20 Апреля 2023 10:00-12:00", "20 Апреля 2023 10:00 −12:00",
    "2023-04-20 10:00 -12:00",
])
def test_a_time_range_is_its_first_time_in_almaty(text: str) -> None:
    assert P.parse_date_text(text) == datetime(2023, 4, 20, 10, 0)


@pytest.mark.parametrize(("text", "hours"), [
    ("20 Апреля 2023 10:00 +06:00", 6), ("20 Апреля 2023 10:00+0600", 6),
    ("20 Апреля 2023 10:00+06:00", 6), ("20 Апреля 2023 10:00 (+06:00)", 6),
    ("20 Апреля 2023 10:00 GMT+6", 6), ("20 April 2023 10:00 UTC+5", 5),
    ("Thu, 20 Apr 2023 10:00:00 -0500", -5), ("Thu, 20 Apr 2023 10:00:00 +0000", 0),
])
def test_an_offset_written_as_one_is_the_zone(text: str, hours: int) -> None:
    got = P.parse_date_text(text)
    assert isinstance(got, datetime) and got.replace(tzinfo=None) == datetime(2023, 4, 20, 10)
    assert got.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize(("line", "published"), [
    ("20 Апреля 2023, 10:00 -12:00 683 Социум", "2023-04-20T10:00:00+06:00"),
    ("20 Апреля 2023, 10:00 - 12:00 683 Социум", "2023-04-20T10:00:00+06:00"),
    ("20 Апреля 2023, 10:00–12:00 683 Социум", "2023-04-20T10:00:00+06:00"),
    ("20 Апреля 2023, 10:00 +06:00 683 Социум", "2023-04-20T10:00:00+06:00"),
    ("20 Апреля 2023, 10:00 +05:00 683 Социум", "2023-04-20T11:00:00+06:00"),
])
def test_the_date_line_under_the_headline(line: str, published: str) -> None:
    record = article_from_html(_page(line), URL)
    assert record is not None and record["published_at"] == published
    assert record["published_date_precision"] == "minute"
    assert datetime.fromisoformat(record["published_at"]).tzinfo == timezone(timedelta(hours=6))
