"""``related`` languages under a badge: a ``ru`` printed before every sidebar item gives way
to a headline of another language, but a Russian headline full of English names (``Apple
представила iPhone 16 Pro Max``) is still Russian, and a badge's ``kk`` stands for a Kazakh
headline written without Kazakh-only letters."""

from __future__ import annotations

from typing import Any

import pytest

from kznews import article_from_html

URL = "http://h/news/v-almaty-otkryli-park-u50001"
BODY = ("<p>Алматы. 20 апреля. Центр информации - В Алматы открыли новый парк площадью "
        "двенадцать гектаров.</p><p>В парке высажено более трёх тысяч деревьев и проложены "
        "велосипедные дорожки вдоль реки.</p>")


def _related(after: str) -> dict[str, dict[str, Any]]:
    html = ('<html><body><article><h1>В Алматы открыли новый парк</h1>'
            f'<div class="news-text">{BODY}</div></article>{after}</body></html>')
    rec = article_from_html(html, URL)
    assert rec is not None
    return {r["id"]: r for r in rec["related"]}


def _sidebar(badge: str, title: str) -> str:
    return ('<section class="latest-news"><ul><li><a href="/news/some-story-u50002"><span '
            f'class="badge">{badge}</span> {title}</a></li></ul></section>')


@pytest.mark.parametrize("title", [
    "Apple представила iPhone 16 Pro Max и Apple Watch Series 10",
    "Samsung Galaxy S24 Ultra поступил в продажу",
    "Halyk Bank и Kaspi Bank снизили ставки",
    "Astana International Forum пройдет в мае",
    "Tesla Model Y: Илон Маск показал Cybertruck",
])
def test_a_russian_headline_full_of_english_names_keeps_its_ru_badge(title: str) -> None:
    related = _related(_sidebar("ru", title))
    assert related["u50002"] == {**related["u50002"], "title": title, "lang": "ru"}


@pytest.mark.parametrize("title", [
    "Президент Токаев жастарды марапаттады",
    "Астана жастары марапатталды",
])
def test_a_kazakh_headline_without_kazakh_letters_keeps_its_kk_badge(title: str) -> None:
    assert _related(_sidebar("kk", title))["u50002"]["lang"] == "kk"


@pytest.mark.parametrize(("badge", "title", "lang"), [
    ("ru", "Apple представила iPhone 16", "ru"),
    ("ru", "Residents of Shymkent receive new apartments", "en"),
    ("ru", "Qazaqstan Airways launches flights to Aktobe", "en"),
    ("ru", "Film «Қазақ хандығы» wins the main prize at the festival in Busan", "en"),
    ("ru", "Almatyda jana saiabaq ashyldy", "kk"),
    ("ru", "Астанада жаңа мектеп ашылды", "kk"),
    ("kk", "Оптовые цены на сжиженный газ планируют сохранить", "ru"),
    ("kk", "Digital family map to help target social support", "en"),
    ("en", "Президент Токаев провел встречу с молодежью", "ru"),
])
def test_a_badge_still_gives_way_to_a_headline_that_tells_its_language(
        badge: str, title: str, lang: str) -> None:
    assert _related(_sidebar(badge, title))["u50002"]["lang"] == lang


SLUG = "/news/kazakhstan-prodolzhaet-evakuirovat-grazhdan-u50003"
HEADLINE = "Казахстан продолжает эвакуировать граждан"


@pytest.mark.parametrize("before", [
    f'<a href="{SLUG}">10.07.2023</a>',
    f'<a href="{SLUG}">15:40</a>',
    f'<a href="{SLUG}"><i class="icon-comment"></i> 12</a>',
    f'<a href="{SLUG}">Комментарии (3)</a>',
    f'<a href="{SLUG}">Видео</a>',
    f'<a href="{SLUG}">Читать больше</a>',
    f'<a href="{SLUG}">Learn more</a>',
    '<a name="top">Наверх</a>',
])
def test_a_picture_links_card_is_titled_by_its_headline_link_not_a_label_before_it(
        before: str) -> None:
    """The card's first other link to the story may be its date, a count or a label."""
    card = (f'<div class="list"><div class="item"><a href="{SLUG}"><img src="/i/50003.jpg" '
            f'alt=""></a>{before}<a href="{SLUG}">{HEADLINE}</a></div></div>')
    related = _related(card)
    assert related["u50003"] == {**related["u50003"], "title": HEADLINE, "lang": "ru"}


def test_a_card_of_a_picture_and_only_a_label_is_untitled() -> None:
    card = (f'<div class="list"><div class="item"><a href="{SLUG}"><img src="/i/50003.jpg" '
            f'alt=""></a><a href="{SLUG}">10.07.2023</a></div></div>')
    assert _related(card)["u50003"]["title"] == ""
