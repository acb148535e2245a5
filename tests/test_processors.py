"""Tests of kznews.processors: tables of real and tricky strings, plus hypothesis properties."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kznews import processors as P
from kznews.processors import (
    ALMATY,
    Dateline,
    InfoLine,
    clean_paragraphs,
    clean_text,
    content_hash,
    date_stamp,
    detect_lang,
    estimate_date_from_id,
    infer_year,
    is_date_stamp,
    join_paragraphs,
    month_number,
    normalize_lang_code,
    parse_date_text,
    parse_info_line,
    parse_views,
    repair_homoglyphs,
    source_from_lead,
    source_from_line,
    split_tags,
    to_almaty,
)

# The generic functions as the outlet parametrises them (its id shape, its agency's name).
from kznews.sites.centerinform.outlet import (
    article_id,
    photo_credit,
    split_dateline,
)
from kznews.sites.centerinform.outlet import canonical_url as canonicalize_url

# Real strings of the two seed pages.
RU_DATELINE = (
    "Алматы. 16 апреля. Центр информации - У казахстанцев в Японии появилась собственная "
    "ассоциация, сообщает КазТАГ со ссылкой на министерство иностранных дел Казахстана."
)
EN_DATELINE = (
    "Almaty. August 2. Information Center - The Kazakh diaspora gathered recently for the "
    "meet-up of friends of Kazakhstan and for the exhibition of artworks by young Kazakhstanis "
    "called 'The world through the eyes of the children of Kazakhstan',  EU reporter reports."
)
EMBASSIES = (
    "The Ayalagan Alaqan Foundation, led by Rada Khairusheva, has been organizing similar "
    "exhibitions around the world in cooperation with the \u0415mbassies of Kazakhstan in India"
)
RU_BODY = (
    "«В посольстве Казахстана состоялось учредительное собрание Ассоциации казахов в Японии. "
    "Первая общественная организация такого рода в Японии создается с целью объединения "
    "проживающих в стране граждан Казахстана и этнических казахов (қандастар) для поддержания "
    "контактов и взаимной поддержки», - говорится в распространенном в четверг сообщении. "
    "В ходе мероприятия глава ассоциации Абдибек Калыбек, который работает хирургом в клинике "
    "университета Juntendo, презентовал деятельность объединения."
)
KK_BODY = (
    "Алматы қаласында сенбілік өтті. Бұл іс-шараға қала тұрғындары және мекеме қызметкерлері "
    "қатысты. Әкім осы жұмыстар бойынша барлық аудандарда тазалық жүргізілетінін айтты."
)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
SPACES = "\u00a0\u202f\u2007\u2009\u2002\u3000\u1680"


# --------------------------------------------------------------------------- clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("\u00a0", ""),  # the seed's NBSP-only line
        (" \u00a0 \n\t ", ""),
        ("a\u00a0b", "a b"),
        ("a\u202fb\u2007c\u2009d", "a b c d"),
        ("Ка\u200bзах\u200cстан\u2060\ufeff", "Казахстан"),
        ("пере\u00adдает", "передает"),
        ("  line one\n\n line\ttwo  ", "line one line two"),
        ('«ёлочки» "straight" “curly”', '«ёлочки» "straight" “curly”'),
        ("a - b – c — d", "a - b – c — d"),
        ("e\u0301", "\u00e9"),  # NFC
        ("и\u0306", "й"),
        ("kЕ\u0301Е", "kÉE"),  # repaired, then composed
        (EMBASSIES, EMBASSIES.replace("\u0415", "E")),
        ("Источник:\u00a0КазТАГ", "Источник: КазТАГ"),
    ],
)
def test_clean_text(raw: str | None, expected: str) -> None:
    assert clean_text(raw) == expected


# --------------------------------------------------------------------------- homoglyphs


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u0415mbassies", "Embassies"),
        ("the \u0415mbassies of Kazakhstan", "the Embassies of Kazakhstan"),
        ("Алмaты", "Алматы"),  # Latin a in a Cyrillic word
        ("Kаzakhstan", "Kazakhstan"),  # Cyrillic а in a Latin word
        ("Cоюз", "Союз"),  # Latin C, Cyrillic rest
        ("Қaзақстан", "Қазақстан"),  # Kazakh letters count as Cyrillic
        ("ѕeal", "seal"),
        ("Казахстан", "Казахстан"),
        ("Kazakhstan", "Kazakhstan"),
        ("COVID-19", "COVID-19"),
        ("ТОО «КТЖ-Грузовые»", "ТОО «КТЖ-Грузовые»"),
        ("eGov.kz", "eGov.kz"),
        ("Жbird", "Жbird"),  # minority Ж has no lookalike: left alone
        ("Аa", "Аa"),  # a tie: nothing to decide by
        ("", ""),
        ("Алмaты-2023 Еmbassy", "Алматы-2023 Embassy"),
        ("kЕ\u0301Е", "kE\u0301E"),  # an accent does not split a word
    ],
)
def test_repair_homoglyphs(raw: str, expected: str) -> None:
    assert repair_homoglyphs(raw) == expected


def test_clean_paragraphs_and_join() -> None:
    paragraphs = ["  first\u00a0para ", "\u00a0", None, "", "second\u200b", "\n"]
    assert clean_paragraphs(paragraphs) == ["first para", "second"]
    assert join_paragraphs(paragraphs) == "first para\n\nsecond"
    assert join_paragraphs([]) == ""


# --------------------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("январь", 1),
        ("января", 1),
        ("январе", 1),
        ("январём", 1),
        ("ЯНВ.", 1),
        ("февраля", 2),
        ("марта", 3),
        ("Апреля", 4),
        ("апр", 4),
        ("май", 5),
        ("МАЯ", 5),
        ("мае", 5),
        ("июня", 6),
        ("июле", 7),
        ("августа", 8),
        ("сент", 9),
        ("сентября", 9),
        ("октября", 10),
        ("нояб.", 11),
        ("декабре", 12),
        ("January", 1),
        ("Jan.", 1),
        ("march", 3),
        ("May", 5),
        ("Sept", 9),
        ("Sep", 9),
        ("December", 12),
        ("қаңтар", 1),
        ("ақпан", 2),
        ("наурыз", 3),
        ("сәуір", 4),
        ("сәуірде", 4),
        ("мамыр", 5),
        ("маусым", 6),
        ("шілде", 7),
        ("тамыз", 8),
        ("қыркүйек", 9),
        ("қазан", 10),
        ("қараша", 11),
        ("желтоқсан", 12),
        ("желтоқсанның", 12),
        ("ма", None),
        ("Социум", None),
        ("", None),
        ("12", None),
    ],
)
def test_month_number(name: str, expected: int | None) -> None:
    assert month_number(name) == expected


# --------------------------------------------------------------------------- dates

PLUS6 = timezone(timedelta(hours=6))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 Апреля 2023", date(2023, 4, 20)),
        ("16 апреля 2021 г.", date(2021, 4, 16)),
        ("Опубликовано 16 Апреля 2021 в разделе", date(2021, 4, 16)),
        ("2 August 2021", date(2021, 8, 2)),
        ("August 2, 2021", date(2021, 8, 2)),
        ("Aug 2 2021", date(2021, 8, 2)),
        ("Sept. 30th, 2022", date(2022, 9, 30)),
        ("16.04.2021", date(2021, 4, 16)),
        ("2021-04-16", date(2021, 4, 16)),
        ("2021 жылғы 16 сәуір", date(2021, 4, 16)),
        ("2021-04-16T10:30:00+06:00", datetime(2021, 4, 16, 10, 30, tzinfo=PLUS6)),
        ("2021-04-16T04:30:00Z", datetime(2021, 4, 16, 4, 30, tzinfo=UTC)),
        ("2021-04-16T10:30", datetime(2021, 4, 16, 10, 30)),
        ("20 Апреля 2023, 14:35", datetime(2023, 4, 20, 14, 35)),
        ("20.04.2023 14:35", datetime(2023, 4, 20, 14, 35)),
        ("14:35, 20 апреля 2023", datetime(2023, 4, 20, 14, 35)),
        ("20 апреля 2023 в 9:05", datetime(2023, 4, 20, 9, 5)),
        ("20 Апреля 2023 683 Социум", date(2023, 4, 20)),
        ("20 апреля 2023, 25:99", date(2023, 4, 20)),  # not a time of day
        ("31 февраля 2021", None),
        ("31.02.2021 then 01.03.2021", date(2021, 3, 1)),
        ("16 апреля 1985", None),
        ("16 апреля 2101", None),
        ("16 апреля", None),  # no year: that is a dateline's job
        ("12 человек 2021", None),
        ("", None),
        ("first 2 August 2021, then 16.04.2021", date(2021, 8, 2)),
        ("first 16.04.2021, then 2 August 2021", date(2021, 4, 16)),
    ],
)
def test_parse_date_text(text: str, expected: date | datetime | None) -> None:
    found = parse_date_text(text)
    assert found == expected
    assert type(found) is type(expected)


# --------------------------------------------------------------------------- dateline


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        (RU_DATELINE, Dateline("Алматы", 16, 4), RU_DATELINE.split(" - ", 1)[1]),
        (
            EN_DATELINE,
            Dateline("Almaty", 2, 8),
            "The Kazakh diaspora gathered recently for the meet-up of friends of Kazakhstan and "
            "for the exhibition of artworks by young Kazakhstanis called 'The world through the "
            "eyes of the children of Kazakhstan', EU reporter reports.",
        ),
        ("Астана. 3 марта - текст", Dateline("Астана", 3, 3), "текст"),
        ("Astana, March 3 – text", Dateline("Astana", 3, 3), "text"),
        ("Алматы. 16 апреля. Центр информации—Текст", Dateline("Алматы", 16, 4), "Текст"),
        ("Алматы, апреля 16. Центр информации – Текст", Dateline("Алматы", 16, 4), "Текст"),
        ("Almaty. 2 August. Information Centre - Text", Dateline("Almaty", 2, 8), "Text"),
        ("Алматы. 16 апреля. Ақпарат орталығы - Мәтін", Dateline("Алматы", 16, 4), "Мәтін"),
        ("Нур-Султан. 5 мая. Центр информации - Текст", Dateline("Нур-Султан", 5, 5), "Текст"),
        ("Усть-Каменогорск. 1 июня - Текст", Dateline("Усть-Каменогорск", 1, 6), "Текст"),
        ("New York. August 2. Information Center - Text", Dateline("New York", 2, 8), "Text"),
        (
            "Алматы.\u00a016\u00a0апреля.\u200b Центр\u00a0информации -\u00a0Текст",
            Dateline("Алматы", 16, 4),
            "Текст",
        ),
        ("Алматы. 20 апреля. Текст", Dateline("Алматы", 20, 4), "Текст"),
        # the agency between dashes, in brackets, or after a dash and before a stop
        ("SHYMKENT, May 9 — Information Centre — Text", Dateline("Shymkent", 9, 5), "Text"),
        ("KARAGANDA. 9 May (Information Center): Text", Dateline("Karaganda", 9, 5), "Text"),
        ("Қарағанды, 9 мамыр (Ақпарат орталығы) Мәтін", Dateline("Қарағанды", 9, 5), "Мәтін"),
        ("Караганда, 9 мая - Центр информации. Текст", Dateline("Караганда", 9, 5), "Текст"),
        ("УСТЬ-КАМЕНОГОРСК. 1 июня - Текст", Dateline("Усть-Каменогорск", 1, 6), "Текст"),
        ("UAE, May 9 – Text", Dateline("UAE", 9, 5), "Text"),  # an abbreviation stays
        # the agency as the lead's subject stays in the text
        ("Астана, 9 мая – Центр информации провёл брифинг", Dateline("Астана", 9, 5),
         "Центр информации провёл брифинг"),
        ("Алматы. 20 апреля.", Dateline("Алматы", 20, 4), ""),
        (  # a date element run into the dateline (``<span>16 апреля 2021</span>Алматы…``)
            "16 апреля 2021Алматы. 16 апреля. Центр информации - Текст",
            Dateline("Алматы", 16, 4, date(2021, 4, 16)),
            "Текст",
        ),
        (
            "9 March 2022 19:40 Shymkent. March 9. Information Center - Text",
            Dateline("Shymkent", 9, 3, datetime(2022, 3, 9, 19, 40)),
            "Text",
        ),
        (
            "14.06.2022, 11:05Астана. 14 июня - Текст",
            Dateline("Астана", 14, 6, datetime(2022, 6, 14, 11, 5)),
            "Текст",
        ),
    ],
)
def test_split_dateline(paragraph: str, dateline: Dateline, rest: str) -> None:
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "В Алматы 16 апреля прошел субботник.",
        "16 апреля в Алматы прошел субботник.",
        "Сегодня, 16 апреля – день рождения.",
        "Алматы. 31 апреля. Центр информации - Текст",  # no such day
        "Алматы. 16 апрелька - Текст",
        "алматы. 16 апреля - Текст",  # a place is capitalised
        "The Kazakh diaspora gathered recently.",
        "Алматы 16 апреля - Текст",
        "",
        " \u00a0 ",
    ],
)
def test_split_dateline_rejects(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


# --------------------------------------------------------------------------- year


@pytest.mark.parametrize(
    ("day", "month", "hints", "today", "expected"),
    [
        (16, 4, [("listing", date(2021, 4, 16))], date(2025, 1, 1), (date(2021, 4, 16), "listing")),
        (
            31,
            12,
            [("listing", date(2024, 1, 2))],
            date(2025, 1, 1),
            (date(2023, 12, 31), "listing"),
        ),
        (2, 1, [("listing", date(2023, 12, 30))], date(2025, 1, 1), (date(2024, 1, 2), "listing")),
        # one year ahead of the hint would be after today
        (
            2,
            1,
            [("listing", date(2023, 12, 30))],
            date(2023, 12, 31),
            (date(2023, 1, 2), "listing"),
        ),
        (
            16,
            4,
            [("listing", date(2021, 4, 18)), ("neighbour", date(2019, 4, 16))],
            date(2025, 1, 1),
            (date(2021, 4, 16), "listing"),
        ),
        (16, 4, [], date(2025, 1, 1), (date(2024, 4, 16), "crawl")),
        (16, 4, [], date(2025, 4, 16), (date(2025, 4, 16), "crawl")),
        (17, 4, [], date(2025, 4, 16), (date(2024, 4, 17), "crawl")),
        (29, 2, [], date(2025, 1, 1), (date(2024, 2, 29), "crawl")),
        (29, 2, [("listing", date(2024, 3, 1))], date(2025, 1, 1), (date(2024, 2, 29), "listing")),
        (30, 2, [("listing", date(2024, 3, 1))], date(2025, 1, 1), None),
        (1, 13, [], date(2025, 1, 1), None),
        (0, 1, [], date(2025, 1, 1), None),
    ],
)
def test_infer_year(
    day: int,
    month: int,
    hints: list[tuple[str, date]],
    today: date,
    expected: tuple[date, str] | None,
) -> None:
    found = infer_year(day, month, hints, today)
    if expected is None:
        assert found is None
    else:
        assert found == (expected[0], f"dateline+{expected[1]}")


# --------------------------------------------------------------------------- Almaty time


def test_tz_data_knows_almaty_moved_to_utc5() -> None:
    """Fails loudly when the tz data predates Almaty's 2024-03-01 switch to UTC+5."""
    assert datetime(2024, 2, 29, 12, tzinfo=ALMATY).utcoffset() == timedelta(hours=6)
    assert datetime(2024, 3, 1, 12, tzinfo=ALMATY).utcoffset() == timedelta(hours=5), (
        "installed tz data is older than 2024a: update tzdata"
    )
    assert str(ALMATY) == "Asia/Almaty"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2021, 8, 2), ("2021-08-02T00:00:00+06:00", "day")),
        (date(2021, 4, 16), ("2021-04-16T00:00:00+06:00", "day")),
        (date(2024, 2, 29), ("2024-02-29T00:00:00+06:00", "day")),
        (date(2024, 3, 1), ("2024-03-01T00:00:00+05:00", "day")),
        (date(2024, 3, 5), ("2024-03-05T00:00:00+05:00", "day")),
        (datetime(2023, 4, 20, 14, 35), ("2023-04-20T14:35:00+06:00", "minute")),
        (datetime(2025, 4, 20, 14, 35, 12), ("2025-04-20T14:35:12+05:00", "minute")),
        (datetime(2021, 4, 16, 4, 30, tzinfo=UTC), ("2021-04-16T10:30:00+06:00", "minute")),
        (datetime(2024, 6, 1, 4, 30, tzinfo=UTC), ("2024-06-01T09:30:00+05:00", "minute")),
        (datetime(2021, 4, 16, 10, 30, tzinfo=PLUS6), ("2021-04-16T10:30:00+06:00", "minute")),
    ],
)
def test_to_almaty(value: date | datetime, expected: tuple[str, str]) -> None:
    assert to_almaty(value) == expected


