"""Listing pages: article links with their dates, and pagination in any plausible style."""

from __future__ import annotations

from datetime import date

import pytest

from kznews.sites.centerinform.listing import on_site, page_number, parse_listing

BASE = "https://ic24.kz/novosti"


@pytest.mark.parametrize("href, number", [
    ("https://ic24.kz/novosti", 1),
    ("https://ic24.kz/novosti?page=3", 3),
    ("https://ic24.kz/novosti/?PAGEN_1=4", 4),
    ("https://ic24.kz/novosti/page/5/", 5),
    ("https://ic24.kz/novosti/6", 6),
    ("https://ic24.kz/novosti?date=2021-04-16", None),  # calendar: a trap, never followed
    ("https://ic24.kz/novosti?page=2&sort=views", None),
    ("https://ic24.kz/about", None),
])
def test_page_number(href: str, number: int | None) -> None:
    assert page_number(href, "/novosti") == number


def test_listing_items_carry_their_dates_in_any_markup() -> None:
    html = """<body>
      <div class="news_text"><a href="/news/u-kazakhstantsev-u45694">У казахстанцев</a>
        <p>16 Апреля 2021</p></div>
      <li class="feed-row"><time>02.08.2021</time>
        <a href="/news/Artwork-u46768?utm_source=x">Artwork</a></li>
      <aside><a href="/news/other-u1">Popular, no date</a></aside>
      <a href="https://evil.example/news/x-u2">offsite</a>
      <a href="javascript:void(0)">js</a> <a href="mailto:x@ic24.kz">mail</a>
    </body>"""
    entries, _ = parse_listing(html, BASE)
    got = {e.id: (e.url, e.listing_date) for e in entries}
    assert got == {
        "u45694": ("https://ic24.kz/news/u-kazakhstantsev-u45694", date(2021, 4, 16)),
        "u46768": ("https://ic24.kz/news/Artwork-u46768", date(2021, 8, 2)),
        "u1": ("https://ic24.kz/news/other-u1", None),
    }


def test_pagination_under_a_redirected_listing_and_rel_next() -> None:
    html = """<html><head><link rel="next" href="/ru/lenta/?start=40"></head><body>
      <a href="/ru/lenta/?PAGEN_1=3">3</a> <a href="/ru/lenta/?q=x">search</a></body></html>"""
    _, pages = parse_listing(html, "https://ic24.kz/ru/lenta/?PAGEN_1=2", page=2)
    assert pages == [("https://ic24.kz/ru/lenta/?PAGEN_1=3", 3),
                     ("https://ic24.kz/ru/lenta/?start=40", 41)]  # no items: offset order


def test_load_more_offsets_become_page_numbers_by_items_per_page() -> None:
    items = "".join(f'<div class="card"><a href="/news/x-u{n}">t</a><p>16.04.2021</p></div>'
                    for n in range(20))
    html = f'<body>{items}<a href="/novosti?offset=20">Загрузить ещё</a></body>'
    entries, pages = parse_listing(html, BASE)
    assert len(entries) == 20 and pages == [("https://ic24.kz/novosti?offset=20", 2)]


@pytest.mark.parametrize("href, expected", [
    ("http://127.0.0.1:8000/news/x-u1", "http://127.0.0.1:8000/news/x-u1"),
    ("https://ic24.kz/news/x-u1", "http://127.0.0.1:8000/news/x-u1"),  # a copy's own links
    ("https://www.ic24.kz/news/x-u1", "http://127.0.0.1:8000/news/x-u1"),
    ("https://evil.example/news/x-u1", None),
    ("mailto:x@ic24.kz", None),
    ("javascript:void(0)", None),
])
def test_links_to_the_outlet_count_as_the_crawled_copy(href: str, expected: str | None) -> None:
    assert on_site(href, "http://127.0.0.1:8000/novosti") == expected
