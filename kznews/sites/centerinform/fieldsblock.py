"""ic24.kz article pages: a block of labelled fields under its own heading after the text (K2's
extra fields: ``<h3>Дополнительная информация</h3><ul><li><span>Источник:</span><span>X</span>
…``, a CMS's "Details" box), which is no paragraph of the story."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kznews.sites.centerinform import words as W

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage

HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
MAX_HEADING = 60  # characters: a block's heading, not a sentence of the text
MAX_FIELD = 120  # characters of one field's line: a label and a short value
FIELD_LINE = re.compile(r"^[^\W\d_][^:：.!?]{0,40}[:：]\s*\S")
"""A field's line: a short label and its colon, then its value (``Источник:пресс-служба``,
``Автор: Иван Петров``, ``Город: Алматы``)."""
_SENTENCE = re.compile(r"[.!?…]$")
"""A line ending a sentence: an interview's question or answer, no field's value."""
BARE_LABEL = re.compile(r"^[^\W\d_][^:：.!?]{0,40}[:：]$")
"""A field's label in an element of its own, its value on the next line."""


def fields_after_heading(p: ArticlePage, i: int, stop: int) -> range | None:
    """The lines of a block of labelled fields that line ``i``, a heading, introduces: the
    heading opens a box of its own (not the text's, where a list of ``Team (Group A): 10th
    appearance`` under a heading is text) and every other line of it is a field's (``Label:
    value``, or a bare label and the line of its value; a short value, no sentence), one at
    least; None when line ``i`` heads anything else (a section of the text, a box of other
    stories)."""
    el = p.lines[i].element
    text = p.clean[i]
    box = el.getparent()
    if el.tag not in HEADING_TAGS or box is None or len(text) > MAX_HEADING or \
            W.SENTENCE_END.search(text):
        return None
    held = [j for j in p.index.within(box) if j < stop and p.clean[j]]
    if not held or held[0] != i:  # the heading opens a box of its own, not the text's box
        return None
    lines = held[1:]
    if not lines or lines[0] != next(j for j in range(i + 1, stop) if p.clean[j]):
        return None
    value_next = False
    for j in lines:
        line = p.clean[j]
        if value_next:
            value_next = False
            continue
        if len(line) > MAX_FIELD or _SENTENCE.search(line):  # ``Вопрос: Как вы …?``
            return None
        if BARE_LABEL.match(line):
            value_next = True
        elif not FIELD_LINE.match(line):
            return None
    return range(i, lines[-1] + 1)
