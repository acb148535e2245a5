"""One parse and one walk of a page; every rule then asks this index instead of the tree.

The walk numbers the page's visual lines (as ``kznews.extract.text`` defines them) and, on
the way, files every element by tag, class token and a few attributes, keeps the ``<meta>``,
``<link>``, JSON-LD and ``<a href>`` elements, and leaves each element's furniture verdict
(``zone``) to be inherited from its parent on first use. Whole-document queries per rule and
re-walks of subtrees were what made extraction cost many times its parse.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from lxml import etree
from parsel.selector import create_root_node

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.layout import _kind
from kznews.extract.meta import MetaTags
from kznews.extract.select import Compound, select
from kznews.extract.text import BLOCK_TAGS, SKIP_TAGS, Line, element_text

# Attributes selectors may test without a class or tag: filed per element by name.
INDEXED_ATTRS = ("itemprop", "rel", "datetime")
_HEADER_FOOTER = frozenset({"header", "footer"})


class PageIndex:
    """A parsed page: its lines (raw and cleaned once), elements by tag/class/attribute,
    meta tags, JSON-LD blocks and links, with memoised text and furniture verdicts."""

    def __init__(self, html: str | bytes,
                 skip: Callable[[etree._Element], bool] | None = None) -> None:
        text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
        # parsel's own tree builder, with lxml's plain parser: lxml.html's element classes
        # are looked up in Python for every element touched, a tenth of the extraction.
        self.top: etree._Element = create_root_node(text or "<html></html>", etree.HTMLParser)
        body = next(self.top.iter("body"), None)
        self.root: etree._Element = body if body is not None else self.top
        self.by_tag: defaultdict[str, list[etree._Element]] = defaultdict(list)
        self.by_class: defaultdict[str, list[etree._Element]] = defaultdict(list)
        self.by_attr: defaultdict[str, list[etree._Element]] = defaultdict(list)
        self.classed: list[etree._Element] = []  # elements with a class or an id
        self.every: list[etree._Element] = []
        self.links: list[etree._Element] = []  # <a href> inside the body
        self.lines: list[Line] = []
        self._texts: dict[etree._Element, str] = {}
        self._zones: dict[etree._Element, tuple[str | None, str | None, bool]] = {}
        self._cleaned: dict[str, str] = {}
        if self.root is not self.top:
            self._file(self.top, False)
            for child in self.top:
                if child is not self.root:
                    self._file_tree(child, False)
        self._walk(skip)
        self.clean_lines = [self.clean(line.text) for line in self.lines]
        self.meta = MetaTags.from_elements(el for el in self.by_tag["meta"]
                                           if el.get("content") is not None)
        self.jsonld = jsonld.parse_blocks(
            s.text for s in self.by_tag["script"] if "ld+json" in (s.get("type") or "")
            and s.text)

    # ------------------------------------------------------------------ the walk
    def _file(self, el: etree._Element, in_root: bool) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        self.every.append(el)
        self.by_tag[tag].append(el)
        cls = el.get("class")
        if cls:
            self.classed.append(el)
            for token in cls.split():
                self.by_class[token].append(el)
        elif el.get("id") is not None:
            self.classed.append(el)
        for name in INDEXED_ATTRS:
            if el.get(name) is not None:
                self.by_attr[name].append(el)
        if in_root and tag == "a" and el.get("href") is not None:
            self.links.append(el)

    def _file_tree(self, el: etree._Element, in_root: bool) -> None:
        for sub in el.iter():
            self._file(sub, in_root)

    def _walk(self, skip: Callable[[etree._Element], bool] | None) -> None:
        """``text.iter_lines`` over the body, filing every element it passes."""
        root, lines = self.root, self.lines
        buf: list[str] = []
        links: list[etree._Element] = []
        owner: list[etree._Element] = [root]

        def flush() -> None:
            text = "".join(buf)
            buf.clear()
            if text.strip():
                lines.append(Line(text, owner[-1], len(lines), links[:]))
            links.clear()

        stack: list[tuple[etree._Element, bool]] = [(root, False)]
        while stack:
            el, leaving = stack.pop()
            tag = el.tag if isinstance(el.tag, str) else ""
            if leaving:
                if tag in BLOCK_TAGS:
                    flush()
                    owner.pop()
                if el is not root and el.tail:
                    buf.append(el.tail)
                continue
            if not tag or tag in SKIP_TAGS or (skip is not None and el is not root and skip(el)):
                self._file_tree(el, True)
                if el is not root and el.tail:
                    buf.append(el.tail)
                continue
            self._file(el, True)
            if tag == "br":
                flush()
                if el.tail:
                    buf.append(el.tail)
                continue
            if tag in BLOCK_TAGS:
                flush()
                owner.append(el)
            elif tag == "a":
                links.append(el)
            if el.text:
                buf.append(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
        flush()

    # ------------------------------------------------------------------ queries
    def clean(self, text: str | None) -> str:
        """``clean_text``, once per distinct string of the page."""
        if not text:
            return ""
        found = self._cleaned.get(text)
        if found is None:
            found = self._cleaned[text] = P.clean_text(text)
        return found

    def text(self, el: etree._Element) -> str:
        """An element's cleaned text (its lines joined by spaces), once per element."""
        found = self._texts.get(el)
        if found is None:
            tag = el.tag
            if not isinstance(tag, str) or tag in SKIP_TAGS:
                raw = ""
            elif tag == "br":  # text.iter_lines keeps the tail of a <br> it starts at
                raw = el.tail or ""
            elif len(el) == 0:  # a leaf: its text is its one line
                raw = el.text or ""
            else:
                raw = element_text(el)
            found = self._texts[el] = self.clean(raw)
        return found

    def css(self, css: str) -> list[etree._Element]:
        return select(css, self._candidates)

    def css_first(self, selectors: Sequence[str]) -> tuple[etree._Element, str] | None:
        """The first element of the first selector that matches anything, and the selector."""
        for css in selectors:
            found = self.css(css)
            if found:
                return found[0], css
        return None

    def _candidates(self, compound: Compound) -> Sequence[etree._Element]:
        """The shortest filed list that holds every element ``compound`` can match."""
        lists: list[Sequence[etree._Element]] = [self.by_class.get(c, ()) for c in
                                                 compound.classes]
        if compound.tag:
            lists.append(self.by_tag.get(compound.tag, ()))
        for name, _, _ in compound.attrs:
            if name in {"class", "id"}:
                lists.append(self.classed)
            elif name in INDEXED_ATTRS:
                lists.append(self.by_attr.get(name, ()))
        return min(lists, key=len) if lists else self.every

    def zone(self, el: etree._Element) -> str | None:
        """``noise``/``boundary`` for furniture (``layout.zone``), inherited from the parent:
        each element's verdict is worked out once, from its parent's."""
        known = self._zones
        found = known.get(el)
        if found is None:
            chain = []
            node: etree._Element | None = el
            while node is not None and node not in known:
                chain.append(node)
                node = node.getparent()
            above = known[node] if node is not None else (None, None, False)
            for node in reversed(chain):
                above = known[node] = _inherit(node, above)
            found = above
        in_article_zone, plain_zone, in_article = found
        return in_article_zone if in_article else plain_zone

    def title_text(self) -> str | None:
        return next((t.text for t in self.by_tag["title"] if t.text), None)

    def canonical(self) -> str | None:
        value = next((el.get("href") for el in self.by_tag["link"]
                      if el.get("rel") == "canonical" and el.get("href") is not None), None)
        return value.strip() if value and value.strip() else None

    def html_lang(self) -> str | None:
        value = self.top.get("lang") if self.top.tag == "html" else None
        return value.strip() if value and value.strip() else None

    def within(self, container: etree._Element) -> list[int]:
        """Numbers of the lines held by ``container`` or its descendants."""
        inside = set(container.iter())
        return [line.index for line in self.lines if line.element in inside]


def _inherit(node: etree._Element, above: tuple[str | None, str | None, bool]
             ) -> tuple[str | None, str | None, bool]:
    """A node's verdicts from its parent's: (zone if an <article> holds it, zone if none does,
    whether one does). Inside an article its own header and footer are not furniture."""
    in_article_zone, plain_zone, in_article = above
    kind = _kind(node)
    if kind:
        if kind not in _HEADER_FOOTER:
            in_article_zone = kind
        plain_zone = "noise" if kind == "header" else "boundary" if kind == "footer" else kind
    return in_article_zone, plain_zone, in_article or node.tag == "article"

