"""kznews against a twenty-fourth copy of ic24.kz stressing attribution (tests/twentyfourthsite).

A DataLife-Engine-flavoured ``fullstory`` template on which the outlet credits other agencies in
a dozen ways: ``Источник:`` / ``Source:`` / ``Дереккөз:`` lines at the top or the bottom (as
text or as a link), ``По материалам X``, ``© X``, "Как сообщает X," and "По данным пресс-службы
X," leads, an agency or ``(Reuters)`` in the dateline; photo credits as ``Фото: © Name``,
"Фото из открытых источников", "Фото пресс-службы МВД", "Photo courtesy of …", "Суреттің
авторы: …", at the end of a figcaption, under a gallery or only in the image's ``alt``/``title``;
datelines in capitals, with a year, a time or the outlet in brackets, bold or plain; bylines
that are neither source nor body, and JSON-LD authors that disagree with the printed source.
The crawl (default discovery, ``max_pages=50``, ``KZNEWS_RENDER=never``) is scored field by field.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from datetime import date, datetime

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.twentyfourthsite import credits, site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
# what only an attributed page prints inside the article
_ATTRIBUTION = re.compile(r"Источник|Source:|Дереккөз|По материалам|©|сообщает|reports|"
                          r"according to|По данным пресс-службы|КАЗИНФОРМ|Reuters")

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_attribution_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    at = Counter(a.source_at for a in arts)
    assert all(at[where] >= 3 for where in ("top", "bottom", "lead", "dateline", "")), at
    photos = Counter(a.photo_form for a in arts)
    assert all(photos[f] >= 2 for forms in credits.PHOTO_FORMS.values() for f in forms), photos
    lines = Counter(a.line_form for a in arts if a.place)
    assert set(lines) >= {"caps_agency", "comma_year", "paren_agency", "clock", "seed",
                          "agency", "caps_ic", "reuters"}, lines
    assert {a.bold_line for a in arts if a.place} == {True, False}
    assert {a.source for a in arts} >= {
        "Kazinform", "Tengrinews.kz", "пресс-служба акимата Алматы", "Sputnik Казахстан",
        "Интерфакс-Казахстан", "ҚазАқпарат", "Astana Times", "Reuters", "Kapital.kz",
        "Хабар 24", "Казинформ", "Лада.kz", "Informburo.kz", "Egemen.kz", None}
    assert any(a.source is None and a.byline for a in arts)
    assert any(a.source and a.byline for a in arts)
    assert any(a.jsonld_author and a.jsonld_author != a.source for a in arts if a.source)
    assert any(a.jsonld_author for a in arts if a.source is None)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str, str]:
    """(markup, the article's visible text, its text block's first paragraph)."""
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("utf-8")
    markup = body.decode("utf-8")
    story = markup[markup.index("<article"):markup.index("</article>")]
    first = re.search(r'<div class="fullstory__text">\n<p>(.*?)</p>', story)
    assert first, art.id

    def text(part: str) -> str:
        return normalise(html.unescape(re.sub(r"<[^>]+>", " ", part)))

    return markup, text(story), text(first.group(1))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text, first = _page(a)
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        line = normalise(a.printed_dateline())
        assert first == (f"{line} {a.paragraphs[0]}" if line else a.paragraphs[0]), a.id
        assert a.place is None or a.place.upper() in line.upper(), a.id
        if a.source_at in ("top", "bottom"):
            assert a.source and a.source in text, a.id
        elif a.source_at == "lead":  # the lead's genitive "По данным пресс-службы …"
            assert a.source, a.id
            assert a.source.replace("пресс-служба", "пресс-службы") in a.paragraphs[0], a.id
        elif a.source_at == "dateline":
            assert a.source is not None and a.source.upper() in line.upper(), a.id
        else:
            assert not _ATTRIBUTION.search(text), (a.id, _ATTRIBUTION.search(text))
        assert a.byline is None or a.byline[1] in text, a.id
        assert a.byline is None or a.byline[1] not in "\n".join(a.paragraphs)
        if a.photo_credit is not None:
            assert a.credit_text in (text if a.photo_form != "alt_only" else markup), a.id
        assert all(p in markup for p in a.image_paths()) and a.images == len(a.image_paths())
        assert "USD/KZT <b>0.0</b>" in markup  # the widget JavaScript fills
        _check_json_ld(a, markup)


def _check_json_ld(a: site.Article, markup: str) -> None:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', markup)
    assert bool(found) == (a.jsonld_author is not None), a.id
    if found:
        data = json.loads(found.group(1))
        assert data["headline"] == a.title and data["author"]["name"] == a.jsonld_author
        assert data["publisher"]["name"] == site.AGENCY[a.lang]
        stamp = data["datePublished"]
        if a.clock:
            assert datetime.fromisoformat(stamp) == a.local
        else:
            assert date.fromisoformat(stamp) == a.day


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, "/novosti/", r"/novosti/(page/\d+/)?",
                              "/novosti/page/{}/")
    assert site.page_count() >= 4


def test_robots_redirects_and_past_the_end(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    assert get(f"{base_url}/novosti/page/{site.page_count()}/")[0] == 200
    checks.check_404(base_url, "/novosti/page/99/", "/novosti/page/0/", "/news/whatever-u1",
                     "/nothing")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentyfourthsite", site.truth, FIELDS)


def test_spider_on_attribution_copy(crawl: scoring.Score) -> None:
    check_score(crawl)

