"""Short real articles and pages the newest extraction rules misread: a story about a
removal is no removal notice, a call to log in for the comments (or to subscribe to a
channel) walls no text, an infographic's caption closing with its credit is its story, a
Latin-1 page with euro signs stays Latin-1, and a picture's attribute repeating the headline
in other quotes or with the site's name names no photographer."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.sites.centerinform import extract_article

URL = "https://ic24.kz/news/slug-u45694"
DAY = "2021-04-16"
SIDEBAR = ('<aside class="latest"><h3>Последние новости</h3>' + "".join(
    f'<div class="news_text"><a href="/news/story-{n}-u{50000 + n}">Новость номер {n} о '
    f"событиях в Алматы</a><p>{10 + n} Апреля 2021</p></div>" for n in range(10)) + "</aside>")


def _page(h1: str, text: str) -> str:
    """A Bitrix-like page without the outlet's dateline: headline, date, text, a sidebar of
    dated headlines."""
    return (f'<html lang="ru"><head><title>{h1}</title></head><body>'
            f'<div class="news-detail"><h1>{h1}</h1><div class="news-date">16 Апреля 2021</div>'
            f'<div class="news-detail__text">{text}</div></div>{SIDEBAR}</body></html>')


@pytest.mark.parametrize(("h1", "paragraph"), [
    ("Препарат исключён из реестра",
     "Материал удалён из реестра лекарственных средств по решению Минздрава."),
    ("Акимат удалил пост о ценах",
     "Публикация удалена из Telegram-канала акимата через час после критики горожан."),
    ("Страница Минздрава в Instagram",
     "Страница удалена администрацией соцсети после атаки хакеров."),
    ("Ministry deletes its post", "Post deleted by the ministry an hour after it went up."),
    ("Новость министерства исчезла", "Новость удалена с сайта министерства через час."),
])
def test_a_one_paragraph_story_about_a_removal_is_an_article(h1: str, paragraph: str) -> None:
    record = article_from_html(_page(h1, f"<p>{paragraph}</p>"), URL, listing_date=DAY)
    assert record is not None and record["body"] == paragraph


@pytest.mark.parametrize("notice", [
    "Материал удалён.", "Материал удалён по требованию правообладателя.",
    "Материал удален с сайта по решению редакции.", "Страница удалена или перемещена.",
    "Статья удалена автором.", "This article has been removed at the request of the author.",
    "The page was removed from this site.", "Мақала жойылды.",
])
def test_a_removal_notice_as_the_only_paragraph_is_still_no_article(notice: str) -> None:
    html = _page("Оптовые цены на газ сохранят", f"<p>{notice}</p>")
    assert article_from_html(html, URL, listing_date=DAY) is None
    refusal = extract_article(html, URL).refusal
    assert refusal is not None and refusal.reason == "error_page"


TEXT = ("<p>Глава государства подписал указ о помиловании 12 осуждённых.</p>"
        "<p>Указ вступает в силу со дня подписания.</p>")


@pytest.mark.parametrize("call", [
    '<div class="comments"><h3>Комментарии</h3><p>Авторизуйтесь, чтобы увидеть '
    "комментарии</p></div>",
    '<div id="comments"><p>Log in to view comments</p></div>',
    '<section class="comments-area"><p>Please sign in to see the comments and join the '
    "discussion.</p></section>",
    '<div class="comm"><p>Комментарии доступны только зарегистрированным пользователям</p>'
    "</div>",
    "<p>Подпишитесь, чтобы читать новости первыми в нашем Telegram-канале.</p>",
])
def test_a_call_to_log_in_for_the_comments_walls_no_short_article(call: str) -> None:
    record = article_from_html(_page("Токаев подписал указ о помиловании", TEXT + call), URL,
                               listing_date=DAY)
    assert record is not None
    assert record["body"].startswith("Глава государства подписал указ")


def test_a_wall_over_the_text_is_still_one() -> None:
    wall = ('<div class="gate"><p>Войдите, чтобы читать этот материал полностью.</p>'
            '<form action="/auth"><input name="email"></form></div>')
    html = _page("Интервью с министром энергетики", "<p>Министр рассказал о ценах.</p>" + wall)
    assert article_from_html(html, URL, listing_date=DAY) is None


DATELINE = "Алматы. 1 октября. Центр информации - "
SENTENCE = "Больше всего зерна в этом году собрали в Костанайской области."


@pytest.mark.parametrize(("credit", "name"), [
    (" Инфографика: Центр информации", "Центр информации"),
    (" Фото: Иван Петров", "Иван Петров"),
    (" (Photo: Kazinform)", "Kazinform"),
])
def test_an_infographics_caption_closing_with_its_credit_is_its_story(credit: str,
                                                                      name: str) -> None:
    caption = f"{DATELINE}{SENTENCE}{credit}"
    html = _page("Урожай зерна по регионам", f'<figure class="infographic"><img src="/i/g.png">'
                 f"<figcaption>{caption}</figcaption></figure>")
    record = article_from_html(html, URL, listing_date=DAY)
    assert record is not None
    assert record["body"] == SENTENCE and record["photo_credit"] == name


def _read(body: bytes, label: str) -> str:
    """The page as the crawl reads it: Scrapy's response with the label in its
    Content-Type, through the charset repair."""
    from types import SimpleNamespace
    from typing import Any

    from scrapy import Request
    from scrapy.http import HtmlResponse

    from kznews.middlewares import CharsetMiddleware

    response = HtmlResponse("https://ic24.kz/news/x-u1", body=body,
                            headers={"Content-Type": f"text/html; charset={label}"})
    crawler: Any = SimpleNamespace(stats=None)
    fixed = CharsetMiddleware(crawler).process_response(Request(response.url), response)
    assert isinstance(fixed, HtmlResponse)
    return fixed.text


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252"])
@pytest.mark.parametrize("text", [
    "<p>The ticket costs €25. Parking is €5 and a coffee €3.</p>",
    "<p>The menu is à la carte, the chef said on Monday.</p>",
    "<p>Prices rose to €5 from €3, €4 and €7; the fee is €10 per person, said José.</p>",
    "<p>Le président a déclaré à Paris que la réforme sera présentée à l'Assemblée.</p>",
])
def test_a_latin1_page_with_euro_signs_or_a_lone_accent_stays_latin1(label: str,
                                                                     text: str) -> None:
    assert _read(text.encode("cp1252"), label).endswith(text)


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252"])
def test_a_russian_page_labelled_latin1_is_still_cp1251(label: str) -> None:
    text = "<p>Астана. 3 октября. Центр информации - Билет стоит 5 €.</p>"
    assert _read(text.encode("cp1251"), label).endswith(text)


CAPTION = ("Алматы. 23 июня. Центр информации - Годовая инфляция в Казахстане составила 8,4%, "
           "по данным Бюро национальной статистики.")


@pytest.mark.parametrize(("h1", "alt"), [
    ("Инфографика: инфляция в Казахстане за год",
     "Инфографика: инфляция в Казахстане за год | Центр информации"),
    ("Инфографика: инфляция в Казахстане за год", "Инфографика: инфляция в Казахстане за год."),
    ("Инфографика: «Инфляция в Казахстане»", "Инфографика: &quot;Инфляция в Казахстане&quot;"),
    ("Инфляция в Казахстане за год", "Инфографика: инфляция в Казахстане за год"),
])
@pytest.mark.parametrize("attr", ["alt", "title"])
def test_a_pictures_attribute_repeating_the_headline_otherwise_names_no_photographer(
        h1: str, alt: str, attr: str) -> None:
    html = _page(h1, f'<figure class="infographic"><img src="/u/inf.png" {attr}="{alt}">'
                     f"<figcaption>{CAPTION}</figcaption></figure>")
    record = article_from_html(html, URL, listing_date=DAY)
    assert record is not None and record["photo_credit"] is None


def test_a_pictures_credit_is_still_read_under_a_headline_naming_it() -> None:
    html = _page("Kazinform: итоги года", '<p><img src="/u/a.jpg" alt="Фото: Kazinform"></p>'
                 "<p>Агентство подвело итоги года на пресс-конференции в Астане.</p>")
    record = article_from_html(html, URL, listing_date=DAY)
    assert record is not None and record["photo_credit"] == "Kazinform"
