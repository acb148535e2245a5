"""kznews against an eightieth copy of ic24.kz: an Angular 16 app rendered on the server
(tests/eightiethsite).

Component tags with ``_ngcontent-ng-…`` attributes, ``<!--container-->`` and
``<!--bindings-->`` comments, padded text nodes, ``<html lang="ru">`` on every page, the
article repeated in an ``&q;``-escaped TransferState script with a UTC ``publishedAt``, the info
line in ``<app-info-line>`` spans, ``ngsrc`` photos, ``.news_text`` listing items with a
``<app-pager>`` of ``?page=N`` links, and a third of the pages deviating (related block left to
the browser, no rubric, the credit run into the dateline, a clock, no count, tags as text). The
crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field.
"""

from __future__ import annotations

import html
import json
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.eightiethsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_deviation_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.deviation for a in arts} >= set(site.DEVIATIONS)
    assert len([a for a in arts if a.deviation]) * 4 >= len(arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    assert {a.lang for a in arts if a.raw_paragraphs and a.raw_paragraphs != a.paragraphs} \
        >= {"ru", "en"}


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert 'ng-version="16.2.0"' in markup and "_ngcontent-ng-" in markup
        state = re.search(r'<script id="serverApp-state" type="application/json">(.*?)</script>',
                          markup)
        assert state and "&q;" in state.group(1), a.id
        line = " ".join(str(x) for x in [templates.date_text(a), a.views, a.category,
                                          ", ".join(a.tags)] if x not in (None, ""))
        joined = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)))  # as a browser shows
        assert line in joined, (a.id, line)


def test_the_subbotnik_info_line_and_the_state() -> None:
    markup, text = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")
    joined = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)))
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in joined
    assert "Фото:pixabay</em>Алматы. 20 апреля. Центр информации - " in markup
    raw = re.search(r'id="serverApp-state" type="application/json">(.*?)</script>', markup)
    assert raw
    state = raw.group(1)
    for a, b in (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&")):
        state = state.replace(a, b)
    data = json.loads(state)["news-49120"]
    assert data["publishedAt"] == "2023-04-19T18:00:00.000Z" and data["views"] == 683
    en_markup, en_text = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "2 August 2021" in en_text and "Источник: EU Reporter" in en_text
    assert "Almaty. August 2. Information Center - " in en_text
    assert "<p _ngcontent-ng-c7002113=\"\">&nbsp;</p>" in en_markup
    assert html.unescape("&nbsp;") not in en_text  # the checks' text has it as a space


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/novosti?page=x")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightiethsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_angular_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
