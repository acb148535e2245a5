"""kznews against a seventy-fifth copy of ic24.kz: the news as one section of an information
portal (tests/seventyfifthsite).

Every page carries the portal's frame — mega-menu, documents with dates and sizes,
announcements, an event calendar, "most read" dates and counts, banners, a feedback form, a
footer with phones — around SITE.md's article: ``20.04.2023`` beside the headline, the photo
credit, the info line, ``.detail-text`` with the dateline and ``Источник:``, the ``ru`` block.
A third of the pages deviate (a time, views apart, a caption credit, a glued credit, the
announcements first, an attachment, a homoglyph). The crawl runs with the default discovery
and is scored field by field; the server's log counts its requests against the pages.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.seventyfifthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.deviation for a in arts} == {"", *site.DEVIATIONS}
    assert 0.25 <= sum(bool(a.deviation) for a in arts) / len(arts) <= 0.45
    assert {a.views is None for a in arts} == {True, False}
    assert {a.category is None for a in arts} == {True, False}
    assert any(a.raw_paragraphs and a.raw_paragraphs != a.paragraphs
               for a in arts if a.deviation == "homoglyph")
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _info_line(a: site.Article) -> str:
    views = [] if a.views is None or a.deviation == "views_apart" else [str(a.views)]
    parts = [templates.info_day(a.lang, a.day), *views, *([a.category] if a.category else [])]
    return " ".join(parts) + (" " + ", ".join(a.tags) if a.tags else "")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert _info_line(a) in text.replace(" ,", ","), (a.id, _info_line(a))
        assert templates.dotted(a) in text and "USD/KZT 0.0" in text
        assert "Главная / Пресс-центр / Новости / " in text
        assert a.photo_credit is None or a.photo_credit in text, a.id
        if a.views is not None and a.deviation == "views_apart":
            assert f"Просмотров: {a.views:,}".replace(",", " ") in text, a.id
    subbotnik = checks.page(site.route, site.by_num()[49120].path)[1].replace(" ,", ",")
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in subbotnik
    seed = checks.page(site.route, site.by_num()[45694].path)[0]
    assert "Фото:gov.kz</span>Алматы. 16 апреля. Центр информации - " in seed


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("seventyfifthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_portal_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

