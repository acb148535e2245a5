"""kznews against a forty-third copy of ic24.kz where SITE.md's guesses turn out wrong
(tests/fortythirdsite).

SITE.md's guesses come from text dumps; here the live site differs from each of them on some
group of pages while everything a reader sees stays true:
- the info line in SITE.md's order and form on a few pages (``20 Апреля 2023 683 Социум
  Алматы, аким, субботник``, the control), else with the views after the rubric
  (``20.04.2023 Социум 683 Алматы, аким, субботник``), tag links before the rubric link, as
  ``<span>``s with no space between them (``Просмотров: 683``, tags in a "Теги:" block of links
  after the text), as an ``<ul>`` of ``<li>``s with an eye icon; dates as ``20.04.2023``,
  ``2023-04-20``, ``Четверг, 20 апреля 2023, 15:40``, ``20 апреля 2023, 15:40`` (English
  pages: ``Thursday, April 20, 2023, 15:40``); or no info line at all, the date only in an
  empty ``<time datetime>`` or in ``<meta property="article:published_time">``;
- the dateline with a year (``Алматы. 16 апреля 2021.``), the agency in capitals, an em or en
  dash, at the head of the second paragraph after a bold standfirst, or absent;
- the listing as ``<article class="news-card">`` cards with ``<time datetime>16.04.2021</time>``
  and ``/novosti/page/N/`` pagination;
- ``Источник:`` as a link, ``Source:`` on English pages, ``Дереккөз:`` on Kazakh ones, or the
  source named only in the lead (``, сообщает КазТАГ.``, ``, Kazinform reports.``);
- English pages in English throughout (months, weekdays, labels), three Kazakh pages;
- the badge block ("latest news", truncated headlines of the 8 newest stories) on some pages,
  a "Читайте также"/"Read also" block of earlier stories of the rubric on others, neither on
  the rest; a word of the text linking an earlier story on a few;
- the currency widget with real numbers (``USD/KZT 481.2``) on half of the pages;
- ``<html lang="ru">`` on every page, English and Kazakh ones included, and a site-wide
  ``<meta name="keywords">``.

Truth calls:
- ``category``/``tags``/``views``: what the info line shows (the rubric link's text, every tag
  link in page order, the view count); on pages with no info line None, [] and None (the
  site-wide keywords and the menu are no article's tags or rubric). ``views`` 0 on one page.
- ``published_at``: the info line's day (and time when it prints one, precision "minute"),
  else the ``<time>``/``<meta>`` stamp (a time of day, "minute"); Asia/Almaty (+06:00 before
  2024-03-01, +05:00 from it; one stamp at 00:40 on 2024-03-01 is 2024-02-29 in UTC).
- ``dateline_place``: the dateline's place, None on pages without one. The dateline after a
  standfirst is the head of the second paragraph and is cut from it as a prefix; the
  standfirst stays the first paragraph of ``body``.
- ``body``: the paragraphs without dateline, the no-break-space line, the source line, the
  "Теги:" block, share links or the related blocks; the text's own linking sentence stays.
- ``source``: the name after ``Источник:``/``Source:``/``Дереккөз:`` (the link's text), else
  the name the lead gives, else None.
- ``photo_credit``: what follows ``Фото:``/``Photo:``/``Сурет:`` (with or without a space,
  under the photo or in its ``<figcaption>``), None on pages with no credit.
- ``related``: every other article the page links (the text's link, "Читайте также", the
  badge sidebar), scored by id, each once, in any order (``site.same``).
"""

from __future__ import annotations

import html
import re

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score, scored_crawl
from tests.copykit.server import CopyServer, get
from tests.copykit.text import normalise
from tests.fortythirdsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls", "related")
FORMS = (("info", site.INFO), ("date", site.DATES), ("dateline", site.DATELINE),
         ("source", site.SOURCE), ("related", site.RELATED), ("photo", site.PHOTO),
         ("widget", site.WIDGET))