def test_parsed_date_to_feed_value() -> None:
    found = parse_date_text("2021-04-16T04:30:00Z")
    assert found is not None
    assert to_almaty(found) == ("2021-04-16T10:30:00+06:00", "minute")


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("RU_ru", "ru"),
        ("en_US", "en"),
        ("en-GB", "en"),
        ("kk", "kk"),
        ("kz", "kk"),
        ("kk-KZ", "kk"),
        ("de", None),
        ("", None),
        (None, None),
        ("  ", None),
    ],
)
def test_normalize_lang_code(code: str | None, expected: str | None) -> None:
    assert normalize_lang_code(code) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        (RU_DATELINE, None, "ru"),
        (RU_BODY, None, "ru"),  # quotes "Juntendo" and "қандастар"
        (EN_DATELINE, None, "en"),
        (EMBASSIES, "ru", "en"),  # content beats the hint
        (KK_BODY, None, "kk"),
        ("Социум", "ru-RU", "ru"),  # too short: the hint decides
        ("Hi", "en_US", "en"),
        ("", None, None),
        ("12345 67890 !!!", "kz", "kk"),
    ],
)
def test_detect_lang(text: str, hint: str | None, expected: str | None) -> None:
    assert detect_lang(text, hint) == expected


# --------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Источник: КазТАГ", "КазТАГ"),
        ("Источник: EU Reporter", "EU Reporter"),
        ("Источник:EU Reporter", "EU Reporter"),
        ("Источник:\u00a0КазТАГ.", "КазТАГ"),
        ("  Source: Kazinform.", "Kazinform"),
        ("Дереккөз: Kazinform", "Kazinform"),
        ("Источник: Tengrinews.kz", "Tengrinews.kz"),
        ("Текст. Источник: КазТАГ", None),
        ("Источник:", None),
        ("", None),
    ],
)
def test_source_from_line(text: str, expected: str | None) -> None:
    assert source_from_line(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RU_DATELINE, "КазТАГ"),
        (EN_DATELINE, "EU reporter"),
        ("Введены новые правила, передает Kazinform.", "Kazinform"),
        ("Введены новые правила, передаёт МИА «Казинформ».", "МИА «Казинформ»"),
        ("Введены новые правила, пишет Tengrinews.kz", "Tengrinews.kz"),
        ("Введены новые правила, сообщает пресс-служба акимата.", "пресс-служба акимата"),
        ("New rules came into force, Kazinform reported.", "Kazinform"),
        ("According to Kazinform, new rules came into force.", "Kazinform"),
        ("Rules changed, reported the press service of the Akimat.", "press service of the Akimat"),
        ("Rules changed, reports Kazinform with reference to the ministry", "Kazinform"),
        ("Grain exports reach a record, reports The Astana Times.", "The Astana Times"),
        ("Grain exports reach a record, The Astana Times reported.", "The Astana Times"),
        ("According to the Astana Times, exports grew.", None),
        ("Как сообщает КазТАГ, правила изменились.", "КазТАГ"),
        ("The ministry reported that nothing changed.", None),
        ("The ministry reports Tokayev met the envoy.", None),
        ("Министр сообщает о том, что ничего не изменилось.", None),
        ("Ничего не случилось.", None),
        ("", None),
    ],
)
def test_source_from_lead(text: str, expected: str | None) -> None:
    assert source_from_lead(text) == expected


