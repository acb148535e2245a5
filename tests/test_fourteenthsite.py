"""kznews against a fourteenth copy of ic24.kz: unseen discovery and article markup
(tests/fourteenthsite).

Discovery: a listing paginated only by a "Загрузить ещё" button (``data-url="/novosti?page=2"``,
no ``<a>`` to page 2, later pages bare HTML chunks, ``<link rel="next">`` on a few), items under
"Сегодня"/"Вчера"/"16 апреля" headings with times only or with relative dates ("3 күн бұрын"),
each article linked two or three times; a sitemap index and an RSS feed; the oldest articles
only in the sitemap. Articles: a Dzen-like post, a Medium-like story and a CMS item with the
whole text in one ``itemprop="articleBody"``. The crawl asks for every discovery mode SPEC names
(``discover=listing,sitemap,feed``) and is scored field by field against the truth.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import pytest

from tests.copykit import checks, listing, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, scored_crawl
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.fourteenthsite import feeds, medium, site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
DISCOVER = "discover=listing,sitemap,feed"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {(a.cms, a.lang) for a in arts} == {(c, lang) for c in site.TEMPLATES
                                               for lang in ("ru", "en", "kk")}
    mixes = {(a.cms, a.place is not None, a.source_line, a.clock is None) for a in arts}
    assert len(mixes) >= 14
    assert {(a.cms, a.view_style) for a in arts if a.views} == {
        (c, s) for c in site.TEMPLATES for s in site.VIEW_STYLES}
    assert any(a.rubric_in_title for a in arts) and any(a.views and a.views >= 1000 for a in arts)
    assert any(a.category is None and not a.tags and a.views is None for a in arts)
    # English numeric dates a day-first reader would misread, and ones only month-first fits
    en_days = {a.day.day for a in arts if a.lang == "en" and a.cms != "medium"}
    assert min(en_days) <= 12 < max(en_days)
    assert site.SITEMAP_ONLY > 0 and len(site.listed()) == len(arts) - site.SITEMAP_ONLY
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("UTF-8")
    markup = body.decode("utf-8")
    glued = re.sub(r'<span class="pw-drop-cap hm">(.)</span>', r"\1", markup)  # one word
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", glued)))


def _read_numeric(shown: str, lang: str) -> datetime:
    """The reading rule: day first on ru/kk pages, month first on en pages."""
    return datetime.strptime(shown, ("%m/%d/%Y" if lang == "en" else "%d/%m/%Y")
                             + (" %H:%M" if " " in shown else ""))


def _dates_shown(a: site.Article, markup: str, text: str) -> None:
    if a.cms == "zen":
        shown = re.search(r'stats-view__info">(\d\d/\d\d/\d{4}(?: \d\d:\d\d)?)<', markup)
        assert shown and _read_numeric(shown[1], a.lang) == a.local.replace(tzinfo=None), a.id
    elif a.cms == "medium":
        assert medium.shown_date(a) in text
        stamp = re.search(r'article:published_time" content="([^"]+)"', markup)
        assert (stamp is None) == (a.clock is None)
        if stamp:
            assert datetime.fromisoformat(stamp[1]).astimezone(UTC) == a.local, a.id
    else:
        assert templates.worded_date(a) in text and f'content="{a.day.isoformat()}"' in markup


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        for tag in a.tags:
            assert re.search(rf">#?{re.escape(tag)}<", markup), (a.id, tag)
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or f">{a.category}<" in markup
        assert (f"{a.category} | {a.title}" in text) == a.rubric_in_title, a.id
        assert (normalise(templates.views(a)) in text) if a.views is not None else \
            not re.search(r"👁|views|просмотров|қаралды", text), a.id
        assert a.source is None or a.source in text
        label = templates.PHOTO[a.lang]
        assert (a.photo_credit is not None) == (f"{label}:" in text), a.id
        assert a.photo_credit is None or re.search(rf"{label}: ?{re.escape(a.photo_credit)}", text)
        assert all(f'src="{p}"' in markup for p in a.image_paths())
        assert "USD/KZT 0.0" in text
        _dates_shown(a, markup, text)


def test_views_and_relative_dates_read_as_a_reader_would() -> None:
    a = next(x for x in site.build() if x.views and x.views >= 1000 and x.lang == "ru")
    assert templates.number(a.views, "ru").replace("\u00a0", "") == str(a.views)
    assert templates.number(12345, "en") == "12,345"
    newest, second = site.build()[:2]
    assert feeds.heading(newest.day) == "Сегодня" and feeds.heading(second.day) == "Вчера"
    assert feeds.relative(newest) == "2 hours ago"  # 18:40 seen at 21:30
    assert feeds.relative(second) == f"кеше {second.clock:%H:%M}"
    labels = {feeds.relative(x) for x in site.listed()}
    assert any(re.fullmatch(r"\d+ (жыл|ай|күн) бұрын", x) for x in labels)
    assert any(re.fullmatch(r"\d+ (года|лет|год|месяц[аев]*) назад", x) for x in labels)
    old = [feeds.heading(x.day) for x in site.listed() if x.day.year < site.now().year]
    assert old and all(re.fullmatch(r"\d+ [А-Я][а-я]+ \d{4}", h) for h in old)


def _follow(base_url: str, start: str) -> tuple[set[str], set[str]]:
    """What a crawler can follow from the listing: article links, ``<a>``/``<link>`` hrefs and
    the load-more button's ``data-url`` to other listing pages."""
    queue, pages, ids = [start], set[str](), set[str]()
    while queue:
        target = queue.pop()
        if target in pages:
            continue
        pages.add(target)
        status, _, body = get(base_url + target)
        assert status == 200, target
        for href in re.findall(r'(?:href|data-url)="([^"]+)"', body.decode("utf-8")):
            parts = urlsplit(urljoin(base_url + target, html.unescape(href)))
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if found := listing.ARTICLE.fullmatch(parts.path):
                ids.add(found[1])
            elif re.fullmatch(r"/novosti(\?page=\d+)?", link):
                queue.append(link)
    return ids, pages


