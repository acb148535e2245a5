"""Dates, rubric, tags and views as portal and bare CMSs print them.

A machine date with no time beside the time the element shows; a date line after the text; a
two-digit year; the headline repeated over the text above the info line; a details box classed
``footer`` above the text and a ``…-related-tags`` box; Kazakh rubric labels; a details table's
label cells; a page that is one embedded post (its date and counter are the article's).
"""

from __future__ import annotations

from datetime import date

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-shymkente-otkryli-shkolu-u52001"
TITLE = "В Шымкенте открыли новую школу на тысячу мест"
PARAS = [
    "Шымкент. 2 сентября. Центр информации - В Шымкенте открыли новую школу на тысячу "
    "двести мест, сообщает пресс-служба городского акимата.",
    "В здании оборудованы кабинеты робототехники, химии и физики, а также спортивный зал "
    "и бассейн для учеников младших классов.",
    "До конца года в городе планируется открыть ещё две школы такого же размера.",
]
LISTING = date(2024, 9, 2)


def page(head: str, body: str, tail: str = "", repeat: bool = False) -> str:
    first = f"<p><strong>{TITLE}</strong></p>" if repeat else ""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='wrap'><h1>{TITLE}</h1>{head}<div class='text'>{first}{paras}</div>"
            f"{tail}{body}</div></body></html>")


def record(html: str) -> dict:
    rec = article_from_html(html, URL, listing_date=LISTING, today=date(2025, 1, 1))
    assert rec is not None
    return rec


@pytest.mark.parametrize("shown", ["02.09.2024 14:25", "2 сентября 2024, 14:25",
                                   "2024 жылғы 2 қыркүйек, 14:25"])
def test_day_only_machine_date_takes_the_time_its_element_shows(shown: str) -> None:
    head = (f'<div class="meta"><time itemprop="datePublished" datetime="2024-09-02">{shown}'
            "</time></div>")
    assert record(page(head, ""))["published_at"] == "2024-09-02T14:25:00+05:00"


def test_shown_time_of_another_day_is_not_taken() -> None:
    head = '<div class="meta"><time datetime="2024-09-02">01.09.2024 14:25</time></div>'
    assert record(page(head, ""))["published_at"] == "2024-09-02T00:00:00+05:00"


def test_headline_repeated_over_the_text_keeps_the_date_under_the_headline() -> None:
    head = '<div class="when">02.09.2024 18:40</div>'
    rec = record(page(head, "", repeat=True))
    assert rec["published_at"] == "2024-09-02T18:40:00+05:00"


@pytest.mark.parametrize("line", ["2 сентября 2024 года, 18:40", "02.09.2024 18:40",
                                  "Добавлено: 02.09.24 18:40"])
def test_date_line_right_after_the_text(line: str) -> None:
    tail = f'<div class="src">Источник: акимат</div><div class="grey">{line}</div>'
    rec = article_from_html(page("", "", tail), URL)  # no listing date: the page's own
    assert rec is not None and rec["published_at"] == "2024-09-02T18:40:00+05:00"


def test_a_cards_date_past_a_link_is_not_the_pages() -> None:
    tail = ('<div class="more"><div><a href="/news/drugaya-u51999">Другая новость о школах</a>'
            '</div><div>01.08.2024 10:00</div></div>')
    rec = record(page("", "", tail))
    assert rec["published_at"] == "2024-09-02T00:00:00+05:00"  # the dateline's, not the card's


def test_details_box_classed_footer_above_the_text_and_related_tags_box() -> None:
    head = ('<div class="footer"><p><span class="list-date">02.09.2024 09:10</span> '
            '<span class="list-category">Образование</span> '
            '<span class="list-views" title="Views">5120</span></p></div>')
    tail = ('<div class="article-related-tags">Теги: <a href="/t/1">школа</a>, '
            '<a href="/t/2">Шымкент</a></div>')
    rec = record(page(head, "", tail))
    assert rec["published_at"] == "2024-09-02T09:10:00+05:00"
    assert (rec["category"], rec["tags"], rec["views"]) == ("Образование", ["школа", "Шымкент"],
                                                            5120)


@pytest.mark.parametrize("label", ["Бөлім:", "Бөлімі:", "Тақырыбы:", "Раздел:", "Section:"])
def test_rubric_labels(label: str) -> None:
    head = f'<div>{label} <a href="/r/3">Білім</a></div>'
    assert record(page(head, ""))["category"] == "Білім"


def test_details_table_label_cells() -> None:
    head = ('<table class="details"><tr><td class="lbl">Рубрика:</td><td>Общество</td></tr>'
            '<tr><td class="lbl">Ключевые слова:</td><td>школа; Шымкент</td></tr>'
            '<tr><td class="lbl">Просмотров:</td><td>812</td></tr></table>')
    rec = record(page(head, ""))
    assert (rec["category"], rec["tags"], rec["views"]) == ("Общество", ["школа", "Шымкент"], 812)


def test_page_that_is_one_embedded_post_reads_its_date_and_counter() -> None:
    text = "<br/><br/>".join(PARAS)
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<h1>{TITLE}</h1><div class='vk_post'><div class='wall_post_text'>{text}<br/><br/>"
            "<a href='/feed?q=%23школа'>#школа</a> <a href='/feed?q=%23Шымкент'>#Шымкент</a>"
            "</div><div class='post_footer'><span class='post_views'>3.4K</span> <a href='/w1'>"
            "<time datetime='2024-09-02T04:15:00+00:00'>2 сен в 9:15</time></a></div></div>"
            "</body></html>")
    rec = record(html)
    assert rec["published_at"] == "2024-09-02T09:15:00+05:00"
    assert (rec["views"], rec["tags"]) == (3400, ["школа", "Шымкент"])
