"""kznews against an eighty-second copy of ic24.kz, a Webflow CMS site (tests/eightysecondsite).

The copy's article pages are Collection template pages: ``w-richtext`` bodies with image
figures and Webflow's empty ``<p>‍</p>``, ``w-dyn-bind-empty`` / ``w-condition-invisible``
fields left in the markup, photos on ``uploads-ssl.webflow.com`` with ``-p-500``/``-p-800``
srcset variants, Finsweet ``fs-cmsfilter-field`` attributes, a site-wide ``lang="ru"`` and
a listing paged by ``w-pagination-wrapper`` links ``?a1b2c3d4_page=N``; a third of the
pages deviate (dotted dates, a time of day, hidden stale fields, a credit running into the
dateline, linked sources, tag lists, no rubric, embeds). The crawl runs as every scored copy
(``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.eightysecondsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
PAGES = r"/novosti(\?a1b2c3d4_page=\d+)?"


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _info_text(markup: str) -> str:
    m = re.search(r'<div class="info-line[^>]*>(.*?)</div></div>(?:<div class="source|'
                  r'<div class="text-block-7 w-cond)', markup)
    if m is None:
        m = re.search(r'<div class="info-line[^>]*>(.*?)<div class="source-wrap', markup)
    assert m is not None
    text = normalise(html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))))
    return text.replace(" ,", ",")


def _info_line(a: site.Article) -> str:
    parts = [templates.info_date(a), "" if a.views is None else str(a.views),
             a.category or "", ", ".join(a.tags)]
    return " ".join(p for p in parts if p)


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.deviation for a in arts} == {None, *site.DEVIATIONS}
    assert 0.25 <= sum(a.deviation is not None for a in arts) / len(arts) <= 0.4
    assert {a.views is None for a in arts} == {True, False}
    assert any(a.category is None for a in arts) and any(not a.images for a in arts)
    assert _info_line(site.by_num()[49120]) == (  # type: ignore[arg-type]
        "20 Апреля 2023 683 Социум Алматы, аким, субботник")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert _info_line(a) in _info_text(markup), (a.id, _info_line(a), _info_text(markup))
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert (f"Источник: {a.source}" in text) == (a.source_line and bool(a.source)) or (
            a.deviation == "stale_hidden"), a.id
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert 'class="lang-badge">ru<' in markup and "w-richtext" in markup
        for url in a.image_paths()[:1]:  # the main image (or the credit_run figure) has a srcset
            assert url.removesuffix(".jpg") + "-p-500.jpeg" in markup, a.id
    _, text = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "Алматы. 16 апреля. Центр информации - " in text
    en_markup, en_text = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "Almaty. August 2. Information Center - " in en_text and "\u0415mbassies" in en_markup
    assert "August 2, 2021" in en_text and 'lang="ru"' in en_markup
    credit_run = next(a for a in site.build() if a.deviation == "credit_run")
    assert f"Фото:{credit_run.photo_credit}</figcaption></figure><p>{credit_run.place}." in (
        checks.page(site.route, credit_run.path, charset="utf-8")[0])


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(base_url, site.LISTING, re.compile(PAGES), site.truth(base_url),
                         checks.paged(site.LISTING, site.LISTING + "?a1b2c3d4_page={}",
                                      range(1, site.page_count() + 1)))
    assert site.page_count() >= 4
    markup = site.route("/novosti", "h")[2].decode()
    assert '<div class="news_text"' in markup and '<p class="text-block-7">' in markup


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?a1b2c3d4_page={site.page_count() + 1}",
                               "/novosti?a1b2c3d4_page=0")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightysecondsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once (page 2's "Previous" link to ``?a1b2c3d4_page=1`` not followed as a
    second page 1); beyond robots, the listing and the articles only a few 404 probes."""
    checks.check_fetched_once(crawl_run[1],
                              {"/robots.txt", *checks.copy_pages(site, "?a1b2c3d4_page={}")})


def test_spider_on_webflow_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