def test_source_from_lead_caps_words() -> None:
    found = source_from_lead("Text, according to One Two Three Four Five Six Seven Eight.")
    assert found == "One Two Three Four Five Six"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Фото:gov.kz", "gov.kz"),
        ("Фото:pixabay", "pixabay"),
        ("Фото: pixabay", "pixabay"),
        ("Photo: Akorda", "Akorda"),
        ("Фото - Акорда", "Акорда"),
        ("Фото – Акорда", "Акорда"),
        ("Фото:pixabayАлматы. 20 апреля.", "pixabay"),
        ("Фото:pixabayАлматы. 20 апреля. Центр информации - Текст", "pixabay"),
        ("Фото: Акорда Алматы. 20 апреля. Центр информации - Текст", "Акорда"),
        ("Фото:\u00a0gov.kz\u200b", "gov.kz"),
        ("Текст. Фото: pixabay", None),
        ("Фотограф приехал", None),
        ("", None),
    ],
)
def test_photo_credit(text: str, expected: str | None) -> None:
    assert photo_credit(text) == expected


# --------------------------------------------------------------------------- info line


@pytest.mark.parametrize(
    ("text", "stamp", "whole"),
    [
        ("14.06.2022, 11:05", datetime(2022, 6, 14, 11, 5), True),
        ("Пятница, 16 Апреля 2021 15:40", datetime(2021, 4, 16, 15, 40), True),
        ("Monday, 19 April 2021", date(2021, 4, 19), True),
        ("11 мая 2023 г.", date(2023, 5, 11), True),
        ("16 апреля 2021Алматы. 16 апреля.", date(2021, 4, 16), False),
        ("16 апреля 2021 года в Алматы открыли парк", date(2021, 4, 16), False),
        ("Более 50 тысяч человек 16 апреля 2021", None, False),
        ("Алматы. 16 апреля 2021", None, False),
        ("В 2021 году", None, False),
        ("", None, False),
    ],
)
def test_date_stamp(text: str, stamp: date | None, whole: bool) -> None:
    found = date_stamp(text)
    assert (found[0] if found else None) == stamp
    assert is_date_stamp(text) is whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "20 Апреля 2023 683 Социум Алматы, аким, субботник",
            InfoLine(date(2023, 4, 20), 683, "Социум", ["Алматы", "аким", "субботник"]),
        ),
        ("20 Апреля 2023 683", InfoLine(date(2023, 4, 20), 683, None, [])),
        ("16 Апреля 2021", InfoLine(date(2021, 4, 16), None, None, [])),
        (
            "20 Апреля 2023 1\u202f234 Социум Алматы",
            InfoLine(date(2023, 4, 20), 1234, "Социум", ["Алматы"]),
        ),
        (
            "August 2, 2021 57 Society Luxembourg, diaspora",
            InfoLine(date(2021, 8, 2), 57, "Society", ["Luxembourg", "diaspora"]),
        ),
        (
            "14.06.2022, 11:05 345 Социум",
            InfoLine(datetime(2022, 6, 14, 11, 5), 345, "Социум", []),
        ),
        (
            "Пятница, 16 Апреля 2021 15:40",
            InfoLine(datetime(2021, 4, 16, 15, 40), None, None, []),
        ),
        ("Социум Алматы, аким", None),
        ("", None),
    ],
)
def test_parse_info_line(text: str, expected: InfoLine | None) -> None:
    assert parse_info_line(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("683", 683),
        ("1 234", 1234),
        ("1\u202f234", 1234),
        ("1\u00a0234\u00a0567", 1234567),
        ("1,234", 1234),
        ("Просмотров: 683", 683),
        ("1.2K", 1200),
        ("3к", 3000),
        ("1,5 тыс.", 1500),
        ("2M", 2_000_000),
        ("683 Категория", 683),
        ("", None),
        (None, None),
        ("нет", None),
        ("9" * 40, None),
    ],
)
def test_parse_views(text: str | None, expected: int | None) -> None:
    assert parse_views(text) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Алматы, аким, субботник"], ["Алматы", "аким", "субботник"]),
        (["Алматы", "аким", "Аким", "АЛМАТЫ"], ["Алматы", "аким"]),
        (["#Алматы #аким"], ["Алматы", "аким"]),
        (["a; b | c", None, "", " , ,"], ["a", "b", "c"]),
        (["\u00a0Алматы\u200b"], ["Алматы"]),
        (["COVID-19, covid-19"], ["COVID-19"]),
        ([], []),
    ],
)
def test_split_tags(values: list[str | None], expected: list[str]) -> None:
    assert split_tags(values) == expected


