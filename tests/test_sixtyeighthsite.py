"""kznews against a sixty-eighth copy of ic24.kz, SITE.md as a TYPO3 site (tests/sixtyeighthsite).

The copy renders the news extension's list and detail templates (``news-list-view`` of
``.news_text`` items, ``news-single`` with a schema.org Article, ``news-text-wrap``, a
``news-related`` box of badged headlines), processed images under ``/fileadmin/_processed_/``,
the paginate widget's ``?tx_news_pi1%5BcurrentPage%5D=N&cHash=…`` pages, a site-wide
``<html lang="ru-RU">`` over English and Kazakh stories, and the furniture of a live site (a
cookie banner, a search form, ads, share buttons, counters, "most read", a footer); a third of
the stories deviate in a small way of their own. The crawl runs with the default discovery
(``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.sixtyeighthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_quirk_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set(site.QUIRKS) <= {a.quirk for a in arts}
    assert sum(bool(a.quirk) for a in arts) >= len(arts) // 4
    assert {a.views for a in arts} >= {None}
    assert {a.category for a in arts} >= {None}
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]


def test_pages_carry_the_truth() -> None:
    forms = set()
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        spaced = re.sub(r" ,", ",", text)
        assert a.info_line() in spaced, (a.id, a.info_line())
        forms.add((a.lang, a.views is None, a.category is None, not a.tags, a.quirk))
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in markup, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert "This website is powered by TYPO3" in markup
        assert 'itemtype="http://schema.org/Article"' in markup and "news-related" in markup
        assert re.search(r'<span class="news-lang">ru</span>', markup)
    assert len(forms) >= 10
    ru_seed, _ = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "Алматы. 16 апреля. Центр информации - " in ru_seed
    assert "<p>&nbsp;</p>" in ru_seed and "Источник: КазТАГ" in ru_seed
    en_seed, en_text = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "\u0415mbassies" in en_seed and "Источник: EU Reporter" in en_text
    assert "2 August 2021" in en_text
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in re.sub(
        r" ,", ",", checks.page(site.route, site.by_num()[49120].path, charset="utf-8")[1])


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(base_url, site.LISTING,
                         re.compile(r"/novosti(\?tx_news_pi1%5BcurrentPage%5D=\d+&cHash=\w+)?"),
                         site.truth(base_url),
                         {site.page_target(n) for n in range(1, site.page_count() + 1)})
    assert site.page_count() >= 5
    _, listing = checks.page(site.route, site.LISTING, charset="utf-8")
    first = site.page_items(1)[0]
    assert f"{first.title} {first.date_line()}" in listing


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               site.page_target(site.page_count() + 1),
                               "/novosti?tx_news_pi1%5BcurrentPage%5D=2&cHash=0",
                               "/novosti?tx_news_pi1%5BcurrentPage%5D=2")
    checks.check_moved(base_url, "/", site.LISTING, 307)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtyeighthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    known = {"/robots.txt", *(site.page_target(n) for n in range(1, site.page_count() + 1)),
             *(a.path for a in site.build())}
    checks.check_fetched_once(crawl_run[1], known)


def test_spider_on_typo3_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
