"""kznews against a fifty-first copy of ic24.kz: SITE.md read again on a guessed DLE 15 site
(tests/fiftyfirstsite).

The copy keeps everything SITE.md states (the info line, the currency widget, ``Фото:`` credits
with no space, the year-less dateline, ``Источник:``, the badged headline block, ``.news_text``
listing items, ru/en/kk in one id sequence, homoglyphs and no-break-space lines) and adds what
a live DLE site carries: counters, banners, a cookie banner, menus, a search form, comments,
"most read" with view counts, social embeds, a footer; a third of the stories carry an editor's
formatting. The crawl runs with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.fiftyfirstsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
LISTING_PAGE = r"/novosti(/page/\d+/)?"


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.info_form for a in arts} == set(site.INFO_FORMS)
    assert {a.variant for a in arts} == {"plain", *site.VARIANTS}
    assert len(arts) // 4 <= sum(a.variant != "plain" for a in arts) <= len(arts) // 2
    assert any(a.credit_glued and a.photo_credit for a in arts)
    assert any(a.nbsp_line for a in arts) and any(a.comments for a in arts)
    assert {a.lang for a in arts if a.place} == {"ru", "en", "kk"}
    assert any(a.place is None for a in arts)
    assert any(a.images and a.photo_credit is None for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u46768"]["body"].count("Embassies") == 1


def _info_text(markup: str) -> str:
    """The info line read as a browser shows it (inline tags leave no space)."""
    m = re.search(r'<div class="story-info">(.*?)</div>', markup)
    assert m
    return normalise(re.sub(r"<[^>]+>", "", m.group(1)).replace("&#x27;", "'"))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, site.AGENCY)
        info = [templates.info_date(a.lang, a.day)]
        info += [str(a.views)] if a.views is not None else []
        info += [a.category] if a.category else []
        info += [", ".join(a.tags)] if a.tags else []
        assert _info_text(markup) == " ".join(info), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert a.source is None or not a.source_line or f"Источник: {a.source}" in text, a.id
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert '<span class="lang-badge">ru</span>' in markup
        assert a.dateline() == "" or normalise(a.dateline()) in text, a.id
    subbotnik = site.by_num()[49120]
    markup, _ = checks.page(site.route, subbotnik.path)
    assert _info_text(markup) == "20 Апреля 2023 683 Социум Алматы, аким, субботник"
    assert "Фото:pixabay</span></div><div" in markup  # the credit runs into the text
    assert "Алматы. 16 апреля. Центр информации - " in checks.page(site.route,
                                                                   site.by_num()[45694].path)[1]
    assert "Almaty. August 2. Information Center - " in checks.page(
        site.route, site.by_num()[46768].path)[1]
    seed_markup = site.route(site.by_num()[45694].path, "h")[2].decode()
    assert "<p>\u00a0</p>" in seed_markup
    assert "\u0415mbassies" in site.route(site.by_num()[46768].path, "h")[2].decode()
    english = [a for a in site.build() if a.lang == "en"]
    assert all(any(m in checks.page(site.route, a.path)[1] for m in
                   ("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")) for a in english)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=LISTING_PAGE, form="/novosti/page/{}/")
    assert site.page_count() >= 4
    _, headers, body = site.route("/novosti/page/2/", "h")
    first = site.page_items(2)[0]
    assert (f'<div class="news_text"><a href="{first.path}">' in body.decode()
            and f"<p>{templates.listing_date(first.day)}</p>" in body.decode())


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti/page/{site.page_count() + 1}/", "/novosti/page/x/")
    checks.check_moved(base_url, "/novosti/", "/novosti")
    checks.check_moved(base_url, "/", "/novosti")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftyfirstsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=60)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1],
                              {"/robots.txt", *checks.copy_pages(site, "/page/{}/")})


def test_spider_on_dle_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
