"""kznews against a forty-fourth copy of ic24.kz, the outlet's English pages (fortyfourthsite).

SITE.md says the outlet publishes Russian and English pages under one id sequence with no
``/en/`` prefix. Here most pages are English (30 en, 12 ru, 2 kk) on a Russian CMS: datelines
"Almaty. August 2. Information Center - ", "ALMATY, August 2 (Information Center) –" and
"Astana, 2 August – Information Center."; info-line dates "2 August 2021", "August 2, 2021",
"Aug 2, 2021", "Aug. 2, 2021", with a clock, or the CMS's "02 Августа 2021" over English text,
once none at all (the year from the listing); rubrics of several words next to capitalised
tags; "Источник:", "Source:", linked and lead attributions ("Kazinform reports", "according
to …", "reported the press service of …"); homoglyphs in English words, «Отандастар» quoted in
English text; ``<html lang="ru">``, ``og:locale=ru_RU`` and Russian ``<title>``s on English
pages; English photo credits ("Photo:", "Photo by", "Фото:" on English pages, glued to the text
or as its last line); the ``ru`` "latest news" sidebar after every text (SPEC's ``related``:
every linked article) and a Bitrix listing (``/novosti?PAGEN_1=n``) mixing the languages.
The crawl runs as every scored copy's (``-a max_pages=50``, ``KZNEWS_RENDER=never``).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.fortyfourthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls", "related")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert len(arts) == len(truth) == 44
    assert Counter(a.lang for a in arts) == {"en": 30, "ru": 12, "kk": 2}
    checks.ids_in_date_order(arts)
    assert len({a.num for a in arts}) == 44
    assert {a.day.year for a in arts} == set(range(2019, 2026))
    before = [a for a in arts if a.day < date(2024, 3, 1)]
    assert 5 <= len(arts) - len(before) <= len(before)
    checks.check_offsets(arts, truth, FIELDS)
    english = [a for a in arts if a.lang == "en"]
    for name, options in (("dateline", site.DATELINES), ("date", site.DATES),
                          ("source", site.SOURCES), ("photo", site.PHOTOS),
                          ("title_tag", site.TITLE_TAGS), ("locale", site.LOCALES),
                          ("widget", site.WIDGETS)):
        got = {a.forms[name] for a in english}
        assert set(options) <= got, (name, set(options) - got)
    assert {a.category for a in english} >= {*site.EN_RUBRICS, None}
    assert any(a.raw_title != a.title for a in english)  # homoglyphs, zero-width spaces
    assert any(a.raw_paragraphs != a.paragraphs for a in arts if a.lang == "ru")
    assert all(a.forms["dateline"] != "none" for a in arts if a.forms["date"] == "none")
    assert {a.views for a in english} >= {None}
    assert any(a.clock and a.clock.hour < 6 for a in arts)  # the UTC day is the day before
    checks.check_leap_days(truth)
    seed = truth["u46768"]
    assert (seed["lang"], seed["source"], seed["dateline_place"]) == ("en", "EU Reporter",
                                                                      "Almaty")
    checks.check_subbotnik(truth)
    assert truth["u45694"]["dateline_place"] == "Алматы"
    assert truth["u45713"]["lang"] == "en" and truth["u45713"]["source"] == "KazTAG"


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("UTF-8")
    markup = body.decode("utf-8")
    inline = re.sub(r"</?(?:a|b|em)\b[^>]*>", "", markup)  # a link ends "…Kazakhstanis</a>."
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", inline)))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        shown = templates.info_date(a)
        assert shown is None or f'__date">{shown}<' in markup, a.id
        line, _ = templates.dateline(a)
        assert normalise(line) in text
        assert a.place is None or a.place.upper() in normalise(line).upper(), a.id
        assert (a.place is None) == (line == ""), a.id
        assert a.category is None or f">{html.escape(a.category)}</a>" in markup, a.id
        assert all(t in text or templates._tag_raw(a, t) in markup for t in a.tags), a.id
        views = None if a.views is None else f"{a.views:,}".replace(",", "&nbsp;")
        assert views is None or f"</i> {views}</span>" in markup, a.id
        if a.source_line:
            assert re.search(rf"(Источник|Source): (<a [^>]+>)?{re.escape(a.source or '')}",
                             markup), a.id
        assert a.lead_source is None or normalise(a.lead_source).strip(" .") in text, a.id
        assert a.credit_text is None or a.credit_text in text, a.id
        assert (a.photo_credit is None) == (a.credit_text is None), a.id
        assert all(p in markup for p in a.image_paths())
        for rel in a.related:
            assert f'href="{rel["url"]}"' in markup, (a.id, rel["id"])
        assert '<html lang="' + ("en" if a.forms["locale"] == "en" else "ru") in markup
        assert "USD/KZT 0.0" in text and "Последние новости" in text
    en_pages = [a for a in site.build() if a.lang == "en"]
    assert sum('<html lang="ru">' in _page(a)[0] for a in en_pages) >= 25
    russian_title = [a for a in en_pages if a.forms["title_tag"] != "en"]
    for a in russian_title:
        assert f"<title>{a.ru_title} |" in _page(a)[0], a.id
    assert "02 Августа 2021" in _page(site.by_num()[46768])[0]
    assert "Еmbassies" in _page(site.by_num()[46768])[0]  # U+0415 as in the seed


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, site.LISTING, r"/novosti(\?PAGEN_1=\d+)?",
                              "/novosti?PAGEN_1={}")
    assert site.page_count() == 6
    first = get(base_url + site.LISTING)[2].decode()
    assert {"en", "ru"} <= set(re.findall(r'class="news_lang">(\w+)<', first))


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    status, headers, _ = get(base_url + "/")
    assert status == 301 and headers["Location"] == base_url + site.LISTING
    photo = site.by_num()[49120].image_paths()[0]
    assert get(base_url + photo)[0] == 200
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?PAGEN_1={site.page_count() + 1}", "/novosti?PAGEN_1=0",
                     "/upload/iblock/000/none.jpg")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fortyfourthsite", site.truth, FIELDS,
                                                same=site.same, shown=60)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1],
                              {"/robots.txt", *checks.copy_pages(site, "?PAGEN_1={}")})


def test_spider_on_english_pages_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
