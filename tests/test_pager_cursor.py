"""An item offset that is a moment is a cursor, not a count of entries
(kznews.sites.centerinform.pager): Squarespace's blog list pages by ``?offset=<publishOn in
Unix ms of the page's last post>``, a number that falls along a newest-first list. Read as a
count it put the "Older Posts" link of the second page behind that page, so the walk stopped
there; a real count (``?offset=20``) still places pages by its number."""

from __future__ import annotations

from kznews.sites.centerinform.listing import parse_listing

BASE = "https://ic24.kz"
ITEMS = "".join(f'<article class="entry"><a href="/news/story-{i}-u{45000 + i}">Новость {i}</a>'
                f"<time>4/16/21</time></article>" for i in range(20))


def pages(pager: str, url: str, page: int) -> dict[str, int]:
    html = f"<html><body>{ITEMS}{pager}</body></html>"
    return dict(parse_listing(html, url, page=page)[1])


def squarespace(newer: str | None, older: str) -> str:
    links = "" if newer is None else (
        f'<div class="newer"><a href="/novosti?reversePaginate=true&amp;offset={newer}" '
        f'rel="prev"><span>Newer Posts</span></a></div>')
    return (f'<nav class="blog-list-pagination">{links}<div class="older"><a '
            f'href="/novosti?offset={older}" rel="next"><span>Older Posts</span></a></div></nav>')


def test_the_older_posts_cursor_of_a_later_page_is_the_page_after_it() -> None:
    url = f"{BASE}/novosti?offset=1703667900000"
    found = pages(squarespace("1706000000000", "1617365100000"), url, 2)
    assert found[f"{BASE}/novosti?offset=1617365100000"] == 3


def test_the_first_pages_cursor_is_the_second_page() -> None:
    found = pages(squarespace(None, "1703667900000"), f"{BASE}/novosti", 1)
    assert found == {f"{BASE}/novosti?offset=1703667900000": 2}


def test_an_item_count_offset_still_numbers_its_page() -> None:
    pager = ('<div class="pager"><a href="/novosti?offset=20">Назад</a> '
             '<a href="/novosti?offset=60">4</a></div>')
    found = pages(pager, f"{BASE}/novosti?offset=40", 3)
    assert found[f"{BASE}/novosti?offset=60"] == 4
    assert found[f"{BASE}/novosti?offset=20"] == 2
