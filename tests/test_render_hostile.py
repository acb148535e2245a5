"""Hostile pages under ``render=auto`` (kznews.browser): real crawls, Debian's chromium.

The mirror's script-built pages (which ``render=auto`` sends to chromium) carry probes that
try to reach a canary listening on another port of 127.0.0.1; the canary must see nothing.
Every probe also fetches a marker path of the crawled origin, which is allowed: the mirror's
request log proves that the probe's page was rendered and its scripts ran.
"""

from __future__ import annotations

import re
import socket
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from kznews.mirror import build_site
from kznews.sites.centerinform.outlet import article_id
from tests.crawl_helpers import run_crawl
from tests.hostile_pages import Canary, Injected, serve_injected
from tests.test_render import FakePage, check_truth, needs_chromium, stat

MARK = "/__probe__/"


def probes(canary: str) -> dict[str, str]:
    """Probe name -> markup. Each one tries another way out of the page."""
    c = canary
    return {
        "iframe": f'<iframe src="http://{c}/iframe"></iframe>',
        "script-iframe": ("<script>var f = document.createElement('iframe');"
                          f"f.src = 'http://{c}/script-iframe'; document.body.appendChild(f);"
                          "</script>"),
        "popup": f"<script>window.open('http://{c}/popup');</script>",
        "blank-link": (f'<a id="go" target="_blank" href="http://{c}/blank-link">more</a>'
                       "<script>document.getElementById('go').click();</script>"),
        "blank-form": (f'<form id="send" target="_blank" action="http://{c}/blank-form"></form>'
                       "<script>document.getElementById('send').submit();</script>"),
        "websocket": f"<script>try {{ new WebSocket('ws://{c}/websocket'); }} catch (e) {{}}"
                     "</script>",
        "non-http": (f'<iframe src="ftp://{c}/non-http"></iframe>'
                     f"<script>fetch('gopher://{c}/non-http').catch(() => 0);</script>"),
        "worker-websocket": ("<script>new Worker(URL.createObjectURL(new Blob(["
                             f"\"new WebSocket('ws://{c}/worker-websocket');\"])));</script>"),
        "preconnect": (f'<link rel="preconnect" href="http://{c}">'
                       f'<link rel="dns-prefetch" href="http://{c}">'),
    }


@pytest.fixture
def canary() -> Iterator[Canary]:
    listener = Canary()
    with socket.create_connection(("127.0.0.1", listener.port), timeout=5) as s:
        s.sendall(b"GET /self-test HTTP/1.1\r\n\r\n")  # the canary does count
    deadline = time.monotonic() + 10
    while not listener.hits and time.monotonic() < deadline:  # the accept thread's turn
        time.sleep(0.01)
    assert listener.hits == ["GET /self-test HTTP/1.1"]
    listener.hits.clear()
    yield listener
    listener.close()


@needs_chromium
def test_rendered_pages_reach_no_other_origin(canary: Canary, tmp_path: Path) -> None:
    kinds = probes(canary.origin)
    site = build_site(articles=40, scripted=len(kinds))
    planted = dict(zip(site.scripted_ids, kinds, strict=True))
    extra = {aid: kinds[name] + f"<script>fetch('{MARK}{name}');</script>"
             for aid, name in planted.items()}
    server = serve_injected(Injected(site, extra=extra))
    try:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=100", "-a", "render=auto")
    finally:
        server.close()
    print("canary:", canary.hits)  # noqa: T201 - shown by pytest on failure
    assert canary.hits == []
    ran = {path[len(MARK):] for path in server.requests if path.startswith(MARK)}
    assert ran == set(kinds), f"probes whose page did not run: {set(kinds) - ran}"
    check_truth(site, result)  # the probes cost no article
    assert stat(result, "render/playwright") == len(kinds)
    assert stat(result, "render/blocked/websocket") >= 1
    # One refused window each for window.open, the link and the form: counted in the page,
    # so none is missed however soon the page is closed.
    assert stat(result, "render/blocked/popup") == 3
    assert stat(result, "playwright/page_count") == stat(result, "playwright/page_count/closed")


HEAP_HOG = ("<script>var kept = []; while (true) kept.push(new Array(100000).fill(Math.random()));"
            "</script>")
