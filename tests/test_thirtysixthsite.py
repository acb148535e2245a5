"""kznews against a thirty-sixth copy of ic24.kz, photos in every form (tests/thirtysixthsite).

Lazy images behind 1x1 placeholders (``data-src``, ``data-lazy-src``, ``data-original``),
``srcset``/``data-srcset`` with width descriptors, ``<picture>`` with WebP sources, images only in
``<noscript>``, a lead photo as a CSS ``background-image`` on a protocol-relative CDN, resizer
variants of one photo (``/resize/WxH/``, ``?w=``, ``-300x200``), galleries with a hidden
lightbox, photo reports of 20-40 slides, video and social embeds, infographics, captions and
credits in many forms, and logos, avatars, icons, banners, pixels and emoji that are no photo of
the article. The crawl (default discovery and arguments) is scored field by field against the
truth, and the server's log shows whether any page was fetched twice or any trap followed.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer
from tests.thirtysixthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
ARTICLE_PATH = re.compile(r"/news/[A-Za-z0-9-]+-u\d+")
LISTING_TARGET = re.compile(r"/novosti(\?page=\d+)?")
# what the default discovery asks for besides the listing (404 here: the copy has none)
DISCOVERY = ("/sitemap.xml", "/rss", "/rss.xml", "/feed")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_media_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.lead for a in arts} == {None, *site.LEADS}
    assert {a.inline for a in arts} == {None, *site.INLINES}
    assert {a.embed for a in arts} == {None, *site.EMBEDS}
    assert {a.gallery for a in arts} == {None, *site.GALLERIES}
    assert {a.credit_form for a in arts if a.lead and a.photo_credit} == set(site.CREDITS)
    assert any(a.infographic for a in arts) and any(a.promo for a in arts)
    reports = [a.gallery_size for a in arts if a.gallery == "report"]
    assert reports and all(20 <= n <= 40 for n in reports)
    urls = [u for rec in truth.values() for u in rec["image_urls"]]  # type: ignore[attr-defined]
    assert len(urls) == len(set(urls)) and all(u.startswith("http://") for u in urls)
    assert any(u.startswith("http://cdn.ic24.kz/") for u in urls)
    checks.check_seed_truth(truth)
    assert len(truth["u49120"]["image_urls"]) == 33  # type: ignore[arg-type]


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path, charset="utf-8")


def _credit_shown(a: site.Article, markup: str, text: str) -> bool:
    label, credit = templates.LABEL[a.lang], str(a.photo_credit)
    if a.credit_form == "css-attr":  # shown by the page's own ``::after{content:attr()}``
        return f'data-credit="{label}: {html.escape(credit)}"' in markup
    if a.credit_form == "copyright":
        return f"© {credit}" in text
    return re.search(rf"{label}: ?{re.escape(credit)}", text) is not None


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_words(a, text, site.AGENCY)
        assert str(a.category) in text and (a.views is None or f" {a.views} " in text)
        assert a.source is None or a.source in text
        assert a.photo_credit is None or _credit_shown(a, markup, text), a.id
        for ref in a.photos():  # every photo's full-size reference is on the page
            shown = ".." + ref if a.lead == "relative" and ref == a.photo(1) else ref
            assert f'"{shown}"' in markup or f"'{shown}'" in markup or f"{shown} " in markup, ref
        body = "\n\n".join(a.paragraphs)
        for furniture in [*templates.CAPTIONS[a.lang], templates.EMBED_TEXT[a.lang],
                          templates.PROMO[a.lang], templates.ENLARGE[a.lang]]:
            assert furniture not in body
        assert (templates.EMBED_TEXT[a.lang] in text) == (a.embed in ("instagram", "telegram",
                                                                      "x")), a.id
        assert "USD/KZT 0.0" in text


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(
        base_url, "/novosti", LISTING_TARGET, site.truth(base_url),
        checks.paged("/novosti", "/novosti?page={}", range(2, site.page_count() + 1)))
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    art = site.by_num()[45694]
    checks.check_usual_answers(base_url, art, f"{art.path}/attachment/ic1-10", "/novosti?page=99",
                               "/uploads/2021/04/ic45694-1.jpg")


# --------------------------------------------------------------------------- the crawl

# What the scored crawl passes: ``-a base_url=…``, ``-a max_pages=50`` (copykit.crawl), the
# state/feeds/reports dirs, ``LOG_LEVEL=INFO``, ``AUTOTHROTTLE_ENABLED=0`` and
# ``KZNEWS_RENDER=never``; discovery and every other argument are the spider's defaults.


@pytest.fixture(scope="module")
def crawl_run(server: CopyServer, tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[scoring.Score, list[str]]:
    """The scored crawl and the targets it asked the server for (GET, in order)."""
    sc, log = checks.crawl_log("thirtysixthsite", server, Path(tmp_path_factory.mktemp("c36")),
                               site.truth(server.url), FIELDS, shown=40)
    return sc, [t for method, t, _ in log if method == "GET"]


crawl = checks.score_of("crawl_run")


def test_spider_on_media_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def test_crawl_fetches_each_page_once_and_no_trap(
        crawl_run: tuple[scoring.Score, list[str]]) -> None:
    """Every page at most once; nothing fetched but robots.txt, the discovery probes, listing
    pages and articles (no gallery ``?photo=``, attachment page, image or 404 link)."""
    gets = crawl_run[1]
    twice = sorted(t for t, n in Counter(gets).items() if n > 1)
    traps = sorted({t for t in gets if t not in ("/robots.txt", *DISCOVERY)
                    and not LISTING_TARGET.fullmatch(t) and not ARTICLE_PATH.fullmatch(t)})
    print(f"\nrequests {len(gets)}, distinct {len(set(gets))}, articles "
          f"{len({t for t in gets if ARTICLE_PATH.fullmatch(t)})}, twice {twice}, traps {traps}")
    assert not twice and not traps, (twice, traps)
