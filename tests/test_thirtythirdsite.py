"""kznews against a thirty-third copy of ic24.kz made of heavy, long pages (tests/thirtythirdsite).

Long reads of 100-300 paragraphs with a data table and an SVG chart inside the text, threads of
500-2,000 reader comments under it (some quoting the article, each with its own date line),
a 1-3 MB inline JSON state holding hundreds of other stories before the article, the text
nested 100-200 ``div``s deep, galleries of 50-100 ``<picture>`` images (lazy ``data:``
placeholders, ``srcset``), 10-200 KB SVG sprites, a base64 logo, a 1,000-link mega-menu with
tracking queries on its popular links and a footer of hundreds of links; pages up to ~4 MB.
The crawl (default discovery, ``-a max_pages=50``, ``KZNEWS_RENDER=never``) is scored field by
field, and its requests are checked against the distinct pages it needed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.copykit import checks, listing, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer, served
from tests.thirtythirdsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_STATE = re.compile(r'<script id="__APP_STATE__" type="application/json">(.*?)</script>', re.S)

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_heavy_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert sum(100 <= len(a.paragraphs) <= 300 for a in arts) >= 5
    assert sum(500 <= a.comments <= 2000 for a in arts) >= 5
    assert sum(1000 <= a.state_kb <= 3000 for a in arts) >= 5
    assert sum(50 <= a.images <= 100 for a in arts) >= 5
    assert sum(a.table_rows >= 60 for a in arts) >= 5 and any(a.chart for a in arts)
    assert all(100 <= a.depth <= 200 for a in arts) and {10, 200} <= {a.sprite_kb for a in arts}
    sizes = [len(site.route(a.path, "h")[2]) for a in arts]
    assert max(sizes) > 3_500_000 and sum(sizes) < 40_000_000
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path, charset="utf-8")


def _check_heavy_parts(a: site.Article, markup: str) -> None:
    assert markup.count('<article class="comment"') == a.comments, a.id
    assert markup.count('<div class="w w') == a.depth
    assert markup.count('<figure class="g-item">') == max(a.images - 1, 0)
    assert markup.count("<tr><td>") == a.table_rows
    state = _STATE.search(markup)
    assert bool(state) == bool(a.state_kb), a.id
    if state:
        data = json.loads(state.group(1))
        assert len(state.group(1).encode()) >= a.state_kb * 1024
        assert len(data["feed"]["items"]) > 300
        got = data["article"]
        assert got["title"] == a.title and got["body"] == a.paragraphs and got["views"] == a.views


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text
        assert "USD/KZT 0.0" in text and markup.count("<a href=") > 1000
        _check_heavy_parts(a, markup)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/novosti?page=99", "/news/x-u70001")


# --------------------------------------------------------------------------- the crawl


@dataclass
class Crawl:
    score: scoring.Score
    requests: list[tuple[str, str, int]]  # (method, target, status) the server answered


@pytest.fixture(scope="module")
def heavy_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    """One crawl on its own server (its request log is the crawl's alone), default discovery."""
    with CopyServer(site.route) as srv:
        workdir: Path = tmp_path_factory.mktemp("thirtythirdsite")
        sc, log = checks.crawl_log("thirtythirdsite", srv, workdir, site.truth(srv.url), FIELDS)
        print(f"requests {len(log)}; distinct {len({t for _, t, _ in log})}; "
              f"needed {1 + site.page_count() + len(site.build())}")
        yield Crawl(sc, log)


@pytest.fixture(scope="module")
def crawl(heavy_crawl: Crawl) -> scoring.Score:
    return heavy_crawl.score


def test_spider_on_heavy_pages(crawl: scoring.Score) -> None:
    check_score(crawl)


def _article_id(target: str) -> str | None:
    found = listing.ARTICLE.fullmatch(urlsplit(target).path)
    return found.group(1) if found else None


def _needed() -> set[str]:
    """The distinct pages a crawl of the copy needs: robots, every listing page, every article."""
    pages = {"/robots.txt", "/novosti", *(f"/novosti?page={n}" for n in
                                          range(2, site.page_count() + 1))}
    return pages | {a.path for a in site.build()}


def _probe(target: str) -> bool:
    """A sitemap or feed the default discovery asks for by name (no page links to one)."""
    path = urlsplit(target).path
    return path.endswith(".xml") or path.rstrip("/") in ("/rss", "/feed", "/atom")


def test_each_page_fetched_once(heavy_crawl: Crawl) -> None:
    targets = Counter(t for _, t, _ in heavy_crawl.requests)
    twice = sorted(t for t, n in targets.items() if n > 1)
    per_article = Counter(_article_id(t) for t in targets if _article_id(t))
    aliases = sorted(i for i, n in per_article.items() if i and n > 1)
    assert not twice and not aliases, (twice[:10], aliases[:10])


def test_no_trap_followed(heavy_crawl: Crawl) -> None:
    """Nothing asked for beyond the needed pages and discovery's named probes: no menu, tag,
    archive or media link, no story path out of the JSON state (those answer 404)."""
    needed = _needed()
    asked = {t for _, t, _ in heavy_crawl.requests}
    strays = sorted(t for t in asked if t not in needed and not _probe(t)
                    and not (_article_id(t) and urlsplit(t).path in needed))
    assert not strays, strays[:10]
    assert needed <= asked, sorted(needed - asked)[:10]
