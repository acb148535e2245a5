"""kznews against a forty-eighth copy of ic24.kz: a live news feed (tests/fortyeighthsite).

Article pages are plain; the listing ``/novosti`` groups items under day headings with only a
time ("Сегодня", "Вчера", "28 ноября", "16 апреля 2021"), pins an old story on every page,
carries "most read"/"latest" sidebars and ads, mixes ``.news_text`` blocks with ``<article
class="news-item">``, paginates by numbered links, "Следующая" and a "Показать ещё" button
loading fragments, repeats its last page past the end, and SHIFTS: new stories of today appear
on top after the first and the fourth listing page answered. Truth: every article once. The
crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) on a
fresh feed and is scored field by field.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.listing import ARTICLE
from tests.copykit.server import CopyServer, get
from tests.copykit.text import normalise
from tests.fortyeighthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_LINK = re.compile(r'(?:href|data-url)="([^"]+)"')


@pytest.fixture(scope="module")
def server() -> Iterator[CopyServer]:
    with CopyServer(site.Feed().route) as srv:  # a fresh feed: nothing published yet
        yield srv


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert len(arts) == len(truth) == 58
    checks.check_language_mix(arts, min_kk=3)
    checks.ids_in_date_order(arts)
    old = [a for a in arts if a.day.year < 2026]
    assert {a.day.year for a in old} == set(range(2019, 2026)) and len(old) == 50
    today = site.today()
    # two stories of yesterday, four published minutes ago (yesterday's too in the first
    # hour after Almaty's midnight)
    just_now = Counter(site._minutes_ago(m)[0] for m in (52, 40, 28, 16))
    assert Counter(a.day for a in arts if a.day >= today - timedelta(days=1)) == \
        Counter({today - timedelta(days=1): 2}) + just_now
    assert sum(just_now.values()) == 4 and set(just_now) <= {today, today - timedelta(days=1)}
    assert [a.wave for a in arts[:6]] == [2, 2, 1, 1, 0, 0]
    checks.check_offsets(arts, truth, FIELDS)
    checks.check_leap_days(truth)
    assert {r["category"] for r in truth.values()} >= {None}
    assert {r["views"] for r in truth.values()} >= {None}
    assert [] in [r["tags"] for r in truth.values()]
    assert any(a.clock and a.clock.hour < 6 for a in arts if a.day < today)


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.Feed().route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("UTF-8")
    markup = body.decode("utf-8")
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert templates.page_date(a) in text, a.id
        assert all(f">{t}<" in markup for t in a.tags), a.id
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or f">{a.category}<" in markup, a.id
        assert (a.views is None) == ('class="views"' not in markup), a.id
        assert a.views is None or f">{a.views}<" in markup, a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths())
        assert "USD/KZT 0.0" in text


def _ids(markup: str, within: str = "news-list") -> list[str]:
    part = markup.split(f'class="{within}"', 1)[1].split("</div></main>", 1)[0]
    return [m.group(1) for m in ARTICLE.finditer(part) if m]


def test_listing_shifts_and_carries_every_form() -> None:
    feed = site.Feed()
    assert feed.page_count() == 9
    first = feed.route("/novosti", "h")[2].decode()
    second = feed.route("/novosti?page=2", "h")[2].decode()
    pinned = f"u{site.PINNED}"
    one, two = _ids(first), _ids(second)
    assert one[0] == two[0] == pinned and len(one) == len(two) == 7
    assert two[1:3] == one[-2:]  # two stories published between the requests
    assert feed.page_count() == 10
    today = site.today()
    assert ">Вчера<" in first and ">Сегодня<" not in first
    pages = [first, second] + [feed.route(f"/novosti?page={n}", "h")[2].decode()
                               for n in range(3, 12)]
    assert ">Сегодня<" in feed.route("/novosti", "h")[2].decode()  # page 1 read again
    assert pages[10].split('class="news-list"')[1].split("<nav")[0] == \
        pages[9].split('class="news-list"')[1].split("<nav")[0]  # past the end: the last page
    joined = "\n".join(pages)
    for form in ('<div class="news_text"><a href="/news/', '<article class="news-item">',
                 "<time datetime=", "Показать ещё", 'data-url="/novosti/more?page=',
                 "data-page=", ">Следующая<", "Самое читаемое", 'class="latest"', "Реклама",
                 "<p>16 Апреля 2021</p>", '<h3 class="news-day">'):
        assert form in joined, form
    assert re.search(r'<div class="news_text"><a href="[^"]+">[^<]+</a><p>\d\d:\d\d</p>', joined)
    assert re.search(r'<h3 class="news-day">\d+ [а-я]+ 20\d\d</h3>', joined)
    if (today - timedelta(days=7)).year == today.year:
        assert re.search(r'<h3 class="news-day">\d+ [а-я]+</h3>', joined)
    assert all(p.count(f"-{pinned}\"") >= 1 for p in pages)
    assert feed.route("/novosti/more?page=11", "h")[:2] == (200, site.HTML)
    assert feed.route("/novosti/more?page=11", "h")[2] == b""
    assert len(_ids(feed.route("/novosti/more?page=4", "h")[2].decode()
                    .join(['<div class="news-list">', "</div></main>"]))) == 6


def test_listing_reaches_every_article() -> None:
    """A walker reading hrefs and data-url (list and sidebars) on a fresh feed finds all."""
    feed, ids, seen = site.Feed(), set[str](), set[str]()
    queue = [site.LISTING]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, _, body = feed.route(target, "h")
        assert status == 200, target
        for link in map(html.unescape, _LINK.findall(body.decode())):
            parts = urlsplit(urljoin("http://h" + target, link))
            found = ARTICLE.fullmatch(parts.path)
            rel = parts.path + (f"?{parts.query}" if parts.query else "")
            if found:
                ids.add(found.group(1))
            elif parts.netloc == "h" and parts.path in (site.LISTING, site.FRAGMENT):
                queue.append(rel)
    assert ids == set(site.truth("http://h"))
    assert {f"/novosti?page={n}" for n in range(2, 12)} <= seen
    assert {f"/novosti/more?page={n}" for n in (4, 6, 7, 10)} <= seen


def test_robots_redirects_and_404() -> None:
    with CopyServer(site.Feed().route) as srv:
        status, _, body = get(srv.url + "/robots.txt")
        assert status == 200 and b"User-agent: *" in body
        art = site.by_num()[45694]
        status, headers, _ = get(f"{srv.url}/news/old-slug-{art.id}")
        assert status == 301 and headers["Location"] == srv.url + art.path
        status, headers, _ = get(f"{srv.url}/novosti?page=1")
        assert status == 301 and headers["Location"] == srv.url + "/novosti"
        for path in ("/news/whatever-u1", "/nothing", "/novosti?page=51", "/novosti?page=x"):
            assert get(srv.url + path)[0] == 404, path


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawl(server: CopyServer, tmp_path_factory: pytest.TempPathFactory) -> scoring.Score:
    sc, log = checks.crawl_log("fortyeighthsite", server,
                               tmp_path_factory.mktemp("fortyeighthsite"), site.truth(server.url),
                               FIELDS, shown=40)
    gets = [t for m, t, _ in log if m == "GET"]
    print(f"requests {len(gets)}: listing "
          f"{[t for t in gets if t.startswith(site.LISTING)]}; other non-article "
          f"{[t for t in gets if not t.startswith(('/news/', site.LISTING))]}")
    return sc


test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_live_feed_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
