"""kznews against a forty-seventh copy of ic24.kz made of Kazakh pages (tests/fortyseventhsite).

20 of its 44 articles are Kazakh (16 Russian, 8 English, ids in one sequence, 2019-2025):
Kazakh datelines ("Алматы. 16 сәуір. Ақпарат орталығы - ", "Астана қаласы, 2 тамыз. ",
capitals, a Russian month left by the CMS), Kazakh months in the info line ("16 Сәуір 2021",
"02 Тамыз 2021", "2022 жылғы 25 тамыз") beside Russian ones, five pages in the Latin alphabets
of 2018 ("sáýir", "ortalyǵy") and 2017 ("sa'uir", "ortalyg'y"), rubrics, tags and
"Қаралды:" counters in Kazakh, "Дереккөз:", "Ақпарат көзі:", "Источник:" and lead
attributions ("деп хабарлайды Kazinform", "Бұл туралы ҚазАқпарат хабарлады"), "Сурет:"
credits, windows-1251 pages with the Kazakh letters as entities, a Latin "i" for the Kazakh
"і", language switches to a story's ru/en versions, kk/қаз badges. The copy is checked to
carry its truth, then crawled with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never``) and scored field by field.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.fortyseventhsite import site
from tests.fortyseventhsite.kazakh import repair
from tests.fortyseventhsite.templates import visible_text

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert len(arts) == len(truth) == 44
    assert Counter(a.lang for a in arts) == {"kk": 20, "ru": 16, "en": 8}
    assert Counter(a.script for a in arts if a.lang == "kk") == {"cyr": 15, "acute": 3,
                                                                 "apos": 2}
    checks.ids_in_date_order(arts, lambda a: (a.day, a.num))
    assert len({a.num for a in arts}) == len(arts)
    assert {a.day.year for a in arts} == set(range(2019, 2026))
    checks.check_offsets(arts, truth, FIELDS)
    for name, table in (("dateline", site.DATELINES), ("date", site.DATES),
                        ("views", site.VIEWS), ("source", site.SOURCES),
                        ("photo", site.PHOTOS)):
        for kind, options in table.items():
            got = {a.forms.get(name) for a in arts if a.kind == kind}
            assert set(options) <= got, (name, kind, set(options) - got)
    assert set(site.HAZARDS) <= {h for a in arts for h in a.hazards}
    assert {a.template for a in arts if a.lang == "kk"} == {"old", "mid", "new"}
    assert {"2024-02-29", "2024-03-01"} <= {str(r["published_at"])[:10] for r in truth.values()
                                            if r["lang"] == "kk"}
    checks.check_subbotnik(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    assert truth["u45694"]["dateline_place"] == "Алматы"
    assert truth["u45695"]["lang"] == "kk" and truth["u45695"]["source"] == "Kazinform"
    # every Kazakh story told in three languages links its versions
    assert {a.lang for a in site.twins(site.by_num()[45695]).values()} == {"ru", "en"}


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200
    charset = headers["Content-Type"].rpartition("charset=")[2]
    assert charset == ("windows-1251" if art.template == "old" else "utf-8"), art.id
    markup = body.decode(charset)
    return markup, repair(visible_text(markup))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert repair(a.dateline_text()) in text, a.id
        if a.forms["date"] != "none":
            assert a.date_text() in text, (a.id, a.date_text())
        else:  # no date in the info line: the dateline's day and month, the listing's year
            info = re.search(r'class="(?:news-info|news-detail__info)">(.*?)</div>', markup,
                             re.S)
            assert info and str(a.day.year) not in info.group(1), a.id
        if a.views is not None:
            assert f"{a.views_label()}{a.views}" in text, a.id
        for value in (a.category, *a.tags):
            assert value is None or value in text, (a.id, value)
        if a.source:
            assert (a.source_text() or a.source) in text, a.id
            assert a.source_line == bool(a.source_text()), a.id
        if a.photo_credit:
            assert a.photo_line() in text, a.id
        assert all(p in markup for p in a.image_paths())
        assert "USD/KZT 0.0" in text
        for other in site.twins(a).values():
            assert f'href="{other.path}"' in markup, (a.id, other.id)


def test_hazards_are_on_the_pages() -> None:
    """The raw pages really carry what the truth repairs."""
    for a in site.build():
        _, _, body = site.route(a.path, "h")
        if "cp1251" in a.hazards:
            assert re.search(rb"&#\d{3,4};", body), a.id  # letters cp1251 lacks
        if "hex" in a.hazards:
            assert b"&#x49B;" in body or b"&#x4D9;" in body, a.id
        if "latin_i" in a.hazards:
            assert re.search(r"[\u0400-\u04ff]i[\u0400-\u04ff]", body.decode("cp1251"
                             if a.template == "old" else "utf-8")), a.id
    latin_pages = [a for a in site.build() if a.script != "cyr"]
    assert {a.place for a in latin_pages} >= {"Almaty", "S'ymkent", "Nur-Sultan"}
    assert site.by_num()[41358].dateline_text() == "Almaty. 16 sáýir. Aqparat ortalyǵy - "


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() == 6
    _, _, body = get(base_url + "/novosti?page=2")
    text = body.decode()
    assert text.count('class="news_text"') == site.PER_PAGE and "Келесі »" in text
    mixes = [{a.lang for a in site.CATALOGUE.page_items(n)} for n in range(1, 7)]
    assert sum(len(m) >= 2 for m in mixes) >= 5 and {"kk", "ru", "en"} in mixes, mixes


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45695])
    status, headers, _ = get(f"{base_url}/novosti?page=1")
    assert status == 301 and headers["Location"] == base_url + site.LISTING
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count() + 1}", "/sitemap.xml")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fortyseventhsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_kazakh_pages_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
