"""What a browser would not show: boxes of a page hidden from every reader.

A CMS hides text it keeps in the markup: ``style="display:none"``, ``visibility:hidden``, the
``hidden`` attribute, a utility class (``hidden``, ``d-none``, ``is-hidden``, ``invisible``), a
class or id the page's own ``<style>`` hides, and notes only screen readers read (``sr-only``,
``visually-hidden``, ``screen-reader-text``: "(opens in a new window)", the second copy of a
drop cap). None of it is the article's text, date, count, source or tags.

What stays text: ``aria-hidden="true"`` alone (a drop cap, an icon: printed, only not read
aloud), responsive classes (``hidden-xs``, ``d-md-none``, ``md:hidden``, ``d-none
d-md-block``: shown at some screen width, and the crawler cannot know the reader's), rules
under ``@media`` or behind a state (``.tab.active``), and a box that holds the page's
headline, its ``<main>``/``<article>`` or a run of paragraphs (a page hiding its content
until a script shows it is still that content), or names text withheld from some readers
(a paywall, a "read more" fold).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from lxml import etree

# Every way below names one of these: most pages are ruled out by a few substring searches
# (a case-blind regular expression over the page cost a third of its extraction).
# (A box moved off the screen by hand, ``clip``/``-9999px``, on a page saying none of them
# is rare enough to miss.)
_NEEDLES = ("none", "hid", "sr-", "invisible", "screen", "HID", "NONE")
_NEEDLE = re.compile("|".join(_NEEDLES), re.IGNORECASE)
# Class tokens that hide from everyone (Bootstrap, Tailwind, Bulma, Foundation, jQuery UI)
# and from all but screen readers (WordPress, Drupal, GOV.UK, H5BP); a prefix may namespace
# them (``u-hidden``, ``govuk-visually-hidden``, ``tw-sr-only``); Webflow hides a CMS field
# left empty with ``w-condition-invisible`` (its static label stays in the markup).
_HIDE_TOKEN = re.compile(
    r"(?:(?:is|u|js|has|ui-helper|element|w-condition|condition(?:al|ally)?)-)?"
    r"(?:hidden|hide|invisible)|d-none|display-none|"
    r"(?!not-)(?:[a-z0-9]+-)*(?:sr-only|screen-?reader(?:-text|-only)?|visually-?hidden|"
    r"hidden-visually|a11y-hidden|show-for-sr|helper-hidden-accessible|assistive-text)"
    r"(?:-focusable)?")
# A token that shows the box at some width, in print or in some state (``d-md-block``,
# ``md:block``, ``visible-lg``, ``show-for-large``, ``md:not-sr-only``): the hiding token
# beside it is then a responsive one.
_SHOWN_AS = ("(?:block|flex|inline|inline-block|inline-flex|grid|inline-grid|table|table-cell"
             "|contents)")
_SHOW_TOKEN = re.compile(
    rf"(?:[a-z0-9-]+:)+(?:{_SHOWN_AS[3:-1]}|visible|not-sr-only)|"
    rf"(?:[a-z0-9]+-)*(?:xs|sm|md|lg|xl|xxl|print|mobile|tablet|desktop|small|medium|large)-"
    rf"{_SHOWN_AS}|visible(?:-[a-z0-9]+)+|show-for(?:-[a-z0-9]+)+")
_DISPLAY = re.compile(r"(?<![\w-])display\s*:\s*([a-z-]+)", re.IGNORECASE)
_VISIBILITY = re.compile(r"(?<![\w-])visibility\s*:\s*([a-z]+)", re.IGNORECASE)
# Screen-reader-only boxes: clipped to nothing, one pixel, or pushed far off the screen.
_CLIPPED = re.compile(
    r"clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*(?:50|100)%|"
    r"(?<![\w-])(?:left|text-indent)\s*:\s*-\d{4,}px", re.IGNORECASE)
_PIXEL = re.compile(r"(?<![\w-])(?:width|height)\s*:\s*[01]px", re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# What every declaration ``declares_hidden`` reads must say (the patterns above need one).
_SAYS = re.compile(r"display|visibility|clip|-\d{4}|[01]px", re.IGNORECASE)
# A style sheet token: the text up to the next brace, then a rule with no block inside
# (``{…}``), a lone brace, or the end. Possessive, so linear on any sheet, however broken.
_CSS_TOKEN = re.compile(r"([^{}]*+)(?:\{([^{}]*+)\}|([{}])|\Z)")
_SIMPLE = re.compile(r"(?:[a-z][a-z0-9]*)?([.#]-?[_a-z][\w-]*)", re.IGNORECASE)
_NAME_IN = re.compile(r"[.#]-?[_a-z][\w-]*", re.IGNORECASE)
_STYLE_MEMO = 64
_NEVER = frozenset({"html", "head", "body"})  # a script shows what these hide, or nothing is
# Kept from a hidden box: data, not text (microdata, RDFa, JSON-LD).
_DATA = etree.XPath("descendant::meta | descendant::link | descendant::script | "
                    "descendant::*[@content and (@itemprop or @property)]")
# A hidden box holding these is the page's content waiting for a script, not a decoy.
_CONTENT = etree.XPath("boolean(descendant::h1 | descendant::main | descendant::article)")
_PARAGRAPHS = etree.XPath("count(descendant::p)")
_HAS_TEXT = etree.XPath("boolean(normalize-space())")
# Text a page withholds from some readers is still the article's: a paywall's paragraphs, a
# "read more" fold, a run of paragraphs (a decoy, a note or an alternate line is one block).
WITHHELD = re.compile(r"pay-?wall|premium|subscri|locked|members?-?only|restricted|paid|"
                      r"read-?more|more-?text|full-?text|rest-of|truncat|expand|continu",
                      re.IGNORECASE)
MIN_PARAGRAPHS = 2
# A "show more" control: its words (ru/en/kk) are a button's, not the article's; the hidden
# box right after it holds the rest of the text (a VK/Facebook post, a teaser fold).
EXPANDER = re.compile(
    r"(?:показать|читать|смотреть|развернуть)\s*(?:полностью|далее|дальше|ещё|еще|больше)|"
    r"(?:show|see|read|view)\s*(?:more|all|full(?:\s*(?:text|post|story))?)|"
    r"(?:толығырақ|толық\s*(?:оқу|көрсету)|әрі\s*қарай(?:\s*оқу)?)|"
    r"(?:\.{3}|…)?\s*(?:ещё|еще|more)",
    re.IGNORECASE)
_EXPANDER_EDGE = " \t\n\r\xa0.…»«>→↓▼+[]()"
# A bare ``toggle`` (``menu-toggle``, ``navbar-toggler``) opens a menu or a search box, no text.
_EXPANDER_NAME = re.compile(r"more|expand|full(?!screen)|fold|spoiler", re.IGNORECASE)


def declares_hidden(decls: str) -> bool | None:
    """True when CSS declarations hide the box (``display:none``, ``visibility:hidden``,
    screen-reader-only clipping), False when they show it (another ``display``,
    ``visibility:visible``), None when they say neither. The last value of a property wins."""
    if not _SAYS.search(decls):  # most rules of a style sheet: one search, not four
        return None
    display = _DISPLAY.findall(decls)
    visibility = _VISIBILITY.findall(decls)
    if display and display[-1].lower() == "none":
        return True
    if visibility and visibility[-1].lower() in ("hidden", "collapse"):
        return True
    if _CLIPPED.search(decls) or (len(_PIXEL.findall(decls)) >= 2 and "hidden" in decls):
        return True
    if display or visibility:
        return False
    return None


def _rules(css: str) -> Iterator[tuple[str, str, bool]]:
    """(selector list, declarations, whether the rule holds unconditionally) of each style
    rule whose declarations may hide or show a box (``declares_hidden`` is not None for no
    other); the rules inside an at-rule (``@media``, ``@supports``) hold only sometimes.

    One regular-expression token per rule: a page's inline style sheets run to megabytes, and
    a Python step per brace cost more than the rest of the page's extraction."""
    css = _COMMENT.sub("", css)
    preludes: list[str] = []  # the open blocks' selectors, outermost first
    for token in _CSS_TOKEN.finditer(css):
        if token.start(2) >= 0:  # a rule with no block inside
            if _SAYS.search(css, token.start(2), token.end(2)):
                prelude = token.group(1).strip()
                if not prelude.startswith("@"):
                    yield prelude, token.group(2), not preludes
        elif token.group(3) == "{":
            preludes.append(token.group(1).strip())
        elif token.group(3) == "}" and preludes:  # a block closes after its inner rules
            prelude = preludes.pop()
            if not prelude.startswith("@") and _SAYS.search(token.group(1)):
                yield prelude, token.group(1), not preludes


