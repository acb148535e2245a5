"""kznews against a ninety-second copy of ic24.kz, a Squarespace 7.1 blog (tests/ninetysecondsite).

The copy's posts carry Squarespace's entry-title, dt-published, itemprop/JSON-LD datePublished
with a colon-less offset, a sqs-layout of code, image, html, quote, summary, markdown, video
and button blocks, ``?format=`` copies of every picture on images.squarespace-cdn.com,
``?category=``/``?tag=`` links and the item pagination; the ``/news`` blog list pages by
``?offset=<epoch ms>``. The crawl runs with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.ninetysecondsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
PAGE = re.compile(r"/news(\?offset=\d+)?")
LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>')

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _info_line(a: site.Article) -> str:
    parts = [templates.info_date(a)]
    if a.views is not None:
        parts.append(str(a.views))
    if a.category:
        parts.append(a.category)
    if a.tags:
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def test_truth_shape_and_every_look_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.look for a in arts} == {"plain", *site.LOOKS}
    assert sum(a.look != "plain" for a in arts) * 4 >= len(arts)
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert {len(a.image_urls()) for a in arts} == {0, 1, 2}
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    assert truth["u49120"]["published_at"] == "2023-04-20T10:30:00+06:00"
    assert all("?format=" not in u for r in truth.values() for u in r["image_urls"])
    early = next(a for a in arts if a.look == "early_hours")
    assert early.local.hour < 5 and early.local.astimezone(UTC).date() < early.day
    live = next(a for a in arts if a.look == "live_seconds")
    assert live.local.second and str(truth[live.id]["published_at"])[17:19] != "00"


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, "text/html;charset=utf-8")
        for para in [a.title, *a.paragraphs]:
            shown = para.strip("“”") if a.look == "quote_block" else para
            assert shown in text, (a.id, para[:60])
        assert (_info_line(a) in text) == (a.look != "no_infoline"), a.id
        assert all(t in text for t in a.tags), a.id
        assert (f"{AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert not a.place or a.dateline() in text, a.id
        assert a.source is None or a.source in text, a.id
        assert a.source_line == (f"Источник: {a.source}" in text), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        for url in a.image_urls():
            assert f'data-image="{url}"' in markup and f'<noscript><img src="{url}"' in markup
            assert (f"{url}?format=2500w 2500w" in markup) == (a.look != "lazy_image"), a.id
        stamp = templates.stamp(a.local)
        assert f'<meta itemprop="datePublished" content="{stamp}"/>' in markup
        article_ld = [json.loads(x) for x in LD.findall(markup)][-1]
        assert article_ld["@type"] == "Article" and article_ld["datePublished"] == stamp
        assert datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z") == a.local
        assert f'datetime="{a.day.isoformat()}"' in markup and 'lang="en-US"' in markup
        assert "USD/KZT 0.0" in text and 'class="entry-title' in markup
        assert "item-pagination-title" in markup and ("Previous" in text or "Next" in text)
    subbotnik = checks.page(site.route, site.by_num()[49120].path, "text/html;charset=utf-8")
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in subbotnik[1]
    assert 'content="2023-04-20T10:30:00+0600"' in subbotnik[0]


def test_looks_render_as_squarespace_blocks() -> None:
    marks = {"quote_block": "<span>“</span>", "summary_block": "summary-v2-block",
             "markdown": "sqs-block-markdown", "video": "data-block-json=",
             "button_block": "sqs-block-button-element", "credit_text": "sqsrte-small",
             "caption_long": ". Фото:", "source_link": "Источник: <a "}
    for a in site.build():
        markup = checks.page(site.route, a.path, "text/html;charset=utf-8")[0]
        for look, mark in marks.items():
            assert (mark in markup) == (a.look == look), (a.id, look)
    hazard = next(a for a in site.build() if a.look == "hazards")
    markup = checks.page(site.route, hazard.path, "text/html;charset=utf-8")[0]
    assert "\u00a0" in markup and "\u200b" in markup


def test_seed_pages_keep_their_hazards() -> None:
    markup, text = checks.page(site.route, site.by_num()[45694].path, "text/html;charset=utf-8")
    assert f"{templates.P}\u00a0</p>" in markup and 'hreflang="en"' in markup
    assert "Алматы. 16 апреля. Центр информации - " in text
    en_markup, _ = checks.page(site.route, site.by_num()[46768].path, "text/html;charset=utf-8")
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    pages = {site.page_target(n) for n in range(1, site.page_count() + 1)}
    checks.check_listing(base_url, site.OLD_LISTING, PAGE, site.truth(base_url),
                         pages | {site.OLD_LISTING})
    assert site.page_count() == 3
    # "Newer Posts" of page 2 shows page 1 again, under its own (robots-disallowed) address
    newer = site.listed(f"reversePaginate=true&offset={site.page_items(2)[0].publish_on}")
    assert newer == list(site.page_items(1))


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/news?offset=abc",
                               "/news?page=2")
    checks.check_robots(base_url, b"Disallow:/*?reversePaginate=*", b"Sitemap: ")
    checks.check_moved(base_url, "/", site.BLOG, 302)
    checks.check_moved(base_url, site.OLD_LISTING, site.BLOG)
    status, headers, body = get(base_url + "/sitemap.xml")
    assert status == 200 and body.count(b"<loc>") == len(site.build()) + 1
    status, headers, body = get(base_url + "/news?format=rss")
    assert status == 200 and body.count(b"<item>") == site.PER_PAGE


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("ninetysecondsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once, robots' disallowed newer-posts pages never; beyond robots, the blog
    list and the posts only the old listing's redirect, the sitemap and feed Squarespace serves
    and a few discovery probes answered 404."""
    gets = crawl_run[1]
    known = {"/robots.txt", *(site.page_target(n) for n in range(1, site.page_count() + 1)),
             *(a.path for a in site.build())}
    served = {site.OLD_LISTING, "/", "/sitemap.xml", "/news?format=rss"}
    counts = Counter(t for t, _ in gets)
    assert not [t for t, n in counts.items() if n > 1], counts.most_common(5)
    checks.check_fetched(gets, known)
    assert not [t for t in counts if "reversePaginate" in t]
    other = {(t, s) for t, s in gets if t not in known | served}
    assert all(s == 404 for _, s in other) and len(other) <= 6, sorted(other)


def test_spider_on_squarespace_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
