"""kznews against a twenty-ninth copy of ic24.kz whose facts live in metadata vocabularies and
time stamps (tests/twentyninthsite).

Most pages have no JSON-LD and no ``og:`` date: Dublin Core, ``citation_publication_date``,
Parse.ly, Sailthru, a head ``<meta itemprop>``, ``article:published_time`` without offset or in
UTC, Unix epochs beside relative texts, hAtom ``<abbr>``, a text-only ``<time>``, relative stamps
read against the response's ``Date`` header and a Nuxt 2 ``window.__NUXT__`` state behind an
empty shell; tags in ``news_keywords``/``article:tag``/Parse.ly beside a site-wide ``keywords``
decoy; language in ``og:locale``/``Content-Language`` with a lying ``<html lang>``; views in
``data-views`` or ``<meta name="views">``. The crawl uses the default discovery and arguments
(``max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field against the truth.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from tests.copykit import catalogue, checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.twentyninthsite import site
from tests.twentyninthsite.server import base_url  # noqa: F401 - the module's fixture

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
DECOY = 'content="Казахстан, новости, Алматы, Астана, Центр информации, ic24'


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.stamp for a in arts} == set(site.STAMPS)
    assert {(a.stamp in site.RELATIVE, a.lang) for a in arts} >= {(True, "ru"), (True, "en")}
    assert {a.tag_vocab for a in arts if a.tags} == set(site.TAG_VOCABS)
    assert {a.lang_vocab for a in arts} == set(site.LANG_VOCABS)
    assert {(a.view_vocab, a.views is None) for a in arts} >= {
        (v, n) for v in site.VIEW_VOCABS for n in (True, False)}
    assert any(a.lying_lang for a in arts) and any(not a.tags for a in arts)
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[dict[str, str], str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("utf-8")
    markup = body.decode("utf-8")
    if art.stamp == "nuxt":  # the state's strings, unescaped, stand in for the page text
        state = re.search(r"window\.__NUXT__=(.*?);</script>", markup)
        assert state, art.id
        strings = [json.loads(s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', state.group(1))]
        markup += " ".join(s for s in strings if isinstance(s, str))
    return headers, markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _stamped(art: site.Article, markup: str) -> set[datetime]:
    """Every publication moment the page's vocabularies state (modified stamps left out)."""
    out = set()
    for name in ("DC.date.issued", "parsely-pub-date", "datePublished",
                 "article:published_time"):
        for value in re.findall(rf'(?:name|itemprop|property)="{re.escape(name)}" '
                                r'content="([^"]+)"', markup):
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            out.add(moment if moment.tzinfo else moment.replace(tzinfo=catalogue.ALMATY))
    for value in re.findall(r'name="sailthru\.date" content="([^"]+)"', markup):
        out.add(datetime.fromisoformat(value).replace(tzinfo=catalogue.ALMATY))
    for value in re.findall(r'class="published" title="([^"]+)"', markup):
        out.add(datetime.fromisoformat(value))
    for attr, value in re.findall(r'data-(timestamp|time|ts)="(\d+)"', markup):
        out.add(datetime.fromtimestamp(int(value) / (1000 if attr == "ts" else 1), UTC))
    out.update(datetime.fromisoformat(v.replace("Z", "+00:00"))
               for v in re.findall(r'published_at:"([^"]+)"', markup))
    return out


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        headers, markup, text = _page(a)
        for part in [a.title, *a.paragraphs]:
            assert part in text, (a.id, part[:60])
        facts = html.unescape(markup)  # tags and rubric live in attributes and the state
        assert all(t in facts for t in a.tags) and (a.category is None or a.category in facts)
        assert DECOY in markup  # the site-wide keywords on every page
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.views is None or re.search(rf'(data-views="|content="|,){a.views}\b', markup)
        assert a.source is None or a.source in text
        assert a.photo_credit is None or f"Фото: {a.photo_credit}" in text
        assert all(p in markup.replace("\\u002F", "/") for p in a.image_paths())
        served = parsedate_to_datetime(headers["Date"])
        if a.stamp == "citation":
            assert f'content="{a.day:%Y/%m/%d}"' in markup and a.clock is None
        elif a.stamp == "rel_only":
            assert served - timedelta(minutes=a.ago_minutes) == a.local and a.ago_text in text
        elif a.stamp == "time_text":
            assert f"{a.clock:%H:%M}" in text and str(a.day.year) in text
        elif a.stamp == "rel_abs":
            assert f"{a.day:%d.%m.%Y} {a.clock:%H:%M}" in text and a.ago_text in text
        else:
            assert _stamped(a, markup) == {a.local}, a.id
        assert served > a.local and "USD/KZT" in text
        declared = headers.get("Content-Language") or re.search(
            r'(?:og:locale" content="|Content-Language" content=")([a-z]{2})', markup)
        assert declared, a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:  # noqa: F811
    checks.check_listing(
        base_url, "/novosti", re.compile(r"/novosti(\?offset=\d+)?"), site.truth(base_url),
        {"/novosti", *(f"/novosti?offset={10 * k}" for k in range(1, site.page_count()))})
    assert site.page_count() >= 4


def test_robots_dates_redirects_and_404(base_url: str) -> None:  # noqa: F811
    status, headers, body = get(base_url + "/robots.txt")
    assert status == 200 and b"User-agent: *" in body
    art = site.by_num()[46768]
    status, headers, _ = get(base_url + art.path)
    assert status == 200 and headers["Date"] == "Mon, 02 Aug 2021 05:05:00 GMT"
    assert headers["Content-Language"] == "en"
    status, headers, _ = get(f"{base_url}/news/old-slug-{art.id}")
    assert status == 301 and headers["Location"] == base_url + art.path
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/novosti?offset=990",
                     "/novosti?offset=5")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentyninthsite", site.truth, FIELDS)


def test_spider_on_metadata_vocabularies_copy(crawl: scoring.Score) -> None:
    check_score(crawl)

