"""Page text as a list of visual lines, each tied to the element that holds it.

The outlet's pages are known to us only as text dumps (headline, credit, info line,
dateline, body, source line, headline block). Turning any markup into the same kind of
line list lets the text-pattern rules work on markup nobody here has seen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree

# Elements whose text is never article text. The parser keeps the content of raw-text
# elements (``xmp``, ``noembed``, ``noframes``, ``plaintext`` — which swallows the rest of
# the page — and ``iframe``, ``textarea``, ``title``) as text with its tags in it: dropped
# too, and ``listing``, which older parsers read that way. An AMP ad's box (``amp-ad``, its
# ``<div placeholder>``/``fallback`` children saying "Реклама") holds no text either.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "svg", "button", "select",
        "option", "input", "textarea", "head", "title", "meta", "link", "object", "embed",
        "canvas", "video", "audio", "map", "xmp", "noembed", "noframes", "plaintext",
        "listing", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads",
    }
)
# Elements that start a new line of text.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "table", "thead", "tbody", "tr", "td", "th",
        "figure", "figcaption", "pre", "aside", "nav", "main", "form", "dl", "dt", "dd",
        "address", "hr", "center", "fieldset", "details", "summary", "body", "html", "caption",
    }
)


@dataclass(slots=True)
class Line:
    """One visual line of page text and the block element that holds it."""

    text: str
    element: etree._Element
    index: int = 0
    links: list[etree._Element] = field(default_factory=list)
    """The ``<a>`` elements whose text is part of this line."""


def _tag(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def iter_lines(root: etree._Element,
               skip: Callable[[etree._Element], bool] | None = None) -> Iterator[Line]:
    """Yield the raw (uncleaned) text lines under ``root`` in document order.

    A line ends at every block element boundary and at every ``<br>``; inline markup
    (``<strong>``, ``<a>``, ``<span>``) stays inside its line. ``skip(el)`` true drops an
    element's text (its tail stays): inline widgets inside paragraphs. A ``<pre>`` shows its
    text as written: each of its lines is a line (``pre_lines``).
    """
    buf: list[str] = []
    links: list[etree._Element] = []
    owner: list[etree._Element] = [root]

    def flush() -> list[Line]:
        text = "".join(buf)
        buf.clear()
        found = links[:]
        links.clear()
        if not text.strip():
            return []
        if "\n" in text and owner[-1].tag == "pre":
            return [Line(part, owner[-1], links=found) for part in pre_lines(text)]
        return [Line(text, owner[-1], links=found)]

    # Iterative walk with explicit enter/leave events keeps deep trees off the C stack.
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        el, leaving = stack.pop()
        tag = _tag(el)
        if leaving:
            if tag in BLOCK_TAGS:
                yield from flush()
                owner.pop()
            if el is not root and el.tail:
                buf.append(el.tail)
            continue
        if not tag or tag in SKIP_TAGS or (skip is not None and el is not root and skip(el)):
            if el is not root and el.tail:
                buf.append(el.tail)
            continue
        if tag == "br":
            yield from flush()
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in BLOCK_TAGS:
            yield from flush()
            owner.append(el)
        elif tag == "a":
            links.append(el)
        if el.text:
            buf.append(el.text)
        stack.append((el, True))
        for child in reversed(list(el)):
            stack.append((child, False))
    yield from flush()


def pre_lines(text: str) -> list[str]:
    """The non-blank lines of a ``<pre>``'s text: a schedule or a list typed line by line is
    read as the browser shows it, not run together into one paragraph."""
    return [part for part in text.split("\n") if part.strip()]


def page_lines(root: etree._Element,
               skip: Callable[[etree._Element], bool] | None = None) -> list[Line]:
    """All lines of a page, numbered."""
    lines = list(iter_lines(root, skip))
    for i, line in enumerate(lines):
        line.index = i
    return lines


def element_text(el: etree._Element) -> str:
    """The text of one element with its lines joined by single spaces (raw, uncleaned): the
    lines ``iter_lines`` yields, read off lxml's iterwalk events (no list of children per
    element, no line objects)."""
    name = _tag(el)
    if not name or name in SKIP_TAGS:
        return ""
    if name == "br":  # iter_lines keeps the tail of a <br> it starts at
        tail = el.tail
        return tail if tail and tail.strip() else ""
    parts: list[str] = []
    buf: list[str] = []
    add = buf.append
    owner: list[etree._Element] = [el]
    names = _TAG_NAMES

    def flush() -> None:
        text = "".join(buf)
        buf.clear()
        if text.strip():
            if "\n" in text and owner[-1].tag == "pre":
                parts.extend(pre_lines(text))
            else:
                parts.append(text)

    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    passed = None  # the element whose subtree was just passed over: its end event is next
    for event, node in walker:
        if event == "start":
            raw = node.tag
            tag = names.get(raw)
            if tag is None:
                tag = _tag_name(raw)
            if node is not el and (not tag or tag in SKIP_TAGS or tag == "br"):
                if tag == "br" and buf:
                    flush()
                passed = node
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                if buf:
                    flush()
                owner.append(node)
            text = node.text
            if text:
                add(text)
        elif event == "end":
            if node is passed:
                passed = None
            elif owner[-1] is node and len(owner) > 1:
                if buf:
                    flush()
                owner.pop()
            if node is not el:
                tail = node.tail
                if tail:
                    add(tail)
        elif node.tail:  # a comment or processing instruction: only its tail is text
            add(node.tail)
    if buf:
        flush()
    return " ".join(parts)


_TAG_NAMES: dict[str, str] = {}
"""``_tag`` by an element's tag as lxml gives it: a page repeats a few dozen."""
TAG_NAMES_SIZE = 1024


def _tag_name(raw: str) -> str:
    name = raw.rsplit("}", 1)[-1].lower()
    if len(_TAG_NAMES) >= TAG_NAMES_SIZE:
        _TAG_NAMES.clear()
    _TAG_NAMES[raw] = name
    return name


def is_inside(el: etree._Element, container: etree._Element) -> bool:
    """True when ``el`` is ``container`` or one of its descendants."""
    node: etree._Element | None = el
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False
