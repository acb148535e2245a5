"""kznews against a seventy-second copy of ic24.kz: the outlet as Nuxt SSR over Strapi
(tests/seventysecondsite).

Scoped ``data-v-`` attributes everywhere, ``__nuxt``/``__layout`` wrappers, the Strapi entry in
``window.__NUXT__`` (an IIFE) or ``__NUXT_DATA__`` (a flat array), markdown paragraphs in
``.article-content``, ``/uploads/large_…`` photos, client-only widgets as ``<!---->``, and a
third of the pages deviating (no rubric, no counter, a glued credit, a bold source label, a
lazy image, a US-style English date, a no-break-space lead). The crawl runs as every scored
copy (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.seventysecondsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert set(site.DEVIATIONS) <= {a.deviation for a in arts}
    assert {a.nuxt for a in arts} == {2, 3}
    assert templates.info_date(site.by_num()[49120]) == "20 Апреля 2023"
    assert templates.info_date(site.by_num()[45713]) == "19 April 2021"
    assert templates.info_date(site.by_num()[46768]) == "August 2, 2021"
    assert sum(a.deviation is not None for a in arts) * 4 >= len(arts)


def _page(path: str) -> tuple[str, str]:
    return checks.page(site.route, path, charset="utf-8")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a.path)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert "USD/KZT 0.0" in text and 'id="__nuxt"' in markup
        assert templates.info_date(a) in text, a.id
        line = " ".join(filter(None, [templates.info_date(a),
                                      None if a.views is None else str(a.views), a.category,
                                      ", ".join(a.tags)]))
        assert line in text.replace(" ,", ","), (a.id, line)
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert a.source is None or not a.source_line or f"Источник: {a.source}" in text, a.id
        assert ("__NUXT_DATA__" in markup) == (a.nuxt == 3), a.id
    markup, text = _page(site.by_num()[49120].path)
    assert "Фото:pixabay</span>Алматы. 20 апреля. Центр информации - " in markup
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in text.replace(" ,", ",")
    assert "<p>\u00a0</p>" in _page(site.by_num()[45694].path)[0]
    assert "\u0415mbassies" in _page(site.by_num()[46768].path)[0]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 3


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


crawl_run, crawl = checks.logged_crawl_fixtures("seventysecondsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_nuxt_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few 404 probes."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})
