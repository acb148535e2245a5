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
    html = """<html><head><link rel="next" href="/ru/lenta/?PAGEN_1=3"></head><body>
      <a href="/ru/lenta/?PAGEN_1=4">4</a> <a href="/ru/lenta/?q=x">search</a></body></html>"""
    _, pages = parse_listing(html, "https://ic24.kz/ru/lenta/?PAGEN_1=2", page=2)
    assert pages == [("https://ic24.kz/ru/lenta/?PAGEN_1=3", 3),
                     ("https://ic24.kz/ru/lenta/?PAGEN_1=4", 4)]


def _pager(*links: str) -> str:
    items = "".join(f'<article><a href="/news/x-u{n}">t</a> <time>16.04.2021</time></article>'
                    for n in range(10))
    return f'<body><main>{items}</main><ul class="pages">{"".join(links)}</ul></body>'


def test_a_pager_counting_from_zero_is_walked_as_it_labels_its_links() -> None:
    first = _pager('<li class="is-active">1</li>', '<li><a href="?page=1">2</a></li>',
                   '<li><a href="?page=2">3</a></li>',
                   '<li class="item-next"><a href="?page=1">Next ›</a></li>',
                   '<li class="item-end"><a href="?page=6">Last »</a></li>')
    _, pages = parse_listing(first, BASE)
    assert pages == [(BASE + "?page=1", 2), (BASE + "?page=2", 3), (BASE + "?page=6", 7)]
    # page 2 (served at ?page=1): the root is page 1, an unlabelled "»" goes by its URL
    second = _pager('<a href="/novosti">1</a>', '<span>2</span>', '<a href="?page=2">3</a>',
                    '<a href="?page=6">»</a>')
    _, pages = parse_listing(second, BASE + "?page=1", page=2)
    assert pages == [(BASE, 1), (BASE + "?page=2", 3), (BASE + "?page=6", 7)]


def test_item_offsets_are_pages_by_the_pager_labels() -> None:
    html = _pager('<a href="/novosti?start=15">2</a>', '<a href="/novosti?start=30">3</a>',
                  '<a href="/novosti?start=15">Вперёд</a>',
                  '<a href="/novosti?start=135">В конец</a>')
    _, pages = parse_listing(html, BASE)  # 15 a page, though this one shows 10 dated items
    assert pages == [(BASE + "?start=15", 2), (BASE + "?start=30", 3), (BASE + "?start=135", 10)]


@pytest.mark.parametrize("link", [
    '<a href="?page=1">Следующая страница</a>', '<a href="?page=1">Next page</a>',
    '<a href="?page=1">Келесі</a>', '<a href="?page=1">›</a>', '<a href="?page=1">»</a>',
    '<a href="?page=1">Показать ещё</a>', '<a rel="next" href="?page=1"><i></i></a>',
    '<a class="pagination__next" href="?page=1"><svg></svg></a>',
    '<a aria-label="Next" href="?page=1"></a>',
])
def test_a_next_link_is_the_page_after_this_one(link: str) -> None:
    _, pages = parse_listing(_pager(link), BASE)
    assert pages == [(BASE + "?page=1", 2)]


@pytest.mark.parametrize("word", ["Последняя »", "Соңғы", "Last", "В конец"])
def test_a_last_link_is_no_next_link(word: str) -> None:
    _, pages = parse_listing(_pager('<a href="?page=1">2</a>', f'<a href="?page=5">{word}</a>'),
                             BASE)
    assert pages == [(BASE + "?page=1", 2), (BASE + "?page=5", 6)]


def test_next_words_to_other_sections_are_no_pages_but_rel_next_counts_anywhere() -> None:
    html = _pager('<a href="/novosti/politika">Ещё новости</a>', '<a href="/archive">Next</a>',
                  '<a rel="next" href="/archive/2021-2">»</a>')
    _, pages = parse_listing(html, BASE)
    assert pages == [("https://ic24.kz/archive/2021-2", 2)]


def test_a_last_arrow_yields_its_place_to_the_labelled_page() -> None:
    html = _pager('<a href="?page=1">2</a>', '<a href="?page=1">›</a>', '<a href="?page=8">»</a>')
    _, pages = parse_listing(html, BASE)
    assert pages == [(BASE + "?page=1", 2), (BASE + "?page=8", 9)]


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


def _walk_links(links: list[tuple[str, str]]) -> str:
    return _pager(*(f'<li><a href="{href}">{label}</a></li>' for href, label in links))


@pytest.mark.parametrize("older, newer", [
    ("« Предыдущие 20", "Следующие 20 »"),  # LiveJournal: "previous" entries are older
    ("‹ Previous 20 entries", "Next 20 entries ›"),
    ("Алдыңғы 20", "Келесі 20"),
    ("Следующие 20 »", "« Предыдущие 20"),  # the other habit: "next" along the list
])
@pytest.mark.parametrize("key", ["skip", "start", "offset", "from"])
def test_an_offset_pager_is_walked_by_its_offsets_whatever_its_words_mean(
        key: str, older: str, newer: str) -> None:
    """A "previous/next N" link on an item-offset pager may mean older/newer entries, or
    the pages before/after: the offset says which way the link goes."""
    walk = [BASE]
    for _ in range(5):
        here = walk[-1]
        at = int(here.rsplit("=", 1)[1]) if "=" in here else 0
        links = [(f"/novosti?{key}={at + 20}", older)]
        if at:
            links.append((f"/novosti?{key}={at - 20}" if at > 20 else "/novosti", newer))
        _, pages = parse_listing(_walk_links(links), here, page=len(walk))
        following = min((n, u) for u, n in pages if n > len(walk))
        assert following == (len(walk) + 1, f"{BASE}?{key}={at + 20}"), (here, pages)
        walk.append(following[1])


def test_a_from_parameter_is_an_offset_but_a_date_range_stays_a_trap() -> None:
    assert page_number(BASE + "?from=30", "/novosti", per_page=10) == 4
    for trap in ("?from=20210416", "?from=2021-04-16", "?from=10&to=20", "?from=lenta"):
        assert page_number(BASE + trap, "/novosti") is None, trap
