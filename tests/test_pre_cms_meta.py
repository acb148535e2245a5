"""Metadata of pre-CMS pages: a phone (WAP) template, an e-mail letter, a hand-made archive.

Such pages label little: the date under the headline has a two-digit year and the view count
beside it in brackets, a weekday may stand between a date and its time, the rubric is a bold
word over the headline, the counter a bracketed ``Прочитано: N`` under the text, a thumbnail
links to its full-size photo and the site's masthead is a wide GIF strip over everything.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "https://ic24.kz/news/na-yuge-otkryli-novuyu-shkolu-u52001"
TITLE = "В Туркестанской области открыли новую школу на 900 мест"
PARAS = [
    "Туркестан. 7 сентября. Центр информации - В селе Шаульдер Туркестанской области "
    "открыли новую школу, рассчитанную на девятьсот учеников, сообщает пресс-служба "
    "акимата области.",
    "В здании оборудованы кабинеты робототехники, химии и физики, спортивный и актовый залы, "
    "а также столовая на триста посадочных мест.",
    "До конца года в регионе планируют построить ещё четыре школы такого же проекта.",
]


def _text() -> str:
    return "".join(f"{p}<br/><br/>\n" for p in PARAS)


def phone_page(*, kicker: str = "<strong>Образование</strong><br/>",
               stamp: str = "07.09.24 11:25 [1 204]") -> str:
    return f"""<html><head><title>{TITLE} :: мобильная версия</title></head><body>
<p class="hdr"><a href="/"><img src="/pda/top.png" width="120" height="30" alt=""/></a></p>
<p class="body">{kicker}
<span class="ttl"><b>{TITLE}</b></span><br/>
<small>{stamp}</small><br/>
<a href="/upload/full/52001a.jpeg"><img src="/upload/preview/52001a.jpeg" width="96"
 height="72" alt=""/></a><br/>
{_text()}</p>
<p class="ftr"><a href="/">На главную</a></p></body></html>"""


def test_two_digit_year_and_bracketed_count_under_the_headline() -> None:
    rec = article_from_html(phone_page(), URL)
    assert rec is not None
    assert rec["published_at"] == "2024-09-07T11:25:00+05:00"
    assert rec["views"] == 1204


def test_bold_word_over_the_headline_is_the_rubric() -> None:
    rec = article_from_html(phone_page(), URL)
    assert rec is not None and rec["category"] == "Образование"


@pytest.mark.parametrize("kicker", [
    "<b>Сегодня в области открыли новую школу и детский сад.</b><br/>",  # a sentence
    "<b>07.09.2024</b><br/>",  # a date
    "Образование<br/>",  # not bold
])
def test_no_rubric_from_a_sentence_a_date_or_plain_text(kicker: str) -> None:
    rec = article_from_html(phone_page(kicker=kicker), URL)
    assert rec is not None and rec["category"] is None


def test_thumbnail_linking_to_its_photo_gives_the_full_picture() -> None:
    rec = article_from_html(phone_page(), URL)
    assert rec is not None
    assert rec["image_urls"] == ["https://ic24.kz/upload/full/52001a.jpeg"]


@pytest.mark.parametrize(("text", "expected"), [
    ("2024 жылғы 7 қыркүйек, сенбі, 11:25", datetime(2024, 9, 7, 11, 25)),
    ("7 сентября 2024, суббота, 11:25", datetime(2024, 9, 7, 11, 25)),
    ("September 7, 2024, Saturday, 11:25", datetime(2024, 9, 7, 11, 25)),
])
def test_weekday_between_the_date_and_its_time(text: str, expected: datetime) -> None:
    assert P.parse_date_text(text) == expected
    info = P.parse_info_line(text)
    assert info is not None and info.date == expected and info.category is None


def archive_page(*, counter: str, masthead: str) -> str:
    body = "\n".join(f"<P>{p}" for p in PARAS)
    return f"""<HTML><HEAD><TITLE>{TITLE}</TITLE></HEAD><BODY>
{masthead}
<DIV><A HREF=/>Главная</A> / <A HREF=/arhiv/>Архив</A></DIV>
<H2>{TITLE}</H2>
<P><STRONG>7 сентября 2024 г., 11:25</STRONG>
{body}
<P><SMALL>{counter}</SMALL>
<DIV><A HREF=/>На главную</A></DIV></BODY></HTML>"""


@pytest.mark.parametrize("counter", ["(Прочитано: 1204)", "[Оқылды: 1204]", "Read: 1204"])
def test_bracketed_read_counter_under_the_text(counter: str) -> None:
    rec = article_from_html(archive_page(counter=counter, masthead=""), URL)
    assert rec is not None and rec["views"] == 1204


@pytest.mark.parametrize("masthead", [
    "<IMG SRC=/design/top_strip.jpg WIDTH=980 HEIGHT=120 ALT=''>",  # far wider than high
    "<IMG SRC=/design/head.gif ALT=''>",  # a GIF above the headline
])
def test_site_masthead_is_no_photo(masthead: str) -> None:
    rec = article_from_html(archive_page(counter="", masthead=masthead), URL)
    assert rec is not None and rec["image_urls"] == []
    assert rec["published_at"] == "2024-09-07T11:25:00+05:00"
