"""kznews against a twentieth copy of ic24.kz in pre-CMS markup (tests/twentiethsite).

A mobile/WAP page (XHTML-MP, ``<div>`` + ``<br/>`` paragraphs, "16.04.21 15:40 (345)", the rubric
in ``<b>`` before the headline, thumbnails linking to the full photo), an e-mail newsletter archive
(nested tables, ``<font>``, a ``<td>`` per paragraph or ``<BR><BR>`` inside one, the date in the
letter's header row, "Отписаться" furniture) and an old static-HTML archive
(``/news/2021/04/16/u45694.html``, no ``<h1>``, unclosed ``<p align=justify>``, the date in bold as
the first line of the text, "(КазТАГ)" after the last paragraph, "Назад | Наверх | На главную"),
with Kazakh labels, windows-1251 pages, a ``<marquee>`` ticker and counters in ``<noscript>``.
The crawl is scored field by field against the truth.
"""

from __future__ import annotations

import html
import re
import urllib.request
from urllib.parse import urljoin, urlsplit

from tests.copykit import checks, scoring, seeds
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.twentiethsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_ARTICLE = re.compile(r"/news/(?:\d{4}/\d\d/\d\d/(u\d+)\.html|[A-Za-z0-9-]+-(u\d+))")
_HREF = re.compile(r'href="?([^" >]+)', re.IGNORECASE)

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert len({(a.cms, a.place is not None, a.source_line, a.hazard) for a in arts}) >= 20
    assert {(a.cms, a.lang) for a in arts} == {(c, lang) for c in site.TEMPLATES
                                               for lang in ("ru", "en", "kk")}
    for field in ("category", "views", "photo_credit"):
        assert {(a.cms, getattr(a, field) is None) for a in arts} == \
            {(c, none) for c in site.TEMPLATES for none in (True, False)}, field
    assert {(a.cms, not a.tags) for a in arts} == {(c, e) for c in site.TEMPLATES
                                                   for e in (True, False)}
    assert {(a.cms, a.cp1251) for a in arts} >= {("static", True), ("mail", True),
                                                 ("mail", False)}
    assert not any(a.cp1251 for a in arts if a.lang == "kk")
    assert {a.cms for a in arts if a.clock is None} == {"mail", "static"}
    checks.check_leap_days(truth)
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs) and en["source"] == "EU Reporter"
    assert ru["body"] == "\n\n".join(seeds.ru().paragraphs) and ru["dateline_place"] == "Алматы"
    assert ru["url"] == "http://h/news/2021/04/16/u45694.html" and ru["source"] == "КазТАГ"
    checks.check_subbotnik(truth)


def _page(art: site.Article) -> tuple[str, str]:
    status, headers, body = site.route(art.path, "h")
    charset = "windows-1251" if art.cp1251 else "utf-8"
    assert status == 200 and headers["Content-Type"].endswith(f"charset={charset}"), art.id
    markup = body.decode(charset)
    assert f"charset={charset}" in markup
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _shown_date(art: site.Article) -> str:
    if art.cms == "wap":
        return f"{art.day:%d.%m.%y}" + (f" {art.clock:%H:%M}" if art.clock else "")
    stamp = templates.long_date(art, weekday=art.cms == "mail")
    return stamp + (f", {art.clock:%H:%M}" if art.clock else "")


def _image_srcs(markup: str, art: site.Article) -> set[str]:
    page = "http://h" + art.path
    hrefs = re.findall(r'(?:src|href)="?([^" >\']+)', markup, re.IGNORECASE)
    return {urlsplit(urljoin(page, h)).path for h in hrefs}


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        checks.check_story_words(a, text, site.AGENCY)
        assert _shown_date(a) in text, a.id
        assert a.category is None or a.category in text
        if a.views is not None:
            assert normalise(templates.thousands(a.views)) in text if a.cms == "mail" else \
                re.search(rf"[(\[: ]{a.views}[)\]]", text), a.id
        assert a.source is None or a.source in text
        label = templates.LABELS[a.lang]["photo"]
        assert a.photo_credit is None or re.search(
            rf"{label}: ?{re.escape(a.photo_credit)}", text), a.id
        assert set(a.image_paths()) <= _image_srcs(markup, a), a.id
        assert ("USD/KZT 0.0" in text) == a.ticker, a.id


def _walk(base: str) -> tuple[set[str], set[str]]:
    queue, pages, ids = ["/novosti/"], set[str](), set[str]()
    while queue:
        target = queue.pop()
        if target in pages:
            continue
        pages.add(target)
        with urllib.request.urlopen(base + target, timeout=10) as resp:  # noqa: S310
            text = resp.read().decode("utf-8")
        for href in _HREF.findall(text):
            parts = urlsplit(urljoin(base + target, html.unescape(href)))
            found = _ARTICLE.fullmatch(parts.path)
            if found:
                ids.add(found.group(1) or found.group(2))
            elif parts.path == "/novosti/" and parts.query:
                queue.append(f"/novosti/?{parts.query}")
    return ids, pages


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    ids, pages = _walk(base_url)
    assert ids == set(site.truth(base_url))
    assert pages == {"/novosti/", *(f"/novosti/?page={n}" for n in
                                    range(1, site.page_count() + 1))}
    assert site.page_count() >= 4


def test_robots_redirects_and_not_found(base_url: str) -> None:
    checks.check_robots(base_url)
    old = site.by_num()[45694]
    status, headers, _ = get(f"{base_url}/news/old-slug-{old.id}")
    assert status == 301 and headers["Location"] == base_url + old.path
    wap = next(a for a in site.build() if a.cms == "wap")
    status, headers, _ = get(f"{base_url}/news/{wap.day:%Y/%m/%d}/{wap.id}.html")
    assert status == 301 and headers["Location"] == base_url + wap.path
    checks.check_404(base_url, "/news/whatever-u1", "/news/2021/04/16/u1.html", "/nothing",
                     f"/novosti/?page={site.page_count() + 1}", "/novosti/?page=x")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentiethsite", site.truth, FIELDS)


def test_spider_on_pre_cms_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
