"""kznews against an eighty-first copy of ic24.kz: the outlet rebuilt in 2025 as an Astro static
site styled with Tailwind utility classes (tests/eightyfirstsite).

Utility classes and ``astro-…`` scoped tokens instead of semantic classes, ``<astro-island>``
widgets (rates, views counter, share buttons) with escaped JSON props, photos through
``/_astro/…webp`` with a ``srcset``, dates as ``<time datetime>`` (local or UTC ``…Z``) or
plain text, the listing paged ``/novosti/N/`` (``?page=N`` redirected there). The crawl runs
with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field
by field.
"""

from __future__ import annotations

import html
import re

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.eightyfirstsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    for name, options in (("date", site.DATES), ("credit", site.CREDITS),
                          ("body", site.BODIES)):
        got = {a.forms[name] for a in arts if name != "credit" or a.photo_credit}
        assert set(options) <= got, (name, set(options) - got)
    assert 10 <= sum(a.deviant for a in arts) <= 20
    assert any(a.deviant and a.views and a.views >= 1000 for a in arts)  # "1\u00a0965"
    assert {a.views for a in arts} >= {None} and any(a.category is None for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _joined(path: str) -> str:
    """The page's text with tags removed (not spaced out), as a browser's text copy reads."""
    markup = site.route(path, "h")[2].decode("utf-8")
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)), homoglyphs=False)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert "USD/KZT 0.0" in text and "<astro-island" in markup, a.id
        assert a.photo_credit is None or re.search(rf"Фото: ?{re.escape(a.photo_credit)}",
                                                   text), a.id
        shown = {f"{a.views}", f"{a.views or 0:,}".replace(",", "\u00a0")}
        assert a.views is None or any(f"{v}</span></astro-island>" in markup for v in shown)
        assert (a.forms["date"] == "text") == ("<time datetime" not in markup), a.id
        assert not a.source_line or f"Источник: {a.source}" in text, a.id
    subbotnik = _joined(site.by_num()[49120].path)
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in subbotnik
    assert "Фото:pixabayАлматы. 20 апреля. Центр информации - " in subbotnik
    _, seed = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "Алматы. 16 апреля. Центр информации - " in seed and "Источник: КазТАГ" in seed
    _, en = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "2 August 2021" in en and "Almaty. August 2. Information Center - " in en


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=r"/novosti(/\d+/)?",
                              form="/novosti/{}/")
    assert site.page_count() >= 5


@pytest.mark.parametrize("old,new", [("/novosti?page=3", "/novosti/3/"),
                                     ("/novosti?page=1", "/novosti"),
                                     ("/novosti/1/", "/novosti"), ("/novosti/", "/novosti")])
def test_query_pages_redirect_to_astro_pages(base_url: str, old: str, new: str) -> None:
    checks.check_moved(base_url, old, new)


def test_robots_redirects_and_404(base_url: str) -> None:
    n = site.page_count() + 1
    checks.check_usual_answers(base_url, site.by_num()[45694], f"/novosti?page={n}",
                               f"/novosti/{n}/", "/novosti/2")
    assert get(base_url + "/")[0] == 301


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightyfirstsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "/{}/")})


def test_spider_on_astro_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
