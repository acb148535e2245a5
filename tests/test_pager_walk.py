"""The listing walk follows what a page's own pager says, served by a real local server.

Five small synthetic listings: pages counted from 0 (``?page=1`` is the second page), item
offsets (``?start=8``), a pager with nothing but a Kazakh "next" link over ``?p=N`` from 0; and
item offsets (``?offset=7``) and path page numbers (``/page/3/``) whose "previous" link
leads to the older entries, further on.
Each listing page must be read once, every article found; a repeated crawl stops at the
first page holding nothing new and ``max_pages`` bounds the walk.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl

HTML = {"Content-Type": "text/html; charset=utf-8"}
Response = tuple[int, dict[str, str], bytes]


def _article(num: int) -> bytes:
    day = date(2021, 4, 16) - timedelta(days=num)
    return f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Сообщение {num} о городе</title>
<meta property="article:published_time" content="{day.isoformat()}T10:00:00+06:00"></head>
<body><article><h1>Сообщение {num} о городе</h1><div class="article-text">
<p>В Алматы прошло совещание номер {num} о развитии городской инфраструктуры.</p>
<p>Участники обсудили планы на год и сроки ремонта дорог в {num} районах.</p>
</div></article></body></html>""".encode()


class Listing:
    """``count`` articles newest first, ``per_page`` a page; ``href(i)`` is the URL of
    the page at index ``i`` (0: the first) and ``pager(i)`` its pager markup."""

    def __init__(self, count: int, per_page: int, index: Callable[[dict[str, list[str]]], int],
                 href: Callable[[int], str], pager: Callable[[Listing, int], str]) -> None:
        self.count, self.per_page, self.index, self.href, self.pager = (
            count, per_page, index, href, pager)
        self.pages = -(-count // per_page)

    def ids(self, pages: int | None = None) -> set[str]:
        last = self.count if pages is None else min(self.count, pages * self.per_page)
        return {f"u{1000 + n}" for n in range(last)}

    def route(self, target: str, host: str) -> Response:
        parts = urlsplit(target)
        if parts.path.startswith("/news/"):
            num = int(parts.path.rsplit("-u", 1)[-1]) - 1000
            return (200, HTML, _article(num)) if 0 <= num < self.count else (404, HTML, b"")
        query = parse_qs(parts.query)
        numbered = re.fullmatch(r"/novosti/page/(\d+)", parts.path.rstrip("/"))
        if numbered:  # a page number in the path reaches ``index`` as ``n``
            query["n"] = [numbered.group(1)]
        elif parts.path.rstrip("/") != "/novosti":
            return 404, HTML, b"<html><body>not found</body></html>"
        i = self.index(query)
        rows = "".join(
            f'<div class="row"><a href="/news/soobshchenie-u{1000 + n}">Сообщение {n}</a>'
            f' <span>{date(2021, 4, 16) - timedelta(days=n):%d.%m.%Y}</span></div>'
            for n in range(i * self.per_page, min(self.count, (i + 1) * self.per_page)))
        pager = self.pager(self, i) if 0 <= i < self.pages else ""
        body = f'<html><body><h1>Новости</h1><div class="view">{rows}</div>{pager}</body></html>'
        return 200, HTML, body.encode()


def _number(query: dict[str, list[str]], key: str, scale: int = 1) -> int:
    raw = query.get(key, ["0"])[0]
    return int(raw) // scale if raw.isdigit() else -1


def _numbered(site: Listing, i: int, first: str, prev: str, nxt: str, last: str) -> str:
    items = [f'<li><a href="{site.href(0)}">{first}</a></li>',
             f'<li><a href="{site.href(i - 1)}">{prev}</a></li>'] if i else []
    items += [f"<li><b>{n + 1}</b></li>" if n == i else
              f'<li><a href="{site.href(n)}">{n + 1}</a></li>' for n in range(site.pages)]
    if i < site.pages - 1:
        items += [f'<li><a href="{site.href(i + 1)}">{nxt}</a></li>',
                  f'<li><a href="{site.href(site.pages - 1)}">{last}</a></li>']
    return f'<ul class="paging">{"".join(items)}</ul>'


def zero_based() -> Listing:
    return Listing(34, 10, lambda q: _number(q, "page"),
                   lambda i: "/novosti" if i == 0 else f"/novosti?page={i}",
                   lambda s, i: _numbered(s, i, "« первая", "‹ назад", "дальше ›", "последняя »"))


def offsets() -> Listing:
    return Listing(30, 8, lambda q: _number(q, "start", 8),
                   lambda i: "/novosti/" if i == 0 else f"/novosti/?start={8 * i}",
                   lambda s, i: _numbered(s, i, "Start", "Prev", "Next", "End"))


def next_only() -> Listing:
    def pager(site: Listing, i: int) -> str:
        return (f'<p class="more"><a href="/novosti?p={i + 1}">Келесі бет</a></p>'
                if i < site.pages - 1 else "")
    return Listing(25, 6, lambda q: _number(q, "p"), lambda i: f"/novosti?p={i}", pager)


def older_by_offset() -> Listing:
    """Item offsets whose words count entries in time, LiveJournal-style: "previous" are
    the older entries, further on; "next" the newer ones, back towards the root."""
    def pager(site: Listing, i: int) -> str:
        links = [f'<a href="/novosti/?offset={7 * (i + 1)}">« Previous 7 entries</a>'
                 ] if i < site.pages - 1 else []
        if i:
            links.append(f'<a href="{site.href(i - 1)}">Next 7 entries »</a>')
        return f'<div class="pager">{" · ".join(links)}</div>'
    return Listing(33, 7, lambda q: _number(q, "offset", 7),
                   lambda i: "/novosti/" if i == 0 else f"/novosti/?offset={7 * i}", pager)


def older_by_page_number() -> Listing:
    """Page numbers in the path whose words count entries in time, as a Russian blog theme
    says them: "Предыдущие записи" is the next page (older entries), "Следующие записи" the
    page before it."""
    def pager(site: Listing, i: int) -> str:
        links = [f'<a href="{site.href(i + 1)}">← Предыдущие записи</a>'
                 ] if i < site.pages - 1 else []
        if i:
            links.append(f'<a href="{site.href(i - 1)}">Следующие записи →</a>')
        return f'<div class="nav-links">{"".join(links)}</div>'

    def index(query: dict[str, list[str]]) -> int:
        return int(query["n"][0]) - 1 if "n" in query else 0
    return Listing(40, 6, index,
                   lambda i: "/novosti/" if i == 0 else f"/novosti/page/{i + 1}/", pager)


def _listing_requests(srv: CopyServer) -> Counter[str]:
    return Counter(t for _, t, _ in srv.requests if t.startswith("/novosti"))


@pytest.mark.parametrize("make", [zero_based, offsets, next_only, older_by_offset,
                                  older_by_page_number])
def test_every_listing_page_is_read_once(make: Callable[[], Listing], tmp_path: Path) -> None:
    site = make()
    with CopyServer(site.route) as srv:
        result = run_crawl(srv.url, tmp_path, "-a", "max_pages=50",
                           settings={"KZNEWS_RENDER": "never"})
        asked = _listing_requests(srv)
    assert result.returncode == 0, result.stderr[-3000:]
    assert {i["id"] for i in result.items} == site.ids()
    pages = {site.href(i) for i in range(site.pages)} | {"/novosti"}
    assert set(asked) <= pages and max(asked.values()) == 1, asked
    assert len(asked) == site.pages, asked


def test_repeated_crawl_stops_early_and_max_pages_bounds_the_walk(tmp_path: Path) -> None:
    site = zero_based()
    never = {"KZNEWS_RENDER": "never"}
    with CopyServer(site.route) as srv:
        bounded = run_crawl(srv.url, tmp_path / "a", "-a", "max_pages=2", settings=never)
        asked_bounded = _listing_requests(srv)
        full = run_crawl(srv.url, tmp_path / "b", "-a", "max_pages=50", settings=never)
        asked_full = _listing_requests(srv) - asked_bounded
        again = run_crawl(srv.url, tmp_path / "b", "-a", "max_pages=50", settings=never)
        asked_again = _listing_requests(srv) - asked_bounded - asked_full
    assert {r.returncode for r in (bounded, full, again)} == {0}, again.stderr[-3000:]
    assert asked_bounded == Counter({"/novosti": 1, "/novosti?page=1": 1})
    assert {i["id"] for i in bounded.items} == site.ids(pages=2)
    assert asked_full == Counter({site.href(i): 1 for i in range(site.pages)})
    assert asked_again == Counter({"/novosti": 1}) and not again.items  # nothing new