_NEWS = re.compile(r'href="(/news/[^"]+)"')


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert 40 <= len(arts) <= 60 and len(truth) == len(arts)
    langs = checks.check_language_mix(arts, min_kk=2)
    assert langs["kk"] <= 3
    checks.ids_in_date_order(arts)
    assert {a.day.year for a in arts} == set(range(2019, 2026))
    checks.check_offsets(arts, truth, FIELDS)
    for name, options in FORMS:
        for lang in ("ru", "en"):
            got = {a.forms[name] for a in arts if a.lang == lang}
            assert set(options) <= got, (name, lang, set(options) - got)
    assert {a.forms["source"] for a in arts if a.lang == "kk"} & {"line", "link"}
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.clock and a.clock.hour < 6 for a in arts)  # the UTC stamp falls a day earlier
    checks.check_leap_days(truth)
    assert sum(bool(a.body_link) for a in arts) >= 3
    subbotnik, japan = truth["u49120"], truth["u45694"]
    assert (subbotnik["views"], subbotnik["category"]) == (683, "Социум")
    assert subbotnik["tags"] == ["Алматы", "аким", "субботник"]
    assert (japan["dateline_place"], japan["source"]) == ("Алматы", "КазТАГ")
    assert [r["id"] for r in japan["related"]] == ["u45713"]  # type: ignore[attr-defined]
    assert truth["u46768"]["source"] == "EU Reporter"


def _page(a: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(a.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("UTF-8")
    markup = body.decode("utf-8")
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _info_ok(a: site.Article, markup: str, text: str) -> bool:
    form = a.forms["info"]
    stamp = a.local.isoformat()
    if form == "time_only":
        return f'<time class="news-detail__pubdate" datetime="{stamp}">' in markup
    if form == "meta_only":
        return f'property="article:published_time" content="{stamp}"' in markup
    shown = templates.shown_date(a, a.forms["date"])
    text = text.replace(" ,", ",")  # a tag link's end
    rubric, views, tags = a.category or "", str(a.views), ", ".join(a.tags)
    if form == "sitemd":
        return " ".join(p for p in (shown, views, rubric, tags) if p) in text
    if form == "rubric_views":
        return " ".join(p for p in (shown, rubric, views, tags) if p) in text
    if form == "tags_first":
        return f"{tags} {rubric} {shown} {views}" in text
    if form == "spans":
        ok = f"{shown}</span><span class=\"article-meta__rubric\">{rubric}</span>" in markup
        return ok and (not a.tags or f"{templates.TAGS[a.lang]} {' '.join(a.tags)}" in text)
    return f"{shown} {rubric} {views} {tags}".strip() in text and "icon-eye" in markup


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        assert '<html lang="ru">' in markup
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert _info_ok(a, markup, text), (a.id, a.forms["info"], a.forms["date"])
        if a.forms["info"] in site.NO_INFO:
            assert (a.category, a.tags, a.views) == (None, [], None)
        written = normalise(templates.dateline(a))
        assert (written in text) if a.place else not re.search(
            r"(Центр информации|Information Center|Ақпарат орталығы) [-–—] ", text, re.I), a.id
        labels = [f"{templates.SOURCE[a.lang]} {a.source}"]
        assert a.source is None or a.source in text, a.id
        assert (labels[0] in text) == a.source_line, a.id
        if a.photo_credit:
            assert f"{templates.PHOTO[a.lang]}{a.photo_credit}" in text.replace(": ", ":")
        assert all(p in markup for p in a.image_paths())
        links = set(_NEWS.findall(markup)) - {a.path}
        assert links == {b.path for b in site.linked(a)}, a.id
        rate = f"USD/KZT {a.rates[0]}" if a.rates else "USD/KZT 0.0"
        assert rate in text and (a.rates is None) == ("EUR/KZT 0.0" in text), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, site.LISTING, r"/novosti(/page/\d+/)?",
                              "/novosti/page/{}/")
    assert site.page_count() >= 5
    status, _, body = get(base_url + "/novosti/page/2/")
    assert status == 200 and b'<time class="news-card__date" datetime="' in body


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    for path, to in (("/novosti/page/1/", "/novosti"), ("/novosti/page/2", "/novosti/page/2/")):
        status, headers, _ = get(base_url + path)
        assert status == 301 and headers["Location"] == base_url + to, path
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti/page/{site.page_count() + 1}/")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawl(server: CopyServer, tmp_path_factory: pytest.TempPathFactory) -> scoring.Score:
    return scored_crawl("fortythirdsite", server.url, tmp_path_factory.mktemp("fortythirdsite"),
                        site.truth(server.url), FIELDS, same=site.same, shown=40)


def test_spider_crawl_is_clean(crawl: scoring.Score) -> None:
    assert not crawl.duplicates and not crawl.unexpected, scoring.report(crawl)
    assert crawl.found > 0


def test_spider_on_wrong_guesses_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
