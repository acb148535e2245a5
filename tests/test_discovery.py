"""Discovery beyond the listing walk: sitemaps, RSS, where the walk ends, language hints.

Crawls run against the real mirror on 127.0.0.1 (``build_site(sitemaps=True, feed=True,
sitemap_only=N, empty_tail=N)``); requests are counted on the server side.
"""

from __future__ import annotations

import gzip
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import Request, Response, XmlResponse

from kznews.discovery import (
    feed_links,
    parse_feed,
    parse_sitemap,
    parse_w3c,
    robots_sitemaps,
    sitemap_body,
)
from kznews.mirror import MirrorServer, build_site, serve
from kznews.sites.centerinform import outlet
from kznews.spiders.args import ArgumentError, CrawlArgs
from tests.crawl_helpers import REPO, crawl_command, run_crawl

SITE = {"articles": 240, "seed": 11, "sitemaps": True, "feed": True, "sitemap_only": 6,
        "empty_tail": 500}


def kinds(paths: list[str]) -> Counter[str]:
    """Requests by kind: article pages, listing pages, robots.txt, sitemaps, feeds, other."""
    out: Counter[str] = Counter()
    for path in paths:
        if outlet.article_id(path):
            out["article"] += 1
        elif path.startswith("/novosti"):
            out["listing"] += 1
        elif path == "/robots.txt":
            out["robots"] += 1
        elif "sitemap" in path:
            out["sitemap"] += 1
        elif path in ("/rss", "/feed", "/rss.xml"):
            out["feed"] += 1
        else:
            out[path] += 1
    return out


@pytest.fixture
def server() -> Iterator[MirrorServer]:
    with serve(build_site(**SITE), port=0) as srv:
        yield srv


# ---------------------------------------------------------------------------- parsing
@pytest.mark.parametrize("text, expected, has_time", [
    ("2021-04-16", datetime(2021, 4, 16, tzinfo=UTC), False),
    ("2021-04", datetime(2021, 4, 1, tzinfo=UTC), False),
    ("2021-04-16T10:20+06:00", datetime(2021, 4, 16, 4, 20, tzinfo=UTC), True),
    ("2021-04-16T10:20:30Z", datetime(2021, 4, 16, 10, 20, 30, tzinfo=UTC), True),
    ("2021-04-16T10:20:30.25-0130", datetime(2021, 4, 16, 11, 50, 30, 250000, tzinfo=UTC),
     True),
])
def test_w3c_datetimes_in_every_form(text: str, expected: datetime, has_time: bool) -> None:
    assert parse_w3c(text) == (expected, has_time)


@pytest.mark.parametrize("text", ["", "yesterday", "2021-13-01", "2021-04-16T25:00Z",
                                  "16.04.2021", "2021-04-16T10:20+99:00"])
def test_bad_w3c_datetimes_are_none(text: str) -> None:
    assert parse_w3c(text) is None


def test_robots_may_name_several_sitemaps() -> None:
    body = (b"User-agent: *\nDisallow: /admin/\nSitemap: /a.xml\nsitemap:  http://h:8/b.xml.gz\n"
            b"Sitemap: /a.xml\n")
    assert robots_sitemaps(body, "http://h:8/robots.txt") == ["http://h:8/a.xml",
                                                                "http://h:8/b.xml.gz"]


def _response(url: str, body: bytes) -> Response:
    return Response(url, body=body, request=Request(url))


def test_news_sitemap_gives_publication_time_language_and_lastmod() -> None:
    site = build_site(**SITE)
    kind, entries = parse_sitemap(site.render("/sitemap-news.xml")[2])
    assert kind == "urlset" and len(entries) == 20
    first = entries[0]
    assert outlet.article_id(first.loc) == site.articles[0]["id"] and first.has_time
    assert first.published == site.wire_time(0).astimezone(UTC)
    assert first.lang == site.articles[0]["lang"] and first.lastmod is not None