# --------------------------------------------------------------------------- ids and URLs


def test_content_hash() -> None:
    expected = hashlib.sha256("Заголовок\n\nТекст".encode()).hexdigest()
    assert content_hash("Заголовок", "Текст") == expected
    assert content_hash("Title", "Body") != content_hash("Title", "Body2")
    assert content_hash("Title\n\nBody", "") != content_hash("Title", "Body")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://ic24.kz/news/u-kazakhstantsev-v-yaponii-poyavilas-sobstvennaya-assotsiatsiya-u45694",
            "u45694",
        ),
        (
            "https://ic24.kz/news/Artwork-of-young-Kazakhstanis-presented-in-Luxembourg-u46768",
            "u46768",
        ),
        ("https://ic24.kz/news/x-u45694/", "u45694"),
        ("https://ic24.kz/news/x-u45694?utm_source=tg#top", "u45694"),
        ("https://ic24.kz/news/x-u45694.html", "u45694"),
        ("/news/u45694", "u45694"),
        ("https://ic24.kz/novosti", None),
        ("https://ic24.kz/u45694/about", None),
        ("https://ic24.kz/news/x?id=u45694", None),
        ("https://ic24.kz/news/menu45694", None),
        ("", None),
        ("http://[::1", None),
    ],
)
def test_article_id(url: str, expected: str | None) -> None:
    assert article_id(url) == expected


