"""The date-archive walk: day and month archive pages read back in time, bounded
(kznews/sites/centerinform/datearchive.py, kznews/spiders/datewalk.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kznews.sites.centerinform.datearchive import DateLink, DateWalk, date_links, date_of
from tests.copykit.crawl import crawl_copy
from tests.copykit.server import CopyServer
from tests.twentythirdsite import site

ROOTS = ("/news",)


@pytest.mark.parametrize(("href", "day", "month"), [
    ("/news/2021/04/16/", date(2021, 4, 16), False),
    ("/news/2021-04-16", date(2021, 4, 16), False),
    ("/archive/20210416", date(2021, 4, 16), False),
    ("/news?date=2021-04-16", date(2021, 4, 16), False),
    ("/news?day=16.04.2021", date(2021, 4, 16), False),
    ("/news/2021/04/", date(2021, 4, 1), True),
    ("/news?month=2021-04", date(2021, 4, 1), True),
    ("/arhiv?year=2021&month=4", date(2021, 4, 1), True),
])
def test_archive_links_name_their_day_or_month(href: str, day: date, month: bool) -> None:
    assert date_of(href, ROOTS) == DateLink(href, day, month)


@pytest.mark.parametrize("href", ["/news/2021/02/30/", "/sport/2021/04/16/", "/news/2021",
                                  "/news?date=tomorrow", "/news/some-2021-04-16-slug-u1"])
def test_other_links_are_no_archive_pages(href: str) -> None:
    assert date_of(href, ROOTS) is None


def _page(links: list[str]) -> str:
    return "<html><body>" + "".join(f'<a href="{h}">x</a>' for h in links) + "</body></html>"


def test_month_grids_and_previous_months_not_the_day_chain() -> None:
    walk = DateWalk()
    today = date(2021, 4, 20)
    # the front page: a grid of April's days with news, the previous month, a future month
    front = _page(["/news/2021/04/18/", "/news/2021/04/03/", "/news/2021/03/", "/news/2021/05/"])
    walk.learn(date_links(front, "http://h/news", ROOTS), None)
    order = []
    pages = {  # what each page links besides its grid: its neighbouring days
        "/news/2021/04/18/": ["/news/2021/04/17/", "/news/2021/04/19/", "/news/2021/04/03/"],
        "/news/2021/04/03/": ["/news/2021/04/02/", "/news/2021/04/04/", "/news/2021/03/"],
        "/news/2021/03/": ["/news/2021/03/31/", "/news/2021/03/31/", "/news/2021/02/"],
        "/news/2021/03/31/": ["/news/2021/03/30/", "/news/2021/04/01/"],
        "/news/2021/02/": ["/news/2021/01/"],
    }
    while (link := walk.next(today, date(2021, 2, 1))) is not None:
        path = urlsplit(link.url).path
        order.append(path)
        own = date_of(link.url, ROOTS)
        walk.learn(date_links(_page(pages.get(path, [])), link.url, ROOTS), own)
    assert order == ["/news/2021/04/18/", "/news/2021/04/03/", "/news/2021/03/",
                     "/news/2021/03/31/", "/news/2021/02/"]


def test_day_by_day_without_months_never_forward_never_twice() -> None:
    walk = DateWalk()
    today = date(2021, 4, 20)
    walk.learn([(DateLink("/news?date=2021-04-19", date(2021, 4, 19)), 1),
                (DateLink("/news?date=2021-04-25", date(2021, 4, 25)), 1)], None)
    seen = []
    while (link := walk.next(today, date(2021, 4, 15))) is not None:
        seen.append(link.day)
        back, ahead = link.day - timedelta(days=1), link.day + timedelta(days=1)
        walk.learn([(DateLink(f"/news?date={d}", d), 1) for d in (back, ahead)],
                   DateLink(link.url, link.day))
    assert seen == [date(2021, 4, d) for d in range(19, 14, -1)]


# --------------------------------------------------------------------------- a crawl

ARTS = site.build()[:3]  # three articles on three days, newest first
TODAY = ARTS[0].day


def _day_page(day: date) -> bytes:
    items = "".join(f'<li><a href="{a.path}">{a.title}</a> <span>{a.day:%d.%m.%Y}</span></li>'
                    for a in ARTS if a.day == day)
    back = day - timedelta(days=1)
    nav = f'<a class="prev-day" href="/novosti?date={back:%Y-%m-%d}">Предыдущий день</a>'
    if day < TODAY:
        nav += f' <a href="/novosti?date={day + timedelta(days=1):%Y-%m-%d}">Следующий</a>'
    return (f"<html><body><h1>{day}</h1><ul>{items or '<li>Нет новостей</li>'}</ul>"
            f"<nav>{nav}</nav></body></html>").encode()


def _route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(target)
    html = {"Content-Type": "text/html; charset=utf-8"}
    if parts.path == "/novosti":
        value = parse_qs(parts.query).get("date", [f"{TODAY:%Y-%m-%d}"])[0]
        day = date.fromisoformat(value)
        return (200, html, _day_page(day)) if day <= TODAY else (404, html, b"")
    return site.route(target, host)  # articles (and those they link), robots.txt, 404s


def _listing_days(srv: CopyServer) -> list[date]:
    return [date.fromisoformat(t.split("date=")[1]) for _, t, _ in srv.requests
            if t.startswith("/novosti?date=")]


def test_crawl_walks_the_days_back_to_since(tmp_path: Path) -> None:
    since = ARTS[-1].day
    with CopyServer(_route) as srv:
        items = crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"}, max_pages=500,
                           args=("-a", f"since={since}")).items
        days = _listing_days(srv)
    assert {a.id for a in ARTS} <= {str(i["url"]).rsplit("-", 1)[1] for i in items}
    assert len(days) == len(set(days)) and max(days) <= TODAY and min(days) == since


def test_crawl_without_since_stops_at_max_pages(tmp_path: Path) -> None:
    with CopyServer(_route) as srv:
        crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"}, max_pages=12)
        days = _listing_days(srv)
    assert len(days) == len(set(days)) and max(days) <= TODAY
    assert 8 <= len(days) <= 12
