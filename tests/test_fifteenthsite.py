"""kznews against a fifteenth copy of ic24.kz in the custom markup of big news portals
(tests/fifteenthsite).

Four portal templates (``tn-news-text``, ``content_main_text``, ``article__block[data-type=text]``
blocks of one paragraph each, ``b-article__lead`` + ``b-article__text``) with no machine-readable
date: recent articles say "Сегодня, 15:40", "Кеше, 18:10", "Yesterday, 9:05 AM" (computed per
request from Almaty's today), older ones "16 апреля 2021, 15:40" or "16.04.2021 | 15:40". The
languages live in their own sections (English only listed on ``/en/news``, Kazakh only on
``/kz/zhanalyqtar``), translations link each other by ``hreflang``, and paragraphs carry
``<sup>``/``<sub>``, links, soft hyphens, zero-width and no-break spaces and homoglyphs.
The crawl is scored field by field against the truth, ``translations`` included.
"""

from __future__ import annotations

import html
import re
import urllib.request
from datetime import date, datetime, timedelta
from urllib.parse import urljoin, urlsplit

from tests.copykit import checks, scoring, seeds
from tests.copykit.catalogue import AGENCY, ALMATY
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.fifteenthsite import shared, site
from tests.fifteenthsite.stories import clean

base_url = served(site.route)
ARTICLE = re.compile(r"(?:/en|/kz)?/news/[A-Za-z0-9-]+-(u\d+)")
LISTINGS = re.compile(r"(/novosti|/en/news|/kz/zhanalyqtar)(\?page=\d+)?")


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = site.build(), site.truth("http://h")
    assert 40 <= len(arts) <= 60 and set(truth) == {a.id for a in arts}
    checks.check_language_mix(arts, min_kk=5)
    ordered = checks.ids_in_date_order(arts)
    assert ordered[0].day.year == 2020 and ordered[-1].local < datetime.now(ALMATY)
    for a in arts:
        offset = "+06:00" if a.day < date(2024, 3, 1) else "+05:00"
        assert str(truth[a.id]["published_at"]).endswith(offset)
        assert set(site.FIELDS) <= truth[a.id].keys()
        assert all(a.id in truth[f"u{n}"]["translations"] for n in a.translations)  # symmetric
    mixes = {(a.cms, a.place is not None, a.source_line, a.views is None) for a in arts}
    assert len(mixes) >= 16 and {a.cms for a in arts} == set(site.TEMPLATES)
    assert {(a.cms, a.category is None) for a in arts} >= {(c, True) for c in site.TEMPLATES}
    assert any(not a.tags for a in arts) and any(a.clock is None for a in arts)
    recent = {(a.lang, (site.TODAY - a.day).days) for a in arts if a.day >= site.TODAY
              - timedelta(days=1)}
    assert {("ru", 1), ("en", 1), ("kk", 1)} <= recent
    assert site.NOW.hour < 3 or {("ru", 0), ("en", 0), ("kk", 0)} <= recent
    assert sum(len(a.translations) for a in arts) >= 16
    assert sum("<sup>" in p or "&shy;" in p for a in arts for p in a.html) >= 8
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs) and en["source"] == "EU Reporter"
    assert ru["body"] == "\n\n".join(seeds.ru().paragraphs) and ru["translations"] == ["u45713"]
    checks.check_subbotnik(truth)


def test_paragraph_text_is_what_a_reader_sees() -> None:
    assert clean("12&nbsp;500 м<sup>2</sup> и CO<sub>2</sub>") == "12 500 м2 и CO2"
    assert clean("модерни&shy;зации в Aлма&#8203;ты, сoциальной") == \
        "модернизации в Алматы, социальной"
    assert clean("the \u0415mbassy’s pro&#8203;jects, 1&#8239;500") == \
        "the Embassy’s projects, 1 500"


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    markup = body.decode("utf-8")
    # block ends keep words of neighbouring blocks apart; inline tags join as a browser shows
    return markup, clean(re.sub(r"</(?:p|div|li|ul|h1|h3|title|figure|header|aside)>", " ", markup))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        # the day the page was served on: past midnight in Almaty, today's story is yesterday's
        served_on = datetime.now(ALMATY).date()
        for piece in [a.title, *a.paragraphs, *a.tags]:
            assert piece in text, (a.id, piece[:60])
        style = "numeric" if a.cms in ("zakon", "sputnik") else "long"
        assert shared.shown_date(a, style) in text, a.id
        assert ("Бүгін" in text or "Сегодня" in text or "Today" in text) == (a.day == served_on)
        assert ("Кеше" in text or "Вчера" in text or "Yesterday" in text) == \
            (a.day == served_on - timedelta(days=1)), a.id
        assert (f"{AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or a.category in text
        shown = clean(shared.thousands(a.views or 0)) if a.cms in ("tengri", "zakon") else \
            str(a.views)
        assert a.views is None or shown in text, a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(rf"(Фото:|Photo:|©) {re.escape(a.photo_credit)}",
                                                   text), a.id
        assert all(p in markup for p in a.image_paths())
        for n in a.translations:
            other = site.by_num()[n]
            assert f'hreflang="{other.lang}" href="http://h{other.path}"' in markup, (a.id, n)
        assert "datePublished" not in markup and "published_time" not in markup
        assert "<time" not in markup and "USD/KZT 0.0" in text


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - loopback only
        assert resp.status == 200, url
        return resp.read().decode("utf-8")  # type: ignore[no-any-return]


def test_each_language_is_listed_only_in_its_own_section(base_url: str) -> None:
    queue, pages, ids = ["/novosti"], set[str](), dict[str, set[str]]()
    while queue:
        target = queue.pop()
        if target in pages:
            continue
        pages.add(target)
        for href in re.findall(r'href="([^"]+)"', _fetch(base_url + target)):
            parts = urlsplit(urljoin(base_url + target, html.unescape(href)))
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if found := ARTICLE.fullmatch(parts.path):
                ids.setdefault(LISTINGS.fullmatch(target).group(1), set()).add(found.group(1))
            elif LISTINGS.fullmatch(link):
                queue.append(link)
    by_lang = {lang: {a.id for a in site.section(lang)} for lang in site.SECTIONS}
    assert ids == {path: by_lang[lang] for lang, path in site.SECTIONS.items()}
    assert pages == {f"{path}{q}" for lang, path in site.SECTIONS.items()
                     for q in ["", *(f"?page={n}" for n in range(1, site.page_count(lang) + 1)
                                     if site.page_count(lang) > 1)]}
    assert site.page_count("ru") >= 3 and site.page_count("en") >= 2


def test_robots_redirects_and_past_the_end(base_url: str) -> None:
    checks.check_robots(base_url)
    ru, en = site.by_num()[45694], site.by_num()[45713]
    for path, want in ((f"/news/old-slug-{ru.id}", ru), (f"/en/news/x-{ru.id}", ru),
                       (f"/news/{en.slug}-{en.id}", en)):
        status, headers, _ = get(base_url + path)
        assert status == 301 and headers["Location"] == base_url + want.path, path
    assert get(base_url + en.path)[0] == 200
    checks.check_404(base_url, "/novosti?page=99", "/en/news?page=0", "/news/whatever-u1",
                     "/nothing")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("fifteenthsite", site.truth, site.FIELDS, same=site.same)


def test_spider_on_news_portal_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
