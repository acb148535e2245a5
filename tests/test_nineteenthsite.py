"""kznews against a nineteenth copy of ic24.kz where the language is the hard part
(tests/nineteenthsite).

A third of the pages are Kazakh: Cyrillic (some short, one without a letter only Kazakh has),
the 2021 Latin alphabet (ä ğ ı ñ ö ū ü ş) and the apostrophe spelling, with Kazakh labels
("Тақырыбы:", "Taqyryby:", "Tegter:", "Qaralym:", "Дереккөз:"), Kazakh month names and date
forms ("2021 жылғы 16 сәуір", "16.04.2021 ж.", "16 säuır 2021 j.", "16 sáýir"), and an
``<html lang>`` that is right, ``kz``, the template's ``ru`` or missing. Russian pages carry
Kazakh names and a Kazakh quote, English pages quote Russian. Two templates (semantic HTML5 and a
Bitrix-like ``news-item-detail``); the listing mixes the languages behind ҚАЗ/РУС/ENG/QAZ badges
and pages as ``/novosti/page/N/`` under a Kazakh "Келесі" link. Scored field by field.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import datetime

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.nineteenthsite import site
from tests.nineteenthsite.stories import BADGES, LABELS

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_language_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    langs = Counter(a.lang for a in arts)
    assert langs["kk"] * 3 >= len(arts) - 3  # about a third Kazakh
    assert Counter(a.voice for a in arts if a.lang == "kk").keys() == {"cyr", "latn", "apos"}
    assert {a.html_lang for a in arts if a.lang == "kk"} >= {"kk", "kk-Latn", "kz", "ru", None}
    assert any(a.lang == "en" and a.html_lang == "ru" for a in arts)
    assert {(a.cms, a.lang) for a in arts} == {(c, lg) for c in site.TEMPLATES
                                               for lg in ("ru", "en", "kk")}
    plain = [a for a in arts if a.lang == "kk" and not KAZAKH_ONLY & set(a.title)]
    assert len(plain) >= 2 and any(not KAZAKH_ONLY & set("".join(a.paragraphs)) for a in plain)
    assert any(a.lang == "ru" and KAZAKH_ONLY & set(a.paragraphs[1]) for a in arts)
    assert any(a.lang == "en" and re.search("[а-я]", " ".join(a.paragraphs)) for a in arts)
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    for name in ("category", "views"):
        assert any(r[name] is None for r in truth.values()), name
    assert any(r["tags"] == [] for r in truth.values())
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=UTF-8"
    markup = body.decode("utf-8")
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        label = LABELS[a.voice]
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        agency = re.compile(r"(Центр информации|Information Center|Ақпарат орталығы|"
                            r"Aqparat ortalyğy|Aqparat ortalyg'y) - ")
        assert bool(agency.search(text)) == bool(a.place), a.id
        assert not a.place or a.dateline() + a.paragraphs[0][:20] in text, a.id
        assert (a.category is None) != (f"{label['category']}: {a.category}" in text), a.id
        shown = f"{label['views']}: {a.views or 0:,}".replace(",", "[ ,]")
        assert bool(re.search(rf"{shown}\b", text)) == (a.views is not None), a.id
        assert (a.views is None) != (f"{label['views']}:" in text), a.id
        assert (f"{label['source']}: {a.source}" in text) == (a.source_line and bool(a.source))
        assert a.source is None or a.source in a.paragraphs[0] or a.source_line, a.id
        assert (a.photo_credit is None) != (f"{label['photo']}: {a.photo_credit}" in text), a.id
        assert all(p in markup for p in a.image_paths())
        assert a.shown_date() in text and "USD/KZT 0.0" in text
        assert (f'<html lang="{a.html_lang}">' if a.html_lang else "<html>\n") in markup, a.id
        stamp = re.search(r'<time datetime="([^"]+)"', markup)
        assert bool(stamp) == (a.dated_attr and a.cms == "html5"), a.id
        if stamp and a.clock:
            assert datetime.fromisoformat(stamp.group(1)) == a.local, a.id
        elif stamp:
            assert stamp.group(1) == a.day.isoformat(), a.id
        if a.lang == "kk" and a.voice != "cyr":
            assert not re.search("[а-яё]", a.title + " ".join(a.paragraphs), re.I), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, "/novosti/", r"/novosti/(page/\d+/)?",
                              "/novosti/page/{}/")
    assert site.page_count() >= 4
    first = get(base_url + "/novosti/")[2].decode("utf-8")
    assert 'rel="next">Келесі' in first and "rel=\"prev\"" not in first
    badges = set(re.findall(r'class="badge badge--\w+">([^<]+)<', "".join(
        get(f"{base_url}/novosti/page/{n}/")[2].decode("utf-8")
        for n in range(2, site.page_count() + 1)) + first))
    assert badges == set(BADGES.values())


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    past = f"/novosti/page/{site.page_count() + 1}/"
    for path in ("/news/whatever-u1", "/nothing", past, "/novosti/page/0/"):
        status, _, body = get(base_url + path)
        assert status == 404 and "Бет табылмады" in body.decode("utf-8"), path


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("nineteenthsite", site.truth, FIELDS)


def test_spider_on_multilingual_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
