"""Hostile servers: links and redirects to other servers, huge listings, endless related links.

Each crawl runs against a real HTTP server on 127.0.0.1 (tests/hostile.py) scripted to be
hostile; where the class is about other servers, a second real server — the canary, which
would serve a perfectly good article — must receive no request at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from kznews.extract import text as text_module
from kznews.origin import Origin, origin_of, rebase, same_origin
from kznews.sites.centerinform import listing
from kznews.sites.centerinform.outlet import article_id as outlet_article_id
from kznews.spiders.args import ArgumentError, CrawlArgs
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.hostile import (
    HTML,
    NOT_FOUND,
    ROBOTS,
    Answer,
    HostileServer,
    article_html,
    listing_html,
    redirect,
)
from tests.test_faults import scrapy_stats

QUIET = {"KZNEWS_MONITORS_ENABLED": "0"}  # the drops below are expected, not alerts


# -- the origin test itself ---------------------------------------------------------------------


@pytest.mark.parametrize("url, base, same", [
    ("http://127.0.0.1:8000/news/u1", "http://127.0.0.1:8000/novosti", True),
    ("http://127.0.0.1:8001/news/u1", "http://127.0.0.1:8000", False),  # same IP, other port
    ("//127.0.0.1:8001/news/u1", "http://127.0.0.1:8000", False),  # not absolute: never
    ("http://127.0.0.1:8000@127.0.0.1:8001/x", "http://127.0.0.1:8000", False),
    ("http://user@127.0.0.1:8000/x", "http://127.0.0.1:8000", True),
    ("https://127.0.0.1:8000/x", "http://127.0.0.1:8000", False),  # scheme change, same port
    ("http://localhost:8000/x", "http://127.0.0.1:8000", False),  # another name: not trusted
    ("http://EXAMPLE.kz:80/x", "http://example.kz", True),  # the implied port
    ("https://example.kz:443/x", "https://example.kz/", True),
    ("http://example.kz./x", "http://example.kz", True),
    ("https://example.kz/x", "http://example.kz", False),  # a copy's http is not its https
    ("http://www.example.kz/x", "http://example.kz", False),
    ("http://[::1]:8000/x", "http://[::1]:8000", True),
    ("http://[::1]:8001/x", "http://[::1]:8000", False),
    ("http://127.0.0.1:99999/x", "http://127.0.0.1:8000", False),
    ("ftp://127.0.0.1:8000/x", "http://127.0.0.1:8000", False),
    # the live outlet: both its hosts, over http or https, are one site
    ("https://www.ic24.kz/news/u1", "https://ic24.kz", True),
    ("http://ic24.kz/news/u1", "https://ic24.kz", True),
    ("https://ic24.kz:8443/news/u1", "https://ic24.kz", False),
    ("https://ic24.kz/news/u1", "http://127.0.0.1:8000", False),  # a copy: the outlet is not it
])
def test_same_origin(url: str, base: str, same: bool) -> None:
    assert same_origin(url, base) is same


def test_origin_of_implies_the_default_port() -> None:
    assert origin_of("HTTP://Example.KZ/a") == Origin("http", "example.kz", 80)
    assert origin_of("https://example.kz:443") == origin_of("https://example.kz")
    assert str(origin_of("https://example.kz:443/x")) == "https://example.kz"
    assert str(origin_of("http://[::1]:81/")) == "http://[::1]:81"
    assert origin_of("/news/u1") is None and origin_of("javascript:void(0)") is None


@pytest.mark.parametrize("href, expected", [
    ("http://127.0.0.1:8001/news/x-u1", None),
    ("http://127.0.0.1:8000@127.0.0.1:8001/news/x-u1", None),
    ("https://127.0.0.1:8000/news/x-u1", None),
    ("http://u:p@127.0.0.1:8000/news/x-u1", "http://127.0.0.1:8000/news/x-u1"),
    ("http://127.0.0.1:8000/news/x-u1", "http://127.0.0.1:8000/news/x-u1"),
    ("https://ic24.kz/news/x-u1", "http://127.0.0.1:8000/news/x-u1"),  # never contacted
])
def test_links_are_rebased_or_refused(href: str, expected: str | None) -> None:
    assert rebase(href, "http://127.0.0.1:8000/novosti") == expected


# -- 1. another server is contacted -------------------------------------------------------------

LISTED = list(range(1, 13))
# article -> (status, where it sends the crawler): {c} is the canary's port, {p} the site's
REDIRECTS = {
    1: (301, "http://127.0.0.1:{c}/news/story-u901"),
    2: (302, "//127.0.0.1:{c}/news/story-u902"),  # protocol-relative
    3: (307, "http://localhost:{c}/news/story-u903"),
    4: (308, "https://127.0.0.1:{p}/news/story-u4"),  # scheme change on the same port
    5: (302, "/news/story-u5?step=2"),  # a same-origin hop first, then away
    7: (302, "http://127.0.0.1:{c}/news/story-u7"),  # the same article, served elsewhere
}
LATE_HOP = (302, "http://127.0.0.1:{p}@127.0.0.1:{c}/news/story-u905")
REFRESH = 6  # a whole article whose <meta refresh> points at the canary
RELATED_AWAY = 8  # an article whose related block links to the canary


def other_hosts_site(canary: int) -> Any:
    def answer(path: str, port: int) -> Answer:
        fill = {"c": canary, "p": port}
        parts = urlsplit(path)
        if parts.path == "/robots.txt":  # read as no robots.txt: everything allowed
            return redirect(302, f"http://127.0.0.1:{canary}/robots.txt")
        if parts.path == "/novosti" and not parts.query:
            away = [f"http://127.0.0.1:{canary}/news/story-u921", f"//127.0.0.1:{canary}/news/"
                    f"story-u922", f"http://127.0.0.1:{port}@127.0.0.1:{canary}/news/story-u923",
                    f"//127.0.0.1:{canary}/novosti?page=2", "/novosti?page=7"]
            extra = "".join(f'<a href="{href}">Ещё</a>\n' for href in away)
            return 200, HTML, listing_html(LISTED, extra)
        if parts.path == "/novosti":  # the listing's page 7 went elsewhere
            return redirect(302, f"http://127.0.0.1:{canary}/novosti?page=7")
        aid = outlet_article_id(parts.path)
        num = int(aid[1:]) if aid else 0
        if num not in LISTED:
            return NOT_FOUND
        if num == 5 and parts.query:
            return redirect(LATE_HOP[0], LATE_HOP[1].format(**fill))
        if num in REDIRECTS:
            status, where = REDIRECTS[num]
            return redirect(status, where.format(**fill))
        body = article_html(num, [n for n in LISTED if n != num][:3])
        if num == REFRESH:
            refresh = f'<meta http-equiv="refresh" content="0; url=//127.0.0.1:{canary}/news/u906">'
            body = body.replace(b"<head>", f"<head>{refresh}".encode(), 1)
        if num == RELATED_AWAY:
            away = "".join(f'<div class="item"><a href="{href}">Новость о городе</a></div>'
                           for href in (f"//127.0.0.1:{canary}/news/story-u931",
                                        f"http://127.0.0.1:{canary}/news/story-u932"))
            body = body.replace(b"</div>\n</body>", f"{away}</div>\n</body>".encode(), 1)
        return 200, HTML, body
    return answer


def canary_site(path: str, port: int) -> Answer:
    """Would serve any article or listing: a crawler that reaches it exports its pages."""
    if urlsplit(path).path == "/robots.txt":
        return ROBOTS
    aid = outlet_article_id(urlsplit(path).path)
    if aid:
        return 200, HTML, article_html(int(aid[1:]), [])
    return 200, HTML, listing_html([941, 942])


@pytest.fixture(scope="module")
def canary() -> Iterator[HostileServer]:
    with HostileServer(canary_site) as server:
        yield server


@pytest.fixture(scope="module")
def other_hosts(canary: HostileServer, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[tuple[CrawlResult, HostileServer]]:
    with HostileServer(other_hosts_site(canary.port)) as server:
        yield run_crawl(server.url, tmp_path_factory.mktemp("other"), settings=QUIET), server


def test_no_other_server_is_contacted(other_hosts: tuple[CrawlResult, HostileServer],
                                      canary: HostileServer) -> None:
    result, server = other_hosts
    assert result.returncode == 0, result.stderr[-3000:]
    assert canary.requests == []
    ids = Counter(item["id"] for item in result.items)
    # every article the site serves itself is exported once; none of the canary's
    assert ids == Counter(f"u{n}" for n in LISTED if n not in REDIRECTS)
    assert f"/news/story-u{REFRESH}" in server.requests  # parsed as it was served
    assert "Traceback" not in result.stderr and "] ERROR:" not in result.stderr


def test_redirects_to_other_servers_are_counted_and_logged_once(
        other_hosts: tuple[CrawlResult, HostileServer], canary: HostileServer) -> None:
    result, _ = other_hosts
    stats = scrapy_stats(result.stderr)
    # six articles, robots.txt (read by the robots.txt middleware and for its Sitemap lines)
    # and the listing's page 7 by 3xx, one page by <meta refresh>
    assert stats["offsite/origin/redirect"] == len(REDIRECTS) + 4
    assert stats["drop/download/OffsiteRedirect"] == len(REDIRECTS)
    assert stats["discovery/listing_failed"] == 1
    logged = [line for line in result.stderr.splitlines()
              if "not following a redirect" in line]
    targets = {str(origin_of(re.search(r"another server: (\S+)", line)[1]))  # type: ignore[index]
               for line in logged}
    assert len(logged) == len(targets) == 3  # canary, localhost:canary, https on own port
    assert f"127.0.0.1:{canary.port}" in " ".join(logged)


# -- 2. a listing with a huge number of links ---------------------------------------------------


def huge_listing(n: int, same_id: bool = False) -> str:
    """One container of ``n`` undated article links (or ``n`` links to one article)."""
    links = "".join(f'<a href="/news/u{1 if same_id else 100000 + i}">{i}</a>\n'
                    for i in range(n))
    return f'<html><body><div class="list">\n{links}</div></body></html>'


class Work:
    """Counts the calls whose number used to grow with the square of the links."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ids = 0
        self.text_chars = 0
        article_id, element_text = listing.article_id, text_module.element_text

        def counted_id(url: str) -> str | None:
            self.ids += 1
            return article_id(url)

        def counted_text(el: Any) -> str:
            out = element_text(el)
            self.text_chars += len(out)
            return out

        monkeypatch.setattr(listing, "article_id", counted_id)
        monkeypatch.setattr(listing, "element_text", counted_text)


