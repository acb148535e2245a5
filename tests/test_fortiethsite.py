"""kznews against a fortieth copy of ic24.kz spelling its fields many ways (tests/fortiethsite).

Other copies keep one or two spellings per field; here every scored field changes its written
form from page to page: view counts as "1 234", "1,234", "1.2K", "1,2 тыс.", "12к", labelled,
behind an eye, in an attribute or a ``<meta>`` only, "—" and "0"; tags as an info line,
hashtags, a cloud with counts, ``#`` links, a semicolon list, keywords only, repeated in
another case, with trailing dots and commas; rubrics as a path, in capitals, with an emoji or
an icon, labelled, equal to a tag; sources linked, doubled, "По материалам", as a URL, with a
dot or «quotes», "Дереккөз:"; photo credits "Фото:gov.kz", "© Reuters", "Фото – …",
"Photo by …", "Сурет:", in the caption after a dash; datelines in capitals, with "қаласы",
with a comma and no agency; dates in eleven forms, three of them only in ``<time datetime>``;
headlines with soft hyphens, no-break spaces and a site name in ``<title>``. The crawl runs with
the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never`` as every scored copy) and is
scored field by field; the server's log counts its requests against the distinct pages.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.fortiethsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    for name, table in (("views", site.VIEWS), ("tags", site.TAGS), ("category", site.RUBRIC),
                        ("source", site.SOURCE), ("photo", site.PHOTO),
                        ("dateline", site.DATELINE), ("date", site.DATES)):
        for lang, options in table.items():
            got = {a.forms[name] for a in arts if a.lang == lang}
            assert set(options) <= got, (name, lang, set(options) - got)
    assert {a.forms["title"] for a in arts} == set(site.TITLES)
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.clock and a.clock.hour < 6 for a in arts)  # the UTC stamp falls a day earlier
    checks.check_leap_days(truth)
    checks.check_subbotnik(truth)
    assert truth["u45694"]["dateline_place"] == "Алматы"


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("UTF-8")
    markup = body.decode("utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup)).replace("\u00ad", "")
    return markup, normalise(text)


def _views_written(a: site.Article, markup: str, text: str) -> bool:
    v = a.views
    if v is None:
        return "👁 —" in text
    if a.forms["views"] in ("data_attr", "meta"):
        return f'"{v}"' in markup
    if a.forms["views"] in ("k_dot", "tys"):
        return f"{v / 1000:.1f}".replace(".", "," if a.forms["views"] == "tys" else ".") in text
    if a.forms["views"] == "k_cyr":
        return f"{v // 1000}к" in text
    spelled = {f"{v}", f"{v:,}", f"{v:,}".replace(",", " ")}
    return any(re.search(rf"(?<![\d,.]){re.escape(s)}(?![\d,])", text) for s in spelled)


def _stamp_ok(a: site.Article, markup: str) -> bool:
    stamps = re.findall(r'datetime="([^"]+)"', markup)
    return all(datetime.fromisoformat(s.replace("Z", "+00:00")) == a.local for s in stamps)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        for tag in a.tags:
            assert tag.lower() in text.lower() or tag in markup, (a.id, tag)
        assert (f"{site.AGENCY[a.lang]} - " in text) == (
            bool(a.place) and a.forms["dateline"] != "comma"), a.id
        assert a.place is None or a.place.lower() in text.lower(), a.id
        assert a.category is None or a.category.lower() in text.lower(), a.id
        assert _views_written(a, markup, text), (a.id, a.forms["views"], a.views)
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or a.photo_credit in text, a.id
        assert all(p in markup for p in a.image_paths())
        assert _stamp_ok(a, markup), a.id
        assert "USD/KZT 0.0" in text


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fortiethsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_field_formats_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
