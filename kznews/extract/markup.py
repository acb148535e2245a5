"""HTML into trees and text, safely: nothing cut silently, no markup left in values.

libxml2 (lxml's HTML parser) stops reading at 2,048 levels of nesting and at the first
``</html>``, and puts what follows ``</body>`` outside the body, without a sign in the tree.
A page is parsed here so that none of that happens quietly: nesting past ``KEEP_DEPTH`` is
flattened and the page parsed again, a stray ``</body>``/``</html>`` is ignored, and the
caller learns what was repaired.

Values that arrive as strings (JSON-LD, ``<meta content>``) may hold HTML; they are read
as HTML fragments with the page body's rules (``kznews.extract.text``).
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

from lxml import etree

from kznews.extract.text import BLOCK_TAGS, iter_lines

logger = logging.getLogger(__name__)

# A complete tag, end tag, comment, doctype or processing instruction: anything an HTML
# parser would take as markup rather than text. ``a < b`` and ``x<5`` are text.
TAG_SHAPED = re.compile(r"<(?:[A-Za-z][^<>]*|/[^<>]*|![^<>]*|\?[^<>]*)>|<!--")
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_END_TAG = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_ONLY_ENDS = re.compile(r"(?:\s|</(?:html|body)\s*>|<!--(?:[^-]|-(?!->))*-->)*", re.I)
KEEP_DEPTH = 256  # nesting kept as written; deeper elements are unwrapped (text kept)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "param", "source", "track", "wbr"})
_SIBLINGS = frozenset({"p", "li", "dt", "dd", "option", "tr", "td", "th"})


def has_markup(text: str) -> bool:
    return "<" in text and TAG_SHAPED.search(text) is not None


@dataclass
class Parsed:
    root: etree._Element
    problems: list[str] = field(default_factory=list)
    """Stat keys for what had to be repaired: ``html/too_deep``, ``html/early_end``,
    ``html/second_top``, ``html/bad_text``; ``html/cut`` when the tree is still incomplete."""


def document_base(bases: Iterable[etree._Element], url: str) -> str:
    """The URL a page's relative links resolve against, as a browser finds it: the first
    ``<base>`` with an ``href`` (itself resolved against the page's URL: MODX writes
    ``<base href="http://host/">`` and links ``assets/…`` relative to it), else the page's
    URL. A base that comes out no http(s) URL (``javascript:``, ``about:blank``) is ignored."""
    for el in bases:
        href = el.get("href")
        if href is not None:
            joined = urljoin(url, href.strip())
            return joined if joined[:8].lower().startswith(("http://", "https://")) else url
    return url


def _parse(data: bytes) -> tuple[etree._Element | None, bool]:
    """The tree and whether libxml2 stopped early (its depth limit)."""
    # lxml's plain HTML parser builds the same tree as lxml.html's; its elements are not
    # looked up in Python each time one is touched (a tenth of an extraction's time). No rule
    # asks libxml2 for an element by its id (``id()``, ``get_element_by_id``): the table of
    # ids it would build costs a tenth of the parse.
    parser = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True, collect_ids=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        root = None
    cut = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, cut


# C0 controls other than tab, line feed and carriage return: libxml2's HTML parser keeps them
# in the tree, but lxml refuses any string holding one when a repair writes text or an
# attribute back (a tail moved past a hidden box: "All strings must be XML compatible"), and
# the page failed. They print nothing: the ones Python counts as whitespace (what
# ``clean_text`` makes a space of) become a space, the rest go; NUL goes, as parsel does.
_UNSAFE = bytes([*range(0x00, 0x09), *range(0x0E, 0x1C)])
_SPACE_CONTROLS = b"\x0b\x0c\x1c\x1d\x1e\x1f"
_AS_SPACE = bytes.maketrans(_SPACE_CONTROLS, b" " * len(_SPACE_CONTROLS))
_SPACE_CODES = frozenset(_SPACE_CONTROLS)  # their code points (a reference may name U+FFFE)
# U+FFFE and U+FFFF: lxml refuses them as it does those controls, and they print nothing;
# they go too (looked for in the str, where the search costs a twentieth of one in bytes).
_NONCHARACTERS = ("\ufffe", "\uffff")
# A character reference to one of them (``&#1;``, ``&#x1F;``, ``&#xFFFE;``): libxml2 writes
# the character itself into the tree, so it is written out the same way first.
_UNSAFE_REF = re.compile(
    rb"&#(?:[xX]0*([0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])|"
    rb"0*([0-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9]));?")


def _ref_written_out(match: re.Match[bytes]) -> bytes:
    code = int(match[1], 16) if match[1] is not None else int(match[2])
    return b" " if code in _SPACE_CODES else b""


def _encode(text: str, problems: list[str]) -> bytes:
    # The text stripped, every control character written out as above (bytes.translate: a
    # pass in C, cheaper than a search of the str); a lone surrogate (only a library caller's
    # str can hold one) becomes "?" instead of failing the page.
    text = text.strip()
    for noncharacter in _NONCHARACTERS:  # rare: a search in C each, a copy only when found
        if noncharacter in text:
            text = text.replace(noncharacter, "")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        problems.append("html/bad_text")
        data = text.encode("utf-8", "replace")
    data = data.translate(_AS_SPACE, _UNSAFE)
    if b"&#" in data:
        data = _UNSAFE_REF.sub(_ref_written_out, data)
    return data


def parse_page(text: str) -> Parsed:
    """A page's tree (as parsel would build it), with the repairs above."""
    problems: list[str] = []
    end = _END_TAG.search(text)
    if end is not None and not _ONLY_ENDS.fullmatch(text, end.end()):
        # A browser reads on past a stray </body> or </html>; libxml2 drops what follows.
        problems.append("html/early_end")
        text = _END_TAG.sub("", text)
    root, cut = _parse(_encode(text, problems) or b"<html/>")
    if cut:
        problems.append("html/too_deep")
        root, cut = _parse(_encode(flatten(text), []) or b"<html/>")
        if cut:
            problems.append("html/cut")
        logger.warning("page nested deeper than the parser reads: nesting past %d flattened",
                       KEEP_DEPTH)
    if root is None:
        root, _ = _parse(b"<html/>")
    assert root is not None
    if root.getnext() is not None:
        problems.extend(join_tops(root))
    if "data-cfemail" in text:
        decode_cf_emails(root)
    # a look for the tree's <template> elements (libxml2 lists them) costs less than a
    # case-blind search of the markup, and ``read_templates`` changes nothing without one
    if next(root.iter("template"), None) is not None:
        read_templates(root)
    return Parsed(root, problems)


