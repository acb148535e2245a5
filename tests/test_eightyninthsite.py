"""kznews against an eighty-ninth copy of ic24.kz, a Plone 6 portal (tests/eightyninthsite).

The copy's news items carry Plone's documentFirstHeading, documentDescription, documentByLine
(English or Russian UI, "last modified" later than the publication), newsImageContainer scales,
``#parent-fieldname-text`` and "Filed under:" keywords beside the outlet's info line, and the
``/novosti`` collection batches by ``?b_start:int=20``. The crawl runs with the default
discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.eightyninthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
PAGE = re.compile(r"/novosti(\?b_start:int=\d+)?")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _info_line(a: site.Article) -> str:
    parts = [templates.info_date(a)]
    if a.views is not None:
        parts.append(str(a.views))
    if a.category:
        parts.append(a.category)
    if a.tags and a.look != "tags_filed_only":
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def test_truth_shape_and_every_look_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.look for a in arts} == {"plain", *site.LOOKS}
    assert sum(a.look != "plain" for a in arts) * 4 >= len(arts)
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]


def test_pages_carry_the_truth() -> None:
    seen_infoline = set()
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        line = _info_line(a)
        assert line in text, (a.id, line)
        seen_infoline.add((a.lang, templates.info_date(a).split()[1]))
        assert all(t in text for t in a.tags), a.id
        assert (f"{templates.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.source is None or a.source in text, a.id
        assert a.source_line == (f"Источник: {a.source}" in text), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert a.modified is not None and a.modified > a.local
        assert "USD/KZT 0.0" in text and "documentFirstHeading" in markup
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in checks.page(
        site.route, site.by_num()[49120].path)[1]
    assert any(lang == "en" and m in templates.EN_MONTHS for lang, m in seen_infoline)
    assert any(lang == "en" and m.lower() in templates.RU_MONTHS for lang, m in seen_infoline)


def test_seed_pages_keep_their_hazards() -> None:
    markup, text = checks.page(site.route, site.by_num()[45694].path)
    assert "<p>\u00a0</p>" in markup and "hreflang=\"en\"" in markup
    assert "Алматы. 16 апреля. Центр информации - " in text
    en_markup, _ = checks.page(site.route, site.by_num()[46768].path)
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    pages = {site.page_target(n) for n in range(1, site.page_count() + 1)}
    checks.check_listing(base_url, site.LISTING, PAGE, site.truth(base_url), pages)
    assert site.page_count() == 3


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/novosti?b_start:int=60",
                               "/novosti?b_start:int=7")
    checks.check_moved(base_url, "/", site.LISTING, 302)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightyninthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes that the copy answers 404."""
    known = {"/robots.txt", *(site.page_target(n) for n in range(1, site.page_count() + 1)),
             *(a.path for a in site.build())}
    checks.check_fetched_once(crawl_run[1], known)


def test_spider_on_plone_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
