"""kznews against a thirty-fourth copy of ic24.kz without class or id hooks (thirtyfourthsite).

A hand-written classless HTML5 template (``header``/``main``/``article``/``aside``/``figure``/
``dl``/``time``/``small``/``address`` only), div pages whose only structure is ARIA
(``role="main"``, ``role="article"``, ``role="heading"``, ``aria-label="Теги"``,
``aria-describedby``) and a visual editor's export held together by inline styles (a bold span
for the headline, a grey date line, ``<br><br>`` paragraphs, a sidebar floated right and served
before the article). Facts are written in words: "Опубликовано 3 марта 2024 года в 14:05",
"Автор фото — …", "Рубрика — …", "Метки: …", "Просмотры: 1 204". The crawl (default discovery,
``-a max_pages=50``, ``KZNEWS_RENDER=never``) is scored field by field, and its requests are
checked against the distinct pages it needed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.copykit import checks, listing, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer, get, served
from tests.thirtyfourthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
Log = list[tuple[str, str, int]]

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    mixes = {(a.cms, a.variant, a.place is not None, a.source_line) for a in arts}
    assert len(mixes) >= 14
    assert {(a.cms, a.variant) for a in arts} == {(c, v) for c in site.TEMPLATES for v in (0, 1)}
    assert {(a.cms, a.views is None) for a in arts} >= {("plain", False), ("aria", True),
                                                        ("styled", False)}
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    assert any(a.views is not None and a.views >= 1000 for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def _views(a: site.Article) -> str:
    return f"{a.views:,}".replace(",", "," if a.lang == "en" else " ")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        lab = templates.LABELS[a.lang]
        assert " class=" not in markup, a.id
        assert (" id=" in markup) == (a.cms == "aria"), a.id  # ids only as ARIA references
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or _views(a) in text, a.id
        assert (a.photo_credit is None
                or f"{lab['photo']} {a.photo_credit}" in text), a.id
        assert templates.date_text(a) in text or f"{a.day:%d.%m.%Y}" in text, a.id
        assert lab["related"] in text and "USD/KZT 0.0" in text
        if a.cms == "plain" and not a.variant:
            assert f'datetime="{a.local.isoformat() if a.clock else a.day}"' in markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, start=1)
    assert site.page_count() >= 5


def test_robots_topics_redirects_and_404(base_url: str) -> None:
    art = site.by_num()[45694]
    checks.check_robots_and_old_slug(base_url, art)
    assert get(base_url + "/novosti")[2] == get(base_url + "/novosti?page=1")[2]
    tag = get(base_url + "/tag/" + site.slug(art.tags[0]))
    assert tag[0] == 200 and art.path.encode() in tag[2]
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count() + 1}", "/tag/no-such-tag")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[scoring.Score, Log]:
    """One crawl on its own server (so its request log holds the crawl's requests only)."""
    with CopyServer(site.route) as srv:
        return checks.crawl_log("thirtyfourthsite", srv, Path(tmp_path_factory.mktemp("c34")),
                                site.truth(srv.url), FIELDS)


crawl = checks.score_of("crawled")


def page_key(target: str) -> tuple[str, str]:
    """(kind, page) of one request: one page under all the URLs that serve it."""
    parts = urlsplit(target)
    if parts.path == "/robots.txt":
        return "robots", "/robots.txt"
    if parts.path in ("/novosti", "/"):
        return "listing", "page " + parse_qs(parts.query).get("page", ["1"])[0]
    found = listing.ARTICLE.fullmatch(parts.path)
    if found:
        return "article", found.group(1)
    if parts.path.startswith(("/tag/", "/rubric/")):
        return "topic", parts.path
    return "other", target


def request_table(log: Log) -> tuple[Counter[str], dict[tuple[str, str], list[str]]]:
    """Requests per kind and, per page, the targets that fetched it (GETs answered 200)."""
    kinds: Counter[str] = Counter()
    pages: dict[tuple[str, str], list[str]] = {}
    for method, target, status in log:
        key = page_key(target)
        kinds[f"{key[0]} {status}"] += 1
        if method == "GET" and status == 200:
            pages.setdefault(key, []).append(target)
    return kinds, pages


def test_crawl_fetches_each_page_once_and_follows_no_trap(
        crawled: tuple[scoring.Score, Log]) -> None:
    _, log = crawled
    kinds, pages = request_table(log)
    needed = 1 + site.page_count() + len(site.build())
    twice = {k: v for k, v in pages.items() if len(v) > 1}
    off = sorted(k[1] for k in pages if k[0] in ("topic", "other"))
    print(f"requests {len(log)}; distinct pages needed {needed}; by kind {dict(kinds)}; "
          f"twice {twice}; off-route 200s {off}")
    assert not twice, f"{len(twice)} pages fetched more than once: {list(twice.items())[:8]}"
    assert not off, f"{len(off)} off-route pages followed: {off[:12]}"


def test_spider_on_hookless_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def test_request_table_counts_one_page_under_its_urls() -> None:
    art = site.build()[0]
    log: Log = [("GET", "/novosti", 200), ("GET", "/novosti?page=1", 200),
                ("GET", art.path, 200), ("GET", art.path + "?print=1", 200),
                ("GET", "/tag/almaty", 200), ("GET", "/sitemap.xml", 404)]
    kinds, pages = request_table(log)
    assert kinds == Counter({"listing 200": 2, "article 200": 2, "topic 200": 1, "other 404": 1})
    assert pages[("listing", "page 1")] == ["/novosti", "/novosti?page=1"]
    assert len(pages[("article", art.id)]) == 2 and ("topic", "/tag/almaty") in pages