def join_tops(root: etree._Element) -> list[str]:
    """libxml2 ends the document at an empty ``<html/>`` (or ``<html></html>``) and starts
    another top element for what follows, which no rule under ``root`` would see; a browser
    reads one document. Each later top's head and body join the first's (their children
    appended, their attributes added where the first lacks them); returns the stat key."""
    tops = [el for el in root.itersiblings() if isinstance(el.tag, str)]
    for top in tops:
        for name, value in top.attrib.items():
            if root.get(name) is None:
                root.set(name, value)
        for part in list(top) if top.tag == root.tag else [top]:
            same = next(root.iterchildren(part.tag), None) \
                if part.tag in ("head", "body") else None
            if same is None:
                root.append(part)
                continue
            if part.text:  # the text before the part's first child goes on where same ends
                if len(same):
                    same[-1].tail = (same[-1].tail or "") + part.text
                else:
                    same.text = (same.text or "") + part.text
            same.extend(list(part))
    return ["html/second_top"] if tops else []


# Cloudflare's e-mail obfuscation: ``<a class="__cf_email__" data-cfemail="HEX">[email
# protected]</a>``, the address XOR-ed byte by byte with the first byte of HEX. A browser's
# script writes the address back; a reader of the story sees it.
_CF_EMAIL = etree.XPath("//*[@data-cfemail]")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2}){2,}")
_ADDRESS = re.compile(r"[^\s@<>\x00-\x1f]+@[^\s@<>\x00-\x1f]+\.[^\s@<>\x00-\x1f]+")


