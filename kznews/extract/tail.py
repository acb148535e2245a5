"""What a run of body lines holds besides paragraphs: the rows of a table of figures, pull
quotes repeating a sentence of the text, and the short lines a CMS or an editor prints after
the text.

Generic for news pages: the outlet passes its own words (labels, what ends a sentence).
"""

from __future__ import annotations

import re

from lxml import etree

CELL_TAGS = frozenset({"td", "th"})
MAX_TRAILER = 120  # characters: a longer line is a paragraph
MAX_TRAILER_LABEL = 40  # characters before the colon or the link: ``Подробнее на КазТАГ``
_URL = re.compile(r"(?:^|\s)(?:https?://|www\.)\S+$", re.I)
"""A URL ending the line (the whole line, or a label's value)."""
_LABELLED = re.compile(r"^(?P<label>[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3})\s*:\s*(?P<value>\S.*)$")
"""``Автор: Иван Петров``, ``Подробнее на КазТАГ: https://…``, ``Rating: +1``: one to four
words, a colon, a value."""


def table_cell(el: etree._Element) -> etree._Element | None:
    """The table cell a line's block is, or is the only child of (``<td><p>12</p></td>``);
    None for any other block. A cell holding several blocks is a layout table's column."""
    if el.tag in CELL_TAGS:
        return el
    parent = el.getparent()
    if parent is None or parent.tag not in CELL_TAGS or len(parent) != 1:
        return None
    return parent


FIGURE_DEPTH = 3  # boxes between a figure and its table (``figure > div.scroll > table``)


def in_figure(cell: etree._Element) -> bool:
    """The table holding ``cell`` is a ``<figure>``'s (a data table with its caption, as a
    chart or a photo would be): referenced content beside the text, not its paragraphs. A
    bare table among the paragraphs is not, nor one in the figure a rich-text editor wraps
    every table typed into the text with (``EDITOR_TABLE_FIGURES``)."""
    table = next(cell.iterancestors("table"), None)
    node = table.getparent() if table is not None else None
    for _ in range(FIGURE_DEPTH):
        if node is None:
            return False
        if node.tag == "figure":
            return EDITOR_TABLE_FIGURES.isdisjoint((node.get("class") or "").split())
        node = node.getparent()
    return False


EDITOR_TABLE_FIGURES = frozenset({"wp-block-table", "table"})
"""Class tokens of the ``<figure>`` an editor puts around each table of a text: WordPress's
block editor (``figure.wp-block-table``) and CKEditor 5, Drupal's editor (``figure.table``)."""


def is_trailer(text: str, unlinked: str | None, sentence_end: re.Pattern[str]) -> bool:
    """A short line that reads as a label and its value or link, not a sentence: an author's
    signature (``Автор: Иван Петров``), a pointer to the original (``Оригинал статьи: URL``,
    ``Read more at <a>Kazinform</a>``, a bare URL), a rating (``Голосов: 12``), a line of
    tag links. ``unlinked`` is the line's text outside its links (None: it has none)."""
    if len(text) > MAX_TRAILER:
        return False
    if _URL.match(text):
        return True
    if unlinked is not None and len(unlinked.strip(_SEPARATORS)) <= MAX_TRAILER_LABEL:
        return sentence_end.search(text) is None or _URL.search(text) is not None
    match = _LABELLED.match(text)
    if match is None or len(match["label"]) > MAX_TRAILER_LABEL:
        return False
    value = match["value"]
    return _URL.match(value) is not None or sentence_end.search(value) is None


_SEPARATORS = " ,;:|·•-–—/"


_QUOTE_MARKS = re.compile(r"[«»“”„\"'‘’]|[.…!?]+$")
MIN_PULL_QUOTE = 20  # characters: a shorter quote may well repeat a few words of the text


QUOTE_CLASS = re.compile(r"quot(?:e|ation)|citat|(?<![a-z])cite(?![a-z])|цитат", re.I)
"""A box classed as a quotation: ``wp-block-quote``, ``quote-box``, ``quotation``,
``citation``, ``cite``, ``article-citata`` (never ``excite``)."""


def in_quote(el: etree._Element) -> bool:
    """A line printed as a quote: in a ``<blockquote>``/``<q>`` or a box classed as a quote
    (``QUOTE_CLASS``), the line's block or one of the two boxes around it."""
    node: etree._Element | None = el
    for _ in range(3):
        if node is None:
            return False
        if node.tag in _QUOTE_TAGS:
            return True
        cls = node.get("class")
        if cls and QUOTE_CLASS.search(cls):
            return True
        node = node.getparent()
    return False


_QUOTE_TAGS = frozenset({"blockquote", "q"})


def drop_pull_quotes(paras: list[str], firsts: list[int], quotes: list[int]) -> None:
    """A quote whose text is in another paragraph of the text is a pull quote (it repeats a
    sentence as a design element), not text; a quote of its own (a citation) stays."""
    quoted = set(quotes)
    # a full stop inside the closing mark (``“… дорожки.”``) goes with the marks
    plain = [_QUOTE_MARKS.sub("", paras[k]).rstrip(".…!?").casefold()
             for k in range(len(paras))]
    for k in reversed(quotes):
        q = plain[k].strip()
        if len(q) >= MIN_PULL_QUOTE and any(q in plain[j] for j in range(len(paras))
                                            if j not in quoted):
            del paras[k], firsts[k]
