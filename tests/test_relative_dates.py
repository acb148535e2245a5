"""Dates a page shows relative to the day it was fetched ("Вчера в 09:05", "Кеше, 18:10",
"Today, 3:40 PM"), dates printed in a classed element above the headline, a card's details row
under its headline (date · count · label) and a rubric's box above the headline: each on a
small page of its own."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

import pytest
from scrapy.http import Headers

from kznews import article_from_html
from kznews import processors as P
from kznews.spiders.served import CAPTURED, served_day

URL = "http://h/news/v-almaty-otkryli-park-u50001"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
TEXT = f'<div class="story-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
SIDEBAR = ('<aside class="sidebar"><h3>Лента</h3><ul><li><a href="/news/drugaya-u49990">Другая '
           'новость о городе</a><span class="item-date">Сегодня, 07:15</span></li></ul></aside>')


def _page(top: str, under: str = "", text: str = TEXT, title: str = "Открыли новый парк") -> str:
    return (f"<html><head><title>{title}</title></head><body><main><div class=\"story\">{top}"
            f"<h1>{title}</h1>{under}{text}</div></main>{SIDEBAR}</body></html>")


@pytest.mark.parametrize(("shown", "want"), [
    ("Вчера в 09:05", "2026-03-09T09:05:00+05:00"),
    ("Сегодня, 18:00", "2026-03-10T18:00:00+05:00"),
    ("Кеше, 18:10", "2026-03-09T18:10:00+05:00"),
    ("Бүгін 18:40", "2026-03-10T18:40:00+05:00"),
    ("Yesterday, 9:05 AM", "2026-03-09T09:05:00+05:00"),
    ("Today, 3:40 PM", "2026-03-10T15:40:00+05:00"),
])
def test_a_day_named_relative_to_the_fetch_day_is_read_with_its_time(shown: str, want: str
                                                                      ) -> None:
    html = _page("", f'<div class="meta"><span class="when">{shown}</span> · 512</div>')
    rec = article_from_html(html, URL, today="2026-03-10")
    assert rec is not None and rec["published_at"] == want


def test_a_relative_date_without_a_known_fetch_day_is_a_logged_drop(
        caplog: pytest.LogCaptureFixture) -> None:
    html = _page("", '<div class="meta"><span class="when">Вчера в 09:05</span></div>')
    with caplog.at_level(logging.INFO, logger="kznews.api"):
        assert article_from_html(html, URL) is None
    assert "published" in caplog.text


def test_a_relative_word_in_prose_or_without_a_reference_day_is_no_date() -> None:
    with P.relative_to(date(2026, 3, 10)):
        assert P.parse_date_text("Сегодня в Алматы открыли парк") is None
        assert P.parse_date_text("15:40, вчера") == datetime(2026, 3, 9, 15, 40)
        assert P.parse_date_text("16.04.2021 сегодня 10:00") == date(2021, 4, 16)
    assert P.parse_date_text("Вчера в 09:05") is None


@pytest.mark.parametrize(("shown", "want"), [
    ("16.04.2021 | 15:40", "2021-04-16T15:40:00+06:00"),
    ("16 апреля 2021, 15:40", "2021-04-16T15:40:00+06:00"),
    ("Вчера, 15:40", "2026-03-09T15:40:00+05:00"),
])
def test_a_date_classed_element_above_the_headline_dates_the_page(shown: str, want: str
                                                                   ) -> None:
    top = (f'<div class="story-head"><div class="story-head__published">{shown}</div>'
           '<div class="story-head__hits">1 315</div></div>')
    rec = article_from_html(_page(top), URL, today="2026-03-10")
    assert rec is not None and rec["published_at"] == want
    assert rec["extraction"]["published_at"] == "css:.<date class>"


def test_a_dated_card_above_the_headline_is_not_the_pages_date() -> None:
    top = ('<div class="feed"><a href="/news/drugaya-u49990">Другая новость</a> '
           '<span class="feed-date">12.01.2020 | 10:00</span></div>')
    rec = article_from_html(_page(top), URL, listing_date="2026-03-01", today="2026-03-10")
    assert rec is not None and rec["published_at"] == "2026-03-01T00:00:00+05:00"


@pytest.mark.parametrize(("row", "when", "views", "rubric"), [
    ("3 марта 2023, 08:15 • 512", "2023-03-03T08:15:00+06:00", 512, "Экономика"),
    ("2022 жылғы 5 мамыр, 20:05 · 77", "2022-05-05T20:05:00+06:00", 77, "Қоғам"),
    ("May 5, 2022 8:05 PM | 1,204", "2022-05-05T20:05:00+06:00", 1204, "Economy"),
])
def test_a_details_row_under_the_headline_gives_date_count_and_label(
        row: str, when: str, views: int, rubric: str) -> None:
    under = (f'<p><span class="muted">{row}</span> <span class="label label-info">{rubric}'
             '</span></p>')
    text = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    rec = article_from_html(_page("", under, text=text), URL, today="2026-03-10")
    assert rec is not None
    assert (rec["published_at"], rec["views"], rec["category"]) == (when, views, rubric)


@pytest.mark.parametrize("box", [
    '<div class="post-category"><a href="/c/kultura">Культура</a></div>',
    '<div class="category"><a href="/c/kultura">Культура</a></div>',
    '<a class="story__supertag" href="/c/kultura">Культура</a>',
])
def test_a_rubric_box_above_the_headline_is_the_category(box: str) -> None:
    tags = '<div class="story-tags"><a href="/tag/kultura">культура</a> <a href="/tag/park">парк' \
           "</a></div>"
    html = _page(box, '<div class="meta">16.04.2021 15:40</div>', text=TEXT + tags)
    rec = article_from_html(html, URL, today="2026-03-10")
    assert rec is not None and rec["category"] == "Культура"
    assert "культура" in rec["tags"]  # a rubric's box is no Ghost primary tag: the tags keep it


def test_the_day_a_response_was_served() -> None:
    crawl_day = date(2026, 3, 10)
    dated = Headers({"Date": "Mon, 09 Mar 2026 20:30:00 GMT"})  # 01:30 on the 10th in Almaty
    assert served_day(dated, {}, crawl_day) == date(2026, 3, 10)
    captured = datetime(2024, 5, 1, 12, tzinfo=UTC).timestamp()
    assert served_day(Headers(), {CAPTURED: captured}, crawl_day) == date(2024, 5, 1)
    assert served_day(Headers({"Date": "garbage"}), {}, crawl_day) == crawl_day
