"""Where a text without a container, a dateline or ``<br>`` paragraphs lies: the block whose
own paragraphs hold the most text (``text:densest-block``), and where in a block the text starts.

Pages before CMSs print their paragraphs straight in ``<body>`` (an unclosed ``<p>`` each), an
e-mail newsletter a table row per paragraph, an HTML5 template a ``<section>`` per part of the
text: each counts as one run of paragraphs of the box around them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from kznews.extract.text import BLOCK_TAGS

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage

DENSE_BOXES = ("div", "article", "section", "main", "td", "body", "table", "tbody", "center",
               "form", "blockquote")
"""Boxes whose children may be the text's paragraphs (``<body>`` of a static page, a
newsletter's ``<table>``)."""
PARAGRAPH_BOXES = frozenset({"div", "section"})
"""A box whose children are all ``<p>`` is a run of the text's paragraphs (consecutive
``<section>``s of one ``<article>``)."""
_CELLS = frozenset({"td", "th"})


def densest(p: ArticlePage) -> etree._Element | None:
    """The box with the most text in paragraphs of its own; on a tie, the innermost."""
    best, best_len = None, 0
    for el in p.index.root.iter(*DENSE_BOXES):
        if p.zone(el):
            continue
        size = sum(paragraph_size(p, q) for q in el.iterchildren("p", "div", "section", "tr"))
        if size > best_len or (size and size == best_len and best is not None and
                               best in el.iterancestors()):
            best, best_len = el, size
    return best


def paragraph_size(p: ArticlePage, el: etree._Element, nested: bool = True) -> int:
    """The text of a ``<p>``; of a ``<div>`` that reads as one (a CMS may keep each paragraph
    in a ``<div>`` of its own: no block inside, not mostly a link, as a list's item is); of a
    table row whose cells hold no block (a newsletter's row per paragraph); of a ``<div>`` or
    ``<section>`` of nothing but ``<p>``s (``nested``)."""
    if el.tag == "p":
        return len(p.text(el))
    kids = [c for c in el if isinstance(c.tag, str)]
    if el.tag == "tr":
        if not kids or any(c.tag not in _CELLS or any(
                d.tag in BLOCK_TAGS for d in c.iterdescendants()) for c in kids):
            return 0
        return _unlinked(p, el)
    if kids and nested and el.tag in PARAGRAPH_BOXES and all(c.tag == "p" for c in kids):
        return sum(paragraph_size(p, c, nested=False) for c in kids)
    if el.tag != "div" or any(c.tag in BLOCK_TAGS for c in kids):
        return 0
    return _unlinked(p, el)


def _unlinked(p: ArticlePage, el: etree._Element) -> int:
    size = len(p.text(el))
    linked = sum(len(p.text(a)) for a in el.iter("a"))
    return size if linked * 2 < size else 0


def after_headline(p: ArticlePage, idx: list[int]) -> list[int]:
    """The lines of a text's box from the one after the headline, when the box prints it: a
    rubric over the headline (a mobile page's ``<b>Спорт</b><br>``), a newsletter's header
    rows, a static page's masthead and crumbs are no text."""
    head = p.headline
    if not head or not idx:
        return idx
    at = next((k for k, i in enumerate(idx) if p.clean[i] == head), None)
    return idx if at is None else idx[at + 1:]
