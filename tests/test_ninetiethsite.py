"""kznews against a ninetieth copy of ic24.kz, WordPress with tagDiv Newspaper
(tests/ninetiethsite).

The copy's posts carry the theme's td-post-header, ul.td-category, h1.entry-title, the meta line
with the GMT ``datetime``, td-post-views, the featured photo with its sizes, td-post-content with
an inline ad, td-post-source-tags, share bars, related cards and comments, Yoast's JSON-LD and
Polylang's languages; the category archive ``/category/novosti/`` pages by ``page/N/``. The
crawl runs with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.ninetiethsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
AGENCY = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
PAGE = re.compile(r"/category/novosti/(page/\d+/)?")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _graph(markup: str) -> dict[str, dict[str, object]]:
    found = re.search(r'<script type="application/ld\+json" class="yoast-schema-graph">(.*?)'
                      r"</script>", markup)
    assert found
    return {str(p["@type"]): p for p in json.loads(found.group(1))["@graph"]}


def test_truth_shape_and_every_look_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.look for a in arts} == {"plain", *site.LOOKS}
    assert sum(a.look != "plain" for a in arts) * 4 >= len(arts)
    assert any(a.views == 0 for a in arts) and any(not a.tags for a in arts)
    assert any(a.clock is None for a in arts) and any(a.photo_credit is None and a.images
                                                      for a in arts)
    assert all(a.category == a.rubrics[0] for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    smart = next(a for a in arts if a.look == "smart_list")
    assert truth[smart.id]["body"].split("\n\n")[1].startswith("1. ")


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        checks.check_story_text(a, markup, text, AGENCY)
        assert f'<h1 class="entry-title">{html.escape(a.title)}</h1>' in markup, a.id
        assert f'<span class="td-nr-views-{a.num}">{a.views}</span>' in markup, a.id
        assert templates.date_text(a.day, a.lang) in text, a.id
        assert ('<time class="entry-date updated td-module-date" datetime="'
                f'{templates.utc(a.local)}"' in markup) == (a.look != "text_date"), a.id
        rubrics = re.findall(r'<li class="entry-category"><a href="[^"]+">([^<]+)</a>', markup)
        assert [html.unescape(r) for r in rubrics] == a.rubrics, a.id
        tags = re.search(r'<ul class="td-tags[^"]*"><li><span>(\w+)</span></li>(.*?)</ul>', markup)
        assert (tags is not None) == bool(a.tags), a.id
        if tags:
            assert tags.group(1) == ("TAGS" if a.look == "tags_en" else "ТЕГИ")
            assert [html.unescape(t) for t in re.findall(r">([^<>]+)</a>", tags.group(2))] == \
                a.tags
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert a.source is None or (f"Источник: {a.source}" in text) == (
            a.source_line and a.look != "source_row"), a.id
        graph = _graph(markup)
        published = datetime.fromisoformat(str(graph["Article"]["datePublished"]))
        assert published == a.local and published.utcoffset() is not None
        assert not published.utcoffset(), a.id  # Yoast's stamps are GMT
        assert "USD/KZT 0.0" in text and "ЕЩЁ ПО ТЕМЕ" in text and "- Реклама -" in text
        assert ('rel="amphtml"' in markup) == (a.look == "amp_twin"), a.id
    subbotnik = checks.page(site.route, site.by_num()[49120].path)[1]
    assert "20 Апреля 2023" in subbotnik and "Социум" in subbotnik and "683" in subbotnik
    assert "August 2, 2021" in checks.page(site.route, site.by_num()[46768].path)[1]


def test_looks_are_served_as_described() -> None:
    for a in site.build():
        markup = checks.page(site.route, a.path)[0]
        if a.look == "template_8":
            assert f'class="td-backstretch" src="http://h{a.image_paths()[0]}"' in markup
            assert "td-post-featured-image" not in markup
        if a.look == "lazy_image":
            assert f'data-img-url="http://h{a.sized(1, "696x464")}"' in markup
            assert 'src="data:image/png;base64,' in markup
        if a.look == "smart_list":
            assert markup.count('class="td-sml-current-item-title"') == a.points == 3
        if a.look == "source_row":
            assert "<span>ИСТОЧНИК</span>" in markup
        if a.look == "inline_photo":
            assert 'class="wp-caption aligncenter"' in markup and len(a.image_paths()) == 2
        if a.look == "amp_twin":
            status, _, body = site.route(a.path + "/amp/", "h")
            assert status == 200 and b"<html amp" in body
        else:
            assert site.route(a.path + "/amp/", "h")[0] == 301


def test_seed_pages_keep_their_hazards() -> None:
    markup, text = checks.page(site.route, site.by_num()[45694].path)
    assert "<p>&nbsp;</p>" in markup and 'hreflang="en"' in markup
    assert "Алматы. 16 апреля. Центр информации - " in text
    assert "Источник: КазТАГ" in text
    en_markup, _ = checks.page(site.route, site.by_num()[46768].path)
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_markup
    assert 'hreflang="ru"' not in en_markup and '<html lang="en-US">' in en_markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    pages = {site.page_target(n) for n in range(1, site.page_count() + 1)}
    checks.check_listing(base_url, site.LISTING, PAGE, site.truth(base_url), pages)
    assert site.page_count() == 3
    markup = checks.page(site.route, site.LISTING)[0]
    assert markup.count('<div class="item-details news_text">') == site.PER_PAGE
    assert 'class="td-icon-menu-right"' in markup and "Страница 1 из 3" in markup


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/category/novosti/page/4/",
                               "/category/novosti/page/2x/", "/category/novosti/nothing/")
    checks.check_robots(base_url, b"Disallow: /wp-admin/")
    for old in ("/novosti", "/novosti/", "/category/novosti", "/category/novosti/page/1/"):
        checks.check_moved(base_url, old, site.LISTING)
    a = site.by_num()[49120]
    checks.check_moved(base_url, a.path + "/", a.path)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("ninetiethsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the old listing address, the archive's pages and the
    posts only a few discovery probes that the copy answers 404."""
    known = {"/robots.txt", site.OLD_LISTING,
             *(site.page_target(n) for n in range(1, site.page_count() + 1)),
             *(a.path for a in site.build())}
    checks.check_fetched_once(crawl_run[1], known)


def test_spider_on_tagdiv_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
