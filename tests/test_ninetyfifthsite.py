"""kznews against a ninety-fifth copy of ic24.kz, a daily newspaper's site (tests/ninetyfifthsite).

The copy's stories carry the issue they were printed in ("№ 72 (29 876) от 20.04.2023",
"Полоса 3", the issue's PDF and page ``/archive/…/``) beside the web publication in the info
line, print signatures, kickers, subheadlines and a subscription box; ``/novosti`` pages by
``?page=N``. The crawl runs with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.ninetyfifthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
PAGE = re.compile(r"/novosti(\?page=\d+)?")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _joined(markup: str) -> str:
    """The page's text with the tags dropped (no space put in their place), normalised."""
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)))


def _info_line(a: site.Article) -> str:
    parts = [templates.info_date(a)]
    if a.views is not None:
        parts.append(str(a.views))
    if a.category and a.look != "rubric_page":
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
    assert any(a.clock is None for a in arts) and any(not a.issue for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    for a in arts:
        rec = truth[a.id]
        if a.look == "evening_before":
            assert a.paper_day > a.day and a.clock is not None and a.clock.hour >= 18
            assert str(rec["published_at"]).startswith(a.day.isoformat())
        if a.signer is not None:
            assert rec["dateline_place"] is None and a.signer[0] not in str(rec["body"])
        if a.look == "photo_author":
            assert rec["photo_credit"] == a.signer[1] if a.signer else False
        if a.look == "interview":
            assert set(site.INTERVIEW[a.lang]) <= set(str(rec["body"]).split("\n\n"))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        joined = _joined(markup)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert _info_line(a) in joined, (a.id, _info_line(a))
        assert all(t in text for t in a.tags), a.id
        assert (f"{templates.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.source is None or a.source in text, a.id
        assert a.source_line == (f"Источник: {a.source}" in text), a.id
        assert all(p in markup for p in a.image_paths()), a.id
        if a.look not in ("photo_author", "photo_archive"):
            assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert "USD/KZT 0.0" in text and "Свежий номер: №" in text
        assert ("Только на сайте" in text) == (not a.issue), a.id
        if a.issue:
            assert (normalise(templates.issue_line(a)) in text) == (a.look != "issue_dl"), a.id
            assert f"Полоса {a.strip}" in text and a.pdf_path in markup, a.id
        if a.signer is not None:
            assert a.signer[0] in text, a.id
        if a.look == "rubric_page":
            assert f"{a.category} | Полоса {a.strip}" in text
        if a.look == "issue_dl":
            assert f"Номер: {a.issue_no}" in text and f"Дата выхода: {a.paper_day:%d.%m.%Y}" in text
        if a.look == "listing_time":
            assert a.clock is not None and f"{a.clock:%H:%M}" not in text
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in _joined(
        checks.page(site.route, site.by_num()[49120].path)[0])


def test_every_look_on_its_page() -> None:
    looks = {a.look: a for a in site.build()}
    text = {look: checks.page(site.route, a.path)[1] for look, a in looks.items()}
    assert "Фото автора" in text["photo_author"] and "Фото:" not in text["photo_author"]
    assert "из архива" in text["photo_archive"].lower() or "archive" in text["photo_archive"]
    assert "«Центр информации»" in text["sig_outlet"] or "Information Center" in text["sig_outlet"]
    assert "Подпишитесь на газету" in text["subscribe_box"]
    assert any(k in text["kicker"] for k in ("АКТУАЛЬНО", "TOPICAL", "ӨЗЕКТІ"))
    assert site.SUBHEADLINES[looks["subheadline"].lang] in text["subheadline"]
    interview = looks["interview"]
    markup = checks.page(site.route, interview.path)[0]
    assert f"<p><b>{html.escape(site.INTERVIEW[interview.lang][0])}</b></p>" in markup
    evening = looks["evening_before"]
    assert f"от {evening.paper_day:%d.%m.%Y}" in text["evening_before"]
    assert templates.info_date(evening).endswith(f"{evening.clock:%H:%M}")


def test_seed_pages_keep_their_hazards() -> None:
    markup, text = checks.page(site.route, site.by_num()[45694].path)
    assert "<p>\u00a0</p>" in markup and 'hreflang="en"' in markup
    assert "Алматы. 16 апреля. Центр информации - " in text
    en_markup, _ = checks.page(site.route, site.by_num()[46768].path)
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_markup
    assert "\u00a0" in templates.issue_line(site.by_num()[45694])


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() == 3
    status, _, body = get(base_url + "/novosti?page=2")
    assert status == 200 and "news_text" in body.decode()
    for a in site.build():
        if a.look == "listing_time":
            page = next(n for n in range(1, 4) if a in site.page_items(n))
            listing = get(base_url + (f"/novosti?page={page}" if page > 1 else "/novosti"))
            assert templates.listing_date(a) in listing[2].decode()


def test_issue_pages_list_their_stories(base_url: str) -> None:
    for path, arts in site.issues().items():
        status, _, body = get(base_url + path)
        text = body.decode()
        assert status == 200 and all(a.path in text for a in arts), path
        assert all(f"Полоса {a.strip}" in text for a in arts)
    status, _, body = get(base_url + site.ARCHIVE)
    assert status == 200 and all(p in body.decode() for p in site.issues())
    pdf = next(a.pdf_path for a in site.build() if a.issue)
    status, headers, _ = get(base_url + pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /upload/pdf/")
    checks.check_old_slug(base_url, site.by_num()[45694])
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/novosti?page=4",
                     "/novosti?page=x", "/archive/1999/01/01/", "/upload/pdf/2023/ic-999.pdf")
    checks.check_moved(base_url, "/", site.LISTING)
    checks.check_moved(base_url, "/archive/2023/04/20", "/archive/2023/04/20/")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("ninetyfifthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the stories only a few discovery probes
    that the copy answers 404: no issue page, no PDF, no archive."""
    known = {"/robots.txt", *checks.copy_pages(site, "?page={}")}
    checks.check_fetched_once(crawl_run[1], known)


def test_spider_on_newspaper_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
