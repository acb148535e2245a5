"""Labelled lines of a story: a line telling readers where, when or how to reach what the story
is about (``Адрес поликлиники: …``, ``Сайт: egov.kz``, ``Часы работы: …``) is the story's, in
the middle of the text and closing it, on the outlet's layout and on an unknown one; the
outlet's ``Источник: X``, its ``Фото:gov.kz`` and a release's contacts trailer still go into
their fields and out of the body."""

from __future__ import annotations

from datetime import date

import pytest

from kznews import article_from_html
from kznews.mirror.pages import currency, footer, head, header, share

OUR_URL = "https://ic24.kz/news/v-almaty-otkryli-polikliniku-u49120"
OTHER_URL = "https://h.kz/ru/news/poliklinika-u61700"
RU_H1 = "В Алматы открыли новую поликлинику"
RU = ["Алматы. 20 апреля. Центр информации - В Алатауском районе открылась новая поликлиника "
      "на 500 посещений в смену.",
      "В здании работают кабинеты терапевтов, педиатров и узких специалистов, а также "
      "дневной стационар.",
      "Прием пациентов начнется с понедельника, записаться можно через портал электронного "
      "правительства."]
RU_BODY = ["В Алатауском районе открылась новая поликлиника на 500 посещений в смену.", *RU[1:]]
EN_H1 = "New polyclinic opens in Almaty"
EN = ["Almaty. April 20. Information Center - A new polyclinic for 500 visits per shift opened "
      "in Alatau district.",
      "The building houses general practitioners, paediatricians and specialists, as well as "
      "a day hospital.",
      "Patients will be admitted from Monday; appointments can be made via the e-government "
      "portal."]
EN_BODY = ["A new polyclinic for 500 visits per shift opened in Alatau district.", *EN[1:]]


def _ours(h1: str, paras: list[str], lang: str) -> str:
    """An article page as the outlet's classic layout (the mirror's) prints it."""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (head(f"{h1} | Центр информации", OUR_URL, lang=lang) + "<body>\n" + header()
            + currency() + '<div class="content">\n<div class="news-detail">\n'
            f'<h1 class="news-title">{h1}</h1>\n'
            f'<div class="news-photo"><img src="/upload/a.jpg" alt="{h1}">'
            '<span class="photo-credit">Фото:gov.kz</span></div>\n'
            '<div class="news-info"><span class="date">20 Апреля 2023</span> '
            '<span class="views">683</span> <a class="category" href="/category/sotsium">'
            'Социум</a> <span class="tags"><a href="/tag/almaty">Алматы</a></span></div>\n'
            '<div class="news-text">\n' + body + share(OUR_URL) + "</div>\n</div>\n"
            '<div class="last-news">\n<div class="last-news__title">Последние новости</div>\n'
            '<div class="item"><span class="lang">ru</span> <a href="/news/drugaya-u49100">'
            "Другая новость дня</a></div>\n</div>\n</div>\n" + footer())


def _unknown(h1: str, paras: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><title>{h1}</title></head><body><div class="page">'
            f'<h1>{h1}</h1><div class="meta">20.04.2023</div><div class="text">{body}</div>'
            '<div class="share">Поделиться: Facebook Telegram</div></div></body></html>')


LAYOUTS = {"ours": (_ours, OUR_URL), "unknown": (_unknown, OTHER_URL)}


def _record(layout: str, lines: list[str], *, lang: str = "ru",
            at: int | None = None) -> dict[str, object]:
    """The record of a story with ``lines`` after its text (or before paragraph ``at``)."""
    build, url = LAYOUTS[layout]
    paras = list(RU if lang == "ru" else EN)
    paras[len(paras) if at is None else at:len(paras) if at is None else at] = lines
    rec = article_from_html(build(RU_H1 if lang == "ru" else EN_H1, paras, lang), url,
                            listing_date=date(2023, 4, 20))
    assert rec is not None
    return rec


def _body(rec: dict[str, object]) -> list[str]:
    return str(rec["body"]).split("\n\n")


STORY_LINES = [
    ("ru", "Адрес поликлиники: г. Алматы, ул. Толе би, 101"),
    ("ru", "Адрес: г. Алматы, мкр. Шугыла, 340/4"),
    ("ru", "Сайт: egov.kz"),
    ("ru", "Официальный сайт: www.egov.kz"),
    ("ru", "Часы работы: с 9:00 до 18:00"),
    ("ru", "Режим работы: ежедневно с 8:00 до 20:00"),
    ("ru", "Телефон для справок: 8 (7172) 74-00-00"),
    ("ru", "Справки по телефону: 8 (727) 271-66-00"),
    ("en", "Address: 101 Tole Bi Street, Almaty"),
    ("en", "Website: www.egov.kz"),
    ("en", "Opening hours: 9 am to 6 pm"),
    ("en", "For inquiries: 8 (7172) 74-00-00"),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("lang", "line"), STORY_LINES)
def test_a_line_of_where_when_or_how_closing_the_story_is_its_text(
        layout: str, lang: str, line: str) -> None:
    rec = _record(layout, [line], lang=lang)
    assert _body(rec) == [*(RU_BODY if lang == "ru" else EN_BODY), line]
    assert rec["source"] is None