@lru_cache(maxsize=_STYLE_MEMO)
def style_names(css: str) -> frozenset[str]:
    """Classes and ids (``.hide``, ``#seo``; lower-cased) the page's own style sheet hides
    outright: a rule for the name alone (``.hide``, ``p.hide``) that hides, unless another
    rule shows it in some state or at some width (``.tab.active``, ``@media (min-width:…)
    {.menu {display:block}}``)."""
    hiding: set[str] = set()
    showing: set[str] = set()
    for selectors, decls, always in _rules(css):
        verdict = declares_hidden(decls)
        if verdict is None:
            continue
        for selector in selectors.split(","):
            selector = selector.strip()
            simple = _SIMPLE.fullmatch(selector)
            if verdict and always and simple:
                hiding.add(simple.group(1).lower())
            elif not verdict or not always:
                showing.update(name.lower() for name in _NAME_IN.findall(selector))
    return frozenset(hiding - showing)


class PageStyle:
    """What the page's own ``<style>`` blocks hide: class tokens and ids, lower-cased."""

    __slots__ = ("classes", "ids")

    def __init__(self, top: etree._Element) -> None:
        css = "\n".join(s.text for s in top.iter("style") if s.text and _NEEDLE.search(s.text))
        names = style_names(css) if css else frozenset()
        self.classes = frozenset(n[1:] for n in names if n[0] == ".")
        self.ids = frozenset(n[1:] for n in names if n[0] == "#")


