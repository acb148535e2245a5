"""kznews against a sixty-fourth copy of ic24.kz: one plain layout, many kinds of story text
(tests/sixtyfourthsite).

The page furniture follows SITE.md on every page (currency widget, ``Фото:`` credit, the info
line, ``Источник:``, the ``ru``-badged headline block); what varies is the text: interviews
(bold questions, dialogue dashes, the interviewee's name before each answer), statements with
numbered points, a press release's contacts, an op-ed's author box and disclaimer, a verdict
in a blockquote, weather and traffic lines, tables of figures, an obituary, corrections at the
top or the bottom, a poem, a Kazakh quote with its Russian translation, a question to readers.
The package docstring says what is body for each. The crawl runs with the default discovery
(``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.sixtyfourthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.info for a in arts} == set(site.INFO)
    for lang in ("ru", "en"):
        assert {a.fmt for a in arts if a.lang == lang} == set(site.FORMATS[lang]), lang
    assert any(a.author for a in arts) and any(a.source_line for a in arts)
    assert any(a.place is None for a in arts) and any(a.photo_credit is None for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    assert all(rec["published_date_precision"] == "day" for rec in truth.values())


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, AGENCY)
        line = " ".join([templates.info_date(a), *([str(a.views)] if a.views is not None else []),
                         *([a.category] if a.category else []), ", ".join(a.tags)]).strip()
        flat = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)))
        assert line in flat, (a.id, line)
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert a.source is None or not a.source_line or f"Источник: {a.source}" in text, a.id
        assert "USD/KZT 0.0" in text
        assert (a.author is not None) == ("author-box" in markup), a.id
    subbotnik = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")[0]
    flat = normalise(html.unescape(re.sub(r"<[^>]+>", "", subbotnik)))
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in flat


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/novosti?page=x")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtyfourthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=60)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_story_formats_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