@pytest.mark.parametrize("layout", LAYOUTS)
def test_several_such_lines_closing_the_story_and_the_outlets_source_after_them(
        layout: str) -> None:
    lines = ["Адрес поликлиники: г. Алматы, ул. Толе би, 101", "Часы работы: с 9:00 до 18:00",
             "Телефон для справок: 8 (7172) 74-00-00"]
    rec = _record(layout, [*lines, "Источник: КазТАГ"])
    assert _body(rec) == [*RU_BODY, *lines]
    assert rec["source"] == "КазТАГ"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("trailer", [
    ["Пресс-служба фонда", "Адрес: г. Астана, ул. Кунаева, 8", "Тел.: +7 (7172) 55-40-01",
     "E-mail: press@fund.kz"],
    ["Пресс-служба фонда, тел.: +7 (7172) 55-40-01", "Сайт: www.fund.kz"],
    ["Адрес: г. Астана, ул. Кунаева, 8", "Тел.: +7 (7172) 55-40-01"],
    ["Сайт: www.fund.kz", "E-mail: press@fund.kz"],
])
def test_a_releases_contacts_trailer_still_ends_the_text(layout: str,
                                                         trailer: list[str]) -> None:
    rec = _record(layout, trailer)
    assert _body(rec) == RU_BODY
    assert rec["source"] == ("Пресс-служба фонда" if "фонда" in trailer[0] else None)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_outlets_source_and_photo_credit_still_go_into_their_fields(layout: str) -> None:
    rec = _record(layout, ["Источник: КазТАГ"])
    assert _body(rec) == RU_BODY
    assert rec["source"] == "КазТАГ"
    assert rec["photo_credit"] == ("gov.kz" if layout == "ours" else None)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("line", ["Автор: Айгерим Садыкова", "Подготовил: Ерлан Жумабаев"])
def test_a_signature_closing_the_text_is_still_cut(layout: str, line: str) -> None:
    rec = _record(layout, ["Сайт: egov.kz", line])
    assert _body(rec) == [*RU_BODY, "Сайт: egov.kz"]


SOURCE_SENTENCES = [
    ("ru", "Источник: по данным министерства, в этом году построено 120 школ."),
    ("en", "Source: the ministry said the building cost 3 billion tenge."),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("at", [None, 2])
@pytest.mark.parametrize(("lang", "line"), SOURCE_SENTENCES)
def test_a_source_label_before_a_sentence_names_no_source(layout: str, at: int | None,
                                                          lang: str, line: str) -> None:
    rec = _record(layout, [line], lang=lang, at=at)
    body = list(RU_BODY if lang == "ru" else EN_BODY)
    body.insert(len(body) if at is None else at, line)
    assert _body(rec) == body
    assert rec["source"] is None


@pytest.mark.parametrize("value", [
    "КазТАГ", "пресс-служба акимата города Алматы", "gov.kz",
    "официальный сайт Министерства здравоохранения РК",
    "министерство здравоохранения, министерство просвещения и акимат города Алматы",
    "press service of the Ministry of Health of the Republic of Kazakhstan.",
])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_source_label_before_a_name_is_still_the_source(layout: str, value: str) -> None:
    rec = _record(layout, [f"Источник: {value}"])
    assert _body(rec) == RU_BODY
    assert rec["source"] == value.rstrip(".")


CAPTIONS = [
    ("en", "Photo: a man walks past the new polyclinic building on Monday."),
    ("ru", "Фото: пациенты ожидают приема в холле новой поликлиники, открытой в понедельник."),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("at", [None, 2])
@pytest.mark.parametrize(("lang", "line"), CAPTIONS)
def test_a_photo_label_before_a_captions_sentence_names_no_photographer(
        layout: str, at: int | None, lang: str, line: str) -> None:
    rec = _record(layout, [line], lang=lang, at=at)
    body = list(RU_BODY if lang == "ru" else EN_BODY)
    body.insert(len(body) if at is None else at, line)
    assert _body(rec) == body
    assert rec["photo_credit"] == ("gov.kz" if layout == "ours" else None)


@pytest.mark.parametrize("value", [
    "pixabay", "из архива пресс-службы Департамента полиции города Алматы",
    "пресс-служба акимата города Алматы", "Айгерим Садыкова, Ерлан Жумабаев",
])
def test_a_photo_label_before_a_name_is_still_the_credit(value: str) -> None:
    rec = _record("unknown", [f"Фото: {value}."])
    assert _body(rec) == RU_BODY
    assert rec["photo_credit"] == value


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("line", "source"), [
    ("По материалам: Tengrinews.kz", "Tengrinews.kz"),
    ("По материалам Kazinform", "Kazinform"),
])
def test_a_materials_line_closing_the_text_names_its_source(layout: str, line: str,
                                                            source: str) -> None:
    rec = _record(layout, [line])
    assert _body(rec) == RU_BODY
    assert rec["source"] == source


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_sentence_after_a_materials_label_names_no_source(layout: str) -> None:
    line = "По данным: в этом году в городе построено 120 школ."
    rec = _record(layout, [line], at=2)
    assert _body(rec) == [*RU_BODY[:2], line, RU_BODY[2]]
    assert rec["source"] is None