def test_listing_pagination_reaches_every_listed_article(base_url: str) -> None:
    ids, pages = _follow(base_url, "/novosti")
    assert ids == {a.id for a in site.listed()}
    assert pages == checks.paged("/novosti", "/novosti?page={}", range(2, site.page_count() + 1))
    assert site.page_count() >= 4
    # plain <a> links alone never leave the first page: the button is the only way on
    by_links, visited = listing.walk(base_url, "/novosti", re.compile(r"/novosti(\?page=\d+)?"))
    assert visited == {"/novosti"} and by_links == {a.id for a in site.page_items(1)}
    first = get(base_url + "/novosti")[2].decode()
    assert 'data-url="/novosti?page=2"' in first and 'rel="next"' not in first
    assert "<html" not in get(base_url + "/novosti?page=2")[2].decode()
    third = get(base_url + "/novosti?page=3")[2].decode()
    assert '<link rel="next" href="/novosti?page=4">' in third


def _locs(base_url: str, path: str, tag: str) -> list[str]:
    status, _, body = get(base_url + path)
    assert status == 200, path
    return [e.text or "" for e in ET.fromstring(body).iter(f"{SM}{tag}")]


def test_sitemap_index_holds_every_article_and_rss_the_newest(base_url: str) -> None:
    maps = _locs(base_url, "/sitemap.xml", "loc")
    assert [urlsplit(m).path for m in maps] == ["/sitemap-news-1.xml", "/sitemap-news-2.xml"]
    urls = [u for m in maps for u in _locs(base_url, urlsplit(m).path, "loc")]
    truth = site.truth(base_url)
    assert sorted(urls) == sorted(r["url"] for r in truth.values())
    only_sitemap = set(truth) - {a.id for a in site.listed()}
    assert len(only_sitemap) == site.SITEMAP_ONLY
    rss = ET.fromstring(get(base_url + "/rss.xml")[2])
    links = [e.text or "" for e in rss.iter("link")][1:]
    assert [listing.ARTICLE.search(u)[1] for u in links] == [  # type: ignore[index]
        a.id for a in site.build()[:feeds.RSS_ITEMS]]
    assert not only_sitemap & {a.id for a in site.build()[:feeds.RSS_ITEMS]}


def test_robots_redirects_and_past_the_end(base_url: str) -> None:
    status, _, body = get(base_url + "/robots.txt")
    assert status == 200 and f"Sitemap: {base_url}/sitemap.xml".encode() in body
    art = site.by_num()[45694]
    status, headers, _ = get(f"{base_url}/news/{art.id}")  # the "Читать" short link
    assert status == 301 and headers["Location"] == base_url + art.path
    assert get(f"{base_url}/novosti?page={site.page_count() + 1}")[:3:2] == (200, b"")
    checks.check_404(base_url, "/news/whatever-u1", "/nothing")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawl(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> scoring.Score:
    return scored_crawl("fourteenthsite", base_url, tmp_path_factory.mktemp("fourteenthsite"),
                        site.truth(base_url), FIELDS, same=scoring.same_moment, shown=8,
                        args=("-a", DISCOVER))


def test_spider_on_unseen_discovery_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
