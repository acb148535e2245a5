"""Listings whose direction words depend on the list's order: an oldest-first list's
"Newer →" leads further along it, and ``since`` cannot end its walk at its first (old) page.

Synthetic markup (not any copy's); then the twenty-third copy's ``/arhiv`` (oldest first)
served at the listing path ``/novosti`` and crawled (a real local server)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kznews.sites.centerinform.listing import oldest_first, parse_listing
from tests.copykit import scoring
from tests.copykit.crawl import scored_crawl
from tests.copykit.server import CopyServer
from tests.twentythirdsite import site
from tests.twentythirdsite import templates as T

URL = "http://h/novosti"


def _list(days: list[int], pager: str, url: str = URL) -> list[tuple[str, int]]:
    items = "".join(f'<div class="item"><a href="/news/n-u{300 + d}">Новость {d}</a> '
                    f"<span>{d:02d}.03.2022</span></div>" for d in days)
    return parse_listing(f"<html><body>{items}{pager}</body></html>", url, "/novosti")[1]


@pytest.mark.parametrize("newer", ["Новые →", "Более новые", "Свежие", "Newer", "Newer posts",
                                   "Жаңа", "Жаңарақ"])
def test_newer_leads_on_along_a_list_shown_oldest_first(newer: str) -> None:
    # a cursor the URL's numbers cannot place: only the words and the list's order do
    pager = f'<a href="/novosti?cursor=x9f">{newer}</a>'
    assert _list([1, 2, 3, 4], pager) == [("http://h/novosti?cursor=x9f", 2)]
    assert _list([4, 3, 2, 1], pager) == []  # newest first: newer is back, before page 1


@pytest.mark.parametrize("older", ["← Старые", "Ранее", "Более ранние", "Older", "Ескі",
                                   "Older entries"])
def test_older_leads_on_along_a_list_shown_newest_first(older: str) -> None:
    pager = f'<a href="/novosti?cursor=x9f">{older}</a>'
    assert _list([4, 3, 2, 1], pager) == [("http://h/novosti?cursor=x9f", 2)]
    assert _list([1, 2, 3, 4], pager) == []


def test_a_class_named_newer_or_older_is_a_direction_too() -> None:
    pager = '<a class="pager-newer" href="/novosti?cursor=a1">→</a>'
    assert _list([1, 2, 3], pager) == [("http://h/novosti?cursor=a1", 2)]
    pager = '<a class="older-link" href="/novosti?cursor=a1">»</a>'
    assert _list([3, 2, 1], pager) == [("http://h/novosti?cursor=a1", 2)]


def test_a_list_s_order_is_what_most_of_its_dates_say() -> None:
    def order(days: list[int | None]) -> bool | None:
        items = "".join(f'<p><a href="/news/n-u{300 + k}">Н</a> '
                        f'{f"{d:02d}.03.2022" if d else ""}</p>' for k, d in enumerate(days))
        return oldest_first(parse_listing(f"<html><body>{items}</body></html>", URL)[0])
    assert order([1, 2, 5, 3, 9]) is True
    assert order([9, 8, 8, 10, 2]) is False
    assert order([5, None, 5]) is None and order([3]) is None


def _arhiv_at_novosti(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """The copy with its oldest-first ``/arhiv`` as the listing the crawl starts from."""
    parts = urlsplit(target)
    if parts.path in ("/novosti", "/novosti/"):
        page = parts.query.removeprefix("p=") or "1"
        if not page.isdigit() or not 1 <= int(page) <= site.page_count():
            return 404, site.HTML, T.not_found()
        body = T.arhiv(int(page), f"http://{host}")
        return 200, site.HTML, body.replace(b"/arhiv?p=", b"/novosti?p=")
    return site.route(target, host)


def test_the_copy_s_oldest_first_arhiv_as_the_listing_is_crawled_whole(tmp_path: Path) -> None:
    with CopyServer(_arhiv_at_novosti) as srv:
        truth = site.truth(srv.url)
        sc = scored_crawl("arhiv at /novosti", srv.url, tmp_path, truth,
                          (*scoring.SCORED_FIELDS, "image_urls"), same=scoring.same_moment,
                          args=("-a", f"since={site.first_day():%Y-%m-%d}"))
    assert not sc.duplicates and not sc.unexpected, scoring.report(sc)
    assert sc.found == len(truth), scoring.report(sc)
    assert sc.accuracy >= 0.98, scoring.report(sc)


def test_since_does_not_end_a_walk_oldest_first_at_its_old_first_page(tmp_path: Path) -> None:
    since = site.oldest_first_items(2)[0].day  # the whole first page is older
    with CopyServer(_arhiv_at_novosti) as srv:
        truth = {k: v for k, v in site.truth(srv.url).items()
                 if str(v["published_at"])[:10] >= f"{since:%Y-%m-%d}"}
        sc = scored_crawl("arhiv at /novosti, since", srv.url, tmp_path, truth,
                          (*scoring.SCORED_FIELDS, "image_urls"), same=scoring.same_moment,
                          args=("-a", f"since={since:%Y-%m-%d}"))
    assert 0 < len(truth) < site.page_count() * site.PER_PAGE
    assert not sc.duplicates and not sc.unexpected, scoring.report(sc)
    assert sc.found == len(truth), scoring.report(sc)