def test_gzipped_children_read_within_the_size_limit() -> None:
    site = build_site(**SITE)
    status, headers, raw = site.render("/sitemaps/articles-1.xml.gz")
    assert status == 200 and raw[:2] == b"\x1f\x8b"
    body = sitemap_body(_response("http://h/sitemaps/articles-1.xml.gz", raw), 10**7, 10**6)
    assert body is not None
    kind, entries = parse_sitemap(body)
    assert kind == "urlset" and len(entries) == 100
    # a date-only lastmod counts as the end of its day
    days = [e for e in entries if int((outlet.article_id(e.loc) or "u0")[1:]) % 3 == 2]
    assert days and all(e.lastmod and (e.lastmod.hour, e.lastmod.minute, e.lastmod.microsecond)
                        == (23, 59, 999999) for e in days)
    assert sitemap_body(_response("http://h/x.xml.gz", raw), 1000, 100) is None  # too big
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    assert sitemap_body(_response("http://h/bomb.xml.gz", bomb), 10**6, 10**5) is None


def test_sitemap_index_and_non_sitemaps() -> None:
    site = build_site(**SITE)
    kind, entries = parse_sitemap(site.render("/sitemap_index.xml")[2])
    assert kind == "sitemapindex" and [e.loc.rsplit("/", 1)[-1] for e in entries] == [
        "articles-1.xml.gz", "articles-2.xml.gz", "articles-3.xml.gz", "pages.xml"]
    html = _response("http://h/sitemap.xml", b"<html><body>Not found</body></html>")
    assert sitemap_body(html, 10**6, 10**5) is None
    assert parse_sitemap(b"\x00garbage") == ("", [])
    text = _response("http://h/s.txt", b"http://h/news/a-u5\nhttp://h/about\n\n")
    assert [e.loc for e in parse_sitemap(sitemap_body(text, 10**6, 10**5) or b"")[1]] == [
        "http://h/news/a-u5", "http://h/about"]
    bom = _response("http://h/s", b"\xef\xbb\xbf<?xml version='1.0'?><urlset><url><loc>"
                    b"http://h/news/b-u6</loc></url></urlset>")
    assert parse_sitemap(sitemap_body(bom, 10**6, 10**5) or b"")[1][0].loc == "http://h/news/b-u6"
    xml = XmlResponse("http://h/s", body=b"<urlset><url><loc>http://h/news/a-u5</loc></url>"
                      b"</urlset>")
    assert parse_sitemap(sitemap_body(xml, 10**6, 10**5) or b"")[1][0].loc == "http://h/news/a-u5"


def test_feed_items_and_announced_feeds() -> None:
    site = build_site(**SITE)
    entries = parse_feed(site.render("/rss")[2], "http://h/rss")
    assert entries is not None and len(entries) == 20
    assert entries[0].published == site.wire_time(0).astimezone(UTC)
    assert outlet.article_id(entries[0].link) == site.articles[0]["id"]
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/news/x-u7"/>'
            b"<updated>2021-04-16T10:20:00+06:00</updated></entry></feed>")
    (item,) = parse_feed(atom, "http://h/feed") or []
    assert item.link == "http://h/news/x-u7" and item.published is None
    assert item.updated == datetime(2021, 4, 16, 10, 20, tzinfo=timezone(timedelta(hours=6)))
    assert parse_feed(b"<html><body>404</body></html>", "http://h/rss") is None
    listing = site.render("/novosti")[2].decode()
    assert feed_links(listing, "http://h/novosti") == ["http://h/rss"]
    assert feed_links(build_site().render("/novosti")[2].decode(), "http://h/novosti") == []


def test_discover_argument() -> None:
    assert CrawlArgs.parse().discover == {"listing", "sitemap", "feed"}
    assert CrawlArgs.parse(discover=" Feed ").discover == {"feed"}
    for bad in ("", "listing,rss", "sitemaps"):
        with pytest.raises(ArgumentError, match="discover must be a comma list"):
            CrawlArgs.parse(discover=bad)


def test_bad_discover_is_one_error_line(tmp_path: Path) -> None:
    cmd = crawl_command("http://127.0.0.1:9", tmp_path, "-a", "discover=listing,atom", out="")
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 2 and len(lines) == 1 and "discover must be" in lines[0]


