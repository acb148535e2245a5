"""Listings paginated by a "load more" control, and list entries dated relatively.

Synthetic markup (not any copy's): buttons and links whose script fetches the next page from
a ``data-*``/``hx-get`` URL or a ``data-page`` number, chunk answers without ``<html>``, cards
dated "2 часа назад"/"кеше 19:00"/"3 years ago", items under "Сегодня"/"16 апреля" headings.
A walk over such a listing (a real local server) reads each page once and finds every article;
a repeated crawl stops at the first page; ``max_pages`` bounds it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from scrapy.http import HtmlResponse

from kznews.middlewares import body_problem
from kznews.sites.centerinform.listing import parse_listing, shows_partial_date
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl

HTML = {"Content-Type": "text/html; charset=utf-8"}
URL = "http://h/lenta"


def _card(n: int, when: str) -> str:
    return (f'<article class="tile"><a href="/news/soobshchenie-u{100 + n}">Сообщение {n}</a>'
            f'<time class="tile-when">{when}</time></article>')


@pytest.mark.parametrize("control", [
    '<button class="btn js-more" data-url="/lenta?page=2">Показать ещё</button>',
    '<button data-href="/lenta?page=2">Load more</button>',
    '<a href="#" class="feed-loadMore" data-next="/lenta?page=2">Ещё новости</a>',
    '<div class="more-news" data-ajax-url="/lenta?page=2"><span>Тағы</span></div>',
    '<button hx-get="/lenta?page=2" hx-swap="outerHTML">Больше новостей</button>',
    '<button class="show-more" data-page="2">›</button>',
])
def test_a_load_more_control_leads_to_the_next_page(control: str) -> None:
    page = (f'<html><body><section data-page="1">{_card(1, "15:40")}</section>{control}'
            "</body></html>")
    _, pages = parse_listing(page, URL, "/lenta")
    assert pages == [("http://h/lenta?page=2", 2)]


def test_a_load_more_url_outside_the_listing_counts_but_a_calendar_never() -> None:
    ajax = '<button class="load-more" data-url="/ajax/feed.php?PAGEN_1=3">Загрузить ещё</button>'
    _, pages = parse_listing(f"<div>{_card(1, 'вчера')}</div>{ajax}", URL + "?page=2", "/lenta",
                             page=2)
    assert pages == [("http://h/ajax/feed.php?PAGEN_1=3", 3)]
    trap = '<button class="load-more" data-url="/lenta?date=2021-04-15">Показать ещё</button>'
    _, pages = parse_listing(f"<div>{_card(1, 'вчера')}</div>{trap}", URL, "/lenta")
    assert pages == []


def test_data_page_follows_the_listings_own_numbering() -> None:
    button = '<button class="loadmore" data-page="4">Show more</button>'
    _, pages = parse_listing(f"<div>{_card(1, '1 hour ago')}</div>{button}",
                             "http://h/lenta/page/3/", "/lenta", page=3)
    assert pages == [("http://h/lenta/page/4", 4)] or pages == [("http://h/lenta/page/4/", 4)]


def test_sections_and_cards_with_data_attributes_are_no_controls() -> None:
    page = ('<div class="feed" data-page="2" data-url="/lenta?page=2">'
            f'{_card(1, "16 апреля")}</div><div class="banner" data-url="/promo">Реклама</div>')
    assert parse_listing(page, URL, "/lenta")[1] == []


@pytest.mark.parametrize("shown", [
    "2 часа назад", "вчера в 15:40", "кеше 19:00", "3 жыл бұрын", "5 лет назад", "1 year ago",
    "yesterday", "15:40", "16 апреля", "16 сәуір", "April 16", "Сегодня", "бүгін 09:05",
])
def test_relative_and_year_less_dates_mark_an_entry_but_give_no_date(shown: str) -> None:
    assert shows_partial_date(shown)
    (entry, bare), _ = parse_listing(f"<div>{_card(1, shown)}{_card(2, '')}</div>", URL,
                                     "/lenta")
    assert entry.shows_date and entry.listing_date is None  # absent, never a guess
    assert not bare.shows_date


@pytest.mark.parametrize("text", ["Сообщение о городе", "Просмотров: 1 234", "Фото: 12"])
def test_plain_text_shows_no_date(text: str) -> None:
    assert not shows_partial_date(text)


def test_date_headings_date_their_items_or_nothing() -> None:
    groups = ('<div class="day"><h3>Вчера</h3><ul><li><span>18:40</span>'
              '<a href="/news/a-u105">A</a></li></ul></div>'
              '<div class="day"><h3>16 апреля 2021</h3><ul><li><span>11:20</span>'
              '<a href="/news/b-u104">B</a></li></ul></div>')
    a, b = parse_listing(f"<body>{groups}</body>", URL, "/lenta")[0]
    assert (a.id, a.listing_date, a.shows_date) == ("u105", None, True)
    assert (b.id, b.listing_date, b.shows_date) == ("u104", date(2021, 4, 16), True)


def test_a_chunk_of_items_is_whole_but_a_page_without_its_end_is_cut_off() -> None:
    def answer(body: str) -> HtmlResponse:
        return HtmlResponse("http://h/lenta?page=2", body=body.encode(), headers=HTML)
    assert body_problem(answer(f'<div class="items">{_card(1, "вчера")}</div>')) is None
    assert body_problem(answer(f"<!DOCTYPE html><html><body>{_card(1, 'вчера')}")) == "unclosed"
    assert body_problem(answer(f"<body><div>{_card(1, 'вчера')}")) == "unclosed"


# --------------------------------------------------------------------------- a walk


def _article(num: int) -> bytes:
    day = date(2021, 4, 16) - timedelta(days=num)
    return f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Сообщение {num} о городе</title>
<meta property="article:published_time" content="{day.isoformat()}T10:00:00+06:00"></head>
<body><article><h1>Сообщение {num} о городе</h1><div class="article-text">
<p>В Алматы прошло совещание номер {num} о развитии городской инфраструктуры.</p>
<p>Участники обсудили планы на год и сроки ремонта дорог в {num} районах.</p>
</div></article></body></html>""".encode()


