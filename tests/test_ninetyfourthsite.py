"""kznews against a ninety-fourth copy of ic24.kz, a Substack publication (tests/ninetyfourthsite).

The copy's posts live at ``/p/<slug>`` (the outlet's ``u<N>`` only in the JSON-LD ``@id``) and
carry Substack's post header (``h1.post-title``, ``h3.subtitle``, a ``pencraft`` byline with the
UTC day as "Apr 19, 2023"), ``div.available-content > div.body.markup`` with CDN image copies,
subscribe widgets, buttons, embeds and footnotes, the moment only in JSON-LD and
``window._preloads``; imported posts start with the old site's info line. The archive shows
twelve posts and pages by a JSON API; the sitemaps named by robots.txt list every post. The
crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.ninetyfourthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_POST_HREF = re.compile(r'href="[^"]*?(/p/[a-z0-9-]+)"')
_LOC = re.compile(r"<loc>([^<]+)</loc>")
_JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
# what a crawl may fetch besides robots.txt and the posts: the discovery pages, once each
_DISCOVERY = re.compile(r"/sitemap\.xml|/sitemap/\d{4}|/feed|/|/novosti/?|/archive(\?sort=\w+)?"
                        r"|/api/v1/archive\?[\w=&%]*")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_look_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.look for a in arts} == {"plain", *site.LOOKS}
    assert sum(a.look != "plain" for a in arts) * 4 >= len(arts)
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    sub = truth["u49120"]
    assert sub["tags"] == ["Алматы", "аким", "субботник"]
    assert sub["published_at"] == "2023-04-20T00:00:00+06:00"  # imported: Almaty midnight
    assert sub["url"] == "http://h/p/v-almaty-proshel-obshchegorodskoy-subbotnik"
    natives = [a for a in arts if not a.imported]
    assert len(natives) >= 5 and all(a.views is None for a in natives)
    assert all(a.imported for a in arts if a.look in site.IMPORT_LOOKS)
    early = next(a for a in arts if a.look == "small_hours")
    assert early.local.hour < 6 and early.utc.date() < early.day
    paid = next(a for a in arts if a.look == "paywall")
    assert paid.locked and len(paid.paragraphs) == 2 and not paid.source_line
    for a in arts:
        assert a.images == len(truth[a.id]["image_urls"])  # type: ignore[arg-type]
        assert a.id not in a.path and f"-{a.id}" in a.legacy_path


def _json_ld(markup: str) -> dict[str, object]:
    found = _JSONLD.search(markup)
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_words(a, text, AGENCY)
        for para in a.notes:
            assert para in text, (a.id, para)
        assert a.category is None or a.category in text, a.id
        assert a.source is None or a.source in text, a.id
        assert a.source_line == (f"Источник: {a.source}" in text), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert (templates.info_line(a) in text) == a.imported, a.id
        assert templates.ui_date(a.utc, templates.ui_lang(a)) in text, a.id
        assert all(p not in text for p in a.locked), a.id
        assert (templates.UI[templates.ui_lang(a)]["paywall"] in text) == a.paywalled, a.id
        data = _json_ld(markup)
        assert data["@id"] == "http://h" + a.legacy_path and data["url"] == "http://h" + a.path
        assert data["datePublished"] == templates.iso_z(a.utc)
        assert f"{a.id}" not in markup.replace(a.legacy_path, ""), a.id  # only in the @id
        assert "USD/KZT 0.0" in text and 'class="post-title' in markup
        assert 'window._preloads        = JSON.parse("' in markup
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in checks.page(
        site.route, site.by_num()[49120].path, charset="utf-8")[1]


def test_seed_pages_keep_their_hazards() -> None:
    markup, text = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "<p>\u00a0</p>" in markup and "Read in English" in text
    assert "Алматы. 16 апреля. Центр информации - " in text
    en_markup, _ = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_markup
    widget = next(a for a in site.build() if a.look == "widget_paragraph")
    assert f"<p>{templates.CURRENCY_TEXT}</p>" in checks.page(site.route, widget.path,
                                                              charset="utf-8")[0]


def _slugs_linked(body: bytes) -> set[str]:
    return {m.rsplit("/", 1)[1] for m in _POST_HREF.findall(body.decode("utf-8"))}


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    every = set(site.by_slug())
    status, _, first = get(base_url + site.LISTING)
    newest = [a.slug for a in site.build()[: site.PER_PAGE]]  # type: ignore[attr-defined]
    assert status == 200 and _slugs_linked(first) >= set(newest)
    assert b"offset=" not in first  # no plain link to older posts: the reader scrolls
    seen, offset = set(newest), site.PER_PAGE
    while True:
        status, _, chunk = get(f"{base_url}/api/v1/archive?sort=new&offset={offset}&limit=12")
        posts = json.loads(chunk)
        if not posts:
            break
        seen |= {urlsplit(p["canonical_url"]).path.rsplit("/", 1)[1] for p in posts}
        offset += len(posts)
    assert seen == every and offset == len(every)
    # the sitemaps robots.txt names list every post
    robots = get(base_url + "/robots.txt")[2].decode()
    index_url = re.search(r"Sitemap: (\S+)", robots)
    assert index_url is not None
    listed = set()
    for year_url in _LOC.findall(get(index_url.group(1))[2].decode()):
        listed |= {urlsplit(u).path.rsplit("/", 1)[1]
                   for u in _LOC.findall(get(year_url)[2].decode())}
    assert listed == every
    feed = get(base_url + "/feed")[2].decode()
    assert len(re.findall(r"<item>", feed)) == 20


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, f"Sitemap: {base_url}/sitemap.xml".encode())
    checks.check_old_slug(base_url, site.by_num()[45694])
    checks.check_moved(base_url, "/novosti", site.LISTING)
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/p/nothing", "/sitemap/2019",
                     "/s/nothing")
    status, _, body = get(base_url + site.by_num()[49120].path + "?utm_source=substack")
    assert status == 200 and b"u49120" in body  # a share link serves the post itself


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("ninetyfourthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every post once; besides robots.txt and the discovery pages (archive, its API, the
    sitemaps, the feed, the old listing's redirect) at most a few other targets — no post
    again under a share link, no comment page per post. The archive links no address with
    an id: kznews reads such an empty listing page once more (a fault may pass,
    docs/DISCOVERY.md), so it alone may come twice."""
    gets = crawl_run[1]
    posts = {a.path for a in site.build()}
    checks.check_fetched(gets, posts)
    targets = [t for t, _ in gets]
    twice = Counter(targets)
    assert {t for t, n in twice.items() if n > 1} <= {site.LISTING}, twice.most_common(3)
    assert twice[site.LISTING] <= 2
    other = {t for t in targets
             if t not in posts and t != "/robots.txt" and not _DISCOVERY.fullmatch(t)}
    assert len(other) <= 6, sorted(other)


def test_spider_on_substack_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

