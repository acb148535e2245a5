"""kznews against a fifth copy of ic24.kz in the markup of 2005-2012 Russian CMSs (tests/fifthsite).

DLE, Bitrix and Joomla 1.5 pages written without looking at the spider: text as ``<br>``-runs
in one container with or without a dateline, the rubric only in the breadcrumb (the last
linked crumb before the title, or the plain last crumb) or nowhere at all, linked tags next to
linked rubrics, view counters, created and modified dates, windows-1251 pages and a DLE
``/novosti/page/N/`` listing. The crawl is scored field by field against the ground truth.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.fifthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS, min_kk=2)
    for a in arts:
        assert all(str(u).startswith("http://h/uploads/") for u in a.truth("http://h")[
            "image_urls"])  # type: ignore[attr-defined]
        assert (a.category is None) == (a.crumbs in ("none", "absent"))
    mixes = {(a.cms, a.crumbs, a.place is not None) for a in arts}
    assert len(mixes) == 3 * 4 * 2  # every template x rubric placement x dateline
    no_rubric = [a for a in arts if a.category is None]
    assert len(no_rubric) >= 5 and all(a.tags for a in no_rubric)
    assert {a.charset for a in arts} == {"utf-8", "cp1251", "cp1251-meta"}
    assert any(a.clock for a in arts) and any(not a.clock for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page_text(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200
    cp1251 = art.charset.startswith("cp1251")
    assert ("windows-1251" in headers["Content-Type"]) == (art.charset == "cp1251")
    markup = body.decode("cp1251" if cp1251 else "utf-8")
    assert ("charset=windows-1251" in markup) == cp1251
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page_text(a)
        container = {"dle": r'<div class="full-story"[^>]*>(.*?)</div><div class="tags"|'
                            r'<div class="full-story"[^>]*>(.*?)</div><div class="print"',
                     "bitrix": r'<div class="news-detail">(.*?)<div style="clear:both">',
                     "joomla": r'<tr><td valign="top">(.*?)</td></tr>'}[a.cms]
        m = re.search(container, markup, re.S)
        assert m and "<p" not in (m.group(1) or m.group(2)) and "<br" in (m.group(1) or m.group(2))
        checks.check_story_words(a, text, site.AGENCY)
        assert a.dateline() in text
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf"(Просмотров|Views|Hits|Қаралды|просмотров): "
                                            rf"{a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(rf"Фото: ?{re.escape(a.photo_credit)}", text)
        assert all(p in markup for p in a.image_paths())
        assert "USD/KZT 0.0" in text and "Подробнее" not in text


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, "/novosti", r"/novosti/page/\d+/",
                              "/novosti/page/{}/")
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    status, headers, _ = get(base_url + "/novosti/page/1/")
    assert status == 301 and headers["Location"].endswith("/novosti/")
    checks.check_404(base_url, "/novosti/page/99/", "/news/whatever-u1", "/nothing")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("fifthsite", site.truth, FIELDS, same=scoring.exact, shown=scoring.SHOWN)


def test_spider_on_old_cms_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
