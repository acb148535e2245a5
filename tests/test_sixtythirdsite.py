"""kznews against a sixty-third copy of ic24.kz: SITE.md read again as a HostCMS site.

The copy (tests/sixtythirdsite) prints HostCMS's XSL output: ``/novosti/page-N/`` pagination,
``<html lang="ru">`` on every page, SITE.md's info line on two thirds of the pages and a
labelled weekday/counter layout on the rest, ratings, comment counts, "most read" counts, a
print link and the Ctrl+Enter note. The crawl runs with the default discovery
(``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.sixtythirdsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    for name, options in (("layout", site.LAYOUTS), ("source", site.SOURCE_FORMS),
                          ("photo", site.PHOTO_FORMS), ("extra", site.EXTRAS)):
        assert {a.forms[name] for a in arts} == set(options), name
    for lang in ("ru", "en"):
        assert {a.forms["layout"] for a in arts if a.lang == lang} == {"line", "stat"}, lang
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.source and not a.source_line for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str, str]:
    markup, text = checks.page(site.route, art.path)
    tight = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)))
    return markup, text, tight


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text, tight = _page(a)
        checks.check_story_words(a, text, site.AGENCY)
        assert a.category is None or a.category in text, a.id
        assert a.source is None or a.source in text, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert a.photo_credit is None or any(
            f"Фото:{gap}{a.photo_credit}" in tight for gap in ("", " ")), a.id
        assert "USD/KZT 0.0" in text and "Ctrl+Enter" in text and "Рейтинг:" in text
        if a.forms["layout"] == "line":
            line = " ".join([templates.line_date(a.lang, a.day),
                             *([str(a.views)] if a.views is not None else []),
                             *([a.category] if a.category else [])])
            assert line in text, (a.id, line)
            assert ", ".join(a.tags) in tight, a.id
        else:
            assert templates.stat_date(a) in text, a.id
            assert (a.views is None) != (f"Просмотров: {a.views}" in text), a.id
    sub = _page(site.by_num()[49120])
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in sub[2].replace(" , ", ", ")
    assert "Фото:pixabay" in sub[2]
    en = _page(site.by_num()[46768])
    assert "Еmbassies" in en[0] and "Almaty. August 2. Information Center - " in en[1]
    ru = _page(site.by_num()[45694])
    assert "Алматы. 16 апреля. Центр информации - " in ru[1] and "<p>&nbsp;</p>" in ru[0]
    assert "Источник:" in en[1]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=r"/novosti(/page-\d+/)?",
                              form="/novosti/page-{}/")
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti/page-{site.page_count() + 1}/", "/novosti/page-1/")
    checks.check_moved(base_url, "/novosti/", "/novosti")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtythirdsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "/page-{}/")})


def test_spider_on_hostcms_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