NO_STYLE = PageStyle(etree.Element("html"))


@lru_cache(maxsize=_STYLE_MEMO)
def _candidates(classes: frozenset[str], ids: frozenset[str]) -> etree.XPath:
    """The elements that may be hidden, found by libxml2 (a look at each element in Python
    would cost what the page's walk does; a ``//body//`` path doubles what libxml2 does). An
    upper-case ``STYLE`` of an old CMS too: few elements have a style, many have a class."""
    def any_of(words: Iterable[str], upper: bool) -> str:
        return " or ".join(f"contains(., '{w}')" for word in words
                           for w in dict.fromkeys((word, word.upper() if upper else word)))
    named = any_of(("hid", "none", "sr-", "invisible", "screen", *sorted(classes)), False)
    styles = any_of(("none", "hidden", "collapse", "clip", "-9999"), True)
    tests = f"@hidden or @class[{named}] or @style[{styles}]"
    if ids:
        tests += " or @id[" + " or ".join(f". = '{name}'" for name in sorted(ids)) + "]"
    return etree.XPath(f"//*[{tests}]")  # a predicate: libxml2 merges a union's sets pairwise


def is_hidden(el: etree._Element, style: PageStyle = NO_STYLE) -> bool:
    """Whether a browser would show ``el`` to no reader (see the module's doc)."""
    if el.get("hidden") is not None:
        return True
    inline = el.get("style")
    if inline and declares_hidden(inline):
        return True
    ident = el.get("id") if style.ids else None
    if ident and ident.lower() in style.ids:
        return True
    cls = el.get("class")
    if not cls:
        return False
    tokens = cls.lower().split()
    if not any(_HIDE_TOKEN.fullmatch(t) or t in style.classes for t in tokens):
        return False
    return not any(_SHOW_TOKEN.fullmatch(t) for t in tokens)


