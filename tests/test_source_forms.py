"""The story's source in every printed form: a lead's "according to X", a line of its own
naming the material's origin, a copyright mark standing for the text, a quoted name, and the
lines of other fields (a source's, a byline) that are never an info line's tags."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/zavod-otkryli-u50002"
H1 = "В Караганде открыли новый завод"
P1 = "В Караганде открыли завод по выпуску строительных материалов мощностью сто тысяч тонн."
P2 = "На предприятии создано более двухсот рабочих мест для жителей области и районов."
P3 = "Продукция завода будет поставляться в регионы страны и в соседние государства."
E1 = "A plant producing building materials opened in Karaganda with a capacity of 100,000 tons."
E2 = "More than two hundred jobs have been created for residents of the region and nearby."
STAMP = '<div class="news-date">12.03.2024 10:15</div>'
LOWER = P1[0].lower() + P1[1:]


def _page(content: str, above: str = "", lang: str = "ru", stamp: str = STAMP,
          after: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>{H1}</title></head><body>'
            f'<div class="news-detail"><h1>{H1}</h1>{stamp}{above}'
            f'<div class="news-text">{content}</div>{after}</div>'
            '<div class="footer">© 2024 Все права защищены</div></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


@pytest.mark.parametrize(("lead", "source"), [
    (f"По данным пресс-службы акимата Караганды, {LOWER}", "пресс-служба акимата Караганды"),
    (f"По информации пресс-центра ДВД области, {LOWER}", "пресс-центр ДВД области"),
    (f"Как сообщили в пресс-службе Минздрава, {LOWER}", "пресс-служба Минздрава"),
    (f"По данным Vlast.kz, {LOWER}", "Vlast.kz"),
    (f"{P1[:-1]}, передает корреспондент агентства Vlast.kz.", "Vlast.kz"),
    (f"{E1[:-1]}, Orda.kz reports.", "Orda.kz"),
    (f"{E1[:-1]}, reports a correspondent of Trend.", "Trend"),
    (f"{E1[:-1]}, EU Reporter reports.", "EU Reporter"),  # a name, not a reporter
    (f"{P1[:-1]}, деп хабарлайды Kazinform тілшісі.", "Kazinform"),
])
def test_the_lead_names_the_source_and_stays_text(lead: str, source: str) -> None:
    rec = _record(_page(f"<p>{lead}</p><p>{P2}</p>"))
    assert rec["source"] == source
    assert rec["body"] == f"{lead}\n\n{P2}"


@pytest.mark.parametrize("lead", [
    f"По данным на 1 января, {LOWER}",  # a date's figures
    f"По данным статистики, {LOWER}",  # no name
    f"В марте, по данным Бюро национальной статистики, {LOWER}",  # inside a sentence: figures
])
def test_figures_cited_in_the_lead_are_no_source(lead: str) -> None:
    assert _record(_page(f"<p>{lead}</p><p>{P2}</p>"))["source"] is None


@pytest.mark.parametrize(("line", "source"), [
    ("<p><i>По информации КазТАГ</i></p>", "КазТАГ"),
    ("<p><em>По материалам агентства «Казинформ»</em></p>", "агентство «Казинформ»"),
    ("<p>Based on materials from Trend.</p>", "Trend"),
    ("<p>With materials from the press service of the akimat</p>",
     "press service of the akimat"),
    ("<p>По данным МВД, задержаны двое.</p>", None),  # a sentence: text
    ("<p>Kazinform материалдары бойынша</p>", "Kazinform"),
])
def test_a_materials_line_under_the_text_is_the_source_not_text(line: str,
                                                                 source: str | None) -> None:
    rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>{line}"))
    if source is None:
        assert rec["source"] is None and str(rec["body"]).endswith("задержаны двое.")
        return
    assert rec["source"] == source and rec["body"] == f"{P1}\n\n{P2}"


def test_a_materials_line_over_the_text_or_after_its_box_is_the_source() -> None:
    top_inside = _page(f"<p><i>По материалам КазТАГ</i></p><p>{P1}</p><p>{P2}</p>")
    top_outside = _page(f"<p>{P1}</p><p>{P2}</p>",
                        above='<div class="origin">По материалам КазТАГ</div>')
    after_box = _page(f"<p>{P1}</p><p>{P2}</p>", after='<div class="origin">По материалам '
                                                        "КазТАГ</div>")
    for html in (top_inside, top_outside, after_box):
        rec = _record(html)
        assert (rec["source"], rec["body"], rec["tags"]) == ("КазТАГ", f"{P1}\n\n{P2}", [])


def test_a_copyright_mark_after_the_text_names_its_source() -> None:
    inside = _record(_page(f"<p>{P1}</p><p>{P2}</p><p>© КазТАГ</p>"))
    after = _record(_page(f"<p>{P1}</p><p>{P2}</p>", after='<p class="copy">© КазТАГ</p>'))
    for rec in (inside, after):
        assert (rec["source"], rec["photo_credit"], rec["body"]) == ("КазТАГ", None,
                                                                     f"{P1}\n\n{P2}")


def test_a_copyright_mark_by_a_picture_is_its_credit_and_a_notice_none() -> None:
    figure = ('<figure><img src="/i/1.jpg" alt=""><figcaption>© Иван Петров</figcaption>'
              "</figure>")
    rec = _record(_page(f"<p>{P1}</p>{figure}<p>{P2}</p><p>{P3}</p>"))
    assert (rec["source"], rec["photo_credit"]) == (None, "Иван Петров")
    # a mark between paragraphs is no source: the text goes on after it
    rec = _record(_page(f"<p>{P1}</p><p>© КазТАГ</p><p>{P2}</p>"))
    assert rec["source"] is None
    # a site's notice after the text (a year, the rights) names nobody
    rec = _record(_page(f"<p>{P1}</p><p>{P2}</p><p>© 2024 КазТАГ. Все права защищены.</p>"))
    assert rec["source"] is None


@pytest.mark.parametrize(("printed", "name"), [
    ("Источник: «Хабар 24»", "Хабар 24"),
    ("Источник: “Vlast.kz”", "Vlast.kz"),
    ('Source: "Trend"', "Trend"),
    ("Источник: МИА «Казинформ»", "МИА «Казинформ»"),  # its own quotes: part of the name
])
def test_quotes_enclosing_a_whole_source_are_removed(printed: str, name: str) -> None:
    assert _record(_page(f"<p>{P1}</p><p>{P2}</p><p>{printed}</p>"))["source"] == name


@pytest.mark.parametrize(("name", "nominative"), [
    ("пресс-службы акимата Алматы", "пресс-служба акимата Алматы"),
    ("пресс-службе МВД", "пресс-служба МВД"),
    ("Министерства здравоохранения", "Министерство здравоохранения"),
    ("управления полиции", "управление полиции"),
    ("облыс әкімдігінің баспасөз қызметінің", "облыс әкімдігінің баспасөз қызметі"),
    ("Kazinform", "Kazinform"),
    ("«Мы» и «Они»", "«Мы» и «Они»"),
])
def test_source_name_declines_only_the_head_word(name: str, nominative: str) -> None:
    assert P.source_name(name) == nominative


@pytest.mark.parametrize(("line", "lang", "row"), [
    ('<div class="byline">Автор: Ерлан Сапаров</div>', "ru", "12.03.2024 10:15 Экономика"),
    ('<div class="byline">By Erlan Saparov</div>', "en", "12.03.2024 10:15 Economy"),
    ('<div class="origin">По информации КазТАГ</div>', "ru", "12.03.2024 10:15 Экономика"),
])
def test_a_byline_or_source_line_under_the_info_line_is_no_tag(line: str, lang: str,
                                                                row: str) -> None:
    body = f"<p>{E1}</p><p>{E2}</p>" if lang == "en" else f"<p>{P1}</p><p>{P2}</p>"
    rec = _record(_page(body, above=line, lang=lang, stamp=f'<div class="info">{row}</div>'))
    assert rec["tags"] == [] and rec["category"] == row.split()[-1]
    assert "Автор" not in str(rec["body"]) and "By " not in str(rec["body"])
