"""kznews against a forty-ninth copy of ic24.kz: every kind of story, and pages at article
addresses that are no story (tests/fortyninthsite).

Flashes, notes, video and photo stories, infographics, live blogs, interviews, long reads,
official statements, press releases and ru/en/kk versions of one story, each on 2-4 pages; and,
listed like stories, soft 404s answered 200, removed stories, a rubric's list and redirect loops
at ``/news/<slug>-u<N>`` addresses, which the crawl must neither export nor miss as articles.
The crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.copykit import checks, listing, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.fortyninthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_kind_occurs() -> None:
    arts = site.stories()
    truth = site.truth("http://h")
    assert 40 <= len(truth) == len(arts) <= 50
    checks.check_language_mix(arts, min_kk=3)
    pages = sorted(site.build(), key=lambda a: (a.local, a.num))
    assert [a.num for a in pages] == sorted(a.num for a in pages)  # one growing id sequence
    assert pages[0].day.year == 2019 and pages[-1].day.year == 2025
    checks.check_offsets(arts, truth, FIELDS)
    kinds = Counter(a.kind for a in arts)
    for kind in site.KINDS:
        assert 2 <= kinds[kind] <= 12, (kind, kinds[kind])
    assert set(Counter(a.kind for a in site.build() if not a.is_story)) == set(site.NOT_STORIES)
    assert {a.info for a in arts} == set(site.INFO_FORMS)
    assert {a.views for a in arts} >= {None, 0}
    assert truth["u45694"]["dateline_place"] == "Алматы" and truth["u46768"]["lang"] == "en"
    flashes = {str(truth[a.id]["body"]) for a in arts if a.kind == "flash"}
    assert "В Алматы произошло землетрясение магнитудой 4,5." in flashes
    assert all(len(site.truth("h")[a.id]["image_urls"]) == 10 for a in arts if a.kind == "photo")
    assert all(len(a.paragraphs) >= 30 for a in arts if a.kind == "longread")
    assert {a.lang for a in arts if a.group == "metro"} == {"ru", "en", "kk"}


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def test_pages_carry_the_truth() -> None:
    for a in site.stories():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            cells = para.split(" | ") if a.kind == "longread" else [para]
            assert all(c in text for c in cells), (a.id, para[:60])
        assert " ".join(site.templates.date_text(a).split()) in text, a.id
        assert a.clock is None or f"{a.clock:%H:%M}" in text, a.id
        for tag in a.tags:
            assert f">{tag}</a>" in markup, (a.id, tag)
        assert a.category is None or f'"rubric">{a.category}<' in markup, a.id
        assert a.views is None or f'"views">{a.views}<' in markup, a.id
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.source is None or a.source in text, a.id
        assert (f"Источник: {a.source}" in text) == a.source_line, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert "USD/KZT 0.0" in text and "Последние новости" in text
        for other in site.versions(a):
            assert other.path in markup, (a.id, other.id)


def test_pages_that_are_no_story() -> None:
    for a in site.build():
        if a.is_story or a.kind == "loop":
            continue
        markup, text = _page(a)
        want = {"soft404": "Материал не найден", "removed": "Материал удалён по требованию",
                "removed_titled": "Материал удалён по требованию", "rubric": "news_text"}
        assert want[a.kind] in markup, a.id


def test_listing_pagination_reaches_every_page(base_url: str) -> None:
    ids, pages = listing.walk(base_url, site.LISTING, re.compile(r"/novosti(\?page=\d+)?"))
    assert ids == {a.id for a in site.build()} and set(site.truth(base_url)) < ids
    assert pages == checks.paged("/novosti", "/novosti?page={}", range(2, site.page_count() + 1))


def test_robots_redirects_loops_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    for loop in (a for a in site.build() if a.kind == "loop"):
        status, headers, _ = get(base_url + loop.path)
        assert status == 301 and headers["Location"] == base_url + site.loop_target(loop)
        status, headers, _ = get(base_url + site.loop_target(loop))
        assert status == 301 and headers["Location"] == base_url + loop.path
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fortyninthsite", site.truth, FIELDS,
                                            same=scoring.same_moment, shown=60)


def test_crawl_reads_every_listed_page(crawl_run: checks.Logged) -> None:
    """The listing, every story and every page that is no story fetched (a loop's first hop)."""
    checks.check_fetched(crawl_run[1], checks.copy_pages(site, "?page={}"))


def test_spider_on_every_kind_of_story(crawl_run: checks.Logged) -> None:
    sc, _ = crawl_run
    assert not sc.unexpected, scoring.report(sc)  # no soft 404, removed story, rubric list
    check_score(sc)
