"""The rubric and the view count a CMS prints under the story (K2's stock item: ``Прочитано
1315 раз``, ``Опубликовано в <a>Общество</a>``; WordPress's ``Posted in <a>Sport</a>``), and a
heading over a block of labelled fields after the text (K2's extra fields), which is no
paragraph of the story."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/novosti/obshchestvo/u51004"
TITLE = "У казахстанцев в Японии появилась собственная ассоциация"
PARAS = ["Алматы. 16 апреля. Центр информации - У казахстанцев в Японии появилась собственная "
         "ассоциация, сообщает МИД РК.",
         "По данным посольства, в настоящее время в Японии проживает 191 гражданин Казахстана.",
         "Жители давно ждали решения этого вопроса, отмечают в посольстве."]
BODY = "\n\n".join([PARAS[0].split(" - ", 1)[1], *PARAS[1:]])


def page(after: str, text_after: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top"><a href="/">Главная</a></div>
<div id="k2Container" class="itemView"><div class="itemHeader">
<span class="itemDateCreated">Пятница, 16 Апреля 2021 11:20</span>
<h2 class="itemTitle">{TITLE}</h2></div>
<div class="itemBody"><div class="itemFullText">{text}</div>{text_after}</div>
{after}</div>
<footer><p>© 2010-2026 Центр информации. Все права защищены.</p></footer></body></html>"""


def k2_footer(hits: str, label: str, name: str = "Общество",
              href: str = "/novosti/obshchestvo") -> str:
    return (f'<div class="itemContentFooter"><span class="itemHits">{hits}</span></div>'
            f'<div class="itemLinks"><div class="itemCategory"><span class="itemCategory">{label} '
            f'<a href="{href}">{name}</a></span></div></div>')


def record(html: str) -> dict[str, object]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


@pytest.mark.parametrize(("hits", "label", "views"), [
    ("Прочитано 1315 раз", "Опубликовано в", 1315), ("Read 5789 times", "Published in", 5789),
    ("Оқылды 683 рет", "Жарияланды", 683), ("Просмотрено 12 раз", "Posted in", 12)])
def test_k2_stock_footer(hits: str, label: str, views: int) -> None:
    rec = record(page(k2_footer(hits, label)))
    assert rec["views"] == views
    assert rec["category"] == "Общество"
    assert rec["body"] == BODY


@pytest.mark.parametrize("label", ["Filed in", "Рубрика", "Раздел:", "Категория"])
def test_rubric_phrase_and_one_link(label: str) -> None:
    after = f'<div class="post-meta">{label} <a href="/sport">Спорт</a></div>'
    assert record(page(after))["category"] == "Спорт"


@pytest.mark.parametrize("hits", ["Просмотров: 1315", "1315 просмотров", "1 315 рет оқылды"])
def test_other_counter_forms_still_read(hits: str) -> None:
    assert record(page(k2_footer(hits, "Опубликовано в")))["views"] == 1315


def test_extra_fields_heading_is_no_text() -> None:
    extra = ('<div class="itemExtraFields"><h3>Дополнительная информация</h3><ul>'
             '<li class="odd typeTextfield group1"><span class="itemExtraFieldsLabel">Источник:'
             '</span><span class="itemExtraFieldsValue">пресс-служба акимата Алматы</span></li>'
             '<li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">Город:'
             '</span><span class="itemExtraFieldsValue">Алматы</span></li>'
             '</ul><div class="clr"></div></div>')
    rec = record(page("", extra))
    assert rec["body"] == BODY
    assert rec["source"] == "пресс-служба акимата Алматы"


def test_details_box_of_label_elements_is_no_text() -> None:
    extra = ('<div class="details"><h4>Подробности</h4><div>Автор:</div><div>Иван Петров</div>'
             '<div>Город: Алматы</div></div>')
    assert record(page("", extra))["body"] == BODY


# --------------------------------------------------------------------------- guards


def test_published_in_a_newspaper_is_no_rubric() -> None:
    after = ('<div class="note">Published in <a href="https://www.theguardian.com/world">'
             'The Guardian</a></div>')
    assert record(page(after))["category"] is None


def test_published_in_with_two_links_or_an_article_link_is_no_rubric() -> None:
    two = '<div>Опубликовано в <a href="/a">Общество</a> и <a href="/b">Политика</a></div>'
    story = '<div>Опубликовано в <a href="/novosti/u45000">Общество</a></div>'
    assert record(page(two))["category"] is None
    assert record(page(story))["category"] is None


def test_a_sentence_with_times_is_no_count() -> None:
    assert record(page("<p>Он прочитал эту книгу 3 раза за лето.</p>"))["views"] is None


def test_heading_over_a_section_of_text_is_kept() -> None:
    section = ("<h3>Что дальше</h3><p>Ассоциация проведет первое собрание летом.</p>"
               "<p>Адрес: Токио, район Минато.</p>")
    rec = record(page("", f'<div class="itemFullText">{section}</div>'))
    assert "Что дальше" in str(rec["body"])


def test_interview_under_a_heading_is_kept() -> None:
    qa = ('<div class="qa"><h3>Интервью</h3><p>Вопрос: Как вы оцениваете работу ассоциации?</p>'
          '<p>Ответ: Мы довольны первыми результатами.</p></div>')
    rec = record(page("", qa))
    assert "Ответ: Мы довольны первыми результатами." in str(rec["body"])


def test_labelled_list_under_a_heading_in_the_text_box_is_kept() -> None:
    listed = ("<h3>Qualified teams</h3><ul><li>England (Group A): 10th appearance</li>"
              "<li>Spain (Group F): 11th appearance</li></ul>")
    rec = record(page("", "").replace("</p></div>", f"</p>{listed}</div>", 1))
    assert "Spain (Group F): 11th appearance" in str(rec["body"])
