"""Where a text without a container, a dateline or ``<br>`` paragraphs lies: the block whose
own paragraphs hold the most text (``text:densest-block``), and where in a block the text starts.

Pages before CMSs print their paragraphs straight in ``<body>`` (an unclosed ``<p>`` each), an
e-mail newsletter a table row per paragraph, an HTML5 template a ``<section>`` per part of the
text: each counts as one run of paragraphs of the box around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree
from lxml.html import defs

from kznews.extract.tail import QUOTE_CLASS
from kznews.extract.text import BLOCK_TAGS, Line
from kznews.sites.centerinform import notices as N
from kznews.sites.centerinform import words as W

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage

DENSE_BOXES = ("div", "article", "section", "main", "td", "body", "table", "tbody", "center",
               "form", "blockquote", "font")
"""Boxes whose children may be the text's paragraphs (``<body>`` of a static page, a
newsletter's ``<table>``, an old page's ``<font>`` that a browser lets wrap its ``<p>``s)."""
PARAGRAPH_BOXES = frozenset({"div", "section"})
"""Boxes a template may print each part of the text in (consecutive ``<section>``s of one
``<article>``, each of nothing but ``<p>``s)."""
MIN_NOTE_LISTS = 2
"""Lists of sentences a box needs of its own for them to count as its text (a writer's notes
in bullets after each part, a table or a heading between them); one list is a digest's or a
list of points, and the box around it is the text's as before."""
_CELLS = frozenset({"td", "th"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_HTML5 = frozenset({"main", "header", "footer", "nav", "aside", "figure", "figcaption", "time",
                    "template", "picture", "details", "summary", "dialog", "mark", "svg", "math",
                    "video", "audio", "canvas", "hgroup", "search"})


def _custom_boxes(p: ArticlePage) -> frozenset[str]:
    """Tags no HTML defines that hold paragraphs (AP's ``<block>`` around its story's
    ``<p>``s, a web component's ``<story-body>``): a browser shows them as boxes."""
    found = set()
    for q in p.index.tag("p"):
        up = q.getparent()
        tag = up.tag if up is not None else None
        if isinstance(tag, str) and tag not in defs.tags and tag not in _HTML5:
            found.add(tag)
    return frozenset(found)


def densest(p: ArticlePage) -> etree._Element | None:
    """The box with the most text in paragraphs of its own."""
    best, best_len = None, 0
    loose = _loose_text(p)
    for el in p.index.root.iter(*DENSE_BOXES, *_custom_boxes(p)):
        if p.zone(el) or _data_table(el) or _site_box(p, el):
            continue
        lines = [(paragraph_size(p, q), q) for q in el.iterchildren("p", "div", "tr")]
        site = [n for n, q in lines if n and site_line(p.text(q).strip())]
        size = sum(n for n, _ in lines) - sum(site)
        if site and sum(site) > size and any(_contact_line(p.text(q).strip())
                                             for n, q in lines if n):
            continue  # the site's contacts box (address, phones, e-mail, its notice)
        size += sum(_quote_size(p, q) for q in el.iterchildren("blockquote"))
        size += loose.get(el, 0)
        notes = [n for q in el.iterchildren("ul", "ol") if (n := _sentence_items(p, q))]
        if len(notes) >= MIN_NOTE_LISTS:
            size += sum(notes)
        if size > best_len:
            best, best_len = el, size
    return best


def _text_size(p: ArticlePage, el: etree._Element) -> int:
    """``paragraph_size``, but nothing for a line of the site's own (``site_line``)."""
    size = paragraph_size(p, el)
    return 0 if size and site_line(p.text(el).strip()) else size


def _quote_size(p: ArticlePage, quote: etree._Element) -> int:
    """A quote's text counts for the block printing it (a short story of two paragraphs and a
    ``<blockquote>`` between them): its paragraphs, or its own text when it has none; an
    embedded post's quote is furniture (``zone``)."""
    if p.zone(quote):
        return 0
    if next(quote.iterchildren("p", "div"), None) is None:
        return paragraph_size(p, quote)
    return sum(_text_size(p, q) for q in quote.iterchildren("p", "div"))


_CONTACT_LABEL = re.compile(
    r"\W*(?:адрес|мекенжай|address|тел|телефон|tel|phone|факс|fax|e-?mail|эл\.\s*почта|"
    r"электронная\s+почта)\w*\.?(?:\s+[^\W\d_]+){0,2}\s*:", re.I)
"""A line headed by a contact's label (``Адрес редакции:``, ``Тел.:``, ``E-mail:``,
``Телефон приёмной:``, ``Мекенжайы:``)."""


def site_line(text: str) -> bool:
    """A line of the site's own, never a story's text however long the box of them: its notice
    (``© 2012–2026 …``, ``Все права защищены``, ``При использовании материалов …``: ``SITE_NOTICE``)
    or its contacts (a line headed by an address, phone or e-mail label, or holding two phone
    numbers or e-mails: ``CONTACT``); up to ``MAX_NOTICE`` characters."""
    if not text or len(text) > N.MAX_NOTICE:
        return False
    return W.SITE_NOTICE.search(text) is not None or _contact_line(text)


def _contact_line(text: str) -> bool:
    return len(text) <= N.MAX_NOTICE and (
        _CONTACT_LABEL.match(text) is not None or len(N.CONTACT.findall(text)) > 1)


SITE_BOX_TITLE = re.compile(
    r"(?:о\s+нас|об?\s+(?:издании|агентстве|редакции|проекте|сайте|компании|газете|журнале)|"
    r"about(?:\s+(?:us|the\s+(?:site|project|agency|outlet|newspaper)))?|who\s+we\s+are|"
    r"біз\s+туралы|(?:жоба|басылым|сайт|редакция)\s+туралы|контакты|наши\s+контакты|"
    r"контактная\s+информация|contacts?(?:\s+us)?|байланыс(?:\s+ақпараты)?|редакция|"
    r"реквизиты)\s*:?", re.I)
"""The title of a box about the site (``О нас``, ``About us``, ``Біз туралы``, ``Контакты``,
``Редакция``): its text describes the outlet, not a story."""
MAX_SITE_BOX_TITLE = 40  # characters


def _site_box(p: ArticlePage, el: etree._Element) -> bool:
    """A box under a title of its own that names it a box about the site (``SITE_BOX_TITLE``):
    the title its first child (a heading, a title ``<div>``), or a heading just before it."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    heads = [first] if first is not None and first.tag != "p" else []
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is not None and before.tag in _HEADINGS:
        heads.append(before)
    for head in heads:
        text = p.text(head).strip()
        if text and len(text) <= MAX_SITE_BOX_TITLE and SITE_BOX_TITLE.fullmatch(text):
            return True
    return False


MIN_LOOSE_TEXT = 80
"""Characters a line of bare text needs to count as a paragraph of the box printing it."""


def _loose_text(p: ArticlePage) -> dict[etree._Element, int]:
    """The text a box prints bare among its blocks (an old CMS's text straight after the
    headline and the details line, no ``<p>`` around it, the share buttons' box after it):
    its lines of sentences, each of ``MIN_LOOSE_TEXT`` characters, not a link; a ``<div>``
    holding no block is read as a paragraph of its parent already and counts nothing here."""
    found: dict[etree._Element, int] = {}
    for line, text in zip(p.lines, p.clean, strict=True):
        el = line.element
        if el.tag in _LOOSE_BOXES and _loose_line(line, text) and any(
                isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el):
            found[el] = found.get(el, 0) + len(text)
    return found


def _loose_line(line: Line, text: str) -> bool:
    return len(text) >= MIN_LOOSE_TEXT and not line.links and bool(W.SENTENCE_END.search(text))


def loose_lead(p: ArticlePage, box: etree._Element, idx: list[int]) -> list[int]:
    """The box's lines from its first bare paragraph, when its bare text is what made it the
    densest: the bare lines above that paragraph are the details line (``05/10/2018 - Posted
    by: X - Category: Y``), no text. A paragraph in a block of its own above it starts the
    text as before."""
    if box not in _loose_text(p):
        return idx
    for k, i in enumerate(idx):
        line = p.lines[i]
        if line.element is not box or _loose_line(line, p.clean[i]):
            return idx[k:]
    return idx


_LOOSE_BOXES = frozenset({"div", "article", "section", "main", "td", "center", "font"})


def _sentence_items(p: ArticlePage, box: etree._Element) -> int:
    """The text of a list whose items are paragraphs (a writer's notes in bullets, each of
    sentences, no item mostly a link); 0 for a menu or a list of other stories."""
    items = list(box.iterchildren("li"))
    sizes = [_unlinked(p, li) for li in items]
    return sum(sizes) if len(items) > 1 and all(sizes) and all(
        W.SENTENCE_END.search(p.text(li).strip()) for li in items) else 0


def _data_table(el: etree._Element) -> bool:
    """A table of figures with column headings (a match's stats, a price list): its rows are
    the text's table, never its paragraphs (a newsletter's rows have no ``<th>``)."""
    if el.tag not in {"table", "tbody"}:
        return False
    table = el if el.tag == "table" else el.getparent()
    return table is not None and next(table.iter("th"), None) is not None


def paragraph_size(p: ArticlePage, el: etree._Element) -> int:
    """The text of a ``<p>``; of a ``<div>`` that reads as one (a CMS may keep each paragraph
    in a ``<div>`` of its own: no block inside, not mostly a link, as a list's item is); of a
    table row whose cells hold no block (a newsletter's row per paragraph)."""
    if el.tag == "p":
        return len(p.text(el))
    kids = [c for c in el if isinstance(c.tag, str)]
    if el.tag == "tr":
        if not kids or any(c.tag not in _CELLS or any(
                d.tag in BLOCK_TAGS for d in c.iterdescendants()) for c in kids):
            return 0
        return _unlinked(p, el)
    if any(c.tag in BLOCK_TAGS for c in kids):
        return 0
    return _unlinked(p, el)


def run_of_parts(p: ArticlePage, box: etree._Element) -> list[etree._Element]:
    """``box`` and the boxes of its kind before and after it that are parts of the same text:
    an HTML5 template's ``<section>`` per part (a lead's, the rest's), each of nothing but
    paragraphs with a sentence in them, maybe each in a wrapper of its own (a card per part);
    between two parts, only boxes holding no paragraph of text (a photo, an ad, a related
    box)."""
    if box.tag not in PARAGRAPH_BOXES or not _part(p, box, box):
        return [box]
    unit = box
    while (up := unit.getparent()) is not None and up.tag in PARAGRAPH_BOXES and \
            len(_kids(up)) == 1:
        unit = up  # a wrapper of the part alone: the parts repeat at its level
    before = _parts(p, unit, unit.itersiblings(preceding=True))
    return [*reversed(before), unit, *_parts(p, unit, unit.itersiblings())]


WRAPPER_DEPTH = 7
"""How many single-child wrappers a builder puts around a text block's paragraphs
(Squarespace's ``sqs-block`` > ``sqs-block-content`` > ``sqs-html-content``; a magazine's
content block > section > column > two ``wysiwyg`` boxes, its first block a post wrapper,
a container and a flex row deeper, the row's sidebars beside the text)."""


def sibling_blocks(p: ArticlePage, box: etree._Element) -> list[etree._Element]:
    """The blocks of one kind the text is cut into, ``box``'s among them: a builder's
    content blocks (a text block, an image block, a newsletter block, another text block),
    each wrapping its paragraphs in a few boxes of one child. The first box up from ``box``
    (itself, or a wrapper of it alone) with siblings of its class tokens holding a sentence in
    a ``<p>`` outside furniture gives all of those, in page order; else ``[box]``. A
    wrapper's furniture (a byline or share sidebar beside the text) makes it no less a
    wrapper of the text alone; a sibling under a headline of its own (an ``<h1>``: the next
    story) is no block of this text."""
    node = box
    for _ in range(WRAPPER_DEPTH + 1):
        parent = node.getparent()
        if parent is None or parent.tag in {"body", "html"}:
            break
        kind = set((node.get("class") or "").split())
        if kind:
            same = [sib for sib in parent.iterchildren(node.tag)
                    if sib is node or (set((sib.get("class") or "").split()) == kind
                                       and _has_sentences(p, sib)) or
                    _quote_block(p, sib, kind)]
            if len(same) > 1:
                return same
        if sum(1 for c in parent if isinstance(c.tag, str) and not p.zone(c)) > 1:
            break
        node = parent
    return [box]


def _quote_block(p: ArticlePage, el: etree._Element, kind: set[str]) -> bool:
    """``el`` is the builder's quotation block among its text blocks (Squarespace's
    ``sqs-block quote-block``: a class token of theirs, a class naming a quote) holding a
    sentence: a quotation of the text."""
    cls = el.get("class") or ""
    return bool(kind & set(cls.split())) and QUOTE_CLASS.search(cls) is not None and \
        not p.zone(el) and bool(W.SENTENCE_END.search(p.text(el)))


def _has_sentences(p: ArticlePage, el: etree._Element) -> bool:
    return not p.zone(el) and next(el.iter("h1"), None) is None and \
        any(W.SENTENCE_END.search(p.text(q)) for q in el.iter("p"))


MAX_BETWEEN = 3
"""Boxes of no text in a row between two parts of the text (a photo, an ad, a related box)."""


def _parts(p: ArticlePage, unit: etree._Element, sibs: Iterator[etree._Element]
           ) -> list[etree._Element]:
    found: list[etree._Element] = []
    between = 0
    for sib in sibs:
        if not isinstance(sib.tag, str):
            continue
        if _part(p, sib, unit):
            found.append(sib)
            between = 0
        elif between < MAX_BETWEEN and not _has_prose(p, sib):
            between += 1
        else:
            break
    return found


def _kids(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str)]


def _part(p: ArticlePage, el: etree._Element, unit: etree._Element) -> bool:
    if el.tag != unit.tag or el.get("class") != unit.get("class") or p.zone(el):
        return False
    kids = _kids(el)
    while len(kids) == 1 and kids[0].tag != "p":  # down the wrapper to the part
        kids = _kids(kids[0])
    # an ad's slot or a script beside the paragraphs is no text either; a heading is: a box
    # under a headline of its own is the next story or a sidebar's, no part of this text (a
    # sub-heading after a paragraph of it is the text's own)
    said = False
    for c in kids:
        if c.tag == "p":
            said = said or bool(W.SENTENCE_END.search(p.text(c)))
        elif (c.tag in _HEADINGS and not said) or _has_prose(p, c):
            return False
    return said


def _has_prose(p: ArticlePage, el: etree._Element) -> bool:
    """A paragraph of sentences, not links, lies in ``el`` outside page furniture."""
    return p.zone(el) is None and any(
        W.SENTENCE_END.search(p.text(q)) and _unlinked(p, q) for q in el.iter("p"))


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
    if at is None or _prose_before(p, idx[:at]):
        return idx  # the headline again under the text (a list of guides naming this one)
    return idx[at + 1:]


PROSE_BEFORE = 2
"""Paragraphs of sentences above a line that make it no headline printed over the text."""


def _prose_before(p: ArticlePage, idx: list[int]) -> bool:
    found = 0
    for i in idx:
        if p.lines[i].element.tag == "p" and not p.lines[i].links and \
                W.SENTENCE_END.search(p.clean[i]):
            found += 1
            if found >= PROSE_BEFORE:
                return True
    return False
