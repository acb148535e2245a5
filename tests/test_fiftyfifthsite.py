"""kznews against a fifty-fifth copy of ic24.kz: SITE.md read again on a guessed custom PHP
site of a local studio (tests/fiftyfifthsite).

The copy's pages carry SITE.md's furniture (currency widget, ``Фото:`` credits, the info line,
year-less datelines, ``Источник:``, the ``ru`` headline block) in the studio's transliterated
class names, with counters, ads, share links, comments, a "Самое читаемое" box linking the old
``/news.php?id=N`` addresses, and a third of the stories with an editor's formatting. The crawl
runs with the default discovery and is scored field by field.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.fiftyfifthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_the_known_stories() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.form for a in arts} == {"plain", *site.FORMS}
    assert 0.25 <= sum(a.form != "plain" for a in arts) / len(arts) <= 0.45
    assert {a.views for a in arts} >= {None, 0}
    assert None in {a.category for a in arts} and [] in [a.tags for a in arts]
    assert all(r["published_at"].endswith("T00:00:00+06:00")
               or r["published_at"].endswith("T00:00:00+05:00")
               for r in truth.values())


def test_every_info_line_form_occurs() -> None:
    """Full lines, and lines without views, rubric or tags; dates in three languages."""
    lines = set()
    for a in site.build():
        text = checks.page(site.route, a.path, charset="utf-8")[1].replace(" , ", ", ")
        line = " ".join(str(x) for x in (templates.date_line(a), a.views, a.category,
                                         ", ".join(a.tags)) if x not in (None, ""))
        assert line in text, (a.id, line)
        lines.add((a.lang, a.views is None, a.category is None, not a.tags))
    subbotnik = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")[1]
    subbotnik = subbotnik.replace(" , ", ", ")
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in subbotnik
    assert {lang for lang, *_ in lines} == {"ru", "en", "kk"}
    assert any(v for _, v, _, _ in lines) and any(c for _, _, c, _ in lines)
    assert any(t for *_, t in lines)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        rec = a.truth("http://h")
        for para in [a.title, *str(rec["body"]).split("\n\n")]:
            assert para in text, (a.id, para[:60])
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert "USD/KZT 0.0" in text and "Самое читаемое" in text
        assert (f"Источник: {a.source}" in text) == bool(a.source and a.source_line), a.id
        assert f'rel="canonical" href="http://h{a.path}"' in markup
        assert ('lang="en"' in markup) == (a.lang == "en"), a.id
    seed = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")[1]
    assert "Алматы. 16 апреля. Центр информации - " in seed
    en = site.route(site.by_num()[46768].path, "h")[2].decode()
    assert "\u0415mbassies" in en and "Almaty. August 2. Information Center - " in en


def test_old_address_and_print_version(base_url: str) -> None:
    art = site.by_num()[49120]
    status, _, body = get(base_url + "/news.php?id=49120")
    assert status == 200 and f'rel="canonical" href="{base_url}{art.path}"'.encode() in body
    assert get(base_url + "/print.php?id=49120")[0] == 200
    assert get(base_url + "/news.php?id=1")[0] == 404
    checks.check_moved(base_url, "/?lang=en", "/novosti", 302)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /print.php")
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftyfifthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; the old ``/news.php?id=N`` and ``/print.php`` addresses, the language
    switch and the rubric links are not followed; beyond robots, the listing and the articles
    only a few discovery probes the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_studio_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
