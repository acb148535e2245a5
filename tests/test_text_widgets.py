"""Widgets printed inside a text with no class that names them, known by what they hold.

A poll (a question beside a form of options), a quiz's or poll's card (a title over the one
link that starts it on the page itself), an embedded post (its embed script's attributes) and
an author's bio box (a portrait, a name line, a position line) are no text, and the bio's
portrait is no photo of the article; a quotation, a photo with a caption naming a person and
a paragraph linking a quiz elsewhere stay the article's.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-karagande-zapustili-novye-avtobusy-u51877"
TITLE = "В Караганде запустили новые автобусы"
DATELINE = "Караганда. 3 марта. Центр информации - "
PARAS = [
    "В Караганде на городские маршруты вышли сорок новых автобусов, сообщили в акимате.",
    "Машины работают на газе и оснащены пандусами для пассажиров с колясками.",
    "Стоимость проезда не изменится, оплатить его можно картой или по QR-коду.",
    "До конца года перевозчики получат ещё шестьдесят автобусов того же типа.",
]
PHOTO = "/upload/iblock/2024/03/bus-51877.jpg"


def page(inner: str) -> str:
    return f"""<html lang="ru"><head><meta charset="utf-8"><title>{TITLE}</title>
<link rel="canonical" href="{URL}"></head><body>
<div class="top"><a href="/">Главная</a></div>
<div class="layout"><h1>{TITLE}</h1><div class="info">03.03.2024 11:20</div>
<div class="entry"><img src="{PHOTO}" alt="">{inner}</div></div>
<footer>Все права защищены.</footer></body></html>"""


def p(k: int) -> str:
    return f"<p>{DATELINE if k == 0 else ''}{PARAS[k]}</p>"


def record(inner: str) -> dict[str, object]:
    found = article_from_html(page(inner), URL)
    assert found is not None
    return found


def body_of(inner: str) -> list[str]:
    return str(record(inner)["body"]).split("\n\n")


# ------------------------------------------------------------------ quiz and poll cards
@pytest.mark.parametrize("card", [
    '<section><h4>Викторина: что вы знаете о транспорте?</h4>'
    '<a href="/news/v-karagande-zapustili-novye-avtobusy-u51877?test=1">Пройти тест</a></section>',
    '<div><span>Quiz: ten questions about buses</span> '
    '<a href="?quiz=begin">Take the quiz</a></div>',
    '<div><p>Тест: қалалық көлікті білесіз бе?</p>'
    f'<p><a href="{URL}#quiz">Тестті бастау</a></p></div>',
])
def test_a_card_calling_to_start_a_quiz_here_is_passed_over(card: str) -> None:
    assert body_of(p(0) + p(1) + card + p(2) + p(3)) == PARAS


def test_a_paragraph_linking_a_quiz_elsewhere_stays_text() -> None:
    linked = ("Горожане могут проверить знание правил на сайте перевозчика, "
              '<a href="https://example.kz/quiz">пройти тест</a> займёт пять минут.')
    assert body_of(p(0) + p(1) + f"<div><p>{linked}</p></div>" + p(2) + p(3)) == [
        *PARAS[:2], "Горожане могут проверить знание правил на сайте перевозчика, пройти тест "
        "займёт пять минут.", *PARAS[2:]]


# ------------------------------------------------------------------ polls
@pytest.mark.parametrize("poll", [
    '<div><h5>Вы пользуетесь общественным транспортом?</h5><form action="/ajax/survey.php">'
    '<select name="a"><option>Да</option><option>Нет</option></select>'
    '<input type="submit" value="Ответить"></form></div>',
    '<div><div>Would you take the new buses?</div><form method="post">'
    '<label><input type="radio" name="q" value="1">Yes</label>'
    '<label><input type="radio" name="q" value="2">No</label></form></div>',
])
def test_a_question_beside_a_polls_form_is_not_text(poll: str) -> None:
    assert body_of(p(0) + p(1) + poll + p(2) + p(3)) == PARAS


def test_a_polls_question_among_the_texts_paragraphs_is_not_text() -> None:
    poll = ("<p>Нужны ли городу новые маршруты?</p><form action=\"/vote/17\">"
            '<input type="radio" name="v" value="1"> Да <input type="radio" name="v" '
            'value="0"> Нет</form>')
    assert body_of(p(0) + p(1) + poll + p(2) + p(3)) == PARAS


def test_a_search_form_leaves_the_question_before_it_as_text() -> None:
    asked = "Почему перевозчики так долго ждали новые машины?"
    inner = p(0) + p(1) + f"<div><p>{asked}</p><form action=\"/search\"><input name=q></form>" \
        "</div>" + p(2) + p(3)
    assert asked in body_of(inner)


# ------------------------------------------------------------------ embedded posts
@pytest.mark.parametrize("post", [
    '<blockquote data-instgrm-permalink="https://www.instagram.com/p/Cx1/">'
    "<p>Новые автобусы уже на линии! Встречайте.</p><a href=\"https://www.instagram.com/p/Cx1/\">"
    "Посмотреть эту публикацию</a></blockquote>",
    '<div data-telegram-post="karaganda_akimat/812" data-width="100%">'
    "<p>Сегодня на маршруты вышли сорок новых автобусов.</p></div>",
    '<blockquote data-tweet-id="1765000000000000000"><p lang="ru">Новые автобусы — это '
    "здорово.</p>— Akimat (@akimat) <a href=\"https://twitter.com/akimat/status/1\">March 3</a>"
    "</blockquote>",
    '<div class="vk_post" id="vk_post_-1_2"><p>Запуск новых автобусов в Караганде.</p></div>',
])
def test_an_embedded_post_is_not_text(post: str) -> None:
    assert body_of(p(0) + p(1) + post + p(2) + p(3)) == PARAS


def test_a_plain_quotation_stays_text() -> None:
    said = "«Мы обновим весь парк за три года», — сказал аким города."
    assert body_of(p(0) + p(1) + f"<blockquote><p>{said}</p></blockquote>" + p(2) + p(3)) == [
        *PARAS[:2], said, *PARAS[2:]]


# ------------------------------------------------------------------ an author's bio
@pytest.mark.parametrize("bio", [
    '<div><img src="/upload/staff/p7.jpg" alt=""><div><strong>Данияр Ахметов</strong></div>'
    "<div>Журналист. Пишет о транспорте и городском хозяйстве.</div></div>",
    '<section><a href="/team/7"><img src="/i/p7.png"></a><h6>Dana Abenova</h6>'
    "<p>Senior correspondent covering transport since 2018.</p></section>",
    '<div><img src="/media/people/7.jpg"><p>Нұрлан Серіков</p><p>Тілші, экономика және '
    "көлік тақырыбында жазады.</p></div>",
])
def test_an_authors_bio_box_is_neither_text_nor_photo(bio: str) -> None:
    found = record(p(0) + p(1) + p(2) + p(3) + bio)
    assert str(found["body"]).split("\n\n") == PARAS
    assert found["image_urls"] == [f"https://ic24.kz{PHOTO}"]


@pytest.mark.parametrize("src", ["/files/authors/k1.jpg", "/upload/avatars/9.png",
                                 "/media/profile/77.jpg"])
def test_a_portrait_by_its_folder_is_no_photo(src: str) -> None:
    found = record(p(0) + p(1) + f'<p><img src="{src}" alt=""></p>' + p(2) + p(3))
    assert found["image_urls"] == [f"https://ic24.kz{PHOTO}"]


def test_a_photo_captioned_with_a_persons_name_stays_text_and_photo() -> None:
    shot = "/upload/iblock/2024/03/akim-51877.jpg"
    caption = "Ержан Бекенов, аким Караганды"
    figure = f'<figure><img src="{shot}" alt=""><figcaption>{caption}</figcaption></figure>'
    found = record(p(0) + p(1) + figure + p(2) + p(3))
    assert str(found["body"]).split("\n\n") == PARAS
    assert found["image_urls"] == [f"https://ic24.kz{PHOTO}", f"https://ic24.kz{shot}"]


def test_a_boxed_photo_of_a_person_and_a_paragraph_stays() -> None:
    shot = "/upload/iblock/2024/03/driver-51877.jpg"
    said = ("Водитель Асхат Нурланов работает на маршруте двенадцать лет и говорит, "
            "что новые машины намного удобнее старых.")
    box = f'<div><img src="{shot}" alt=""><p>Асхат Нурланов</p><p>{said}</p></div>'
    found = record(p(0) + p(1) + box + p(2) + p(3))
    assert said in str(found["body"])
    assert f"https://ic24.kz{shot}" in found["image_urls"]  # type: ignore[operator]


# ------------------------------------------------------------------ footnotes
def test_a_footnote_citing_figures_is_text_and_no_source() -> None:
    note = "По данным Комитета по статистике на 1 марта."
    inner = (p(0) + p(1) + p(2) + f'<p>{PARAS[3][:-1]}<sup><a href="#fn-1" id="fnref-1">1</a>'
             "</sup>.</p><p><b>Читайте также:</b> <a href=\"/news/x-u51870\">Тарифы на проезд "
             "пересмотрят</a></p>"
             f'<ol class="notes"><li id="fn-1">{note} <a href="#fnref-1">↩</a></li></ol>')
    found = record(inner)
    assert str(found["body"]).split("\n\n") == [*PARAS, note.rstrip(".") + "."]
    assert found["source"] is None
