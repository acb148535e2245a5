"""Metadata as blog engines and a field-marking CMS print it.

A blog keeps the minute in a microformat's ``title`` (hAtom ``published``) or in a "posted on"
line under the text, a CMS may name the publication's field by attribute only and leave the
year out, view counts come as an eye glyph beside a comments balloon, labels are the tags (a
``rel="tag"`` link in the breadcrumb is the rubric), an archive's crumb is no rubric, and a
byline over the text is not the lead that names the agency.
"""

from __future__ import annotations

from typing import Any

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-shymkente-postroyat-novuyu-shkolu-u50210"
TITLE = "В Шымкенте построят новую школу на тысячу мест"
PARAS = [
    "В Шымкенте начали строить школу на тысячу двести мест, сообщает КазТАГ со ссылкой на "
    "управление образования.",
    "Здание из трёх этажей получит спортивный зал, бассейн и лаборатории для уроков химии и "
    "физики.",
    "Строительство планируют завершить к началу следующего учебного года.",
]


def blog_page(*, above: str = "", lead: str = "", below: str = "", crumbs: str = "") -> str:
    text = lead + "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="top-menu"><a href="/">Главная</a> <a href="/novosti">Новости</a></div>
{crumbs}
<div class="blog-post h-entry"><h2 class="entry-title">{TITLE}</h2>
<div class="entry-meta">{above}</div>
<div class="entry-content">{text}</div>
<footer class="entry-footer">{below}</footer></div>
<div class="sidebar"><h3>Архив блога</h3><a href="/2023/">2023</a></div>
</body></html>"""


def record(page: str, **kw: Any) -> dict[str, Any]:
    found = article_from_html(page, URL, today="2026-12-31", **kw)
    assert found is not None
    return found


def test_hatom_published_title_gives_the_minute_and_updated_never() -> None:
    below = ('<span class="byline">Айгерим</span> '
             '<abbr class="updated" title="2023-06-01T10:00:00+06:00">1 июня</abbr> '
             '<span class="dt-published" title="2023-05-12T08:30:00+06:00">12 мая</span>')
    found = record(blog_page(below=below), listing_date="2023-05-12")
    assert found["published_at"] == "2023-05-12T08:30:00+06:00"
    assert found["published_date_precision"] == "minute"
    assert found["extraction"]["published_at"] == "attr:title"


@pytest.mark.parametrize("line", [
    "Статья опубликована 12 мая 2023 г. в 08:30",
    "This post was posted on May 12, 2023 at 08:30",
    "Жарияланған уақыты: 12 мамыр 2023, 08:30",
])
def test_posted_on_line_under_the_text_gives_the_minute(line: str) -> None:
    found = record(blog_page(below=f"<p class='post-date'>{line}</p>"), listing_date="2023-05-12")
    assert found["published_at"] == "2023-05-12T08:30:00+06:00", line


@pytest.mark.parametrize("attrs", ['data-field="date_published"', 'itemprop="datePublished"',
                                   'cms:field-name="publishDate"'])
def test_field_named_publish_time_without_a_year_takes_the_listing_year(attrs: str) -> None:
    above = f'<span {attrs}>12 мая, 08:30</span>'
    found = record(blog_page(above=above), listing_date="2023-05-13")
    assert found["published_at"] == "2023-05-12T08:30:00+06:00", attrs
    assert found["published_date_precision"] == "minute"


@pytest.mark.parametrize(("above", "views"), [
    ("<span>🗨 7 👁️ 1 204</span>", 1204),
    ("<span>12 мая, 08:30</span> <span>💬 3 👁 96</span>", 96),
    ("<span>12 мая, 08:30</span> <span>Просмотров: 512</span>", 512),
])
def test_eye_glyph_is_the_views_and_a_yearless_date_keeps_the_count(above: str,
                                                                    views: int) -> None:
    found = record(blog_page(above=above), listing_date="2023-05-12")
    assert found["views"] == views, above
    if "08:30" in above:
        assert found["published_at"] == "2023-05-12T08:30:00+06:00"


@pytest.mark.parametrize("label", ["Labels:", "Ярлыки:", "Белгілер:"])
@pytest.mark.parametrize("rel", [' rel="tag"', ""])
def test_labels_are_the_tags_and_a_breadcrumb_tag_link_is_not(label: str, rel: str) -> None:
    crumbs = ('<div class="crumbs"><a href="/">Главная</a> › '
              f'<a href="/search/label/Образование"{rel}>Образование</a></div>')
    labels = ", ".join(f'<a href="/search/label/{t}"{rel}>{t}</a>' for t in ("школа", "Шымкент"))
    found = record(blog_page(crumbs=crumbs, below=f'<span class="post-labels">{label} {labels}'
                             "</span>"), listing_date="2023-05-12")
    assert found["tags"] == ["школа", "Шымкент"], (label, rel)


@pytest.mark.parametrize("archive", ["Архив 2022", "Archive", "Мұрағат 2022", "2022"])
def test_an_archive_crumb_is_never_the_rubric(archive: str) -> None:
    crumbs = (f'<div><a href="/">Главная</a> / <a href="/novosti/">Новости</a> / '
              f'<a href="/novosti/archive/2022/">{archive}</a></div>')
    found = record(blog_page(crumbs=crumbs), listing_date="2022-05-12")
    assert found.get("category") is None, archive
    rubric = crumbs.replace("</div>", ' / <a href="/novosti/obrazovanie/">Образование</a></div>')
    assert record(blog_page(crumbs=rubric), listing_date="2022-05-12")["category"] == "Образование"


@pytest.mark.parametrize("byline", ["<p>Текст: Иван Петров</p>",
                                    "<p><b>Author:</b> Ivan Petrov</p>",
                                    "<p><em>Мәтін: Нұрлан Әбдіков</em></p>"])
def test_a_byline_over_the_text_is_not_the_lead(byline: str) -> None:
    found = record(blog_page(lead=byline), listing_date="2023-05-12")
    assert found["source"] == "КазТАГ", byline
