"""kznews against an eighty-fifth copy of ic24.kz: a Gatsby static site over a headless Strapi
(tests/eightyfifthsite).

The copy renders SITE.md's pages as Gatsby SSR output: CSS-module classes, React's ``<!-- -->``
separators inside the info line, ``gatsby-image-wrapper`` covers with ``/static/<hash>/<w>x<h>/``
variants, a Markdown body, ``page-data.json`` files with the Strapi entry, ``/novosti/`` and
``/novosti/N/`` static listing pages, a site-wide ``<html lang="ru">``; a third of the pages
deviate (bold dateline, a Markdown list, an inline ``/uploads/`` photo, no JSON-LD, the credit in
the caption, a linked source, the view count behind an eye, no-break spaces). The crawl runs
with the default discovery and is scored field by field.
"""

from __future__ import annotations

import json
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.eightyfifthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set().union(*(a.forms for a in arts)) == set(site.DEVIATIONS)
    assert 0.25 <= sum(bool(a.forms) for a in arts) / len(arts) <= 0.45
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.clock and a.clock.hour < 6 for a in arts)  # the UTC stamp falls a day earlier
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, {k: site.agency(k) for k in ("ru", "en", "kk")})
        assert "USD/KZT 0.0" in text and 'id="gatsby-focus-wrapper"' in markup
        assert f"window.pagePath={json.dumps(a.path)}" in markup
        info = re.search(r'<div class="info-module--info--1aB2c">(.*?)</div>', markup)
        assert info is not None and info.group(1).startswith(
            (f"<span>{templates.day_text(a)}<", f'<time dateTime="{templates.utc_stamp(a)}"')), a.id
        views = (f'<svg aria-label="Просмотры" viewBox="0 0 24 24"><path d="M12 4.5C7 4.5 2.7 '
                 f'7.6 1 12"></path></svg><!-- -->{a.views}</span>' if "eye_views" in a.forms
                 else f'<span class="info-module--views--4Ab1c">{a.views}</span>')
        assert (views in markup) == (a.views is not None), (a.id, a.views)
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert a.source is None or not a.source_line or f"Источник: {a.source}" in text, a.id


def test_the_known_info_line_and_seed_page() -> None:
    _, text = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")
    assert "20 Апреля 2023 683 Социум Алматы , аким , субботник" in text
    assert "Алматы. 20 апреля. Центр информации - " in text
    markup, text = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "Almaty. August 2. Information Center - " in text and "2 August 2021" in text
    assert "\u0415mbassies" in markup and "Источник: EU Reporter" in text
    markup, _ = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "<p>\u00a0</p>" in markup and "Фото:gov.kz" in markup


def test_page_data_holds_the_strapi_entry(base_url: str) -> None:
    a = site.by_num()[45694]
    status, _, body = get(f"{base_url}/page-data{a.path}/page-data.json")
    assert status == 200
    entry = json.loads(body)["result"]["data"]["strapiArticle"]
    assert entry["publishedAt"] == "2021-04-16T05:20:00.000Z" and entry["views"] == 1315
    assert entry["content"]["data"]["content"].startswith("Алматы. 16 апреля. Центр информации - ")


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, first="/novosti/", target=r"/novosti/(\d+/)?",
                              form="/novosti/{}/")
    assert site.page_count() >= 4
    checks.check_moved(base_url, "/novosti", "/novosti/")


def test_robots_redirects_and_404(base_url: str) -> None:
    art = site.by_num()[45694]
    checks.check_usual_answers(base_url, art, f"/novosti/{site.page_count() + 1}/",
                               "/novosti/1/", "/page-data/news/whatever-u1/page-data.json")
    checks.check_moved(base_url, art.path + "/", art.path)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightyfifthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_gatsby_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the ``/novosti`` redirect, the static listing pages and
    the articles only a few discovery probes that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", "/novosti",
                                             *checks.copy_pages(site, "{}/")})
