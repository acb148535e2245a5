"""kznews against a fifty-fourth copy of ic24.kz: SITE.md read again on a guessed 1C-Bitrix site
(tests/fiftyfourthsite).

The copy keeps everything SITE.md states (the info line, the currency widget, ``Фото:`` credits
with no space, the year-less dateline, ``Источник:``, the badged headline block, ``.news_text``
listing items, ru/en in one id sequence, English months, homoglyphs, no-break spaces) inside
Bitrix markup: ``news.detail``/``news.list`` templates, ``?PAGEN_1=N`` pagination under
``/novosti/``, composite-cache comments, ``BX.message`` scripts, ``/upload/iblock/`` and
``resize_cache`` pictures, property rows, the share block, counters, banners, a "Популярное"
box with counts, and an editor's formatting on a third of the stories. The crawl runs with the
default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.fiftyfourthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
FORM = f"{site.LISTING}?{site.PAGE_PARAM}={{}}"

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert {a.extra for a in arts} >= set(site.EXTRAS)
    assert sum(a.extra is not None for a in arts) * 4 >= len(arts)
    assert {a.hazard for a in arts} >= {"nbsp", "zwsp", "homoglyph"}
    assert {a.views for a in arts} >= {None} and any(a.clock for a in arts)
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.author for a in arts) and any(a.comments for a in arts)
    assert any(a.lazy for a in arts) and any(a.entities for a in arts)
    assert truth["u45713"]["lang"] == "en" and truth["u46768"]["lang"] == "en"


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert "USD/KZT 0.0" in text and "EUR/KZT 0.0" in text
        info = " ".join([templates.date_words(a), *([str(a.views)] if a.views is not None
                                                     else []),
                         *([a.category] if a.category else []), ", ".join(a.tags)]).strip()
        assert info in text.replace(" ,", ","), (a.id, info)  # tags are links
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert (f"Источник: {a.source}" in text) == (a.source_line and a.source is not None)
        assert "<span class=\"lang-badge\">ru</span>" in markup
        assert "start_frame_cache_" in markup and "BX.message" in markup


def test_the_known_lines_as_site_md_writes_them() -> None:
    _, text = checks.page(site.route, site.by_num()[49120].path)
    text = text.replace(" ,", ",")  # the tags are links
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in text
    assert "Фото:pixabay" in text
    markup, text = checks.page(site.route, site.by_num()[45694].path)
    assert "Алматы. 16 апреля. Центр информации - " in text
    assert "Источник: КазТАГ" in text and "<p>&nbsp;</p>" in markup
    _, text = checks.page(site.route, site.by_num()[46768].path)
    assert "Almaty. August 2. Information Center - " in text
    assert "2 August 2021" in text and "Источник: EU Reporter" in text
    raw = site.route(site.by_num()[46768].path, "h")[2].decode()
    assert "\u0415mbassies" in raw


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, first=site.LISTING,
                              target=r"/novosti/(\?PAGEN_1=\d+)?", form=FORM)
    assert site.page_count() >= 5
    checks.check_moved(base_url, "/novosti", site.LISTING)
    checks.check_moved(base_url, "/novosti?PAGEN_1=2", FORM.format(2))


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], FORM.format(site.page_count() + 1),
                               "/novosti/?PAGEN_1=x")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftyfourthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing (and the 301s of ``/novosti`` and ``/``)
    and the articles only a few discovery probes that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", "/novosti", "/",
                                             *checks.copy_pages(site, f"?{site.PAGE_PARAM}={{}}")})


def test_spider_on_bitrix_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
