"""kznews against a seventy-first copy of ic24.kz, a NetCat 6 site (tests/seventyfirstsite).

SITE.md read again with NetCat's article template in mind: ``tpl-field-*`` blocks, the photo
field with its own credit field, a labelled ``Рубрика:`` and ``Источник:`` block, ``tags_bar``
links, a ``d.m.Y H:i`` Created field beside the info line, "Похожие материалы" and the badged
latest-news block, ``?curPos=`` offset paging, a print version, ``<html lang="ru">`` on English
pages and windows-1251 on the 2020 Russian pages; a third of the pages deviate in small ways.
The crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.seventyfirstsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    charset = "windows-1251" if site.old_charset(art) else "utf-8"
    assert status == 200 and headers["Content-Type"] == f"text/html; charset={charset}"
    markup = html.unescape(body.decode(charset))
    return markup, normalise(re.sub(r"<[^>]+>", " ", markup))


def _info_line(markup: str) -> str:
    found = re.search(r'<div class="tpl-block-info">(.*?)</div>', markup)
    assert found is not None
    return normalise(re.sub(r"<[^>]+>", "", found.group(1)))


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.quirk for a in arts} == {None, *site.QUIRKS}
    assert 0.25 <= sum(a.quirk is not None for a in arts) / len(arts) <= 0.45
    assert any(a.hazard for a in arts) and any(a.zw_title for a in arts)
    assert any(site.old_charset(a) for a in arts)
    for name in ("category", "views", "source", "photo_credit", "dateline_place"):
        assert {r[name] is None for r in truth.values()} == {True, False}, name
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    markup, _ = _page(site.by_num()[49120])
    assert _info_line(markup) == "20 Апреля 2023 683 Социум Алматы, аким, субботник"
    markup, _ = _page(site.by_num()[46768])
    assert _info_line(markup).startswith("2 August 2021 ")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        assert (f"{AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or f"Рубрика: {a.category}" in text, a.id
        assert a.views is None or f"{a.views}" in _info_line(markup), a.id
        assert a.source is None or a.source in text, a.id
        assert a.source is None or not a.source_line or f"Источник: {a.source}" in text, a.id
        assert a.photo_credit is None or re.search(
            rf"Фото: ?{re.escape(a.photo_credit)}", text), a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert (a.clock is None) == ("tpl-field-created" not in markup), a.id
        assert a.clock is None or f"{a.day:%d.%m.%Y} {a.clock:%H:%M}" in text, a.id
        assert "USD/KZT 0.0" in text and "Похожие материалы" in text, a.id
        assert '<html lang="ru">' in markup and "mc.yandex.ru" in markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(base_url, site.LISTING, re.compile(r"/novosti/(\?curPos=\d+)?"),
                         site.truth(base_url), site.listing_pages())
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/novosti/?curPos=5",
                               f"/novosti/?curPos={site.page_count() * site.PER_PAGE}")
    checks.check_robots(base_url, b"Disallow: /*?print=")
    checks.check_moved(base_url, "/novosti", site.LISTING)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("seventyfirstsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_every_page_fetched(crawl_run: checks.Logged) -> None:
    """The listing pages and every article reached (the print versions are not needed)."""
    checks.check_fetched(crawl_run[1], {*site.listing_pages(), *(a.path for a in site.build())})


def test_spider_on_netcat_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