def cf_email(hex_text: str) -> str | None:
    """The address a ``data-cfemail`` value hides, or None when it holds none."""
    if not _HEX.fullmatch(hex_text or ""):
        return None
    raw = bytes.fromhex(hex_text)
    try:
        address = bytes(b ^ raw[0] for b in raw[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return address if _ADDRESS.fullmatch(address) else None


def decode_cf_emails(root: etree._Element) -> int:
    """Each element Cloudflare's obfuscation left shows its address, as the page's script
    would write it; returns how many."""
    done = 0
    for el in _CF_EMAIL(root):
        address = cf_email((el.get("data-cfemail") or "").strip())
        if address is None:
            continue
        for child in list(el):
            el.remove(child)  # its tail, "[email protected]" markup's rest, goes with it
        el.text = address
        done += 1
    return done


def read_templates(root: etree._Element) -> int:
    """Each ``<template>`` as a browser without scripts shows it; returns how many shadow roots
    were opened. A declarative shadow root (``shadowrootmode``, or Chrome's first spelling
    ``shadowroot``) is shown in place of its host's content (a custom element,
    ``<ic-article-body>``, that no rule knows as a box): it becomes a ``<div>`` read like any
    other box of the page (text, links, images, dates). A plain template is inert, its content
    in no document (another story's card a script may clone): it is emptied, so that no
    selector finds a second headline or a decoy's text in it."""
    opened = 0
    for tpl in list(root.iter("template")):
        if tpl.get("shadowrootmode") is not None or tpl.get("shadowroot") is not None:
            tpl.tag = "div"
            opened += 1
        else:
            for child in list(tpl):
                tpl.remove(child)
            tpl.text = None
    return opened


class _Flattener(HTMLParser):
    """Re-writes HTML with elements deeper than ``cap`` unwrapped (a block one leaves a
    ``<br>``, so its text stays a line of its own). Links are kept at any depth, written just
    below the cap: a listing nested thousands deep still lists its articles."""

    def __init__(self, cap: int) -> None:
        super().__init__(convert_charrefs=False)
        self.cap = cap
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropped: Counter[str] = Counter()
        self.deep_link = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        raw = self.get_starttag_text() or ""
        if tag in _VOID:
            self.out.append(raw)
            return
        if tag in _SIBLINGS and self.open and self.open[-1] == tag:
            self.open.pop()  # <p>…<p>: the second closes the first
        if len(self.open) >= self.cap:
            if tag == "a":  # one open at a time, as in a browser
                self.out.append("</a>" + raw if self.deep_link else raw)
                self.deep_link = True
                return
            self.dropped[tag] += 1
            self.out.append("<br>" if tag in BLOCK_TAGS else "")
            return
        self.open.append(tag)
        self.out.append(raw)

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.deep_link:
            self.deep_link = False
            self.out.append("</a>")
            return
        if self.dropped[tag]:
            self.dropped[tag] -= 1
            self.out.append("<br>" if tag in BLOCK_TAGS else "")
            return
        if tag in self.open:
            while self.open.pop() != tag:
                pass
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def flatten(text: str, cap: int = KEEP_DEPTH) -> str:
    """``text`` with nesting deeper than ``cap`` unwrapped (all text kept)."""
    flat = _Flattener(cap)
    try:
        flat.feed(text)
        flat.close()
    except (AssertionError, ValueError):  # html.parser on hopeless input: keep what it read
        pass
    return "".join(flat.out)


# --------------------------------------------------------------------------- values


def fragment_paragraphs(value: str) -> list[str]:
    """The text of an HTML fragment as raw paragraphs, by the page body's rules: a new
    paragraph at each block element and ``<br>``, scripts, styles and raw-text elements
    dropped, entities decoded once. A fragment with no block structure keeps its own line
    breaks (``Para one\\n\\nPara <b>two</b>``)."""
    root = parse_page("<html><body>" + value).root  # content after </body> lands in <html>
    lines = list(iter_lines(root))
    if len(lines) == 1 and lines[0].element.tag in ("html", "body"):
        return [lines[0].text]
    return [" ".join(line.text.split()) for line in lines]


def value_text(value: str, entities: bool = True) -> str:
    """A string value that may hold HTML, as text (paragraphs joined by a blank line).

    With ``entities`` (JSON-LD strings, which are not HTML-escaped by JSON) entity
    references are decoded once; without it (attribute values, decoded by the parser
    already) only a value holding markup is read as HTML.
    """
    if has_markup(value):
        return "\n\n".join(fragment_paragraphs(value))
    if entities and "&" in value and ENTITY.search(value):
        return html.unescape(value)
    return value


def strip_markup(text: str) -> str:
    """Text holding tag-shaped markup, read as HTML once more (one line)."""
    return " ".join(fragment_paragraphs(text))
