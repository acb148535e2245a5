"""A press release's contacts block and an infographic's picture: the contacts under their
heading (``Контакты для СМИ:``, ``Media contacts:``, ``БАҚ үшін байланыс:``) are the release's
text, and a press service named there is whom to call, not the source; a press service's
signature closing a text with no such heading stays the source. A picture's ``alt`` repeating
the headline (``Инфографика: инфляция за год``) names no photographer."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://h.kz/ru/news/fond-obyavil-o-stazhirovkah-u61700"
H1 = "Фонд объявил о запуске программы стажировок"
P1 = "Фонд объявил о запуске программы стажировок для выпускников вузов страны."
P2 = "В программе примут участие пятьсот студентов из всех регионов страны."


def _record(content: str, *, h1: str = H1, lang: str = "ru", url: str = URL,
            top: str = "") -> dict[str, object]:
    html = (f'<html lang="{lang}"><head><title>{h1}</title></head><body><div class="page">'
            f'<h1>{h1}</h1>{top}<div class="text">{content}</div>'
            '<div class="share">Поделиться: Facebook Telegram</div></div></body></html>')
    rec = article_from_html(html, url, listing_date="2024-05-01", today="2024-06-01")
    assert rec is not None
    return rec


def _lines(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize("contacts", [
    ["Контакты для СМИ:", "Пресс-служба фонда", "Тел.: +7 (7172) 55-40-01",
     "E-mail: press@fund.kz"],
    ["Контакты:", "Айгерим Садыкова, пресс-секретарь", "Тел.: +7 701 555 12 34"],
    ["Контактная информация:", "Тел.: 8 (727) 271-66-00"],
    ["БАҚ үшін байланыс:", "Тел.: +7 (7172) 55-40-01"],
])
def test_a_releases_contacts_under_their_heading_are_its_text(contacts: list[str]) -> None:
    rec = _record(_lines(P1, P2) + f"<div class=\"contacts\"><p><b>{contacts[0]}</b></p>"
                  + _lines(*contacts[1:]) + "</div>")
    assert str(rec["body"]).split("\n\n") == [P1, P2, *contacts]
    assert rec["source"] is None


def test_english_media_contacts_and_the_press_service_under_them() -> None:
    p1 = "The fund announced the launch of an internship programme for graduates."
    p2 = "Five hundred students from all regions of the country will take part."
    contacts = ["Media contacts:", "Press service of the fund", "Tel.: +7 (7172) 55-40-01",
                "E-mail: press@fund.kz"]
    rec = _record(_lines(p1, p2, *contacts), h1="Fund launches internship programme",
                  lang="en", url="https://h.kz/en/news/Fund-launches-internship-programme-u61701")
    assert str(rec["body"]).split("\n\n") == [p1, p2, *contacts]
    assert rec["source"] is None


@pytest.mark.parametrize("footer", [
    "Пресс-служба акимата города Алматы, тел.: 8 (727) 271-66-00",
    "Пресс-служба акимата города Алматы",
])
def test_a_press_services_signature_without_a_heading_is_still_the_source(footer: str) -> None:
    rec = _record(_lines(P1, P2, footer))
    assert str(rec["body"]).split("\n\n") == [P1, P2]
    assert rec["source"] == "Пресс-служба акимата города Алматы"


def test_a_sentence_naming_contacts_is_no_heading() -> None:
    """Only the heading alone on its line opens a contacts block: the trailers after a
    sentence about contacts are still cut."""
    rec = _record(_lines(P1, "Контакты для СМИ будут опубликованы позже на сайте фонда.",
                         "Пресс-служба фонда, тел.: +7 (7172) 55-40-01"))
    assert str(rec["body"]).split("\n\n") == [
        P1, "Контакты для СМИ будут опубликованы позже на сайте фонда."]
    assert rec["source"] == "Пресс-служба фонда"


INFOGRAPHIC = "Инфографика: инфляция в Казахстане за год"
CAPTION = ("Алматы. 23 июня. Годовая инфляция в Казахстане составила 8,4%, по данным Бюро "
           "национальной статистики.")


@pytest.mark.parametrize("attr", ["alt", "title"])
def test_a_pictures_attribute_repeating_the_headline_names_no_photographer(attr: str) -> None:
    content = (f'<figure class="infographic"><img src="/u/inf.png" {attr}="{INFOGRAPHIC}">'
               f"<figcaption>{CAPTION}</figcaption></figure>")
    rec = _record(content, h1=INFOGRAPHIC)
    assert rec["photo_credit"] is None


def test_a_pictures_infographic_credit_is_still_read() -> None:
    content = (f'<p><img src="/u/inf.png" alt="Инфографика: Kazinform"></p>{_lines(P1, P2)}')
    rec = _record(content, h1=INFOGRAPHIC)
    assert rec["photo_credit"] == "Kazinform"
