"""``related`` as a data team loads it: each linked article's headline and the headline's
language — a ``ru`` badge printed before every sidebar item does not make an English or Kazakh
headline Russian; a picture link's card is titled by its text link to the same story; a
previous/next link showing only its label is the story navigation's (titled by what it says
to screen readers, never by the label); a link whose words name no language (``Часть 2``, an
in-text ``сообщалось``) takes its language from its address, never none."""

from __future__ import annotations

from typing import Any

import pytest

from kznews import article_from_html

URL = "http://h/news/v-almaty-otkryli-park-u50001"
BODY = ("<p>Алматы. 20 апреля. Центр информации - В Алматы открыли новый парк площадью "
        "двенадцать гектаров.</p><p>В парке высажено более трёх тысяч деревьев и проложены "
        "велосипедные дорожки вдоль реки.</p>")


def _related(after: str, text: str = "") -> dict[str, dict[str, Any]]:
    html = ('<html><body><article><h1>В Алматы открыли новый парк</h1>'
            f'<div class="news-text">{BODY}{text}</div></article>{after}</body></html>')
    rec = article_from_html(html, URL)
    assert rec is not None
    return {r["id"]: r for r in rec["related"]}


def _sidebar(badge: str, title: str, href: str = "/news/some-story-u50002") -> str:
    return (f'<section class="latest-news"><ul><li><a href="{href}"><span class="badge">'
            f'{badge}</span> {title}</a></li></ul></section>')


@pytest.mark.parametrize(("badge", "title", "lang"), [
    ("ru", "Digital family map to help target social support", "en"),
    ("ru", "Шымкентте жастар форумы өтті", "kk"),
    ("en", "Оптовые цены на сжиженный газ планируют сохранить", "ru"),
])
def test_a_badge_the_headline_contradicts_gives_way_to_the_headline(
        badge: str, title: str, lang: str) -> None:
    """The seed's headline block prints ``ru`` before every item, whatever its language."""
    related = _related(_sidebar(badge, title))
    assert related["u50002"] == {**related["u50002"], "title": title, "lang": lang}


@pytest.mark.parametrize(("badge", "title", "lang"), [
    ("kk", "Astana Opera Gala 2023", "kk"),  # words of no language: the badge tells
    ("ru", "Оптовые цены на сжиженный газ планируют сохранить", "ru"),
    ("en", "Kazakh wrestlers win three gold medals in Bishkek", "en"),
    ("ru", "Минэкологии прокомментировало пожар в резервате «Ақжайық»", "ru"),  # a name
])
def test_a_badge_the_headline_agrees_with_or_cannot_tell_stands(
        badge: str, title: str, lang: str) -> None:
    assert _related(_sidebar(badge, title))["u50002"]["lang"] == lang


CARD = ('<div class="list"><div class="item"><a href="/news/{slug}-u50003"><img '
        'src="/i/50003.jpg" alt=""></a>{rest}<span class="date">10.07.2023</span></div></div>')


@pytest.mark.parametrize("rest", [
    '<a href="/news/{slug}-u50003">Казахстан продолжает эвакуировать граждан</a>',
    '<div><a href="/news/{slug}-u50003">Казахстан продолжает эвакуировать граждан</a>'
    '<div class="meta"><span>4272</span></div></div>',
])
def test_a_picture_links_card_is_titled_by_its_text_link(rest: str) -> None:
    slug = "kazakhstan-prodolzhaet-evakuirovat-grazhdan"
    related = _related(CARD.format(slug=slug, rest=rest.format(slug=slug)))
    assert related["u50003"]["title"] == "Казахстан продолжает эвакуировать граждан"
    assert related["u50003"]["lang"] == "ru"


def test_a_cards_heading_still_titles_it_and_a_read_more_link_never_does() -> None:
    slug = "kazakhstan-prodolzhaet-evakuirovat-grazhdan"
    rest = (f'<a href="/news/{slug}-u50003">Читать далее</a><h3>Казахстан продолжает '
            'эвакуировать граждан</h3>')
    assert _related(CARD.format(slug=slug, rest=rest))["u50003"]["title"] == \
        "Казахстан продолжает эвакуировать граждан"
    more = _related(CARD.format(slug=slug, rest=f'<a href="/news/{slug}-u50003">Подробнее →</a>'))
    assert more["u50003"]["title"] != "Подробнее →"


def test_a_bare_previous_next_label_is_no_title() -> None:
    """An ASP.NET page's ``<a id="…_hlNext">``: no ``rel``, no class, only the label."""
    nav = ('<div class="news-nav"><a id="ctl00_hlPrev" href="/news/v-kazakhstane-defitsit-'
           'vrachey-sokratilsya-u50004">← Предыдущая новость</a> <a id="ctl00_hlNext" '
           'href="/news/Grain-exports-reach-record-level-u50005" title="Grain exports reach '
           'record level">Следующая новость →</a> <a href="/news/Senate-passes-amnesty-law-'
           'u50006">Next →</a></div>')
    related = _related(nav)
    assert related["u50004"] == {**related["u50004"], "title": "", "lang": "ru"}
    assert related["u50005"] == {**related["u50005"], "title": "Grain exports reach record level",
                                 "lang": "en"}
    assert related["u50006"] == {**related["u50006"], "title": "", "lang": "en"}


def test_a_headline_opening_with_a_navigation_word_is_a_headline() -> None:
    title = "Next year's budget approved by the Senate"
    related = _related(_sidebar("en", title, "/news/Next-year-s-budget-approved-u50007"))
    assert related["u50007"]["title"] == title


@pytest.mark.parametrize(("href", "words", "lang"), [
    ("/news/v-kazakhstane-zapustili-novyy-servis-u50008", "сообщалось", "ru"),
    ("/news/aral-zhizn-posle-morya-chast-2-u50008", "Часть 2", "ru"),
    ("/news/v-almaty-proshel-obshchegorodskoy-subbotnik-u50008", "тут", "ru"),
    ("/news/national-bank-keeps-the-base-rate-u50008", "2", "en"),
])
def test_a_link_whose_words_name_no_language_takes_its_addresss(
        href: str, words: str, lang: str) -> None:
    text = f'<p>Напомним, ранее <a href="{href}">{words}</a> о похожих мерах в регионах.</p>'
    assert _related("", text)["u50008"]["lang"] == lang


@pytest.mark.parametrize("label", ["Русская версия", "English version", "Қазақша нұсқасы"])
def test_a_switchers_version_label_is_no_related_story(label: str) -> None:
    switch = (f'<div class="lang-switch"><a href="/news/Park-opens-in-Almaty-u50009" '
              f'hreflang="en">{label}</a></div>')
    assert "u50009" not in _related(switch)


def test_a_headline_about_a_version_is_a_related_story() -> None:
    title = "Новая версия приложения eGov стала доступна казахстанцам"
    related = _related(_sidebar("ru", title, "/news/novaya-versiya-prilozheniya-egov-u50010"))
    assert related["u50010"]["title"] == title
