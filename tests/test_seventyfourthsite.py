"""kznews against a copy of ic24.kz written as a Blogger blog (tests/seventyfourthsite).

The copy keeps what SITE.md states (the info line, the currency widget, ``Фото:`` credits, the
year-less dateline, ``Источник:``, the ``ru``-badged block, ``.news_text`` listing items) in a
Blogger theme's markup: ``div.post-outer``, ``h3.post-title``, ``abbr.published[title]``,
labels for rubric and tags, ``<div>``/``<br>`` text, googleusercontent pictures, a listing paged
by ``?updated-max=…&max-results=10`` and ``<html lang="ru">`` on every page. The crawl runs with
the default discovery and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.seventyfourthsite import site
from tests.seventyfourthsite.templates import shown_day

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
INFO = re.compile(r"\d{1,2} [А-Я][а-я]+ \d{4}(?: \d+)? ")

server, base_url = checks.serving(site.route)


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.dev for a in arts} == {"", *site.DEVIATIONS}
    assert 0.25 <= sum(bool(a.dev) for a in arts) / len(arts) <= 0.45
    assert {a.views for a in arts} >= {None} and any(a.clock is None for a in arts)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, {"ru": "Центр информации",
                                                  "en": "Information Center",
                                                  "kk": "Ақпарат орталығы"})
        labels = " ".join([*([a.category] if a.category else []), ", ".join(a.tags)]).strip()
        views = "" if a.views is None else f" {a.views}"
        flat = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)))
        assert f"{shown_day(a)}{views} {labels}".strip() in flat, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert f'title="{a.local.isoformat()}"' in markup, a.id
        assert "USD/KZT 0.0" in text and "post-outer" in markup
    sub_markup, sub_text = checks.page(site.route, site.by_num()[49120].path)
    sub_flat = normalise(html.unescape(re.sub(r"<[^>]+>", "", sub_markup)))
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in sub_flat
    assert "Фото:pixabay" in sub_text and "Алматы. 20 апреля. Центр информации - " in sub_text
    assert INFO.search(sub_text) and "<p>" not in sub_markup.split("post-body")[1][:3000]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    pages = site.page_targets()
    checks.check_listing(base_url, site.LISTING,
                         re.compile(r"/novosti(\?updated-max=[^&]+&max-results=10)?"),
                         site.truth(base_url), pages)
    assert len(pages) >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /search")
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               "/novosti?updated-max=yesterday&max-results=10")
    checks.check_moved(base_url, "/", "/novosti")


crawl_run, crawl = checks.logged_crawl_fixtures("seventyfourthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_blogger_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
