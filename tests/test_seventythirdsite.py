"""kznews against a seventy-third copy of ic24.kz, its articles AMP (tests/seventythirdsite).

Article pages are AMP documents (``amp-img``, ``amp-carousel``, ``amp-social-share``,
``amp-analytics`` JSON, ``amp-ad``, ``amp-iframe``, ``amp-accordion`` around the ``ru``-badged
headline block, JSON-LD, a self canonical); some older articles are plain HTML pages with an
AMP twin at ``/amp`` whose canonical is the plain page. Listings are plain HTML with
``.news_text`` items. A third of the pages deviate (a time of day, no counter, no rubric, the
credit in a caption, a linked source, a video embed and an ad in the text, ``&nbsp;``
paragraphs, homoglyphs, a dateline in ``<strong>``). The crawl runs as every scored copy's
(``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

from tests.copykit import checks, routes, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.seventythirdsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    quirks = set().union(*(a.quirks for a in arts))
    assert quirks == set(site.DEVIATIONS), set(site.DEVIATIONS) - quirks
    assert 0.25 <= sum(bool(a.quirks) for a in arts) / len(arts) <= 0.45
    assert any(a.twin for a in arts) and not all(a.twin for a in arts)
    assert {a.views for a in arts} >= {None, 683}
    assert any(a.category is None for a in arts) and any(a.place is None for a in arts)
    assert any(a.images > 1 for a in arts) and any(a.images == 0 for a in arts)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, content_type=routes.HTML)
        checks.check_story_text(a, markup, text, AGENCY)
        info = " ".join([templates.day_line(a), *([str(a.views)] if a.views is not None else []),
                         *([a.category] if a.category else []), ", ".join(a.tags)]).strip()
        assert info in text.replace(" ,", ","), (a.id, info)
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert "USD/KZT 0.0" in text and "Cookie".lower() in text.lower(), a.id
        assert (markup.startswith('<!doctype html><html ⚡') != a.twin), a.id
        bare_img = "<img " in markup.replace("<noscript><img ", "")
        assert bare_img == (a.twin and a.images > 0), a.id
        if a.twin:
            amp, _ = checks.page(site.route, a.amp_path, content_type=routes.HTML)
            assert f'rel="canonical" href="http://h{a.path}"' in amp and "<html ⚡" in amp
            assert "<img " not in amp.replace("<noscript><img ", ""), a.id
            assert f'rel="amphtml" href="http://h{a.amp_path}"' in markup
        else:
            assert f'rel="canonical" href="http://h{a.path}"' in markup
    subbotnik = checks.page(site.route, site.by_num()[49120].path, routes.HTML)[1]
    subbotnik = subbotnik.replace(" ,", ",")
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in subbotnik
    assert "Алматы. 20 апреля. Центр информации - " in subbotnik
    assert "Источник: пресс-служба акимата Алматы" in subbotnik
    ru_seed = checks.page(site.route, site.by_num()[45694].path, routes.HTML)[0]
    assert "<p>&nbsp;</p>" in ru_seed and "Алматы. 16 апреля. Центр информации - " in ru_seed
    en_seed = checks.page(site.route, site.by_num()[46768].path, routes.HTML)[0]
    assert "\u0415mbassies" in en_seed and "2 August 2021" in en_seed


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/news/x-u45694/amp")
    checks.check_moved(base_url, "/", "/novosti")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("seventythirdsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes answered 404 and, at most, the AMP twins of the plain pages."""
    twins = {a.amp_path for a in site.build() if a.twin}
    gets = [(t, s) for t, s in crawl_run[1] if t not in twins]
    checks.check_fetched_once(gets, {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_amp_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
