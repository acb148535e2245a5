"""Rendering with scrapy-playwright (kznews.render): only the pages that need a browser.

The crawl tests run the real spider in a subprocess against mirrors with script-built pages
(``build_site(scripted=K)``) and Debian's chromium; the rest are quick checks without one.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.settings import Settings

from kznews import browser, render
from kznews.loaders import missing_fields
from kznews.mirror import MirrorServer, Site, build_site, serve
from kznews.mirror.scripted import HANG_SCRIPT
from kznews.origin import origin_of, same_site
from kznews.sites.centerinform import Extracted, extract_article
from kznews.sites.centerinform.outlet import article_id
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.test_crawl import mismatches

ARTICLES = 40
SCRIPTED = 5
CHROMIUM = Path(render.launch_options()["executable_path"])
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists() and not shutil.which(str(CHROMIUM)),
    reason=f"no chromium at {CHROMIUM} (make sysdeps installs Debian's)")


def stat(result: CrawlResult, key: str) -> int:
    """A value of the stats Scrapy dumps at the end of the crawl (0 when absent)."""
    found = re.search(rf"'{re.escape(key)}': (\d+)", result.stderr)
    return int(found.group(1)) if found else 0


def page(site: Site, aid: str) -> str:
    i = site.index_of(aid)
    assert i is not None
    return site.render(site.plan(i).path, base="http://mirror")[2].decode("utf-8")


def extracted(site: Site, aid: str) -> Extracted:
    return extract_article(page(site, aid), f"http://mirror/news/{aid}")


@pytest.fixture(scope="module")
def scripted_site() -> Site:
    return build_site(articles=ARTICLES, scripted=SCRIPTED)


@pytest.fixture(scope="module")
def scripted_mirror(scripted_site: Site) -> Iterator[MirrorServer]:
    server = serve(scripted_site, port=0)
    yield server
    server.close()


# ----------------------------------------------------------------------- the mirror's pages
def test_scripted_option_keeps_the_site_and_its_truth() -> None:
    plain, five, three = build_site(articles=60), build_site(articles=60, scripted=5), \
        build_site(articles=60, scripted=3, hanging=1)
    assert plain.articles == five.articles and "scripted_ids" not in plain.truth_document()["site"]
    assert len(five.scripted_ids) == 5 and set(three.scripted_ids) < set(five.scripted_ids)
    assert set(three.hanging_ids) <= set(three.scripted_ids) and len(three.hanging_ids) == 1
    assert not {"u45694", "u45713", "u46768", "u49120"} & set(five.scripted_ids)
    static = [a["id"] for a in plain.articles if a["id"] not in five.scripted_ids]
    assert all(page(plain, aid) == page(five, aid) for aid in static[:10])
    with pytest.raises(ValueError):
        build_site(articles=60, scripted=1, hanging=2)


def test_script_built_page_has_no_body_or_date_in_static_html(scripted_site: Site) -> None:
    for aid in scripted_site.scripted_ids:
        html = page(scripted_site, aid)
        ex = extract_article(html, f"http://mirror/news/{aid}")
        assert "published" in missing_fields(ex), aid
        truth = next(a for a in scripted_site.articles if a["id"] == aid)
        assert truth["body"].split("\n\n")[-1][:30] not in html.split('id="news-data"')[0]
        assert render.script_hint(html, ex) == "inline-data"
        assert HANG_SCRIPT not in html


def test_no_static_mirror_page_looks_script_built(scripted_site: Site) -> None:
    for truth in scripted_site.articles:
        if truth["id"] in scripted_site.scripted_ids:
            continue
        html = page(scripted_site, truth["id"])
        ex = extract_article(html, "http://mirror" + truth["path"])
        assert not missing_fields(ex) and render.script_hint(html, ex) is None, truth["id"]


def test_other_script_built_signals() -> None:
    empty = Extracted(values={"title": "t", "body": ["Short lead."]})
    noscript = "<body><noscript>Please enable JavaScript to read the news.</noscript></body>"
    assert render.script_hint(noscript, empty) == "noscript"
    counter = "<noscript><img src='https://mc.yandex.ru/watch/1'></noscript>"
    assert render.script_hint(counter, empty) is None
    heavy = "<script>" + "var a=1;" * 400 + "</script>"
    assert render.script_hint(heavy, empty) == "script-heavy"
    long_body = Extracted(values={"body": ["Paragraph of the article. " * 20]})
    assert render.script_hint(noscript + heavy, long_body) is None


def test_a_short_text_behind_a_big_inline_script_is_static() -> None:
    """A news item of a few sentences is the page's text, however big the inline state or
    bundle before it: the page is no script-built shell."""
    bundle = "<script>window.__STATE__ = '" + "QUJD" * 80_000 + "';</script>"
    short = Extracted(values={"title": "t", "body": [
        "The akimat opened a school.", "It has 600 places.", "Classes start in September."]})
    assert render.script_hint(bundle, short) is None
    lead = Extracted(values={"title": "t", "body": ["The akimat opened a school."]})
    assert render.script_hint(bundle, lead) == "script-heavy"
    loading = Extracted(values={"title": "t", "body": ["Loading", "Please wait"]})
    assert render.script_hint(bundle, loading) == "script-heavy"


def test_a_short_text_beside_a_state_of_other_stories_is_static() -> None:
    """A store's feed of other stories' prose beside a short news item is no sign of a
    script-built page; the same store beside a lead alone is."""
    feed = [{"title": f"Story {k}", "lead": f"Residents of district {k} will get new buses "
             "and a renovated square by the end of the year, the akimat said."}
            for k in range(40)]
    state = ('<script type="application/json" data-store>'
             + json.dumps({"feed": {"items": feed}}) + "</script>")
    short = Extracted(values={"title": "t", "body": [
        "The akimat opened a school.", "It has 600 places.", "Classes start in September."]})
    assert render.script_hint(state, short) is None
    lead = Extracted(values={"title": "t", "body": ["The akimat opened a school."]})
    assert render.script_hint(state, lead) == "inline-data"


def test_currency_widget_lines_never_reach_the_body() -> None:
    ex = Extracted(values={"body": ["Lead.", "USD/KZT 471.25", "• USD/KZT 0.0 • EUR/KZT 0.0",
                                    "The USD/KZT rate rose to 471 tenge."]})
    assert render.drop_widget_lines(ex) == 2
    assert ex.values["body"] == ["Lead.", "The USD/KZT rate rose to 471 tenge."]


class FakePage:
    """Stands for a Playwright page (weak-referenceable, like the real one)."""


def test_origins_compare_scheme_host_and_port() -> None:
    assert origin_of("http://H/a") == origin_of("http://h:80/b")
    assert origin_of("https://h/") == origin_of("https://h:443")
    assert origin_of("http://h/") != origin_of("https://h/")
    assert origin_of("http://h:8080/") != origin_of("http://h/")
    assert origin_of("http://h.evil/") != origin_of("http://h/")
    assert str(origin_of("HTTPS://H")) == "https://h"
    assert str(origin_of("http://[::1]:8080/x")) == "http://[::1]:8080"
    assert browser.context_proxy(origin_of("http://h/"), 9)["bypass"] == "http://h:80"
    assert same_site(origin_of("https://www.ic24.kz/x"), origin_of("https://ic24.kz"))
    assert not same_site(origin_of("https://www.ic24.kz:8443/x"), origin_of("https://ic24.kz"))
    for url in ("ftp://h/", "ws://h/", "data:text/html,x", "file:///etc/passwd",
                "javascript:1", "http://h:99999/", "http:///x"):
        assert origin_of(url) is None, url


def test_abort_request_keeps_every_frame_on_the_crawled_origin() -> None:
    page, popup = FakePage(), FakePage()
    browser.allow_page(page, origin_of("http://h/"))

    def req(url: str, kind: str = "script", on: Any = page) -> Any:
        return SimpleNamespace(url=url, resource_type=kind, frame=SimpleNamespace(page=on))

    assert not render.abort_request(req("http://h/js/app.js"))
    assert not render.abort_request(req("http://h:80/news/u1", "document"))  # the page itself
    assert render.abort_request(req("http://h/a.jpg", "image"))
    assert render.abort_request(req("http://h/f.woff2", "font"))
    assert render.abort_request(req("https://mc.yandex.ru/metrika.js"))
    # navigations too: iframes, a script's location change, a redirect elsewhere
    assert render.abort_request(req("http://other/frame", "document"))
    assert render.abort_request(req("http://h:8081/frame", "document"))
    assert render.abort_request(req("https://h/news/u1", "document"))
    assert render.abort_request(req("ftp://h/x", "document"))
    assert render.abort_request(req("http://h/news/u1", "document", on=popup))  # not ours
    no_frame = SimpleNamespace(url="http://h/sw.js", resource_type="script")
    assert render.abort_request(no_frame)


# ----------------------------------------------------------------------- the add-on
def configured(mode: str | None, **settings: Any) -> tuple[Settings, Any]:
    spider = SimpleNamespace(args=SimpleNamespace(render=mode), renderer=None)
    crawler = SimpleNamespace(spider=spider, stats=None,
                              signals=SimpleNamespace(connect=lambda *a, **k: None))
    values = Settings({"KZNEWS_RENDER": "auto", **settings})
    render.Rendering(crawler).update_settings(values)
    return values, spider


def test_never_installs_no_playwright_handler() -> None:
    values, spider = configured("never")
    assert not values.getdict("DOWNLOAD_HANDLERS") and spider.renderer.mode == "never"
    values, spider = configured(None, KZNEWS_RENDER="never")
    assert not values.getdict("DOWNLOAD_HANDLERS") and spider.renderer.mode == "never"


def test_auto_and_always_route_http_through_the_lazy_handler() -> None:
    values, spider = configured(None)
    assert values.getdict("DOWNLOAD_HANDLERS") == {"http": render.HANDLER,
                                                   "https": render.HANDLER}
    assert spider.renderer.mode == "auto"
    assert values.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")["headless"] is True
    assert render.AlwaysRenderMiddleware not in values.getdict("DOWNLOADER_MIDDLEWARES")
    values, spider = configured("always")
    assert render.AlwaysRenderMiddleware in values.getdict("DOWNLOADER_MIDDLEWARES")
    with pytest.raises(ValueError, match="KZNEWS_RENDER must be one of"):
        configured(None, KZNEWS_RENDER="sometimes")


def test_chromium_path_comes_from_the_environment() -> None:
    options = render.launch_options({"KZNEWS_CHROMIUM": "/opt/chromium/chrome"})
    assert options["executable_path"] == "/opt/chromium/chrome"
    assert "--no-sandbox" in options["args"] and options["headless"] is True
    assert render.launch_options({})["executable_path"] == "/usr/bin/chromium"


# ----------------------------------------------------------------------- crawls, real browser
def check_truth(site: Site, result: CrawlResult, skip: frozenset[str] = frozenset()) -> None:
    assert result.returncode == 0, result.stderr[-3000:]
    got = {item["id"]: item for item in result.items}
    assert set(got) == {a["id"] for a in site.articles} - skip
    wrong = {a["id"]: m for a in site.articles if a["id"] in got
             for m in [mismatches(a, got[a["id"]])] if m}
    assert not wrong, wrong
    assert not [i for i in result.items if "KZT" in i["body"]]


@needs_chromium
def test_auto_renders_exactly_the_script_built_pages(
        scripted_site: Site, scripted_mirror: MirrorServer, tmp_path: Path) -> None:
    before = len(scripted_mirror.requests)
    result = run_crawl(scripted_mirror.url, tmp_path, "-a", "max_pages=100",
                       "-a", "render=auto")
    check_truth(scripted_site, result)
    # every article page was fetched once, and the script-built ones once more by chromium
    fetched = Counter(article_id(path) for path in scripted_mirror.requests[before:]
                      if path.startswith("/news/"))
    assert {aid for aid, n in fetched.items() if n == 2} == set(scripted_site.scripted_ids)
    assert set(fetched.values()) == {1, 2}
    assert stat(result, "render/playwright") == SCRIPTED
    assert stat(result, "render/requested") == SCRIPTED
    assert stat(result, "render/static") == ARTICLES - SCRIPTED
    assert stat(result, "render/failed") == 0
    assert stat(result, "playwright/page_count") == stat(result, "playwright/page_count/closed")


@needs_chromium
def test_never_counts_script_built_pages_incomplete_and_starts_no_browser(
        scripted_site: Site, scripted_mirror: MirrorServer, tmp_path: Path) -> None:
    result = run_crawl(scripted_mirror.url, tmp_path, "-a", "max_pages=100",
                       "-a", "render=never")
    check_truth(scripted_site, result, skip=frozenset(scripted_site.scripted_ids))
    assert stat(result, "drop/incomplete") == SCRIPTED
    assert stat(result, "render/needed") == SCRIPTED
    for aid in scripted_site.scripted_ids:
        lines = [x for x in result.stderr.splitlines() if "WARNING: dropped" in x and aid in x]
        assert len(lines) == 1 and "built by script" in lines[0] and "render=never" in lines[0]
    assert "playwright" not in result.stderr.lower()  # no handler, no driver, no browser


def test_auto_without_script_built_pages_starts_nothing(tmp_path: Path) -> None:
    site = build_site(articles=12)
    with serve(site, port=0) as server:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=100", "-a", "render=auto")
    check_truth(site, result)
    assert stat(result, "render/static") == 12
    assert "'playwright/" not in result.stderr and "Starting download handler" not in \
        result.stderr


@needs_chromium
def test_always_renders_every_article_and_parses_them_the_same(tmp_path: Path) -> None:
    site = build_site(articles=12, scripted=2)
    with serve(site, port=0) as server:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=100", "-a", "render=always",
                           "-a", "follow_related=0")
    check_truth(site, result)
    assert stat(result, "render/playwright") == 12 and stat(result, "render/static") == 0
    assert stat(result, "render/requested") == 0


@needs_chromium
def test_a_page_that_never_loads_is_abandoned_and_the_crawl_finishes(tmp_path: Path) -> None:
    site = build_site(articles=ARTICLES, scripted=3, hanging=1)
    server = serve(site, port=0)
    try:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=100", "-a", "render=auto",
                           settings={"PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": "2000"})
        assert any(HANG_SCRIPT in path for path in server.requests)
    finally:
        site.release_hanging()
        server.close()
    (hanging,) = site.hanging_ids
    check_truth(site, result, skip=frozenset({hanging}))
    assert stat(result, "render/failed/timeout") == 1 and stat(result, "render/playwright") == 2
    assert re.search(rf"WARNING: dropped \S+{hanging}: rendering failed \(TimeoutError",
                     result.stderr)
    assert stat(result, "playwright/page_count") == stat(result, "playwright/page_count/closed")
