"""kznews against a fiftieth copy of ic24.kz whose structured data disagrees with the page
(tests/fiftiethsite).

Every article prints JSON-LD, OpenGraph/``article:*``/twitter meta or microdata beside the
visible page, and on 2-4 pages each it is wrong the way real CMSs get it wrong: naive, UTC,
later-edit dates; cut, suffixed or Russian titles; teaser, HTML or absent bodies; keywords with
the rubric or the site's defaults; the outlet as author; images with crops and logos; stale
view counts; several blocks, an ``@graph``, a popular sidebar's NewsArticles before or after
the page's own, microdata only, broken JSON. The truth is what a reader sees (see the copy's
docstring). The crawl runs with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never`` as every scored copy) and is scored field by field.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.fiftiethsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)
_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    for dim, forms in site.LD_FORMS.items():
        for form in forms:
            count = sum(a.forms[dim] == form for a in arts)
            assert 2 <= count <= 4, (dim, form, count)
    assert {a.forms["info"] for a in arts} == set(site.INFO)
    assert any(a.forms["date"] == "utc" and a.clock is None for a in arts)
    assert any(a.forms["date"] == "utc" and a.clock and a.clock.hour < 6 for a in arts)
    assert site.by_num()[45713].forms["title"] == "twitter_ru"
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _own_ld(markup: str, url: str) -> dict[str, object] | None:
    """The page's own NewsArticle from its JSON-LD (None when it has none that parses)."""
    for block in _LD.findall(markup):
        try:
            data = json.loads(block)
        except json.JSONDecodeError:
            continue
        for obj in data.get("@graph", [data]):
            if obj.get("@type") == "NewsArticle" and obj.get("url") == url:
                return dict(obj)
    return None


def _visible(markup: str) -> str:
    """The page's text a reader sees: no <head>, no scripts, tags spaced out, entities read."""
    body = re.sub(r"<script\b.*?</script>", " ", markup.split("<body>", 1)[1], flags=re.S)
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, _ = checks.page(site.route, a.path, charset="utf-8")
        text = _visible(markup)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert templates.day_text(a) in text, a.id
        assert a.views is None or f"</i> {a.views}</span>" in markup, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert "USD/KZT 0.0" in text
        own = _own_ld(markup, "http://h" + a.path)
        blocks = a.forms["blocks"]
        if blocks in ("microdata", "trailing_comma", "bad_quote"):
            assert own is None, a.id
            continue
        assert own is not None, a.id
        stamp = datetime.fromisoformat(str(own["datePublished"]).replace("Z", "+00:00"))
        if a.forms["date"] == "edit_day":
            assert stamp.date() > a.day, a.id
        elif a.forms["date"] == "naive":
            assert stamp.tzinfo is None and stamp == a.local.replace(tzinfo=None), a.id
        else:
            assert stamp == a.local, a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftiethsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_structured_data_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
