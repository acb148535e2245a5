"""kznews against a seventeenth copy of ic24.kz: transport and URL hazards (tests/seventeenthsite).

Listing links redirect (to a trailing slash or to ``/ru/news/u<N>.html``, from old slugs and an
upper-case ``U``, ``utm_`` queries kept), the canonical names the real host, pages come gzipped,
chunked, with the charset only in ``<meta>``, only in a BOM or only in the header (windows-1251),
one with a header and ``<meta>`` that disagree; a few pages answer 503 once, a listing page 429
once, a listed article is gone (404), HEAD is refused. The pages are an ASP.NET MVC news view
and a Bootstrap card theme, in Russian, English and Kazakh. The crawl is scored field by field.
"""

from __future__ import annotations

import gzip
import html
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score, scored_crawl
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.seventeenthsite import site
from tests.seventeenthsite.server import Server, calm_route

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with Server() as srv:
        yield srv.url


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {(a.cms, a.hop) for a in arts} == {(c, h) for c in site.TEMPLATES
                                              for h in ("slash", "html")}
    assert {a.charset for a in arts} == {"header", "meta", "bom", "cp1251", "liar"}
    assert sum(a.charset == "cp1251" for a in arts) >= 3
    for flag in ("gzip", "chunked", "busy_once", "upper", "utm"):
        assert 3 <= sum(getattr(a, flag) for a in arts) < len(arts), flag
    assert sum(a.old_slug is not None for a in arts) >= 3
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.views is None for a in arts) and any(a.clock is None for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _decode(headers: dict[str, str], body: bytes) -> str:
    """As a browser would: gzip undone, the header's charset first, else BOM, else <meta>."""
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    label = re.search(r"charset=([\w-]+)", headers["Content-Type"])
    if label:
        return body.decode(label.group(1))
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8")
    meta = re.search(rb'<meta charset="([\w-]+)"', body)
    assert meta, "no charset anywhere"
    return body.decode(meta.group(1).decode())


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "pages.test")
    if art.busy_once and status == 503:
        assert headers["Retry-After"] == "1"
        status, headers, body = site.route(art.path, "pages.test")
    assert status == 200, art.id
    assert ("charset=" in headers["Content-Type"]) == (art.charset in ("header", "cp1251",
                                                                       "liar"))
    markup = _decode(headers, body)
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.photo_credit is None or re.search(
            rf"(Фото|Сурет): ?{re.escape(a.photo_credit)}", text), a.id
        assert f'href="https://ic24.kz/news/{a.slug}-{a.id}"' in markup
        assert "USD/KZT 0.0" in text
        if a.cms == "razor":
            assert a.local.strftime("%d.%m.%Y %H:%M:%S") in text
        if a.charset == "liar":
            assert "charset=windows-1251" in markup and "charset=utf-8" in \
                site.route(a.path, "pages.test")[1]["Content-Type"]


def _follow(base_url: str, href: str) -> tuple[str, int]:
    """Where a listing link ends after its redirects: (final path, redirect count)."""
    url, hops = base_url + href, 0
    while True:
        status, headers, _ = get(url)
        if status == 503 and headers.get("Retry-After") == "1":  # busy once: a second try
            status, headers, _ = get(url)
        if status not in (301, 302):
            return (url.removeprefix(base_url).split("?")[0], hops) if status == 200 else \
                (f"HTTP {status}", hops)
        url, hops = urllib.request.urljoin(url, headers["Location"]), hops + 1


def test_listing_pagination_and_redirects_reach_every_article(base_url: str) -> None:
    hrefs: list[str] = []
    for n in range(1, site.page_count() + 1):
        status, headers, body = get(f"{base_url}/novosti?page={n}")
        if n == 2:  # the one-off rate limit
            assert status == 429 and headers["Retry-After"] == "1"
            status, headers, body = get(f"{base_url}/novosti?page={n}")
        assert status == 200, n
        text = _decode(headers, body)
        assert n == site.page_count() or f'href="?page={n + 1}"' in text
        hrefs += [html.unescape(h) for h in re.findall(r'class="news-list__link" href="([^"]+)"',
                                                       text)]
    by_num = site.by_num()
    ends = {h: _follow(base_url, h) for h in hrefs}
    gone = [h for h, (end, _) in ends.items() if end == "HTTP 404"]
    assert gone == [f"/news/{site.GONE[0]}-u{site.GONE[1]}"]
    reached = {int(re.search(r"-[uU](\d+)", h).group(1)): e for h, e in ends.items()  # type: ignore[union-attr]
               if h not in gone}
    assert set(reached) == set(by_num) and site.page_count() >= 4
    for num, (end, hops) in reached.items():
        art = by_num[num]
        assert end == art.path, num
        assert hops == 1 + bool(art.old_slug or art.upper), (num, hops)


def test_robots_head_and_not_found(base_url: str) -> None:
    checks.check_robots(base_url)
    request = urllib.request.Request(base_url + "/novosti", method="HEAD")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)  # noqa: S310 - loopback only
    with err.value:
        assert err.value.code == 405 and err.value.headers["Allow"] == "GET"
    art = site.by_num()[45694]
    status, headers, _ = get(f"{base_url}/news/old-slug-{art.id}")
    assert status == 301 and headers["Location"] == f"{base_url}/news/{art.slug}-{art.id}"
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/ru/news/u2.html",
                     "/novosti?page=99")


def test_chunked_and_gzip_bodies_arrive_whole(base_url: str) -> None:
    art = next(a for a in site.build() if a.chunked and a.gzip and not a.busy_once)
    with urllib.request.urlopen(base_url + art.path, timeout=10) as resp:  # noqa: S310
        assert resp.headers["Transfer-Encoding"] == "chunked"
        assert resp.headers["Content-Encoding"] == "gzip"
        text = _decode(dict(resp.headers), resp.read())
    assert art.title in html.unescape(text)
    status, _, body = calm_route(site.by_num()[45694].path, "calm.test")
    assert status == 200 and body.startswith(b"\xef\xbb\xbf<!DOCTYPE html>")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[scoring.Score, list[str]]]:
    """One crawl on a server of its own (its one-off 503/429 answers all still to come)."""
    with Server() as srv:
        sc = scored_crawl("seventeenthsite", srv.url, Path(tmp_path_factory.mktemp("s17")),
                          site.truth(srv.url), FIELDS, same=scoring.same_moment, shown=8)
        yield sc, [target for method, target, status in srv.requests if status in (429, 503)]


def test_spider_crawl_is_clean_and_waits_out_busy_answers(
        crawl: tuple[scoring.Score, list[str]]) -> None:
    sc, refused = crawl
    assert not sc.duplicates and not sc.unexpected, scoring.report(sc)
    assert "/novosti?page=2" in refused and sum(a.busy_once for a in site.build()) == \
        len([t for t in refused if t != "/novosti?page=2"])
    assert sc.found > 0


def test_spider_on_transport_and_url_hazards_copy(crawl: tuple[scoring.Score, list[str]]) -> None:
    check_score(crawl[0])
