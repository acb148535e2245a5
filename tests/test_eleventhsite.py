"""kznews against an eleventh copy of ic24.kz in markup no other copy uses (tests/eleventhsite).

Blogger/Blogspot posts (``post-body entry-content`` with ``<br>``-runs or ``<div>``s, a weekday
date header, ``abbr.published`` stamps, "Ярлыки:" labels, a "Комментариев нет:" footer),
LiveJournal entries (``b-singlepost-body``, lj-cut anchors, "Метки:" tags, the date only in a
"Запись опубликована …" line at the bottom) and UMI.CMS items (``umi:field-name`` attributes and
no helpful classes, "16 апреля, 15:40" with the year only in the breadcrumb's archive link), with
author lines on top, "ЧИТАЙТЕ ТАКЖЕ:" links, numbered galleries, video captions, "💬 12 👁 345"
counters, Telegram promos and Ctrl+Enter lines around the text, and a listing paginated as
``?skip=N``. The crawl is scored field by field against the truth.
"""

from __future__ import annotations

import re

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.eleventhsite import blogger, lj, site, templates, umi

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    mixes = {(a.cms, a.place is not None, a.source_line, a.read_also) for a in arts}
    assert len(mixes) >= 18
    assert {(a.cms, a.split) for a in arts if a.cms != "umi"} == {
        ("blogger", "br"), ("blogger", "div"), ("lj", "br"), ("lj", "p")}
    assert {(a.cms, a.video) for a in arts} == {(c, v) for c in site.TEMPLATES for v in (0, 1)}
    assert {(a.cms, a.gallery) for a in arts} == {(c, g) for c in site.TEMPLATES for g in (0, 1)}
    assert {(a.cms, a.view_style) for a in arts if a.views} == {
        (c, s) for c in site.TEMPLATES for s in site.VIEW_STYLES}
    assert {a.date_style for a in arts if a.cms == "umi" and a.clock} == {"numeric", "words"}
    assert all(a.clock for a in arts if a.cms == "blogger")
    assert {(a.cms, a.clock is None) for a in arts} >= {("lj", True), ("umi", True)}
    assert any(a.category is None and not a.tags and a.views is None for a in arts)
    assert {a.lang for a in arts if a.author} == {"ru", "en", "kk"}
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def _dates_shown(art: site.Article, markup: str, text: str) -> None:
    """Each engine prints the day its own way; only UMI's "words" style leaves the year out."""
    if art.cms == "blogger":
        assert f'title="{art.local.isoformat()}"' in markup
        assert blogger.date_header(art) in text
    elif art.cms == "lj":
        assert text.count(str(art.day.year)) >= 1 and lj.posted(art) in text
        assert text.index(lj.posted(art)) > text.index(art.paragraphs[-1])
    else:
        shown = umi.publish_time(art)
        assert f'umi:field-name="publish_time">{shown}</span>' in markup
        assert (str(art.day.year) in shown) == (art.date_style == "numeric"), art.id
        assert f'/novosti/arhiv/{art.day.year}/">' in markup


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.photo_credit is None or f"Фото: {a.photo_credit}" in text
        also = templates.WORDS[a.lang]["also"]
        assert (also in text) == a.read_also, a.id
        assert ("youtube.com/embed" in markup) == a.video
        assert (f"{len(a.image_paths())} / {a.images}" in text) == a.gallery, a.id
        assert (templates.WORDS[a.lang]["author"] in text) == bool(a.author), a.id
        assert "USD/KZT 0.0" in text and "Ctrl+Enter" in text
        _dates_shown(a, markup, text)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(
        base_url, "/novosti/", re.compile(r"/novosti/(\?skip=\d+)?"), site.truth(base_url),
        checks.paged("/novosti/", "/novosti/?skip={}",
                     range(site.PER_PAGE, len(site.build()), site.PER_PAGE)))
    assert site.page_count() >= 4


def test_robots_redirects_and_past_the_end(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    status, _, body = get(base_url + "/novosti/?skip=990")  # LiveJournal: past the end = empty
    assert status == 200 and b"/news/" not in body
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/search/label/x")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("eleventhsite", site.truth, FIELDS, shown=12)


def test_spider_on_blog_engine_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
