"""One parse and one walk of a page; every rule then asks this index instead of the tree.

The walk numbers the page's visual lines (as ``kznews.extract.text`` defines them) and, on
the way, files every element by tag, class token and a few attributes, keeps the ``<meta>``,
``<link>``, JSON-LD and ``<a href>`` elements, and leaves each element's furniture verdict
(``zone``) to be inherited from its parent on first use. Whole-document queries per rule and
re-walks of subtrees were what made extraction cost many times its parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache
from typing import Any

from lxml import etree

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.adslots import AD_ATTRS
from kznews.extract.hidden import take_out
from kznews.extract.layout import (
    BUILDER_NAMES,
    KIND_TAGS,
    TOKEN_KINDS,
    caption_class,
    is_details_aside,
    kind_of,
    page_form,
)
from kznews.extract.markup import document_base, parse_page
from kznews.extract.meta import MetaTags
from kznews.extract.select import Compound, select
from kznews.extract.stories import set_aside
from kznews.extract.text import BLOCK_TAGS, SKIP_TAGS, Line, element_text, pre_lines
from kznews.extract.widgets import EMBED_ATTRS, furniture_boxes

_HEADER_FOOTER = frozenset({"header", "footer"})
CLEAN_MEMO_SIZE = 16_384  # strings, each at most CLEAN_MEMO_LENGTH: a few MB at most
CLEAN_MEMO_LENGTH = 400
_CLEANED: dict[str, str] = {}


MEMOS: list[Callable[[], None]] = [_CLEANED.clear, caption_class.cache_clear,
                                   P.KNOWN_CLEAN.clear]
"""What forgets each memo that outlives a page (site rules add theirs)."""


def clear_memo() -> None:
    """Forget what earlier pages taught the memos (a benchmark's passes start cold)."""
    for clear in MEMOS:
        clear()


class PageIndex:
    """A parsed page: its lines (raw and cleaned once), elements by tag/class/attribute,
    meta tags, JSON-LD blocks and links, with memoised text and furniture verdicts.

    The lines come from one walk in Python; the element lists are lxml's own (C) iteration,
    each made on first use, since the Python work per element is what costs."""

    def __init__(self, html: str | bytes,
                 skip: Callable[[etree._Element], bool] | None = None,
                 skip_tags: frozenset[str] | None = None,
                 drop: Callable[[str, etree._Element], set[etree._Element]] | None = None,
                 aside: Callable[[str, etree._Element], list[etree._Element]] | None = None,
                 hide: Callable[[str, etree._Element], list[etree._Element]] | None = None
                 ) -> None:
        """``skip(el)`` true drops an element's text (its tail stays), as in ``iter_lines``;
        with ``skip_tags`` it is asked only about elements of those tags. ``drop(html, top)``
        names more elements whose text goes (footnote markers), found once per page.
        ``aside(html, top)`` names subtrees that are not the page's (the other stories of an
        endless feed): they leave the tree before the walk, and only their links are kept.
        ``hide(html, top)`` names boxes no reader sees (``hidden.hidden_boxes``): they leave
        the tree before the walk, all but the data they hold (``hidden.take_out``)."""
        text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
        parsed = parse_page(text or "<html></html>")
        self.problems: list[str] = parsed.problems
        """Stat keys of what the page needed repaired (``html/too_deep``, ``jsonld/…``)."""
        self.top: etree._Element = parsed.root
        self.source = text
        """The page's markup as served: a rule's substring needle rules a page out first."""
        self.aside: list[etree._Element] = aside(text, self.top) if aside is not None else []
        """Subtrees taken out of the page (``stories.foreign``), in page order."""
        if self.aside:
            set_aside(self.aside)
        if hide is not None:
            take_out(hide(text, self.top))
        self.dropped: set[etree._Element] = drop(text, self.top) if drop is not None else set()
        if self.dropped:
            skip = _dropping(self.dropped, skip)
            if skip_tags is not None:
                skip_tags = skip_tags | {el.tag for el in self.dropped}
        body = next(self.top.iter("body"), None)
        self.root: etree._Element = body if body is not None else self.top
        self.lines: list[Line] = []
        self._tags: dict[str, list[etree._Element]] = {}
        self._attrs: dict[str, list[etree._Element]] = {}
        self._classes: dict[str, list[etree._Element]] = {}
        self._classed: list[etree._Element] = []
        self.links: list[etree._Element] = []
        """``<a href>`` inside the body, in page order."""
        self._texts: dict[etree._Element, str] = {}
        self._zones: dict[etree._Element, tuple[str | None, str | None, bool]] = {}
        self._walk(skip, skip_tags)
        for box in furniture_boxes(self, text):
            self.noise(box)
        self.clean_lines = [self.clean(line.text) for line in self.lines]
        self.meta = MetaTags.from_elements(el for el in self.tag("meta")
                                           if el.get("content") is not None)
        self.jsonld = jsonld.parse_blocks(
            (s.text for s in self.tag("script") if "ld+json" in (s.get("type") or "") and s.text),
            self.problems)

    # ------------------------------------------------------------------ element lists
    @cached_property
    def aside_links(self) -> list[etree._Element]:
        """``<a href>`` of the subtrees set aside (other stories' links), in page order."""
        return [a for box in self.aside for a in box.iter("a") if a.get("href") is not None]

    @cached_property
    def every(self) -> list[etree._Element]:
        """Every element of the page, in page order."""
        return list(self.top.iter(etree.Element))

    def tag(self, name: str) -> list[etree._Element]:
        """Elements of one tag, in page order."""
        found = self._tags.get(name)
        if found is None:
            found = self._tags[name] = list(self.top.iter(name))
        return found

    def with_attr(self, name: str) -> list[etree._Element]:
        found = self._attrs.get(name)
        if found is None:
            found = self._attrs[name] = _having(name)(self.top)
        return found

    def _builder_named(self) -> dict[etree._Element, str] | None:
        """The values of the attributes a site builder names its parts with instead of classes
        (``layout.BUILDER_NAMES``: Wix's ``data-hook="post-footer"``), by element: the walk
        reads them as the element's id, so the class vocabulary gives their furniture
        verdicts. None on the many pages with none."""
        named: dict[etree._Element, str] = {}
        for attr in BUILDER_NAMES:
            for el in self.with_attr(attr):
                value = el.get(attr) or ""
                named[el] = f"{named[el]} {value}" if el in named else value
        return named or None

    def with_class(self, token: str) -> list[etree._Element]:
        return self._classes.get(token, [])

    def class_tokens(self) -> Iterable[str]:
        """Every class token of the page (each once)."""
        return self._classes.keys()

    @property
    def classed(self) -> list[etree._Element]:
        """Elements with a class or an id, in page order."""
        return self._classed

    def _file_classed(self, el: etree._Element, cls: str | None) -> None:
        """File one element of the page (its ``class`` given) in the class index."""
        if cls:
            self._classed.append(el)
            index = self._classes
            for token in cls.split():
                found = index.get(token)
                if found is None:
                    index[token] = [el]
                else:
                    found.append(el)
        elif el.get("id") is not None:
            self._classed.append(el)

    def _file_outside(self, top: etree._Element) -> None:
        """Class-index the elements under ``top`` (itself included) the walk does not visit.
        A Python pass: on most pages these are the head's dozen, for which an XPath's set-up
        cost more than reading each."""
        file = self._file_classed
        for el in top.iter(etree.Element):
            file(el, el.get("class"))

    def _walk(self, skip: Callable[[etree._Element], bool] | None,
              skip_tags: frozenset[str] | None = None) -> None:
        """``text.iter_lines`` over the body, as lxml's iterwalk events; on the way every
        element is filed in the class index, gets its furniture verdict (from its parent's)
        and, when it is an ``<a href>``, joins ``links``. Elements of the page outside the
        body, and inside skipped subtrees, are class-indexed (and links listed) apart."""
        root, top, lines, zones = self.root, self.top, self.lines, self._zones
        after = self._file_before(root, top)
        page_links = self.links
        buf: list[str] = []
        add = buf.append
        links: list[etree._Element] = []
        owner: list[etree._Element] = [root]
        parent = root.getparent()
        verdicts = [self._verdicts(parent) if parent is not None else _NO_VERDICT]
        skipped = None  # the element whose subtree was just skipped: its end event is next
        blocks, skips, kinds = BLOCK_TAGS, SKIP_TAGS, _VERDICT_TAGS

        def flush() -> None:
            text = "".join(buf)
            buf.clear()
            if text.strip():
                block = owner[-1]
                if "\n" in text and block.tag == "pre":
                    for part in pre_lines(text):
                        lines.append(Line(part, block, len(lines), links[:]))
                else:
                    lines.append(Line(text, block, len(lines), links[:]))
            links.clear()

        index, classed, kinds_known = self._classes, self._classed, _KINDS
        self._file_common()
        # Few elements have an id: libxml2 lists them, and the rest are not asked for one
        # (a look-up in this set costs a fraction of reading an attribute).
        with_id = set(self.with_attr("id"))
        named = self._builder_named()
        walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        # Most events change nothing: flush is called only when there is a line. The class
        # index and the verdicts are inlined: this loop runs for every element of every page.
        for event, el in walker:
            if event == "start":
                tag = el.tag
                cls = el.get("class")
                ident = el.get("id") if el in with_id else None
                if named is not None and el in named:
                    ident = f"{ident or ''} {named[el]}"
                above = verdicts[-1]
                if cls is not None or ident is not None:
                    if cls:
                        classed.append(el)
                        for token in cls.split():
                            found = index.get(token)
                            if found is None:
                                index[token] = [el]
                            else:
                                found.append(el)
                    elif ident is not None:
                        classed.append(el)
                    key = (tag, cls, ident)
                    known = kinds_known.get(key, _UNKNOWN)
                    kind = _remember_kind(key) if known is _UNKNOWN else known
                    if kind and tag in _OWN_ANYWAY and _own_anyway(tag, kind, el):
                        kind = None
                    if kind or tag == "article":
                        above = _apply(kind, tag, above)
                elif tag in kinds:
                    kind = _kind((tag, None, None))
                    if not (kind and tag in _OWN_ANYWAY and _own_anyway(tag, kind, el)):
                        above = _apply(kind, tag, above)
                if tag == "a" and el.get("href") is not None:
                    page_links.append(el)
                if tag in skips or (skip is not None and (skip_tags is None or tag in skip_tags)
                                    and el is not root and skip(el)):
                    skipped = el
                    if len(el):
                        self._skipped_subtree(el)
                    walker.skip_subtree()
                    continue
                zones[el] = above
                verdicts.append(above)
                if tag in blocks:
                    if buf or links:
                        flush()
                    owner.append(el)
                elif tag == "br":
                    if buf or links:
                        flush()
                    continue
                elif tag == "a":
                    links.append(el)
                text = el.text
                if text:
                    add(text)
            elif event == "end":
                if el is skipped:
                    skipped = None
                else:
                    verdicts.pop()
                    if owner[-1] is el:  # a block ends (cheaper than reading its tag again)
                        if buf or links:
                            flush()
                        owner.pop()
                tail = el.tail
                if tail and el is not root:
                    add(tail)
            elif el.tail:  # a comment or processing instruction: only its tail is text
                add(el.tail)
        if buf or links:
            flush()
        for el in after:
            self._file_outside(el)

    def _file_common(self) -> None:
        """List the elements of the tags and attributes every page is asked about, each kind
        in page order, in one pass of libxml2 for the tags and one over the elements for the
        attributes: a pass per name cost ~10 µs of set-up however little it found.
        The tree no longer changes (what is set aside or hidden is gone), so these are the
        lists a later ask would get."""
        tags: dict[str, list[etree._Element]] = {name: [] for name in COMMON_TAGS}
        for el in self.top.iter(*COMMON_TAGS):
            tags[el.tag].append(el)
        attrs: dict[str, list[etree._Element]] = {name: [] for name in LISTED_ATTRS}
        # An element's attribute names as one list: a quarter of what libxml2's XPath took
        # to pick the holders with ``*[@id or @rel or …]`` (it tests each name on each node).
        wanted = attrs.get
        for el in self.top.iter(etree.Element):
            for name in el.keys():  # noqa: SIM118 (iterating an element gives children)
                held = wanted(name)
                if held is not None:
                    held.append(el)
        self._tags.update(tags)
        self._attrs.update(attrs)

    def _file_before(self, root: etree._Element, top: etree._Element) -> list[etree._Element]:
        """Class-index what precedes ``root`` in page order (``top``, the ancestors of
        ``root`` and their earlier children: the head, a frameset); return the subtrees that
        follow it, in page order, to be indexed after the walk."""
        if root is top:
            return []
        path = []  # the ancestors of root below top, top-down
        node = root.getparent()
        while node is not None and node is not top:
            path.append(node)
            node = node.getparent()
        path.reverse()
        self._file_classed(top, top.get("class"))
        following: list[list[etree._Element]] = []
        parent = top
        for branch in (*path, root):
            for child in parent:
                if child is branch:
                    break
                if isinstance(child.tag, str):
                    self._file_outside(child)
            if branch is not root:
                self._file_classed(branch, branch.get("class"))
            following.append([el for el in branch.itersiblings() if isinstance(el.tag, str)])
            parent = branch
        return [el for group in reversed(following) for el in group]

    def _skipped_subtree(self, el: etree._Element) -> None:
        """A skipped element's descendants still belong in the class index and links."""
        for inner in _CLASSED_BELOW(el):
            self._file_classed(inner, inner.get("class"))
        self.links.extend(a for a in el.iterdescendants("a") if a.get("href") is not None)

    # ------------------------------------------------------------------ queries
    def clean(self, text: str | None) -> str:
        """``clean_text``, once per distinct string: menus, sidebars and headline blocks
        repeat on every page of a site, so the memo outlives the page (bounded)."""
        if not text:
            return ""
        found = _CLEANED.get(text)
        if found is None:
            found = P.clean_text(text)
            if len(text) <= CLEAN_MEMO_LENGTH:  # furniture is short; paragraphs are unique
                if len(_CLEANED) >= CLEAN_MEMO_SIZE:
                    _CLEANED.clear()
                _CLEANED[text] = found
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
        """A short page-order list holding every element ``compound`` can match."""
        if compound.classes:  # one dict look-up; the compound checks the tag itself
            return self.with_class(compound.classes[0])
        if compound.tag:
            return self.tag(compound.tag)
        name = compound.attrs[0][0] if compound.attrs else ""
        if name == "class" and compound.attrs[0][1] == "*=":  # ``[class*=views]``
            return self._class_holding(compound.attrs[0][2])
        if name in {"class", "id"}:
            return self.classed
        return self.with_attr(name) if name else self.every

    def _class_holding(self, part: str) -> list[etree._Element]:
        """Elements whose ``class`` holds ``part``, in page order. A part without a space lies
        inside one token: the class index's few tokens are looked at, not every element."""
        if not part or part != "".join(part.split()):
            return [el for el in self.classed if part in (el.get("class") or "")]
        index = self._classes
        tokens = [token for token in index if part in token]
        if len(tokens) <= 1:  # an element listed twice has the token twice (``a a``)
            return list(dict.fromkeys(index[tokens[0]])) if tokens else []
        held = {el for token in tokens for el in index[token]}
        return [el for el in self.classed if el in held]

    def zone(self, el: etree._Element) -> str | None:
        """``noise``/``boundary`` for furniture (``layout.zone``), inherited from the parent:
        the walk works out each body element's verdict from its parent's; others on demand."""
        found = self._zones.get(el)
        if found is None:
            found = self._verdicts(el)
        in_article_zone, plain_zone, in_article = found
        return in_article_zone if in_article else plain_zone

    def unzone(self, box: etree._Element) -> None:
        """``box`` is the page's article whatever the classes around it say (the message of
        a page that shows one post, in a widget's boxes): no furniture itself, its
        descendants judged from it."""
        in_article = (self._zones.get(box) or self._verdicts(box))[2]
        for el in box.iterdescendants():
            self._zones.pop(el, None)
        self._zones[box] = (None, None, in_article)

    def noise(self, box: etree._Element) -> None:
        """``box`` is furniture whatever its classes say (``widgets.furniture_boxes``)."""
        in_article = (self._zones.get(box) or self._verdicts(box))[2]
        for el in box.iter():
            self._zones[el] = ("noise", "noise", in_article)

    def _verdicts(self, el: etree._Element) -> tuple[str | None, str | None, bool]:
        known = self._zones
        chain = []
        node: etree._Element | None = el
        while node is not None and node not in known:
            chain.append(node)
            node = node.getparent()
        above = known[node] if node is not None else _NO_VERDICT
        for node in reversed(chain):
            above = known[node] = _inherit(node, above)
        return above

    def title_text(self) -> str | None:
        return next((t.text for t in self.tag("title") if t.text), None)

    def canonical(self) -> str | None:
        value = next((el.get("href") for el in self.tag("link")
                      if el.get("rel") == "canonical" and el.get("href") is not None), None)
        return value.strip() if value and value.strip() else None

    def base_url(self, url: str) -> str:
        """What the page's relative URLs resolve against, served at ``url``: its
        ``<base href>``, else ``url`` (see :func:`kznews.extract.markup.document_base`)."""
        return document_base(self.tag("base"), url)

    def html_lang(self) -> str | None:
        value = self.top.get("lang") if self.top.tag == "html" else None
        return value.strip() if value and value.strip() else None

    def within(self, container: etree._Element) -> list[int]:
        """Numbers of the lines held by ``container`` or its descendants."""
        inside = set(container.iter())
        return [line.index for line in self.lines if line.element in inside]


def _dropping(gone: set[etree._Element], skip: Callable[[etree._Element], bool] | None
              ) -> Callable[[etree._Element], bool]:
    return lambda el: el in gone or (skip is not None and skip(el))


# Elements picked by libxml2, in page order: only those reach Python (a Python object for
# each of a page's elements cost more than the look-ups it served). Reached through their
# attributes (``*/@class/..``): libxml2 answers that faster than a predicate (``*[@class]``).
# One predicate, not a union of attribute sets: libxml2 merges the sets of a union pairwise,
# which on a page of ~20,000 elements cost a tenth of a second (a predicate: a few ms).
_CLASSED_BELOW = etree.XPath("descendant::*[@class or @id]")
COMMON_TAGS = ("meta", "script", "link", "title", "base", "img", "h1", "area", "figcaption")
COMMON_ATTRS = ("id", "property", "hreflang", "itemprop", "rel", "data-hook", "data-testid",
                "data-qa", "data-test", "data-field", "aria-label", "itemtype", "typeof",
                *EMBED_ATTRS, *AD_ATTRS)
"""What the rules ask every page for (``tag``, ``with_attr``): listed in the walk's pass."""
LISTED_ATTRS: list[str] = list(COMMON_ATTRS)
"""``COMMON_ATTRS`` and the attributes site rules added (``list_attrs``)."""


def list_attrs(names: Iterable[str]) -> None:
    """Have the walk's pass list these attributes too (a site's rule asks each page whether
    any element holds one: a look in a list instead of a pass of libxml2's XPath, ~10 µs of
    set-up and a node set per element tested)."""
    LISTED_ATTRS.extend(name for name in dict.fromkeys(names) if name not in LISTED_ATTRS)


_NO_VERDICT: tuple[str | None, str | None, bool] = (None, None, False)
_VERDICT_TAGS = KIND_TAGS | {"article"}  # tags that change a verdict whatever their class
_ATTR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


@lru_cache(maxsize=64)
def _having(name: str) -> Callable[[etree._Element], list[etree._Element]]:
    """Elements with attribute ``name`` under (and including) an element, in page order."""
    if _ATTR_NAME.fullmatch(name):
        return etree.XPath(f"(descendant-or-self::*/@{name})/..")
    return lambda top: [el for el in top.iter(etree.Element) if el.get(name) is not None]


_UNKNOWN = object()
_KINDS: dict[tuple[str, str | None, str | None], Any] = {}
"""``layout.kind_of`` by (tag, class, id): pages of a site repeat the same few."""
KINDS_MEMO = 4096
MEMOS.extend((_KINDS.clear, TOKEN_KINDS.clear))


def _kind(key: tuple[str, str | None, str | None]) -> str | None:
    """``layout.kind_of`` of (tag, class, id), memoised."""
    known = _KINDS.get(key, _UNKNOWN)
    return _remember_kind(key) if known is _UNKNOWN else known


def _remember_kind(key: tuple[str, str | None, str | None]) -> str | None:
    tag, cls, ident = key
    kind = kind_of(tag if isinstance(tag, str) else "", f"{cls or ''} {ident or ''}")
    if len(_KINDS) >= KINDS_MEMO:
        _KINDS.clear()
    _KINDS[key] = kind
    return kind


def _apply(kind: str | None, tag: object, above: tuple[str | None, str | None, bool]
           ) -> tuple[str | None, str | None, bool]:
    """A node's verdicts from its own kind and its parent's verdicts: (zone if an <article>
    holds it, zone if none does, whether one does). Inside an article its own header and
    footer are not furniture."""
    in_article_zone, plain_zone, in_article = above
    if kind:
        # inside a widget everything is the widget's: an embedded post's footer is no edge
        if kind not in _HEADER_FOOTER and in_article_zone != "noise":
            in_article_zone = kind
        if plain_zone != "noise":
            plain_zone = "noise" if kind == "header" else "boundary" if kind == "footer" else kind
    return in_article_zone, plain_zone, in_article or tag == "article"


def _inherit(node: etree._Element, above: tuple[str | None, str | None, bool]
             ) -> tuple[str | None, str | None, bool]:
    """A node's verdicts from its parent's (``_apply``)."""
    tag = node.tag if isinstance(node.tag, str) else ""
    cls, ident = node.get("class"), node.get("id")
    named = " ".join(v for v in map(node.get, BUILDER_NAMES) if v)
    if named:
        ident = f"{ident or ''} {named}"
    if cls is None and ident is None and tag not in KIND_TAGS:
        kind = None  # most elements: nothing in their tag or attributes marks furniture
    else:
        kind = _kind((tag, cls, ident))
        if kind and tag in _OWN_ANYWAY and _own_anyway(tag, kind, node):
            kind = None
    return _apply(kind, node.tag, above)


_OWN_ANYWAY = frozenset({"form", "aside"})


def _own_anyway(tag: str, kind: str, el: etree._Element) -> bool:
    """A furniture tag that holds the page itself: a form around the whole page (ASP.NET),
    an ``<aside>`` of the article's own facts."""
    if tag == "form":
        return kind == "noise" and page_form(el)
    return kind == "boundary" and is_details_aside(el)
