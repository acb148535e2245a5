"""kznews against an eighty-third copy of ic24.kz: an Umbraco (ASP.NET MVC) site
(tests/eightythirdsite).

The copy is an information centre's Umbraco site: Bootstrap grid, the body split over Umbraco
grid cells (text, image, quote) or an ``umb-block-list``, ImageProcessor crop URLs of one media
file, ``__RequestVerificationToken`` forms, a trilingual switcher, a numeric ``20.04.2023 16:07``
stamp beside the SITE.md info line, ``Поделиться``, a ``?page=N`` listing with ``Показать
ещё``; about a third of the pages deviate in a small way. The crawl runs with the default
discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.eightythirdsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set(site.DEVIATIONS) <= {a.dev for a in arts}
    assert len([a for a in arts if a.dev]) * 4 >= len(arts)
    assert any(a.quote for a in arts) and any(len(a.image_paths()) > 1 for a in arts)
    assert {"ru", "en"} <= {a.lang for a in arts if a.clock}
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u49120"]["published_at"] == "2023-04-20T16:07:00+06:00"
    assert {truth[a.id]["category"] for a in arts if a.dev == "no_rubric"} == {None}
    assert {truth[a.id]["views"] for a in arts if a.dev == "no_views"} == {None}


def _info_text(markup: str) -> str:
    """The info line as text, its tags removed without spaces (as SITE.md's snippets read)."""
    m = re.search(r'<div class="news-info">(.*?)</div>', markup)
    assert m is not None
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, site.AGENCIES)
        assert "USD/KZT 0.0" in text and "Поделиться" in text
        assert "__RequestVerificationToken" in markup and "umb-" in markup
        if a.photo_credit:
            form = "Фото: " if a.dev == "caption_credit" else "Фото:"
            assert f"{form}{a.photo_credit}" in text, a.id
        if a.dev != "numeric_date":
            line = " ".join([templates.word_date(a), *([str(a.views)] if a.views else []),
                             *([a.category] if a.category else []),
                             ", ".join(a.tags) if a.dev != "tags_below" else ""]).strip()
            assert line == _info_text(markup), (a.id, line)
        else:
            assert templates.numeric_date(a) in text, a.id
        if a.source and a.source_line:
            assert f"Источник: {a.source}" in text, a.id
    text = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")[1]
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in _info_text(
        checks.page(site.route, site.by_num()[49120].path, charset="utf-8")[0])
    assert "20.04.2023 16:07" in text
    markup, text = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "Алматы. 16 апреля. Центр информации - " in text and "<p>\u00a0</p>" in markup
    text = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")[1]
    assert "2 August 2021" in text and "Almaty. August 2. Information Center - " in text
    markup = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")[0]
    assert "\u0415mbassies" in markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/ru/", "/kk/")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightythirdsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404 — not the language switcher's roots
    (``/kk/``, ``/ru/``, ``/en/``), which switch the interface and list no news."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt",
                                             *checks.copy_pages(site, "?page={}")})
    fetched = {target for target, _ in crawl_run[1]}
    assert not fetched & {"/kk/", "/ru/", "/en/"}, sorted(fetched)


def test_spider_on_umbraco_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

