"""The body of an article printed in a newsroom's format: what lies in its text box but is no
text (a folded transcript, a columnist's card, a disclaimer, a press release's contacts, a
live blog's info row) and how a live blog's update reads (its time, then its text)."""

from __future__ import annotations

from typing import Any

import kznews

URL = "https://ic24.kz/news/test-u50123"
LEAD = "Жители города обсудили новый проект благоустройства центральной площади."
MORE = "Работы планируется завершить до конца следующего года, сообщили в акимате."


def _page(text: str, above: str = "") -> str:
    return (f"<html lang='ru'><head><title>Проект площади</title></head><body><div class='wrap'>"
            f"<h1>Проект площади</h1><div class='meta'>12.03.2024, 10:15</div>{above}"
            f"<div class='entry-content'>{text}</div></div></body></html>")


def _read(html: str) -> dict[str, Any]:
    item = kznews.article_from_html(html, URL)
    assert item is not None
    return item


def test_folded_details_is_no_text_an_open_one_is() -> None:
    folded = ("<div><p>Текст ролика</p><details><summary>Текст видео</summary>"
              "<p>Первая реплика из ролика длинная.</p><p>Вторая реплика.</p></details></div>")
    body = _read(_page(f"<p>{LEAD}</p><p>{MORE}</p>{folded}"))["body"]
    assert "реплика" not in body and "Текст видео" not in body and LEAD in body
    opened = folded.replace("<details>", "<details open>")
    assert "Первая реплика из ролика длинная." in _read(_page(f"<p>{LEAD}</p><p>{MORE}</p>"
                                                              f"{opened}"))["body"]


def test_person_card_and_disclaimer_are_no_text_nor_its_portrait_a_photo() -> None:
    card = ("<section class='author-card'><img src='/upload/people/ivanov.png'>"
            "<p><strong>Иван Иванов</strong></p><p>политолог</p></section>")
    for note in ("Точка зрения автора может не совпадать с мнением редакции",
                 "The views expressed here do not necessarily reflect those of the editors.",
                 "Автордың көзқарасы редакцияның пікірімен сәйкес келмеуі мүмкін."):
        item = _read(_page(f"{card}<p>{LEAD}</p><p>{MORE}</p><p><small>{note}</small></p>"))
        assert item["body"] == f"{LEAD}\n\n{MORE}", note
        assert not any("people" in u for u in item["image_urls"])
        assert item.get("category") is None


def test_press_release_contacts_line_is_no_text() -> None:
    for footer in ("Контакты для СМИ: Анна Петрова, +7 701 000 00 00, anna@example.kz",
                   "Press office of the Ministry, phone: +7 7172 00 00 00",
                   "Облыс әкімдігінің баспасөз қызметі. E-mail: info@oblys.kz"):
        body = _read(_page(f"<p>{LEAD}</p><p>{MORE}</p><p><em>{footer}</em></p>"))["body"]
        assert body == f"{LEAD}\n\n{MORE}", footer
    # a sentence naming a phone line is text
    told = "Подробности можно узнать по телефону 8 (727) 000-00-00, сообщили в пресс-службе."
    assert told in _read(_page(f"<p>{LEAD}</p><p>{told}</p>"))["body"]


def test_live_update_is_its_time_and_text_and_the_labelled_info_row_is_not() -> None:
    updates = "".join(
        f"<li class='entry'><span class='stamp'>{t}</span><div class='msg'><p>{x}</p></div></li>"
        for t, x in (("14:05", MORE), ("11:30", LEAD)))
    info = "<div class='row'>Эфир начат: 12.03.2024, 10:15 Просмотров: 250</div>"
    body = _read(_page(f"{info}<ul class='feed'>{updates}</ul>"))["body"]
    assert body == f"14:05 {MORE}\n\n11:30 {LEAD}"
