"""A story's syndication and editorial life: a republished agency story's canonical and
source, an editorial disclaimer, a change stamp beside a day-only date, a series' parts and a
translation's link — each on a small page of its own."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html

URL = "http://h/news/v-aktau-otkryli-novuyu-shkolu-u50321"
P1 = "В Актау открыли новую школу на девятьсот учеников в пятнадцатом микрорайоне города."
P2 = "В здании оборудованы лаборатории по химии, физике и робототехнике для старших классов."
P3 = "Строительство второй очереди школы планируют завершить до конца следующего года."
SIDEBAR = ('<aside class="side-feed"><h3>Главное за день</h3><ul><li><a href="/news/'
           'drugaya-novost-dnya-u50300">Другая новость дня о погоде</a></li></ul></aside>')


def _page(content: str, head: str = "", top: str = "", after: str = "",
          stamp: str = '<time datetime="2023-05-11T10:20:00+06:00">11.05.2023 10:20</time>',
          lang: str = "ru") -> str:
    return (f'<html lang="{lang}"><head><title>В Актау открыли новую школу</title>{head}</head>'
            '<body><div class="page"><div class="news-item"><h1>В Актау открыли новую школу</h1>'
            f'<div class="news-item__info">{stamp}</div>{top}<div class="news-item__body">'
            f"{content}</div>{after}</div>{SIDEBAR}</div></body></html>")


def _record(html: str, url: str = URL) -> dict[str, object]:
    rec = article_from_html(html, url)
    assert rec is not None
    return rec


TEXT = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


@pytest.mark.parametrize("agency", [
    "https://www.reuters.com/world/asia/new-school-opens-in-aktau-2023-05-11/",
    "https://tengrinews.kz/kazakhstan_news/v-aktau-otkryli-shkolu-512345/",
])
def test_an_agency_canonical_on_another_server_is_the_canonical(agency: str) -> None:
    head = (f'<link rel="canonical" href="{agency}">'
            f'<meta property="og:url" content="{URL}">')
    rec = _record(_page(TEXT, head=head))
    assert rec["id"] == "u50321" and rec["url"] == URL
    assert rec["canonical_url"] == agency
    # another server's home page names no article: the page's own URL stands
    home = _record(_page(TEXT, head='<link rel="canonical" href="https://example.org/">'))
    assert home["canonical_url"] == URL


@pytest.mark.parametrize(("line", "lang", "want"), [
    ('Перепечатано с <a href="https://www.inform.kz/x">Казинформ</a>', "ru", "Казинформ"),
    ('Republished from <a href="https://www.reuters.com/x">Reuters</a>.', "en", "Reuters"),
    ('<a href="https://kaz.inform.kz/x">Kazinform</a> сайтынан көшірілді.', "kk", "Kazinform"),
])
def test_a_republished_line_after_the_text_names_the_source(line: str, lang: str,
                                                            want: str) -> None:
    after = f'<div class="reprint"><img src="/i/logo.png" alt="">{line}</div>'
    rec = _record(_page(TEXT, after=after, lang=lang))
    assert rec["source"] == want
    assert rec["body"] == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize("note", [
    "Мнение редакции может не совпадать с мнением автора.",
    "Позиция редакции не обязательно совпадает с точкой зрения автора публикации.",
    "The editorial board's views do not necessarily coincide with the author's.",
])
def test_an_editorial_disclaimer_is_no_text(note: str) -> None:
    rec = _record(_page(f'{TEXT}<p class="note"><i>{note}</i></p>'))
    assert rec["body"] == "\n\n".join([P1, P2, P3])


def test_a_change_stamp_lends_no_time_to_a_day_only_date() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "В Актау открыли новую школу", "datePublished": "2023-05-11",
                     "dateModified": "2023-05-11T19:05:00+06:00"})
    head = f'<script type="application/ld+json">{ld}</script>'
    for stamp in ('<time datetime="2023-05-11">11.05.2023</time> · <span class="edit-mark">'
                  'Изменено <time datetime="2023-05-11T19:05">11.05.2023 19:05</time></span>',
                  '<span>11.05.2023</span> <span class="date-modified">11.05.2023 19:05</span>',
                  "<span>11.05.2023 · Updated 11.05.2023 19:05</span>"):
        rec = _record(_page(TEXT, head=head, stamp=stamp))
        assert rec["published_at"] == "2023-05-11T00:00:00+06:00", stamp
        assert rec["published_date_precision"] == "day", stamp
    shown = _record(_page(TEXT, head=head, stamp="<span>11.05.2023 10:20</span>"))
    assert shown["published_at"] == "2023-05-11T10:20:00+06:00"


def test_series_parts_and_the_translation_are_related() -> None:
    series = ('<div class="cycle-nav"><b>Цикл «Школы Мангистау»</b><ol><li><a href="/news/'
              'shkoly-mangistau-chast-1-u50111">Часть 1</a></li><li class="current">Часть 2'
              '</li></ol></div>')
    note = ('<p class="lang-note">Материал доступен на английском: <a href="/news/New-school-'
            'opens-in-Aktau-u50322" hreflang="en">New school opens in Aktau</a></p>')
    rec = _record(_page(TEXT, top=note, after=series))
    ids = [r["id"] for r in rec["related"]]  # type: ignore[union-attr]
    assert {"u50111", "u50322"} <= set(ids), ids
    # a language switcher's label is no linked story
    switch = ('<ul class="langs"><li><a href="/news/New-school-opens-in-Aktau-u50322" '
              'hreflang="en">ENG</a></li></ul>')
    plain = _record(_page(TEXT, top=switch))
    assert "u50322" not in [r["id"] for r in plain["related"]]  # type: ignore[union-attr]
