"""kznews against an eighty-seventh copy of ic24.kz built as an InstantCMS 2 site
(tests/eightyseventhsite).

The copy renders ``news`` items with InstantCMS's item view (field blocks, an ``info_bar``
with ``bi_date_pub``/``bi_hits``/rubric/tags/author/comments, a ``tags_bar``, breadcrumbs, a
``#widget_pos_left-top`` column with ``ru``-badged latest news and a "most read" block), a
single-language ``<html lang="ru">`` for every page, photo presets under ``/upload/``, dates
as words, as ``20.04.2023 в 16:07`` and as "сегодня/вчера в HH:MM", and the ``/novosti``
listing as a ``content_list`` with InstantCMS's ``pagebar``. The crawl runs with the default
discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.eightyseventhsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


def _page(art: site.Article) -> tuple[str, str]:
    """The page's markup and its text (inline tags dropped, block tags read as a space)."""
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("utf-8")
    markup = body.decode("utf-8")
    inline = re.sub(r"</?(?:a|strong|span)(?:\s[^>]*)?>", "", markup)
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", inline)))


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.forms["date"] for a in arts} == {"words", "numeric", "today", "yesterday"}
    taken = set().union(*(a.forms["dev"] for a in arts))
    assert taken == set(site.DEVIATIONS), set(site.DEVIATIONS) - taken
    assert 0.25 <= sum(bool(a.forms["dev"]) for a in arts) / len(arts) <= 0.45
    assert {None} < {a.category for a in arts} and {None} < {a.views for a in arts}
    assert {a.lang for a in arts} == {"ru", "en", "kk"}


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        assert (f"{templates.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert templates.shown_date(a) in text, a.id
        assert a.category is None or a.category in text, a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото: {a.photo_credit}" in text, a.id
        spelled = f"{a.views:,}".replace(",", " ") if "thin_views" in a.forms["dev"] else a.views
        assert a.views is None or re.search(rf"\b{spelled}\b", text), a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert "USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert '<html lang="ru">' in markup
    _, text = _page(site.by_num()[49120])
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in text
    markup, text = _page(site.by_num()[45694])
    assert "Алматы. 16 апреля. Центр информации - " in text and "<p>&nbsp;</p>" in markup
    assert "Источник: КазТАГ" in text
    markup, text = _page(site.by_num()[46768])
    assert "Almaty. August 2. Information Center - " in text and "2 August 2021" in text
    assert "\u0415mbassies" in markup and "Источник: EU Reporter" in text
    assert re.search(r'lang_badge">ru</span> <a href="/news/', markup)
    newest, second = site.build()[:2]
    assert "сегодня в 12:30" in _page(newest)[1] and "вчера в 09:15" in _page(second)[1]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5
    status, _, body = site.route("/novosti?page=2", "h")
    page = body.decode("utf-8")
    assert status == 200 and 'class="pagebar_current">2<' in page and ">Следующая</a>" in page
    assert re.search(r'<div class="news_text"><a href="/news/[^"]+">[^<]+</a><p>\d+ \w+ \d{4}'
                     r"</p></div>", page)


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightyseventhsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_instantcms_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
