"""A labelled date printed right after the info line (NetCat's created field, a CMS's
``Дата публикации: …`` or ``Published: …`` line) is read with the line but is never one of its
tags; tags printed after the count stay tags."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/glava-gosudarstva-pozdravil-gertsoga-u43128"
H1 = "Глава государства поздравил Великого Герцога Люксембурга"
P1 = ("Алматы. 12 сентября. Центр информации - Глава государства поздравил Великого Герцога "
      "Люксембурга, передает Kazinform.")
P2 = "Подробности можно узнать на официальном сайте ведомства и по телефону горячей линии."


def _page(after_info: str, tags: str = "") -> str:
    return (f'<html lang="ru"><head><title>{H1}</title></head><body><div class="full">'
            f'<h1 class="title">{H1}</h1><div class="info"><span class="date">12 Сентября '
            f'2020</span> <span class="views">5262</span> <span class="rubric"><a '
            f'href="/novosti/obshchestvo/">Общество</a></span>{tags}</div>{after_info}'
            f'<div class="text"><p>{P1}</p><p>{P2}</p></div></div></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


LABELLED = [
    '<div class="tpl-field-created"><span class="tpl-label">Опубликовано:</span> '
    "12.09.2020 05:45</div>",
    "<p><b>Дата публикации:</b> 12 сентября 2020, 05:45</p>",
    '<div class="created">Создано: 12.09.2020 05:45</div>',
    "<div><em>Published:</em> September 12, 2020 05:45</div>",
    "<div>Жарияланған уақыты: 12.09.2020 05:45</div>",
]


@pytest.mark.parametrize("line", LABELLED, ids=[f"line{i}" for i in range(len(LABELLED))])
def test_labelled_date_after_info_line_is_no_tag(line: str) -> None:
    rec = _record(_page(line))
    assert rec["tags"] == []
    assert rec["category"] == "Общество"
    assert str(rec["published_at"]).startswith("2020-09-12T05:45")


def test_tags_stay_beside_a_labelled_date() -> None:
    """Guard: the info line's own tags are kept, the labelled date after them dropped."""
    tags = (' <span class="tags"><a href="/search/Люксембург/">Люксембург</a>, '
            '<a href="/search/визит/">визит</a></span>')
    rec = _record(_page(LABELLED[0], tags))
    assert rec["tags"] == ["Люксембург", "визит"]


def test_tag_with_a_colon_stays() -> None:
    """Guard: a tag holding a colon that is no labelled date is still a tag."""
    tags = (' <span class="tags"><a href="/search/x/">ЭКСПО: итоги</a>, '
            '<a href="/search/y/">визит</a></span>')
    rec = _record(_page("", tags))
    assert rec["tags"] == ["ЭКСПО: итоги", "визит"]
