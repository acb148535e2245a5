"""kznews against a thirteenth copy of ic24.kz in markup no other copy uses (tests/thirteenthsite).

State-media portals (Liferay journal portlets, SharePoint publishing pages, TYPO3 tx_news), a
Telegram channel's web preview (the message bubble is the article, hashtags are its tags, the
time in UTC, "1.2K" views) and MODX / HostCMS / NetCat pages with bare ``<div id="content">``
bodies, Kazakh and two-digit-year dates, windows-1251 declared only in a ``<meta>``, the
headline repeated as the first paragraph, spacer paragraphs and whole-paragraph ``<b>``/
``<font>`` wrappers. The listing is a TYPO3 news list paginated with ``cHash`` links. The crawl
is scored field by field against the truth.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import UTC, datetime

from tests.copykit import checks, listing, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.thirteenthsite import parts, site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_META_CHARSET = re.compile(rb'charset=([\w-]+)"')


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set(Counter(a.cms for a in arts)) == set(site.TEMPLATES)
    mixes = {(a.cms, a.place is not None, a.source_line, a.title_repeat) for a in arts}
    assert len(mixes) >= 20
    assert {a.wrap for a in arts} == {"", "b", "font", "span"}
    assert {(a.cms, a.cp1251) for a in arts} >= {("modx", True), ("modx", False),
                                                 ("sharepoint", True), ("netcat", True)}
    assert {(a.cms, a.views is None) for a in arts} >= {("telegram", True), ("telegram", False),
                                                        ("liferay", True), ("modx", False)}
    assert any(a.short_date for a in arts) and any(a.clock for a in arts)
    assert any(a.lang == "kk" and a.clock for a in arts)
    assert all(a.category is None for a in arts if a.cms == "telegram")
    assert any(a.cms == "telegram" and a.views and a.views >= 1000 for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200
    declared = headers["Content-Type"].partition("charset=")[2]
    if not declared:  # windows-1251 named only in the page's <meta http-equiv>
        meta = _META_CHARSET.search(body)
        assert meta and meta.group(1) == b"windows-1251" and art.cp1251, art.id
        declared = meta.group(1).decode()
    markup = body.decode(declared)
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _date_shown(art: site.Article, markup: str, text: str) -> bool:
    if art.cms == "telegram":
        stamp = re.search(r'<time datetime="([^"]+)"', markup)
        return bool(stamp) and datetime.fromisoformat(stamp.group(1)) == art.local.astimezone(UTC)
    shown = parts.page_date(art) if art.cms in ("modx", "hostcms", "netcat") else \
        parts.numeric_date(art)
    return shown in text


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert _date_shown(a, markup, text), a.id
        assert a.category is None or a.category in text
        for tag in a.tags:
            assert (f"#{tag}" if a.cms == "telegram" else tag) in text, (a.id, tag)
        if a.views is not None:
            shown = f"{a.views / 1000:.1f}".removesuffix(".0") + "K" \
                if a.cms == "telegram" and a.views >= 1000 else str(a.views)
            assert re.search(rf"(?<![\d.]){re.escape(shown)}(?![\d.])", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(
            rf"(Фото|Photo): ?{re.escape(a.photo_credit)}", text), a.id
        assert all(p in markup or p.lstrip("/") in markup for p in a.image_paths())
        assert (text.count(a.title) >= 2) or not a.title_repeat, a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    page = re.compile(r"/novosti(\?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=\d+"
                      r"&cHash=[0-9a-f]{32})?")
    ids, pages = listing.walk(base_url, "/novosti", page)
    assert ids == set(site.truth(base_url))
    assert len(pages) == site.page_count() >= 5


def test_robots_redirects_and_bad_chash(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    key = "tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D"
    assert get(f"{base_url}/novosti?{key}=2&cHash={site.chash(2)}")[0] == 200
    past = get(f"{base_url}/novosti?{key}=99&cHash={site.chash(99)}")
    assert past[0] == 200 and "Новостей не найдено".encode() in past[2]
    checks.check_404(base_url, f"/novosti?{key}=2", f"/novosti?{key}=2&cHash={site.chash(3)}",
                     "/news/whatever-u1", "/nothing")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("thirteenthsite", site.truth, FIELDS)


def test_spider_on_portal_and_bare_cms_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
