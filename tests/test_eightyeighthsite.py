"""kznews against an eighty-eighth copy of ic24.kz, a Joomla 3 site with K2 (eightyeighthsite).

K2 item views in two layouts (SITE.md's one-line info under the photo, and K2's stock layout
with a weekday-and-clock date above the title, "Прочитано N раз", "Опубликовано в" and "Теги"
after the text), the body split into intro and full text, the photo in K2's size cache
(``_L`` shown, ``_XL`` linked, ``_M`` in og:image), ``Источник`` as a paragraph or a K2 extra
field, ``<html lang="ru-ru">`` on every page, and a category listing paged by ``?start=10``.
The crawl runs as every scored copy (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field.
"""

from __future__ import annotations

import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.eightyeighthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
PAGES = {site.listing_path(n) for n in range(1, site.page_count() + 1)}


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.layout for a in arts} == {"override", "stock"}
    assert set(site.QUIRKS) == {q for a in arts for q in a.quirks}
    plain = [a for a in arts if a.layout == "override" and not a.quirks]
    assert len(plain) <= len(arts) * 2 // 3 + 1 and len(plain) >= len(arts) // 4
    assert {a.lang for a in arts if a.layout == "stock"} >= {"ru", "en"}
    assert {a.views for a in arts} >= {None}
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert all(a.clock is None for a in arts if a.layout == "override")



def _page(path: str) -> tuple[str, str]:
    """A page's markup and normalised text (``" ,"`` closed up, as the tag lists leave it)."""
    markup, text = checks.page(site.route, path, charset="utf-8")
    return markup, text.replace(" ,", ",")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a.path)
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert "USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert 'content="Joomla! - Open Source Content Management"' in markup
        assert '<div id="k2Container" class="itemView' in markup
        stock = a.layout == "stock"
        date_text = templates.day_text(a.lang, a.day, stock)
        assert date_text in text, (a.id, date_text)
        if a.views is not None:
            label = templates.LABELS[a.lang]["hits"].format(a.views) if stock else a.views
            assert f'<span class="itemHits">{label}</span>' in markup, a.id
        else:
            assert "itemHits" not in markup
        if a.layout == "override":
            line = " ".join(x for x in [date_text, None if a.views is None else str(a.views),
                                        a.category, ", ".join(a.tags)] if x)
            assert line in text, (a.id, line)
        if a.photo_credit:
            bare = stock and "bare_credit" in a.quirks
            assert (a.photo_credit if bare else f"Фото:{a.photo_credit}") in text
            assert f"{a.md5}_XL.jpg" in markup and f"{a.md5}_M.jpg" in markup
        if a.source and a.source_line:
            assert f"Источник: {a.source}" in text
        assert ("itemFullText" in markup) != ("intro_all" in a.quirks)
    subbotnik = _page(site.by_num()[49120].path)[1]
    assert "Фото:pixabay 20 Апреля 2023 683 Социум Алматы, аким, субботник" in subbotnik
    ru = _page(site.by_num()[45694].path)[1]
    assert "Алматы. 16 апреля. Центр информации - " in ru and "Пятница, 16 Апреля 2021" in ru
    en = _page(site.by_num()[46768].path)
    assert "Almaty. August 2. Information Center - " in en[1] and "2 August 2021" in en[1]
    assert "Еmbassies" in en[0] and "Источник: EU Reporter" in en[1]
    assert '<span class="badge">ru</span>' in en[0]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(base_url, site.LISTING, re.compile(r"/novosti(\?start=\d+)?"),
                         site.truth(base_url), PAGES)
    assert site.page_count() >= 4
    markup = _page(site.LISTING)[0]
    assert 'class="pagination-list"' in markup and "Следующая" in markup
    assert "В конец" in markup and 'class="news_text"' in markup


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?start={site.page_count() * 10}", "/novosti?start=5")
    checks.check_robots(base_url, b"Disallow: /administrator/")
    checks.check_moved(base_url, "/", "/novosti", 303)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightyeighthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few 404 probes."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *PAGES,
                                             *(a.path for a in site.build())})


def test_spider_on_joomla_k2_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
