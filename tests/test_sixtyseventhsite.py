"""kznews against a sixty-seventh copy of ic24.kz: SITE.md read again as a SvelteKit app.

The copy (tests/sixtyseventhsite) renders the outlet as SvelteKit SSR pages: scoped
``svelte-…`` classes, hydration markers, the article's API data inlined in a
``data-sveltekit-fetched`` script or the ``__sveltekit_…`` start script, a currency widget,
cookie banner, search form, share buttons, ads, counters, "Самое читаемое" counts, the
``ru``-badge block and a footer; a third of the generated stories deviate in one way of their
own. The crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``)
and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import EN_MONTHS, normalise
from tests.sixtyseventhsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_INFO = re.compile(r'<div class="info [^"]*">(.*?)</div>', re.S)

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_deviation_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.dev for a in arts} == {None, *site.DEVIATIONS}
    assert 0.25 <= sum(a.dev is not None for a in arts) / len(arts) <= 0.4
    assert {a.category for a in arts} >= {None} and {a.views for a in arts} >= {None}
    assert any(a.clock for a in arts) and any(a.photo_credit is None for a in arts)


def _info_line(markup: str) -> str:
    m = _INFO.search(markup)
    assert m is not None
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def test_pages_carry_the_truth() -> None:
    forms = set()
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, {"ru": "Центр информации",
                                                  "en": "Information Center",
                                                  "kk": "Ақпарат орталығы"})
        line = _info_line(markup)
        want = " ".join(str(x) for x in (templates.info_date(a), a.views, a.category,
                                         ", ".join(a.tags)) if x not in (None, ""))
        assert line == want, (a.id, line, want)
        forms.add(re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", lambda m: (
            "En" if m.group() in EN_MONTHS else "Ru" if m.group()[0].isupper() else "ru"),
            templates.info_date(a))))
        if a.lang == "en":
            assert any(m in line for m in EN_MONTHS), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert "USD/KZT 0.0" in text and "Самое читаемое" in text and "Принять" in text
        assert f'<html lang="{"ru" if a.dev == "html_ru" else a.lang}">' in markup, a.id
        assert ("data-sveltekit-fetched" in markup) == (a.dev != "start_script"), a.id
    assert forms == {"9 Ru 9", "9 ru 9", "9 En 9", "En 9, 9", "9 Ru 9, 9:9", "9 En 9, 9:9"}, forms
    sub = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")[0]
    assert _info_line(sub) == "20 Апреля 2023 683 Социум Алматы, аким, субботник"
    ru_seed = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")[0]
    assert "Алматы. 16 апреля. Центр информации - " in ru_seed and "<p>\u00a0</p>" in ru_seed
    en_seed = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")[0]
    assert "\u0415mbassies" in en_seed and "Источник: EU Reporter" in en_seed


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4
    status, _, body = site.route("/novosti", "h")
    assert status == 200 and b'<div class="news_text' in body


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtyseventhsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_sveltekit_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

