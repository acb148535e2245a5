"""Listings linked without anchors: rows and cards that navigate when clicked (``onclick``,
``data-href``/``data-url``/``data-link``), and a ``<select>`` pager of page URLs or of numbers
a "go to page" form puts in its URL.

Synthetic markup (not any copy's); then the twenty-third copy's ``/lenta`` served at the
listing path ``/novosti`` and crawled (a real local server)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kznews.sites.centerinform.listing import parse_listing
from tests.copykit import scoring
from tests.copykit.crawl import scored_crawl
from tests.copykit.server import CopyServer
from tests.twentythirdsite import site
from tests.twentythirdsite import templates as T

URL = "http://h/novosti"


def _ids(page: str, url: str = URL) -> list[tuple[str, str, str | None]]:
    entries, _ = parse_listing(page, url, "/novosti")
    return [(e.id, e.title, str(e.listing_date) if e.listing_date else None) for e in entries]


@pytest.mark.parametrize("click", [
    "onclick=\"location.href='/news/park-u101'\"",
    "onclick=\"window.location = '/news/park-u101'; return false;\"",
    'onclick="document.location.href=&quot;http://h/news/park-u101&quot;"',
    "onclick=\"window.open('/news/park-u101', '_self')\"",
    "onclick=\"location.assign('/news/park-u101')\"",
    'data-href="/news/park-u101"', 'data-url="http://h/news/park-u101"',
    'data-link="/news/park-u101"',
])
def test_a_row_that_navigates_when_clicked_is_an_entry(click: str) -> None:
    rows = (f"<table><tr class=\"item\" {click}><td>17.04.2021 10:20</td><td>Открыт новый парк"
            "</td></tr><tr onclick=\"location.href='/news/most-u100'\"><td>16.04.2021</td>"
            "<td>Построен мост</td></tr></table>")
    assert _ids(f"<html><body>{rows}</body></html>") == [
        ("u101", "Открыт новый парк", "2021-04-17"), ("u100", "Построен мост", "2021-04-16")]


def test_rows_and_anchors_keep_page_order_and_only_site_articles_count() -> None:
    page = ("<html><body><ul>"
            "<li data-href='/news/a-u103'><b>Первая</b> <i>18 апреля 2021</i></li>"
            "<li><a href='/news/b-u102'>Вторая</a> 17 апреля 2021</li>"
            "<li onclick=\"location.href='/news/c-u101'\">Третья, 16 апреля 2021</li>"
            "<li onclick=\"location.href='javascript:go(\\'/news/d-u99\\')'\">Скрипт 15.04.2021"
            "</li><li data-href='http://other.example/news/e-u98'>Чужая 14.04.2021</li>"
            "<li data-url='/rubric/econ'>Рубрика 13.04.2021</li>"
            "<li onclick=\"trackClick(this)\"><a href='/news/f-u97'>Шестая</a> 12.04.2021</li>"
            "</ul><div class='share' data-url='/novosti'>Поделиться</div></body></html>")
    assert [i for i, _, _ in _ids(page)] == ["u103", "u102", "u101", "u97"]


def test_an_anchor_inside_a_clickable_card_gives_the_title() -> None:
    card = ("<div class='card' data-href='/news/park-u101'><span>17.04.2021</span>"
            "<a href='/news/park-u101'>Открыт новый парк</a><p>Подробнее о парке и его аллеях</p>"
            "</div>")
    assert _ids(f"<html><body>{card}</body></html>") == [
        ("u101", "Открыт новый парк", "2021-04-17")]


def _pager(options: str, form: str = "") -> str:
    rows = "".join(f"<tr onclick=\"location.href='/news/n-u{100 + k}'\"><td>1{k}.04.2021</td>"
                   f"<td>Новость {k}</td></tr>" for k in range(3))
    return f"<html><body><table>{rows}</table>{form}</body></html>".replace("FORM", options)


def test_a_select_pager_s_options_are_pages_labelled_by_their_text() -> None:
    urls = "".join(f'<option value="/novosti?page={k}"{" selected" * (k == 1)}>{k}</option>'
                   for k in range(1, 5))
    page = _pager(urls, '<div class="pages">Страница <select onchange="location.href=this.value">'
                        'FORM</select></div>')
    _, pages = parse_listing(page, URL, "/novosti")
    assert pages == [(f"http://h/novosti?page={k}", k) for k in range(2, 5)]
    # Drupal-style numbering from 0: the label, not the URL's number, places each page
    zero = "".join(f'<option value="?page={k - 1}">Стр. {k}</option>' for k in range(1, 4))
    _, pages = parse_listing(_pager(zero, "<select>FORM</select>"), URL, "/novosti")
    assert pages == [("http://h/novosti?page=1", 2), ("http://h/novosti?page=2", 3)]


def test_a_go_to_page_form_puts_a_bare_option_in_its_url() -> None:
    bare = "".join(f"<option>{k}</option>" for k in range(1, 4))
    form = '<form action="/novosti"><select name="page">FORM</select><button>OK</button></form>'
    _, pages = parse_listing(_pager(bare, form), URL, "/novosti")
    assert pages == [("http://h/novosti?page=2", 2), ("http://h/novosti?page=3", 3)]
    # a sort order or a posting form is no pager; a bare number outside a form leads nowhere
    for other in ('<form action="/novosti"><select name="sort">FORM</select></form>',
                  '<form method="post" action="/novosti"><select name="page">FORM</select></form>',
                  "<select>FORM</select>",
                  '<form action="/novosti"><select name="page"><option value="javascript:go(2)">2'
                  "</option></select></form>"):
        assert parse_listing(_pager(bare, other), URL, "/novosti")[1] == [], other


def _lenta_at_novosti(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """The copy with its ``/lenta`` (rows without anchors, a ``<select>`` pager) as the
    listing the crawl starts from."""
    parts = urlsplit(target)
    if parts.path in ("/novosti", "/novosti/"):
        page = parts.query.removeprefix("page=") or "1"
        if not page.isdigit() or not 1 <= int(page) <= site.page_count():
            return 404, site.HTML, T.not_found()
        body = T.lenta(int(page), f"http://{host}")
        return 200, site.HTML, body.replace(b"/lenta?page=", b"/novosti?page=")
    return site.route(target, host)


def test_the_copy_s_lenta_as_the_listing_is_crawled_whole(tmp_path: Path) -> None:
    with CopyServer(_lenta_at_novosti) as srv:
        truth = site.truth(srv.url)
        sc = scored_crawl("lenta at /novosti", srv.url, tmp_path, truth,
                          (*scoring.SCORED_FIELDS, "image_urls"), same=scoring.same_moment,
                          args=("-a", f"since={site.first_day():%Y-%m-%d}"))
    assert not sc.duplicates and not sc.unexpected, scoring.report(sc)
    assert sc.found == len(truth), scoring.report(sc)
    assert sc.accuracy >= 0.98, scoring.report(sc)
