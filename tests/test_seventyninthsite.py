"""kznews against a seventy-ninth copy of ic24.kz built as a Wix Blog site (tests/seventyninthsite).

Generated ids and classes, ``wixui-rich-text`` blocks, the post in ``content-viewer`` as runs
of styled spans with empty Wix lines, ``wow-image`` photos on static.wixstatic.com, the Wix
header date (``20 апр. 2023 г.`` / ``Apr 20, 2023``) beside SITE.md's info line, a JSON-LD
stamp in UTC, ``/blog/categories`` and ``/blog/tags`` links, a huge warm-up JSON, the feed at
``/novosti`` paged as ``/novosti/page/N``, old ``/post/`` links moved to ``/news/``; a third of
the pages deviate (see the package docstring). The crawl runs with the default discovery and
is scored field by field; the server's log counts its requests against the distinct pages.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.seventyninthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.quirk for a in arts} == {"", *site.QUIRKS}
    assert 0.25 <= sum(bool(a.quirk) for a in arts) / len(arts) <= 0.45
    assert {a.clock is None for a in arts} == {True, False}
    assert any(a.category is None for a in arts) and any(a.views is None for a in arts)
    assert any(not a.images for a in arts) and any(not a.place for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["photo_credit"] == "pixabay"


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_words(a, text, site.AGENCY)
        assert a.category is None or a.category in text, a.id
        assert a.source is None or a.source in text, a.id
        assert (f"Источник: {a.source}" in text) == a.source_line, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert templates.CURRENCY in text and templates.wix_date(a) in text
        assert templates.info_date(a) in text, a.id
        assert a.views is None or str(a.views) in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in markup, a.id
        assert ('type="application/ld+json"' in markup) == (a.quirk != "no_ld"), a.id
        assert 'id="wix-warmup-data"' in markup and 'data-id="content-viewer"' in markup
    sub = checks.page(site.route, site.by_num()[49120].path)[1]
    assert "20 Апреля 2023 683 Социум Алматы , аким , субботник" in sub
    glued = checks.page(site.route, site.by_num()[49120].path)[0]
    assert "Фото:pixabay</span><span style=\"font-weight:bold;\">Алматы. 20 апреля." in glued
    en = checks.page(site.route, site.by_num()[46768].path)[1]
    assert "Almaty. August 2. Information Center - " in en and "2 August 2021" in en


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=r"/novosti(/page/\d+)?",
                              form="/novosti/page/{}")
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    art = site.by_num()[45694]
    checks.check_usual_answers(base_url, art, f"/novosti/page/{site.page_count() + 1}",
                               "/novosti/page/1x")
    checks.check_moved(base_url, f"/post/{art.slug}-{art.id}", art.path)
    checks.check_moved(base_url, "/", "/novosti")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("seventyninthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1],
                              {"/robots.txt", *checks.copy_pages(site, "/page/{}")})


def test_spider_on_wix_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])



