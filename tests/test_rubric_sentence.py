"""A rubric's label opening a paragraph of the text (``Рубрика: «Вопрос — ответ». Читатели
спрашивают…``): the paragraph stays in the body, the sentence is never the rubric. The page's
own rubric (its info line) wins; without one, the name in quotes is the rubric. A label
followed by a short name alone is the rubric as before."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/subbotnik-v-almaty-u49120"
SENTENCE = ("Рубрика: «Вопрос — ответ». Читатели спрашивают, когда откроется новый парк и где "
            "будут парковки.")


def _page(paragraph: str, info: str = "", last: bool = False) -> str:
    paras = ["Алматы. 20 апреля. Центр информации - В городе прошёл субботник, в котором "
             "приняли участие жители нескольких районов.",
             "Аким поблагодарил горожан за участие и пообещал провести ещё один."]
    paras.insert(len(paras) if last else 1, paragraph)
    return ("<html><head><meta charset='utf-8'></head><body><h1>Субботник в Алматы</h1>"
            f"<div class='date'>20 Апреля 2023 {info}</div><div class='text'>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")


@pytest.mark.parametrize("last", [False, True])
def test_the_sentence_stays_in_the_body_and_the_quoted_name_is_the_rubric(last: bool) -> None:
    record = article_from_html(_page(SENTENCE, last=last), URL)
    assert record is not None
    assert SENTENCE in record["body"].split("\n\n")
    assert record["category"] == "«Вопрос — ответ»"


def test_the_pages_own_rubric_wins_over_the_sentence() -> None:
    record = article_from_html(_page(SENTENCE, info="683 Социум Алматы, аким"), URL)
    assert record is not None and record["category"] == "Социум"
    assert SENTENCE in record["body"]


@pytest.mark.parametrize("paragraph", [
    "Рубрика: «Вопрос — ответ». Читатели спрашивают.",
    "Рубрика: Вопрос — ответ. Читатели спрашивают, когда откроется новый парк.",
    "Рубрика — Вопрос-ответ. Читатели спрашивают, когда откроется новый парк.",
])
def test_a_sentence_after_the_label_is_never_the_rubric(paragraph: str) -> None:
    record = article_from_html(_page(paragraph), URL)
    assert record is not None
    assert record["category"] in (None, "«Вопрос — ответ»")
    assert paragraph in record["body"]


@pytest.mark.parametrize(("paragraph", "rubric"), [
    ("Рубрика: «Вопрос — ответ»", "«Вопрос — ответ»"),
    ("Рубрика: Вопрос — ответ", "Вопрос — ответ"),
    ("Рубрика: Экономика", "Экономика"),
])
def test_a_label_with_a_short_name_is_the_rubric(paragraph: str, rubric: str) -> None:
    record = article_from_html(_page(paragraph, last=True), URL)
    assert record is not None and record["category"] == rubric
