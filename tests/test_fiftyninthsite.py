"""kznews against a fifty-ninth copy of ic24.kz: a Telegram-first newsroom (tests/fiftyninthsite).

Posts written for the outlet's Telegram channel are published on the site as an editor
rewrote them or as a bot imported them (``<br><br>`` lines, importer ``<p>``s, emoji at line
starts, bold leads, hashtags, subscribe prompts, forward headers, media groups, the post's
``👁 1.2K`` counter) inside the site's template SITE.md describes. The crawl runs with the
default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import re

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.fiftyninthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    for lang, forms in site.INFO.items():
        assert {a.forms["info"] for a in arts if a.lang == lang} >= set(forms), lang
    assert {a.forms["credit"] for a in arts} >= {*site.CREDIT, "none"}
    assert {a.forms["source"] for a in arts} >= {*site.SOURCE, "none"}
    assert {a.style for a in arts} == {"editor", "raw_br", "raw_p"}
    assert any(a.video for a in arts) and any(a.bold_lead for a in arts)
    assert any(a.place for a in arts if a.style != "editor")
    assert {a.views for a in arts} >= {None} and any(a.category is None for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["photo_credit"] == "pixabay"


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, AGENCY)
        assert f"{a.id}" in a.path and "USD/KZT 0.0" in text
        assert templates.info_date(a) in text, a.id
        assert a.views is None or f"{a.views} " in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        if a.forms["credit"] == "glued":
            assert f"Фото:{a.photo_credit}</div><div" in markup, a.id
        assert (a.tg_views is None) == ("👁 " not in text), a.id
        assert (a.forwarded is None) == ("Переслано из" not in text), a.id
        if a.style != "editor":
            assert "t.me/ic24kz" in text and all(f"#{t}" in text for t in a.tags), a.id
    info = normalise(re.sub(r"<[^>]+>", "", checks.page(site.route,
                                                        site.by_num()[49120].path)[0]),
                     homoglyphs=False)
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in info
    assert "Фото:pixabayАлматы. 20 апреля. Центр информации - " in info  # glued
    ru_seed = checks.page(site.route, site.by_num()[45694].path)[0]
    assert "<p>\u00a0</p>" in ru_seed and "Источник: КазТАГ" in ru_seed
    en_seed = checks.page(site.route, site.by_num()[46768].path)[0]
    assert "Еmbassies" in en_seed and "Источник: EU Reporter" in en_seed


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/novosti?page=x")
    checks.check_moved(base_url, "/", site.LISTING, 302)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftyninthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few 404 probes."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_telegram_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
