"""A day-only date line under the headline takes its time of day from a details row after the
text that shows the same day with a time, however many fields that row holds: a row of
`|`-parted fields (views, author, the moment, tags, rating) is long, its date field short."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-astane-otkryli-most-u51002"
H1 = "В Астане открыли мост после ремонта"
P1 = "Алматы. 16 апреля. В Астане после ремонта открыли мост через Ишим, сообщили в акимате."
P2 = "Движение по мосту восстановлено во всех направлениях с сегодняшнего утра."
P3 = "Работы обошлись бюджету города в два миллиарда тенге, уточнили в ведомстве."


def _page(details: str, info: str = "16 Апреля 2021 1315 Общество Япония, диаспора") -> str:
    return (f'<html lang="ru"><head><title>{H1}</title></head><body><div class="entry">'
            f"<h1>{H1}</h1><div class=\"info\">{info}</div>"
            f'<div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
            f'<div class="details">{details}</div></div></body></html>')


def _published(html: str) -> str:
    rec = article_from_html(html, URL)
    assert rec is not None
    return str(rec["published_at"])


TAGS = ('Теги: <a href="/search/Япония/">Япония</a>, <a href="/search/диаспора/">диаспора</a>')
ROWS = [
    # uCoz: tags between the moment and the rating
    f"Просмотров: 1315 | Добавил: admin | 16.04.2021, 11:20 | {TAGS} | Рейтинг: 0.0/0",
    # the same row in a list of its own, parted by middots, the date's field unlabelled
    f"<span>Просмотров: 1315</span> · <span>Автор: Редакция сайта</span> · "
    f"<span>16.04.2021 11:20</span> · <span>{TAGS}, казахи за рубежом</span> · "
    "<span>Комментарии: 0</span>",
    # the moment labelled, long tags before it
    "Теги: Япония, диаспора, казахи за рубежом, общество | Дата: 16.04.2021 11:20 | "
    "Просмотров: 1315 | Рейтинг: 0.0/0",
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i}" for i in range(len(ROWS))])
def test_long_details_row_gives_the_time(row: str) -> None:
    assert _published(_page(row)) == "2021-04-16T11:20:00+06:00"


def test_short_details_row_gives_the_time() -> None:
    """Guard: a row short enough to be read whole gave the time already."""
    row = "Просмотров: 1315 | Добавил: admin | 16.04.2021, 11:20 | Рейтинг: 0.0/0"
    assert _published(_page(row)) == "2021-04-16T11:20:00+06:00"


def test_other_day_in_a_long_row_lends_no_time() -> None:
    """Guard: a field's moment on another day (a comment's, a change's) is not the date's."""
    row = f"Просмотров: 1315 | Добавил: admin | 18.04.2021, 09:05 | {TAGS} | Рейтинг: 0.0/0"
    assert _published(_page(row)) == "2021-04-16T00:00:00+06:00"


def test_change_field_in_a_long_row_lends_no_time() -> None:
    """Guard: a change's stamp on the same day is when the page changed, not its time."""
    row = (f"Просмотров: 1315 | Добавил: admin | Обновлено: 16.04.2021, 18:45 | {TAGS} | "
           "Рейтинг: 0.0/0")
    assert _published(_page(row)) == "2021-04-16T00:00:00+06:00"


def test_sentence_after_the_text_lends_no_time() -> None:
    """Guard: a long line of prose that names the day and a time is no details row."""
    row = ("Напомним, что 16.04.2021, 11:20 по времени столицы мост закрыли на ремонт, а "
           "движение транспорта по нему было временно перекрыто во всех направлениях.")
    assert _published(_page(f"<p>{row}</p>")) == "2021-04-16T00:00:00+06:00"
