"""kznews against a twenty-seventh copy of ic24.kz, a Kazakh-language portal.

The copy lives in tests/twentyseventhsite.

Most articles are Kazakh; every page, Russian and English ones too, carries Kazakh labels
("Айдар:", "Санат:", "Тегтер:", "Түйінді сөздер:", "Дереккөз:", "Фото:", "Суретті түсірген:",
"Қаралды:", "рет оқылды", "Пікірлер", "Автор:") and ``<html lang="kk">``; dates come in nine Kazakh
styles (genitive and locative months, weekdays, "Жарияланған уақыты" beside "Жаңартылды",
"Кеше" / "Бүгін" / "2 сағат бұрын" with the absolute date at the foot), datelines have no year,
a few pages type і/ә/ө/һ/ң with look-alike letters, and two stories exist in Kazakh and Russian
on URLs linked both ways. The crawl (default discovery and arguments) is scored field by field.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import KK_MONTHS, normalise
from tests.twentyseventhsite import kkdates, site
from tests.twentyseventhsite.texts import disguise

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
DATELINE = re.compile(r"(орталығы|информации|ҚазАқпарат|Center) [-–] |, (\d+ \w+|\w+ \d+) — ")
WEEKDAYS = ("Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі")

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert 40 <= len(arts) <= 60 and len(truth) == len(arts)
    langs = Counter(a.lang for a in arts)
    assert langs["kk"] / len(arts) >= 0.55 and langs["ru"] > langs["en"] >= 5
    ordered = checks.ids_in_date_order(arts)
    assert ordered[0].day.year == 2020 and date(2026, 1, 1) <= ordered[-1].day < date.today()
    checks.check_offsets(arts, truth, FIELDS)
    checks.check_leap_days(truth)
    kk = [a for a in arts if a.lang == "kk"]
    assert {a.style for a in kk} == set(kkdates.STYLES)
    assert {a.dateline_style for a in kk if a.place} == {"caps", "comma", "kazaqparat"}
    assert {(a.views_style, a.views is None) for a in kk} >= {
        (s, v) for s in site.VIEWS_STYLES for v in (False,)} | {("oqyldy", True)}
    assert {a.cat_label for a in kk} == {"Айдар", "Санат"} and {a.hashtags for a in kk} == {True,
                                                                                         False}
    assert Counter(a.glyphs for a in arts if a.glyphs) == {"latin": 3, "cyrillic": 1}
    pairs = {(a.lang, site.by_num()[a.pair].lang) for a in arts if a.pair}
    assert pairs == {("kk", "ru"), ("ru", "kk")}
    assert all(site.by_num()[site.by_num()[a.pair].num].pair == a.num for a in arts if a.pair)
    assert any(a.clock is None for a in arts) and any(a.clock for a in arts)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    markup = body.decode("utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return markup, normalise(text, homoglyphs=False)


def _shows_the_day(a: site.Article, text: str) -> bool:
    """The day, month and year written out somewhere: numeric, or a Kazakh month word (any case
    ending) after the day or before its possessive '30-ы'."""
    d = a.day
    stem = KK_MONTHS[d.month - 1][:4]
    return str(d.year) in text and (
        f"{d:%d.%m.%Y}" in text
        or re.search(rf"\b{d.day} {stem}\w*", text, re.IGNORECASE) is not None
        or re.search(rf"\b{stem}\w* {d.day}-", text) is not None)


def _shows_the_text(a: site.Article, text: str) -> None:
    text = text if a.glyphs else normalise(text)  # the seeds' own homoglyphs repaired
    for para in [a.title, *a.paragraphs]:
        assert disguise(para, a.glyphs) in text, (a.id, para[:60])
    if a.glyphs:  # the look-alikes are really on the page, the true letters are not
        assert a.title not in text or any(p not in text for p in a.paragraphs), a.id


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        _shows_the_text(a, text)
        assert ('<html lang="kk">' in markup) and "USD/KZT 0.0" in text
        assert _shows_the_day(a, text), a.id
        if a.style in kkdates.RELATIVE:
            assert re.search(r"Кеше|Бүгін|сағат бұрын", text) and "Жарияланған уақыты:" in text
        if a.style == "weekday":
            assert f"{WEEKDAYS[a.day.weekday()]}, {a.day.day}" in text, a.id
        if a.style == "published_updated":
            assert "Жаңартылды:" in text and f"{a.updated:%d.%m.%Y}" in text
        assert a.place is None or a.dateline().strip() in text, a.id
        assert (a.place is None) == (DATELINE.search(text) is None), a.id
        assert a.category is None or f"{a.cat_label}: {a.category}" in text
        assert all(t in text for t in a.tags) and (("Тегтер:" in text or "Түйінді сөздер:" in
                                                    text) == bool(a.tags))
        shown = None if a.views is None else f"{a.views:,}".replace(",", " ")
        assert shown is None or re.search(rf"(Қаралды:|Оқылды:) {shown}\b|\b{shown} рет оқылды",
                                          text), a.id
        assert "Пікірлер:" in text and "Автор:" in text and "Бөлісу" in text
        assert a.source is None or a.source in text
        assert a.source_line == (f"Дереккөз: {a.source}" in text), a.id
        credit = a.photo_credit and re.escape(a.photo_credit)
        assert not credit or re.search(rf"(Фото: ?|Суретті түсірген: ){credit}", text), a.id
        assert all(p in markup for p in a.image_paths())
        assert ("Тағы оқыңыз:" in text) == a.read_also and ("Толығырақ:" in text) == a.more_link
        assert ("Жарнама" in text) == a.advert and "Ең көп оқылған" in text
        assert not a.pair or site.by_num()[a.pair].path in markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, site.LISTING, r"/novosti(\?bet=\d+)?",
                              "/novosti?bet={}")
    assert site.page_count() >= 5
    first = get(base_url + "/novosti")[2].decode("utf-8")
    assert "Келесі »" in first and first.count('class="zh"') == site.PER_PAGE


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"Disallow: /admin/")
    checks.check_old_slug(base_url, site.by_num()[45694])
    assert get(f"{base_url}/novosti?bet={site.page_count()}")[0] == 200
    for path in ("/novosti?bet=99", "/novosti?bet=0", "/news/whatever-u1", "/nothing"):
        status, _, body = get(base_url + path)
        assert status == 404 and "Бет табылмады" in body.decode("utf-8"), path


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentyseventhsite", site.truth, FIELDS)


def test_spider_on_kazakh_portal_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
