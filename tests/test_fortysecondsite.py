"""kznews against a forty-second copy of ic24.kz: SITE.md's article page taken literally
(tests/fortysecondsite).

The page is the one SITE.md describes, on the plainest old CMS (tables or divs, classes in
transliterated Russian): the currency widget first (``• USD/KZT 0.0 • EUR/KZT 0.0 …``), the
headline, the photo credit ``Фото:gov.kz`` with no space after the colon (on some pages in the
same text node or element as the dateline: ``Фото:pixabayАлматы. 20 апреля.``), then the info
line as ONE text node: ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` = date, views,
rubric, comma-separated tags, in every variation (rubrics of several words, no rubric, no views,
one tag, no tags, capitalised or lower-case first tags, English months on English pages); the
dateline without a year (absent on some pages, where the info line is the only date), a line
holding only a no-break space, ``Источник: X`` (the Russian label on English pages too), a lead
naming the source, a homoglyph, and the language-badged "latest news" block after the text.

Truth calls, each one SITE.md's reading of the info line:
- ``category`` is the rubric the info line names, as written, and None when the line has none
  (a site-wide menu naming every rubric is on most pages, so the first words of the line that
  are not a menu rubric are a tag). It is never taken from the menu alone.
- On the pages without a menu the rubric is one word and the first tag one word, so the line
  splits only one way in SITE.md's order (date, views, rubric, tags); no page without a menu
  lacks a rubric or its tags (there "Япония, диаспора" could not be told from rubric + tag).
- ``tags``: the comma-separated list after the rubric, case kept; [] when the line ends with the
  rubric. The site-wide ``<meta name="keywords">`` (the same on every page) is not the tags.
- ``views``: the number after the date (0 on one page), None when the line has none.
- ``published_at``: the info line's day at 00:00 Asia/Almaty, precision "day" (the dateline
  agrees and has no year; the listing prints the same day).
- ``photo_credit``: what follows ``Фото:``, up to the dateline's place where they run together;
  ``image_urls``: the article's photo under ``/upload/`` (not the logo, banner or counter).
- ``body``: the paragraphs without the dateline, the credit, the no-break-space line,
  ``Источник:``, share links or the "latest news" block; homoglyphs repaired, entities decoded.
- ``source``: the ``Источник:`` line, else the name the lead gives (``сообщает КазТАГ``).
"""

from __future__ import annotations

import html
import re
from datetime import date

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.fortysecondsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
INFO_FORMS = {
    ("views", "one-word rubric", "tags", "capital tag"),  # 683 Социум Алматы, аким, субботник
    ("views", "multi-word rubric", "tags", "capital tag"),
    ("views", "multi-word rubric", "tags", "lower-case tag"),
    ("views", "one-word rubric", "tags", "lower-case tag"),
    ("views", "no rubric", "tags", "capital tag"),
    ("views", "one-word rubric", "one tag", "lower-case tag"),
    ("views", "multi-word rubric", "one tag", "capital tag"),
    ("no views", "multi-word rubric", "tags", "capital tag"),  # В мире Япония, диаспора
    ("no views", "one-word rubric", "tags", "lower-case tag"),
    ("no views", "no rubric", "tags", "capital tag"),
    ("views", "one-word rubric", "no tags", ""),
    ("views", "multi-word rubric", "no tags", ""),
}


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert len(arts) == len(truth) == 44
    checks.check_language_mix(arts, min_kk=2)
    ordered = checks.ids_in_date_order(arts, lambda a: a.day)
    assert len({a.num for a in arts}) == len(arts)
    assert ordered[0].day.year == 2019 and ordered[-1].day.year == 2025
    for a in arts:
        rec = truth[a.id]
        offset = "+06:00" if a.day < date(2024, 3, 1) else "+05:00"
        assert str(rec["published_at"]).endswith("T00:00:00" + offset), a.id
        assert set(FIELDS) <= rec.keys()
    checks.check_leap_days(truth)
    forms = {a.info_form() for a in arts}
    assert forms >= INFO_FORMS, INFO_FORMS - forms
    for lang in ("ru", "en"):
        assert {a.category for a in arts if a.lang == lang and a.category and " " in a.category}
    assert {a.en_months for a in arts if a.lang == "en"} == {True, False}
    assert {a.credit_form for a in arts} == set(site.CREDIT_FORMS)
    assert {a.text_form for a in arts} == set(site.TEXT_FORMS)
    assert {a.layout for a in arts} == set(site.LAYOUTS)
    assert {a.info_tag for a in arts} == set(site.INFO_TAGS)
    assert {a.nbsp_line for a in arts} == {"&nbsp;", "\u00a0", None}
    assert {a.sidebar for a in arts} == {"div", "table"}
    assert {(a.lead_source, a.source_line) for a in arts} == {
        (False, False), (True, False), (False, True), (True, True)}
    assert {a.entities for a in arts} == {a.share for a in arts} == {True, False}
    assert any(a.raw_paragraphs and a.raw_paragraphs != a.paragraphs for a in arts)
    assert sum(not a.place for a in arts) >= 5
    assert {a.photo_credit for a in arts} >= {"gov.kz", "pixabay", None}
    no_menu = [a for a in arts if not a.menu]
    assert len(no_menu) >= 3
    for a in no_menu:  # the line splits one way only
        assert a.category and " " not in a.category and a.tags and " " not in a.tags[0], a.id
    for a in arts:
        if a.category is None or not a.tags:
            assert a.menu, a.id
    assert site.by_num()[49120].info_line() == "20 Апреля 2023 683 Социум Алматы, аким, субботник"
    assert site.by_num()[45694].info_line() == "16 Апреля 2021 В мире Япония, диаспора"
    assert site.by_num()[45713].info_line() == "19 April 2021 214 World news Japan, diaspora"
    checks.check_subbotnik(truth)
    assert truth["u45694"]["views"] is None and truth["u45694"]["source"] == "КазТАГ"
    assert truth["u46768"]["source"] == "EU Reporter"


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path, charset="utf-8")