# Ids and dates known from the outlet (SITE.md).
KNOWN_IDS = [
    ("u45694", date(2021, 4, 16)),
    ("u45713", date(2021, 4, 19)),
    ("u46768", date(2021, 8, 2)),
    ("u49120", date(2023, 4, 20)),
]


@pytest.mark.parametrize(
    ("aid", "known", "expected"),
    [
        ("u45713", KNOWN_IDS, date(2021, 4, 19)),
        ("u45700", KNOWN_IDS, date(2021, 4, 17)),  # between u45694 and u45713
        ("u47944", KNOWN_IDS, date(2022, 6, 11)),  # halfway between u46768 and u49120
        ("u49139", KNOWN_IDS, date(2023, 4, 25)),  # beyond: the last two ids' rate
        ("u45675", KNOWN_IDS, date(2021, 4, 13)),  # before: the first two ids' rate
        ("u45000", KNOWN_IDS[:1], date(2021, 4, 16)),  # one known id: its date
        ("u2", [("u1", date(2021, 1, 2)), ("u3", date(2021, 1, 1))], date(2021, 1, 2)),
        ("u45700", [], None),
        ("u45700", [("no-id", date(2021, 1, 1))], None),
        ("45700", KNOWN_IDS, None),
        ("", KNOWN_IDS, None),
    ],
)
def test_estimate_date_from_id(
    aid: str, known: list[tuple[str, date]], expected: date | None
) -> None:
    assert estimate_date_from_id(aid, known) == expected


