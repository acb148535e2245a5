"""``related`` holds every link of a page to another article of the crawled site, as the page
writes it, on the crawled origin: previous/next navigation (its label dropped), JSON-LD
references, cards whose link holds only the picture (titled by the card's headline box) or
that are clickable as a whole; never another server's ``-u<N>`` address."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kznews import article_from_html
from kznews.origin import rebase

URL = "https://example.kz/news/v-astane-otkryli-muzey-u70001"
BODY = ("<p>Астана. 3 мая. Центр информации - В столице открыли новый музей современного "
        "искусства на левом берегу.</p><p>Экспозиция собрала более двухсот работ художников "
        "из разных регионов страны и зарубежья.</p>")


def _related(extra: str, head: str = "") -> dict[str, dict[str, Any]]:
    page = (f"<html><head>{head}</head><body><main><h1>В Астане открыли музей</h1>{BODY}"
            f"</main>{extra}</body></html>")
    rec = article_from_html(page, URL)
    assert rec is not None
    return {r["id"]: r for r in rec["related"]}


def test_previous_next_links_are_related_without_their_label() -> None:
    nav = ('<nav class="post-navigation"><div class="nav-previous"><a href="/news/x-u70002">'
           '<span class="meta-nav">Предыдущая запись</span> Астанада жаңа саябақ ашылды</a></div>'
           '<div class="nav-next"><a rel="next" href="/news/y-u70003">Next story →</a></div>'
           "</nav>")
    related = _related(nav, '<link rel="prev" href="/news/z-u70004">')
    assert related["u70002"]["title"] == "Астанада жаңа саябақ ашылды"
    assert related["u70002"]["lang"] == "kk"
    assert related["u70003"]["title"] == ""  # the label is all the link shows
    assert related["u70004"]["url"] == "https://example.kz/news/z-u70004"


def test_a_headline_linked_elsewhere_too_keeps_its_text() -> None:
    extra = ('<nav><a rel="next" href="/news/y-u70003">Далее »</a></nav>'
             '<aside class="latest"><a href="/news/y-u70003">Tokayev meets investors</a></aside>')
    assert _related(extra)["u70003"]["title"] == "Tokayev meets investors"


def test_json_ld_references_are_related() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "В Астане открыли музей",
          "mentions": [{"@type": "NewsArticle", "name": "Farmers expect a record harvest",
                        "url": "https://example.kz/news/harvest-u70005", "inLanguage": "en-US"}],
          "relatedLink": ["/news/novost-u70006", "https://tengrinews.kz/news/park-u70007/"]}
    related = _related("", f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert related["u70005"]["title"] == "Farmers expect a record harvest"
    assert related["u70005"]["lang"] == "en"
    assert related["u70006"]["url"] == "https://example.kz/news/novost-u70006"
    assert "u70007" not in related


@pytest.mark.parametrize("href", [
    "https://www.example.kz/news/a-u70008?utm_source=x#comments",
    "http://m.example.kz/news/a-u70008", "//example.kz/news/a-u70008",
    "http://example.kz/news/a-u70008",
])
def test_the_sites_own_host_names_are_the_crawled_origin(href: str) -> None:
    related = _related(f'<aside><a href="{href}">Новый мост через Ишим</a></aside>')
    assert related["u70008"]["url"] == "https://example.kz/news/a-u70008"


@pytest.mark.parametrize("href", [
    "https://tengrinews.kz/kazakhstan_news/park-u470001/",
    "https://example.kz.news-24.example/news/sensatsiya-u70009",
    "https://example.kz:8443/news/a-u70009",
])
def test_other_servers_addresses_are_not_related(href: str) -> None:
    assert not _related(f'<aside><a href="{href}">Сенсация дня</a></aside>')


def test_a_picture_link_is_titled_by_its_cards_headline() -> None:
    cards = ('<section class="more"><div class="teaser"><a href="/news/a-u70010">'
             '<img src="/t/1.jpg" alt="Фото"></a><div class="teaser-headline">'
             "Шымкентте жастар форумы өтті</div></div>"
             "<div class=\"teaser\" onclick=\"location.href='/news/b-u70011'\">"
             '<img src="/t/2.jpg"><h4>Almaty opens two metro stations</h4></div></section>')
    related = _related(cards)
    assert (related["u70010"]["title"], related["u70010"]["lang"]) == \
        ("Шымкентте жастар форумы өтті", "kk")
    assert (related["u70011"]["title"], related["u70011"]["lang"]) == \
        ("Almaty opens two metro stations", "en")


@pytest.mark.parametrize("href, expected", [
    ("https://m.example.kz/news/x-u1", "https://example.kz/news/x-u1"),
    ("http://www.example.kz/news/x-u1", "https://example.kz/news/x-u1"),
    ("https://m.ic24.kz/news/x-u1", "https://example.kz/news/x-u1"),  # the outlet's host
    ("https://example.kz.news-24.example/news/x-u1", None),
    ("https://m.example.kz:8443/news/x-u1", None),
])
def test_links_on_the_sites_host_names_are_rebased(href: str, expected: str | None) -> None:
    assert rebase(href, "https://example.kz/novosti") == expected
