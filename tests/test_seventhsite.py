"""kznews against a seventh copy of ic24.kz in markup no other copy uses (tests/seventhsite).

Drupal 7/8 pages (RDFa ``dc:date dc:created`` with offset or in UTC, "Submitted by … on
Fri, 04/16/2021 - 15:40", ``field-name-body``, rubric and tags as labelled fields of
``/taxonomy/term/N`` links, a "1315 просмотров" counter, comments in the same field markup),
schema.org microdata pages (no JSON-LD, no ``og:``), and a 2000s table layout (title in
``<td class="title"><b>``, "16.04.2021 15:40" in a cell, ``<font>`` paragraphs, a "latest news"
column, some pages in windows-1251); figures, blockquotes, sub-headings, "Читайте также"
lines, share blocks and dated comments around the text; a Drupal-views listing ``?page=N``.
The crawl is scored field by field against the truth.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from tests.copykit import checks, scoring, seeds
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.seventhsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    mixes = {(a.cms, a.place is not None, a.source_line, a.read_also) for a in arts}
    assert len(mixes) >= 18
    hazards = {(a.cms, a.figure, a.heading_at is not None, a.comments > 0) for a in arts}
    assert len(hazards) >= 14
    for cms in site.TEMPLATES:
        mine = [a for a in arts if a.cms == cms]
        assert {a.variant for a in mine} == {0, 1}, cms
        assert any(a.quote_at for a in mine) and any(a.share for a in mine), cms
        assert any(a.category is None for a in mine) and any(not a.tags for a in mine), cms
        assert any(a.views is None for a in mine) and any(a.views for a in mine), cms
        assert {a.lang for a in mine} == {"ru", "en", "kk"}, cms
    assert sorted(a.charset for a in arts if a.charset != "utf-8") == sorted(site.CHARSETS)
    assert all(a.cms == "table" and a.lang == "ru" for a in arts if a.charset != "utf-8")
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    checks.check_leap_days(truth)
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs) and en["source"] == "EU Reporter"
    assert ru["body"] == "\n\n".join(seeds.ru().paragraphs) and ru["dateline_place"] == "Алматы"
    assert ru["published_at"] == "2021-04-16T15:40:00+06:00"
    checks.check_subbotnik(truth)
    headed = next(a for a in arts if a.heading_at is not None)
    assert a_heading_is_body(headed, truth[headed.id])


def a_heading_is_body(a: site.Article, rec: dict[str, object]) -> bool:
    """The module docstring of site.py: a sub-heading is a paragraph of the body."""
    assert a.heading_at is not None
    return str(rec["body"]).split("\n\n")[a.heading_at] == a.paragraphs[a.heading_at]


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200
    declared = "windows-1251" in headers["Content-Type"] or b"charset=windows-1251" in body
    assert declared == (art.charset != "utf-8"), art.id
    markup = body.decode("cp1251" if declared else "utf-8")
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _machine_dates(markup: str) -> list[str]:
    """The article's RDFa / microdata moment (comments come after it in the page)."""
    return re.findall(r'(?:property="dc:date dc:created"|itemprop="datePublished") content="'
                      r'([^"]+)"', markup)


def _check_dates(a: site.Article, markup: str, text: str) -> None:
    stamps = _machine_dates(markup)
    if a.cms == "table":
        assert not stamps
        assert re.search(r"\d\d\.\d\d\.\d{4}|\d{1,2} [A-Z][a-z]{2} \d{4}", text), a.id
        return
    assert len(stamps) == 1 + a.comments, a.id
    first = stamps[0]
    if a.clock is None:
        assert first == f"{a.day:%Y-%m-%d}", a.id
    else:
        assert datetime.fromisoformat(first) == a.local, (a.id, first)
    assert all(datetime.fromisoformat(s) > a.local for s in stamps[1:]), a.id
    if a.cms == "drupal" and a.variant == 0:
        weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[a.day.weekday()]
        assert f"on {weekday}, {a.local:%m/%d/%Y - %H:%M}" in text, a.id


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        views = a.views is None or re.search(rf"\b{a.views:,}\b".replace(",", " ?"), text)
        assert views, a.id
        credit = rf"(Фото|Photo): ?{re.escape(a.photo_credit or '')}"
        assert a.photo_credit is None or re.search(credit, text), a.id
        assert ("Читайте также" in text or "Read also" in text or "оқыңыз" in text) == \
            a.read_also, a.id
        assert ("<figcaption" in markup or 'class="caption"' in markup) == a.figure, a.id
        assert "USD/KZT 0.0" in text
        assert "application/ld+json" not in markup and 'property="og:' not in markup
        _check_dates(a, markup, text)
        if a.cms == "micro":
            assert 'itemtype="https://schema.org/NewsArticle"' in markup
            assert 'itemprop="articleBody"' in markup and 'itemprop="headline"' in markup
        elif a.cms == "table":
            assert "<h1" not in markup and '<td class="title"><b>' in markup
        else:
            tags = "field--name-field-tags" if a.variant else "field-name-field-tags"
            assert (tags in markup) == bool(a.tags) and "/tag/" not in markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(base_url, "/novosti", re.compile(r"/novosti(\?page=\d+)?"),
                         site.truth(base_url),
                         checks.paged("/novosti", "/novosti?page={}", range(1, site.page_count())))
    assert site.page_count() >= 4


def test_robots_redirects_terms_and_past_the_end(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /comment/reply/")
    art = site.by_num()[45694]
    checks.check_old_slug(base_url, art)
    status, _, body = get(f"{base_url}/novosti?page={site.page_count()}")
    assert status == 200 and b"/news/" not in body  # Drupal: past the end is an empty view
    status, _, body = get(f"{base_url}/taxonomy/term/{site.terms()['Япония']}")
    assert status == 200 and art.path.encode() in body
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/taxonomy/term/9999")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("seventhsite", site.truth, FIELDS)


def test_spider_on_unseen_markup_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
