"""kznews against a twenty-third copy of ic24.kz whose listings take unusual shapes
(tests/twentythirdsite).

``/novosti`` is a date archive: the newest day's news and a month calendar; older news only on
day pages ``/novosti/YYYY/MM/DD/`` (prev-day/next-day links on every day, news or not, and a
month grid linking the days with news). The site menu also links ``/lenta`` (rows linked only
by ``onclick``/``data-href``, pages only in a ``<select>`` and a form), ``/arhiv`` (oldest
first, "Новые →") and ``/vse`` (one HTML page; the rest from the JSON API ``/api/news?page=N``
named by ``<link rel="alternate" type="application/json">``). No sitemap, no RSS. The article is
a plain custom template (``<dl>`` of facts, Kazakh year-first dates, plain-text labels). The
crawl is scored field by field with ``since`` = the oldest article's day.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score, scored_crawl
from tests.copykit.server import get, served
from tests.twentythirdsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_ID = re.compile(r"/news/[A-Za-z0-9-]+-(u\d+)")
_GRID_DAY = re.compile(r'href="(/novosti/\d{4}/\d\d/\d\d/)">\d+</a></td>')
_PREV_MONTH = re.compile(r'class="cal-prev" href="(/novosti/\d{4}/\d\d/)"')

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert len({(a.lang, a.place is not None, a.source_line, a.clock is None) for a in arts}) >= 14
    bare = [a for a in arts if a.category is None and not a.tags and a.views is None]
    assert len(bare) >= 3 and {a.lang for a in bare} >= {"ru", "en"}
    for name in ("category", "views", "photo_credit", "place"):
        assert {getattr(a, name) is None for a in arts} == {True, False}, name
    assert {a.images for a in arts} == {0, 1, 2, 3}
    assert len({a.day for a in arts}) == len(arts)  # one article a day: one day page each
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path, charset="utf-8")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_words(a, text, site.AGENCY)
        assert a.category is None or f"/ {a.category}" in text
        assert a.views is None or re.search(rf"<dd>{a.views}</dd>", markup), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or f":{a.photo_credit}</figcaption>" in markup
        assert [f'src="{p}"' in markup for p in a.image_paths()] == [True] * a.images
        year = str(a.day.year)
        assert re.search(rf"<dd>[^<]*{year}[^<]*</dd>", markup), a.id
        assert a.clock is None or f", {a.clock:%H:%M}</dd>" in markup, a.id
        assert "USD/KZT 0.0" in text and "<time" not in markup and "ld+json" not in markup


def _text(target: str, base: str) -> str:
    status, _, body = get(base + target)
    assert status == 200, target
    return body.decode("utf-8")


def _ids(markup: str) -> list[str]:
    return _ID.findall(markup)


def test_calendar_reaches_every_article_by_month_grids(base_url: str) -> None:
    """The walk a mature crawler makes of the date archive: the month grid's linked days and
    the previous-month link, back to the month of the oldest news (no day-by-day chain)."""
    first = site.first_day()
    months, days, ids = [], [], set()
    front = _text("/novosti", base_url)
    assert _ids(front.split('class="day-news"')[1].split("</div></div>")[0]) == \
        [a.id for a in site.on_day(site.today())]
    page: str | None = front
    while page is not None:
        for day in _GRID_DAY.findall(page):
            days.append(day)
            ids.update(_ids(_text(day, base_url).split('class="day-pager"')[0]))
        prev = _PREV_MONTH.search(page)
        assert prev
        y, m = map(int, prev.group(1).split("/")[2:4])
        page = _text(prev.group(1), base_url) if (y, m) >= (first.year, first.month) else None
        months.append(prev.group(1))
    assert ids == set(site.truth(base_url)) and len(days) == len(site.build())
    assert len(months) > 50  # the walk alone costs more than the crawl's max_pages
    empty = _text("/novosti/2021/04/17/", base_url)
    assert "новостей нет" in empty and 'href="/novosti/2021/04/16/">← 16 апреля' in empty
    assert _text("/novosti?page=3", base_url) == front  # a query is ignored, not paged


def _lenta_links(markup: str) -> list[tuple[str, str]]:
    assert "<a href=\"/news/" not in markup.split('class="lenta"')[1].split("</table>")[0]
    return re.findall(r"onclick=\"location\.href='([^']+)'\"|data-href=\"([^\"]+)\"", markup)


def test_lenta_select_pager_and_rows_without_anchors(base_url: str) -> None:
    seen, order = set(), []
    first = _text("/lenta", base_url)
    pages = re.findall(r'<option value="([^"]+)"', first)
    assert pages == [f"/lenta?page={n}" for n in range(1, site.page_count() + 1)]
    assert 'name="page"' in first and 'href="/lenta?' not in first  # no anchor to a page
    for target in pages:
        for onclick, data_href in _lenta_links(_text(target, base_url)):
            link = onclick or data_href
            order.append(link)
            seen.add(_ID.fullmatch(link).group(1))  # type: ignore[union-attr]
    assert seen == set(site.truth(base_url)) and order == [a.path for a in site.build()]
    assert any(o for o, _ in _lenta_links(first)) and any(d for _, d in _lenta_links(first))


def _follow(start: str, base: str, nxt: Callable[[str], str | None]) -> list[str]:
    """Pages from ``start`` by the ``nxt`` link, their bodies in order."""
    out, target = [], start
    while target:
        out.append(_text(target, base))
        target = nxt(out[-1])  # type: ignore[assignment]
        assert len(out) <= site.page_count()
    return out


def test_oldest_first_archive_and_json_api(base_url: str) -> None:
    def newer(markup: str) -> str | None:
        m = re.search(r'href="([^"]+)">Новые →', markup)
        return html.unescape(m.group(1)) if m else None

    arh = [i for page in _follow("/arhiv", base_url, newer) for i in _ids(page)]
    assert arh == [a.id for a in reversed(site.build())]  # oldest first, all of them
    vse = _text("/vse", base_url)
    link = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', vse)
    assert link and link.group(1) == "/api/news?page=1"
    api: list[dict[str, str]] = []
    target: str | None = link.group(1)
    while target:
        data = json.loads(_text(target, base_url))
        api += data["items"]
        target = data["next"]
    assert [it["url"] for it in api] == [a.path for a in site.build()]
    assert _ids(vse.split('id="all"')[1]) == [it["id"] for it in api[: site.PER_PAGE]]
    truth = site.truth(base_url)
    assert all(str(truth[it["id"]]["published_at"]).startswith(it["date"]) for it in api)


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, absent=(b"Sitemap",))
    checks.check_old_slug(base_url, site.by_num()[45694])
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/sitemap.xml", "/rss", "/feed",
                     "/novosti/2030/01/01/", "/novosti/2021/02/30/", "/lenta?page=99", "/arhiv?p=0",
                     "/api/news?page=9")


# --------------------------------------------------------------------------- the crawl

# Default discovery; ``since`` the oldest article's day, so every article is in the crawl's
# range and the date archive's walk has a floor.
CRAWL_ARGS = ("-a", f"since={site.first_day():%Y-%m-%d}")


@pytest.fixture(scope="module")
def crawl(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> scoring.Score:
    workdir: Path = tmp_path_factory.mktemp("twentythirdsite")
    return scored_crawl("twentythirdsite", base_url, workdir, site.truth(base_url), FIELDS,
                        same=scoring.same_moment, shown=8, args=CRAWL_ARGS)


def test_spider_crawl_is_clean(crawl: scoring.Score) -> None:
    assert not crawl.duplicates and not crawl.unexpected, scoring.report(crawl)
    assert crawl.found > 0


def test_spider_on_unusual_listings_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
