"""kznews against a copy of ic24.kz served through Cloudflare with its optimisations on
(tests/seventysixthsite): minified markup with dropped closing tags and unquoted attributes,
Rocket Loader scripts, obfuscated emails, Mirage lazy images with ``noscript`` copies, the
beacon, a ``__cf_bm`` cookie and a 503 browser check on the first request of some articles.
The crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and
is scored field by field; every page is fetched once, twice only after a 503 interstitial.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import MAX_PAGES, check_score
from tests.copykit.server import CopyServer
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.seventysixthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_deviations() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set(site.DEVS) <= {a.dev for a in arts}
    assert 0.28 <= sum(a.dev is not None for a in arts) / len(arts) <= 0.4
    assert any(a.challenged for a in arts) and not site.by_num()[45694].challenged
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u46768"]["views"] is None and truth["u46768"]["category"] == "Society"


def _line(a: site.Art) -> str:
    words = [templates.info_date(a), *([str(a.views)] if a.views is not None else []),
             *([a.category] if a.category else []), ", ".join(a.tags)]
    return " ".join(w for w in words if w)


def test_pages_carry_the_truth() -> None:
    forms = set()
    for a in site.build():
        markup, text = checks.page(site.calm_route, a.path)
        forms.add((a.lang, "numdate" if a.dev == "numdate" else "plain"))
        assert _line(a) in text.replace(" ,", ","), (a.id, _line(a))
        for para in [a.title, *a.paragraphs]:
            if a.email and a.email in para:
                assert templates.cf_email(a.email) in markup and "[email protected]" in text
                para = para.split(a.email)[0].strip()
            assert para in text, (a.id, para[:60])
        assert ("Центр информации - " in text or "Information Center - " in text
                or "Ақпарат орталығы - " in text) == bool(a.place), a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(f'data-cfsrc="{p}"' in markup and f'<noscript><img src="{p}"' in markup
                   for p in a.image_paths()), a.id
        assert "USD/KZT 0.0" in text and f"type={templates.RL}" in markup
        assert "</p>" not in markup and "rocket-loader.min.js" in markup
    assert {("ru", "plain"), ("en", "plain"), ("ru", "numdate"), ("en", "numdate")} <= forms
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in checks.page(
        site.calm_route, site.by_num()[49120].path)[1].replace(" ,", ",")
    assert "Алматы. 16 апреля. Центр информации - " in checks.page(
        site.calm_route, site.by_num()[45694].path)[1]


def test_cf_email_decodes() -> None:
    code = re.search(r"data-cfemail=(\w+)", templates.cf_email("a.b@c.kz"))
    assert code is not None
    raw = bytes.fromhex(code.group(1))
    assert "".join(chr(b ^ raw[0]) for b in raw[1:]) == "a.b@c.kz"


def test_challenge_then_pass() -> None:
    art = next(a for a in site.build() if a.challenged)
    status, headers, body = site.route(art.path, "challenge.test")
    assert status == 503 and headers["cf-mitigated"] == "challenge"
    assert b"Checking your browser" in body
    assert site.route(art.path, "challenge.test")[0] == 200


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawls
# Two crawls: one of the site once Cloudflare lets the visitor through (``calm_route``, the
# extraction scored field by field), one of the site with its browser checks (``route``:
# some articles answer their first request with the 503 interstitial, a retry passes).


@pytest.fixture(scope="module")
def calm_server() -> Iterator[CopyServer]:
    with CopyServer(site.calm_route) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl_run(calm_server: CopyServer, tmp_path_factory: pytest.TempPathFactory
              ) -> checks.Logged:
    return checks.logged_crawl("seventysixthsite", calm_server,
                               tmp_path_factory.mktemp("seventysixthsite"),
                               site.truth(calm_server.url), FIELDS, same=scoring.same_moment)


@pytest.fixture(scope="module")
def crawl(crawl_run: checks.Logged) -> scoring.Score:
    return crawl_run[0]


test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_cloudflare_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])


@pytest.fixture(scope="module")
def checked_run(server: CopyServer, tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[CrawlResult, scoring.Score, list[checks.Request]]:
    """The crawl of the site with its browser checks: its result (whatever its exit status),
    its score and every GET the server answered."""
    before = len(server.requests)
    result = run_crawl(server.url, tmp_path_factory.mktemp("seventysixth_chl"),
                       "-a", f"max_pages={MAX_PAGES}",
                       # a fifth of the pages checked on their first visit, at the guard's
                       # own limit: checks of pages in flight together are one block
                       settings={"KZNEWS_RENDER": "never", "KZNEWS_BLOCK_BACKOFF": "0.2"})
    sc = scoring.score(site.truth(server.url), result.items, FIELDS,
                       ("published_date_precision",), same=scoring.same_moment)
    gets = [(t, st) for m, t, st in server.requests[before:] if m == "GET"]
    print(f"\nseventysixthsite with browser checks: exit {result.returncode}\n"
          f"{scoring.report(sc, shown=40)}")
    checks.print_gets(gets)
    return result, sc, gets


def test_checked_crawl_is_clean(checked_run: tuple[CrawlResult, scoring.Score,
                                                   list[checks.Request]]) -> None:
    """Whatever the browser checks do to the crawl: no id twice, nothing outside the truth,
    no page fetched more than twice (a challenged one: 503 first)."""
    _, sc, gets = checked_run
    assert not sc.duplicates and not sc.unexpected and sc.found > 0
    challenged = {a.path for a in site.build() if a.challenged}
    for target, n in Counter(t for t, _ in gets).items():
        assert n == 1 or (target in challenged and n == 2), (target, n)


def test_spider_passes_the_browser_check(checked_run: tuple[CrawlResult, scoring.Score,
                                                            list[checks.Request]]) -> None:
    """The crawl ends well, every challenged article fetched twice (503, then 200), every
    page of the site fetched, and the score as good as the calm crawl's."""
    result, sc, gets = checked_run
    assert result.returncode == 0, result.stderr[-2000:]
    for a in site.build():
        if a.challenged:
            assert [st for t, st in gets if t == a.path] == [503, 200], a.path
    checks.check_fetched(gets, checks.copy_pages(site, "?page={}"))
    check_score(sc)
