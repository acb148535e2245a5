"""Pager links whose page number sits in a nested query key, beside parameters that sign the
query: followed exactly as the pager wrote them."""

from __future__ import annotations

import pytest

from kznews.sites.centerinform.listing import page_number, parse_listing

BASE = "https://ic24.kz/novosti"


@pytest.mark.parametrize("query, number", [
    ("tx_blog_pi2%5Bpage%5D=3&sig=0f0f", 3),  # a plugin's own page key, URL-encoded
    ("tx_blog_pi2[page]=3", 3),
    ("items%5B%40pager_1%5D%5BcurrentPage%5D=4&token=ab", 4),
    ("page[number]=5&page[size]=20", 5),  # JSON:API
    ("PAGEN_2=6", 6),
    ("list[pageNo]=2", 2),
    ("page[offset]=40", 40 + 1),  # an item offset, per page unknown: kept in order
    ("page[size]=20", None),  # a page size numbers nothing
    ("tx_blog_pi2[filter][year]=2021&tx_blog_pi2[page]=2", None),  # a calendar: a trap
    ("tx_blog_pi2%5Bsearch%5D%5Bword%5D=x&tx_blog_pi2%5Bpage%5D=2", None),
])
def test_page_number_in_a_nested_key(query: str, number: int | None) -> None:
    assert page_number(f"{BASE}?{query}", "/novosti") == number


def _listing(*pager: str) -> str:
    items = "".join(f'<div class="item"><a href="/news/t-u{n}">t</a><span>0{n}.05.2022</span>'
                    "</div>" for n in range(1, 8))
    return f'<body><div class="list">{items}</div><nav>{"".join(pager)}</nav></body>'


def test_signed_pager_links_keep_their_query_as_written() -> None:
    two = "/novosti?z_sig=9f&amp;blog%5B%40w_3%5D%5BcurrentPage%5D=2&amp;a=1"
    three = "/novosti?z_sig=77&amp;blog%5B%40w_3%5D%5BcurrentPage%5D=3&amp;a=1"
    html = _listing("<span>1</span>", f'<a href="{two}">2</a>', f'<a href="{three}">3</a>',
                    f'<a class="pager-fwd" href="{two}">Дальше</a>')
    _, pages = parse_listing(html, BASE)
    assert pages == [(BASE + "?z_sig=9f&blog%5B%40w_3%5D%5BcurrentPage%5D=2&a=1", 2),
                     (BASE + "?z_sig=77&blog%5B%40w_3%5D%5BcurrentPage%5D=3&a=1", 3)]


@pytest.mark.parametrize("link", [
    '<a href="/novosti?ajx=1&amp;tok=c0ffee">Келесі бет</a>',
    '<a href="/novosti/?state=Zm9v&amp;h=1">Next page</a>',
    '<li class="pg-next"><a href="/novosti?state=Zm9v">›</a></li>',
])
def test_a_next_link_to_the_listing_with_any_query_is_the_next_page(link: str) -> None:
    html = _listing(link)
    _, pages = parse_listing(html, BASE + "?state=YmFy", page=3)
    assert len(pages) == 1 and pages[0][1] == 4
    assert pages[0][0].startswith(BASE) and "?" in pages[0][0]


@pytest.mark.parametrize("link", [
    '<a href="/novosti?lang=en">English</a>',  # no pager word: no page
    '<a href="/novosti?sort=views&amp;t=1">Next</a>',  # a sorted listing: a trap
    '<a href="/novosti/politika?t=1">Далее</a>',  # another section
])
def test_other_links_to_the_listing_with_a_query_are_no_pages(link: str) -> None:
    _, pages = parse_listing(_listing(link), BASE)
    assert pages == []
