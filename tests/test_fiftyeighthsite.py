"""kznews against a fifty-eighth copy of ic24.kz: SITE.md read again as a Django + Wagtail site.

The copy (tests/fiftyeighthsite) renders Wagtail news pages: StreamField blocks with
``rich-text`` paragraphs, image renditions with ``srcset``, the info line as spans and
taggit links, ``intcomma`` view counts, a cookie banner, ads, "most read" counts, a
newsletter form with Django's CSRF token, and a third of the stories with one deviation of
their own (``site.QUIRKS``). The crawl runs with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.fiftyeighthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.quirk for a in arts} == {None, *site.QUIRKS}
    quirky = sum(a.quirk is not None for a in arts)
    assert len(arts) // 4 <= quirky <= len(arts) // 2, quirky
    views = [a.views for a in arts]
    assert None in views and any(v and v < 1000 for v in views)
    assert any(v and v >= 1000 for v in views)
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.images == 2 for a in arts) and any(a.images == 0 for a in arts)
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)


def _count(a: site.Article) -> list[str]:
    """The view count as the info line prints it (``intcomma``, maybe labelled), or nothing."""
    if a.views is None:
        return []
    count = f"{a.views:,}".replace(",", "," if a.lang == "en" else " ")
    if a.quirk == "views_label":
        return ["Views:" if a.lang == "en" else "Просмотров:", count]
    return [count]


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, site.AGENCY)
        info = " ".join([a.info_date(), *_count(a), *([a.category] if a.category else []),
                         ", ".join(a.tags)]).strip()
        assert info in text.replace(" ,", ","), (a.id, info)
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert "USD/KZT 0.0" in text and "csrfmiddlewaretoken" in markup
        assert (f'<html lang="{a.lang}">' in markup) == (a.quirk != "lang_ru"), a.id
        if a.clock:
            assert "article:published_time" in markup, a.id
        if a.quirk == "nbsp":
            assert ">&nbsp;</p>" in markup and "\u200b" in markup, a.id


def test_info_line_forms() -> None:
    """SITE.md's line on the subbotnik story, and the English and grouped forms."""
    _, text = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in text.replace(" ,", ",")
    assert "Фото:pixabay" in text and "Алматы. 20 апреля. Центр информации - " in text
    _, text = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "Алматы. 16 апреля. Центр информации - " in text and "Источник: КазТАГ" in text
    _, text = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "2 August 2021" in text and "Almaty. August 2. Information Center - " in text
    assert "Источник: EU Reporter" in text
    raw = site.route(site.by_num()[46768].path, "h")[2].decode()
    assert "\u0415mbassies" in raw and normalise("\u0415mbassies") == "Embassies"
    grouped = [a for a in site.build() if a.views and a.views >= 1000]
    assert any(a.lang == "en" for a in grouped) and any(a.lang == "ru" for a in grouped)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/sitemap.xml")
    checks.check_moved(base_url, "/", "/novosti", status=302)
    checks.check_moved(base_url, site.by_num()[49120].path + "/", site.by_num()[49120].path)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftyeighthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_wagtail_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])


