"""What sits by a photo and is no text: a gallery's heading and slide counters, a short styled
caption line under a photo; and a photo's credit kept in its box's attribute or after a Kazakh
plural label."""

from __future__ import annotations

from kznews import article_from_html

URL = "https://h.kz/ru/news/v-pavlodare-otkryli-most-u61500"
H1 = "В Павлодаре открыли новый мост через Иртыш"
P1 = "В Павлодаре после реконструкции открыли мост через Иртыш, сообщает пресс-служба акимата."
P2 = "Ремонт моста продолжался два года и обошёлся бюджету в четыре миллиарда тенге."
P3 = "Движение по мосту открыто для всех видов транспорта с сегодняшнего дня."


def _record(content: str, lang: str = "ru", top: str = "") -> dict[str, object]:
    html = (f'<html lang="{lang}"><head><title>{H1}</title></head><body><div class="page">'
            f'<h1>{H1}</h1>{top}<div class="text">{content}</div></div></body></html>')
    rec = article_from_html(html, URL, listing_date="2024-05-01", today="2024-06-01")
    assert rec is not None
    return rec


def test_a_slideshows_heading_and_counters_are_not_text() -> None:
    slides = "".join(f'<li class="carousel-item"><img src="/f/b{k}.jpg" alt="">'
                     f'<span class="num">{k} из 5</span></li>' for k in range(1, 6))
    content = (f'<p>{P1}</p><p>{P2}</p><div class="owl-carousel"><h4>Фотогалерея</h4>'
               f'<ul>{slides}</ul></div><p>{P3}</p>')
    assert _record(content)["body"] == "\n\n".join([P1, P2, P3])


def test_short_lines_in_a_box_with_one_picture_and_no_gallery_class_stay_text() -> None:
    content = (f'<p>{P1}</p><div class="wide"><img src="/f/a.jpg" alt=""><h4>Итоги года</h4>'
               f'<p>{P2}</p></div><p>{P3}</p>')
    assert _record(content)["body"] == "\n\n".join([P1, "Итоги года", P2, P3])


def test_a_short_italic_or_centred_line_under_a_photo_is_its_caption() -> None:
    content = (f'<p>{P1}</p><p><img src="/f/a.jpg" alt=""></p><p><i>Новый мост через Иртыш</i></p>'
               f'<p>{P2}</p><div><img src="/f/b.jpg" alt=""></div>'
               f'<div align="center">Открытие движения</div><p>{P3}</p>')
    assert _record(content)["body"] == "\n\n".join([P1, P2, P3])


def test_an_italic_lead_or_quote_not_under_a_photo_stays_text() -> None:
    lead = "Мост ждали двадцать лет"
    content = (f'<p><em>{lead}</em></p><p>{P1}</p><p><img src="/f/a.jpg" alt=""></p>'
               f'<p><em>{P2}</em></p><p style="text-align:center"><em>{P3}</em></p>')
    assert _record(content)["body"] == "\n\n".join([lead, P1, P2, P3])


def test_a_picture_boxs_credit_attribute_is_the_photo_credit() -> None:
    top = ('<figure class="cover" data-photographer="Фото: Дамир Оспанов">'
           '<img src="/f/a.jpg"></figure>')
    assert _record(f"<p>{P1}</p><p>{P2}</p>", top=top)["photo_credit"] == "Дамир Оспанов"
    plain = '<div class="cover" data-credit="Kazinform"><img src="/f/a.jpg"></div>'
    assert _record(f"<p>{P1}</p><p>{P2}</p>", top=plain)["photo_credit"] == "Kazinform"


def test_an_author_cards_data_author_is_no_photo_credit() -> None:
    top = '<div class="byline" data-author="Редакция">Редакция</div>'
    assert _record(f"<p>{P1}</p><p>{P2}</p>", top=top)["photo_credit"] is None


def test_kazakh_plural_labels_open_a_credit() -> None:
    for label in ("Суреттер:", "Фотолар:", "Фотосуреттер:"):
        top = f'<img src="/f/a.jpg" alt=""><div class="credit">{label} Ержан Сейітов</div>'
        assert _record(f"<p>{P1}</p><p>{P2}</p>", top=top)["photo_credit"] == "Ержан Сейітов"


def test_an_article_boxs_data_author_is_no_photo_credit() -> None:
    html = (f'<html lang="ru"><head><title>{H1}</title></head><body><article data-author="Асель '
            f'Нурланова"><div><img src="/f/a.jpg" alt=""></div><h1>{H1}</h1><p>{P1}</p><p>{P2}</p>'
            '</article></body></html>')
    rec = article_from_html(html, URL, listing_date="2024-05-01", today="2024-06-01")
    assert rec is not None and rec["photo_credit"] is None
