"""A word of the info line printed in an element classed as tags is a tag, not the rubric
(kznews.sites.centerinform.anchors.tag_link_named): on a page without a rubric,
``29 Февраля 2024 5642 <span class="tags">Астана</span>`` gave the category ``Астана`` and
no tags."""

from __future__ import annotations

from kznews import article_from_html

URL = "https://ic24.kz/news/zasedanie-soveta-u51506"
TEXT = "".join(f"<p>Абзац {i}: заседание совета прошло в столице, участники обсудили планы.</p>"
               for i in range(3))


def page(info: str) -> str:
    return ('<html lang="ru"><head><title>Заседание совета</title></head><body>'
            '<div class="article-page"><h1 class="article-title">Заседание совета</h1>'
            f'<div class="article-info">{info}</div><div class="article-text">'
            '<p>Астана. 29 февраля. Центр информации - Заседание прошло в столице.</p>'
            f'{TEXT}</div></div></body></html>')


DATE = '<span class="date">29 Февраля 2024</span> <span class="eye">5642</span> '


def fields(html: str) -> tuple[str | None, list[str]]:
    found = article_from_html(html, URL)
    assert found is not None
    return found["category"], found["tags"]


def test_a_lone_word_classed_as_tags_is_a_tag() -> None:
    assert fields(page(DATE + '<span class="tags">Астана</span>')) == (None, ["Астана"])
    assert fields(page(DATE + '<span class="article-tags">Астана</span>')) == (None, ["Астана"])


def test_the_rubric_beside_a_tags_box_stays_the_rubric() -> None:
    info = (DATE + '<a class="rubric" href="/novosti/socium">Социум</a> '
            '<span class="tags">Астана</span>')
    assert fields(page(info)) == ("Социум", ["Астана"])


def test_an_unclassed_info_line_reads_as_before() -> None:
    assert fields(page("29 Февраля 2024 5642 Социум Астана, аким")) == ("Социум",
                                                                         ["Астана", "аким"])
