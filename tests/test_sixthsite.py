"""kznews against a sixth copy of ic24.kz in the markup of today's CMSs (tests/sixthsite).

WordPress with a news theme and a Yoast ``@graph`` (UTC dates, ``inLanguage`` ``ru-RU`` on every
page, the SEO title as headline on some), a newer Bitrix ``news.detail`` (hashtags, a bare view
number next to an eye icon, JSON-LD dates without offset) and Next.js pages (hashed class names,
``__NEXT_DATA__``, UTC ``dateTime`` with a relative text), with "Читайте также" blocks, embeds,
empty paragraphs and share widgets inside the text, lazy images, JS-only view counters and a
listing paginated as ``?PAGEN_1=N``. The crawl is scored field by field against the truth.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.sixthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    mixes = {(a.cms, a.place is not None, a.source_line, a.read_also) for a in arts}
    assert len(mixes) >= 18
    assert {a.embed for a in arts} == {None, *site.EMBEDS}
    assert {(a.cms, a.views is None) for a in arts} >= {("wp", True), ("wp", False),
                                                        ("next", True), ("bitrix", False)}
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def _json_ld_dates(markup: str) -> list[str]:
    return re.findall(r'"datePublished": "([^"]+)"', markup)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.photo_credit is None or re.search(rf"Фото: ?{re.escape(a.photo_credit)}", text)
        assert ("Читайте также" in text or "Read also" in text or "оқыңыз" in text) == \
            a.read_also, a.id
        assert "USD/KZT 0.0" in text
        for stamp in _json_ld_dates(markup):  # JSON-LD dates: UTC, or local without offset
            moment = datetime.fromisoformat(stamp)
            if moment.tzinfo is None:
                assert moment.date() == a.day
            else:
                assert moment == a.local, (a.id, stamp)
        if a.cms == "next":
            data = re.search(r'id="__NEXT_DATA__" type="application/json">(.*?)</script>', markup)
            assert data, a.id
            got = json.loads(data.group(1))["props"]["pageProps"]["article"]
            assert got["title"] == a.title and got["views"] == a.views
            assert datetime.fromisoformat(got["publishedAt"]) == a.local


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, "/novosti/", r"/novosti/(\?PAGEN_1=\d+)?",
                              "/novosti/?PAGEN_1={}")
    assert site.page_count() >= 4


def test_robots_redirects_and_past_the_end(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    last = get(f"{base_url}/novosti/?PAGEN_1={site.page_count()}")
    assert get(base_url + "/novosti/?PAGEN_1=99")[2] == last[2]  # Bitrix: past the end = last
    checks.check_404(base_url, "/news/whatever-u1", "/nothing")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("sixthsite", site.truth, FIELDS)


def test_spider_on_modern_cms_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