def test_estimated_date_feeds_infer_year() -> None:
    hint = estimate_date_from_id("u45700", KNOWN_IDS)
    assert hint is not None
    found = infer_year(16, 4, [("ids", hint)], date(2025, 1, 1))
    assert found == (date(2021, 4, 16), "dateline+ids")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://IC24.KZ/news/x-u1", "https://ic24.kz/news/x-u1"),
        ("https://ic24.kz:443/news/x-u1/", "https://ic24.kz/news/x-u1"),
        ("http://ic24.kz:80/novosti/", "http://ic24.kz/novosti/"),
        ("http://127.0.0.1:8080/news/x-u1/#top", "http://127.0.0.1:8080/news/x-u1"),
        (
            "https://ic24.kz/news/x-u1?utm_source=tg&page=2&fbclid=a&gclid=b&yclid=c&_openstat=d&q=1",
            "https://ic24.kz/news/x-u1?page=2&q=1",
        ),
        ("https://ic24.kz/novosti?UTM_Medium=x", "https://ic24.kz/novosti"),
        ("https://ic24.kz", "https://ic24.kz/"),
        ("https://ic24.kz?utm_source=x#a", "https://ic24.kz/"),
        ("http://[::1", "http://[::1"),
        ("not a url", "not a url"),
        ("", ""),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


# --------------------------------------------------------------------------- properties

# Text with the hazards of the outlet's pages weighted in, plus anything else.
HAZARDS = st.sampled_from(
    list(ZERO_WIDTH + SPACES)
    + ["Е", "а", "a", "E", "\u0301", "\u0306", "\n", "\t", " ", "-", "—", "«", "»", "."]
    + ["Алматы. ", "16 апреля", "2021", ":", "Фото:", "Источник: ", "сообщает ", "u45694"]
)
TEXT = st.one_of(st.text(), st.lists(st.one_of(HAZARDS, st.text(max_size=3))).map("".join))
FAST = settings(max_examples=150, deadline=None, database=None)