def test_pages_carry_the_truth() -> None:
    arts = site.build()
    rubrics = {a.category for a in arts if a.category}
    for a in arts:
        markup, text = _page(a)
        # the info line: one text node, exactly SITE.md's form
        info = html.escape(a.info_line(), quote=False)
        assert re.search(rf'<{a.info_tag} class="info">{re.escape(info)}</{a.info_tag}>',
                         markup), a.id
        assert text.startswith(f"{a.title} - Центр информации • USD/KZT 0.0 • EUR/KZT 0.0 "
                               "• RUB/KZT 0.0 • CNY/KZT 0.0"), a.id
        # the headline, the credit, the info line and the text in SITE.md's order
        start = text.index(a.title, 60)
        assert start < text.index(a.info_line()) < text.index(a.paragraphs[0]), a.id
        for para in a.paragraphs:
            assert para in text, (a.id, para[:60])
        assert text.count(a.paragraphs[0]) == 1
        dateline = normalise(a.dateline())
        assert (f"{site.catalogue.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        if a.place:
            # (the page's own spelling: "Фото:pixabayАлматы" is no word to repair)
            raw = normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)), homoglyphs=False)
            assert f"{dateline} {a.paragraphs[0]}" in raw, a.id
        if a.photo_credit:
            credit = f"Фото:{a.photo_credit}"
            assert credit in text, a.id
            if a.credit_form == "node":  # one text node: "Фото:pixabayАлматы. 20 апреля."
                assert credit + a.dateline() in markup, a.id
            elif a.credit_form == "el":  # one element: <span>Фото:pixabay</span>Алматы. …
                assert f"{credit}</span>{a.dateline()}" in markup, a.id
            else:
                assert text.index(credit) < text.index(a.info_line()), a.id
        else:
            assert "Фото:" not in text, a.id
        assert all(p in markup for p in a.image_paths()) and markup.count("/upload/") == a.images
        if a.source_line:
            assert f"Источник: {a.source}" in text, a.id
        else:
            assert "Источник:" not in text, a.id
        if a.lead_source:
            assert str(a.source).lower() in a.paragraphs[0].lower(), a.id  # "EU reporter reports"
        if a.nbsp_line:
            assert re.search(r"(<p>|<br />\n)(&nbsp;|\u00a0)(</p>|<br />|</div>)", markup), a.id
        # the menu names every rubric, or is not there at all
        assert ('href="/rubric/' in markup) == a.menu, a.id
        if a.menu:
            assert all(f'href="/rubric/{site.RUBRIC_SLUG[r]}">{r}</a>' in markup
                       for r in rubrics), a.id
        # the "latest news" block: other articles, badge before each truncated headline
        badges = re.findall(r'class="yazyk">(ru|en|kk)</(?:span|td)>', markup)
        assert len(badges) == templates.SIDEBAR_ITEMS, a.id
        assert f'href="{a.path}"' not in markup
        assert markup.index('class="tekst"') < markup.index('class="yazyk"'), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(
        base_url, site.LISTING, re.compile(r"/novosti(\?start=\d+)?"), site.truth(base_url),
        {"/novosti", *(f"/novosti?start={n * site.PER_PAGE}" for n in range(1, site.page_count()))})
    assert site.page_count() == 5
    status, _, body = get(base_url + "/novosti?start=20")
    text = body.decode("utf-8")
    items = re.findall(r'<div class="news_text"><a href="(/news/[^"]+)">[^<]+</a>'
                       r"<p>(\d{1,2} [А-Я][а-я]+ \d{4})</p></div>", text)
    assert status == 200 and len(items) == site.PER_PAGE
    arts = site.build()[20:30]
    assert items == [(a.path, templates.listing_date(a)) for a in arts]


def test_robots_redirects_and_404(base_url: str) -> None:
    art = site.by_num()[45694]
    checks.check_robots_and_old_slug(base_url, art)
    assert get(base_url + art.path)[0] == 200
    assert get(base_url + "/rubric/socium")[0] == 200
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/rubric/nothing",
                     f"/novosti?start={site.page_count() * site.PER_PAGE}", "/novosti?start=7")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fortysecondsite", site.truth, FIELDS, shown=60)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_site_md_literal_copy(
        crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
