"""Where the blocks of an article's text end and where they go on, for the body scan.

A block of other articles after the text — cards or teasers, under a heading in any element or
none — ends it, however the cards are made: a link wrapping the whole card (the title's block
is inside the link, not the link inside it), a title that is no link with its date, a box
classed as a card. And a text split by a picture into two blocks of the same kind (a page
builder's text records around an image record, a CMS's text box cut by a figure) goes on in
the second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from kznews import processors as P
from kznews.extract.layout import MEDIA_TAGS, classes, media_between
from kznews.extract.text import is_inside
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import words as W

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LINK_DEPTH = 3  # the title's block and two boxes around it inside the card's link
MAX_TEASER = 200  # characters: a card's title, or a short teaser
GAP_LINES = 3  # lines between two blocks of a text that may be a picture's caption or credit
_PAGE_LEVEL = frozenset({"html", "body", "main"})  # a container of whole stories, not of a text
_LIST_BOXES = frozenset({"ul", "ol", "div", "section", "nav", "dl", "table"})
_BLOCKS = frozenset({"p", "div"})  # a lead holding blocks is a box of parts, not a paragraph
_GOES_ON = frozenset({"p", "div", "blockquote"})  # a bare block after a cut container


def link_around(p: ArticlePage, el: etree._Element) -> etree._Element | None:
    """The link to another article that holds the line's block (``<a href="…-u12"><div>
    Title</div><div>12.05.2022</div></a>``), if any."""
    node = el.getparent()
    for _ in range(LINK_DEPTH):
        if node is None:
            return None
        if node.tag == "a":
            found = O.article_id(node.get("href") or "")
            return node if found and found != p.id else None
        node = node.getparent()
    return None


def heads_teasers(p: ArticlePage, i: int) -> bool:
    """Line ``i`` is the heading of a block of other articles: a heading element, or an
    other-news label in any element, over a line of links or cards."""
    text = p.clean[i]
    if p.lines[i].element.tag not in HEADINGS and not W.other_news(text):
        return False
    nxt = _next_text(p, i, 3)
    return nxt is not None and (p.is_link_line(p.lines[nxt], p.clean[nxt])
                                or _titled(p, nxt) or teaser_box(p, nxt, i))


def ends_in_teasers(p: ArticlePage, i: int, start: int | None) -> bool:
    """Line ``i``, after the text that starts at line ``start``, is another article's card: a
    box classed as a card or teaser that does not hold the text, with a link to another
    article or a title and its date."""
    return teaser_box(p, i, start) and (_linked_box(p, i) or _titled(p, i))


def teaser_box(p: ArticlePage, i: int, start: int | None) -> bool:
    """Line ``i`` is in a box classed as a card or teaser that does not hold line ``start``
    (the text's first line, or the heading over the block)."""
    if not p.teaser_classes:  # one look at the page's class tokens rules most pages out
        return False
    first = p.lines[start].element if start is not None else None
    node: etree._Element | None = p.lines[i].element
    found = False
    for _ in range(W.TEASER_DEPTH):
        if node is None:
            break
        if W.TEASER_CLASS.search(node.get("class") or ""):
            if first is not None and is_inside(first, node):  # the text printed in a card
                return False
            found = True
        node = node.getparent()
    return found


def _linked_box(p: ArticlePage, i: int) -> bool:
    node: etree._Element | None = p.lines[i].element
    for _ in range(W.TEASER_DEPTH):
        if node is None:
            return False
        if any(O.article_id(a.get("href") or "") not in (None, p.id) for a in node.iter("a")):
            return True
        node = node.getparent()
    return False


def _titled(p: ArticlePage, j: int) -> bool:
    """Line ``j`` is a card's title with its date after it, or a date with the title after."""
    nxt = _next_text(p, j, 2)
    if nxt is None or len(p.clean[j]) > MAX_TEASER or len(p.clean[nxt]) > MAX_TEASER:
        return False
    return P.is_date_stamp(p.clean[j]) != P.is_date_stamp(p.clean[nxt])


def _next_text(p: ArticlePage, i: int, within: int) -> int | None:
    return next((j for j in range(i + 1, min(i + 1 + within, len(p.lines))) if p.clean[j]), None)


def text_goes_on(p: ArticlePage, block: etree._Element, idx: list[int],
                 same: Callable[[etree._Element], etree._Element | None]) -> list[int]:
    """``idx`` (the lines of the text's block) and the lines of the blocks of the same kind
    (``same`` of a line's block gives its block of that kind, or None) the text goes on in
    across a picture between them, after the block and before it; only a caption or a credit
    may be printed in between."""
    first = block
    while idx:
        nxt = _across(p, idx[-1], 1, same)
        if nxt is None or not media_between(block, nxt):
            break
        more = p.index.within(nxt)
        if not more or more[0] <= idx[-1]:
            break
        idx, block = idx + more, nxt
    block = first
    while idx:
        before = _across(p, idx[0], -1, same)
        if before is None or not media_between(before, block):
            break
        more = p.index.within(before)
        if not more or more[-1] >= idx[0]:
            break
        idx, block = more + idx, before
    return idx


def lead_before(p: ArticlePage, box: etree._Element, idx: list[int]) -> list[int]:
    """``idx`` (the lines of the text's box) with the lines of a lead box printed right before
    it (``<div class="b-article__lead">…</div><div class="b-article__text">…``): a box classed
    as a lead, holding a sentence, only a picture or the info line (``29 February 2024 0
    Incidents``) between the two; not when the text's first paragraph prints it again."""
    if not idx or not p.lead_classes:  # one look at the page's class tokens rules most out
        return idx
    node: etree._Element | None = box
    for _ in range(2):  # the box, or the box it opens
        if node is None:
            return idx
        before = node.getprevious()
        while before is not None and (not isinstance(before.tag, str) or _picture(p, before)
                                      or _captioned(p, before) or _info_box(p, before)):
            before = before.getprevious()
        if before is not None:
            return _lead_lines(p, before, idx)
        node = node.getparent()
    return idx


def text_after_box(p: ArticlePage, box: etree._Element, idx: list[int]) -> list[int]:
    """``idx`` (the lines of the text's container ``box``) and the lines of the bare
    paragraphs right after it, when they hold more text than it does: a stray ``</div>`` in
    the text closes its container early (a browser's and lxml's repair), so the rest of the
    paragraphs follow it as its siblings; two stray ``</div>``s close the box around it too,
    and the rest follows that box (nothing but paragraphs and pictures after the container
    in it: the run goes on at the higher level, up to ``CLIMB_LEVELS`` boxes up). Pictures,
    their captions and ad slots between them are passed over; a classed box, a heading or
    furniture ends the text."""
    if not idx or box.getparent() is None or box.getparent().tag in _PAGE_LEVEL:
        return idx
    more, ended = _bare_run(p, box, idx[-1])
    size = sum(len(p.clean[i]) for i in idx)
    if sum(len(p.clean[i]) for i in more) <= size:
        more = []
    node: etree._Element | None = box
    for _ in range(CLIMB_LEVELS):
        node = node.getparent() if node is not None and not ended else None
        if node is None or node.getparent() is None or node.getparent().tag in _PAGE_LEVEL:
            break
        # the boxes around the text closed with it: whatever the size of what follows them
        run, ended = _bare_run(p, node, idx[-1])
        more += run
    return idx + more


CLIMB_LEVELS = 2
"""How many boxes around a text's container stray ``</div>``s may close with it."""


def _bare_run(p: ArticlePage, node: etree._Element, last: int) -> tuple[list[int], bool]:
    """The lines of the bare paragraphs (pictures passed over) after ``node`` at its level,
    and whether something else ends them (the text ends there: no run one level up)."""
    run: list[int] = []
    for sib in node.itersiblings():
        lines = p.index.within(sib) if isinstance(sib.tag, str) else []
        zone = p.zone(sib) if lines else "noise"
        if zone == "noise" or _picture_lines(p, sib, lines):
            continue
        if zone or sib.tag not in _GOES_ON or sib.get("class") or lines[0] <= last or \
                not any(W.SENTENCE_END.search(p.clean[i]) for i in lines):
            return run, True
        run += lines
    return run, False


def _picture_lines(p: ArticlePage, el: etree._Element, lines: list[int]) -> bool:
    """``el`` is a picture, its lines (if any) its caption or credit."""
    return el.tag in MEDIA_TAGS or all(_gap_line(p, i) for i in lines)


def _picture(p: ArticlePage, el: etree._Element) -> bool:
    return not p.text(el) and (el.tag in MEDIA_TAGS or any(
        d.tag in MEDIA_TAGS for d in el.iterdescendants()))


def _captioned(p: ArticlePage, el: etree._Element) -> bool:
    """``el`` is a picture with its caption or credit (``<figure><img><figcaption>Фото:
    gov.kz</figcaption></figure>``)."""
    return next(el.iter(*MEDIA_TAGS), None) is not None and bool(p.text(el)) and \
        _picture_lines(p, el, p.index.within(el))


def _info_box(p: ArticlePage, el: etree._Element) -> bool:
    """``el`` prints the info line alone (a date, then counts and short labels: ``29
    February 2024 0 Incidents Almaty, tourism``), no sentence of the text."""
    text = p.text(el)
    return bool(text) and el.tag not in HEADINGS and P.is_date_row(text)


def _lead_lines(p: ArticlePage, lead: etree._Element, idx: list[int]) -> list[int]:
    if lead.tag == "header":
        found = _lead_in_header(p, lead)
        if found is None:
            return idx
        lead = found
        p.index.unzone(lead)  # the article's own header: its lead is text, not furniture
    elif not W.LEAD_CLASS.search(lead.get("class") or "") or p.zone(lead) or \
            any(d.tag in HEADINGS for d in lead.iter()):
        return idx
    own = [i for i in p.index.within(lead) if i < idx[0]]
    text = " ".join(p.clean[i] for i in own)
    if not own or W.SENTENCE_END.search(text) is None or text == p.headline or \
            repeated_lead(text, p.clean[idx[0]]):
        return idx
    return own + idx


def without_dateline(text: str) -> str:
    """``text`` without the dateline opening it (``Astana. February 29. Information Center -
    ``), or a wire's."""
    found, rest = O.split_dateline(text)
    return rest if found is not None else O.split_wire_lead(text)[1]


def repeated_lead(lead: str, first: str) -> bool:
    """The text's first paragraph ``first`` prints the lead ``lead`` again (a CMS's
    description shown over the text that opens with it too, with or without the dateline):
    the lead counts once, as the text's."""
    leads = [t.casefold().strip() for t in (lead, without_dateline(lead))]
    firsts = [t.casefold().strip() for t in (first, without_dateline(first))]
    return any(a and b and (a.startswith(b) or b.startswith(a)) for a in leads for b in firsts)


def _lead_in_header(p: ArticlePage, header: etree._Element) -> etree._Element | None:
    """The lead a long read prints in the article's ``<header>`` under the headline (``<header>
    <h1>…</h1><p class="lead">…</p><div class="date">…</div></header>`` then the text): the
    last paragraph there classed as one (``W.HEADER_LEAD_CLASS``; a heading never, nor a box
    of blocks). The header is the article's when it holds the headline (a page's masthead is
    furniture however its lines read)."""
    found = None
    for el in header.iterdescendants("p", "div"):
        if W.HEADER_LEAD_CLASS.search(el.get("class") or "") and p.head_zone(el) is None and \
                not any(d.tag in HEADINGS or d.tag in _BLOCKS for d in el.iterdescendants()):
            found = el
    return found


def _across(p: ArticlePage, i: int, step: int,
            same: Callable[[etree._Element], etree._Element | None]) -> etree._Element | None:
    """The block of the kind ``same`` asks for that holds the first line of text past line
    ``i`` (``step`` 1: after it, -1: before it), a picture's caption or credit passed over."""
    j, gap = i + step, 0
    while 0 <= j < len(p.lines) and gap <= GAP_LINES:
        if p.clean[j] and not _gap_line(p, j):
            found = same(p.lines[j].element)
            here = p.lines[i].element
            return None if found is None or is_inside(here, found) else found
        gap += 1 if p.clean[j] else 0
        j += step
    return None


def _gap_line(p: ArticlePage, j: int) -> bool:
    text = p.clean[j]
    return bool(W.PHOTO_LABEL.match(text)) or p.caption(p.lines[j].element, text)


def box_in_text(p: ArticlePage, i: int, last: int) -> etree._Element | None:
    """The box holding line ``i`` that sits beside the text's last paragraph (line ``last``)
    in the same container — an aside, a poll, a reader's box printed between two paragraphs —
    or None: line ``i`` is outside that container, its line is a bare heading or paragraph of
    the container (no box), the box holds the readers' comments (the text never goes on past
    them), or the container holds whole stories (``<main>``, ``<body>``)."""
    prev = p.lines[last].element
    container = prev.getparent()
    if container is None or container.tag in _PAGE_LEVEL:
        return None
    if not is_inside(p.lines[i].element, container):
        column = blocks_column(container, p.lines[i].element)
        if column is None:
            return None
        container = column
    box: etree._Element | None = p.lines[i].element
    while box is not None and box.getparent() is not container:
        box = box.getparent()
    if box is None or box is prev or box.tag in HEADINGS or W.COMMENTS_BOX.search(classes(box)):
        return None
    # a paragraph is the container's own, unless classed as other stories itself (WordPress's
    # ``<p class="related_post"><a>…</a></p>`` between two paragraphs)
    return None if box.tag == "p" and not _classed_boundary(p, box) else box


BLOCK_WRAPPERS = 3
"""Boxes of one child a builder wraps a text block's paragraphs in (Squarespace's
``sqs-block`` > ``sqs-block-content`` > ``sqs-html-content``)."""


def blocks_column(container: etree._Element, el: etree._Element) -> etree._Element | None:
    """The column of a builder's content blocks (a text block, a block of other stories, the
    next text block) when ``container``, the text's paragraphs' box, is a text block's
    innermost wrapper, ``el`` lies in a later block of that column and a block of the text's
    own kind (tag and classes) comes after that one: the text goes on there. Else None."""
    unit = container
    for _ in range(BLOCK_WRAPPERS):
        up = unit.getparent()
        if up is None or up.tag in _PAGE_LEVEL or \
                sum(1 for c in up if isinstance(c.tag, str)) > 1:
            break
        unit = up
    column, kind = unit.getparent(), unit.get("class")
    if column is None or column.tag in _PAGE_LEVEL or not kind or unit is container:
        return None
    box: etree._Element | None = el
    while box is not None and box.getparent() is not column:
        box = box.getparent()
    if box is None or box is unit or box not in unit.itersiblings():
        return None
    return column if any(sib.tag == unit.tag and sib.get("class") == kind
                         for sib in box.itersiblings()) else None


def _classed_boundary(p: ArticlePage, el: etree._Element) -> bool:
    parent = el.getparent()
    return bool(el.get("class")) and p.zone(el) == "boundary" and (
        parent is None or p.zone(parent) != "boundary")


def in_text_box(el: etree._Element, container: etree._Element) -> bool:
    """``el`` lies in ``container`` and in no other story printed inside it (an
    ``<article>`` of its own)."""
    node: etree._Element | None = el
    while node is not None and node is not container:
        if node.tag == "article":
            return False
        node = node.getparent()
    return node is container


def list_under(p: ArticlePage, i: int, last: int) -> etree._Element | None:
    """The list of other stories right under line ``i``, a bare heading of the text's
    container (``<h3>Самое читаемое</h3><ul>…</ul>``): the box the heading titles."""
    head = p.lines[i].element
    if head.getparent() is not p.lines[last].element.getparent():
        return None
    box = head.getnext()
    while box is not None and not isinstance(box.tag, str):  # a comment
        box = box.getnext()
    if box is None or box.tag not in _LIST_BOXES:
        return None
    links = (O.article_id(a.get("href") or "") for a in box.iter("a"))
    return box if any(found not in (None, p.id) for found in links) else None
