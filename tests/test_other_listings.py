"""Other ways into a listing: JSON listings and the menu's other listings
(kznews/sites/centerinform/jsonlisting.py, menu.py; kznews/spiders/jsonwalk.py, otherways.py).

Synthetic listing markup and JSON (no copy's); the articles are the twenty-third copy's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from parsel import Selector

from kznews.sites.centerinform.jsonlisting import (
    JsonListingError,
    json_listing_links,
    read_json_listing,
)
from kznews.sites.centerinform.menu import is_listing, menu_listings
from tests.copykit import scoring
from tests.copykit.crawl import crawl_copy, scored_crawl
from tests.copykit.server import CopyServer
from tests.twentythirdsite import site
from tests.twentythirdsite import templates as T

Route = Callable[[str, str], tuple[int, dict[str, str], bytes]]
HTML = {"Content-Type": "text/html; charset=utf-8"}
JSON = {"Content-Type": "application/json"}
URL = "http://h/api/list?page=1"

# --------------------------------------------------------------------------- JSON listings


def _urls(body: object, url: str = URL) -> tuple[list[str], str | None]:
    page = read_json_listing(json.dumps(body), url)
    return [i.url for i in page.items], page.next_url


def test_items_and_a_next_url() -> None:
    body = {"items": [{"url": "/news/a-u5", "date": "2021-04-16"}], "next": "/api/list?page=2"}
    assert _urls(body) == (["http://h/news/a-u5"], "http://h/api/list?page=2")


@pytest.mark.parametrize(("body", "nxt"), [
    ({"data": {"items": [{"link": "/news/a-u5"}]}, "links": {"next": "?page=2"}},
     "http://h/api/list?page=2"),
    ({"results": [{"permalink": "/news/a-u5"}], "pagination": {"next_page": 2}},
     "http://h/api/list?page=2"),
    ({"posts": [{"href": "/news/a-u5"}], "next_cursor": "eyJpZCI6NX0"},
     "http://h/api/list?page=1&cursor=eyJpZCI6NX0"),
    ({"articles": [{"path": "/news/a-u5"}], "has_more": True}, "http://h/api/list?page=2"),
    ({"news": [{"url": "/news/a-u5"}], "page": 1, "pages": 3}, "http://h/api/list?page=2"),
    ({"news": [{"url": "/news/a-u5"}], "page": 3, "pages": 3}, None),
    ({"items": [{"url": "/news/a-u5"}], "next": None}, None),
    ([{"link": "/news/a-u5", "date": "2021-04-16T10:00:00"}], "http://h/api/list?page=2"),
    ({"data": {"edges": [{"node": {"url": "/news/a-u5"}}]}}, "http://h/api/list?page=2"),
    ({"items": [{"url": {"href": "/news/a-u5"}}], "_links": {"next": {"href": "/p/2"}}},
     "http://h/p/2"),
])
def test_lists_and_next_pages_by_generic_keys(body: object, nxt: str | None) -> None:
    assert _urls(body) == (["http://h/news/a-u5"], nxt)


def test_an_offset_url_steps_by_the_items_it_got() -> None:
    body = [{"url": f"/news/a-u{n}"} for n in range(3)]
    assert _urls(body, "http://h/api?offset=6&limit=3")[1] == "http://h/api?offset=9&limit=3"


@pytest.mark.parametrize(("value", "day"), [
    ("2021-04-16", date(2021, 4, 16)),
    ("2021-04-16T10:45:00", date(2021, 4, 16)),
    ("2021-04-15T20:30:00Z", date(2021, 4, 16)),  # Almaty is ahead of UTC
    ("Fri, 16 Apr 2021 10:45:00 +0600", date(2021, 4, 16)),
    (1618548300, date(2021, 4, 16)),
    (1618548300000, date(2021, 4, 16)),
    ("16 апреля 2021", date(2021, 4, 16)),
    ("soon", None),
])
def test_item_dates_are_listing_dates_in_almaty(value: object, day: date | None) -> None:
    for key in ("date", "published_at", "datePublished", "pubDate", "timestamp"):
        page = read_json_listing(json.dumps({"items": [{"url": "/n-u1", key: value}]}), URL)
        assert page.items[0].listing_date == day, key


def test_a_json_feed_and_wordpress_titles() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "1", "url": "https://h/news/a-u5", "date_published": "2021-04-16T10:00:00+06:00",
         "title": "Заголовок"}]}
    item = read_json_listing(json.dumps(feed), URL).items[0]
    assert (item.url, item.listing_date, item.title) == ("https://h/news/a-u5",
                                                        date(2021, 4, 16), "Заголовок")
    wp = [{"link": "/news/b-u6", "date": "2021-04-17T09:00:00", "title": {"rendered": "T"}}]
    assert read_json_listing(json.dumps(wp), URL).items[0].title == "T"


@pytest.mark.parametrize("body", ["{oops", "<html><body>404</body></html>", '{"id": 5}',
                                  '{"items": [{"name": "no url"}]}', "", '"text"'])
def test_no_json_listing_is_a_clear_error(body: str) -> None:
    with pytest.raises(JsonListingError):
        read_json_listing(body, URL)


def test_an_empty_list_is_the_end() -> None:
    assert _urls({"items": [], "next": None}) == ([], None)


def test_pages_name_their_json_listing_in_the_head_or_on_the_list() -> None:
    html = ('<html><head><link rel="alternate" type="application/json" href="/api/n?p=1">'
            '<link rel="alternate" type="application/rss+xml" href="/rss"></head><body>'
            '<ul class="feed" data-endpoint="/ajax/feed?page=1"></ul>'
            '<figure data-source="ТАСС"></figure></body></html>')
    root = Selector(text=html).root
    assert json_listing_links(root, "http://h/news") == ["http://h/api/n?p=1",
                                                         "http://h/ajax/feed?page=1"]


# --------------------------------------------------------------------------- menu listings

MENU = ('<header><nav class="main-nav"><a href="/">Главная</a> <a href="/politika">Политика</a>'
        ' <a href="/news-feed">Лента новостей</a> <a href="/rss">RSS</a></nav></header>'
        '<div class="links"><a href="/all">All news</a></div>'
        '<a href="/zhanalyqtar/">Оқиғалар</a> <a href="/news/x-u5">Барлық жаңалықтар</a>'
        '<a href="/novosti/2021/04/16/">Архив за 16 апреля</a> <a href="/sport">Спорт</a>'
        '<footer><a href="/kk/barlyq">Барлық жаңалықтар</a><a href="/search?q=1">Архив</a>'
        '</footer>')


def test_menu_links_to_listings_of_all_news_best_first() -> None:
    root = Selector(text=f"<html><body>{MENU}</body></html>").root
    found = [(urlsplit(c.url).path, c.rank) for c in menu_listings(root, "http://h/novosti")]
    assert found == [("/news-feed", 3), ("/kk/barlyq", 3), ("/all", 2), ("/zhanalyqtar/", 1)]


def test_a_listing_is_dense_paged_and_mostly_articles() -> None:
    assert is_listing(entries=10, dated=10, links=16, paged=True)
    assert not is_listing(entries=10, dated=10, links=16, paged=False)  # one page only
    assert not is_listing(entries=2, dated=2, links=5, paged=True)  # a calendar's day
    assert not is_listing(entries=6, dated=0, links=60, paged=True)  # a portal's front page


# --------------------------------------------------------------------------- crawls

ARTS = site.build()  # newest first
TODAY = ARTS[0].day
PER = 8


def _day_front(menu: str, newest: int = 0) -> bytes:
    """A "today" page: the newest day's news (or the ``newest`` news) and links to earlier
    days (a date archive)."""
    items = "".join(f'<p><a href="{a.path}">{a.title}</a> {a.day:%d.%m.%Y}</p>'
                    for a in (ARTS[:newest] if newest else ARTS) if newest or a.day == TODAY)
    back = "".join(f'<a href="/novosti?date={TODAY - timedelta(days=k):%Y-%m-%d}">{k}</a> '
                   for k in range(1, 4))
    return (f"<html><body><header><ul class='menu'>{menu}</ul></header><main>{items}</main>"
            f"<div class='cal'>{back}</div></body></html>").encode()


def _day(target: str) -> bytes:
    day = date.fromisoformat(parse_qs(urlsplit(target).query)["date"][0])
    items = "".join(f'<p><a href="{a.path}">{a.title}</a> {a.day:%d.%m.%Y}</p>'
                    for a in ARTS if a.day == day)
    prev = f'<a href="/novosti?date={day - timedelta(days=1):%Y-%m-%d}">←</a>'
    return f"<html><body>{items}<nav>{prev}</nav></body></html>".encode()


def _cards(arts: list[site.Article], pager: str) -> bytes:
    cards = "".join(f'<div class="card"><a href="{a.path}">{a.title}</a>'
                    f'<time>{a.day:%d.%m.%Y}</time></div>' for a in arts)
    return f"<html><body><section>{cards}</section>{pager}</body></html>".encode()


def _flat(target: str, oldest_first: bool) -> bytes:
    """``/all-stories/N``: PER cards a page, "next"/"newer" to page N+1."""
    n = int(urlsplit(target).path.rstrip("/").rsplit("/", 1)[1] or 1)
    order = list(reversed(ARTS)) if oldest_first else ARTS
    word = "Newer stories" if oldest_first else "Older stories"
    more = f'<a href="/all-stories/{n + 1}">{word}</a>' if n * PER < len(ARTS) else ""
    return _cards(order[(n - 1) * PER:n * PER], f"<div class='pages'>{more}</div>")


def _rubric(target: str) -> bytes:
    return _cards(ARTS[:PER], '<a rel="next" href="/politika?page=2">2</a>')


def _menu_site(oldest_first: bool = False, newest: int = 0) -> Route:
    menu = ('<li><a href="/politika">Политика</a></li>'
            '<li><a href="/all-stories/1">All stories</a></li>')

    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        path = urlsplit(target).path
        if path == "/novosti":
            return 200, HTML, _day(target) if "date=" in target else _day_front(menu, newest)
        if path.startswith("/all-stories/"):
            return 200, HTML, _flat(target, oldest_first)
        if path == "/politika":
            return 200, HTML, _rubric(target)
        return site.route(target, host)
    return route


def _crawl(route: Route, tmp_path: Path, max_pages: int = 20, since: date | None = None
           ) -> tuple[set[str], list[str], str]:
    args = ("-a", f"since={since or ARTS[-1].day}")
    with CopyServer(route) as srv:
        result = crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"}, max_pages=max_pages,
                            args=args)
        paths = [t for _, t, _ in srv.requests]
    return {str(i["url"]).rsplit("-", 1)[1] for i in result.items}, paths, result.stderr


@pytest.mark.parametrize("oldest_first", [False, True])
def test_a_date_archive_start_walks_the_menu_s_flat_listing(tmp_path: Path,
                                                            oldest_first: bool) -> None:
    found, paths, log = _crawl(_menu_site(oldest_first), tmp_path)
    assert found == {a.id for a in ARTS}
    pages = -(-len(ARTS) // PER)
    assert [p for p in paths if p.startswith("/all-stories/")] == \
        [f"/all-stories/{n}" for n in range(1, pages + 1)]
    assert not [p for p in paths if "date=" in p]  # the calendar is not needed
    assert paths.count("/politika") == 0  # a rubric is no listing of all news
    assert "'listing/probes': 1" in log and "'listing/chosen': 1" in log


def test_the_other_listing_may_open_with_the_news_the_start_page_showed(tmp_path: Path
                                                                         ) -> None:
    found, paths, _ = _crawl(_menu_site(newest=PER), tmp_path)
    assert found == {a.id for a in ARTS}
    assert not [p for p in paths if "date=" in p]


def test_probes_and_the_other_listing_share_max_pages(tmp_path: Path) -> None:
    found, paths, _ = _crawl(_menu_site(), tmp_path, max_pages=3)
    listing = [p for p in paths if p.startswith(("/novosti", "/all-stories/"))]
    assert listing == ["/novosti", "/all-stories/1", "/all-stories/2"]
    assert len(found) >= 2 * PER


def test_a_start_listing_with_a_pager_probes_nothing(tmp_path: Path) -> None:
    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(target)
        if parts.path == "/novosti":
            n = int(parse_qs(parts.query).get("page", ["1"])[0])
            nxt = f'<a href="/novosti?page={n + 1}">Далее</a>' if n * PER < len(ARTS) else ""
            menu = '<nav><a href="/lenta">Лента</a> <a href="/archive">Архив</a></nav>'
            return 200, HTML, _cards(ARTS[(n - 1) * PER:n * PER], menu + nxt)
        return site.route(target, host)

    found, paths, _ = _crawl(route, tmp_path)
    assert found == {a.id for a in ARTS}
    assert not [p for p in paths if p.startswith(("/lenta", "/archive"))]


def _json_site(body: Callable[[int], str], calendar: bool = False) -> Route:
    """``/novosti``: the first PER items and a list box naming its JSON (``/feed/data``)."""
    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(target)
        if parts.path == "/novosti" and "date=" in parts.query:
            return 200, HTML, _day(target)
        if parts.path == "/novosti":
            cal = f'<a href="/novosti?date={TODAY - timedelta(days=1):%Y-%m-%d}">←</a>' \
                if calendar else ""
            box = '<div class="stream" data-endpoint="/feed/data?offset=0"></div>'
            return 200, HTML, _cards(ARTS[:PER], box + cal)
        if parts.path == "/feed/data":
            offset = int(parse_qs(parts.query)["offset"][0])
            return 200, JSON, body(offset).encode()
        return site.route(target, host)
    return route


def _cursor_json(offset: int) -> str:
    chunk = ARTS[offset:offset + PER]
    items = [{"permalink": a.path, "publishedAt": f"{a.day}T12:00:00+05:00",
              "headline": a.title} for a in chunk]
    more = offset + PER < len(ARTS)
    return json.dumps({"data": {"results": items},
                       "meta": {"next": f"/feed/data?offset={offset + PER}" if more else None}})


def test_a_json_listing_named_by_the_list_is_walked_to_its_end(tmp_path: Path) -> None:
    found, paths, log = _crawl(_json_site(_cursor_json), tmp_path)
    assert found == {a.id for a in ARTS}
    offsets = [int(p.rsplit("=", 1)[1]) for p in paths if p.startswith("/feed/data")]
    assert offsets == list(range(0, len(ARTS), PER))
    assert "'listing/json/walked': 1" in log


def test_a_json_listing_stops_at_since(tmp_path: Path) -> None:
    since = ARTS[2 * PER + 1].day
    found, paths, _ = _crawl(_json_site(_cursor_json), tmp_path, since=since)
    assert {a.id for a in ARTS if a.day >= since} <= found
    assert len([p for p in paths if p.startswith("/feed/data")]) == 4  # page 4: all older


def test_bad_json_is_a_counted_drop_and_the_calendar_goes_on(tmp_path: Path) -> None:
    found, paths, log = _crawl(_json_site(lambda _: "{not json", calendar=True), tmp_path)
    assert "'listing/json/bad': 1" in log and "Traceback" not in log
    assert "JSON listing" in log and "dropped" in log
    assert [p for p in paths if "date=" in p]  # the date archive after it
    assert {a.id for a in ARTS[:PER]} <= found


def _vse_at_novosti(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """The twenty-third copy with its ``/vse`` (first items + a JSON API) as the listing."""
    if urlsplit(target).path in ("/novosti", "/novosti/"):
        return 200, site.HTML, T.vse(f"http://{host}")
    return site.route(target, host)


def test_the_copy_s_json_listing_as_the_listing_is_crawled_whole(tmp_path: Path) -> None:
    with CopyServer(_vse_at_novosti) as srv:
        truth = site.truth(srv.url)
        sc = scored_crawl("vse at /novosti", srv.url, tmp_path, truth,
                          (*scoring.SCORED_FIELDS, "image_urls"), same=scoring.same_moment,
                          args=("-a", f"since={site.first_day():%Y-%m-%d}"))
    assert not sc.duplicates and not sc.unexpected, scoring.report(sc)
    assert sc.found == len(truth), scoring.report(sc)


def test_a_repeated_crawl_stops_where_nothing_is_new(tmp_path: Path) -> None:
    args = ("-a", f"since={ARTS[-1].day}")
    with CopyServer(_json_site(_cursor_json)) as srv:  # one site (the store is per site)
        first = crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"}, args=args)
        before = len(srv.requests)
        again = crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"}, args=args)
        paths = [t for _, t, _ in srv.requests[before:]]
    assert len(first.items) == len(ARTS) and not again.items
    assert not [p for p in paths if p.startswith(("/feed/data", "/news/"))]