def hidden_boxes(html: str, top: etree._Element) -> list[etree._Element]:
    """The outermost hidden boxes of the page's body, in page order."""
    if not any(needle in html for needle in _NEEDLES):
        return []
    style = PageStyle(top)
    found = [el for el in _candidates(style.classes, style.ids)(top)
             if el.tag not in _NEVER and is_hidden(el, style)
             and next(el.iterancestors("head"), None) is None]
    if not found:
        return []
    taken: set[etree._Element] = set()
    boxes = []
    for el in found:
        if any(up in taken for up in el.iterancestors()):
            continue
        expander = _expander_before(el)
        if expander is not None:  # the fold's text is the article's; the button is not
            taken.add(expander)
            boxes.append(expander)
            continue
        if _shown_anyway(el):
            continue
        taken.add(el)
        boxes.append(el)
    return sorted(boxes, key=_position(top)) if len(boxes) > 1 else boxes


def _position(top: etree._Element) -> Callable[[etree._Element], int]:
    order = {el: i for i, el in enumerate(top.iter())}
    return lambda el: order.get(el, 0)


def _expander_before(box: etree._Element) -> etree._Element | None:
    """The "show more" control right before a hidden box (only blank text between), or
    around it when the box sits inside the control's wrapper: a short element whose words are
    an expander's (``EXPANDER``), or whose class names one (``wall_post_more``,
    ``read-more-toggle``) while its text is short."""
    before = box.getprevious()
    if before is None or (before.tail or "").strip() or not isinstance(before.tag, str):
        return None
    if not _HAS_TEXT(box):
        return None
    words = " ".join("".join(before.itertext()).split()).strip(_EXPANDER_EDGE)
    if not words or len(words) > 40:
        return None
    if EXPANDER.fullmatch(words):
        return before
    names = f"{before.get('class') or ''} {before.get('id') or ''}"
    if _EXPANDER_NAME.search(names) and len(words.split()) <= 3:
        return before
    return None


def _shown_anyway(box: etree._Element) -> bool:
    """A hidden box that is the page's text all the same (see ``WITHHELD``, ``_CONTENT``), or
    that holds no text (RDFa's ``<span property content>``: data, read where it sits)."""
    if not _HAS_TEXT(box) or _CONTENT(box) or _PARAGRAPHS(box) >= MIN_PARAGRAPHS:
        return True
    names = f"{box.get('class') or ''} {box.get('id') or ''}"
    return bool(names.strip()) and WITHHELD.search(names) is not None


_READER_ONLY = re.compile(
    r"(?<![\w-])(?:[a-z0-9]+-)*(?:sr-only|screen-?reader(?:-text|-only)?|visually-?hidden|"
    r"hidden-visually|a11y-hidden|show-for-sr|assistive-text)(?![\w-])")


def _said_by_link(box: etree._Element, parent: etree._Element) -> None:
    """A note for screen readers right inside a link that has no ``aria-label`` becomes that
    label: what the link says to its readers (Joomla's previous/next links show ``Назад``, their
    note ``Предыдущий материал: <headline>``)."""
    if parent.tag != "a" or parent.get("aria-label") is not None or \
            not _READER_ONLY.search(box.get("class") or ""):
        return
    said = " ".join(" ".join(box.itertext()).split())
    if said:
        parent.set("aria-label", said)


def take_out(boxes: Iterable[etree._Element]) -> None:
    """Take ``boxes`` out of their tree, each replaced by the data it holds (``<meta>``,
    ``<link>``, ``<script>``, an element's ``itemprop``/``property`` ``content``: microdata,
    RDFa and JSON-LD are read wherever they sit); the text after each (its tail) stays. A
    link's note for screen readers is kept as its ``aria-label`` (``_said_by_link``)."""
    for box in boxes:
        parent = box.getparent()
        if parent is None:
            continue
        _said_by_link(box, parent)
        data = [_bare(el) for el in _DATA(box)]
        at = parent.index(box)
        tail, box.tail = box.tail, None
        parent[at:at + 1] = data
        if not tail:
            continue
        before = data[-1] if data else (parent[at - 1] if at else None)
        if before is not None:
            before.tail = (before.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _bare(el: etree._Element) -> etree._Element:
    """``el`` without the text around it: a script keeps its code, any other element only its
    attributes (a ``<span property content>`` names its data there; its text was hidden)."""
    if el.tag == "script":
        copy = el.makeelement(el.tag, dict(el.attrib))
        copy.text = el.text
        return copy
    return el.makeelement(el.tag, dict(el.attrib))
