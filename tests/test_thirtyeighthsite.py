"""kznews against a thirty-eighth copy of ic24.kz: what sits inside an article's text.

Between the paragraphs: "Читайте также:" lines and boxes, labelled ad slots, messenger prompts,
polls and quizzes, the Ctrl+Enter prompt, share rows, update stamps, embedded
posts, a ``Источник:`` line in the middle, author bios and hashtag lines (no text); fact boxes,
bold Q&A, quotations, lists, tables of figures, footnotes and a closing correction note
(text); pull quotes repeating a sentence (no text). Two templates: one text box, or a page
builder's ``text``/``html`` blocks.
The crawl (default discovery, ``-a max_pages=50``, ``KZNEWS_RENDER=never``) is scored field by
field, and the requests it made are counted against the distinct pages.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer
from tests.thirtyeighthsite import inserts, site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    kinds = Counter(p.kind for a in arts for p in a.parts)
    for kind in (*inserts.TEXT_KINDS, *inserts.FURNITURE, "source", "hashtags", "notes"):
        assert kinds[kind] >= 2, kind
    assert {(a.cms, a.lang) for a in arts} >= {("prose", "ru"), ("blocks", "ru"),
                                               ("prose", "en"), ("blocks", "en")}
    checks.check_seed_truth(truth)
    table = next(a for a in arts if any(p.kind == "table" for p in a.parts))
    assert "Алматы 1 250 1 410" in table.paragraphs or "Almaty 1,250 1,410" in table.paragraphs


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or re.search(rf'class="art-views">{a.views}<', markup), a.id
        assert (f"Источник: {a.source}" in text) == a.source_line, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text
        assert (inserts.READ_ALSO[a.lang] in text) == ("readalso" in a.furniture()), a.id
        assert (inserts.TYPO[a.lang] in text) == ("typo" in a.furniture()), a.id
        if a.hashtags:
            assert " ".join(f"#{t}" for t in a.tags) in text, a.id
        assert "USD/KZT 0.0" in text


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /poll/")
    checks.check_old_slug(base_url, site.by_num()[45694])
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/novosti?page=99",
                     "/novosti?page=x")


# --------------------------------------------------------------------------- the crawl


_CRAWL_LOG: list[tuple[str, str, int]] = []  # (method, target, status) the crawl asked for


@pytest.fixture(scope="module")
def crawl(server: CopyServer, tmp_path_factory: pytest.TempPathFactory) -> scoring.Score:
    sc, _CRAWL_LOG[:] = checks.crawl_log("thirtyeighthsite", server,
                                         tmp_path_factory.mktemp("s38"), site.truth(server.url),
                                         FIELDS, shown=12)
    return sc


test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_text_insert_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def _fetched() -> Counter[str]:
    return Counter(target for method, target, _ in _CRAWL_LOG if method == "GET")


def test_crawl_fetches_each_page_once(crawl: scoring.Score) -> None:
    counts = _fetched()
    print(f"\nrequests {sum(counts.values())}, distinct pages {len(counts)}")
    twice = {t: n for t, n in counts.items() if n > 1}
    assert not twice, twice


def test_crawl_follows_no_trap(crawl: scoring.Score) -> None:
    """Poll results, a quiz's start and a share row's copy link are the article again."""
    traps = [t for t in _fetched()
             if urlsplit(t).path.startswith("/news/") and urlsplit(t).query]
    assert not traps, traps
