"""The outlet's info line on a platform's page: the platform's own rows around it.

A newsletter platform prints its byline date (``Feb 29, 2024``, ``19 апр. 2023 г.``, with
``∙ Paid`` on a paid post) above the info line an imported story kept as its first paragraph
(``29 Февраля 2024 5286 Қоғам``): the date row is no info line of its own, and the count and
rubric are read from the line after it. Russian's short months end in a dot before the year
(``20 апр. 2023 г.``): a date with its year. A lone word after the count that the page's tag
pills name is a tag, not the rubric.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "https://ic24.kz/news/almatyda-zhana-sayabak-ashyldy-u51506"
TITLE = "В Алматы открылся новый парк в Наурызбайском районе"
TEXT = ("<p>Алматы. 29 февраля. Центр информации - В Алматы открылся новый парк в "
        "Наурызбайском районе, сообщили в акимате города.</p><p>В парке построены детская "
        "площадка, велосипедные дорожки и спортивные площадки для жителей района.</p>")


def page(rows: str, info: str = "", pills: str = "", ld: bool = True) -> str:
    stamp = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":'
             '"NewsArticle","datePublished":"2024-02-29T03:15:00Z"}</script>') if ld else ""
    tags = "".join(f'<a class="post-tag" href="/t/{k}">{t}</a>'
                   for k, t in enumerate(pills.split(",")) if t)
    return (f'<html><head><meta charset="utf-8"><title>{TITLE}</title>{stamp}</head><body>'
            f'<article><div class="post-header"><h1 class="post-title">{TITLE}</h1>'
            f'<div class="byline-wrapper"><div>Центр информации</div>{rows}</div></div>'
            f'<div class="available-content"><div class="body markup">{info}{TEXT}</div></div>'
            f'<div class="post-tags">{tags}</div></article></body></html>')


def record(html: str) -> dict[str, object]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


@pytest.mark.parametrize("rows", [
    "<div>Feb 29, 2024</div><div>∙ Paid</div>",
    "<div>29 февр. 2024 г.</div>",
])
def test_the_platforms_date_row_above_the_info_line(rows: str) -> None:
    rec = record(page(rows, "<p>29 Февраля 2024 5286 Общество</p>"))
    assert (rec["views"], rec["category"]) == (5286, "Общество")


def test_a_date_row_alone_is_no_count() -> None:
    rec = record(page("<div>Feb 29, 2024</div><div>∙ Paid</div>"))
    assert (rec["views"], rec["category"]) == (None, None)


@pytest.mark.parametrize("text, year", [
    ("20 апр. 2023 г.", True), ("23 нояб. 2023", True), ("20 апр.", False),
    ("16 апр. в 10:00", False), ("2 марта, 13:50", False),
])
def test_a_short_month_with_its_dot_before_the_year(text: str, year: bool) -> None:
    assert (P.yearless_stamp(text) is None) == year


def test_a_short_russian_date_is_read_with_its_year() -> None:
    rec = record(page("<div>29 февр. 2024 г.</div>", ld=False))
    assert str(rec["published_at"]).startswith("2024-02-29")


@pytest.mark.parametrize("line, pills, rubric, tags", [
    ("29 Февраля 2024 5286 Алматы", "Алматы", None, ["Алматы"]),
    ("29 Февраля 2024 5286 Общество", "Алматы", "Общество", ["Алматы"]),
    ("29 Февраля 2024 5286 Алматы Алматы, аким", "Алматы,аким", "Алматы", ["Алматы", "аким"]),
])
def test_a_lone_word_the_tag_pills_name_is_a_tag(line: str, pills: str, rubric: str | None,
                                                tags: list[str]) -> None:
    rec = record(page("<div>Feb 29, 2024</div>", f"<p>{line}</p>", pills))
    assert (rec["category"], rec["tags"], rec["views"]) == (rubric, tags, 5286)
