"""kznews against a sixty-fifth copy of ic24.kz written as a Laravel 11 site (tests/sixtyfifthsite).

Blade pages with the info line, the currency widget, the credit, the year-less dateline, the
source line and the badged headline block SITE.md describes, among a live site's furniture
(cookie banner, counters, share buttons, ads, "most read" with counts, a footer with
contacts); a Livewire views counter, Inertia pages (rendered on the server, or only the root
with the story in ``data-page`` JSON), Carbon's relative dates, Laravel's paginator with page 1
linked as ``?page=1``. The crawl runs with the default discovery (``-a max_pages=50``,
``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import json
import re

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.sixtyfifthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
SUBBOTNIK_LINE = "20 Апреля 2023 683 Социум Алматы, аким, субботник"

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    for name, forms in site.FORMS.items():
        assert {a.forms[name] for a in arts} == set(forms), name
    deviant = [a for a in arts if any(a.forms[k] != v[0] for k, v in site.FORMS.items())]
    assert len(arts) // 4 <= len(deviant) <= len(arts) // 2
    assert {a.hazard for a in arts} == {"", "nbsp", "homoglyph", "zwsp"}
    assert {None, "Алматы", "Almaty"} <= {a.place for a in arts}
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u45713"]["lang"] == "en" and truth["u45694"]["lang"] == "ru"


def _page(art: site.Article) -> tuple[str, str]:
    """The page's markup and its text as a reader sees it (tags dropped, block ends spaced
    by the markup's own new lines); an Inertia root's story is read from its JSON."""
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("utf-8")
    markup = body.decode("utf-8")
    shown = markup
    if art.forms["page"] == "inertia_csr":
        found = re.search(r'data-page="([^"]+)"', markup)
        assert found, art.id
        news = json.loads(html.unescape(found.group(1)))["props"]["news"]
        assert news["title"] == art.title and news["views"] == art.views
        assert news["category"] == (art.category and {"id": 7, "name": art.category,
                                                      "slug": news["category"]["slug"]})
        assert [t["name"] for t in news["tags"]] == art.tags
        credits = [m["custom_properties"]["credit"] for m in news["media"]
                   if m["custom_properties"]]
        shown = "\n".join([markup, news["title"], news["body"],
                           *(f"Фото:{c}" for c in credits)])
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", shown, flags=re.S)
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", "", text)))


def _info_line(a: site.Article) -> str:
    if a.forms["date"] == "relative":
        parts = [templates.ago(a.lang, a.day)]
    else:
        lang = "ru" if a.forms["date"] == "ru_on_en" else a.lang
        parts = [templates.day_text(lang, a.day, a.forms["date"])]
    if a.views is not None:
        parts.append(templates.views_text(a.lang, a.views))
        if a.forms["views"] == "labelled":
            parts.append(templates.views_label(a.lang, a.views))
    if a.category:
        parts.append(a.category)
    if a.tags and a.forms["tags"] == "comma":
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        if a.forms["page"] != "inertia_csr":
            assert _info_line(a) in text, (a.id, _info_line(a))
        if a.forms["tags"] == "links":
            assert " ".join(f"#{t}" for t in a.tags) in text, a.id
        agency = f"{AGENCY[a.lang]} - "
        assert (agency in text) == bool(a.place), a.id
        assert a.place is None or f"{a.place}. " in text, a.id
        assert a.source is None or a.source in text, a.id
        assert (f"Источник: {a.source}" in text) == (a.source is not None and a.source_line)
        if a.photo_credit:
            assert f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup or p.replace("/", "\\/") in html.unescape(markup)
                   for p in a.image_paths()), a.id
        assert (a.clock is not None) == ("article:published_time" in markup), a.id
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert 'name="csrf-token"' in markup and "Последние новости" in markup or a.lang != "ru"
    assert SUBBOTNIK_LINE in _page(site.by_num()[49120])[1]
    assert "Фото:gov.kzАлматы." in _page(site.by_num()[50059])[1] or any(
        a.forms["credit"] == "inline" for a in site.build())


def test_seed_pages_keep_their_hazards() -> None:
    en_markup, _ = _page(site.by_num()[46768])
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_markup
    ru_markup, ru_text = _page(site.by_num()[45694])
    assert "<p>&nbsp;</p>" in ru_markup and "Алматы. 16 апреля. Центр информации - " in ru_text
    assert '<span class="lang-badge">ru</span>' in ru_markup
    assert "\u200b" in "".join(_page(a)[0] for a in site.build() if a.hazard == "zwsp")


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    pages = checks.paged("/novosti", "/novosti?page={}", range(1, site.page_count() + 1))
    checks.check_listing(base_url, "/novosti", re.compile(r"/novosti(\?page=\d+)?"),
                         site.truth(base_url), pages)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/novosti?page=x")
    checks.check_moved(base_url, "/", "/novosti", 302)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtyfifthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few 404 probes,
    the paginator's ``/novosti?page=1`` and the language switch (each a 302 to ``/``, ``/``
    a 302 to the listing), each at most once."""
    extra = {"/novosti?page=1": 200, "/locale/ru": 302, "/locale/en": 302, "/": 302}
    assert all(extra[t] == s for t, s in crawl_run[1] if t in extra)
    gets = [g for g in crawl_run[1] if g[0] not in extra]
    checks.check_fetched_once(gets, {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_laravel_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
