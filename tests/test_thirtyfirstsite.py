"""kznews against a thirty-first copy of ic24.kz whose links take every legal URL shape and whose
listing is full of crawler traps (tests/thirtyfirstsite).

The listing links each article in one of ten ways (percent-encoded and raw Cyrillic slugs,
protocol-relative, ``./`` and ``../``, newlines inside ``href``, ``&amp;amp;``, ``;jsessionid``,
``#!`` fragments, absolute), one article only from an image map, and pages on by a different
pager on each page (one only ``<link rel="next">``). Every link carries a fresh ``?sid=``; each
listing page links its own sort/view variants, a reload link with a growing query and an endless
calendar; article pages carry ``<base href>`` and relative links that nest without it; the
popular sidebar links articles at the live host and at six other addresses the copy answers.

The scored crawl is the user's: default discovery, ``-a max_pages=50`` (the only argument
``tests.copykit.crawl`` adds) and plain HTTP; the copy's server is also the crawl's proxy, so
a link to the live host is logged, never sent to the internet. Besides the score, the server's
request log tells which page was fetched twice and which trap was followed.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from urllib.parse import quote, urljoin, urlsplit

import pytest
from parsel import Selector

from tests.copykit import catalogue, checks, scoring, seeds
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, scored_crawl
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.thirtyfirstsite import site, templates
from tests.thirtyfirstsite.server import ProxyingServer

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
Key = tuple[str, object]
_PRINTABLE = "".join(map(chr, range(33, 127)))


def page_key(method: str, target: str) -> Key:
    """What a request fetched: ("article", num), ("listing", n), ("calendar", day),
    ("offsite", url) or ("other", path)."""
    if method == "CONNECT" or not target.startswith("/"):
        return "offsite", target
    parts = urlsplit(target)
    path = site.clean_path(parts.path)
    if path in ("/novosti", "/novosti/", "/"):
        return "listing", 1
    if m := re.fullmatch(r"/novosti/page/(\d+)/?", path):
        return "listing", int(m[1])
    if m := re.fullmatch(r"/novosti/date/([\d-]+)/?", path):
        return "calendar", m[1]
    art, _ = site.find_article(path, parts.query)
    return ("article", art.num) if art else ("other", path)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = site.build(), site.truth("http://h")
    catalogue.check_shape(arts, truth, FIELDS, min_kk=3)
    forms = Counter((templates.FORMS[i % len(templates.FORMS)], a.lang != "en")
                    for i, a in enumerate(site.listed()))
    assert {f for f, _ in forms} == set(templates.FORMS)
    assert forms["encoded", True] and forms["raw", True]  # Cyrillic slugs on ru/kk articles
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    assert any(a.views is None for a in arts) and any(a.place is None for a in arts)
    assert site.area_article() not in site.listed() and site.page_count() == 5
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs)
    assert ru["dateline_place"] == "Алматы" and truth["u49120"]["views"] == 683


def _text(markup: str) -> str:
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        status, headers, body = site.route(a.path, "h")
        assert status == 200 and headers["Content-Type"].endswith("UTF-8")
        markup = body.decode("utf-8")
        text = _text(markup)
        checks.check_story_words(a, text, site.AGENCY)
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf'entry-views">{a.views}<', markup), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text
        assert all(p.lstrip("/") in markup for p in a.image_paths())
        assert f'<link rel="canonical" href="http://h{a.path}">' in markup
        assert "USD/KZT 0.0" in text and templates.date_line(a) in text


def test_every_address_of_an_article_answers_it() -> None:
    """The other addresses of an article (sidebar, language switch, AMP, relative links read
    without <base>) show the same page; the legacy numeric one redirects to it."""
    for a in site.build()[:12]:
        slug = a.cyrillic_slug or a.slug
        for target in (f"/ru/news/{a.id}?sid=1", f"/en{a.path}", f"/kk{a.path}",
                       f"/{a.id}/amp?sid=2", f"/index.php?id={a.num}&sid=3",
                       f"/news/{slug}-{a.id}", f"{a.path};jsessionid=AB12?sid=4",
                       f"/news/news/news{a.path}?sid=5"):
            status, _, body = site.route(target, "h")
            assert status == 200 and f"<h1 class=\"entry-title\">{html.escape(a.title)}" in \
                body.decode("utf-8"), (a.id, target)
        status, headers, _ = site.route(f"/news/{a.num}/{a.slug}", "h")
        assert status == 301 and headers["Location"].startswith(f"http://h{a.path}?sid=")


def _links(markup: str, url: str, css: str) -> list[str]:
    """The page's links under ``css``, resolved as a browser does (stripped, tabs and newlines
    dropped, unescaped once, non-ASCII percent-encoded)."""
    return [quote(urljoin(url, re.sub(r"[\t\n\r]", "", h.strip())), safe=_PRINTABLE)
            for h in Selector(text=markup).css(css).getall()]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    """Following only the pager (visible or <link rel=next>) reaches every listing page once,
    and the feed plus the image map link every article of the truth."""
    queue, pages, ids = [base_url + "/novosti"], set[Key](), set[str]()
    while queue:
        url = queue.pop()
        status, _, body = get(url)
        assert status == 200, url
        pages.add(page_key("GET", url[len(base_url):]))
        markup = body.decode("utf-8")
        for link in _links(markup, url, ".feed a::attr(href), map area::attr(href)"):
            found = re.search(r"-(u\d+)/?$", site.clean_path(urlsplit(link).path))
            assert found, link
            ids.add(found[1])
        for link in _links(markup, url, 'link[rel="next"]::attr(href), .more::attr(href)'):
            if page_key("GET", link[len(base_url):]) not in pages:
                queue.append(link)
    assert ids == set(site.truth(base_url))
    assert pages == {("listing", n) for n in range(1, site.page_count() + 1)}


def test_robots_calendar_and_404(base_url: str) -> None:
    checks.check_robots(base_url)
    markup = get(base_url + "/novosti/date/2030-01-01/?sid=x")[2].decode("utf-8")
    assert "/novosti/date/2030-01-02/?sid=" in markup  # the calendar never ends
    sids = {re.search(r"sid=(\w+)", get(base_url + "/novosti")[2].decode())[1]  # type: ignore[index]
            for _ in range(2)}
    assert len(sids) == 2  # a new session id on every request
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti/page/{site.page_count() + 1}/")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with ProxyingServer(site.route) as srv:
        yield srv.url


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[scoring.Score, list[tuple[str, str, int]]]]:
    """One crawl (default discovery, max_pages=50) with this copy's server as its proxy."""
    with ProxyingServer(site.route) as srv:
        saved = {k: os.environ.get(k) for k in srv.proxy_env()}
        os.environ.update(srv.proxy_env())
        try:
            sc = scored_crawl("thirtyfirstsite", srv.url, tmp_path_factory.mktemp("t31"),
                              site.truth(srv.url), FIELDS, same=scoring.same_moment, shown=8)
        finally:
            for k, v in saved.items():
                os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
        log = srv.requests
    keys = Counter(page_key(m, t) for m, t, _ in log)
    pages = [k for k in keys if k[0] in ("article", "listing")]
    print(f"requests {len(log)}; distinct listing+article pages {len(pages)}; "
          f"by kind {dict(Counter(k[0] for k in keys.elements()))}")
    print("fetched more than once:", sorted(fetched_twice(log)), "traps:", traps(log))
    yield sc, log