@FAST
@given(TEXT)
def test_clean_text_properties(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once
    assert once == once.strip()
    assert "  " not in once
    assert not any(ch in once for ch in ZERO_WIDTH + SPACES + "\n\t\r")
    assert unicodedata.is_normalized("NFC", once)


@FAST
@given(TEXT)
def test_repair_homoglyphs_idempotent(raw: str) -> None:
    once = repair_homoglyphs(raw)
    assert repair_homoglyphs(once) == once
    assert len(once) == len(raw)


@FAST
@given(TEXT)
def test_text_functions_never_raise(raw: str) -> None:
    month_number(raw)
    parse_date_text(raw)
    split_dateline(raw)
    detect_lang(raw, raw)
    normalize_lang_code(raw)
    source_from_line(raw)
    source_from_lead(raw)
    photo_credit(raw)
    parse_info_line(raw)
    parse_views(raw)
    split_tags([raw, None])
    clean_paragraphs([raw, None])
    join_paragraphs([raw])
    article_id(raw)
    canonicalize_url(raw)
    content_hash(raw, raw)
    estimate_date_from_id(raw, [(raw, date(2021, 1, 1)), ("u1", date(2020, 1, 1))])


@FAST
@given(TEXT)
def test_split_dateline_rest_is_a_suffix(raw: str) -> None:
    dateline, rest = split_dateline(raw)
    if dateline is None:
        assert rest == raw
    else:
        assert clean_text(raw).endswith(rest)
        assert 1 <= dateline.day <= 31 and 1 <= dateline.month <= 12


@FAST
@given(st.text(), st.text())
def test_content_hash_deterministic(title: str, body: str) -> None:
    digest = content_hash(title, body)
    assert digest == content_hash(title, body)
    assert len(digest) == 64 and int(digest, 16) >= 0


@FAST
@given(
    st.integers(-5, 40),
    st.integers(-1, 14),
    st.lists(st.tuples(st.sampled_from(["listing", "neighbour"]), st.dates()), max_size=2),
    st.dates(min_value=date(1995, 1, 1), max_value=date(2090, 12, 31)),
)
def test_infer_year_never_in_future(
    day: int, month: int, hints: list[tuple[str, date]], today: date
) -> None:
    found = infer_year(day, month, hints, today)
    if found is not None:
        when, label = found
        assert when <= today
        assert (when.day, when.month) == (day, month)
        assert label.startswith("dateline+")


@FAST
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_round_trip(value: date) -> None:
    iso, precision = to_almaty(value)
    assert precision == "day"
    assert datetime.fromisoformat(iso).date() == value
    assert parse_date_text(value.isoformat()) == value
    assert parse_date_text(value.strftime("%d.%m.%Y")) == value
    for name in (value.strftime("%B"), value.strftime("%b")):
        assert parse_date_text(f"{value.day} {name} {value.year}") == value


RU_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
KK_MONTHS = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
]


@FAST
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_russian_and_kazakh_dates(value: date, capital: bool) -> None:
    ru = RU_GENITIVE[value.month - 1]
    ru = ru.capitalize() if capital else ru
    assert parse_date_text(f"{value.day} {ru} {value.year}") == value
    assert parse_date_text(f"{value.year} жылғы {value.day} {KK_MONTHS[value.month - 1]}") == value
    assert split_dateline(f"Алматы. {value.day} {ru}. Центр информации - Текст") == (
        Dateline("Алматы", value.day, value.month),
        "Текст",
    )


@FAST
@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)))
def test_to_almaty_aware_keeps_instant(value: datetime) -> None:
    aware = value.replace(tzinfo=UTC)
    iso, precision = to_almaty(aware)
    assert precision == "minute"
    assert datetime.fromisoformat(iso) == aware.replace(microsecond=0)


# --------------------------------------------------------------------------- markup, controls

TAG_SHAPED = re.compile(r"<[A-Za-z/!?][^<>]*>|<!--")
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _unwanted(text: str) -> list[str]:
    """Format, surrogate and non-space control characters left in ``text``."""
    return [f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) in ("Cf", "Cs")
            or (unicodedata.category(ch) == "Cc" and not ch.isspace())]


