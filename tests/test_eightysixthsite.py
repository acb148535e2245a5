"""kznews against an eighty-sixth copy of ic24.kz: a Rails 7 app with Hotwire and Active Storage.

The copy (tests/eightysixthsite) pages its listing through lazy Turbo frames, shows photos as
Active Storage variants behind signed ids (the original in ``og:image`` on some pages), writes
bodies as Action Text (``<br><br>`` paragraphs, attachments with captions) and dates as
``local_time`` tags holding the UTC instant; about a third of its pages deviate in small ways.
The crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field against the copy's truth.
"""

from __future__ import annotations

import re
from datetime import UTC

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.eightysixthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set(site.DEVS) <= {a.dev for a in arts}
    assert 0.28 <= sum(bool(a.dev) for a in arts) / len(arts) <= 0.4
    assert {a.views for a in arts} >= {None} and any(a.clock is None for a in arts)
    assert any(a.og_original for a in arts) and any(not a.og_original for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        checks.check_story_text(a, markup, text, site.AGENCY)
        shown = templates.day_text(a.lang, a)
        line = " ".join(str(x) for x in (shown, f"{a.views:,}".replace(",", " " if a.lang != "en"
                                                                        else ",")
                                          if a.views is not None else None, a.category,
                                          ", ".join(a.tags) or None) if x is not None)
        assert line in text.replace(" ,", ","), (a.id, line)
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        stamps = re.findall(r'<time datetime="([^"]+)"', markup)
        want = [] if a.clock is None else [a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
        assert stamps == want, a.id
        assert (a.original(0) in markup) == a.og_original, a.id
        assert "USD/KZT 0.0" in text and 'name="csrf-token"' in markup
    subbotnik = checks.page(site.route, site.by_num()[49120].path)[1]
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in subbotnik.replace(" ,", ",")
    assert "Фото:pixabay" in subbotnik and "Алматы. 20 апреля. Центр информации - " in subbotnik
    ru_seed = checks.page(site.route, site.by_num()[45694].path)[0]
    assert "Источник: КазТАГ" in ru_seed and "<br><br>\u00a0<br><br>" in ru_seed
    en_seed = checks.page(site.route, site.by_num()[46768].path)[0]
    assert "Еmbassies" in en_seed and "Источник: EU Reporter" in en_seed


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5
    body = site.route("/novosti", "h")[2].decode()
    assert '<turbo-frame id="news_page_2" loading="lazy" src="/novosti?page=2"' in body
    assert '<div class="news_text"' in body and "<p>20 Апреля 2023</p>" in "".join(
        site.route(f"/novosti?page={n}", "h")[2].decode() for n in range(1, 6))


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")
    art = site.by_num()[49120]
    for path in (art.variant(0, 800), art.original(0)):
        status, headers, _ = site.route(path, "h")
        assert status == 302 and headers["Location"].startswith(site.STORAGE)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightysixthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_rails_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

