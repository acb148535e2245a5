"""kznews against a fifty-sixth copy of ic24.kz: SITE.md as a Next.js site on a headless CMS.

The copy (tests/fiftysixthsite) renders CMS entries with hashed CSS-module classes,
``next/image`` pictures of CMS-hosted photos, RSC payload chunks, the agency's partial JSON-LD,
client-only widgets and a third of the stories with an editor's extra (embed, gallery, quote,
list, "Обновлено", separate lead, video). The crawl runs with the default discovery
(``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.fiftysixthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    markup = body.decode("utf-8")
    visible = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S)
    text = normalise(html.unescape(re.sub(r"<[^>]+>", " ", visible)))
    return markup, text.replace(" , ", ", ")  # the tags: "<span>a</span>, <span>b</span>"


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.extra for a in arts} == {None, *site.EXTRAS}
    extras = sum(a.extra is not None for a in arts)
    assert len(arts) / 4 <= extras <= len(arts) / 2
    assert {a.views for a in arts if a.views is None} == {None}
    assert any(a.category is None for a in arts) and any(not a.images for a in arts)
    assert any(a.clock is None for a in arts) and any(a.clock and a.clock.hour < 6 for a in arts)
    assert any(a.place is None for a in arts)
    assert any(a.raw_paragraphs and any("\u00a0" in p for p in a.raw_paragraphs) for a in arts)
    assert any(a.raw_paragraphs and any("\u200b" in p for p in a.raw_paragraphs) for a in arts)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert (f"{AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        line = [templates.day_text(a.lang, a.day)]
        line += [str(a.views)] if a.views is not None else []
        line += [a.category] if a.category else []
        line += [", ".join(a.tags)] if a.tags else []
        assert " ".join(line) in text, (a.id, " ".join(line))
        assert a.source is None or a.source in text, a.id
        assert (f"Источник: {a.source}" in text) == a.source_line, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in unquote(markup) for p in a.image_paths()), a.id
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in text
        assert '<html lang="ru">' in markup and "self.__next_f.push" in markup
        assert 'id="most-read"></div>' in markup and "mostRead" in markup
    subbotnik, = (a for a in site.build() if a.num == 49120)
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in _page(subbotnik)[1]
    ru, = (a for a in site.build() if a.num == 45694)
    assert "Алматы. 16 апреля. Центр информации - " in _page(ru)[1]
    en, = (a for a in site.build() if a.num == 46768)
    assert "2 August 2021" in _page(en)[1] and "Источник: EU Reporter" in _page(en)[1]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")
    checks.check_moved(base_url, "/", "/novosti", 308)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftysixthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_headless_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
