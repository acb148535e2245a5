"""A details row printed as one inline line above the text: the time before the date, the
rubric before the date, ``/`` between the parts. Its date, rubric and count are read, and the
row is not the text's first paragraph."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/ru/novosti/v-almaty-otkryli-park-u50001"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщили в акимате."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."


def _record(row: str) -> dict:
    html = (f"<html><body><article><h1>В Алматы открыли новый парк</h1>{row}<p>{P1}</p>"
            f"<p>{P2}</p></article></body></html>")
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


@pytest.mark.parametrize(("row", "when", "category", "views"), [
    ('<p class="small">Общество / 20.04.2023, 14:35 / 👁 683</p>',
     "2023-04-20T14:35:00+06:00", "Общество", 683),
    ("<div>Экономика | 20 апреля 2023, 14:35 | 1 204</div>",
     "2023-04-20T14:35:00+06:00", "Экономика", 1204),
    ('<div>14:35, 20 апреля 2023 &nbsp; <a href="/rubric/society">Общество</a> &nbsp; '
     "<span>683</span></div>", "2023-04-20T14:35:00+06:00", "Общество", 683),
    ("<div>09:05 | 20.04.2023 · Қоғам · 77</div>", "2023-04-20T09:05:00+06:00", "Қоғам", 77),
    ("<div>Society · April 20, 2023 · 683</div>", "2023-04-20T00:00:00+06:00", "Society", 683),
])
def test_inline_row_gives_date_rubric_and_count(row: str, when: str, category: str,
                                                 views: int) -> None:
    rec = _record(row)
    assert (rec["published_at"], rec["category"], rec["views"]) == (when, category, views)
    assert rec["body"] == f"{P1}\n\n{P2}"


def test_a_name_before_the_date_is_no_rubric() -> None:
    rec = _record("<div>Иван Петров | 20.04.2023, 14:35 | 683</div>")
    assert rec["published_at"] == "2023-04-20T14:35:00+06:00"
    assert rec["category"] is None
    assert rec["body"].startswith(P1)


def test_a_sentence_opening_with_a_time_stays_text() -> None:
    line = "14:35 В Алматы 20 апреля 2023 года открыли ещё один парк у реки Есентай."
    rec = _record(f"<div>20.04.2023</div><p>{line}</p>")
    assert rec["body"].startswith(line)


@pytest.mark.parametrize("who", ["Редакция", "Admin", "Newsroom", "Редакциясы"])
def test_the_staff_before_the_date_is_no_rubric(who: str) -> None:
    rec = _record(f"<div>{who} / 20.04.2023, 14:35 / 683</div>")
    assert rec["category"] is None and rec["views"] == 683
