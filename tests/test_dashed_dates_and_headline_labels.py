"""Forms seen on Russian CMS templates: DataLife Engine's default date, day first with dashes
(``16-04-2021, 10:00``), Moscow time named in Cyrillic (``10:00 МСК``), and a headline opening
with a field's label (``Фото: как изменился Алматы за 20 лет``, ``ВИДЕО: …``), which names
what the story is, not its author."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kznews import article_from_html
from kznews.processors import parse_date_text

URL = "https://ic24.kz/news/v-almaty-otkrylsya-park-u45694"
PARAS = ["Алматы. 16 апреля. Центр информации - В Алматы открылся новый парк площадью "
         "12 гектаров, сообщает пресс-служба акимата.",
         "В парке высажено более двух тысяч деревьев и устроены велодорожки.",
         "Работы велись с прошлого года за счёт городского бюджета."]


def dle_page(title: str, info: str, *, heading: str = "h1", head: str = "",
             after: str = "") -> str:
    return f"""<html><head><title>{title} » Центр информации</title>{head}</head><body>
<div id="dle-content"><div class="full-story"><{heading} class="title">{title}</{heading}>
<div class="story-info">{info}</div>
<div class="full-text">{'<br><br>'.join(PARAS)}{after}</div>
<div class="story-tags">Теги: <a href="/tags/park/">парк</a>, <a href="/tags/almaty/">Алматы</a>
</div></div></div></body></html>"""


@pytest.mark.parametrize(("text", "want"), [
    ("16-04-2021, 10:00", datetime(2021, 4, 16, 10, 0)),
    ("16-04-2021 10:00 | Просмотров: 45", datetime(2021, 4, 16, 10, 0)),
    ("1-2-2021", date(2021, 2, 1)),
    ("2021-04-16", date(2021, 4, 16)),  # year first stays ISO
])
def test_a_dashed_day_first_date_is_read(text: str, want: date) -> None:
    assert parse_date_text(text) == want


@pytest.mark.parametrize("text", [
    "тел. 8-727-2021",  # a phone number's groups
    "+7-701-12-2021-5",
    "id 12-05-20210",
    "31-02-2021",  # no such day
])
def test_dashed_numbers_that_are_no_date_stay_none(text: str) -> None:
    assert parse_date_text(text) is None


@pytest.mark.parametrize(("text", "hours"), [
    ("16 апреля 2021 10:00 (МСК)", 3),
    ("16.04.2021 10:00 мск", 3),
    ("16.04.2021, 10:00 MSK", 3),
    ("16.07.2013 10:00 МСК", 4),  # Moscow kept UTC+4 from 2011 to 2014
])
def test_moscow_time_named_after_the_time_is_applied(text: str, hours: int) -> None:
    found = parse_date_text(text)
    assert isinstance(found, datetime) and found.hour == 10
    assert found.utcoffset() == timedelta(hours=hours)


def test_a_word_merely_starting_like_the_zone_is_no_zone() -> None:
    found = parse_date_text("16.04.2021 10:00 Мским")
    assert isinstance(found, datetime) and found.tzinfo is None


def test_a_dle_info_line_dates_the_story() -> None:
    record = article_from_html(dle_page("В Алматы открылся новый парк",
                                        "16-04-2021, 10:00 | Просмотров: 45"), URL)
    assert record is not None
    # before 2024-03-01 Almaty kept UTC+6; the year is the page's, not the crawl's
    assert record["published_at"] == "2021-04-16T10:00:00+06:00"
    assert record["extraction"]["published_at"] == "text:info-line"
    assert record["views"] == 45


@pytest.mark.parametrize("title", ["Фото: как изменился Алматы за 20 лет",
                                   "ФОТО: В Алматы открылся новый парк",
                                   "Photo: Almaty opens a new park"])
@pytest.mark.parametrize(("heading", "head"), [
    ("h1", ""),
    ("div", '<meta property="og:title" content="{title}">'),
])
def test_a_headline_opening_with_a_label_names_no_photographer(
        title: str, heading: str, head: str) -> None:
    record = article_from_html(dle_page(title, "16.04.2021 10:00", heading=heading,
                                        head=head.format(title=title)), URL)
    assert record is not None
    assert record["title"] == title
    assert record["photo_credit"] is None


def test_a_credit_line_under_such_a_headline_is_still_read() -> None:
    record = article_from_html(dle_page("Фото: как изменился Алматы за 20 лет",
                                        "16.04.2021 10:00",
                                        after="<p>Фото: Иван Петров</p>"), URL)
    assert record is not None
    assert record["photo_credit"] == "Иван Петров"
