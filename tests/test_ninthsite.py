"""kznews against a ninth copy of ic24.kz in markup no other copy uses (tests/ninthsite).

A classic WordPress theme with no SEO plugin (``time.published`` next to a later
``time.updated``, Jetpack related posts and sharing inside ``div.entry-content``, comments with
dates, ``srcset``-only / ``data-lazy-src`` / ``<noscript>``-twin images, "Без рубрики"), Joomla
3/4 ``com_content`` (``dl.article-info``, hits, ``ul.tags``, a previous/next pager, J3's
headline in an ``h2`` under a menu ``h1``, J4's ``#joomlaImage://`` image fragments) and a
Tilda-like builder (only ``div``s, ``<br><br>`` paragraphs, a CSS background lead image, a bare
"16.04.2021"), with JSON-LD that is invalid, split in blocks, dated only on its WebPage or
carrying an HTML-escaped headline, and ``og:title`` with the site name in another form. The
crawl is scored field by field against the truth.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime

import pytest

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.ninthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
SEMANTIC = re.compile(r"<(h[1-6]|p|article|time|main|header|footer|nav|figure|section)\b")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {(a.cms, a.jsonld) for a in arts} >= {(c, h) for c in site.TEMPLATES for h in
                                                 (None, "graph", "comma", "multi", "escaped")}
    assert {(a.cms, a.og) for a in arts} >= {(c, o) for c in site.TEMPLATES
                                             for o in site.OG_FORMS}
    mixes = {(a.cms, a.variant, a.place is not None, a.source_line) for a in arts}
    assert len(mixes) >= 20
    assert {(a.cms, a.lang) for a in arts} >= {(c, lang) for c in ("wp", "joomla")
                                               for lang in ("ru", "en", "kk")}
    for cms in site.TEMPLATES:
        mine = [a for a in arts if a.cms == cms]
        assert any(a.category is None for a in mine) and any(a.category for a in mine), cms
        assert any(a.views is None for a in mine) and any(not a.tags for a in mine), cms
    assert all(a.clock is None for a in arts if a.cms == "tilda")
    assert all(a.clock for a in arts if a.cms != "tilda")
    assert any(a.modified_first for a in arts) and any(a.comments for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def _json_ld(markup: str) -> list[str]:
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', markup, re.S)


def _check_json_ld(art: site.Article, markup: str) -> None:
    blocks = _json_ld(markup)
    assert bool(blocks) == (art.jsonld is not None), art.id
    if art.jsonld == "comma":
        with pytest.raises(json.JSONDecodeError):
            json.loads(blocks[0])
        return
    data = [json.loads(b) for b in blocks]
    stamps = re.findall(r'"datePublished": "([^"]+)"', "".join(blocks))
    assert len(stamps) == (0 if art.jsonld is None else 1), art.id
    for stamp in stamps:
        moment = datetime.fromisoformat(stamp) if "T" in stamp else date.fromisoformat(stamp)
        assert moment == (art.local if "T" in stamp else art.day), (art.id, stamp)
    if art.jsonld == "graph":
        kinds = {n["@type"]: n for n in data[0]["@graph"]}
        assert "datePublished" not in kinds["Article"] and "datePublished" in kinds["WebPage"]
    if art.jsonld == "multi":
        assert [d["@type"] for d in data] == ["Organization", "BreadcrumbList", "NewsArticle"]
    if art.jsonld == "escaped":
        assert data[0]["headline"] == html.escape(art.title) != art.title


def _check_template(art: site.Article, markup: str) -> None:
    if art.cms == "tilda":
        assert not SEMANTIC.search(markup.split("<body", 1)[1]), art.id
        assert f'<div class="t-descr t-descr_xxs" field="descr">{art.day:%d.%m.%Y}' in markup
        if art.images:
            assert f"background-image:url('{art.image_paths()[0]}')" in markup
    elif art.cms == "wp":
        assert 'class="entry-date published"' in markup and "jp-relatedposts" in markup
        assert ('<time class="updated"' in markup) == (art.modified is not None), art.id
    else:
        assert 'class="item-page"' in markup.replace("com-content-article ", "")
        assert '<dl class="article-info' in markup and 'class="pager pagenav"' in markup


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        digits = re.sub(r"(?<=\d)[ ,](?=\d{3})", "", text)
        assert a.views is None or re.search(rf"\b{a.views}\b", digits), a.id
        assert a.photo_credit is None or re.search(
            rf"(Фото|Photo): ?{re.escape(a.photo_credit)}", text), a.id
        assert "USD/KZT 0.0" in text
        _check_json_ld(a, markup)
        _check_template(a, markup)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(
        base_url, "/novosti", re.compile(r"/novosti(\?start=\d+)?"), site.truth(base_url),
        checks.paged("/novosti", "/novosti?start={}",
                     ((n - 1) * site.PER_PAGE for n in range(2, site.page_count() + 1))))
    assert site.page_count() >= 4


def test_robots_redirects_and_past_the_end(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    status, _, body = get(base_url + "/novosti?start=990")  # Joomla: an empty blog page
    assert status == 200 and b'class="news_text"' not in body
    checks.check_404(base_url, "/news/whatever-u1", "/nothing")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("ninthsite", site.truth, FIELDS)


def test_spider_on_unseen_markup_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