class LoadMore:
    """``count`` articles, ``per`` a page: the first page a whole page with full dates, the
    others chunks from ``/api/lenta?page=N`` with relative dates; the last has no button."""

    count, per = 29, 6
    pages = -(-count // per)

    def chunk(self, n: int) -> str:
        first = n * self.per
        cards = "".join(
            _card(k, f"{(date(2021, 4, 16) - timedelta(days=k)):%d.%m.%Y}" if n == 0
                  else f"{k} дней назад")
            for k in range(first, min(self.count, first + self.per)))
        more = (f'<button class="btn-more" data-url="/api/lenta?page={n + 1}">Показать ещё'
                "</button>") if n < self.pages - 1 else ""
        return f'<div class="items" data-page="{n}">{cards}</div>{more}'

    def route(self, target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(target)
        if parts.path.startswith("/news/"):
            num = int(parts.path.rsplit("-u", 1)[-1]) - 100
            return (200, HTML, _article(num)) if 0 <= num < self.count else (404, HTML, b"")
        if parts.path == "/novosti":
            return 200, HTML, f"<html><body><h1>Лента</h1>{self.chunk(0)}</body></html>".encode()
        if parts.path == "/api/lenta":
            n = int(parse_qs(parts.query)["page"][0])
            return 200, HTML, (self.chunk(n) if n < self.pages else "").encode()
        return 404, HTML, b""

    def ids(self, pages: int | None = None) -> set[str]:
        return {f"u{100 + k}" for k in range(min(self.count, (pages or self.pages) * self.per))}


def _asked(srv: CopyServer) -> Counter[str]:
    return Counter(t for _, t, _ in srv.requests if t.startswith(("/novosti", "/api/")))


def test_a_load_more_listing_is_walked_once_and_a_repeat_stops_at_once(tmp_path: Path) -> None:
    site, never = LoadMore(), {"KZNEWS_RENDER": "never"}
    with CopyServer(site.route) as srv:
        bounded = run_crawl(srv.url, tmp_path / "a", "-a", "max_pages=2", settings=never)
        asked_bounded = _asked(srv)
        full = run_crawl(srv.url, tmp_path / "b", "-a", "max_pages=50", settings=never)
        asked_full = _asked(srv) - asked_bounded
        again = run_crawl(srv.url, tmp_path / "b", "-a", "max_pages=50", settings=never)
        asked_again = _asked(srv) - asked_bounded - asked_full
    assert {r.returncode for r in (bounded, full, again)} == {0}, full.stderr[-3000:]
    assert asked_bounded == Counter({"/novosti": 1, "/api/lenta?page=1": 1})
    assert {i["id"] for i in bounded.items} == site.ids(pages=2)
    assert {i["id"] for i in full.items} == site.ids()
    assert asked_full == Counter(["/novosti", *(f"/api/lenta?page={n}"
                                                for n in range(1, site.pages))])
    assert asked_again == Counter({"/novosti": 1}) and not again.items
