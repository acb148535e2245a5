"""Footnotes: the markers in the text (never text) and the notes they point to (text, after it).

Generic for any CMS: Substack's ``a.footnote-anchor`` → ``div.footnote``, Markdown/Pandoc's
``<sup><a href="#fn1">1</a></sup>`` → ``li#fn1`` (with its ``↩`` back link), Word's
``<a href="#_ftn1">[1]</a>`` → ``div#ftn1``, WordPress's ``sup.fn`` → ``ol.wp-block-footnotes``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from kznews.extract.text import Line

if TYPE_CHECKING:
    from kznews.extract.index import PageIndex

_MARK = re.compile(r"[\[(]?(?:[0-9]{1,3}|[*†‡]{1,3})[\])]?")
"""A marker's or a note's number: ``1``, ``[2]``, ``(3)``, ``*``."""
_BACK = re.compile(r"[↩↑^\s\ufe0e\ufe0f]+")
"""A note's link back to its marker."""
_HINT = re.compile(r"fn|foot|note|ftn|ref", re.I)
"""What a marker link's ``href``, class, id or role says (``#fn1``, ``footnote-anchor``,
``#_ftnref1``, ``doc-noteref``); an in-page link such as ``#comments`` is none."""
NOTE_CLASS = re.compile(r"(?:foot|end)notes?(?![a-z])", re.I)
"""A note's own box or the list of them (``footnote``, ``footnotes``, ``footnote-content``,
``wp-block-footnotes``, ``endnotes``); a marker is dropped, so its class does not matter."""
_UNIT = re.compile(r"[0-9]\s*[^\W\d_]{1,2}$")
"""``500 м<sup>2</sup>``: a unit's power, not a marker."""
_CANDIDATES = etree.XPath("//a[starts-with(@href, '#')] | //sup")
_HAS_NOTES = etree.XPath("boolean(//*[contains(@class, 'ootnote') or contains(@class, 'ndnote') "
                         "or @role = 'doc-endnotes'])")


def markers(html: str, top: etree._Element) -> set[etree._Element]:
    """The note markers and back links of a page: elements whose text is no text."""
    # most pages: no look at the tree (Markdown and WordPress, Substack, Word markers)
    if "<sup" not in html and "ootnote" not in html and "_ftn" not in html:
        return set()
    found: set[etree._Element] = set()
    sups = []
    for el in _CANDIDATES(top):
        if el.tag == "sup":
            sups.append(el)
        elif _is_marker_link(el):
            found.add(el)
    notes = None
    for sup in sups:
        text = "".join(sup.itertext()).strip()
        if not _MARK.fullmatch(text):
            continue
        if any(a in found for a in sup.iter("a")) or _HINT.search(_names(sup)):
            found.add(sup)
            continue
        if notes is None:
            notes = bool(_HAS_NOTES(top))
        before = _text_before(sup)
        if notes and not _UNIT.search(before) and not before[-1:].isdigit():
            found.add(sup)
    return found


def _is_marker_link(a: etree._Element) -> bool:
    href = a.get("href") or ""
    if len(href) < 2 or not (_HINT.search(href) or _HINT.search(_names(a))):
        return False
    text = "".join(a.itertext()).strip()
    return bool(_MARK.fullmatch(text) or (text and _BACK.fullmatch(text)))


def _names(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"


def _text_before(el: etree._Element) -> str:
    """The text right before ``el`` in its parent (the previous sibling's tail, else the
    parent's text)."""
    before = el.getprevious()
    if before is not None:
        return (before.tail or "").rstrip() or "".join(before.itertext()).rstrip()
    parent = el.getparent()
    return (parent.text or "").rstrip() if parent is not None else ""


def note_boxes(classed: list[etree._Element], dropped: set[etree._Element]
               ) -> list[etree._Element]:
    """Elements classed as a note or a list of them (or with a note's role)."""
    return [el for el in classed if el not in dropped and (
        NOTE_CLASS.search(el.get("class") or "") or el.get("role") in _NOTE_ROLES)]


def note_targets(dropped: set[etree._Element], ids: dict[str, etree._Element]
                 ) -> list[tuple[etree._Element, etree._Element]]:
    """(link, the block it points to) for each marker or back link: a marker's target is its
    note (a note's own number, which is a link too, stands for the note's box); which way a
    link points, the page order tells."""
    pairs = []
    for a in dropped:
        target = ids.get((a.get("href") or "")[1:]) if a.tag == "a" else None
        if target is None:
            continue
        if target in dropped and target.getparent() is not None:
            target = target.getparent()
        pairs.append((a, _block_of(target)))
    return pairs


_NOTE_ROLES = frozenset({"doc-endnotes", "doc-footnote", "doc-endnote"})
_INLINE = frozenset({"a", "span", "sup", "b", "i", "em", "strong", "small", "u", "font"})


def _block_of(el: etree._Element) -> etree._Element:
    node = el
    while node.tag in _INLINE and node.getparent() is not None:
        node = node.getparent()
    return node


def note_lines(ix: PageIndex, lines: Sequence[Line]) -> frozenset[int]:
    """Lines of the notes the text's markers point to, and of boxes classed as notes (on a
    page with markers), outside page furniture."""
    boxes = note_boxes(ix.classed, ix.dropped)
    ids: dict[str, etree._Element] = {}
    for attr in ("id", "name"):
        for el in ix.with_attr(attr):
            ids.setdefault(el.get(attr) or "", el)
    first = {line.element: line.index for line in reversed(lines)}
    for link, box in note_targets(ix.dropped, ids):
        here = next((first[el] for el in link.iterancestors() if el in first), None)
        there = ix.within(box)
        if here is not None and there and there[0] > here:  # a back link points up
            boxes.append(box)
    return frozenset(i for box in boxes if ix.zone(box) is None for i in ix.within(box))


def note_text(text: str) -> str:
    """A note's line without a number left at its start (``[1] …``); empty when the line is
    only a number."""
    if _MARK.fullmatch(text):
        return ""
    match = re.match(r"[\[(][0-9]{1,3}[\])]\s*", text)
    return text[match.end():] if match else text