def test_mirror_keeps_its_default_site() -> None:
    plain = build_site()
    assert "Sitemap:" not in plain.render("/robots.txt")[2].decode()
    assert plain.render("/rss")[0] == 404 and plain.render("/sitemap_index.xml")[0] == 404
    assert plain.render(f"/novosti?page={plain.pages + 1}")[0] == 404
    rich = build_site(**SITE)
    assert rich.render(f"/novosti?page={rich.pages + 500}")[0] == 200
    assert rich.render(f"/novosti?page={rich.pages + 501}")[0] == 404
    listed = {e["id"] for e in rich.articles if e["listing_page"]}
    assert set(rich.sitemap_only_ids).isdisjoint(listed) and len(rich.sitemap_only_ids) == 6


# ---------------------------------------------------------------------------- crawls
def _ids(items: list[dict[str, Any]]) -> set[str]:
    return {item["id"] for item in items}


def test_sitemap_reaches_what_the_listing_does_not(server: MirrorServer, tmp_path: Path
                                                   ) -> None:
    site = server.site
    every = {a["id"] for a in site.articles}
    hidden = set(site.sitemap_only_ids)
    result = run_crawl(server.url, tmp_path / "all", "-a", "max_pages=100000")
    assert result.returncode == 0, result.stderr[-2000:]
    assert _ids(result.items) == every and len(result.items) == len(every)
    seen = kinds(server.requests)
    assert seen["listing"] <= site.pages + 2  # the empty tail: at most 2 requests past the end
    assert seen["sitemap"] == 6 and seen["feed"] == 1
    stats = result.report()["stats"]
    assert stats["discovery/stopped/empty_listing"] == 1
    # the newest day-precision pages take their time of day from the news sitemap
    truth = {a["id"]: a for a in site.articles}
    timed = [i for i in result.items if i["date_source"].endswith("+sitemap")]
    assert timed and all(i["published_at"] == truth[i["id"]]["published_at"]
                         and i["published_date_precision"] == "minute" for i in timed)
    assert {i["id"] for i in timed} == {a["id"] for a in site.articles
                                        if a["date_source"].endswith("+sitemap")}

    before = len(server.requests)
    listing = run_crawl(server.url, tmp_path / "listing", "-a", "discover=listing",
                        "-a", "max_pages=100000")
    assert listing.returncode == 0, listing.stderr[-2000:]
    assert _ids(listing.items) == every - hidden
    seen = kinds(server.requests[before:])
    assert seen["sitemap"] == 0 and seen["feed"] == 0 and seen["listing"] <= site.pages + 2
    assert "end of the listing" in listing.stderr and "internal meta keys" not in listing.stderr
    assert all(i["published_date_precision"] == truth[i["id"]]["published_date_precision"]
               or i["date_source"] in ("page", "dateline+listing") for i in listing.items)


