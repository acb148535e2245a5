"""kznews against a fifty-third copy of ic24.kz: SITE.md filled in as a WordPress 6 site
(tests/fiftythirdsite).

The copy keeps everything SITE.md states (currency strip, ``Фото:`` credit, the info line, the
year-less dateline, ``Источник:``, the badge block, ``.news_text`` listing items) inside a
WordPress theme with Yoast, Polylang, Post Views Counter, AddToAny, YARPP, Popular Posts, Cookie
Notice, comments, ads and counters, and an editor's formatting on a third of the stories. The
crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.catalogue import CopyArticle
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.fiftythirdsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


def _page(art: CopyArticle) -> tuple[str, str, str]:
    """The page's markup, its text with tags spaced out and its text with tags removed."""
    markup, text = checks.page(site.route, art.path)
    joined = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)))
    return markup, text, joined


def _info_line(a: site.Article) -> str:
    rubric = a.category or (templates.UNCATEGORISED[a.lang] if a.uncategorised else None)
    parts = [templates.info_date(a.lang, a.day), *([str(a.views)] if a.views is not None else []),
             *([rubric] if rubric else []), *([", ".join(a.tags)] if a.tags else [])]
    return " ".join(parts)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.style for a in arts} == {"plain", *site.STYLES}
    assert sum(a.style != "plain" for a in arts) * 4 >= len(arts)
    assert {a.views is None for a in arts} == {True, False}
    assert {bool(a.tags) for a in arts} == {True, False}
    assert {bool(a.clock) for a in arts} == {True, False}
    assert {bool(a.images) for a in arts} == {True, False}
    assert sum(a.uncategorised for a in arts) == 2
    assert any(a.homoglyph for a in arts) and any(a.comments for a in arts)
    assert {a.source_line for a in arts if a.source} == {True, False}
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text, joined = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert _info_line(a) in joined, (a.id, _info_line(a))
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in joined, a.id
        assert a.place is None or a.dateline() in text + " ", a.id
        assert (f"Источник: {a.source}" in text) == (a.source_line and a.source is not None)
        assert f'<html lang="{templates.HTML_LANG[a.lang]}">' in markup
    subbotnik = site.by_num()[49120]
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in _page(subbotnik)[2]
    assert "Алматы. 16 апреля. Центр информации - " in _page(site.by_num()[45694])[1]
    assert "2 August 2021" in _page(site.by_num()[46768])[1]
    homoglyph = next(a for a in site.build() if a.homoglyph)
    assert "\u00a0" in site.route(homoglyph.path, "h")[2].decode()
    assert "<p>\u00a0</p>" in _page(subbotnik)[0]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=r"/novosti(/page/\d+/)?",
                              form=site.PAGE_FORM)
    assert site.page_count() >= 4
    text = checks.get(base_url + site.LISTING)[2].decode()
    assert '<div class="news_text"><a href="/news/' in text


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               site.PAGE_FORM.format(site.page_count() + 1), "/novosti/page/x/",
                               "/category/obshchestvo/")
    checks.check_moved(base_url, "/", site.LISTING)
    checks.check_moved(base_url, "/novosti/page/1/", site.LISTING)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftythirdsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_wordpress_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])


