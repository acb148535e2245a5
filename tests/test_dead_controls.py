"""Links that lead nowhere (``href="#"``, ``javascript:…``) are a script's controls: a slider's
or a numbered list's ``Назад``/``Далее`` (run together when the theme sets them apart by CSS
alone), ``‹ Prev`` / ``Next ›``, a ``Показать ещё`` toggle. A line of nothing but such links
inside the text is no paragraph; a sentence holding one (an editor's placeholder link) is."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/chto-izmenitsya-s-1-iyulya-u48812"
TITLE = "Что изменится для водителей с 1 июля"
LEAD = "С 1 июля для водителей вступают в силу несколько новых правил, сообщили в МВД."
POINTS = [
    ("1. Штрафы", "Штрафы за превышение скорости вырастут в полтора раза."),
    ("2. Камеры", "На загородных трассах установят ещё двести камер."),
    ("3. Эвакуаторы", "Эвакуировать машины будут только после фотофиксации нарушения."),
]
DATELINE = "Астана. 20 июня. Центр информации - "


def page(controls: str, points_tag: str = "h2") -> str:
    items = "".join(f'<div class="item"><{points_tag}>{head}</{points_tag}><p>{text}</p></div>'
                    for head, text in POINTS)
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top"><a href="/">Главная</a></div>
<div class="main"><h1>{TITLE}</h1><div class="when">20.06.2022</div>
<div class="story"><p>{DATELINE}{LEAD}</p>
<div class="points">{controls}<div class="track">{items}</div></div></div></div>
<div class="col-right"><h3>Лента</h3><ul>
<li><a href="/news/drugaya-novost-u48800">Другая новость дня о погоде в регионах страны</a></li>
</ul></div></body></html>"""


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return record["body"].split("\n\n")


EXPECTED = [LEAD, *(part for point in POINTS for part in point)]
CONTROLS = {
    "glued": '<div class="nav"><a class="l" href="#" onclick="return false;">Назад</a>'
             '<a class="r" href="#" onclick="return false;">Далее</a></div>',
    "arrows": '<div class="nav"><a href="#">‹ Prev</a> <a href="#">Next ›</a></div>',
    "script": '<div class="nav"><a href="javascript:void(0)">Предыдущий</a> '
              '<a href="javascript:void(0)">Следующий</a></div>',
    "toggle": '<p><a href="javascript:;">Показать все пункты</a></p>',
}


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_controls_are_no_text(name: str) -> None:
    assert body_of(page(CONTROLS[name])) == EXPECTED


def test_a_sentence_with_a_placeholder_link_stays_text() -> None:
    """Guard: an editor's ``href="#"`` inside a sentence is the sentence's."""
    line = '<p>Полный список изменений <a href="#">опубликован на сайте МВД</a>.</p>'
    assert body_of(page(line)) == [LEAD, "Полный список изменений опубликован на сайте МВД.",
                                   *(part for point in POINTS for part in point)]
