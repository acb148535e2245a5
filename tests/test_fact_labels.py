"""Facts printed as label and value elements (``<dl><dt>Views</dt><dd>7528</dd>``, a ``<th>``/
``<td>`` table, a label word before its count): the label is never the rubric, its value is
the field's."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-almaty-otkryli-park-u50001"
H = "В Алматы открыли новый парк"
P1 = "В Алматы открыли новый парк площадью 12 гектаров на берегу реки."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
TEXT = f'<div class="content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
CRUMBS = '<nav class="crumbs"><a href="/">Главная</a> / <a href="/topic/econ">Экономика</a></nav>'

# (date label, date, views label): ru, en, kk, and label words a CMS may print otherwise
FACTS = (("Опубликовано", "6 октября 2023", "Просмотров"),
         ("Published", "6 October 2023", "Views"),
         ("Жарияланды", "2023 жылғы 6 қазан", "Қаралым"),
         ("Дата публикации", "06.10.2023", "Количество просмотров"),
         ("Posted", "October 6, 2023", "Hits"))


def _record(facts: str, crumbs: str = "") -> dict[str, object]:
    page = (f"<html><body><header><a href=\"/\">Портал</a></header><main>{crumbs}<h1>{H}</h1>"
            f"{facts}{TEXT}</main></body></html>")
    rec = article_from_html(page, URL, today="2024-06-01")
    assert rec is not None
    return rec


def _dl(date_label: str, shown: str, views_label: str, views: str = "7528") -> str:
    return (f'<dl class="facts"><dt>{date_label}</dt><dd>{shown}</dd><dt>{views_label}</dt>'
            f"<dd>{views}</dd></dl>")


@pytest.mark.parametrize(("date_label", "shown", "views_label"), FACTS)
def test_a_views_label_in_a_definition_list_is_no_rubric(date_label: str, shown: str,
                                                        views_label: str) -> None:
    for crumbs, rubric in ((CRUMBS, "Экономика"), ("", None)):
        rec = _record(_dl(date_label, shown, views_label), crumbs)
        assert rec["category"] == rubric, (views_label, crumbs)
        assert rec["views"] == 7528 and str(rec["published_at"]).startswith("2023-10-06")


def test_a_label_with_a_colon_and_a_table_of_facts() -> None:
    rec = _record(_dl("Дата:", "6 октября 2023", "Просмотры:", "1 204"), CRUMBS)
    assert rec["category"] == "Экономика" and rec["views"] == 1204
    table = ('<table class="meta"><tr><th>Date</th><td>6 October 2023</td></tr>'
             "<tr><th>Views</th><td>315</td></tr></table>")
    rec = _record(table)
    assert rec["category"] is None and rec["views"] == 315


def test_an_author_label_is_no_rubric_and_a_rubric_label_names_the_rubric() -> None:
    facts = ('<dl><dt>Опубликовано</dt><dd>6 октября 2023</dd><dt>Автор</dt><dd>Айгерим Сапарова'
             "</dd></dl>")
    assert _record(facts)["category"] is None
    facts = ('<dl><dt>Опубликовано</dt><dd>6 октября 2023</dd><dt>Рубрика</dt><dd>Культура</dd>'
             "<dt>Просмотров</dt><dd>88</dd></dl>")
    rec = _record(facts)
    assert rec["category"] == "Культура" and rec["views"] == 88


def test_a_views_word_before_its_count_on_the_date_s_line_is_no_rubric() -> None:
    for label in ("Просмотров", "Views", "Қаралым", "Hits"):
        line = f'<div class="meta">6 октября 2023 <span>{label}</span> <b>7528</b></div>'
        rec = _record(line)
        assert rec["category"] is None and rec["views"] == 7528, label
        assert _record(line, CRUMBS)["category"] == "Экономика", label
