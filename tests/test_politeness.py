"""Politeness toward the outlet's server: rates by host, robots.txt delays, blocks.

The crawl tests run the spider the way a user does against a real HTTP server on 127.0.0.1
that serves the offline mirror with a robots.txt ``Crawl-delay`` or, after some requests,
a DDoS-protection challenge page; the server records when each request arrived.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from protego import Protego
from scrapy import Request
from scrapy.settings import Settings

import kznews.settings as project_settings
from kznews.blocks import classify
from kznews.mirror import build_site
from kznews.mirror.site import Site
from kznews.politeness import (
    CrawlDelay,
    Politeness,
    contact_link,
    is_local_host,
    resolve_rates,
    robots_delay,
    user_agent,
)
from tests.copykit.server import Body, answering, serve_quietly
from tests.crawl_helpers import REPO, run_crawl
from tests.test_render import needs_chromium, stat

CHALLENGE = (b"<!DOCTYPE html><html><head><title>Checking your browser...</title></head>"
             b"<body><p>Checking your browser before accessing the site.</p><script>"
             b'document.cookie="__ddg_chk=1; path=/"; location.reload();</script>'
             b"</body></html>")

# what a DDoS-Guard ban looks like: no script, so a browser stays on it
BAN = (b"<!DOCTYPE html><html><head><title>DDoS-Guard</title></head><body><h1>Access denied"
       b"</h1><p>Your request has been blocked.</p></body></html>")

# nginx's own 403 page: a server rule, no protection's marks
FORBIDDEN = (b"<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden"
             b"</h1></center><hr><center>nginx</center></body></html>")


# -- a server that says how it was treated --------------------------------------------------
@dataclass
class Outlet:
    """The mirror behind a small server: robots.txt extras, a block after N requests."""

    site: Site
    robots_extra: str = ""
    block_after: int | None = None
    # paths whose second and later fetches (the browser's, after the static one) get a
    # challenge page
    block_rendered: set[str] = field(default_factory=set)
    # the n-th request's page: its headers and a first part of its body at once, the rest
    # only once `release_after` requests have been blocked
    hold: int | None = None
    release_after: int = 0
    released: threading.Event = field(default_factory=threading.Event)
    # seconds a blocked answer takes to arrive in full (a protection slow to answer)
    slow_blocks: float = 0.0
    # blocked answers arrive in full all at once, when this many have been asked for (or
    # after 5 s): the answers to the pages in flight reach the crawl in one burst
    burst_blocks: int = 0
    burst: threading.Event = field(default_factory=threading.Event)
    blocked_hits: int = 0
    # every path starting with this is blocked, the rest served (a WAF rule on one path)
    block_paths: str | None = None
    # every path starting with this answers a plain 403, no protection's marks (a server rule)
    forbid_paths: str | None = None
    hits: list[tuple[float, str, str]] = field(default_factory=list)  # (arrival, path, UA)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str, headers: dict[str, str], base: str
               ) -> tuple[int, dict[str, str], Body]:
        with self.lock:
            self.hits.append((time.monotonic(), path, headers.get("User-Agent", "")))
            n = len(self.hits)
        if self.block_after is not None and n - self.block_after >= self.release_after:
            self.released.set()
        again = sum(1 for _, p, _ in self.hits if p == path) > 1
        if again and path in self.block_rendered:
            return 403, {"Content-Type": "text/html; charset=utf-8", "Server": "ddos-guard",
                         "Content-Length": str(len(BAN))}, BAN
        if self.forbid_paths is not None and path.startswith(self.forbid_paths):
            return 403, {"Content-Type": "text/html", "Server": "nginx",
                         "Content-Length": str(len(FORBIDDEN))}, FORBIDDEN
        if self.block_paths is not None and path.startswith(self.block_paths) or \
                self.block_after is not None and n > self.block_after:
            slow = self.slow_blocks
            with self.lock:
                self.blocked_hits += 1
                if self.blocked_hits >= self.burst_blocks:
                    self.burst.set()
            wait: Callable[[], object] | None = (lambda: time.sleep(slow)) if slow else \
                (lambda: self.burst.wait(5)) if self.burst_blocks else None
            return 403, {"Content-Type": "text/html; charset=utf-8", "Server": "ddos-guard",
                         "Set-Cookie": "__ddg1_=x; Path=/",
                         "Content-Length": str(len(CHALLENGE))}, \
                [CHALLENGE[:100], wait, CHALLENGE[100:]] if wait else CHALLENGE
        status, head, body = self.site.render(path, base=base, headers=headers)
        if path == "/robots.txt":
            body += self.robots_extra.encode()
        head = {**head, "Content-Length": str(len(body))}
        if n == self.hold:
            return status, head, [body[:200], lambda: self.released.wait(60), body[200:]]
        return status, head, body

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.hits]


def start_outlet(outlet: Outlet) -> ThreadingHTTPServer:
    """The outlet on a free loopback port, served from a thread (shut it down after)."""
    return serve_quietly(answering(outlet.answer))


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[ThreadingHTTPServer] = []

    def start(outlet: Outlet) -> str:
        httpd = start_outlet(outlet)
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


# -- rates by host ----------------------------------------------------------------------------
def project(**cmdline: Any) -> Settings:
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    for name, value in cmdline.items():
        settings.set(name, value, priority="cmdline")
    return settings


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "::1", "[::1]",
                                  "10.1.2.3", "172.16.0.5", "192.168.1.20", "169.254.7.7",
                                  "fe80::1", "fd00::5", "::ffff:127.0.0.1", "app.localhost"])
def test_loopback_and_private_hosts_are_local(host: str) -> None:
    assert is_local_host(host)


@pytest.mark.parametrize("host", ["ic24.kz", "www.ic24.kz", "8.8.8.8", "2a00:1450::1",
                                  "172.32.0.1", "localhost.example.org", "", None])
def test_other_hosts_are_remote(host: str | None) -> None:
    assert not is_local_host(host)


def test_live_outlet_is_crawled_politely_and_loopback_keeps_the_fast_defaults() -> None:
    settings = project()
    live, live_changes = resolve_rates("https://ic24.kz", settings)
    local, local_changes = resolve_rates("http://127.0.0.1:8080", settings)
    assert (live.local, live.concurrency, live.delay, live.autothrottle_target) == (
        False, 1, 1.0, 1.0)
    assert live_changes == {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 1.0,
                            "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0}
    assert (local.local, local.concurrency, local.delay, local.autothrottle_target) == (
        True, 8, 0.0, 4.0)
    assert local_changes == {}


def test_explicit_settings_win_over_the_polite_defaults() -> None:
    settings = project(CONCURRENT_REQUESTS_PER_DOMAIN=3, KZNEWS_POLITE_DELAY=2.5)
    rates, changes = resolve_rates("https://ic24.kz/", settings)
    assert (rates.concurrency, rates.delay, rates.autothrottle_target) == (3, 2.5, 1.0)
    assert "CONCURRENT_REQUESTS_PER_DOMAIN" not in changes


def test_addon_sets_rates_user_agent_and_warns_once_without_contact(
        caplog: pytest.LogCaptureFixture) -> None:
    crawler: Any = SimpleNamespace(spider=SimpleNamespace(base_url="https://ic24.kz"))
    settings = project()
    with caplog.at_level(logging.INFO, logger="kznews.politeness"):
        Politeness(crawler).update_settings(settings)
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getfloat("DOWNLOAD_DELAY") == 1.0
    assert re.fullmatch(r"kznews/\d[\w.]* \(news archive crawler\)", settings["USER_AGENT"])
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "KZNEWS_CONTACT" in warnings[0]

    caplog.clear()
    settings = project(KZNEWS_CONTACT="newsroom-data@example.org")
    with caplog.at_level(logging.INFO, logger="kznews.politeness"):
        Politeness(crawler).update_settings(settings)
    assert "(+mailto:newsroom-data@example.org; news archive crawler)" in settings["USER_AGENT"]
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]

    crawler.spider.base_url = "http://127.0.0.1:9"
    settings = project()
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="kznews.politeness"):
        Politeness(crawler).update_settings(settings)
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 8
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]


def test_contact_is_an_address_or_a_url() -> None:
    assert contact_link("ops@example.org") == "mailto:ops@example.org"
    assert contact_link("mailto:ops@example.org") == "mailto:ops@example.org"
    assert contact_link("https://example.org/crawler") == "https://example.org/crawler"
    assert contact_link("") is None and contact_link(None) is None
    for bad in ("ops", "ftp://example.org", "ops at example.org", "http://"):
        with pytest.raises(ValueError, match="KZNEWS_CONTACT"):
            contact_link(bad)
    assert user_agent("https://example.org/c").endswith("(+https://example.org/c; "
                                                         "news archive crawler)")


def test_bad_contact_is_one_error_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "centerinform", "-a",
         "base_url=http://127.0.0.1:9", "-s", "KZNEWS_CONTACT=not a contact",
         "-s", f"KZNEWS_STATE_DIR={tmp_path}"], cwd=REPO, capture_output=True, text=True,
        timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "error: KZNEWS_CONTACT must be an e-mail address or an http(s) URL, "
        "got 'not a contact'"]


def test_robots_delay_is_the_larger_of_crawl_delay_and_request_rate() -> None:
    agent = "kznews/0.1.0 (+mailto:ops@example.org; news archive crawler)"
    assert robots_delay(Protego.parse("User-agent: *\nCrawl-delay: 1\n"), agent) == 1.0
    assert robots_delay(Protego.parse("User-agent: *\nCrawl-delay: 1\nRequest-rate: 1/5s\n"),
                        agent) == 5.0
    assert robots_delay(Protego.parse("User-agent: *\nRequest-rate: 6/1m\n"), agent) == 10.0
    assert robots_delay(Protego.parse("User-agent: kznews\nCrawl-delay: 3\n\n"
                                      "User-agent: *\nCrawl-delay: 1\n"), agent) == 3.0
    assert robots_delay(Protego.parse("User-agent: *\nDisallow: /admin/\n"), agent) is None


# -- what counts as a block -------------------------------------------------------------------
CF_PAGE = (b'<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>'
           b"<body><noscript>Enable JavaScript and cookies to continue</noscript><script>"
           b'(function(){window._cf_chl_opt={cvId: "3",cType: "managed"};}());</script>'
           b"</body></html>")


@pytest.mark.parametrize(("status", "headers", "body", "kind"), [
    (403, {"Server": "cloudflare"}, CF_PAGE, "cloudflare"),
    (503, {"Server": "cloudflare"}, CF_PAGE, "cloudflare"),
    (200, {}, CF_PAGE, "cloudflare"),
    (200, {"cf-mitigated": "challenge"}, b"<html><body>x</body></html>", "cloudflare"),
    (403, {"Server": "ddos-guard"}, CHALLENGE, "ddos-guard"),
    (403, {"Set-Cookie": "__ddg1_=abc; Path=/"}, b"<html></html>", "ddos-guard"),
    (401, {}, b"<html><script src='/__qrator/qauth.js'></script></html>", "qrator"),
    (403, {}, b"<html><body>Access blocked by Variti</body></html>", "variti"),
    (403, {}, b'<form><div class="g-recaptcha" data-sitekey="k"></div></form>', "captcha"),
    (200, {}, b"<html><head><title>Captcha</title></head><form></form></html>", "captcha"),
    (403, {"Server": "nginx"}, CHALLENGE, "challenge"),
    (200, {}, CHALLENGE, "challenge"),
    (403, {}, b"<html><body><h1>403 Forbidden</h1></body></html>", "forbidden"),
    (429, {}, b"Too Many Requests", None),
    (503, {}, b"<html><body>Service Unavailable</body></html>", None),
    (404, {"Server": "cloudflare"}, CF_PAGE, None),
    (200, {"Server": "ddos-guard"}, b"<html><body><p>article</p></body></html>", None),
])
def test_block_kinds(status: int, headers: dict[str, str], body: bytes, kind: str | None
                     ) -> None:
    assert classify(status, headers, body) == kind


def test_ordinary_pages_are_not_blocks() -> None:
    site = build_site(articles=30, seed=3)
    paths = ["/robots.txt", "/novosti", "/novosti?page=2"] + [
        f"/news/u{site.plan(i).num}" for i in range(site.n)]
    for path in paths:
        status, headers, body = site.render(path, base="http://127.0.0.1:1")
        assert status == 200, path
        assert classify(status, headers, body) is None, path
    # a whole article behind Cloudflare carries its bot beacon and a comment form's captcha
    page = site.render(paths[3], base="http://127.0.0.1:1")[2]
    beacon = (b'<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>'
              b'<div class="g-recaptcha"></div>')
    assert classify(200, {"Server": "cloudflare"}, page.replace(b"</body>", beacon + b"</body>")
                    ) is None


# -- crawls -----------------------------------------------------------------------------------
def gaps(hits: list[tuple[float, str, str]]) -> list[float]:
    times = [t for t, _, _ in hits]
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_robots_crawl_delay_spaces_requests_server_side(serve: Any, tmp_path: Path) -> None:
    outlet = Outlet(build_site(articles=4, seed=5), robots_extra="Crawl-delay: 1\n")
    url = serve(outlet)
    # the listing alone: robots.txt, the listing page and four articles, one second apart
    result = run_crawl(url, tmp_path, "-a", "follow_related=0", "-a", "discover=listing",
                       settings={"AUTOTHROTTLE_ENABLED": "1",
                                 "KZNEWS_CONTACT": "newsroom-data@example.org"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.items) == 4
    assert outlet.paths()[0] == "/robots.txt" and len(outlet.hits) == 6
    measured = gaps(outlet.hits)
    print("gaps between requests (s):", [round(g, 3) for g in measured])
    assert min(measured) >= 1.0, measured
    assert "robots.txt of 127.0.0.1 asks for 1 s between requests" in result.stderr
    agents = {ua for _, _, ua in outlet.hits}
    assert len(agents) == 1
    assert re.fullmatch(r"kznews/\S+ \(\+mailto:newsroom-data@example\.org; news archive "
                        r"crawler\)", agents.pop())


def blocked_bound(limit: int, in_flight: int = 8) -> int:
    """The most requests a crawl sends into a block that never lifts, when the protection
    answers with an error status (a block read as it is downloaded, before its transfer slot
    is freed): the first block and the pages in flight beside it (a slot's concurrency), then
    one page of the streak at a time, limit - 1 more blocks. A 200 interstitial is read only
    after its slot was freed, so one page more may leave as each of those blocks ends."""
    return in_flight + (limit - 1)


def test_block_stops_the_crawl_and_the_next_run_completes_it(serve: Any, tmp_path: Path
                                                             ) -> None:
    site = build_site(articles=40, seed=11)
    outlet = Outlet(site, block_after=15)
    url = serve(outlet)
    first = run_crawl(url, tmp_path, settings={"KZNEWS_BLOCK_BACKOFF": "0.1"})
    after_block = len(outlet.hits) - 15
    print(f"requests after the block began: {after_block}")
    assert first.returncode == 4, first.stderr[-3000:]
    # the blocks that end the crawl, and at most the 8 a slot has in flight when it stops
    assert after_block <= blocked_bound(project_settings.KZNEWS_BLOCK_LIMIT)
    lines = [ln for ln in first.stderr.splitlines()
             if "[kznews.blocks]" in ln and "next run resumes" in ln]
    assert len(lines) == 1, lines
    assert re.search(rf"blocked by ddos-guard at {re.escape(url)}/\S+ after \d+ requests; "
                     r"next run resumes$", lines[0])
    report = first.report()
    assert report["finish_reason"] == "blocked"
    assert report["blocked"]["stopped"] and report["blocked"]["kinds"]["ddos-guard"] >= 5
    blocks = next(m for m in report["monitors"]["results"] if m["name"] == "blocks")
    assert blocks["passed"] is False and "next run resumes" in blocks["message"]
    assert not [i for i in first.items if "Checking your browser" in json.dumps(i)]

    outlet.block_after = None  # the block is lifted
    second = run_crawl(url, tmp_path, out="second.jsonl")
    assert second.returncode == 0, second.stderr[-3000:]
    both = Counter(i["id"] for i in first.items + second.items)
    assert [aid for aid, n in both.items() if n > 1] == []
    assert set(both) == {f"u{site.plan(i).num}" for i in range(site.n)}
    feed = Counter(line["id"] for line in second.feed_lines())
    assert feed == Counter(set(both))


@pytest.mark.parametrize("per_page", [1, 20])
def test_a_protection_blocking_only_the_articles_stops_the_crawl(
        serve: Any, tmp_path: Path, per_page: int) -> None:
    # Every article page is blocked, the listing served. With one story a listing page, each
    # listing page answered between two blocked articles ended the streak: all 200 articles
    # were sent into the block (and asked again). Blocks of one path segment (/news/) that
    # only a page of that segment interrupts now reach the limit on their own. Listing pages
    # served between them end the host's streak, so the pace is restored (8 in flight):
    # the bound is the first block and the 8 beside it, limit - 1 more, and the 8 that may be
    # in flight when the last of them is read (16 seen under load at limit 5).
    site = build_site(articles=200, seed=11, per_page=per_page)
    outlet = Outlet(site, block_paths="/news/")
    url = serve(outlet)
    first = run_crawl(url, tmp_path, settings={"KZNEWS_BLOCK_BACKOFF": "0.02",
                                               "KZNEWS_BLOCK_BACKOFF_MAX": "0.1"})
    assert first.returncode == 4, first.stderr[-3000:]
    articles = [p for p in outlet.paths() if p.startswith("/news/")]
    print(f"article requests: {len(articles)}")
    assert len(articles) <= 1 + 8 + (project_settings.KZNEWS_BLOCK_LIMIT - 1) + 8
    assert first.report()["blocked"]["stopped"]
    assert first.items == []


def test_forbidden_sitemaps_are_no_block_and_the_listing_is_walked(serve: Any, tmp_path: Path
                                                                  ) -> None:
    # A server rule answering a plain 403 on /sitemap… (no protection's marks): at a live
    # host's pace (one request at a time) the sitemap index's children came one after another,
    # each counted as a block, and the crawl stopped before any article (exit 4, 0 items).
    site = build_site(articles=600, seed=11, sitemaps=True)  # an index of seven children
    pace = {"CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DOWNLOAD_DELAY": "0.01"}
    outlet = Outlet(site, forbid_paths="/sitemaps/")
    url = serve(outlet)
    done = run_crawl(url, tmp_path, "-a", "max_articles=20", settings=pace)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "next run resumes" not in done.stderr
    assert len(done.items) == 20
    assert sum(p.startswith("/sitemaps/") for p in outlet.paths()) >= 5
    # a protection's 403 on the sitemaps is still a block
    outlet = Outlet(site, block_paths="/sitemaps/")
    url = serve(outlet)
    blocked = run_crawl(url, tmp_path / "b", "-a", "max_articles=20",
                        settings={**pace, "KZNEWS_BLOCK_BACKOFF": "0.05"})
    assert blocked.report()["blocked"]["kinds"]["ddos-guard"] >= 1


def test_a_page_sent_before_the_block_and_read_after_it_is_no_recovery(
        serve: Any, tmp_path: Path) -> None:
    # The 12th page's body arrives only once eight requests were blocked: by then the crawl
    # has read a block (at most 8 are in flight), and this page, though answered well, was
    # asked for before the block began. Counting it as the outlet answering again restarted
    # the streak and sent more requests into the block (seen as 22 under load).
    outlet = Outlet(build_site(articles=40, seed=11), block_after=15, hold=12,
                    release_after=8)
    url = serve(outlet)
    limit = 10
    first = run_crawl(url, tmp_path, settings={"KZNEWS_BLOCK_BACKOFF": "0.05",
                                               "KZNEWS_BLOCK_LIMIT": str(limit)})
    assert first.returncode == 4, first.stderr[-3000:]
    assert outlet.released.is_set()
    assert "the outlet answers again" not in first.stderr
    assert len(outlet.hits) - 15 <= blocked_bound(limit)
    assert first.report()["blocked"]["stopped"]


def test_blocks_slow_to_arrive_send_no_more_requests_into_the_block(
        serve: Any, tmp_path: Path) -> None:
    # Each blocked answer takes 0.4 s in full, eight times the back-off. Scrapy sent its
    # whole slot queue at once (14 in flight on a host allowed 8), and during the streak a
    # slot that only waited the back-off between sends kept sending while earlier blocks were
    # still in transfer: 16 to 18 requests past the block at limit 5. The slot's concurrency
    # now holds, and during a streak the host is asked one page of the streak at a time.
    outlet = Outlet(build_site(articles=40, seed=11), block_after=15, slow_blocks=0.4)
    url = serve(outlet)
    first = run_crawl(url, tmp_path, settings={"KZNEWS_BLOCK_BACKOFF": "0.05"})
    assert first.returncode == 4, first.stderr[-3000:]
    after_block = len(outlet.hits) - 15
    print(f"requests after the block began: {after_block}")
    assert after_block <= blocked_bound(project_settings.KZNEWS_BLOCK_LIMIT)
    assert first.report()["blocked"]["stopped"]


def test_blocks_of_the_pages_in_flight_arriving_at_once_send_no_more_into_the_block(
        serve: Any, tmp_path: Path) -> None:
    # The answers to the eight pages in flight when the block began arrive in one burst: each
    # frees its transfer slot, and the slot sent one more page into the block before the guard
    # had read any of them (15 requests past the block at limit 5, seen under load). A block
    # with an error status is now read as it is downloaded, before its slot sends again.
    outlet = Outlet(build_site(articles=40, seed=11), block_after=15, burst_blocks=8)
    url = serve(outlet)
    first = run_crawl(url, tmp_path, settings={"KZNEWS_BLOCK_BACKOFF": "0.05"})
    assert first.returncode == 4, first.stderr[-3000:]
    assert outlet.burst.is_set()
    after_block = len(outlet.hits) - 15
    print(f"requests after the block began: {after_block}")
    assert after_block <= blocked_bound(project_settings.KZNEWS_BLOCK_LIMIT)
    assert first.report()["blocked"]["stopped"]


@needs_chromium
def test_challenge_served_to_the_browser_is_a_block_and_the_next_run_renders_it(
        serve: Any, tmp_path: Path) -> None:
    site = build_site(articles=6, seed=5, scripted=1)
    (aid,) = site.scripted_ids
    path = site.plan(site.index_of(aid) or 0).path
    outlet = Outlet(site, block_rendered={path})
    url = serve(outlet)
    args = ("-a", "render=auto", "-a", "follow_related=0")
    settings = {"KZNEWS_BLOCK_LIMIT": "1", "KZNEWS_RENDER_WAIT": "2"}
    first = run_crawl(url, tmp_path, *args, settings=settings)
    assert first.returncode == 4, first.stderr[-3000:]
    assert outlet.paths().count(path) == 2  # static, then the browser's
    assert stat(first, "blocked/ddos-guard") == 1 and stat(first, "render/failed") == 0
    assert aid not in {i["id"] for i in first.items}
    assert re.search(rf"blocked by ddos-guard at {re.escape(url + path)} after \d+ requests; "
                     r"next run resumes", first.stderr)

    outlet.block_rendered = set()  # the block is lifted
    second = run_crawl(url, tmp_path, *args, out="second.jsonl", settings=settings)
    assert second.returncode == 0, second.stderr[-3000:]
    both = Counter(i["id"] for i in first.items + second.items)
    assert both[aid] == 1 and set(both) == {a["id"] for a in site.articles}
    assert stat(second, "render/playwright") == 1


def test_crawl_delay_override_and_cap_say_so(caplog: pytest.LogCaptureFixture) -> None:
    def crawler(**cmdline: Any) -> Any:
        signals = SimpleNamespace(connect=lambda *a, **k: None)
        return SimpleNamespace(settings=project(**cmdline), signals=signals, stats=None,
                               engine=None)

    robots = Protego.parse("User-agent: *\nCrawl-delay: 120\n")
    request = Request("https://ic24.kz/novosti")
    with caplog.at_level(logging.INFO, logger="kznews.politeness"):
        CrawlDelay(crawler(KZNEWS_IGNORE_CRAWL_DELAY=True)).robots_parsed(robots, request)
        CrawlDelay(crawler()).robots_parsed(robots, request)
        CrawlDelay(crawler(KZNEWS_CRAWL_DELAY_MAX=200)).robots_parsed(robots, request)
    assert [r.getMessage() for r in caplog.records] == [
        "robots.txt of ic24.kz asks for 120 s between requests: ignored "
        "(KZNEWS_IGNORE_CRAWL_DELAY)",
        "robots.txt of ic24.kz asks for 120 s between requests: capped to 60 s "
        "(KZNEWS_CRAWL_DELAY_MAX)",
        "robots.txt of ic24.kz asks for 120 s between requests: one request at a time, "
        "120 s apart"]


def test_blocks_of_pages_in_flight_when_a_streak_began_do_not_lengthen_it() -> None:
    """A CDN checking some first visits answers several pages in flight at once: those were
    sent before the streak's first block and tell nothing more than it did, so only blocks
    of requests sent after it count towards the stop (else a crawl of a site checking a
    fifth of its pages stopped whenever five such answers came back together)."""
    from scrapy.http import HtmlResponse

    from kznews.blocks import Blocked, BlockGuard

    stub: Any = SimpleNamespace(settings=project(KZNEWS_BLOCK_LIMIT=3), stats=None, engine=None,
                                signals=SimpleNamespace(connect=lambda *a, **k: None,
                                                        send_catch_log=lambda s, **k: None))
    guard = BlockGuard(stub)

    def ask() -> Request:
        request = Request("https://ic24.kz/news/u1")
        guard.process_request(request)
        return request

    def block(request: Request) -> None:
        response = HtmlResponse(request.url, status=403, body=b"<h1>403 Forbidden</h1>",
                                request=request)
        with pytest.raises(Blocked):
            guard.process_response(request, response)

    in_flight = [ask() for _ in range(6)]
    for request in in_flight:  # all six answered blocked, the first starting the streak
        block(request)
    assert guard.in_row == 1 and not guard.stopping
    block(ask())  # sent into the streak: counts
    assert guard.in_row == 2 and not guard.stopping
    block(ask())
    assert guard.in_row == 3 and guard.stopping


def test_block_guard_streaks_and_stop() -> None:
    from scrapy.exceptions import CloseSpider
    from scrapy.http import HtmlResponse

    from kznews.blocks import Blocked, BlockGuard, guard_for, stopped_runs

    sent: list[dict[str, str]] = []
    stub: Any = SimpleNamespace(settings=project(KZNEWS_BLOCK_LIMIT=3), stats=None, engine=None,
                                signals=SimpleNamespace(connect=lambda *a, **k: None,
                                                        send_catch_log=lambda s, **k:
                                                        sent.append(k)))
    guard = BlockGuard(stub)
    assert guard_for(stub) is guard

    def ask() -> Request:
        request = Request("https://ic24.kz/news/u1")
        guard.process_request(request)
        return request

    def answer(status: int, body: bytes, request: Request | None = None) -> Any:
        request = request or ask()
        response = HtmlResponse(request.url, status=status, body=body, request=request)
        return guard.process_response(request, response)

    page = b"<html><head><title>News</title></head><body><p>text</p></body></html>"
    early = ask()  # sent before the streak began, answered after it: proves nothing
    for _ in range(2):
        with pytest.raises(Blocked, match="blocked by ddos-guard"):
            answer(403, CHALLENGE.replace(b"Checking your browser", b"DDoS-Guard"))
    answer(200, page, early)
    answer(200, page, Request("https://ic24.kz/news/u2"))  # never numbered: proves nothing
    assert guard.in_row == 2
    answer(200, page)
    assert guard.in_row == 0 and not guard.stopping
    before = len(stopped_runs())
    for _ in range(3):
        with pytest.raises(Blocked):
            answer(403, b"<h1>403 Forbidden</h1>")
    assert guard.stopping
    assert stopped_runs()[before:] == [
        "blocked by forbidden at https://ic24.kz/news/u1 after 8 requests; next run resumes"]
    assert sent == [{"kind": "forbidden", "url": "https://ic24.kz/news/u1"}]  # told the peers
    guard.stop_for_peer("captcha", "https://ic24.kz/news/u9")  # already stopped: nothing new
    assert len(stopped_runs()) == before + 1
    peer = BlockGuard(stub)
    peer.stop_for_peer("captcha", "https://ic24.kz/news/u9")
    assert peer.stopping and len(sent) == 1  # a peer's stop is not told again
    assert stopped_runs()[-1].startswith("blocked by captcha at https://ic24.kz/news/u9 after 0")
    with pytest.raises(Blocked):
        guard.process_request(Request("https://ic24.kz/news/u7"))
    guard.process_request(Request("data:,"))  # the spider's own hand-off still runs
    with pytest.raises(CloseSpider):
        guard.spider_idle()