def test_recrawls_cost_little_and_lastmod_picks_the_changed(server: MirrorServer,
                                                            tmp_path: Path) -> None:
    first = run_crawl(server.url, tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    assert len(first.items) == 240

    before = len(server.requests)
    again = run_crawl(server.url, tmp_path)
    assert again.returncode == 0 and again.items == []
    cost = kinds(server.requests[before:])
    assert cost["article"] == 0
    assert sum(n for k, n in cost.items() if k not in ("robots", "sitemap")) <= 3
    assert cost["robots"] == 1  # the sitemaps found yesterday are asked for directly

    changed_site = build_site(**SITE, mutate=3, mutated_at=datetime.now(UTC))
    server.replace_site(changed_site)
    before = len(server.requests)
    third = run_crawl(server.url, tmp_path)
    assert third.returncode == 0, third.stderr[-2000:]
    fetched = {outlet.article_id(p) for p in server.requests[before:] if outlet.article_id(p)}
    assert fetched == set(changed_site.mutated_ids)
    assert {(i["id"], i["revision"]) for i in third.items} == {
        (aid, 2) for aid in changed_site.mutated_ids}


def test_feed_alone_costs_one_request_when_nothing_is_new(server: MirrorServer,
                                                          tmp_path: Path) -> None:
    first = run_crawl(server.url, tmp_path, "-a", "discover=feed", "-a", "follow_related=0")
    assert first.returncode == 0, first.stderr[-2000:]
    assert _ids(first.items) == {a["id"] for a in server.site.articles[:20]}
    before = len(server.requests)
    again = run_crawl(server.url, tmp_path, "-a", "discover=feed", "-a", "follow_related=0")
    assert again.returncode == 0 and again.items == []
    assert [p for p in server.requests[before:] if p != "/robots.txt"] == ["/rss"]


@pytest.mark.parametrize("options", [{"feed": True}, SITE], ids=["feed", "sitemaps+feed"])
def test_lang_hint_keeps_other_languages_undownloaded(make_mirror: Any, tmp_path: Path,
                                                      options: dict[str, Any]) -> None:
    srv = make_mirror(**{"articles": 240, "seed": 11, **options})
    truth = {a["id"]: a for a in srv.site.articles}
    result = run_crawl(srv.url, tmp_path, "-a", "lang=en")
    assert result.returncode == 0, result.stderr[-2000:]
    fetched = {outlet.article_id(p) for p in srv.requests if outlet.article_id(p)}
    # only pages no badge, title or news:language named: those only the sitemap reaches
    other = {aid for aid in fetched if truth[aid]["lang"] != "en"}
    assert fetched and other <= set(srv.site.sitemap_only_ids)
    assert _ids(result.items) == {aid for aid, a in truth.items() if a["lang"] == "en"}
    stats = result.report()["stats"]
    assert stats["discovery/skipped/lang_hint"] > 0
    assert stats.get("drop/lang/ru", 0) == len(other)


def _spider(base_url: str, **args: str) -> Any:
    from scrapy.utils.test import get_crawler

    from kznews.spiders.centerinform import CenterinformSpider

    crawler = get_crawler(CenterinformSpider)
    crawler.spider = CenterinformSpider.from_crawler(crawler, base_url=base_url, **args)
    crawler.stats.open_spider()
    return crawler.spider


def test_sitemaps_of_other_servers_are_never_requested() -> None:
    spider = _spider("http://127.0.0.1:8001")
    robots = (b"Sitemap: http://127.0.0.1:8002/a.xml\nSitemap: http://127.0.0.1:8001/b.xml\n"
              b"Sitemap: http://evil.example/c.xml\nSitemap: https://ic24.kz/d.xml\n"
              b"Sitemap: /e.xml.gz\n")
    response = Response("http://127.0.0.1:8001/robots.txt", body=robots,
                        request=Request("http://127.0.0.1:8001/robots.txt"))
    urls = [r.url for r in spider.parse_robots(response) if isinstance(r, Request)]
    # the outlet's own host names this copy: mapped onto it
    assert urls == ["http://127.0.0.1:8001/b.xml", "http://127.0.0.1:8001/d.xml",
                    "http://127.0.0.1:8001/e.xml.gz"]
    assert spider.crawler.stats.get_value("discovery/sitemap/offsite") == 2


def test_sitemap_entries_count_by_article_id_whatever_the_url_shape() -> None:
    spider = _spider("http://127.0.0.1:8001", discover="sitemap")
    body = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>http://127.0.0.1:8001/ru/news/2021/04/some-title-u45694/</loc>"
            b"<lastmod>2021-04-16</lastmod></url>"
            b"<url><loc>https://ic24.kz/news/x-u45694?utm_source=sm</loc></url>"
            b"<url><loc>http://127.0.0.1:8001/en/news/Other-u46768</loc></url>"
            b"<url><loc>http://127.0.0.1:8001/category/sport</loc></url>"
            b"<url><loc>http://127.0.0.1:9999/news/far-u1</loc></url></urlset>")
    spider.discovery_outstanding = 1  # this sitemap, as if requested
    url = "http://127.0.0.1:8001/s.xml"
    out = list(spider.parse_sitemap(Response(url, body=body, request=Request(url))))
    assert sorted(r.meta["article_id"] for r in out) == ["u45694", "u46768"]
    assert spider.lastmods["u45694"].isoformat() == "2021-04-16T23:59:59.999999+00:00"
    assert spider.crawler.stats.get_value("discovery/sitemap/other_urls") == 1