crawl = checks.score_of("crawled")


def test_spider_on_url_shapes_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


Log = list[tuple[str, str, int]]


def fetched_twice(log: Log) -> dict[str, list[str]]:
    """Article and listing pages requested more than once, with the targets that fetched them."""
    keys = Counter(page_key(m, t) for m, t, _ in log)
    return {f"{k[0]} {k[1]}": [t for m, t, _ in log if page_key(m, t) == k]
            for k, n in keys.items() if n > 1 and k[0] in ("article", "listing")}


def traps(log: Log) -> list[str]:
    """Requests to the live host, to a calendar day after today, with a grown reload query or
    under extra ``news/`` segments."""
    today = date.today().isoformat()
    out = []
    for method, target, _ in log:
        kind, what = page_key(method, target)
        if kind == "offsite" or "/news/news/" in target or target.count("r=1") > 1 \
                or (kind == "calendar" and str(what) > today):
            out.append(target)
    return out


def test_a_naive_crawler_falls_into_every_trap() -> None:
    """The traps are real: a crawler that follows every on-host link, keys pages by their full
    URL and ignores <base href> fetches pages twice, walks the calendar into the future, grows
    the reload query and nests ``news/`` (the checks below would see all of it)."""
    with ProxyingServer(site.route) as srv:
        queue, seen = [srv.url + "/novosti"], set[str]()
        while queue and len(seen) < 400:
            url = queue.pop(0)
            if url in seen or not url.startswith(srv.url):
                continue
            seen.add(url)
            status, _, body = get(url)
            if status == 200:
                queue += [u.split("#")[0] for u in _links(
                    body.decode("utf-8"), url, "a::attr(href), area::attr(href), "
                    "link::attr(href)")]
        log = srv.requests
    twice = fetched_twice(log)
    assert "listing 1" in twice and sum(k.startswith("article") for k in twice) >= 5
    found = traps(log)
    assert any("/novosti/date/" in t for t in found)
    assert any("/news/news/" in t for t in found) and any(t.count("r=1") > 1 for t in found)


def test_no_page_fetched_twice(crawled: tuple[scoring.Score, Log]) -> None:
    """However it is linked, an article or listing page is requested once."""
    twice = fetched_twice(crawled[1])
    assert not twice, "\n".join(f"{k}: {v[:4]}" for k, v in sorted(twice.items())[:12])


def test_no_trap_followed(crawled: tuple[scoring.Score, Log]) -> None:
    found = traps(crawled[1])
    assert not found, f"{len(found)} trap requests: {found[:12]}"
