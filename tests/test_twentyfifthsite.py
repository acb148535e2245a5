"""kznews against a twenty-fifth copy of ic24.kz in messy and hostile HTML (tests/twentyfifthsite).

Three skins of broken markup (a quirks-mode table layout with upper-case tags, ``<font>`` and
unclosed ``<P>``; div soup whose stray ``</div>`` closes the text container after the lead; HTML5
with ``<template>``/``<noscript>`` copies of the text), text hidden from the reader
(``display:none``, ``hidden``, ``.sr-only``, a class hidden by the page's own ``<style>``,
conditional comments, ``document.write``), decoy metadata (two ``og:title``, a related item's
JSON-LD first, invalid JSON-LD) and hazards inside words (soft hyphens, ``<wbr>``, zero-width and
bidi marks, numeric entities, words split over inline tags). The truth is what a reader of the
rendered page records (see ``site``'s docstring); the crawl is scored field by field with the
default discovery and arguments (only ``max_pages`` from copykit, plain HTTP).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import served
from tests.copykit.text import normalise
from tests.twentyfifthsite import blocks, hazards, site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_INERT = ("script", "style", "template", "noscript", "head")
_HIDDEN = ("//*[@hidden] | //*[contains(translate(@style, ' ', ''), 'display:none')]"
           " | //*[contains(concat(' ', normalize-space(@class), ' '), ' sr-only ')]"
           " | //*[contains(concat(' ', normalize-space(@class), ' '), ' visually-hidden ')]"
           " | //*[contains(concat(' ', normalize-space(@class), ' '), ' hide ')]")
_BLOCK = {"p", "div", "td", "tr", "table", "li", "ul", "h1", "h2", "h3", "center", "figure",
          "figcaption", "header", "article", "main", "aside", "footer", "body"}
_INVISIBLE = str.maketrans("", "", "\u00ad\u200e\u200f")

base_url = served(site.route)


def _lines(el: etree._Element, out: list[str]) -> None:
    block = isinstance(el.tag, str) and el.tag.lower() in _BLOCK
    if el.tag == "br":  # one is a line break, two in a row end a paragraph
        out.append("\1")
    if block:
        out.append("\0")
    out.append(el.text or "")
    for child in el:
        _lines(child, out)
        out.append(child.tail or "")
    if block:
        out.append("\0")


def visible_lines(markup: str) -> list[str]:
    """The text blocks a reader sees, normalised as the truth is (a browser's view, read with
    lxml's repair of the markup)."""
    root = lxml_html.document_fromstring(markup)
    etree.strip_elements(root, etree.Comment, *_INERT, with_tail=False)
    for el in root.xpath(_HIDDEN):
        el.drop_tree()
    parts: list[str] = []
    _lines(root, parts)
    text = re.sub("\1\\s*\1", "\0", "".join(parts)).replace("\1", " ")
    text = text.translate(_INVISIBLE)
    lines = (normalise(line) for line in text.split("\0"))
    return [line for line in lines if line]


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.cms for a in arts} == set(site.SKINS)
    for name in ("logo_h1", "decoy_ld", "bad_ld", "dropcap", "hidden_views"):
        assert {getattr(a, name) for a in arts} == {True, False}, name
    assert {a.blob for a in arts} == {None, "script", "datauri"}
    assert {a.variant % len(hazards.KINDS) for a in arts} == set(range(len(hazards.KINDS)))
    assert sum(site.QUOTES[a.lang] in a.paragraphs for a in arts) >= 5
    assert sum(site.DOUBLE[a.lang] in a.paragraphs for a in arts) >= 3
    assert len({(a.cms, a.place is not None, a.source_line) for a in arts}) >= 10
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert "\u2011" in site.QUOTES["ru"] and "&quot;" in str(truth["u49120"]["body"])


def _page(art: site.Article) -> str:
    status, headers, body = site.route(art.path, "h")
    assert status == 200 and headers["Content-Type"].endswith("utf-8")
    return body.decode("utf-8")


def test_pages_carry_the_truth() -> None:
    """Every truth value is what a reader sees, and each hazard is really on the page."""
    for a in site.build():
        markup = _page(a)
        lines = visible_lines(markup)
        text = " ".join(lines)
        assert a.title in lines, (a.id, a.title)
        for k, para in enumerate(a.paragraphs):
            want = normalise(a.dateline()) + " " + para if k == 0 and a.place else para
            assert want in lines or (k == 0 and para in text), (a.id, k, para[:60])
        assert blocks.decoy_text(a) not in text and blocks.NEW_WINDOW not in text, a.id
        facts = blocks.date_text(a).replace("&#8239;", " ")
        assert normalise(facts) in text, a.id
        assert a.views is None or normalise(blocks.views_text(a).replace("&#8239;", "\u202f")) \
            in text
        assert ("0" in re.findall(r"class=views style=\"display:none\">(\d+)<", markup)) == \
            a.hidden_views
        assert a.category is None or a.category in lines or f">{a.category}<" in markup
        assert all(f">{t}</a>" in markup for t in a.tags)
        assert a.source is None or a.source in text
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert [p in markup for p in a.image_paths()] == [True] * a.images
        assert markup.count('property="og:title"') == 2 and "USD/KZT 0.0" in text
        assert markup.count("application/ld+json") == 1 + a.decoy_ld
        assert (len(markup) > 300_000) == (a.blob is not None), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentyfifthsite", site.truth, FIELDS)


def test_spider_on_hostile_markup_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
