"""A pager's page-size menu is no list of pages (kznews.sites.centerinform.pager).

Liferay's pagination bar puts an items-per-page menu beside the page numbers: links labelled
"4", "8", "20", "40", "60" whose URLs set the list's size (its portlet-namespaced
``_…_delta=40``) and go back to the first page. Read by their labels they were pages 4, 8,
20…: the walk fetched the same list again at another size, found it repeating the first page
and failed the run's completeness check. Joomla's ``?limit=20`` list-limit links are the same
kind. A link labelled with the number its page-size parameter holds is that menu's item; a
page link whose own page number is its label stays a page even when the size matches it.
"""

from __future__ import annotations

import html

from kznews.sites.centerinform.listing import parse_listing

BASE = "https://ic24.kz"
NS = "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_nEwS20aPxYz_"
ITEMS = "".join(f'<div class="news_text"><a href="/news/story-{i}-u{45000 + i}">Новость {i}</a>'
                f"<p>16 Апреля 2021</p></div>" for i in range(20))


def liferay(cur: int, delta: int = 20) -> str:
    return (f"/novosti?p_p_id={NS[1:-1]}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&{NS}delta={delta}&{NS}resetCur=false&{NS}cur={cur}")


def pages(pager: str, url: str = f"{BASE}/novosti", page: int = 1) -> dict[str, int]:
    body = f"<html><body><div class='list'>{ITEMS}</div>{pager}</body></html>"
    return dict(parse_listing(body, url, page=page)[1])


def bar(count: int = 3, menu: tuple[int, ...] = (4, 8, 20, 40, 60)) -> str:
    items = "".join(f'<li><a class="dropdown-item" href="{html.escape(BASE + liferay(1, d))}">'
                    f"{d}</a></li>" for d in menu)
    numbers = "".join(f'<li class="page-item"><a class="page-link" '
                      f'href="{html.escape(BASE + liferay(n))}">{n}</a></li>'
                      for n in range(1, count + 1))
    return (f'<div class="pagination-bar"><div class="dropdown pagination-items-per-page">'
            f'<a class="dropdown-toggle page-link" href="javascript:;">20 записей</a>'
            f'<ul class="dropdown-menu">{items}</ul></div><ul class="pagination">{numbers}'
            f'<li class="page-item"><a class="page-link" href="{html.escape(BASE + liferay(2))}">'
            f'<span class="sr-only">Следующий</span></a></li></ul></div>')


def test_the_items_per_page_menu_names_no_page() -> None:
    found = pages(bar())
    assert found == {BASE + liferay(2): 2, BASE + liferay(3): 3}, found
    assert not [u for u in found if "delta=4&" in u or "delta=60&" in u]


def test_a_list_limit_select_of_links_names_no_page() -> None:
    pager = ('<div class="limit">Показывать по: <a href="/novosti?limit=10">10</a> '
             '<a href="/novosti?limit=50">50</a></div><ul class="pagination">'
             '<li><a href="/novosti?start=20">2</a></li><li><a href="/novosti?start=40">3</a>'
             '</li></ul>')
    found = pages(pager)
    assert found == {f"{BASE}/novosti?start=20": 2, f"{BASE}/novosti?start=40": 3}, found


def test_page_links_that_carry_the_size_stay_pages() -> None:
    """The guard: a pager whose every link carries the size, one of them labelled with the
    same number as the size (page 20 of a list twenty a page), keeps its pages."""
    numbers = "".join(f'<a href="/novosti?page={n}&amp;per_page=20">{n}</a>'
                      for n in (19, 20, 21))
    found = pages(f'<div class="pager">{numbers}</div>', url=f"{BASE}/novosti?page=18&per_page=20",
                  page=18)
    assert found == {f"{BASE}/novosti?page={n}&per_page=20": n for n in (19, 20, 21)}, found
    assert pages(bar(menu=())) == {BASE + liferay(2): 2, BASE + liferay(3): 3}
