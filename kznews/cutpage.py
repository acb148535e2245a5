"""Is an HTML page that came without ``</html>`` whole, or cut at a short Content-Length?

A page may leave out the end tags HTML lets it omit (``</p>``, ``</li>``, ``</body>``,
``</html>``) and still be whole. A page cut short stops inside a tag, a word or a character;
or, cut exactly after a ``>``, it leaves open an element whose end tag no markup may omit
(a ``<div>``, an ``<article>``, a ``<ul>``, a ``<script>``): the rest of the page was the
part that closed it.
"""

from __future__ import annotations

from html.parser import HTMLParser

VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame", "isindex"))
"""Elements with no content and no end tag."""
OPTIONAL_END = frozenset((
    "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
    "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp"))
"""Elements whose end tag HTML lets a page leave out."""
FORMATTING = frozenset((
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "span", "strike", "strong",
    "tt", "u"))
"""Inline elements an old or sloppy page opens and never closes (a ``<font>`` over the whole
page): browsers mend them, and left open they tell nothing of where the page stops."""


def ends_cut(body: bytes) -> bool:
    """The page stops short of its end (``cut_at``)."""
    return cut_at(body) is not None


def cut_at(body: bytes) -> str | None:
    """Where the page stops short of its end: ``mid-text`` (inside a tag, a word or a
    character: markup that merely leaves its end tags out still ends with a tag's ``>``, a
    body cut at a Content-Length that counted characters instead of bytes almost never does),
    ``with <div> open`` (right after a ``>``, an element open that needs its end tag), or
    None when it may be whole."""
    if not body.rstrip().endswith(b">"):
        return "mid-text"
    left = open_required(body)
    return f"with <{left[-1]}> open" if left else None


class _OpenElements(HTMLParser):
    """The elements still open where the markup stops, outermost first."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``<path/>``, ``<br/>``: opens nothing."""

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:  # a stray end tag closes nothing
            index = len(self.stack) - 1 - self.stack[::-1].index(tag)
            del self.stack[index:]


def open_required(body: bytes) -> list[str]:
    """The elements left open at the end of ``body`` whose end tag no page may omit."""
    parser = _OpenElements()
    # the bytes' encoding does not matter: tags are ASCII in every encoding a page may use
    parser.feed(body.decode("latin-1"))
    return [tag for tag in parser.stack if tag not in OPTIONAL_END and tag not in FORMATTING]