BUFFER_HOG = ("<script>var kept = []; while (true) { var b = new Uint8Array(32 << 20); "
              "b.fill(1); kept.push(b); }</script>")
# Busy once the DOM is ready: the page loads, then nothing in it answers any more.
BUSY = ("<script>document.addEventListener('DOMContentLoaded', function () {"
        " setTimeout(function () { while (true) {} }, 0); });</script>")


@needs_chromium
def test_a_page_that_crashes_or_hangs_its_renderer_is_rendered_once(tmp_path: Path) -> None:
    site = build_site(articles=30, scripted=4)
    heap, buffer, busy, fine = site.scripted_ids
    # The hogs start before the article's own script: their page never becomes ready.
    head = {heap: HEAP_HOG, buffer: BUFFER_HOG, busy: BUSY}
    replace = {aid: [("<head>", "<head>" + markup)] for aid, markup in head.items()}
    server = serve_injected(Injected(site, replace=replace))
    try:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=100", "-a", "render=auto",
                           settings={"KZNEWS_RENDER_MAX_MB": "400",
                                     "KZNEWS_RENDER_JS_HEAP_MB": "128",
                                     "KZNEWS_RENDER_WAIT": "2",
                                     "KZNEWS_RENDER_PAGE_BUDGET": "20"})
    finally:
        server.close()
    check_truth(site, result, skip=frozenset({heap, buffer, busy}))
    fetched = Counter(article_id(path) for path in server.requests if path.startswith("/news/"))
    # once by Scrapy (static), once by chromium; never again after the crash
    assert [fetched[aid] for aid in (heap, buffer, busy, fine)] == [2, 2, 2, 2]
    assert stat(result, "render/crashed") == 2
    assert stat(result, "render/failed/crashed") == 2
    assert stat(result, "render/killed_memory") >= 1  # typed arrays: outside the V8 heap
    assert stat(result, "render/over_budget") == 1 and stat(result, "render/failed/budget") == 1
    assert stat(result, "drop/incomplete") == 3
    assert stat(result, "render/playwright") == 1
    assert stat(result, "playwright/page_count") == stat(result, "playwright/page_count/closed")
    for aid in (heap, buffer, busy):
        assert re.search(rf"WARNING: dropped \S+{aid}: rendering failed", result.stderr), aid
    print("renderer peak MB:", stat(result, "render/renderer_peak_mb"))  # noqa: T201


def test_a_broken_or_offsite_page_is_not_opened_again() -> None:
    from scrapy import Request
    from scrapy.settings import Settings
    from scrapy.statscollectors import MemoryStatsCollector

    from kznews.browser import RenderRefused
    from kznews.origin import origin_of as origin
    from kznews.playwright_handler import LazyPlaywrightHandler

    handler = LazyPlaywrightHandler.__new__(LazyPlaywrightHandler)
    handler.stats = MemoryStatsCollector(SimpleNamespace(settings=Settings()))  # type: ignore[arg-type]
    handler.crawled = origin("http://h:8080/novosti")
    handler.broken = {"http://h:8080/news/u1": "crashed", "http://h:8080/news/u2": "budget"}
    handler._admit(Request("http://h:8080/news/u3"))  # a page never seen: opened
    for url, why in (("http://h:8080/news/u1", "crashed"), ("http://h:8080/news/u2", "budget"),
                     ("http://h/news/u4", "offsite"), ("https://h:8080/news/u5", "offsite")):
        with pytest.raises(RenderRefused):
            handler._admit(Request(url))
        assert handler.stats.get_value(f"render/refused/{why}"), url
    assert handler.stats.get_value("render/refused/offsite") == 2


def test_an_unknown_render_recipe_fails_the_request_clearly() -> None:
    import asyncio

    from scrapy import Request

    from kznews.browser import RECIPE_KEY, RECIPES, RenderRefused
    from kznews.playwright_handler import LazyPlaywrightHandler

    handler = LazyPlaywrightHandler.__new__(LazyPlaywrightHandler)
    handler.wait_ms = 10.0
    request = Request("http://h/news/u1", meta={RECIPE_KEY: "scroll-forever"})
    with pytest.raises(RenderRefused, match="unknown render recipe 'scroll-forever'"):
        asyncio.run(handler._apply_page_methods(FakePage(), request, None))
    assert RenderRefused.kind == "refused" and set(RECIPES) == {"wait-article"}
