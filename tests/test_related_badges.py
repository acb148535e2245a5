"""The language of a related link comes from the badge printed before it when there is one
(the headline block's ``ru``/``en``/``kk``, or a site's ``РУС``/``ENG``/``ҚАЗ``/``QAZ``,
bracketed or not), else from its title."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/ru/novosti/v-almaty-otkryli-park-u50001"
BODY = ("<p>Алматы. 20 апреля. Центр информации - В Алматы открыли новый парк площадью "
        "двенадцать гектаров.</p><p>В парке высажено более трёх тысяч деревьев и проложены "
        "велосипедные дорожки вдоль реки.</p>")
TITLE = "Astana Opera Gala 2023"  # a title whose own words name no language


def _page(badge_markup: str) -> str:
    return (f"<html><body><article><h1>В Алматы открыли новый парк</h1>{BODY}</article>"
            f'<aside class="headlines"><ul><li>{badge_markup}'
            f' <a href="/news/astana-opera-gala-u50002">{TITLE}</a></li></ul></aside>'
            "</body></html>")


@pytest.mark.parametrize(("badge", "lang"), [
    ("<span>ҚАЗ</span>", "kk"), ("<b>QAZ</b>", "kk"), ("<span>[KZ]</span>", "kk"),
    ("<i>РУС</i>", "ru"), ("<span>(ENG)</span>", "en"), ("<span>ru</span>", "ru"),
])
def test_badge_names_the_language_of_a_related_link(badge: str, lang: str) -> None:
    rec = article_from_html(_page(badge), URL)
    assert rec is not None
    related = {r["id"]: r for r in rec["related"]}
    assert related["u50002"]["lang"] == lang
    assert related["u50002"]["title"] == TITLE


def test_without_a_badge_the_title_decides() -> None:
    rec = article_from_html(_page("<span>Жаңалық</span>").replace(
        TITLE, "Астанада жаңа саябақ ашылды"), URL)
    assert rec is not None
    assert rec["related"][0]["lang"] == "kk"


@pytest.mark.parametrize(("badge", "lang"), [
    ('<span class="badge">en</span>', "en"), ("<b>ҚАЗ</b>", "kk"), ("<span>[RU]</span>", "ru"),
])
def test_a_badge_inside_the_link_names_its_language_and_is_no_part_of_its_title(
        badge: str, lang: str) -> None:
    """``<a><span class="badge">en</span> <span itemprop="name">Title</span></a>``: a CMS's
    list module prints the badge inside the link."""
    page = _page("").replace(f">{TITLE}</a>", f'>{badge} <span itemprop="name">{TITLE}</span></a>')
    rec = article_from_html(page, URL)
    assert rec is not None
    related = {r["id"]: r for r in rec["related"]}
    assert related["u50002"] == {**related["u50002"], "title": TITLE, "lang": lang}


def test_a_title_opening_with_a_badge_word_of_its_own_keeps_it() -> None:
    """A badge is a word of its own: ``<b>EN</b>glish`` opens the title's first word."""
    page = _page("").replace(f">{TITLE}</a>", "><b>EN</b>glish courses open in Almaty</a>")
    rec = article_from_html(page, URL)
    assert rec is not None
    assert rec["related"][0]["title"] == "ENglish courses open in Almaty"
