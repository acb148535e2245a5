"""Ordinary pages the rules for photo captions, galleries, widgets, credits and mid-text source
lines must leave alone: a sub-heading under a photo, an article in a wrapper classed like a
slider, a post's ``data-author``, a rating's or a comment's form beside the text, an interview
guest's card between paragraphs, a sentence opening with ``Телеканал:``, a rights notice after
a source line."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://h.kz/ru/news/v-pavlodare-otkryli-most-u61500"
H1 = "В Павлодаре открыли новый мост через Иртыш"
P1 = "В Павлодаре после реконструкции открыли мост через Иртыш, сообщает пресс-служба акимата."
P2 = "Ремонт моста продолжался два года и обошёлся бюджету в четыре миллиарда тенге."
P3 = "Движение по мосту открыто для всех видов транспорта с сегодняшнего дня."
P4 = "Финансирование строительства велось из республиканского бюджета страны."
PHOTO = '<p style="text-align:center"><img src="/f/a.jpg" alt=""></p>'
SUB = "Что изменится для водителей"


def _record(content: str, *, top: str = "", after: str = "", wrap: str = "") -> dict[str, object]:
    text = f'<div class="text">{content}</div>'
    html = (f'<html lang="ru"><head><title>{H1}</title></head><body><div class="page">'
            f'<h1>{H1}</h1>{top}{wrap.format(text) if wrap else text}{after}</div></body></html>')
    rec = article_from_html(html, URL, listing_date="2024-05-01", today="2024-06-01")
    assert rec is not None
    return rec


def _paras(rec: dict[str, object]) -> list[str]:
    return str(rec["body"]).split("\n\n")


@pytest.mark.parametrize("sub", [
    f'<p style="text-align:center"><strong>{SUB}</strong></p>',
    f'<h3 style="text-align:center">{SUB}</h3>',
    f"<p><b>{SUB}</b></p>",
])
def test_a_sub_heading_right_under_a_photo_stays_text(sub: str) -> None:
    rec = _record(f"<p>{P1}</p>{PHOTO}{sub}<p>{P2}</p><p>{P3}</p>")
    assert _paras(rec) == [P1, SUB, P2, P3]


@pytest.mark.parametrize("wrap", [
    '<article class="post type-post format-gallery">{}</article>',
    '<div class="slider-wrap">{}</div>',
])
def test_an_article_in_a_wrapper_classed_like_a_gallery_keeps_its_sub_headings(wrap: str) -> None:
    content = (f"<p>{P1}</p><h2>Что изменится</h2><p>{P2}</p><p><img src=\"/f/a.jpg\"></p>"
               f"<h2>Сроки работ</h2><p>{P3}</p><p><img src=\"/f/b.jpg\"></p><p>{P4}</p>")
    assert _paras(_record(content, wrap=wrap)) == [P1, "Что изменится", P2, "Сроки работ", P3,
                                                     P4]


def test_a_gallerys_heading_is_still_no_text_beside_the_text() -> None:
    slides = "".join(f'<li><img src="/f/g{k}.jpg" alt=""><span>{k} / 4</span></li>'
                     for k in range(1, 5))
    content = (f'<p>{P1}</p><div class="gallery"><h4>Фоторепортаж</h4><ul>{slides}</ul></div>'
               f"<p>{P2}</p>")
    assert _paras(_record(content)) == [P1, P2]


@pytest.mark.parametrize("box", [
    '<div class="meta-line" data-author="Иван Петров"><img src="/i/u7.jpg">'
    "<span>Иван Петров</span></div>",
    '<div class="note" data-author="Айгерим Ким"><img src="/f/c.jpg"><span>Айгерим Ким, '
    "Павлодар</span></div>",
])
def test_a_boxs_data_author_is_its_texts_author_not_the_photos(box: str) -> None:
    assert _record(f"<p>{P1}</p><p>{P2}</p>", after=box)["photo_credit"] is None
    pic = '<img src="/f/a.jpg" data-author="Дамир Оспанов">'
    assert _record(f"<p>{P1}</p><p>{P2}</p>", top=pic)["photo_credit"] == "Дамир Оспанов"


def test_a_rating_form_after_a_closing_question_leaves_the_question() -> None:
    question = "А вы уже проехали по новому мосту?"
    form = ('<form class="rate" action="/rate"><label><input type="radio" name="r" value="1">1'
            '</label><label><input type="radio" name="r" value="2">2</label></form>')
    assert _paras(_record(f"<p>{P1}</p><p>{P2}</p><p>{question}</p>{form}")) == [
        P1, P2, question]


def test_a_comment_form_with_options_in_a_short_texts_box_keeps_the_text() -> None:
    form = ('<form action="/comments/add"><textarea name="c"></textarea><input type="radio" '
            'name="notify" value="1"> Уведомлять об ответах<button>Отправить</button></form>')
    assert _paras(_record(f"<p>{P1}</p><p>{P2}</p>{form}")) == [P1, P2]


def test_an_interview_guests_card_between_paragraphs_stays_the_articles() -> None:
    card = ('<div><img src="/upload/2024/05/guest.jpg" alt=""><p>Гульнара Ахметова</p>'
            "<p>главный редактор журнала «Мосты»</p></div>")
    rec = _record(f"<p>{P1}</p><p>{P2}</p>{card}<p>{P3}</p><p>{P4}</p>")
    assert _paras(rec) == [P1, P2, "Гульнара Ахметова", "главный редактор журнала «Мосты»",
                           P3, P4]
    assert rec["image_urls"] == ["https://h.kz/upload/2024/05/guest.jpg"]


def test_a_sentence_opening_with_a_channels_name_is_no_source() -> None:
    said = "Телеканал: Хабар покажет открытие моста в прямом эфире."
    rec = _record(f"<p>{P2}</p><p>{said}</p><p>{P3}</p>")
    assert _paras(rec) == [P2, said, P3]
    assert rec["source"] is None


def test_a_rights_notice_after_a_mid_text_source_line_is_no_text() -> None:
    notice = "Все права защищены. Перепечатка материалов возможна только со ссылкой на сайт."
    rec = _record(f"<p>{P1}</p><p>{P2}</p><p>Источник: Kazinform</p><p>{notice}</p>")
    assert _paras(rec) == [P1, P2]
    assert rec["source"] == "Kazinform"


def test_an_edit_word_inside_a_sentence_stays_text() -> None:
    said = "Материал дополнен комментарием министра транспорта."
    assert _paras(_record(f"<p>{P1}</p><p>{said}</p><p>{P2}</p>")) == [P1, said, P2]


def test_photos_told_apart_by_an_id_query_stay_two() -> None:
    content = (f"<p>{P1}</p><p><img src=\"/img.php?id=5&amp;w=800\"></p><p>{P2}</p>"
               f"<p><img src=\"/img.php?id=6&amp;w=800\"></p><p>{P3}</p>")
    assert _record(content)["image_urls"] == ["https://h.kz/img.php?id=5&w=800",
                                              "https://h.kz/img.php?id=6&w=800"]
