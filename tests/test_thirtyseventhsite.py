"""kznews against a thirty-seventh copy of ic24.kz built the way Kazakhstan's news sites are
(tests/thirtyseventhsite): a state agency portal (bold lead, 'Астана. AGENCY —' datelines,
Автор/Фото blocks), a Yii2 regional portal (breadcrumbs, 'Просмотров:', ``?page=N`` pager that
links page 1 as ``?page=1``), a large portal ('Вчера, 09:10', tags row, read-also cards), a
portal holding the article in HTML and ``window.__INITIAL_STATE__``, a Next.js page with
``data-qa`` hooks and a Kazakh interface over Russian text, long reads (author cards with
portraits, chapter sub-headings) and TV pages (video first, transcript, the channel as source),
with Нур-Султан datelines, Latin-script Kazakh headlines, tenge figures, press-service reprints,
and a language switcher linking every page to itself with ``?lang=``. The crawl is scored field by
field against the truth and its requests are counted against the distinct pages.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer, get
from tests.copykit.text import normalise
from tests.thirtyseventhsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
Log = list[tuple[str, str, int]]


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.cms for a in arts} == set(site.TEMPLATES)
    assert {a.source_kind for a in arts} == {None, "line", "lead", "press", "channel"}
    assert {(a.cms, a.place is not None) for a in arts} >= {(c, True) for c in site.TEMPLATES
                                                            if c != "tv"}
    assert any(a.place in ("Нур-Султан", "Нұр-Сұлтан") for a in arts)
    assert any(re.search("[ñğūüöäışçǵńýı]", a.title) for a in arts if a.lang == "kk")
    assert any("₸" in p for a in arts for p in a.paragraphs)
    assert any(a.headings for a in arts) and any(a.clock is None for a in arts)
    newest = arts[0]
    assert newest.day == site.relative_day() and newest.cms == "portal"
    checks.check_leap_days(truth)
    assert truth["u49120"]["source"] == site.PRESS[0] and truth["u49120"]["views"] == 683


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path, charset="utf-8")


def _dateline(art: site.Article) -> str:
    if art.cms in ("agency", "longread"):
        return templates.kazinform_dateline(art)
    return art.dateline()


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        assert not a.place or normalise(_dateline(a) + a.paragraphs[0]) in text, a.id
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(
            rf"(Фото|Сурет):? ?©? ?{re.escape(a.photo_credit)}", text), a.id
        assert all(p in markup for p in a.image_paths())
        assert "USD/KZT 0.0" in text and "Ақпарат орталығы" in text
        if a.cms in ("state", "qa"):
            blob = re.search(r"__INITIAL_STATE__ = (.*?);</script>|type=\"application/json\">"
                             r"(.*?)</script>", markup)
            assert blob, a.id
            data = json.loads(blob.group(1) or blob.group(2))
            got = data.get("article") or data["props"]["pageProps"]["news"]
            assert got["title"] == a.title and got["views"] == a.views
            assert datetime.fromisoformat(got.get("publishedAt") or got["date"]) == a.local


def test_relative_dates_on_the_big_portal() -> None:
    newest = site.build()[0]
    ago = (site.almaty_today() - newest.day).days
    shown = templates.relative(newest)
    assert shown == (f"Вчера, {newest.clock:%H:%M}" if ago == 1 else templates.long_date(newest))
    assert shown in _page(newest)[1]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, start=1)
    assert site.page_count() >= 4
    # Yii2's pager links page 1 as ?page=1: the same page under a second address
    assert get(base_url + "/novosti")[2] == get(base_url + "/novosti?page=1")[2]


def test_robots_redirects_switcher_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /*?print=")
    art = site.by_num()[45694]
    checks.check_old_slug(base_url, art)
    # the language switcher's ?lang= links answer the same page again
    assert get(f"{base_url}{art.path}?lang=kk")[2] == get(base_url + art.path)[2]
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/novosti?page=99",
                     "/novosti?page=0")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawl_run(server: CopyServer,
              tmp_path_factory: pytest.TempPathFactory) -> tuple[scoring.Score, Log]:
    """One crawl with the default discovery and arguments (``scored_crawl``: ``max_pages=50``,
    ``KZNEWS_RENDER=never``), and the requests it made."""
    workdir: Path = tmp_path_factory.mktemp("thirtyseventhsite")
    sc, log = checks.crawl_log("thirtyseventhsite", server, workdir, site.truth(server.url),
                               FIELDS)
    print(request_report(log))
    return sc, log


crawl = checks.score_of("crawl_run")


def _twice(log: Log) -> list[str]:
    counts = Counter(target for method, target, _ in log if method == "GET")
    return sorted(t for t, n in counts.items() if n > 1)


def _traps(log: Log) -> list[str]:
    """Addresses that only repeat a page: the switcher's ?lang=, print versions, ?page=1."""
    return sorted({t for _, t, _ in log if re.search(r"[?&](lang|print)=|\?page=1$", t)})


def request_report(log: Log) -> str:
    targets = {t for _, t, _ in log}
    return (f"requests {len(log)}, distinct targets {len(targets)}, distinct pages "
            f"{1 + site.page_count() + len(site.build())} (robots, listing, articles); "
            f"fetched twice {_twice(log)[:10]}; traps followed {_traps(log)[:10]}")


def test_spider_on_kazakh_portal_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def test_no_page_fetched_twice_and_no_trap(crawl_run: tuple[scoring.Score, Log]) -> None:
    _, log = crawl_run
    assert not _twice(log) and not _traps(log), request_report(log)
