"""kznews against a forty-fifth copy of ic24.kz redesigned in the middle of its archive
(tests/fortyfifthsite).

The outlet was redesigned on 2022-01-01 and kept serving its older stories in the old
templates: 44 stories (26 ru, 15 en, 3 kk; ids in one sequence growing with the date from
2014 to December 2025, both sides of 2024-03-01).
- Old pages (before 2022): a 2012-era table layout (2014-2017: the headline in ``<td
  class="ntitle"><b>``) or a div layout (2018-2021: ``<h1>``), windows-1251 with a numeric
  reference for each Kazakh letter; the charset label in the header and a ``<meta>``, in the
  ``<meta>`` only, nowhere, ``utf-8`` in the header (``<meta charset="windows-1251">`` in the
  page) or ``iso-8859-1`` in the ``<meta>``. SITE.md's info line as one text node (``16 Апреля
  2021, 08:16 2638 Культура молодёжь, здравоохранение``: date, time on some, views, rubric,
  comma-separated tags, each part but the date absent on some pages; English pages dated
  ``August 2, 2021`` or in Russian ``2 Августа 2021``, Kazakh ones ``23 Қаңтар 2015``), the text
  as ``<br>``-separated lines (``<br /><br />``, one ``<br>`` or a ``&nbsp;`` line between
  paragraphs, quotes and dashes as named entities), the dateline at the head of the first line,
  ``Источник: X`` as the last line, ``Фото:gov.kz``/``Фото: gov.kz`` under the photo or
  ``<i>Фото:pixabay</i>`` glued to the dateline, a "Версия для печати" link to ``?print=1`` (a
  print version of the same story), a stale "Последние новости" block (the six newest stories
  on a day years after the story, truncated headlines after a language badge), a site-wide
  ``<meta name="keywords">``, logo, banner, print icon and counter images.
- New pages: HTML5 with BEM classes, ``<time class="article__date" datetime>`` in Almaty time,
  rubric and tags as links, a view counter behind an eye icon (absent on some pages, 0 on one),
  ``<figure>`` photos with ``srcset`` and the credit in the ``<figcaption>``, JSON-LD
  NewsArticle and ``article:published_time`` with the instant in UTC ``Z``, ``+05:00`` or
  ``+06:00`` whatever the date (one story at 03:25 is the day before in UTC), a
  ``dateModified`` five hours later, "Читайте также:"/"Read also:" lines in the text, a related
  block with thumbnails; ``<link rel="amphtml">`` on two pages whose AMP version (no counter)
  one "read also" link points to; the Kazakh page with ``<html lang="ru">``.
- The listing: ``/novosti`` and ``/novosti?page=N`` in the new template (cards with ``<time
  datetime>``), whose last page's "Архив новостей →" leads into the old listing:
  ``/novosti/page/N/`` (``.news_text`` blocks, "След. »") for 2018-2021, then the table era's
  Bitrix-style ``/novosti/?PAGEN_1=N``, two of whose links are ``/index.php?id=N`` (301 to the
  story). Four old stories are in no listing: a "read also" line of a new page links them, one
  as ``/news/u<N>`` (301 to the story).

Truth calls:
- ``published_at``: old pages the info line's day (00:00, precision "day") or day and time;
  new pages the instant every stamp on the page gives (``<time>``, JSON-LD, ``og:``), not
  ``dateModified``; always in Asia/Almaty (+06:00 before 2024-03-01, +05:00 from it) whatever
  offset the stamp was written with.
- ``category``/``tags``/``views``: the info line's parts (old) or the rubric link, the tag
  links and the counter (new); None, [] and None where the page shows none. The old site-wide
  keywords are no story's tags; the AMP version is not the story's page.
- ``body``: every ``<br>`` line is a paragraph (one ``<br>`` too); without the dateline, the
  glued ``Фото:`` credit, empty lines, the ``Источник:`` line, the "read also" lines, captions,
  share links or any block.
- ``photo_credit``: what follows ``Фото:``; ``image_urls``: the story's photos only (old: the
  news photo; new: each ``<figure>``'s ``src``, also the largest ``srcset`` candidate), not
  logos, banners, the print icon, the counter or related thumbnails.
- ``lang`` from the text (not ``<html lang>``); ``dateline_place`` the dateline's place, None
  on new pages without a dateline; ``source`` the ``Источник:`` line, else the name the lead
  gives.
- Text: as written, whatever the charset label says (the page was written in windows-1251).
- ``related``: every other story the page links (the stale block, the related block, the
  "read also" lines whatever the link's URL form), scored as a set of ids (``site.same``); the
  print link and the page's own AMP version are no other story.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date, datetime
from urllib.parse import urljoin, urlsplit

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.fortyfifthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls", "related")
Request = tuple[str, int]  # (target, status)


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts = site.build()
    truth = site.truth("http://h")
    assert len(arts) == len(truth) == 44
    checks.check_language_mix(arts, min_kk=2)
    ordered = checks.ids_in_date_order(arts)
    assert ordered[0].day.year == 2014 and ordered[-1].day.year == 2025
    checks.check_offsets(arts, truth, FIELDS)
    assert sum(a.day >= date(2024, 3, 1) for a in arts) >= 6
    checks.check_leap_days(truth)
    eras = Counter(a.era for a in arts)
    assert min(eras.values()) >= 10 and {a.era for a in arts if a.lang == "kk"} == {
        "table", "div", "new"}
    old = [a for a in arts if a.old]
    new = [a for a in arts if not a.old]
    for name, forms, group in (("info", site.OLD_INFO, old), ("charset", site.OLD_CHARSET, old),
                               ("photo", site.OLD_PHOTO, old), ("body", site.OLD_BODY, old),
                               ("stamp", site.NEW_STAMP, new), ("photo", site.NEW_PHOTO, new)):
        assert {a.forms[name] for a in group} == set(forms), name
    assert {a.forms["date"] for a in old if a.lang == "en"} == set(site.OLD_EN_DATE)
    assert {form for a in new for _, form in a.read_also} == set(site.READ_ALSO)
    assert Counter(a.forms["charset"] for a in old)["header"] > len(old) // 2
    assert sum(a.amp for a in new) == 2 and not any(a.amp for a in old)
    hidden = [a for a in arts if not a.listed]
    assert len(hidden) == 4 and all(a.old for a in hidden)
    assert sum(a.listing_href == "index_php" for a in arts) == 2
    assert {a.views for a in new} >= {None, 0} and None in {a.views for a in old}
    assert None in {a.category for a in old} and None in {a.category for a in new}
    assert [] in [a.tags for a in old] and [] in [a.tags for a in new]
    assert any(a.clock for a in old) and any(a.clock is None for a in old)
    assert any(a.place is None for a in new) and all(a.place for a in old)
    # the UTC stamp of one story falls on the day before
    assert any(templates.stamp(a)[:10] != str(a.day) for a in new if a.forms["stamp"] == "z")
    checks.check_subbotnik(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    assert truth["u45694"]["dateline_place"] == "Алматы" and truth["u45694"]["source"] == "КазТАГ"
    assert truth["u46768"]["source"] == "EU Reporter"
    assert "Embassies" in str(truth["u46768"]["body"])


def _page(a: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(a.path, "h")
    assert status == 200
    markup = body.decode("cp1251" if a.old else "utf-8")
    return markup, site.text_of(markup)


def _stamps(markup: str) -> list[str]:
    return [*re.findall(r'datetime="([^"]+)"', markup),
            *re.findall(r'"datePublished": "([^"]+)"', markup),
            *re.findall(r'article:published_time" content="([^"]+)"', markup)]


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        assert (f"{site.catalogue.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text.replace(": ", ":")
        assert all(p in markup for p in a.image_paths()), a.id
        assert "USD/KZT 0.0" in text
        hrefs = {urlsplit(html.unescape(h)).path for h in re.findall(r'href="([^"]+)"', markup)}
        linked = {m.group(1) for h in hrefs if (m := re.search(r"(?:-|/)(u\d+)$", h))}
        assert linked - {a.id} == set(a.related_ids()), a.id
        if a.old:
            assert normalise(templates.info_line(a)) in text, a.id
            assert f'href="{a.path}?print=1"' in markup and "application/ld+json" not in markup
            assert "<p>" not in markup.split('class="ntext">' if a.era == "table"
                                             else 'class="news-text">')[1].split("</")[0]
        else:
            assert all(datetime.fromisoformat(s.replace("Z", "+00:00")) == a.local
                       for s in _stamps(markup)) and len(_stamps(markup)) == 3, a.id
            assert a.category is None or f">{a.category}</a>" in markup, a.id
            assert all(f">{t}</a>" in markup for t in a.tags), a.id
            assert (a.views is None) == ("article__views" not in markup), a.id
            assert a.views is None or f"</svg>{a.views}</span>" in markup, a.id
            assert ('rel="amphtml"' in markup) == a.amp


def test_old_pages_written_in_windows_1251_whatever_the_label() -> None:
    for a in site.build():
        if not a.old:
            continue
        _, headers, body = site.route(a.path, "h")
        header, meta = templates.CHARSETS[a.forms["charset"]]
        assert headers["Content-Type"] == header and meta in body.decode("cp1251"), a.id
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        if a.lang == "kk":
            assert b"&#1179;" in body or b"&#1241;" in body or b"&#1199;" in body, a.id
        status, headers, printed = site.route(a.path + "?print=1", "h")
        assert status == 200 and a.paragraphs[-1] in site.text_of(printed.decode("cp1251"))


def test_amp_versions_point_at_their_story(base_url: str) -> None:
    for a in site.build():
        status, _, body = get(f"{base_url}/amp{a.path}")
        if not a.amp:
            assert status == 404, a.id
            continue
        markup = body.decode("utf-8")
        assert status == 200 and f'<link rel="canonical" href="{base_url}{a.path}">' in markup
        assert all(p in site.text_of(markup) for p in a.paragraphs)


def _walk(base_url: str) -> tuple[set[str], list[str]]:
    """Every story the listing pages link (old URL forms followed to the story) and the
    listing pages in the order the pagination reaches them."""
    page = re.compile(r"/novosti(\?page=\d+|/page/\d+/|/\?PAGEN_1=\d+)?")
    queue, seen, ids = ["/novosti"], list[str](), set[str]()
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.append(target)
        status, headers, body = get(base_url + target)
        assert status == 200, target
        charset = "utf-8" if "utf-8" in headers["Content-Type"] else "cp1251"
        for href in re.findall(r'href="([^"]+)"', body.decode(charset)):
            parts = urlsplit(urljoin(base_url + target, html.unescape(href)))
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.startswith("/news/") or parts.path == "/index.php":
                status, headers, _ = get(base_url + link)
                if status == 301:
                    link = urlsplit(headers["Location"]).path
                ids.add(site.by_num()[int(link.rsplit("-u", 1)[1])].id)
            elif page.fullmatch(link):
                queue.append(link)
    return ids, seen


def test_listing_pages_back_into_the_old_templates(base_url: str) -> None:
    ids, pages = _walk(base_url)
    assert ids == {a.id for a in site.build() if a.listed}
    assert pages == [p for p, _ in site.pages()]
    assert [site.page_era(n) for n in range(1, site.page_count() + 1)] == sorted(
        [site.page_era(n) for n in range(1, site.page_count() + 1)], key=["new", "div",
                                                                          "table"].index)
    assert {site.page_era(n) for n in range(1, site.page_count() + 1)} == {"new", "div", "table"}
    # the four unlisted old stories: a new page's "read also" line links each
    behind = {f"u{n}" for a in site.build() if not a.old for n, _ in a.read_also}
    assert ids | behind == set(site.truth(base_url))


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url)
    art = site.by_num()[45694]
    for old in (f"/news/old-slug-{art.id}", f"/news/{art.id}", f"/index.php?id={art.num}"):
        status, headers, _ = get(base_url + old)
        assert status == 301 and headers["Location"] == base_url + art.path, old
    div_page = next(n for n in range(1, site.page_count() + 1) if site.page_era(n) == "div")
    status, headers, _ = get(f"{base_url}/novosti/page/{div_page}")
    assert status == 301 and headers["Location"] == f"{base_url}/novosti/page/{div_page}/"
    assert get(base_url + "/")[0] == 301
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count()}", "/novosti?page=1x", "/novosti/page/2/",
                     "/novosti/?PAGEN_1=2", f"/novosti/?PAGEN_1={site.page_count() + 1}",
                     "/index.php?id=1", "/rubric/obshchestvo", "/tag/almaty")


# --------------------------------------------------------------------------- the crawl


def _print_and_amp(gets: list[checks.Request]) -> str:
    return f"print/amp {sorted(t for t, _ in gets if 'print=' in t or t.startswith('/amp/'))}"


crawl_run, crawl = checks.logged_crawl_fixtures("fortyfifthsite", site.truth, FIELDS,
                                                same=site.same, note=_print_and_amp)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_crawl_walks_every_listing_page(crawl_run: checks.Logged) -> None:
    checks.check_fetched(crawl_run[1], {p for p, _ in site.pages()})


def test_spider_on_redesigned_archive_copy(
        crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

