"""kznews against a seventy-seventh copy of ic24.kz: a Kazakh state news agency's site on Yii2
(tests/seventyseventhsite).

Trilingual kk/ru/en pages with a csrf-token meta, a Bootstrap 3 grid, ``.article-info`` lines
(``20 Апреля 2023 683 Социум Алматы, аким, субботник``, an ``Обновлено:`` stamp, the eye
counter), ``Фото: Ақорда`` credits, bylines, ``Читайте также:`` links, Instagram/Telegram/video
embeds, a ``Самое читаемое`` sidebar with counts; a third of the pages deviate. The crawl runs
with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by
field.
"""

from __future__ import annotations

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.seventyseventhsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.dev for a in arts} == {"", *site.DEVIATIONS}
    assert sum(bool(a.dev) for a in arts) * 4 >= len(arts)
    assert {a.embed for a in arts} == {"", "instagram", "telegram", "video"}
    assert {a.photo_credit for a in arts} >= {"gov.kz", "pixabay", "Ақорда",
                                              "пресс-служба акимата", None}
    assert any(a.updated for a in arts) and any(a.translator for a in arts)
    assert {None, "Алматы", "Almaty"} <= {a.place for a in arts}
    assert any(a.views is None for a in arts) and any(a.category is None for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]


def test_pages_carry_the_truth() -> None:
    forms = set()
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, site.AGENCY_NAMES)
        assert 'name="csrf-token"' in markup and "ҚАЗ | РУС | ENG" in text
        assert "USD/KZT 0.0" in text
        assert a.views is None or f" {a.views} " in text, a.id
        assert a.photo_credit is None or (
            f"Фото:{a.photo_credit}" in text or f"Фото: {a.photo_credit}" in text), a.id
        day = (f"{a.day:%d.%m.%Y}" if a.dev == "dotted_date" else templates.date_words(a))
        assert day in text, a.id
        if a.dev != "tags_block" and not a.updated and a.views and a.category and not a.clock:
            forms.add(a.id)
            assert f"{day} {a.views} {a.category} {', '.join(a.tags)}".strip() in text, a.id
    assert "u49120" in forms
    _, text = checks.page(site.route, site.by_num()[49120].path)
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in text
    _, text = checks.page(site.route, site.by_num()[45694].path)
    assert "Алматы. 16 апреля. Центр информации - " in text and "Источник: КазТАГ" in text
    _, text = checks.page(site.route, site.by_num()[46768].path)
    assert "Almaty. August 2. Information Center - " in text and "2 August 2021" in text


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5
    markup, text = checks.page(site.route, site.LISTING)
    assert markup.count('class="news_text"') == site.PER_PAGE


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("seventyseventhsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, feeds) and the language switcher's ``/kk``, ``/ru``, ``/en`` (which
    this copy does not serve), all answered 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")},
                              probes=8)


def test_spider_on_yii2_agency_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
