"""A field's label in an element of its own run straight into its linked value
(``<span>ИСТОЧНИК</span><a>КазТАГ</a>``: a theme sets the two apart by CSS alone, so the line
reads ``ИСТОЧНИККазТАГ``) is read as the label and its value, as ``Источник: <a>КазТАГ</a>``
is: the label's element says where it ends."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-pavlodare-otkryli-novyy-most-u48812"
TITLE = "В Павлодаре открыли новый мост"
PARAS = [
    "В Павлодаре после двух лет строительства открыли новый мост через Иртыш.",
    "Длина моста составляет шестьсот метров, по нему пройдут четыре полосы движения.",
    "Строительство обошлось областному бюджету в девять миллиардов тенге.",
]
DATELINE = "Павлодар. 12 мая. Центр информации - "


def page(foot: str, text_after: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in (DATELINE + PARAS[0], *PARAS[1:]))
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top"><a href="/">Главная</a></div>
<div class="main"><div class="post"><h1>{TITLE}</h1><div class="when">12.05.2022</div>
<div class="post-text">{text}{text_after}</div>
<div class="post-foot">{foot}</div></div></div>
<div class="col-right"><div class="box-latest"><h3>Лента</h3><ul>
<li><a href="/news/drugaya-novost-u48800">Другая новость дня о погоде в регионах страны</a></li>
</ul></div></div></body></html>"""


def record(html: str) -> dict[str, object]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


@pytest.mark.parametrize(("label", "name"), [
    ("ИСТОЧНИК", "пресс-служба акимата Павлодарской области"),
    ("Источник", "КазТАГ"),
    ("SOURCE", "Kazinform"),
    ("ДЕРЕККӨЗ", "Kazinform"),
])
def test_glued_source_label(label: str, name: str) -> None:
    foot = (f'<div class="box"><span>{label}</span><a rel="nofollow" href="https://example.kz/">'
            f"{name}</a></div>")
    rec = record(page(foot))
    assert rec["source"] == name and rec["body"] == "\n\n".join(PARAS)


def test_spaced_label_reads_as_before() -> None:
    """Guard: a label with its colon before the link, read as it always was."""
    foot = '<div class="box"><span>Источник:</span> <a href="https://kaztag.kz/">КазТАГ</a></div>'
    assert record(page(foot))["source"] == "КазТАГ"


def test_a_word_cut_by_markup_is_no_label() -> None:
    """Guard: an element holding a label's letters (``Фото``) that runs on into more than links
    (``<span>Фото</span>графии … <a>в галерее</a>.``) is a word of a sentence, not a label."""
    line = ('<p><span>Фото</span>графии с открытия моста смотрите <a href="/gallery/most">в '
            "галерее</a>.</p>")
    rec = record(page("", text_after=line))
    assert rec["photo_credit"] is None and rec["source"] is None
    assert str(rec["body"]).endswith("Фотографии с открытия моста смотрите в галерее.")


def test_a_label_running_on_into_words_is_no_field() -> None:
    """Guard: the label's element glued to a link and more words than links (``Источник`` +
    ``<a>КазТАГ</a> и агентства …``) is no label with its value."""
    foot = ('<div class="box"><span>Источник</span><a href="https://kaztag.kz/">КазТАГ</a> и '
            "агентства региональных новостей</div>")
    assert record(page(foot))["source"] is None
