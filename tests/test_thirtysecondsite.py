"""kznews against a thirty-second copy of ic24.kz made with website builders and hosted
platforms (tests/thirtysecondsite).

Tilda (``t-rec`` blocks, styled-div headlines, text cut into ``<span style>`` pieces with
``<br><br>`` paragraphs), Wix (``data-hook``s, ``richTextElement``, ``font_8`` paragraphs, a
site-wide ``lang="ru"``), Webflow (``w-richtext``, ``w-dyn-item`` CMS lists, invisible
conditional fields), Squarespace (``sqs-block-content``, no ``dt-published``), Google Sites,
Telegram channel posts and VK wall posts: plain-text dates in many shapes, hashtags as tags,
"1.2K" / "12,4 тыс." counters, a hidden "Показать полностью…" tail. The crawl (default
discovery, ``max_pages=50``, ``KZNEWS_RENDER=never``) is scored field by field against the
truth, and the server's request log is checked for pages fetched twice and disallowed URLs.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.copykit import checks, scoring, seeds
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer, get, served
from tests.copykit.text import normalise
from tests.thirtysecondsite import site
from tests.thirtysecondsite.templates import short_count

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
MORE = "Показать полностью…"
# what robots.txt forbids, as a reader of its wildcards understands it
DISALLOWED = re.compile(r"^/(tilda/|feed|_api/)|[?&](category|tag)=")

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.cms for a in arts} == set(site.PLATFORMS)
    assert {(a.cms, a.lang) for a in arts} >= {(p, "ru") for p in site.PLATFORMS}
    assert {a.cms for a in arts if a.lang == "en"} >= {"wix", "telegram", "vk", "squarespace"}
    assert {a.cms for a in arts if a.place} == set(site.PLATFORMS)
    assert {a.cms for a in arts if a.source_line} == set(site.PLATFORMS)
    assert {a.cms for a in arts if a.tags} == set(site.PLATFORMS)
    assert any(a.views and a.views >= 10000 for a in arts if a.cms in ("telegram", "vk"))
    assert any(a.views and a.views < 1000 for a in arts if a.cms in ("telegram", "vk"))
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    checks.check_leap_days(truth)
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs) and en["source"] == "EU Reporter"
    assert ru["body"] == "\n\n".join(seeds.ru().paragraphs) and ru["dateline_place"] == "Алматы"
    assert truth["u49120"]["views"] == 683 and truth["u46768"]["views"] == 1200


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("utf-8")
    markup = body.decode("utf-8")
    shown = markup[markup.index("<body"):]  # Google Sites titles read "Site - Headline"
    text = html.unescape(re.sub(r"<[^>]+>", "", shown.replace("<br", " <br")
                                .replace("</p>", " </p>").replace("</div>", " </div>")))
    return markup, normalise(text.replace(MORE, " "))


def _shown_views(art: site.Article) -> str:
    assert art.views is not None
    if art.cms in ("telegram", "vk"):
        return short_count(art.views, "en" if art.cms == "telegram" else "ru")
    if art.cms == "webflow":
        return str(art.views)
    return f"{art.views:,}".replace(",", " " if art.lang != "en" else ",")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.views is None or _shown_views(a) in text, (a.id, a.views)
        assert a.photo_credit is None or re.search(rf"Фото: ?{re.escape(a.photo_credit)}", text)
        if a.cms == "telegram":
            stamp = re.search(r'<time datetime="([^"]+)"', markup)
            assert stamp and datetime.fromisoformat(stamp.group(1)) == a.local
        else:
            assert str(a.day.year) in text and str(a.day.day) in text, a.id
        if a.clock and a.cms in ("tilda", "webflow", "vk"):
            assert f"{a.clock:%H:%M}" in text, a.id
        if a.cms == "vk":
            assert MORE in markup and 'style="display: none"' in markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_filters_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /*?tag=*", agent=False)
    checks.check_old_slug(base_url, site.by_num()[45694])
    status, _, body = get(base_url + "/novosti?tag=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B")
    assert status == 200 and body.count(b't-feed__post ') == sum("Алматы" in a.tags
                                                                 for a in site.build())
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count() + 1}", "/novosti?page=0")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawl_run(tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[tuple[scoring.Score, list[tuple[str, str, int]]]]:
    """One crawl with the default discovery and arguments, scored; the server's request log."""
    with CopyServer(site.route) as srv:
        workdir: Path = tmp_path_factory.mktemp("thirtysecondsite")
        sc, log = checks.crawl_log("thirtysecondsite", srv, workdir, site.truth(srv.url), FIELDS)
    distinct = {target for _, target, _ in log}
    print(f"requests {len(log)}, distinct targets {len(distinct)}, "
          f"articles {len(site.build())}, listing pages {site.page_count()}")
    yield sc, log


crawl = checks.score_of("crawl_run")


def test_spider_on_builder_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def test_no_page_fetched_twice_nor_disallowed(
        crawl_run: tuple[scoring.Score, list[tuple[str, str, int]]]) -> None:
    log = crawl_run[1]
    twice = {t: n for t, n in Counter(t for m, t, _ in log if m == "GET").items() if n > 1}
    banned = sorted({unquote(t) for _, t, _ in log if DISALLOWED.search(t)})
    by_id = Counter(m.group(1) for _, t, _ in log
                    if (m := re.search(r"-(u\d+)$", urlsplit(t).path)))
    again = {i: n for i, n in by_id.items() if n > 1}
    assert not twice and not banned and not again, (twice, banned[:10], again)
