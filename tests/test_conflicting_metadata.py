"""A page's own metadata among conflicting copies: several JSON-LD articles (a related item's
first), a day stored as a midnight moment, glyph images beside counters, a tag's link or a
source line where an info line's rubric or tags would be."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html
from kznews.extract import ldpage

URL = "http://h/news/v-astane-otkryli-novuyu-shkolu-u51001"
TITLE = "В Астане открыли новую школу на тысячу мест"
P1 = "В Астане открыли новую школу на тысячу двести мест, сообщает пресс-служба акимата."
P2 = "В здании оборудованы лаборатории, спортивный зал и библиотека с читальным залом."
P3 = "До конца года в городе планируют построить ещё четыре школы такого же размера."
RELATED_TITLE = "В Шымкенте завершили ремонт главной улицы"
RELATED_URL = "https://ic24.kz/news/v-shymkente-zavershili-remont-glavnoy-ulitsy-u50877"


def _ld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _article_ld(**extra: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", **extra}


def _page(head: str = "", info: str = "<span class=\"date\">12.03.2024, 09:30</span>",
          photo: str = "", h1: str = TITLE, tail: str = "") -> str:
    return (f"<html lang=\"ru\"><head><title>{TITLE} | Новости</title>{head}</head><body>"
            f"<div class=\"article\"><h1>{h1}</h1><div class=\"meta-row\">{info}</div>{photo}"
            f"<div class=\"article-text\"><p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}</div></div>"
            "<div class=\"sidebar\"><a href=\"/news/drugaya-novost-u50990\">Другая новость</a>"
            "</div></body></html>")


def _record(html: str, url: str = URL) -> dict[str, object]:
    rec = article_from_html(html, url)
    assert rec is not None
    return rec


# ------------------------------------------------------------------ several JSON-LD articles
def _related(**extra: object) -> str:
    return _ld(_article_ld(headline=RELATED_TITLE, datePublished="2023-11-02T18:00:00+06:00",
                           image=["https://ic24.kz/upload/related.jpg"], **extra))


@pytest.mark.parametrize("naming", [
    {"url": "https://ic24.kz/news/v-astane-otkryli-novuyu-shkolu-u51001"},  # another host
    {"@id": "http://h/news/v-astane-otkryli-novuyu-shkolu-u51001/#article"},
    {"mainEntityOfPage": {"@type": "WebPage",
                          "@id": "/news/v-astane-otkryli-novuyu-shkolu-u51001"}},
])
def test_the_block_naming_the_page_wins_over_a_related_items_first(
        naming: dict[str, object]) -> None:
    own = _ld(_article_ld(headline=TITLE, datePublished="2024-03-12T09:30:00+05:00",
                          image="http://h/upload/school.jpg", **naming))
    rec = _record(_page(_related(url=RELATED_URL) + own, info=""))
    assert rec["published_at"] == "2024-03-12T09:30:00+05:00"
    assert rec["image_urls"] == ["http://h/upload/school.jpg"]
    assert rec["title"] == TITLE


def test_without_addresses_the_block_whose_headline_the_page_shows_wins() -> None:
    # entities and escaped slashes, as an old CMS writes its JSON-LD
    own = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
           f'"{TITLE.replace("школу", "&laquo;школу&raquo;")}", "datePublished": '
           '"2024-03-12T09:30:00+05:00", "image": "http:\\/\\/h\\/upload\\/school.jpg"}</script>')
    rec = _record(_page(_related() + own, info="",
                        h1=TITLE.replace("школу", "«школу»")))
    assert rec["published_at"] == "2024-03-12T09:30:00+05:00"
    assert rec["image_urls"] == ["http://h/upload/school.jpg"]


def test_one_block_naming_another_page_gives_way_to_one_naming_none() -> None:
    blocks = [_article_ld(headline="Something else", url=RELATED_URL),
              _article_ld(headline="Nothing shown", datePublished="2024-03-12")]
    assert ldpage.own_article(blocks, [URL], lambda: [TITLE]) is blocks[1]
    # one object alone is the page's, whatever it names
    assert ldpage.own_article(blocks[:1], [URL], lambda: []) is blocks[0]
    assert ldpage.address_key("https://x.kz/news/%D0%B0-u1/?from=lenta#a") == "/news/а-u1"


# ------------------------------------------------------------------ a day stored as a moment
def test_a_midnight_moment_the_date_line_shows_as_a_day_is_a_day() -> None:
    own = _ld(_article_ld(headline=TITLE, url=URL, datePublished="2024-03-12T00:00:00+05:00"))
    rec = _record(_page(own, info="<span class=\"date\">12 марта 2024</span> 1 540 Общество"))
    assert rec["published_at"] == "2024-03-12T00:00:00+05:00"
    assert rec["published_date_precision"] == "day"
    # a real moment stays one; so does midnight when the page shows the time
    later = own.replace("T00:00:00", "T09:30:00")
    assert _record(_page(later, info="12 марта 2024"))["published_date_precision"] == "minute"
    shown = _record(_page(own, info="12 марта 2024, 00:00"))
    assert shown["published_date_precision"] == "minute"


# ------------------------------------------------------------------ glyphs are no photos
PHOTO = '<div class="photo"><img src="/upload/2024/03/school-1.jpg" alt=""></div>'


@pytest.mark.parametrize("glyph", [
    '<img src="/images/v.png" width="14" alt="">',  # declared tiny
    '<img src="/tpl/img/ico_views.png" alt="">',  # a glyph's file name
    '<img src="/tpl/img/calendar16.gif">',
    '<img src="/tpl/img/a1.png">',  # alone in the cell with the count
])
def test_an_icon_beside_a_count_in_an_info_cell_is_no_photo(glyph: str) -> None:
    info = (f"<table class=\"details\"><tr><td>12.03.2024, 09:30</td><td>{glyph} 2 418</td>"
            "<td><a href=\"/rubric/obshchestvo/\">Общество</a></td></tr></table>")
    rec = _record(_page(info=info, photo=PHOTO))
    assert rec["image_urls"] == ["http://h/upload/2024/03/school-1.jpg"]
    assert rec["views"] == 2418


def test_a_headline_broken_by_br_still_bounds_the_photos() -> None:
    h1 = TITLE.replace(" ", "<br>", 1)
    photo = PHOTO.replace("</div>", "<p class=\"caption\">Фото: пресс-служба акимата</p></div>")
    rec = _record(_page(photo=photo, h1=h1))
    assert rec["title"] == TITLE
    assert rec["image_urls"] == ["http://h/upload/2024/03/school-1.jpg"]


# ------------------------------------------------------------------ rubric, tags, source line
@pytest.mark.parametrize("tag", [
    '<a href="/tag/astana/">Астана</a>',
    '<span class="article-tags"><a href="/search?q=astana">Астана</a></span>',
])
def test_a_lone_tag_link_in_the_info_row_is_no_rubric(tag: str) -> None:
    rec = _record(_page(info=f"12.03.2024, 09:30 &middot; 1 540 {tag}"))
    assert rec["category"] is None
    assert rec["tags"] == ["Астана"]


def test_a_rubric_link_in_the_row_is_still_the_rubric() -> None:
    rec = _record(_page(info="12.03.2024, 09:30 &middot; 1 540 "
                             "<a href=\"/rubric/obrazovanie/\">Образование</a>"))
    assert rec["category"] == "Образование"


def test_a_source_line_is_no_tag_list() -> None:
    # printed under the date row, between headline and text, where the info line is read
    info = ("12.03.2024, 09:30 Образование</div><div class=\"source\"><b>Источник:</b> "
            "<a href=\"https://example.org/1\">КазТАГ</a>")
    rec = _record(_page(info=info))
    assert rec["tags"] == []
    assert rec["category"] == "Образование"
