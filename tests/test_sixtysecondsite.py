"""kznews against a sixty-second copy of ic24.kz: SITE.md read again as a MODX Revolution site.

pdoPage listing (``?page=N``, relative links under ``<base href>``), chunks around
``[[*content]]``, the info line ``date hits rubric tags``, phpThumbOf photo copies, the source
TV, TicketComments, "Самое читаемое" counts and a third of the stories deviating in small ways
(a time, a glued credit, a source inside the text, ``1 315`` hits, no rubric, TinyMCE spans,
an inline figure, comments, a ``02`` day). The crawl runs with the default discovery and is
scored field by field.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.sixtysecondsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.deviation for a in arts} == {None, *site.DEVIATIONS}
    deviating = sum(a.deviation is not None for a in arts)
    assert len(arts) / 4 <= deviating <= len(arts) / 2.5, deviating
    assert {a.views for a in arts} >= {None}
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u45694"]["views"] == 1315 and truth["u45713"]["published_at"].startswith(
        "2021-04-19T15:40")


def test_pages_carry_the_truth() -> None:
    lines = set()
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, AGENCY)
        assert "USD/KZT 0.0" in text and "Лента новостей" in text
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        line = " ".join(str(x) for x in (templates.day_line(a), a.views, a.category,
                                         ", ".join(a.tags)) if x not in (None, ""))
        if a.deviation == "hits_nbsp":
            line = line.replace(str(a.views), f"{a.views:,}".replace(",", " "))
        assert line in text.replace(" ,", ","), (a.id, line)
        if a.source and a.source_line:
            assert f"Источник: {a.source}" in text, a.id
        lines.add(line)
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in lines
    en_markup, en_text = checks.page(site.route, site.by_num()[46768].path)
    assert "Almaty. August 2. Information Center - " in en_text and "\u0415mbassies" in en_markup
    assert "Источник: EU Reporter" in en_text and "2 August 2021" in en_text
    ru_markup, ru_text = checks.page(site.route, site.by_num()[45694].path)
    assert "Алматы. 16 апреля. Центр информации - " in ru_text and "\u00a0" in ru_markup
    assert '<span class="lang-badge">ru</span>' in ru_markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/tags/aktau",
                               "/sitemap.xml")
    checks.check_moved(base_url, "/", "/novosti", 302)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtysecondsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_modx_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
