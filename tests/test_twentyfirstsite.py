"""kznews against a twenty-first copy of ic24.kz whose articles come in a newsroom's formats
(tests/twentyfirstsite): photo reportages with a caption, counter and credit per photo, video
news with a transcript folded in ``<details>``, infographics, interviews (bold questions, an
italic intro, a bio box), opinion columns (author box above, disclaimer after), live blogs
(timestamped updates newest first, dated by their start), numbered digests and press releases
with a contacts footer, in one plain custom template. The crawl is scored field by field.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import served
from tests.twentyfirstsite import pools, site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_format_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    kinds = Counter(a.kind for a in arts)
    assert set(kinds) == set(site.KINDS) and min(kinds.values()) >= 3
    assert len({a.kind for a in arts if a.lang != "ru"}) >= 6
    assert any(a.category is None and not a.tags and a.views is None for a in arts)
    for a in arts:
        rec = truth[a.id]
        if a.kind == "photo":
            assert 6 <= a.images <= 12 and len(a.captions) == a.images
            assert 1 <= len(a.paragraphs) <= 2 and rec["photo_credit"] == a.photo_credit
        if a.kind == "live":
            assert len(a.updates) == 10 and [t for t, _ in a.updates] == sorted(
                (t for t, _ in a.updates), reverse=True)
            assert a.clock is not None and a.clock < a.updates[-1][0]
            assert str(rec["published_at"])[11:16] == f"{a.clock:%H:%M}"
        if a.kind == "digest":
            assert 3 <= len(a.extra) <= 5
        if a.kind == "release":
            assert a.press and rec["source"] == a.press[0]
            assert a.press[1] not in str(rec["body"])
        if a.kind == "opinion":
            assert pools.DISCLAIMER[a.lang] not in str(rec["body"]) and not rec["image_urls"]
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path, "text/html; charset=utf-8")


def _furniture(a: site.Article) -> list[str]:
    """What the page shows next to the text and the truth keeps out of the body."""
    out = list(a.captions) + (a.extra if a.kind == "video" else [])
    if a.kind == "opinion":
        out.append(pools.DISCLAIMER[a.lang])
    if a.person:
        out.append(a.person[1])
    if a.press:
        out.append(a.press[2])
    return out


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        for extra in _furniture(a):
            assert extra in text and extra not in "\n\n".join(a.paragraphs), (a.id, extra)
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf": {a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or f": {a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths())
        assert f"{a.day:%Y}" in text and (a.clock is None or f"{a.clock:%H:%M}" in text)
        assert "USD/KZT 0.0" in text and f'<html lang="{a.lang}">' in markup
    live = next(a for a in site.build() if a.kind == "live" and a.lang == "ru")
    assert "Начало трансляции:" in _page(live)[1]
    video = next(a for a in site.build() if a.kind == "video")
    assert '<details class="transcript">' in _page(video)[0]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, "/novosti/", r"/novosti/(page-\d+/)?",
                              "/novosti/page-{}/")
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    past = f"/novosti/page-{site.page_count() + 1}/"
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", past, "/novosti/page-1/")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentyfirstsite", site.truth, FIELDS)


def test_spider_on_article_formats_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
