"""Stamps of an amount before the page was served ("5 минут назад", "an hour ago", "3 сағат
бұрын", "3 дня назад"): counted from the response's ``Date``, weak as a relative day is."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from scrapy.http import Headers

from kznews import article_from_html
from kznews import processors as P
from kznews.spiders.served import served_day

URL = "http://h/news/floods-in-the-north-u50002"
P1 = "Spring floods reached three villages in the north of the region on Tuesday night."
P2 = "Rescuers moved two hundred residents to schools and sports halls in the district."
TEXT = f'<section class="content-area"><p>{P1}</p><p>{P2}</p></section>'
SERVED = datetime(2022, 10, 3, 4, 50, 0, tzinfo=UTC)  # 10:50 in Almaty


def _page(under: str, title: str = "Floods reach three villages") -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<div class=\"byline\">{under}</div>{TEXT}</article></body></html>")


@pytest.mark.parametrize(("shown", "want"), [
    ("2 hours ago", "2022-10-03T08:50:00+06:00"),
    ("an hour ago", "2022-10-03T09:50:00+06:00"),
    ("5 минут назад", "2022-10-03T10:45:00+06:00"),
    ("час назад", "2022-10-03T09:50:00+06:00"),
    ("минуту назад", "2022-10-03T10:49:00+06:00"),
    ("3 сағат бұрын", "2022-10-03T07:50:00+06:00"),
    ("20 мин. назад", "2022-10-03T10:30:00+06:00"),
    ("11 hours ago", "2022-10-02T23:50:00+06:00"),
])
def test_an_amount_before_the_served_moment_is_read_to_the_minute(shown: str, want: str
                                                                   ) -> None:
    rec = article_from_html(_page(f'<span class="meta-ago">{shown}</span>'), URL, today=SERVED)
    assert rec is not None
    assert (rec["published_at"], rec["published_date_precision"]) == (want, "minute")


def test_days_ago_give_a_day_and_an_absolute_date_wins() -> None:
    rec = article_from_html(_page('<span class="meta-ago">3 күн бұрын</span>'), URL,
                            today=SERVED)
    assert rec is not None
    assert (rec["published_at"], rec["published_date_precision"]) == (
        "2022-09-30T00:00:00+06:00", "day")
    rec = article_from_html(_page('<span class="meta-ago">2 hours ago</span> · '
                                  '<time datetime="2022-10-03T08:15:00+06:00">Oct 3</time>'),
                            URL, today=SERVED)
    assert rec is not None and rec["published_at"] == "2022-10-03T08:15:00+06:00"


def test_a_day_alone_or_prose_amounts_give_no_moment() -> None:
    with P.relative_to(date(2022, 10, 3)):  # no served moment: hours ago is no date
        assert P.parse_date_text("2 часа назад") is None
    with P.relative_to(P.reference_at(SERVED)):
        assert P.parse_date_text("пять лет назад") is None
        assert P.parse_date_text("500 hours ago") is None
        assert P.parse_date_text("2 часа назад") == datetime(2022, 10, 3, 8, 50)


def test_the_response_date_header_is_the_reference_moment() -> None:
    served = served_day(Headers({"Date": "Mon, 03 Oct 2022 04:50:00 GMT"}), {}, date(2026, 1, 1))
    assert served == date(2022, 10, 3)
    assert getattr(served, "moment", None) == SERVED


@pytest.mark.parametrize("shown", ["Только что", "just now", "Жаңа ғана", "Just now · World"])
def test_just_now_is_the_served_moment_to_the_minute(shown: str) -> None:
    rec = article_from_html(_page(f'<span class="meta-ago">{shown}</span>'), URL, today=SERVED)
    assert rec is not None
    assert (rec["published_at"], rec["published_date_precision"]) == (
        "2022-10-03T10:50:00+06:00", "minute")


@pytest.mark.parametrize(("shown", "want"), [
    ("2 недели назад", "2022-09-19"),
    ("3 weeks ago", "2022-09-12"),
    ("1 апта бұрын", "2022-09-26"),
    ("3 месяца назад", "2022-07-03"),
    ("5 months ago", "2022-05-03"),
    ("2 ай бұрын", "2022-08-03"),
    ("11 месяцев назад", "2021-11-03"),
])
def test_weeks_and_months_ago_give_a_day(shown: str, want: str) -> None:
    rec = article_from_html(_page(f'<span class="meta-ago">{shown}</span>'), URL, today=SERVED)
    assert rec is not None
    assert (rec["published_at"], rec["published_date_precision"]) == (
        f"{want}T00:00:00+06:00", "day")


def test_an_absolute_date_wins_over_weeks_ago_and_just_now() -> None:
    for shown in ("2 недели назад", "только что"):
        rec = article_from_html(_page(f'<span class="meta-ago">{shown}</span> · <time '
                                      'datetime="2022-09-01T08:15:00+06:00">Sep 1</time>'),
                                URL, today=SERVED)
        assert rec is not None and rec["published_at"] == "2022-09-01T08:15:00+06:00"


def test_just_now_in_a_sentence_or_without_a_served_moment_is_no_date() -> None:
    with P.relative_to(P.reference_at(SERVED)):
        assert P.parse_date_text("Он только что вернулся из Астаны") is None
        assert P.parse_date_text("The minister left just now, aides said") is None
        assert P.parse_date_text("неделю назад") is None  # an amount in words is prose
        assert P.parse_date_text("300 weeks ago") is None
    with P.relative_to(date(2022, 10, 3)):
        assert P.parse_date_text("только что") is None
        assert P.parse_date_text("2 недели назад") == date(2022, 9, 19)
