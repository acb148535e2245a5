"""kznews against a fifty-seventh copy of ic24.kz: SITE.md read again as a Joomla 4/5 site
(tests/fiftyseventhsite).

``com_content`` article views in a Helix-style template (``article-info`` with
``dd.published``/``dd.hits``/``dd.category-name``, ``ul.tags``, ``itemprop="articleBody"``,
``pagenav``), a category blog at ``/novosti`` paged by ``?start=20``, the modules a newsroom adds
(currency, latest ``ru``-badged headlines, most read with counts, share, banners, counters,
cookie banner) and a third of the pages with an editor's TinyMCE formatting. The crawl runs with
the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by
field; the server's log counts its requests against the distinct pages.
"""

from __future__ import annotations

import re

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.fiftyseventhsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _text(art: site.Article) -> tuple[str, str]:
    markup, text = checks.page(site.route, art.path, charset="utf-8")
    return markup, text.replace(" ,", ",")


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert set(site.FORMATS) <= set().union(*(a.formats for a in arts))
    assert 0.28 <= sum(bool(a.formats) for a in arts) / len(arts) <= 0.45
    assert any(a.hazard for a in arts) and {a.lang for a in arts} == {"ru", "en", "kk"}
    assert any(r["category"] is None for r in truth.values())
    _, text = _text(site.by_num()[49120])
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in text
    assert "Фото:pixabay" in text and "Алматы. 20 апреля. Центр информации - " in text
    en_markup, text = _text(site.by_num()[46768])
    assert "\u0415mbassies" in en_markup
    assert "02 August 2021" in text and "Almaty. August 2. Information Center - " in text
    assert "Источник: EU Reporter" in text
    markup, text = _text(site.by_num()[45694])
    assert "Алматы. 16 апреля. Центр информации - " in text and "Источник: КазТАГ" in text
    assert "<p>\u00a0</p>" in markup and "Фото:gov.kz" in text


def _hits(a: site.Article) -> str | None:
    if a.views is None:
        return None
    return f"{templates.HITS[a.lang]}: {a.views}" if "hits_label" in a.formats else str(a.views)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _text(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert (f"{AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        if "author" in a.formats:
            assert f"{templates.AUTHOR[a.lang]}: {templates.EDITOR[a.lang]}" in text
        line = " ".join(x for x in (templates.info_date(a.lang, a.day),
                                    _hits(a), a.category) if x)
        assert line in text, (a.id, line)
        assert ", ".join(a.tags) in text, a.id
        assert f'datetime="{a.local.isoformat()}"' in markup
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths())
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert re.search(r'<span class="badge lang-badge">ru</span>', markup)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(base_url, site.LISTING, re.compile(r"/novosti(\?start=\d+)?"),
                         site.truth(base_url), site.listing_targets())
    markup = checks.get(base_url + site.LISTING)[2].decode()
    assert 'class="com-content-category-blog__item blog-item news_text"' in markup
    assert re.search(r'<p class="item-date">\d{1,2} [А-Я][а-я]+ \d{4}</p>', markup)
    assert site.page_count() >= 3


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/novosti?start=60",
                               "/novosti?start=7", "/novosti?start=x")
    checks.check_moved(base_url, "/", "/novosti", 303)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftyseventhsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *site.listing_targets(),
                                             *(a.path for a in site.build())})


def test_spider_on_joomla_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
