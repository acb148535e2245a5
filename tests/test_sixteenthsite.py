"""kznews against a sixteenth copy of ic24.kz in markup none of the other copies uses
(tests/sixteenthsite).

Infinite-scroll article pages (the requested ``<article data-id>`` followed by the next one or
two older stories in full, their headline an h1 or an h2), reader content (long comments in
``div.comment-body > p``, "Мнение читателя", a poll, "Самое читаемое" between paragraphs),
conflicting metadata (an ``Organization``/``WebSite`` JSON-LD plus a ``NewsArticle`` in an
``@graph`` modified later, a stale ``og:title``, ``article:published_time`` in UTC,
``<meta name=date>`` with the modified date, a lead-only ``articleBody``), paywalled paragraphs
hidden in the HTML (``display:none`` / ``hidden``: they are the article's text), Kazakh labels
and dates, and a listing paginated by a keyset cursor (``/novosti?before=u<N>``). The crawl is
scored field by field against the truth.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime

from tests.copykit import checks, listing, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import served
from tests.copykit.text import normalise
from tests.sixteenthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    mixes = {(a.skin, a.followers, a.paywall, a.stale_title is not None) for a in arts}
    assert len(mixes) >= 24
    assert {(a.followers, a.follower_h2) for a in arts} >= {(1, False), (1, True), (2, False),
                                                            (2, True), (0, False)}
    assert {(a.lang, a.paywall) for a in arts} >= {("ru", "style"), ("ru", "hidden"),
                                                  ("en", "style"), ("en", "hidden"),
                                                  ("kk", "")}
    assert {a.comments for a in arts} == {0, 1, 2, 3}
    assert all(any(getattr(a, f) for a in arts) and not all(getattr(a, f) for a in arts)
               for f in ("poll", "opinion", "most_read", "lead_only_ld", "stale_title"))
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.views is None for a in arts) and any(a.clock is None for a in arts)
    assert any(a.lang == "kk" and a.place for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> str:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("UTF-8")
    return body.decode("utf-8")


def _text(markup: str) -> str:
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _first_story(markup: str, art: site.Article) -> str:
    """The requested story's own ``<article>`` (the followers cut off)."""
    start = markup.index(f'<article class="story" data-id="{art.id}"')
    return markup[start : markup.index("</article>", start)]


def _news_article(markup: str) -> dict[str, object]:
    blocks = [json.loads(b) for b in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', markup)]
    assert len(blocks) == 2 and blocks[0]["@type"] in ("Organization", "WebSite")
    return next(n for n in blocks[1]["@graph"] if n["@type"] == "NewsArticle")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup = _page(a)
        own = _first_story(markup, a)
        text = _text(own)
        checks.check_story_words(a, text, site.AGENCY)
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or f": {a.photo_credit}" in text
        assert all(p in own for p in a.image_paths())
        assert re.search(rf"<h1[^>]*>{re.escape(html.escape(a.title))}</h1>", own), a.id
        og = re.search(r'<meta property="og:title" content="([^"]+)"', markup)
        assert og and html.unescape(og.group(1)) == (a.stale_title or a.title)
        ld = _news_article(markup)
        assert datetime.fromisoformat(str(ld["dateModified"])) > a.local
        assert datetime.fromisoformat(str(ld["datePublished"])).date() == a.day
        if a.clock:
            assert datetime.fromisoformat(str(ld["datePublished"])) == a.local
        assert str(ld["articleBody"]).endswith("…") == a.lead_only_ld, a.id
        hidden = {"": None, "style": '<div class="paywall" style="display:none">',
                  "hidden": '<div class="paywall" hidden>'}[a.paywall]
        assert (hidden is not None and hidden in own) == bool(a.paywall), a.id
        assert ("Самое читаемое" in text or "Most read" in text
                or "Ең көп оқылған" in text) == a.most_read
        assert own.count('<div class="comment-body">') == a.comments
        assert ('class="poll"' in own, 'class="reader-opinion"' in own) == (a.poll, a.opinion)
        assert "USD/KZT 0.0" in _text(markup)
        nexts = site.followers(a)
        assert markup.count("<article ") == 1 + len(nexts) == 1 + a.followers
        for other in nexts:
            tag = "h2" if a.follower_h2 else "h1"
            assert f'<{tag} class="story__title"><a href="{other.path}">' in markup
        for stamp in re.findall(r'data-ts="(\d+)"', own):
            assert templates.local(int(stamp)) == a.local


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    ids, pages = listing.walk(base_url, "/novosti", re.compile(r"/novosti(\?before=u\d+)?"))
    assert ids == set(site.truth(base_url))
    newest = site.build()
    cursors = {newest[k * site.PER_PAGE - 1].id for k in range(1, site.page_count())}
    assert pages == {"/novosti", *(f"/novosti?before={c}" for c in cursors)}
    assert site.page_count() >= 4


def test_robots_redirects_and_unknown_cursor(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/novosti?before=u1")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("sixteenthsite", site.truth, FIELDS)


def test_spider_on_unseen_markup_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
