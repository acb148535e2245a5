"""kznews against a twelfth copy of ic24.kz in markup no other copy uses (tests/twelfthsite).

Nuxt/Vue server-rendered pages (``data-v-*`` on every element, BEM classes, the state once more
in a ``window.__NUXT__`` function call), Hugo static pages (``h-entry`` microformats, UTC
``dt-published`` stamps that are the next day in Almaty, ``rel="tag"`` lists) and Wix/Webflow
builder pages (``data-hook`` attributes, ``<span>`` runs, ``w-richtext``, 16 anonymous
``<div>`` levels, "16 апр. 2021 г." day-only dates, ``<html lang="ru">`` on every post), with
lazy images (pixel placeholders, ``data-src``, ``data-lazy-src``, ``srcset`` only,
``<picture>``), sub-headings, lists, tables and quotes in the text, share bars, cookie banners,
"Ещё по теме" blocks, "ASTANA, April 16 – Information Center – " datelines and Kazakh labels;
the listing is paginated as ``/novosti/page/N/``. The crawl is scored field by field.
"""

from __future__ import annotations

import re
from datetime import datetime

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.twelfthsite import builder, hugo, site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {(a.cms, a.lazy) for a in arts if a.images} == {
        (c, z) for c in site.TEMPLATES for z in site.LAZY}
    kinds = {(a.cms, kind) for a in arts for kind, _ in a.blocks}
    assert kinds == {(c, k) for c in site.TEMPLATES for k in ("p", "h2", "ul", "ol", "table",
                                                              "quote")}
    assert {(a.cms, a.related_inside) for a in arts if a.related} == {
        (c, i) for c in site.TEMPLATES for i in (False, True)}
    assert {(a.cms, a.place is not None, a.source_line) for a in arts} == {
        (c, p, s) for c in site.TEMPLATES for p in (False, True) for s in (False, True)}
    assert {a.flavour for a in arts if a.cms == "builder"} == {"wix", "webflow"}
    assert any(a.caps_dateline and a.place for a in arts)
    assert all(a.clock is None for a in arts if a.cms == "builder")
    assert all(a.clock for a in arts if a.cms != "builder")
    # Hugo stamps that fall on the day before in UTC
    assert sum(a.cms == "hugo" and hugo.stamp(a)[:10] != str(a.day) for a in arts) >= 4
    assert any(a.category is None and not a.tags and a.views is None for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def _dates_on_page(art: site.Article, markup: str) -> None:
    if art.cms == "hugo":
        stamp = re.search(r'class="dt-published" datetime="([^"]+)"', markup)
        assert stamp and datetime.fromisoformat(stamp.group(1)) == art.local, art.id
    elif art.cms == "nuxt":
        stamp = re.search(r'\(null,true,null,"([^"]+)"', markup)
        assert stamp and datetime.fromisoformat(stamp.group(1)) == art.local, art.id
        assert f"{templates.long_date(art)}, {art.clock:%H:%M}" in markup
        assert 'class="news-detail__text"' not in markup  # every tag carries data-v-*
        assert re.search(r'<div data-v-9c8d7e6f class="article-content__body news-detail__text"',
                         markup)
    else:
        assert f'data-hook="time-ago">{builder.short_date(art)}<' in markup, art.id
        assert not re.search(r"\b\d\d:\d\d\b", markup), art.id


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        agency = site.AGENCY[a.lang]
        assert (f"{agency} - " in text or f"– {agency} –" in text) == bool(a.place), a.id
        assert a.place is None or a.dateline().strip() in text, a.id
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(
            rf"(Фото|Сурет): {re.escape(a.photo_credit)}", text)
        for path in a.image_paths():
            assert path in markup and not re.search(rf'\ssrc="{re.escape(path)}"',
                                                    markup.split("<noscript")[0]), a.id
        assert (templates.MORE[a.lang] in text) == bool(a.related), a.id
        for other in templates.related(a):
            assert f'href="http://h{other.path}"' in markup
        assert templates.SHARE[a.lang] in text and "USD/KZT 0.0" in text
        _dates_on_page(a, markup)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, "/novosti/", r"/novosti/(page/\d+/)?",
                              "/novosti/page/{}/")
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    status, headers, _ = get(base_url + "/novosti/page/1/")
    assert status == 301 and headers["Location"] == base_url + "/novosti/"
    assert get(f"{base_url}/novosti/page/{site.page_count()}/")[0] == 200
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti/page/{site.page_count() + 1}/")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twelfthsite", site.truth, FIELDS)


def test_spider_on_unseen_markup_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
