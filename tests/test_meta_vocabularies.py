"""Facts kept in metadata vocabularies other than Open Graph (Dublin Core, Highwire,
Parse.ly, Sailthru, ``news_keywords``) and view counters kept in a ``<meta>`` or a ``data-*``
attribute."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html

URL = "http://h/news/zhana-mektep-ashyldy-u60001"
H1 = "В Шымкенте открыли новую школу на девятьсот мест"
P1 = "В Шымкенте начала работу новая школа на девятьсот мест, сообщили в акимате города."
P2 = "В здании оборудованы кабинеты робототехники, спортивный зал и столовая для учеников."
SITE_WIDE = '<meta name="keywords" content="новости, Казахстан, события">'


def _record(head: str = "", counter: str = "") -> dict[str, object]:
    html = (f'<html lang="ru"><head><title>{H1}</title>{SITE_WIDE}{head}</head><body>'
            f'<main><h1>{H1}</h1><div class="entry-meta">{counter}</div>'
            f'<div class="entry-content"><p>{P1}</p><p>{P2}</p></div></main>'
            '<aside class="sidebar"><div class="card" data-views="99999">'
            '<a href="/news/drugoe-u59990">Другая новость дня</a></div></aside></body></html>')
    rec = article_from_html(html, URL, listing_date="2021-05-10")
    assert rec is not None
    return rec


def _meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{content}">'


@pytest.mark.parametrize("head", [
    _meta("dcterms.modified", "2021-05-12T10:00:00+06:00")
    + _meta("dc.date.issued", "2021-05-10T14:25:00+06:00")
    + _meta("DCTERMS.created", "2021-05-10"),
    _meta("DC.Date", "2021-05-10T08:25:00Z"),
    _meta("parsely-pub-date", "2021-05-10T08:25:00Z"),
    "<meta name=\"parsely-page\" content='" + json.dumps(
        {"title": H1, "pub_date": "2021-05-10T08:25:00Z", "section": "x"}) + "'>",
    _meta("sailthru.date", "2021-05-10 14:25:00"),
])
def test_publication_in_a_metadata_vocabulary_beats_the_listing_day(head: str) -> None:
    assert _record(head)["published_at"] == "2021-05-10T14:25:00+06:00"


def test_a_modification_in_dublin_core_is_no_publication() -> None:
    rec = _record(_meta("DC.date.modified", "2021-05-12T10:00:00+06:00"))
    assert rec["published_at"] != "2021-05-12T10:00:00+06:00"


def test_news_keywords_are_tags_the_site_wide_keywords_never() -> None:
    assert _record(_meta("news_keywords", "школа, Шымкент,образование"))["tags"] == [
        "школа", "Шымкент", "образование"]
    assert not _record()["tags"]


@pytest.mark.parametrize("head", [
    "<meta name=\"parsely-page\" content='" + json.dumps(
        {"section": "Образование", "tags": ["школа", "Шымкент"]}, ensure_ascii=False) + "'>",
    _meta("parsely-section", "Образование") + _meta("parsely-tags", "школа, Шымкент"),
])
def test_parsely_rubric_and_tags(head: str) -> None:
    rec = _record(head)
    assert (rec["category"], rec["tags"]) == ("Образование", ["школа", "Шымкент"])


def test_broken_parsely_json_is_no_value_and_no_error() -> None:
    rec = _record("<meta name=\"parsely-page\" content='{\"section\": '>")
    assert not rec.get("category")


@pytest.mark.parametrize(("head", "counter"), [
    (_meta("views", "1 204"), ""),
    (_meta("hits", "1204"), ""),
    ("", '<span class="post-counter" data-view-count="1204"><i class="icon-eye"></i></span>'),
    ("", '<div class="meta__hits" data-hits="1204"></div>'),
])
def test_views_from_a_meta_or_a_counter_attribute(head: str, counter: str) -> None:
    assert _record(head, counter)["views"] == 1204


def test_a_sidebar_cards_counter_attribute_is_not_the_articles() -> None:
    assert _record()["views"] is None


@pytest.mark.parametrize(("head", "want"), [
    (_meta("citation_publication_date", "2021/05/09"), "2021-05-09T00:00:00+06:00"),
    (_meta("citation_date", "2021-05-09"), "2021-05-09T00:00:00+06:00"),
    (_meta("citation_date", "2021/5/9"), "2021-05-09T00:00:00+06:00"),
    (_meta("citation_date", "2021/05/08") + _meta("citation_publication_date", "2021/05/09"),
     "2021-05-09T00:00:00+06:00"),
    (_meta("citation_publication_date", "2021/05/09")
     + '<meta property="article:published_time" content="2021-05-10T14:25:00+06:00">',
     "2021-05-10T14:25:00+06:00"),
])
def test_highwire_citation_dates_are_the_publication(head: str, want: str) -> None:
    assert _record(head)["published_at"] == want


def test_a_citation_year_alone_is_no_date() -> None:
    assert _record(_meta("citation_publication_date", "2021"))["published_at"].startswith(
        "2021-05-10")  # the listing's day
