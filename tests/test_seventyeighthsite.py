"""kznews against a seventy-eighth copy of ic24.kz built as WordPress with Elementor
(tests/seventyeighthsite): nested Elementor widgets, a post-info icon list, Yoast's JSON-LD
graph, WP Rocket lazy images, ``/novosti/page/N/`` paging and a third of the pages deviating.
The crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and
is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.seventyeighthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
AGENCY = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}

server, base_url = checks.serving(site.route)


def _info_line(markup: str) -> str:
    found = re.search(r'<ul class="elementor-inline-items[^"]*">(.*?)</ul>', markup, re.S)
    assert found
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", found.group(1))))


def _form(a: site.Article) -> str:
    parts = [templates.date_text(a)]
    if a.views is not None:
        parts.append(str(a.views))
    if a.category:
        parts.append(a.category)
    if a.tags:
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.deviation for a in arts} >= {*site.DEVIATIONS, "credit_in_lead"}
    assert 0.25 <= sum(a.deviation is not None for a in arts) / len(arts) <= 0.4
    shapes = {(a.views is not None, a.category is not None, bool(a.tags)) for a in arts}
    assert {(True, True, True), (False, True, True), (True, False, True),
            (True, True, False)} <= shapes
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u45713"]["lang"] == "en" and truth["u49120"]["photo_credit"] == "pixabay"


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, AGENCY)
        assert _info_line(markup) == _form(a), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert "USD/KZT 0.0" in text and 'lang="ru-RU"' in markup
        assert ('"datePublished"' in markup) == (a.deviation != "no_yoast"), a.id
    markup, text = checks.page(site.route, site.by_num()[49120].path)
    assert _info_line(markup) == "20 Апреля 2023 683 Социум Алматы, аким, субботник"
    assert "Фото:pixabayАлматы. 20 апреля. Центр информации - " in html.unescape(
        re.sub(r"<[^>]+>", "", markup))
    assert "2 August 2021" in checks.page(site.route, site.by_num()[46768].path)[1]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=r"/novosti(/page/\d+/)?",
                              form="/novosti/page/{}/")
    assert site.page_count() >= 4
    markup = checks.page(site.route, "/novosti")[0]
    assert markup.count('<div class="news_text"><a href="/news/') == site.PER_PAGE


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti/page/{site.page_count() + 1}/", "/novosti/page/1x/")
    checks.check_moved(base_url, "/", "/novosti")


crawl_run, crawl = checks.logged_crawl_fixtures("seventyeighthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_elementor_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
