"""Cookie-consent interstitials (kznews.consent): recognised, fetched once more with their
cookies, a second one a counted failure; a refresh to another URL still followed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler

from kznews import settings
from kznews.consent import TRIED_META, ConsentMiddleware, ConsentWall, Interstitial, inspect
from tests.copykit.server import answering, serve_quietly
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.othersite import site

PAGE = "http://127.0.0.1:8/news/sobytie-u123"


def _page(body: str, url: str = PAGE, **meta: object) -> tuple[Request, HtmlResponse]:
    request = Request(url, meta=dict(meta))
    return request, HtmlResponse(url, body=body.encode(), encoding="utf-8", request=request)


def _banner(head: str = "", script: str = "", words: str = "We use cookies. [I agree]") -> str:
    return f"<html><head>{head}<title>Site</title></head><body><p>{words}</p>" \
           f"{script}</body></html>"


ARTICLE_TEXT = "<p>" + "Текст новости о событиях в регионе. " * 80 + "</p>"


def _check(body: str, url: str = PAGE, **meta: object) -> Interstitial | None:
    request, response = _page(body, url, **meta)
    return inspect(request, response, 100, ["noscript"])


@pytest.mark.parametrize("head", [
    '<meta http-equiv="refresh" content="0;url=/news/sobytie-u123">',
    "<meta content='1; URL=http://127.0.0.1:8/news/sobytie-u123#x' http-equiv='Refresh'>",
])
def test_a_refresh_to_the_requested_url_is_an_interstitial(head: str) -> None:
    found = _check(_banner(head, words="Сайт использует куки. Подтвердите согласие"))
    assert found is not None and found.how == "refresh" and found.strong
    # whatever the page says: the refresh to itself alone is one, not a strong one
    plain = _check(f"<html><head>{head}</head><body>{ARTICLE_TEXT}</body></html>")
    assert plain is not None and not plain.strong


def test_a_refresh_back_along_the_redirect_chain_is_an_interstitial() -> None:
    head = '<meta http-equiv="refresh" content="0;url=/news/sobytie-u123">'
    found = _check(_banner(head), url="http://127.0.0.1:8/consent?back=1",
                   redirect_urls=[PAGE])
    assert found is not None


@pytest.mark.parametrize("body", [
    # a moved article: MetaRefreshMiddleware follows it
    _banner('<meta http-equiv="refresh" content="0;url=/news/drugoe-u124">'),
    # a live page reloading itself every 10 minutes is not followed at all
    _banner('<meta http-equiv="refresh" content="600;url=/news/sobytie-u123">'),
    # an article with a cookie banner and a script sending readers elsewhere
    _banner(script='<script>if(x)location.href="/kz/news/sobytie-u123"</script>',
            words="Мы используем cookie. Принять" + ARTICLE_TEXT),
    # a short page reloading itself, but with no consent words (a plain notice)
    _banner('<meta http-equiv="refresh" content="0">', words="Обновление страницы"),
    # an article reloading itself: a page's worth of text
    _banner(script="<script>location.reload()</script>",
            words="Используем куки. " + ARTICLE_TEXT),
])
def test_pages_and_refreshes_elsewhere_are_no_interstitials(body: str) -> None:
    assert _check(body) is None


def test_a_bare_refresh_on_a_consent_page_is_one() -> None:
    found = _check(_banner('<meta http-equiv="refresh" content="2">',
                           words="Cookie файлдарын қолданамыз. Келісемін"))
    assert found is not None and found.strong


@pytest.mark.parametrize("script", [
    "<script>document.cookie = 'gdpr_ok=yes; path=/'; location.reload();</script>",
    '<script>document.cookie="gdpr_ok=yes";window.location.href=window.location.href</script>',
    "<script>document.cookie='gdpr_ok=yes';location.replace('/news/sobytie-u123')</script>",
])
def test_a_script_back_to_the_page_is_one_with_its_cookies(script: str) -> None:
    found = _check(_banner(script=script, words="Нажимая «Принять», вы соглашаетесь"))
    assert found is not None and found.how == "script"
    assert found.cookies == {"gdpr_ok": "yes"}


def _middleware(**extra: object) -> tuple[ConsentMiddleware, StatsCollector]:
    crawler = get_crawler(Spider, {"METAREFRESH_IGNORE_TAGS": ["noscript"], **extra})
    assert crawler.stats is not None
    crawler.stats.open_spider()
    return ConsentMiddleware.from_crawler(crawler), crawler.stats


def test_fetched_once_more_then_a_counted_failure() -> None:
    mw, stats = _middleware()
    head = '<meta http-equiv="refresh" content="0;url=/news/sobytie-u123">'
    request, response = _page(_banner(head))
    again = mw.process_response(request, response)
    assert isinstance(again, Request) and again.dont_filter and again.meta[TRIED_META]
    assert again.url == request.url and stats.get_value("consent/retried") == 1
    second = HtmlResponse(PAGE, body=response.body, encoding="utf-8", request=again)
    with pytest.raises(ConsentWall):
        mw.process_response(again, second)
    assert stats.get_value("consent/failed") == 1
    assert stats.get_value("drop/consent_wall") == 1


def test_a_page_refreshing_itself_is_parsed_the_second_time() -> None:
    mw, stats = _middleware()
    body = f'<html><head><meta http-equiv="refresh" content="30;url={PAGE}"></head>' \
           f"<body>{ARTICLE_TEXT}</body></html>"
    request, response = _page(body)
    request.meta[TRIED_META] = 1
    assert mw.process_response(request, response) is response
    assert request.meta["dont_redirect"] and stats.get_value("consent/kept") == 1


def test_without_the_cookie_middleware_the_cookies_go_in_the_header() -> None:
    mw, _ = _middleware(COOKIES_ENABLED=False)
    script = "<script>document.cookie='b=2';location.reload()</script>"
    request = Request(PAGE)
    response = HtmlResponse(PAGE, body=_banner(script=script).encode(), encoding="utf-8",
                            headers={"Set-Cookie": "a=1; Path=/"}, request=request)
    again = mw.process_response(request, response)
    assert isinstance(again, Request) and again.headers.get("Cookie") == b"a=1; b=2"


def test_it_runs_between_the_cookie_and_the_meta_refresh_middlewares() -> None:
    order = {k: v for k, v in settings.DOWNLOADER_MIDDLEWARES.items() if v is not None}
    assert order["kznews.offsite.OriginMetaRefreshMiddleware"] \
        < order["kznews.consent.ConsentMiddleware"] < 700  # CookiesMiddleware


# ----------------------------------------------------------------------- a real server

COOKIE = re.compile(r"(^|;)\s*seen_banner=ok\b")


def _wall(target: str, headers: dict[str, str], base: str, accepts: bool
          ) -> tuple[int, dict[str, str], bytes]:
    """The copy behind a consent page for every HTML page, the listing included; one
    article moved (a meta refresh to its new address)."""
    path = target.split("?")[0]
    cookie = headers.get("Cookie") or headers.get("cookie") or ""
    if path != "/robots.txt" and not (accepts and COOKIE.search(cookie)):
        page = _banner(f'<meta http-equiv="refresh" content="0; url={target}">',
                       words="Мы используем файлы cookie. Продолжая, вы соглашаетесь. Принять")
        return 200, {"Content-Type": "text/html; charset=utf-8",
                     "Set-Cookie": "seen_banner=ok; Path=/"}, page.encode()
    moved = site.build()[0].path
    if path == moved:
        new = moved.replace("/news/", "/news/new-")
        return 200, {"Content-Type": "text/html; charset=utf-8"}, \
            f'<html><head><meta http-equiv="refresh" content="0;url={new}"></head></html>'.encode()
    if path.startswith("/news/new-"):
        target = target.replace("/news/new-", "/news/")
    return site.route(target, base)


def _crawl(tmp_path: Path, accepts: bool) -> CrawlResult:
    site.build()

    def answer(target: str, headers: dict[str, str], base: str
               ) -> tuple[int, dict[str, str], bytes]:
        status, out, body = _wall(target, headers, base, accepts)
        return status, {**out, "Content-Length": str(len(body))}, body

    httpd = serve_quietly(answering(answer))
    try:
        return run_crawl(f"http://127.0.0.1:{httpd.server_address[1]}", tmp_path,
                         "-a", "max_pages=50", settings={"KZNEWS_RENDER": "never"})
    finally:
        httpd.shutdown()
        httpd.server_close()


def _stat(result: CrawlResult, key: str) -> int:
    m = re.search(rf"'{re.escape(key)}': (\d+)", result.stderr)
    return int(m.group(1)) if m else 0


def _run_reasons(tmp_path: Path) -> list[str]:
    reasons = []
    for path in (tmp_path / "state").glob("*.sqlite*"):
        if path.suffix in (".sqlite", ".sqlite3"):
            with sqlite3.connect(path) as db:
                reasons += [r[0] for r in db.execute("SELECT reason FROM runs")]
    return reasons


@pytest.fixture
def consenting(tmp_path: Path) -> Iterator[CrawlResult]:
    yield _crawl(tmp_path, accepts=True)


def test_a_crawl_behind_a_consent_page_reads_every_article(consenting: CrawlResult) -> None:
    result = consenting
    assert result.returncode == 0, result.stderr[-3000:]
    ids = [item["id"] for item in result.items]
    assert sorted(ids) == sorted(site.truth()), result.stderr[-3000:]
    moved = next(i for i in result.items if i["id"] == site.build()[0].id)
    assert "/news/new-" in moved["url"]  # the moved article: its refresh followed once
    assert _stat(result, "consent/retried") >= 2  # the listing and the first articles
    assert _stat(result, "consent/failed") == 0 and _stat(result, "dupefilter/filtered") == 0


def test_a_consent_page_that_never_goes_away_is_a_counted_failure(tmp_path: Path) -> None:
    result = _crawl(tmp_path, accepts=False)
    assert result.items == []
    assert _stat(result, "consent/retried") >= 1 and _stat(result, "consent/failed") >= 1
    assert "the cookie-consent page again" in result.stderr
    assert "Traceback" not in result.stderr
    assert _run_reasons(tmp_path) and all(r.endswith(":unclean") for r in _run_reasons(tmp_path))