def test_a_100k_link_listing_is_parsed_whole_in_linear_work(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    work = Work(monkeypatch)
    n = 100_000  # bench/listing.py times 200,000 (7 MB)
    html = huge_listing(n)
    entries, pages = listing.parse_listing(html, "http://127.0.0.1:8000/novosti")
    assert [e.id for e in entries] == [f"u{100000 + i}" for i in range(n)]
    assert all(e.listing_date is None for e in entries) and pages == []
    # each link's id is read a bounded number of times (was: once per link per ancestor)
    assert work.ids <= 3 * n
    assert work.text_chars <= 2 * len(html)


def test_one_article_linked_100k_times_reads_the_container_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    work = Work(monkeypatch)
    html = huge_listing(100_000, same_id=True).replace("</div>", "<p>16.04.2021</p></div>")
    entries, _ = listing.parse_listing(html, "http://127.0.0.1:8000/novosti")
    assert [(e.id, str(e.listing_date)) for e in entries] == [("u1", "2021-04-16")]
    assert work.text_chars <= 2 * len(html)


def test_thousands_of_nested_single_article_blocks_are_read_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    work = Work(monkeypatch)
    depth = 2000  # about as deep as the HTML parser nests
    block = '<div><a href="/news/u1">x</a> ' + "текст " * 100
    html = f"<html><body>{block * depth}{'</div>' * depth}<p>16.04.2021</p></body></html>"
    entries, _ = listing.parse_listing(html, "http://127.0.0.1:8000/novosti")
    assert [e.id for e in entries] == ["u1"]
    # each block's text is inside every block around it: reading each once was quadratic
    assert work.text_chars <= (listing.NearDates.READ_BUDGET + 1) * len(html)


@pytest.mark.parametrize("n", [1_000, 4_000])
def test_ancestor_visits_grow_linearly(n: int) -> None:
    from parsel import Selector

    root = Selector(text=huge_listing(n)).root
    dates = listing.NearDates(root)
    assert [dates.near(a) for a in root.iter("a")] == [None] * n
    assert dates.visits == 0  # the shared container holds many articles: no text read
    cards = "".join(f'<div><a href="/news/u{i}">t</a><span>16.04.2021</span></div>'
                    for i in range(n))
    root = Selector(text=f"<body><section>{cards}</section></body>").root
    dates = listing.NearDates(root)
    assert {str(dates.near(a)) for a in root.iter("a")} == {"2021-04-16"}
    assert dates.visits == n


# -- 3. related links that never end ------------------------------------------------------------

ROOTS = [1, 2, 3, 4]
FANOUT = 3  # new articles each article links


def endless_site(path: str, port: int) -> Answer:
    """Every article links FANOUT articles nobody has seen, for ever: u{n} -> u{10n+k}."""
    parts = urlsplit(path)
    if parts.path == "/robots.txt":
        return ROBOTS
    if parts.path == "/novosti":
        return 200, HTML, listing_html(ROOTS)
    aid = outlet_article_id(parts.path)
    if not aid:
        return NOT_FOUND
    num = int(aid[1:])
    return 200, HTML, article_html(num, [num * 10 + k for k in range(1, FANOUT + 1)])


@pytest.fixture(scope="module")
def endless() -> Iterator[HostileServer]:
    with HostileServer(endless_site) as server:
        yield server


def reached(depth: int) -> set[str]:
    ids, level = set(), list(ROOTS)
    for _ in range(depth + 1):
        ids |= {f"u{n}" for n in level}
        level = [n * 10 + k for n in level for k in range(1, FANOUT + 1)]
    return ids


@pytest.mark.parametrize("args, depth", [((), 1), (("-a", "related_depth=0"), 0),
                                         (("-a", "related_depth=2"), 2)])
def test_endless_related_links_stop_at_the_depth_bound(
        endless: HostileServer, tmp_path: Path, args: tuple[str, ...], depth: int) -> None:
    result = run_crawl(endless.url, tmp_path, *args, settings=QUIET, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    ids = Counter(item["id"] for item in result.items)
    assert set(ids) == reached(depth) and max(ids.values()) == 1
    # 4 listed articles, 3 new links each: 4 + 12 at depth 1, 4 + 12 + 36 at depth 2
    assert len(ids) == len(ROOTS) * sum(FANOUT ** d for d in range(depth + 1))
    stats = scrapy_stats(result.stderr)
    assert stats.get("discovery/related/beyond_depth", 0) == len(ROOTS) * FANOUT ** (depth + 1)
    assert "finished" in result.stderr


def test_endless_related_links_stop_at_max_articles(endless: HostileServer,
                                                    tmp_path: Path) -> None:
    result = run_crawl(endless.url, tmp_path, "-a", "related_depth=1000", "-a",
                       "max_articles=30", settings=QUIET, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.items) == 30
    assert "'finish_reason': 'max_articles'" in result.stderr


@pytest.mark.parametrize("value", ["-1", "x", "1.5"])
def test_related_depth_must_be_a_whole_number(value: str) -> None:
    with pytest.raises(ArgumentError, match="related_depth must be"):
        CrawlArgs.parse(related_depth=value)


def test_follow_related_0_means_depth_0() -> None:
    assert CrawlArgs.parse(follow_related="0", related_depth="5").related_depth == 0
    assert CrawlArgs.parse().related_depth == 1


def test_offsite_filter_holds_for_dont_filter_requests() -> None:
    """A resumed crawl marks every request ``dont_filter``; Scrapy's filter lets those pass."""
    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.utils.test import get_crawler

    from kznews.offsite import OriginOffsiteMiddleware
    from kznews.spiders.centerinform import CenterinformSpider

    crawler = get_crawler(CenterinformSpider)
    crawler.spider = CenterinformSpider(base_url="http://127.0.0.1:8000")
    mw = OriginOffsiteMiddleware.from_crawler(crawler)
    mw.spider_opened(crawler.spider)
    assert mw.process_request(Request("http://127.0.0.1:8000/news/u1", dont_filter=True)) is None
    assert mw.process_request(Request("data:,", dont_filter=True)) is None
    for url in ("http://127.0.0.1:8001/news/u1", "https://127.0.0.1:8000/news/u1"):
        with pytest.raises(IgnoreRequest):
            mw.process_request(Request(url, dont_filter=True))
    assert crawler.stats is not None and crawler.stats.get_value("offsite/filtered") == 2
