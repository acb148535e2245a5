"""kznews against a seventieth copy of ic24.kz: SITE.md's outlet as a Ghost 5 site
(tests/seventiethsite).

Ghost's Casper markup around SITE.md's facts: ``article-header`` with the primary tag as
rubric, ``gh-content``, ``kg-image-card`` and ``kg-bookmark-card`` figures, ``kg-html-card``
ads, ``post-card`` listing entries that are also ``.news_text`` blocks, ``/novosti/page/N/``
pagination, responsive ``/content/images/size/w600/…`` photos with ``srcset``, Ghost's JSON-LD
(``keywords`` = rubric plus tags, ``datePublished`` in UTC) and ``<html lang="ru">`` on every
page. About a third of the stories deviate in one small way. The crawl runs with the default
discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.seventiethsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {site.forms(a) for a in arts} == {"full", "no_views", "no_tags", "no_rubric"}
    assert {a.quirk for a in arts} == {"", *site.QUIRKS}
    assert 0.25 <= sum(bool(a.quirk) for a in arts) / len(arts) <= 0.4
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.lang for a in arts if a.photo_credit} == {"ru", "en", "kk"}


def _info_text(markup: str) -> str:
    m = re.search(r'<div class="ic-info">(.*?)</div>', markup, re.S)
    assert m is not None
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, site.AGENCY)
        info = [templates.day_text(a)]
        info += [str(a.views)] if a.views is not None else []
        info += [a.category] if a.category else []
        info += [", ".join(a.tags)] if a.tags else []
        assert _info_text(markup) == " ".join(info), a.id
        assert a.photo_credit is None or re.search(
            rf"Фото: ?{re.escape(a.photo_credit)}", text), a.id
        assert "USD/KZT 0.0" in text and '<html lang="ru">' in markup
        if a.lang == "en":
            assert re.search(r"\d+ [A-Z][a-z]+ \d{4}", _info_text(markup)), a.id
    subbotnik = checks.page(site.route, site.by_num()[49120].path)[0]
    assert _info_text(subbotnik) == "20 Апреля 2023 683 Социум Алматы, аким, субботник"
    seed_markup, seed_text = checks.page(site.route, site.by_num()[45694].path)
    assert "Алматы. 16 апреля. Центр информации - " in seed_text
    assert "<p>\u00a0</p>" in seed_markup and "Источник: КазТАГ" in seed_text
    assert "Еmbassies" in checks.page(site.route, site.by_num()[46768].path)[0]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=r"/novosti(/page/\d+/)?",
                              form="/novosti/page/{}/")
    assert site.page_count() >= 4
    _, _, body = site.route("/novosti", "h")
    assert body.count(b'class="post-card-content news_text"') == site.PER_PAGE


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti/page/{site.page_count() + 1}/")
    checks.check_moved(base_url, "/novosti/page/1/", "/novosti")
    art = site.by_num()[49120]
    checks.check_moved(base_url, art.path + "/", art.path)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("seventiethsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "/page/{}/")})


def test_spider_on_ghost_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
