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
