"""Dates as pages show them: the time of day next to a day-only machine date, slashed dates in
either order, a 12-hour clock, abbreviated Kazakh months."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/v-gorode-otkryli-most-u50002"
RU = ("В городе открыли новый мост через реку, сообщает пресс-служба акимата.",
      "Движение по мосту откроют для всех видов транспорта уже на следующей неделе.")
EN = ("A new bridge over the river was opened in the city, the akimat said on Monday.",
      "Traffic on the bridge will open for all kinds of vehicles next week, officials said.")


def _page(date_line: str, head: str = "", text: tuple[str, ...] = RU, title: str = "",
          after: str = "", lang: str = "ru") -> str:
    title = title or ("В городе открыли мост" if text is RU
                      else "City opens a new bridge over the river")
    paras = "".join(f"<p>{t}</p>" for t in text)
    return (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body><main>'
            f'<h1>{title}</h1><div class="meta-row">{date_line}</div>'
            f'<div class="story-body">{paras}</div>{after}</main></body></html>')


def _published(html: str) -> str:
    rec = article_from_html(html, URL)
    assert rec is not None
    return f"{rec['published_at']} {rec['published_date_precision']}"


@pytest.mark.parametrize(("head", "line", "want"), [
    ('<meta itemprop="datePublished" content="2020-01-29">', "<span>29 января 2020, 14:20</span>",
     "2020-01-29T14:20:00+06:00 minute"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-03-05"}'
     "</script>", '<p class="when">5.03.2022 в 08:15 · Экономика</p>',
     "2022-03-05T08:15:00+06:00 minute"),
])
def test_day_only_date_takes_the_time_the_page_shows_that_day(head: str, line: str,
                                                              want: str) -> None:
    assert _published(_page(line, head)) == want


def test_a_time_shown_for_another_day_or_a_change_is_not_the_publication_time() -> None:
    head = '<meta itemprop="datePublished" content="2020-01-29">'
    assert _published(_page("<span>30 января 2020, 14:20</span>", head)) == \
        "2020-01-29T00:00:00+06:00 day"
    assert _published(_page("<span>Обновлено 29.01.2020 18:00</span>", head)) == \
        "2020-01-29T00:00:00+06:00 day"
    # a card of another article further down shows the same day with its own time
    card = ('<div class="more"><h3>Ещё</h3><p>Другое событие дня</p><p>29.01.2020 19:40</p>'
            '<p>Ещё одна новость</p><p>Ещё одна строка</p><p>И ещё одна строка</p></div>')
    far = _page("", head, after="<p>Источник: акимат</p>" * 5 + card)
    assert _published(far) == "2020-01-29T00:00:00+06:00 day"


def test_twelve_hour_clock_and_month_first_slashes_on_an_english_page() -> None:
    head = '<meta name="datePublished" content="2021-08-02">'
    # the template declares Russian for every page; the title's script says English
    html = _page("<span>08/02/2021, 9:05 PM</span>", head, text=EN)
    assert _published(html) == "2021-08-02T21:05:00+06:00 minute"


@pytest.mark.parametrize(("line", "text", "want"), [
    ("14/06/2024 07:40", RU, "2024-06-14T07:40:00+05:00"),  # day first on a Russian page
    ("03/04/2024 07:40", RU, "2024-04-03T07:40:00+05:00"),
    ("08/22/2026 18:40", EN, "2026-08-22T18:40:00+05:00"),  # the second number > 12
    ("02/10/2026 01:20", EN, "2026-02-10T01:20:00+05:00"),  # month first on an English page
    ("23/10/2026 01:20", EN, "2026-10-23T01:20:00+05:00"),  # a first number > 12 is the day
])
def test_a_page_whose_only_date_is_slashed(line: str, text: tuple[str, ...], want: str) -> None:
    html = _page(f'<span class="stats__info">{line}</span>', text=text)
    assert _published(html) == f"{want} minute"


def test_abbreviated_kazakh_months() -> None:
    shorts = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"]
    for month, short in enumerate(shorts, 1):
        assert P.parse_date_text(f"2025 ж. 27 {short}.") == P.date(2025, month, 27)
    assert P.month_number("Қазақстан") is None


def test_twelve_hour_clock() -> None:
    assert P.parse_date_text("April 16, 2021, 3:40 PM") == P.datetime(2021, 4, 16, 15, 40)
    assert P.parse_date_text("April 16, 2021, 12:05 a.m.") == P.datetime(2021, 4, 16, 0, 5)
    assert P.parse_date_text("April 16, 2021, 3:40") == P.datetime(2021, 4, 16, 3, 40)


def test_a_date_line_run_together_with_its_count() -> None:
    head = '<meta itemprop="datePublished" content="2021-09-17">'
    line = ('<span class="d">17 сентября 2021, 15:40</span><span class="v"><svg></svg>'
            "<span>5003</span></span>")
    assert _published(_page(line, head)) == "2021-09-17T15:40:00+06:00 minute"
