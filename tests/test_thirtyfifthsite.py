"""kznews against a thirty-fifth copy of ic24.kz in HTML hard to parse (tests/thirtyfifthsite).

Minified one-line pages with upper-case tags, unquoted attributes and omitted end tags; text as
named, HTML5-only and numeric references; XHTML served as ``application/xhtml+xml`` with an XML
prolog, a ``<base href>`` at the site root and CDATA in scripts; a UTF-8 BOM against a
windows-1251 header or ``<meta>``; an old draft in conditional and plain comments; images whose
only address is in ``<noscript>``; the text straight in ``<body>``, in declarative shadow DOM, in
a layout table without ``<tbody>``; a second story in a plain ``<template>`` and under a
duplicate id; stray and missing ``</div>``; NUL bytes and very long lines. The truth is what a
browser shows (checked in chromium); the crawl is scored field by field against it, and its
requests are counted against the pages it needed.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer
from tests.copykit.text import normalise
from tests.thirtyfifthsite import blocks, site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update"]
PROBE = re.compile(r"/(?:[\w-]*sitemap[\w.-]*|rss(?:\.xml)?|feed/?|atom(?:\.xml)?|[\w-]*\.xml)")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    by_cms = Counter(a.cms for a in arts)
    assert set(by_cms) == set(site.TEMPLATES) and min(by_cms.values()) >= 7
    for cms in site.TEMPLATES:  # every template meets both of its variants
        assert {a.num % 2 for a in arts if a.cms == cms} == {0, 1}, cms
        assert any(a.images > 1 for a in arts if a.cms == cms), cms
    assert any(a.clock is None for a in arts) and any(a.views is None for a in arts)
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str, dict[str, str], bytes]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200
    markup = body.decode("utf-8-sig")
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<!--.*?-->|<script.*?</script>", " ", markup,
                                          flags=re.S))
    return markup, normalise(CONTROL.sub(" ", html.unescape(text))), headers, body


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text, headers, body = _page(a)
        for part in [a.title, *a.paragraphs, *a.tags, blocks.date_text(a)]:
            assert part in text, (a.id, part[:60])
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or a.category in text
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(rf"Фото: ?{re.escape(a.photo_credit)}", text)
        for path in a.image_paths():
            assert path in markup or f'src="{path[1:]}"' in markup, (a.id, path)
        assert "USD/KZT 0.0" in text
        assert blocks.DRAFT[a.lang] in markup, a.id  # the draft: in a comment or a script
        if a.cms == "xhtml":
            assert headers["Content-Type"] == "application/xhtml+xml"
            assert markup.startswith('<?xml version="1.0"') and '<base href="http://h/"' in markup
            shown = markup.partition("<body>")[2]  # every letter shown is a reference
            assert shown and not re.search(r">[^<&\s]*[А-Яа-я]", shown), a.id
        if a.cms == "legacy":
            assert body.startswith(b"\xef\xbb\xbf") and b"\x00" in body
            assert "windows-1251" in headers["Content-Type"] + markup
        if a.cms == "mini":
            assert "\n" not in markup and len(markup) > 90_000 and "</P>" not in markup


def test_xhtml_pages_are_well_formed_xml() -> None:
    from xml.etree import ElementTree

    for a in site.build():
        if a.cms == "xhtml":
            ElementTree.fromstring(site.route(a.path, "h")[2])


_TEXT = """() => { const parts = [document.body.innerText];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot) {
      const it = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT); let n;
      while ((n = it.nextNode())) if (n.parentElement.tagName !== 'STYLE') parts.push(n.data);
      walk(el.shadowRoot); } };
  walk(document); return parts.join('\\n'); }"""
_IMAGES = """() => { const out = []; const walk = (root) => {
  for (const el of root.querySelectorAll('img')) out.push(el.src);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot); };
  walk(document); return out; }"""


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
def test_a_browser_shows_the_truth(base_url: str) -> None:
    """What chromium (scripts off: ``<noscript>`` shown) shows of each page holds every truth
    value and no decoy: not the draft in comments and scripts, not the ``<template>`` card."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(java_script_enabled=False)
            for a in site.build():
                page.goto(base_url + a.path)
                text = normalise(page.evaluate(_TEXT))
                for part in [a.title, *a.paragraphs, *a.tags, a.category or "", a.source or ""]:
                    assert part in text, (a.id, part[:60])
                assert blocks.DRAFT[a.lang] not in text and blocks.DECOY_SOURCE not in text
                assert "\x00" not in text, a.id
                shown = [u for u in page.evaluate(_IMAGES) if u.startswith("http")]
                assert list(dict.fromkeys(shown)) == a.truth(base_url)["image_urls"], a.id
        finally:
            browser.close()


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_past_the_end(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/novosti?page=0",
                               "/media/2021/04/ic45694-1.jpg")


# --------------------------------------------------------------------------- the crawl


@pytest.fixture(scope="module")
def crawl_and_log(server: CopyServer, tmp_path_factory: pytest.TempPathFactory
                  ) -> tuple[scoring.Score, list[tuple[str, str, int]]]:
    """One crawl with the default discovery and arguments (``max_pages=50``, render never),
    scored, with the copy's log of the requests it made."""
    sc, log = checks.crawl_log("thirtyfifthsite", server, tmp_path_factory.mktemp("thirtyfifth"),
                               site.truth(server.url), FIELDS)
    counts = Counter(target for _, target, _ in log)
    print(f"requests {len(log)}, distinct {len(counts)}, "
          f"statuses {dict(Counter(status for *_, status in log))}")
    for target, n in counts.most_common():
        if n > 1:
            print(f"  fetched {n} times: {target}")
    print("  not 200:", sorted({t for _, t, s in log if s != 200}))
    return sc, log


crawl = checks.score_of("crawl_and_log")


def test_spider_on_unseen_markup_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def test_spider_fetches_each_page_once(
        crawl_and_log: tuple[scoring.Score, list[tuple[str, str, int]]]) -> None:
    """No URL twice; nothing fetched beyond robots.txt, the listing pages, the articles and the
    sitemap/feed addresses the default discovery probes (404 here): no rubric, tag or image
    link followed."""
    _, log = crawl_and_log
    counts = Counter(target for _, target, _ in log)
    assert not [t for t, n in counts.items() if n > 1], counts.most_common(5)
    needed = {"/robots.txt", "/novosti", *(f"/novosti?page={n}" for n in
                                           range(2, site.page_count() + 1)),
              *(a.path for a in site.build())}
    probes = {t for _, t, status in log if status == 404 and PROBE.fullmatch(t)}
    assert set(counts) - needed - probes == set(), sorted(set(counts) - needed - probes)
    assert needed <= set(counts), sorted(needed - set(counts))
