"""kznews against a tenth copy of ic24.kz in markup no other copy uses (tests/tenthsite).

AMP article pages (``<html ⚡>``, ``amp-img`` with ``srcset``, ``amp-ad``, ``amp-social-share``,
JSON-LD on some), a Substack-like newsletter layout (subtitle, byline with avatar, "Apr 16, 2021"
dates, subscribe/share/comment boxes and pull quotes inside the text, footnotes after it) and a
React-rendered portal (hashed class names, dates only as Unix timestamps behind relative text,
the next article's preview under the text, "4,7 тыс." view counts), with Instagram/Telegram
embeds, advertisement labels, upper-case intertitles and lists inside the text, and a listing
paginated as ``?page=N``. The crawl is scored field by field against the truth.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from tests.copykit import catalogue, checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import served
from tests.copykit.text import normalise
from tests.tenthsite import parts, react, site, substack

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    mixes = {(a.cms, a.place is not None, a.source_line, a.ad) for a in arts}
    assert len(mixes) >= 18
    assert {a.embed for a in arts} == {None, *site.EMBEDS}
    kinds = {(a.cms, kind) for a in arts for kind, _ in a.blocks}
    assert kinds >= {(cms, k) for cms in site.TEMPLATES for k in ("p", "caps", "li")}
    assert ("substack", "fn") in kinds
    assert {(a.cms, a.view_style) for a in arts if a.views} >= {
        (cms, s) for cms in ("amp", "react") for s in site.VIEW_STYLES}
    assert all(a.views is None for a in arts if a.cms == "substack")
    assert {(a.cms, a.updated) for a in arts if a.cms == "react"} == {("react", True),
                                                                      ("react", False)}
    assert {a.time_attr for a in arts if a.cms == "react"} == {"data-time", "data-timestamp"}
    assert all(a.clock for a in arts if a.cms == "react")
    assert any(a.clock is None for a in arts) and any(a.category is None for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path, "text/html; charset=utf-8")


def _check_template(a: site.Article, markup: str, text: str) -> None:
    """What makes each template what it is."""
    if a.cms == "amp":
        assert re.search(r"<html (⚡|amp) lang=", markup) and "<img" not in markup, a.id
        assert "<style amp-custom>" in markup and "<amp-social-share" in markup
        assert ('"datePublished"' in markup) == a.json_ld
        for stamp in re.findall(r'"datePublished": "([^"]+)"', markup):
            assert stamp == (a.local.isoformat() if a.clock else a.day.isoformat())
    if a.cms == "substack":
        assert '<div class="available-content"><div class="body markup"' in markup
        assert '<h3 class="subtitle">' in markup and substack.date_text(a) in text
        assert ('<div class="footnote">' in markup) == any(k == "fn" for k, _ in a.blocks)
    if a.cms == "react":
        stamps = re.findall(r'<time data-(?:timestamp|time)="(\d+)"', markup)
        assert int(stamps[0]) == parts.stamp(a) and "datePublished" not in markup, a.id
        assert react.relative(a.local, a.lang) in text
        nxt = site.next_article(a)
        assert nxt.title in text and nxt.path in markup and nxt.paragraphs[0] in text
        assert re.search(r'class="css-[0-9a-f]{6}"', markup)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or normalise(parts.views_text(a)) in text, a.id
        assert a.photo_credit is None or re.search(rf"(Фото|Photo): {re.escape(a.photo_credit)}",
                                                   text)
        assert ("instagram-media" in markup) == (a.embed == "instagram")
        assert ("tgme_widget_message_text" in markup) == (a.embed == "telegram")
        assert (parts.AD_LABEL[a.lang] in text) == a.ad, a.id
        assert "USD/KZT 0.0" in text
        _check_template(a, markup, text)


def test_views_and_relative_dates_read_as_a_reader_would() -> None:
    """The counter's text means the truth's number; relative dates count from the render day."""
    for a in site.build():
        if a.views is None:
            continue
        shown = normalise(parts.views_text(a))
        m = re.fullmatch(r"(\d+)[.,](\d) ?(тыс\.|мың|K)", shown)
        number = int(m[1]) * 1000 + int(m[2]) * 100 if m else int(shown.replace(" ", ""))
        assert number == a.views, (a.id, shown)
    moment = datetime(2023, 11, 29, 12, 0, tzinfo=catalogue.ALMATY)
    assert react.relative(moment, "ru") == "3 года назад"
    assert react.relative(moment, "en") == "3 years ago"
    assert react.relative(moment, "kk") == "3 жыл бұрын"


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/novosti?page=0")


def test_json_ld_parses() -> None:
    for a in site.build():
        markup, _ = _page(a)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', markup):
            assert json.loads(block)["headline"] == a.title


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("tenthsite", site.truth, FIELDS)


def test_spider_on_unseen_markup_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
