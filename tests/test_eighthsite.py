"""kznews against an eighth copy of ic24.kz in markup no other copy uses (tests/eighthsite).

A classic uCoz news module (``eTitle``/``eMessage``/``eDetails``, the text as ``<p>``s,
``<br>``-runs or ``<div>``s, the time only in a tooltip, cp1251 on some pages, a ``?page2``
listing), InstantCMS 1.x (``con_heading``/``con_text``, the rubric only in the breadcrumbs, an
eye-icon counter) and Ghost (``post-full``, ``gh-content``, Koenig cards, the primary tag above
the headline, times written as UTC or GMT+5, ``<html lang="en">`` on every page), with author
signatures, "Оригинал статьи:" lines, polls, tables, emoji and ``&nbsp;`` paragraphs inside the
text. The crawl is scored field by field against the truth (see ``eighthsite/site.py``).
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from tests.copykit import checks, scoring, seeds
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import served
from tests.copykit.text import normalise
from tests.eighthsite import ghost, site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {(a.cms, a.lang) for a in arts} >= {(c, lang) for c in site.TEMPLATES
                                                for lang in ("ru", "en", "kk")}
    assert {(a.cms, a.style, a.lead_bold) for a in arts if a.cms == "ucoz"} == {
        ("ucoz", s, b) for s in range(3) for b in (True, False)}
    assert {(a.cms, a.variant) for a in arts if a.cms == "ghost"} == {
        ("ghost", v) for v in range(len(site.ZONES))}
    for switch in ("signature", "original", "poll", "table", "nbsp", "cp1251"):
        assert len([a for a in arts if getattr(a, switch)]) >= 2, switch
    for cms in site.TEMPLATES:
        mine = [a for a in arts if a.cms == cms]
        assert any(a.category is None for a in mine) and any(not a.tags for a in mine), cms
    assert any(a.views is None for a in arts if a.cms != "ghost")
    assert any(a.clock is None for a in arts) and all(a.clock for a in arts if a.cms == "ghost")
    assert any("📌" in str(r["body"]) or "👍" in str(r["body"]) for r in truth.values())
    checks.check_leap_days(truth)
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs) and en["source"] == "EU Reporter"
    assert ru["body"] == "\n\n".join(seeds.ru().paragraphs) and ru["views"] == 1315
    assert ru["published_at"] == "2021-04-16T15:40:00+06:00" and ru["category"] == "Общество"


def _page(a: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(a.path, "h")
    charset = "windows-1251" if a.cp1251 else "utf-8"
    assert status == 200 and headers["Content-Type"].endswith(charset), a.id
    markup = body.decode(charset)
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _times(a: site.Article, text: str) -> None:
    """The page states the truth's moment: its Almaty time, or UTC / GMT+5 with the zone."""
    assert a.clock is not None
    if a.cms == "ucoz":
        assert f'title="{a.clock:%H:%M}"' in _page(a)[0] or f", {a.clock:%H:%M}" in text
        return
    zone = site.ZONES[a.variant] if a.cms == "ghost" else "almaty"
    shift = {"utc": a.local.astimezone(UTC), "gmt5": a.local.astimezone(ghost.GMT5)}
    shown = shift.get(zone, a.local)
    assert f"{shown:%H:%M}" in text, (a.id, zone)
    assert (zone != "utc" or f"{shown:%H:%M} UTC" in text) and (
        zone != "gmt5" or f"{shown:%H:%M} (GMT+5)" in text), a.id


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for piece in [a.title, *a.tags, *(a.paragraphs if not a.table else a.shown()[:2])]:
            assert piece in text, (a.id, piece[:60])
        for row in a.table:
            assert "".join(f"<td>{c}</td>" for c in row) in markup or row[0] in text, a.id
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(
            rf"(Фото|Photo|Сурет): ?{re.escape(a.photo_credit)}", text), a.id
        assert all(p in markup for p in a.image_paths())
        assert (site.SIGNATURES[a.lang] in text) == a.signature, a.id
        assert f"{a.day:%d.%m.%Y}" in text or str(a.day.year) in text, a.id
        if a.clock:
            _times(a, text)
        stamps = re.findall(r'"datePublished": "([^"]+)"', markup)
        assert all(datetime.fromisoformat(s) == a.local for s in stamps), a.id
        assert bool(stamps) == (a.cms == "ghost" and a.jsonld), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, "/novosti/", r"/novosti/(\?page\d+)?",
                              "/novosti/?page{}")
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /search")
    checks.check_old_slug(base_url, site.by_num()[45694])
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/novosti/?page99",
                     "/novosti/?page0", "/news/1-0-3", "/search/%D0%B0/")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("eighthsite", site.truth, FIELDS)


def test_spider_on_unseen_cms_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