def test_a_site_without_sitemaps_or_feeds_is_not_probed_again(make_mirror: Any,
                                                              tmp_path: Path) -> None:
    srv = make_mirror(articles=60, seed=2)
    first = run_crawl(srv.url, tmp_path)
    assert first.returncode == 0 and len(first.items) == 60
    assert {"/sitemap.xml", "/rss", "/feed", "/rss.xml"} <= set(srv.requests)
    before = len(srv.requests)
    again = run_crawl(srv.url, tmp_path)
    assert again.returncode == 0 and again.items == []
    assert srv.requests[before:] == ["/robots.txt", "/novosti"]


def test_discovery_memory_expires_and_survives_bad_files(tmp_path: Path) -> None:
    from kznews.discovery.memory import DiscoveryMemory

    memory = DiscoveryMemory(tmp_path, "h:1")
    assert memory.recall("feeds") is None
    memory.remember("feeds", ["http://h:1/rss"])
    memory.remember("sitemaps", [])
    assert memory.recall("feeds") == ["http://h:1/rss"] and memory.recall("sitemaps") == []
    assert DiscoveryMemory(tmp_path, "other:2").recall("feeds") is None
    assert DiscoveryMemory(tmp_path, "h:1", max_age=-1).recall("feeds") is None
    memory.remember("feeds", ["http://h:1/rss"], at=0.0)  # forgotten
    assert memory.recall("feeds") is None
    memory.path.write_text("{not json", "utf-8")
    assert memory.recall("sitemaps") is None
    memory.remember("sitemaps", ["http://h:1/s.xml"])
    assert memory.recall("sitemaps") == ["http://h:1/s.xml"]


def test_entries_older_than_since_are_not_fetched() -> None:
    spider = _spider("http://127.0.0.1:8001", discover="sitemap", since="2021-04-16")
    body = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>http://127.0.0.1:8001/news/a-u1</loc><lastmod>2021-04-15T23:00:00+06:00"
            b"</lastmod></url>"  # the 15th in Almaty
            b"<url><loc>http://127.0.0.1:8001/news/b-u2</loc><lastmod>2021-04-15T19:00:00Z"
            b"</lastmod></url>"  # the 16th in Almaty
            b"<url><loc>http://127.0.0.1:8001/news/c-u3</loc></url></urlset>")
    spider.discovery_outstanding = 1
    url = "http://127.0.0.1:8001/s.xml"
    out = list(spider.parse_sitemap(Response(url, body=body, request=Request(url))))
    assert sorted(r.meta["article_id"] for r in out) == ["u2", "u3"]
    assert spider.crawler.stats.get_value("discovery/skipped/since") == 1


def test_discovery_requests_restored_from_a_stopped_run_leave_the_gate_shut() -> None:
    """A JOBDIR crawl stopped cleanly restores its queued sitemap requests in the next run:
    they were counted at that run's gate, so their answers must not open this run's while
    its own sitemap is still out; the articles they name are fetched all the same."""
    spider = _spider("http://127.0.0.1:8001", discover="sitemap")
    mine = spider._sitemap_request("http://127.0.0.1:8001/mine.xml", root=True)
    assert spider.discovery_outstanding == 1
    assert spider.article_request("http://127.0.0.1:8001/news/a-u1") is None  # held
    old = Request("http://127.0.0.1:8001/old.xml",
                  meta={**mine.meta, "discovery_run": "20210416T000000Z-1-abcd"})
    body = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>http://127.0.0.1:8001/news/b-u2</loc></url></urlset>")
    assert list(spider.parse_sitemap(Response(old.url, body=body, request=old))) == []
    assert not spider.gate_open and len(spider.held) == 2
    assert spider.crawler.stats.get_value("discovery/restored") == 1
    empty = body.replace(b"<url><loc>http://127.0.0.1:8001/news/b-u2</loc></url>", b"")
    out = list(spider.parse_sitemap(Response(mine.url, body=empty, request=mine)))
    assert spider.gate_open and sorted(r.meta["article_id"] for r in out) == ["u1", "u2"]
