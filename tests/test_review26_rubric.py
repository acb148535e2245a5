"""A paragraph opening with a rubric's label and going on as a sentence is never the rubric,
also when the page's info line holds no date and no rubric of its own (the Umbraco copy's
line of a view count alone: the paragraph is then read as the info line's labelled part); a
rubric and its section after the label (``Спорт. Футбол и хоккей``) stay the rubric."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from tests.eightythirdsite import site
from tests.test_rubric_sentence import URL
from tests.test_rubric_sentence import _page as sentence_page


def _page(paragraph: str) -> tuple[str, str]:
    """The Umbraco copy's page with its date above the headline, its info line without the
    rubric's link, and ``paragraph`` opening its text."""
    art = next(a for a in site.CATALOGUE.build()
               if a.dev == "numeric_date" and a.category and a.lang == "ru")
    status, _, body = site.route(art.path, "127.0.0.1:1")
    assert status == 200
    html = body.decode("utf-8") if isinstance(body, bytes) else body
    link = (f'<a class="news-rubric" href="/novosti?rubric={art.category}">{art.category}'
            "</a>")
    assert link in html
    html = html.replace(link, "").replace('<div class="umb-grid">',
                                          f'<div class="umb-grid"><p>{paragraph}</p>', 1)
    return html, "https://ic24.kz" + art.path


@pytest.mark.parametrize(("paragraph", "rubric"), [
    ("Рубрика: «Вопрос — ответ». Читатели спрашивают, мы отвечаем.", "«Вопрос — ответ»"),
    ("Айдар: «Сұрақ-жауап». Оқырмандар сұрайды, біз жауап береміз.", "«Сұрақ-жауап»"),
    ("Category: Q&A. Readers ask, we answer.", None),
    ("Рубрика: Вопрос — ответ. Читатели спрашивают, когда откроется новый парк.", None),
    ("Рубрика: Экономика", "Экономика"),
    ("Рубрика: Спорт. Футбол и хоккей", "Спорт. Футбол и хоккей"),
    ("Рубрика: Новости г. Алматы и области", "Новости г. Алматы и области"),
])
def test_a_sentence_after_the_label_is_no_rubric(paragraph: str, rubric: str | None) -> None:
    html, url = _page(paragraph)
    record = article_from_html(html, url)
    assert record is not None and record["category"] == rubric


@pytest.mark.parametrize("paragraph, rubric", [
    ("Рубрика: Спорт. Футбол и хоккей", "Спорт. Футбол и хоккей"),
    ("Рубрика: Новости г. Алматы и области", "Новости г. Алматы и области"),
])
def test_a_rubric_and_its_section_after_a_label_stay_the_rubric(paragraph: str,
                                                               rubric: str) -> None:
    """Read by the labelled rule (a page whose info line has a date and no rubric)."""
    record = article_from_html(sentence_page(paragraph, last=True), URL)
    assert record is not None and record["category"] == rubric
