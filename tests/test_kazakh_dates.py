"""Kazakh dates in their inflected forms (a genitive month with the day's possessive ending, a
locative month, ``сағат`` before the time), and a date shown relative to the day a page was
rendered giving way to an absolute one: the page's own, else its listing's day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/zhana-sayabak-ashyldy-u50001"
TITLE = "Қалада жаңа саябақ ашылды"
TEXT = ('<div class="story-text"><p>Қалада он екі гектар аумақта жаңа саябақ ашылды.</p>'
        "<p>Саябаққа үш мыңнан астам ағаш отырғызылып, велосипед жолдары салынды.</p>"
        "<p>Абаттандыру жұмыстары келесі жылы барлық аудандарда жалғасады.</p></div>")


def _page(under: str, foot: str = "", lang: str = "kk") -> str:
    return (f'<html lang="{lang}"><head><title>{TITLE}</title></head><body><main>'
            f'<div class="story"><h1>{TITLE}</h1><div class="story-info">{under}</div>{TEXT}'
            f"{foot}</div></main></body></html>")


@pytest.mark.parametrize(("text", "want"), [
    ("2026 жылғы мамырдың 15-і, сағат 11:50", datetime(2026, 5, 15, 11, 50)),
    ("2023 жылғы қарашаның 30-ы сағат 9:05", datetime(2023, 11, 30, 9, 5)),
    ("2025 жылы қазанның 12-сінде", date(2025, 10, 12)),
    ("2020 жылғы қаңтардың 5 інде, сағ. 20:15", datetime(2020, 1, 5, 20, 15)),
    ("2024 жылғы 30 қарашада, сағат 14:00", datetime(2024, 11, 30, 14, 0)),
    ("15 мамырда 2024 ж., 10:00", datetime(2024, 5, 15, 10, 0)),
    ("2021 jylǵy mamyrdyń 15-i, saǵat 11:50", datetime(2021, 5, 15, 11, 50)),
])
def test_kazakh_inflected_months_and_possessive_days_are_read(text: str, want: object) -> None:
    assert P.parse_date_text(text) == want
    stamp = P.date_stamp(text)
    assert stamp is not None and stamp[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("қаңтардың 5-інде, сағат 11:50", (5, 1, (11, 50))),
    ("15 мамырда, 11:50", (15, 5, (11, 50))),
    ("желтоқсанның 31-і", (31, 12, None)),
])
def test_yearless_kazakh_inflected_dates_are_read(text: str, want: tuple[object, ...]) -> None:
    found = P.yearless_stamp(text)
    assert found is not None and found[:3] == want


@pytest.mark.parametrize("shown", [
    "2025 жылғы наурыздың 4-і, сағат 16:25", "2025 жылы 4 наурызда, сағат 16:25"])
def test_a_kazakh_inflected_date_line_dates_the_page_with_its_time(shown: str) -> None:
    rec = article_from_html(_page(f'<span class="when">{shown}</span>'), URL,
                            listing_date="2025-03-04", today="2026-03-10")
    assert rec is not None and rec["published_at"] == "2025-03-04T16:25:00+05:00"


@pytest.mark.parametrize(("relative", "absolute", "lang"), [
    ("Кеше, 13:00", "Жарияланған уақыты: 11 маусым 2024, 13:00", "kk"),
    ("Бүгін, 10:05", "Жарияланды: 03.02.2020 10:05", "kk"),
    ("Вчера в 13:00", "Опубликовано: 11 июня 2024, 13:00", "ru"),
    ("Today, 1:00 PM", "Published: June 11, 2024, 1:00 PM", "en"),
])
def test_an_absolute_date_wins_over_one_relative_to_the_rendering_day(
        relative: str, absolute: str, lang: str) -> None:
    """A cached or archived copy says "yesterday" of the day it was rendered, not fetched."""
    rec = article_from_html(_page(f'<span class="when">{relative}</span>',
                                  f'<p class="published">{absolute}</p>', lang), URL,
                            today="2026-11-30")
    assert rec is not None and rec["published_at"][:16] == absolute_moment(absolute)


def absolute_moment(absolute: str) -> str:
    when = P.parse_date_text(absolute)
    assert isinstance(when, datetime)
    return when.isoformat()[:16]


@pytest.mark.parametrize("relative", ["Кеше, 13:00", "Вчера, 13:00", "Yesterday, 1:00 PM"])
def test_a_relative_date_takes_the_listings_day_and_keeps_its_time(relative: str) -> None:
    rec = article_from_html(_page(f'<span class="when">{relative}</span>'), URL,
                            listing_date="2024-06-11", today="2026-11-30")
    assert rec is not None and rec["published_at"] == "2024-06-11T13:00:00+05:00"


def test_a_relative_date_the_listing_confirms_stays_the_pages() -> None:
    rec = article_from_html(_page('<span class="when">Кеше, 13:00</span>'), URL,
                            listing_date="2026-11-29", today="2026-11-30")
    assert rec is not None and rec["published_at"] == "2026-11-29T13:00:00+05:00"
    assert rec["date_source"] == "page"


def test_a_relative_date_alone_counts_from_the_fetch_day() -> None:
    rec = article_from_html(_page('<span class="when">Бүгін, 10:05</span>'), URL,
                            today="2026-11-30")
    assert rec is not None and rec["published_at"] == "2026-11-30T10:05:00+05:00"
