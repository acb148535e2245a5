"""kznews against a twenty-sixth copy of ic24.kz: an English-first news portal
(tests/twentysixthsite).

Most stories (about 60 %) are English, in an international-wire style: dates as "Nov. 30, 2026,
5:05 p.m.", "30 November 2026 17:05", "30th Nov 2026", "Monday, November 30, 2026 at 09:15 AM
(GMT+5)", a UTC stamp "2026-11-30T12:05Z", "Updated: …" before "Published: …", or only a
dateline "ALMATY, Nov. 30 (IC) —" (the year on the listing); English labels for every field
("Filed under:", "Section:", "Category", breadcrumbs, "Topics:", "Tags: #…", "Related topics",
"Reads: 1.2k", "2,345 views", "Read time 3 min", "Photo: … / IC", "Image credit:", "©",
"Source:", "By …" bylines); read-more links, newsletter sign-ups, adverts and share lines inside
the text; a "Most popular" rail with view counts. Russian and Kazakh stories share the frame,
some with English labels and ``<html lang="en">``, some English pages carry ``lang="ru"`` or a
lower-case slug; English/Russian pairs link both ways (``hreflang`` or "Читать на русском" /
"Read in English"). The crawl runs with the default discovery and arguments (``crawl_copy``:
``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field against the truth.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date, datetime, time, timedelta

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import served
from tests.copykit.text import EN_MONTHS, normalise
from tests.twentysixthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
MONTH = {m.lower(): i + 1 for i, m in enumerate(EN_MONTHS)}
MONTH.update({m[:3].lower(): i + 1 for i, m in enumerate(EN_MONTHS)} | {"sept": 9})

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert len(arts) == len(truth) == 45
    langs = Counter(a.lang for a in arts)
    assert langs["en"] / len(arts) >= 0.55 and langs["en"] > langs["ru"] > langs["kk"] >= 5
    ordered = checks.ids_in_date_order(arts)
    assert ordered[0].day.year == 2020 and date(2026, 1, 1) <= ordered[-1].day < date.today()
    checks.check_offsets(arts, truth, FIELDS)
    english = [a for a in arts if a.chrome == "en"]
    assert {a.date_style for a in english} == set(site.EN_DATES)
    for name in ("cat_style", "tag_style", "view_style", "credit_style"):
        assert {getattr(a, name) for a in english if a.lang == "en"} == set(range(4)), name
    for name in ("category", "views", "photo_credit", "place", "source", "clock"):
        assert {getattr(a, name) is None for a in english} == {True, False}, name
    assert {a.wire for a in arts} == {None, *site.WIRES} and any(a.byline for a in arts)
    assert {a.chrome for a in arts if a.lang == "ru"} == {"ru", "en"}
    assert {a.html_lang for a in arts if a.lang == "en"} == {"en", "ru"}
    assert any(a.lower_slug for a in arts) and any(a.clock == time(12, 0) for a in english)
    assert any(a.date_style == "utc" and a.clock and a.clock.hour < 5 for a in arts)
    assert {a.pair_mode for a in arts if a.pair} == {"hreflang", "visible"}
    assert all(site.by_num()[a.pair].pair == a.num for a in arts if a.pair)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("utf-8")
    markup = body.decode("utf-8")
    return markup, _text(markup)


def _text(markup: str) -> str:
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _clock(text: str | None) -> time | None:
    """'5 p.m.', '9:15 a.m.', 'noon', '17:05', '09:15 AM' as a time of day."""
    if not text:
        return None
    if text == "noon":
        return time(12, 0)
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))? ?([ap])\.?m\.?|(\d\d):(\d\d)", text, re.I)
    assert m, text
    if m[4]:
        return time(int(m[4]), int(m[5]))
    hour = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
    return time(hour, int(m[2] or 0))


_AP = (r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})"
       r"(?:,? (?:at )?(noon|\d{1,2}(?::\d\d)? ?[apAP]\.?[mM]\.?))?")
_BRIT = r"(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) (\d{4})(?: (\d\d:\d\d))?"


def _shown_moment(meta: str) -> datetime | date | None:
    """The publication moment an English reader takes from the meta line (local time)."""
    meta = meta.split("Published", 1)[-1]
    if m := re.search(r"(\d{4}-\d\d-\d\dT\d\d:\d\d)Z", meta):
        return datetime.fromisoformat(m[1] + "+00:00").astimezone(site.catalogue_zone())
    if m := re.search(r"([A-Z][a-z]+day), " + _AP.replace("noon|", "") + r" \(GMT\+(\d)\)",
                      meta):
        moment = _moment(int(m[4]), m[2], int(m[3]), m[5])
        assert isinstance(moment, datetime) and f"{moment:%A}" == m[1]
        assert moment.utcoffset() == timedelta(hours=int(m[6])), meta
        return moment
    if m := re.search(_AP, meta):
        return _moment(int(m[3]), m[1], int(m[2]), m[4])
    if m := re.search(_BRIT, meta):
        return _moment(int(m[3]), m[2], int(m[1]), m[4])
    return None


def _moment(year: int, month: str, day: int, clock: str | None) -> datetime | date:
    d = date(year, MONTH[month.lower().rstrip(".")], day)
    t = _clock(clock)
    return d if t is None else datetime.combine(d, t, site.catalogue_zone())


def _meta(markup: str) -> str:
    m = re.search(r'<div class="(?:story-meta|info-line)">(.*?)</div>', markup)
    assert m
    return _text(m[1])


def _views(meta: str) -> int | None:
    for pattern, scale in ((r"Reads: ([\d.]+)k", 1000), (r"([\d,]+) views", 1),
                           (r"(?:Views|Просмотров|Қаралды): (\d+)", 1)):
        if m := re.search(pattern, meta):
            return round(float(m[1].replace(",", "")) * scale)
    return None


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs, *a.tags]:
            assert para in text, (a.id, para[:60])
        meta = _meta(markup)
        assert a.category is None or a.category in text
        assert (a.date_style == "ru_cap" and str(a.views) in meta) or _views(meta) == a.views
        assert a.source is None or a.source in text
        credit = re.search(r"(?:Photo:|Фото:|Image credit:|©) ?([^<]+)</(?:figcaption|small)>",
                           markup)
        assert (credit[1] if credit else None) == a.photo_credit, a.id
        assert all(f'src="{p}"' in markup for p in a.image_paths())
        assert "USD/KZT 0.0" in text and f'<html lang="{a.html_lang}">' in markup
        lead = text.split(a.title, 2)[-1]
        assert a.place is None or a.place.upper() in lead or a.place in lead, a.id
        if a.chrome == "en" and a.date_style != "dateline":
            shown = _shown_moment(meta)
            assert shown == (a.local if a.clock else a.day), (a.id, meta)
        elif a.chrome != "en":
            assert str(a.day.year) in meta and (a.clock is None or f"{a.clock:%H:%M}" in meta)


def test_dateline_only_pages_show_no_year_but_the_listing_does() -> None:
    only = [a for a in site.build() if a.date_style == "dateline"]
    assert len(only) >= 4 and all(a.place for a in only)
    for a in only:
        markup, text = _page(a)
        assert str(a.day.year) not in _text(markup.split('<aside class="rail">')[0]
                                            .split("</header>", 1)[1]), a.id
        page = next(n for n in range(1, site.page_count() + 1) if a in site.page_items(n))
        card = site.route(f"/novosti?page={page}", "h")[2].decode()
        assert f'{a.path}">' in card and f'datetime="{a.day:%Y-%m-%d}"' in card


def test_pairs_link_both_ways() -> None:
    for a in site.build():
        if a.pair is None:
            continue
        other = site.by_num()[a.pair]
        markup, text = _page(a)
        assert f'href="{other.path}"' in markup or f'href="http://h{other.path}"' in markup
        words = "Читать на русском" if other.lang == "ru" else "Read in English"
        assert (words in text) == (a.pair_mode == "visible"), a.id
        assert ('hreflang="' in markup.split("</head>")[0]) == (a.pair_mode == "hreflang")


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_not_found(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /search")
    checks.check_old_slug(base_url, site.by_num()[45713])
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentysixthsite", site.truth, FIELDS)


def test_spider_on_english_portal_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
