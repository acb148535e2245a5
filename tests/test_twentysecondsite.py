"""kznews against a twenty-second copy of ic24.kz full of decoys (tests/twentysecondsite).

A cookie-consent interstitial (status 200, ``Set-Cookie: consent=1``, a meta refresh to the
same URL) before any page of a client without the cookie; soft 404s, a removed story and a
maintenance notice served with 200 under article URLs linked from the listing; two login-walled
stories; print, AMP and mobile duplicates of every article; a merged story whose canonical names
another article; ``noindex`` articles; hidden trap links. The crawl is scored against the truth:
one record per real article, none for a decoy.
"""

from __future__ import annotations

import html
import re
import urllib.request
from collections.abc import Iterator
from http.cookiejar import CookieJar

import pytest

from tests.copykit import checks, listing, scoring
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import answering, get, serve_quietly
from tests.copykit.text import normalise
from tests.twentysecondsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


def _answer(target: str, headers: dict[str, str], base: str) -> tuple[int, dict[str, str], bytes]:
    status, out, body = site.answer(target, headers, base)
    return status, {**out, "Content-Length": str(len(body))}, body


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    httpd = serve_quietly(answering(_answer))
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.noindex for a in arts} == {True, False}
    assert any(a.views is None for a in arts) and any(a.category is None for a in arts)
    assert any(not a.tags for a in arts) and any(a.clock is None for a in arts)
    decoys = {n for n, *_ in site.DECOYS} | {site.MERGED, site.TRAP_404, site.TRAP_SOFT}
    assert not decoys & set(site.by_num()) and len(decoys) == 8
    assert {kind for _, kind, *_ in site.DECOYS} == {site.SOFT, site.GONE, site.WORKS, site.LOGIN}
    checks.check_seed_truth(truth)


def _text(markup: bytes) -> str:
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup.decode("utf-8"))))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        status, headers, body = site.route(a.path, "h")
        assert status == 200 and headers["Content-Type"].endswith("UTF-8")
        text, markup = _text(body), body.decode("utf-8")
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.photo_credit is None or f"Фото: {a.photo_credit}" in text
        assert f'rel="canonical" href="http://h{a.path}"' in markup
        assert ('content="noindex' in markup) == a.noindex
        for version in (f"{a.path}?print=1", f"/amp{a.path}", f"/m{a.path}"):
            status, _, dup = site.route(version, "h")
            assert status == 200 and f'rel="canonical" href="http://h{a.path}"' in dup.decode()
            assert all(p in _text(dup) for p in [a.title, *a.paragraphs]), (version, a.id)


def test_decoys_are_no_articles() -> None:
    for num, kind, *_ in site.DECOYS:
        status, _, body = site.route(f"/news/{kind}-u{num}", "h")
        want = "Войдите, чтобы читать" if kind == site.LOGIN else \
            {site.SOFT: "Страница не найдена", site.GONE: "Материал удалён",
             site.WORKS: "Ведутся технические работы"}[kind]
        assert status == 200 and want in _text(body), num
    target = site.merge_target()
    status, _, body = site.route(f"/news/x-u{site.MERGED}", "h")
    assert status == 200 and f'rel="canonical" href="http://h{target.path}"' in body.decode()
    assert all(p in _text(body) for p in target.paragraphs)


def test_consent_interstitial_then_article(base_url: str) -> None:
    art = site.by_num()[45694]
    status, headers, body = get(base_url + art.path)
    assert status == 200 and headers["Set-Cookie"].startswith("consent=1")
    assert "Мы используем файлы cookie" in _text(body) and art.paragraphs[1] not in _text(body)
    assert f'content="0;url={art.path}"' in body.decode()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    for expect_article in (False, True):  # the jar takes the cookie from the first answer
        with opener.open(base_url + art.path, timeout=10) as resp:
            assert (art.paragraphs[1] in _text(resp.read())) == expect_article


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    pages = site.page_count()
    ids, seen = _walk_with_consent(base_url)
    decoys = {f"u{n}" for n, *_ in site.DECOYS} | {f"u{site.MERGED}", f"u{site.TRAP_404}",
                                                    f"u{site.TRAP_SOFT}"}
    assert ids == set(site.truth(base_url)) | decoys
    assert seen == checks.paged("/novosti", "/novosti?page={}", range(1, pages + 1))
    assert pages >= 4


def _walk_with_consent(base_url: str) -> tuple[set[str], set[str]]:
    assert "Set-Cookie" not in get(base_url + "/novosti")[1]  # the listing has no banner
    return listing.walk(base_url, "/novosti", re.compile(r"/novosti(\?page=\d+)?"))


def test_robots_redirects_and_not_found(base_url: str) -> None:
    status, headers, body = get(base_url + "/robots.txt")
    assert status == 200 and b"User-agent: *" in body and "Set-Cookie" not in headers
    art = site.by_num()[45694]
    status, headers, _ = site.route(f"/news/old-slug-{art.id}", "h")
    assert status == 301 and headers["Location"] == "http://h" + art.path
    assert site.route(f"/news/trap-u{site.TRAP_404}", "h")[0] == 404
    assert site.route("/news/whatever-u1", "h")[0] == 404
    status, _, body = site.route("/novosti?page=99", "h")
    assert status == 200 and "Страница не найдена" in _text(body)


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentysecondsite", site.truth, FIELDS)


def test_print_amp_and_mobile_versions_make_no_second_record(crawl: scoring.Score) -> None:
    """Every article is served under four URLs with its one id: one record at most per id."""
    assert not crawl.duplicates and crawl.found > 0, scoring.report(crawl)


def test_spider_on_decoy_copy(crawl: scoring.Score) -> None:
    # the shared crawl checks, folded in: a decoy must not become a record
    assert not crawl.duplicates and not crawl.unexpected, scoring.report(crawl)
    check_score(crawl)