def test_removed_characters_cover_every_format_control_and_surrogate() -> None:
    removed = set(P._INVISIBLE)
    for cp in range(0x110000):
        cat = unicodedata.category(chr(cp))
        if cat in ("Cf", "Cs") or (cat == "Cc" and not chr(cp).isspace()):
            assert cp in removed, f"U+{cp:04X} ({cat}) is kept"
    # and nothing a word is made of
    assert not [cp for cp in removed if unicodedata.category(chr(cp))[0] in "LNPSZM"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Заголовок \u202eтекст\u202c", "Заголовок текст"),  # override: "текст" shown reversed
        ("\u2066x\u2069 \u2067y\u2068z\u2069", "x yz"),  # isolates
        ("abc\u200e\u200fdef\u061c", "abcdef"),  # marks
        ("a\u202a\u202b\u202cb", "ab"),  # embeddings
        ("t\U000e0041\U000e0042ag\U000e007f", "tag"),  # tag characters (hidden ASCII)
        ("x\u2062y\u206az", "xyz"),  # invisible operator, deprecated format character
        ("bell\x07 esc\x1b[31m red\x7f", "bell esc[31m red"),
        ("C1\x80\x9f", "C1"),
        ("NEL\x85line", "NEL line"),  # a control that is whitespace collapses
        ("emoji \U0001f468\u200d\U0001f469", "emoji \U0001f468\U0001f469"),  # ZWJ goes too
        ("A\ud800B\udfffC", "ABC"),  # lone surrogates
        ("Z\udbff", "Z"),
    ],
)
def test_clean_text_drops_bidi_format_controls_and_surrogates(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected
    assert clean_text(raw).encode("utf-8")  # writable: no surrogate left


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<b>Жирный</b> заголовок", "Жирный заголовок"),
        ("Парк <script>alert(1)</script>открыт", "Парк открыт"),
        ("<img src=x onerror=alert(1)>текст", "текст"),
        ("<p>один</p><p>два</p>", "один два"),
        ("до<!-- комментарий -->после", "допосле"),
        ("до <!-- без конца", "до"),
        ("<?php echo 1 ?>ok", "ok"),
        ("</ b>ok", "ok"),
        ("<b>&amp;lt;</b>", "&lt;"),  # entities inside markup: decoded once, no more
        ("<i>&lt;b&gt;x&lt;/b&gt;</i>", "x"),  # markup escaped twice: no tag survives
        ("<\u200bb>x", "x"),  # an invisible character does not hide a tag
        # text, not markup: kept as written
        ("a < b", "a < b"),
        ("x<5 и y>3", "x<5 и y>3"),
        ("&lt;b&gt; и &amp;", "&lt;b&gt; и &amp;"),  # no markup: entities are not decoded
        ("<Казахстан>", "<Казахстан>"),
        ("<<<", "<<<"),
    ],
)
def test_clean_text_reads_markup_as_html(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


MARKUP = st.lists(st.one_of(
    st.sampled_from(["<b>", "</b>", "<script>", "</script>", "<p>", "</p>", "<!--", "-->",
                     "<img src=x onerror=alert(1)>", "&lt;", "&gt;", "&amp;", "&#60;", "<",
                     ">", "/", "!", "?", "<xmp>", "<plaintext>", "<", "a", "Б", " ", "\n",
                     "\u200b", "&lt;b&gt;", "&amp;lt;", "<\u200b", "\u212a", "\ud800", "\udfff",
                     "\x00", "\x1b"] + list(BIDI)),
    st.characters(codec=None), st.text(max_size=3)), max_size=30).map("".join)


@FAST
@given(MARKUP)
def test_clean_text_leaves_no_markup_and_no_controls(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once
    assert not TAG_SHAPED.search(once), once
    assert not _unwanted(once), once
    once.encode("utf-8")
    assert not TAG_SHAPED.search(join_paragraphs([raw, raw]))
    assert not [t for t in split_tags([raw]) if TAG_SHAPED.search(t) or _unwanted(t)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://ic24.kz/upload/a.jpg", "https://ic24.kz/upload/a.jpg"),
        ("https://ic24.kz/upload/Алматы%20a.jpg", "https://ic24.kz/upload/Алматы%20a.jpg"),
        (" https://x/a b.jpg ", "https://x/a%20b.jpg"),
        ('https://x/?q="<script>"', "https://x/?q=%22%3Cscript%3E%22"),
        ("https://x/\u202egpj.exe", "https://x/gpj.exe"),
        ("https://x/\x00\t{|}^`\\", "https://x/%00%09%7B%7C%7D%5E%60%5C"),
        ("https://x/\ud800a", "https://x/a"),
    ],
)
def test_safe_url(raw: str, expected: str) -> None:
    assert P.safe_url(raw) == expected
    assert P.safe_url(expected) == expected


def test_infer_year_keeps_within_the_known_neighbours() -> None:
    """The nearest known id is from 2024 but has a higher id: the yearless 1 April is the last
    one not after it (2023), not the one closest to it (2024)."""
    today = date(2026, 11, 30)
    hints = [("ids", date(2024, 3, 5)), ("ids:not-after", date(2024, 3, 5))]
    assert infer_year(1, 4, hints, today) == (date(2023, 4, 1), "dateline+ids")
    assert infer_year(1, 4, hints[:1], today) == (date(2024, 4, 1), "dateline+ids")
    # a lower neighbour bounds the crawl-date fallback from below; the bounds allow some slack
    assert infer_year(20, 11, [("ids:not-before", date(2026, 11, 25))], today) == (
        date(2026, 11, 20), "dateline+crawl")
    assert infer_year(1, 12, [("ids:not-after", date(2025, 3, 1))], today) == (
        date(2024, 12, 1), "dateline+crawl")


def test_paragraphs_joined_never_make_a_tag_across_the_blank_line() -> None:
    # each paragraph cleans to "></": alone not markup, joined "></\n\n></" would hold "</\n\n>"
    body = join_paragraphs(["<b>&gt;&#60;/", "<b>&gt;&#60;/"])
    assert not TAG_SHAPED.search(body), body
    assert clean_text("<b>&gt;&#60;/") == "></"
    assert body == ">/\n\n></"  # the "<" that opened the tag is the one dropped
    assert join_paragraphs(["a < b", "c > d"]) == "a < b\n\nc > d"  # text with < and > stays


def test_date_between_ids_interpolates_between_far_neighbours() -> None:
    """Id 42613 lies a third of the way from its lower to its upper neighbour, so its date a
    third of the way between theirs; the year-less 8 August goes to that year."""
    lower, upper = (40000, date(2020, 1, 1)), (48000, date(2022, 12, 31))
    guess = P.date_between_ids(42613, lower, upper)
    assert guess == date(2020, 1, 1) + timedelta(days=round(1095 * 2613 / 8000))
    assert infer_year(8, 8, [("ids", guess), ("ids:not-before", lower[1]),
                             ("ids:not-after", upper[1])], date(2026, 11, 30)) == (
        date(2020, 8, 8), "dateline+ids")
    assert P.date_between_ids(42613, None, upper) == upper[1]
    assert P.date_between_ids(42613, lower, None) == lower[1]
    assert P.date_between_ids(40000, lower, upper) == lower[1]
    with pytest.raises(ValueError):
        P.date_between_ids(1, None, None)
