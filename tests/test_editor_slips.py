"""Slips an editor types into a rich-text box: the dateline in bold in a paragraph of its own,
a month with a letter typed twice, the dateline pasted again at the start of a later
paragraph, a paragraph pasted twice in a row, ``Источник - X`` with a dash for the colon. Each
is read as a careful reader would; the forms a real text means (a place and a date alone, a
non-month word with no outlet's name, a refrain, a sentence opening ``Источник -``) stay."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://h.kz/ru/news/v-almaty-otkryli-novyi-park-u50412"
TITLE = "В Алматы открыли новый парк"
LEAD = "В Алматы открыли новый парк площадью двенадцать гектаров на берегу реки, сообщил аким."
MORE = "В парке высадили три тысячи деревьев и проложили велодорожки вдоль набережной."
LAST = "Работы по благоустройству второй очереди завершат до конца следующего года."
DATELINE = "Алматы. 9 мая. Центр информации - "


def _record(*paras: str, lang: str = "ru") -> dict[str, object]:
    body = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
    html = (f'<html lang="{lang}"><head><title>{TITLE}</title></head><body><div class="wrap">'
            f'<h1 class="hd">{TITLE}</h1><div class="txt">{body}</div>'
            "</div></body></html>")
    rec = article_from_html(html, URL, listing_date="2023-05-09", today="2023-06-01")
    assert rec is not None
    return rec


def _body(rec: dict[str, object]) -> list[str]:
    return str(rec["body"]).split("\n\n")


# --------------------------------------------------------------------------- dateline alone


@pytest.mark.parametrize("line", [
    "<p><strong>Алматы. 9 мая. Центр информации -</strong></p>",
    "<p><b>Алматы. 9 мая. Центр информации</b></p>",
    "<p>Алматы. 9 мая. Центр информации –</p>",
    "<p><strong>ALMATY, May 9 (IC) —</strong></p>",
])
def test_a_dateline_alone_in_its_paragraph_is_the_next_ones(line: str) -> None:
    rec = _record(line, LEAD, MORE)
    assert _body(rec) == [LEAD, MORE]
    assert rec["dateline_place"] in ("Алматы", "Almaty")


def test_a_dateline_alone_with_a_spacer_before_its_text() -> None:
    rec = _record("<p><strong>Алматы. 9 мая. Центр информации -</strong></p>", "<p>&nbsp;</p>",
                  LEAD, MORE)
    assert _body(rec) == [LEAD, MORE] and rec["dateline_place"] == "Алматы"


def test_a_place_and_a_date_alone_are_no_dateline() -> None:
    rec = _record("<p>Алматы, 9 мая</p>", LEAD, MORE)
    assert rec["dateline_place"] is None
    assert _body(rec)[-2:] == [LEAD, MORE]


def test_a_dateline_alone_before_no_sentence_is_no_dateline() -> None:
    rec = _record("<p><strong>Алматы. 9 мая. Центр информации -</strong></p>",
                  "<p>Фоторепортаж</p>", LEAD, MORE)
    assert rec["dateline_place"] is None


# --------------------------------------------------------------------------- retyped month


@pytest.mark.parametrize(("dateline", "place"), [
    ("Алматы. 9 ммая. Центр информации - ", "Алматы"),
    ("Астана. 9 маая. Центр информации - ", "Астана"),
    ("Almaty. Mayy 9. Information Center - ", "Almaty"),
])
def test_a_month_with_a_letter_typed_twice_before_the_outlets_name(dateline: str,
                                                                    place: str) -> None:
    rec = _record(dateline + LEAD, MORE)
    assert _body(rec) == [LEAD, MORE]
    assert rec["dateline_place"] == place


@pytest.mark.parametrize("lead", [
    "Алматы. 9 ммая. " + LEAD,  # no outlet's name: no dateline to read a slip in
    "Алматы. 9 мест. Центр информации - " + LEAD,  # not a month with a letter twice
])
def test_no_retyped_month_without_the_outlets_name_or_a_month(lead: str) -> None:
    rec = _record(lead, MORE)
    assert rec["dateline_place"] is None
    assert _body(rec)[0] == lead


# --------------------------------------------------------------------------- dateline again


def test_the_dateline_pasted_again_at_a_later_paragraph_is_cut() -> None:
    rec = _record(DATELINE + LEAD, DATELINE + MORE, LAST)
    assert _body(rec) == [LEAD, MORE, LAST]


@pytest.mark.parametrize("second", [
    "Астана. 9 мая. Центр информации - " + MORE,  # another place: a roundup's next item
    "Алматы. 10 мая. Центр информации - " + MORE,  # another day
    "Алматы. 9 мая. Казинформ - " + MORE,  # no outlet's name
])
def test_another_dateline_later_in_the_text_stays(second: str) -> None:
    rec = _record(DATELINE + LEAD, second, LAST)
    assert _body(rec) == [LEAD, second, LAST]


# --------------------------------------------------------------------------- pasted twice


def test_a_paragraph_pasted_twice_in_a_row_counts_once() -> None:
    rec = _record(DATELINE + LEAD, MORE, MORE, LAST)
    assert _body(rec) == [LEAD, MORE, LAST]


@pytest.mark.parametrize("line", ["Припев:", "Ой, мороз, мороз, не морозь меня.",
                                  "— Да.", "Нет данных", "Итого: 12 случаев."])
def test_short_lines_repeated_on_purpose_stay(line: str) -> None:
    rec = _record(DATELINE + LEAD, line, line, LAST)
    assert _body(rec) == [LEAD, line, line, LAST]


def test_the_same_paragraph_apart_stays_twice() -> None:
    rec = _record(DATELINE + LEAD, MORE, LAST, MORE)
    assert _body(rec) == [LEAD, MORE, LAST, MORE]


# --------------------------------------------------------------------------- dashed source


@pytest.mark.parametrize(("line", "source"), [
    ("Источник - EU Reporter", "EU Reporter"),
    ("Источник — «Хабар 24»", "Хабар 24"),
    ("Source – Kazinform", "Kazinform"),
])
def test_a_source_label_with_a_dash_ending_the_text(line: str, source: str) -> None:
    rec = _record(DATELINE + LEAD, MORE, line)
    assert _body(rec) == [LEAD, MORE]
    assert rec["source"] == source


@pytest.mark.parametrize("line", [
    "Источник - в правительстве, пожелавший остаться неназванным.",
    "Источник — близкий к акимату человек",
])
def test_a_sentence_opening_with_the_word_is_text(line: str) -> None:
    rec = _record(DATELINE + LEAD, MORE, line)
    assert _body(rec) == [LEAD, MORE, line]


def test_a_dashed_source_label_inside_the_text_is_text() -> None:
    line = "Источник - Минздрав"
    rec = _record(DATELINE + LEAD, line, MORE)
    assert _body(rec) == [LEAD, line, MORE]
