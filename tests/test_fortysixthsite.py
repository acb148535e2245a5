"""kznews against a forty-sixth copy of ic24.kz: SITE.md read again and its gaps filled with one
guess of the live outlet (tests/fortysixthsite; what it serves, the guesses and the truth calls
are in its package docstring).

A custom PHP CMS (Yii2, Bootstrap 4, TinyMCE) on one Russian template for every story: the
currency widget, the ``<h1>``, the photo with ``Фото:gov.kz``, the info line ``20 Апреля 2023
683 Социум Алматы, аким, субботник`` of spans and links, the dateline on the first paragraph,
``&nbsp;`` and ``Источник: X`` at the end, a latest-news sidebar of 30 badged, cut headlines;
around it ads, counters, share icons, a cookie banner, a burger menu, a search form, Facebook
or reader comments, "Самое читаемое", a Telegram box and a footer with contacts. One story in
three carries the editor's own formatting (bold lead, quotation, list, table, video, gallery,
"Обновлено:", "Читайте также:", a photo in the middle with "Источник фото:", embeds, an ad in
the text, Word markup, a dateline a day early, ``<br><br>`` lines, comments with times, the
photo inside the text). The crawl runs with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never`` as every scored copy) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, normalise
from tests.fortysixthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.deviation for a in arts} >= set(site.DEVIATIONS)
    assert 0.3 <= sum(bool(a.deviation) for a in arts) / len(arts) <= 0.45
    for lang, months in (("ru", RU_MONTHS), ("en", EN_MONTHS), ("kk", KK_MONTHS)):
        written = {a.date_text().split()[1] for a in arts if a.lang == lang}
        assert written <= {m[0].upper() + m[1:] for m in months}, (lang, written)
    for lang in ("ru", "en", "kk"):
        assert any(a.lang == lang and a.place for a in arts), lang
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.photo and not a.photo_credit for a in arts)  # a photo without a credit
    assert any(not a.image_paths() for a in arts)  # no photo at all
    assert any(a.source and a.source_line for a in arts)
    assert any(a.source and not a.source_line for a in arts)  # only the lead names it
    assert any(not a.source for a in arts) and any(not a.place for a in arts)
    assert {"Нур-Султан", "Nur-Sultan", "Астана", "Шымкент"} <= {a.place for a in arts}
    assert {a.entities for a in arts} == {True, False}
    assert any(a.raw_title != a.title for a in arts)
    checks.check_leap_days(truth)
    subbotnik = site.by_num()[49120]
    assert subbotnik.info_text() == "20 Апреля 2023 683 Социум Алматы, аким, субботник"
    checks.check_subbotnik(truth)
    assert truth["u49120"]["photo_credit"] == "pixabay"
    assert truth["u45694"]["dateline_place"] == "Алматы" and truth["u45694"]["source"] == "КазТАГ"
    assert truth["u46768"]["lang"] == "en" and truth["u46768"]["source"] == "EU Reporter"
    assert "Embassies" in str(truth["u46768"]["body"])
    assert truth["u45713"]["lang"] == "en"


def _page(a: site.Article) -> tuple[str, str, str]:
    """The markup, its text normalised, and that text with tags dropped (not spaced)."""
    status, headers, body = site.route(a.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("UTF-8")
    markup = body.decode("utf-8")
    text = normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))
    glued = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)), homoglyphs=False)
    return markup, text, glued


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text, glued = _page(a)
        assert '<html lang="ru">' in markup and "USD/KZT 0.0" in text
        assert a.title in text, a.id
        for para in a.paragraphs:
            assert all(cell in text for cell in para.split(" | ")), (a.id, para[:60])
        assert a.info_text() in glued, (a.id, a.info_text())
        assert not a.place or a.dateline().strip() in text, a.id
        assert (f"Источник: {a.source}" in text) == bool(a.source_line), a.id
        assert a.source is None or a.source.lower() in text.lower(), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        if a.deviation == "photo_in_text":  # the credit runs into the dateline
            assert f"Фото:{a.photo_credit}{a.dateline()}"[:40] in glued, a.id
    _, _, glued = _page(site.by_num()[49120])
    assert "Фото:pixabayАлматы. 20 апреля." in glued
    assert 'content="Фото:pixabayАлматы. 20 апреля.' in site.route(
        site.by_num()[49120].path, "h")[2].decode()


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, start=1)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    status, headers, _ = get(f"{base_url}/novosti/")
    assert status == 301 and headers["Location"] == base_url + "/novosti"
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/sitemap.xml")
    # Yii2: a page past the end is the last page
    last = get(f"{base_url}/novosti?page={site.page_count() + 3}")
    assert last[0] == 200 and site.page_items(site.page_count())[-1].path.encode() in last[2]


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fortysixthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_site_md_reread_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
