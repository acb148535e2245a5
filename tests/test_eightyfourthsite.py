"""kznews against an eighty-fourth copy of ic24.kz: SITE.md read again as a Tilda site.

The copy (tests/eightyfourthsite) builds the outlet from t-records blocks: Zero-block header and
info line (``tn-atom`` elements), Feeds post popup markup, ``t-redactor__text`` bodies with
``<br /><br />`` or ``<p>`` paragraphs and typograph no-break spaces, lazy ``t-bgimg`` photos on
static.tildacdn.com, ``/tpost/`` twins of every post in the listing cards, a ``Загрузить ещё``
pager, JSON-LD on most pages; a third of the stories deviate in one way of their own. The
crawl runs with the default discovery and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.eightyfourthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set(site.DEVIATIONS) <= {a.dev for a in arts}
    assert len(arts) / 4 <= sum(a.dev is not None for a in arts) <= len(arts) / 2
    assert {a.lang for a in arts if a.dev == "oneline"} >= {"ru", "en"}
    assert {a.clock is None for a in arts} == {True, False}
    assert {a.num % 2 for a in arts if a.dev is None} == {0, 1}  # <br /><br /> and <p> bodies
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]


def test_info_line_and_seed_hazards() -> None:
    subbotnik = site.by_num()[49120]
    markup, text = checks.page(site.route, subbotnik.path, charset="utf-8")
    glued = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)), homoglyphs=False)
    assert "Фото:pixabayАлматы. 20 апреля. Центр информации - " in glued
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in text.replace(" ,", ",")
    oneline = next(a for a in site.build() if a.dev == "oneline" and a.lang == "ru")
    _, text = checks.page(site.route, oneline.path, charset="utf-8")
    words = [templates.date_text(oneline), str(oneline.views), oneline.category,
             ", ".join(oneline.tags)]
    assert " ".join(w for w in words if w and w != "None") in text
    ru = site.by_num()[45694]
    markup, text = checks.page(site.route, ru.path, charset="utf-8")
    assert "Алматы. 16 апреля. Центр информации - " in text and "Источник: КазТАГ" in text
    assert "&nbsp;<br /><br />Источник:" in markup or "<p>&nbsp;</p><p>Источник:" in markup
    markup, text = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "\u0415mbassies" in markup and "Источник: EU Reporter" in text
    assert "2 August 2021" in text and "Almaty. August 2. Information Center - " in text


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert templates.RATES in text and "ru" in text
        assert (a.views is None) or templates.views_text(a) in markup, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert (a.clock is not None) == ("application/ld+json" in markup), a.id
        assert f'<link rel="canonical" href="http://h{a.path}">' in markup
        status, _, twin = site.route(a.tpost, "h")
        assert status == 200 and twin == markup.encode(), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4
    status, _, body = get(base_url + "/novosti")
    assert status == 200 and "Загрузить ещё" in body.decode() and "/tpost/" in body.decode()
    index = [a.num for a in site.build()].index(45694)
    page = get(base_url + f"/novosti?page={index // site.PER_PAGE + 1}")[2].decode()
    assert '<p class="t-feed__post-date t-uptitle t-uptitle_xs">16 Апреля 2021</p>' in page


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/tpost/nothing-here")
    checks.check_moved(base_url, "/", "/novosti")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("eightyfourthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_tilda_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
