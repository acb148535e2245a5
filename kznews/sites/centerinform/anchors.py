"""Taxonomy anchors of an ic24.kz article page: labelled fields, the kicker, tag and rubric links.

Each is worked out once, on first use, from the page's lines and zones; none writes a field.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING

from lxml import etree

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.index import MEMOS
from kznews.extract.labels import Labelled, labelled_fields
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.blocks import HEADINGS

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage

_DIGIT = re.compile("[0-9]")
_LIST_MARK = re.compile("[,;|·•/]")
_LINE_TAGS = W.INLINE_TAGS | {"a"}
_CATEGORY_QUERY = re.compile(r"[?&](?:cat(?:egory)?|rubri[ck]a?|section)(?:_?id)?=", re.I)
TAGS_BOX_DEPTH = 4  # the link, its list item, the list and the box classed as tags

_MENU_TAGS = frozenset({"li", "ul", "ol", "nav", "menu"})
MAX_RUBRIC_NAME = 40  # characters: a rubric's name in a menu; a headline is longer
MENU_DEPTH = 3  # levels from a link up to the list item or menu holding it
CHIP_REACH = 2  # lines above the headline where its rubric's link may stand
MAX_BOLD_KICKER_WORDS = 4  # a rubric in bold over the headline is a word or two; more is a lead
# Links naming a tag in a search's query: an article names a few; a site's whole cloud (109
# `/noticias.php?tag=…` links under a `<blockquote>Tags</blockquote>`, no heading element) is
# no article's tags.
MAX_QUERIED_TAGS = 20


class AnchorsMixin:
    """Taxonomy anchors of ``ArticlePage``: methods only, they read the page's lines."""

    @staticmethod
    def in_aside(el: etree._Element) -> bool:
        return _aside(el)

    def own_edge(self: ArticlePage, el: etree._Element) -> bool:  # type: ignore[misc]
        """Outside page furniture, or at the page's edge in the post's own footer (a blog's
        ``post-footer`` with its date and labels), not in a sidebar or a list of others."""
        zone = self.zone(el)
        return zone is None or (zone == "boundary" and not _aside(el))

    @cached_property
    def labelled(self: ArticlePage) -> dict[str, Labelled]:  # type: ignore[misc]
        """Rubric, tags, source and credit printed under a label or in a field named by class;
        no rubric from a label whose links are tags' (``tag_labelled``)."""
        found = labelled_fields(self.index, self.clean, S.FIELD_LABEL, S.FIELD_CLASS)
        rubric = found.get("category")
        if rubric is not None and rubric.rule == "text:field-label" and \
                self._tag_labelled(rubric.values):
            del found["category"]
        return found

    def _tag_labelled(self: ArticlePage, values: tuple[str, ...]) -> bool:  # type: ignore[misc]
        """The rubric's label line giving ``values`` prints them as keywords' links
        (``tag_block``)."""
        for i, text in enumerate(self.clean):
            match = S.FIELD_LABEL.match(text) if text else None
            if match is None or match.lastgroup != "category" or self.zone(self.lines[i].element):
                continue
            links = [a for a in self.lines[i].links if self.text(a) in values]
            if links:
                return tag_block(links, text)
        return False

    @cached_property
    def kicker(self: ArticlePage) -> etree._Element | None:  # type: ignore[misc]
        """The rubric's link printed above the headline in a kicker box (Ghost's primary
        tag ``<span class="post-card-primary-tag"><a href="/tag/x/">``): a rubric, not a tag."""
        for i in self.above_headline:
            for a in self.lines[i].links:
                if self.zone(a) is None and self.text(a) and _in_kicker(a, W.KICKER_CLASS):
                    return a
        return None

    @cached_property
    def rubric_box(self: ArticlePage) -> etree._Element | None:  # type: ignore[misc]
        """No kicker: the link of a rubric's box above the headline (``<div class="category">
        <a>Культура</a></div>``, ``a.article__supertag``). Unlike a Ghost primary tag, the
        tags keep it when they list it."""
        for i in self.above_headline:
            for a in self.lines[i].links:
                if self.zone(a) is None and self.text(a) and _in_kicker(a, W.RUBRIC_BOX_CLASS):
                    return a
        return None

    @cached_property
    def kicker_text(self: ArticlePage) -> str | None:  # type: ignore[misc]
        """No kicker link: the short text of a kicker box of its own above the headline
        (``<div class="t-uptitle">Происшествия</div>``), the rubric. Unlike a Ghost primary
        tag, it is no tag listed twice: the tags keep it."""
        above = self.above_headline
        for i in reversed(above):
            el, text = self.lines[i].element, self.clean[i]
            if not self.lines[i].links and 0 < len(text) <= W.MAX_KICKER and \
                    text[-1] not in ".!?" and not _DIGIT.search(text) and \
                    self.head_zone(el) is None and not O.SITE_NAME.fullmatch(text) and (
                        _in_kicker(self._line_box(el, text), W.KICKER_TEXT_CLASS)
                        or i == above.stop - 1 and self._bold_line(el, text)):
                return text
        return None

    def _line_box(self: ArticlePage, el: etree._Element, text: str  # type: ignore[misc]
                  ) -> etree._Element | None:
        """The element printing the whole line ``text`` of block ``el``: the block, or an
        inline child of it (``<header><span class="kicker">Культура</span><h1>…``)."""
        if self.text(el) == text:
            return el
        return next((d for d in el if isinstance(d.tag, str) and d.tag not in HEADINGS
                     and self.text(d) == text), None)

    def _bold_line(self: ArticlePage, el: etree._Element, text: str) -> bool:  # type: ignore[misc]
        """The line ``text`` of block ``el`` is wholly bold (``<b>Социум</b><br/>`` right above
        the headline: a WAP page's or an old template's kicker without a class), a word or
        two, not a sentence."""
        return not W.is_prose(text) and len(text.split()) <= MAX_BOLD_KICKER_WORDS and any(
            self.text(b) == text for b in el.iter("b", "strong"))

    @cached_property
    def above_headline(self: ArticlePage) -> range:  # type: ignore[misc]
        """The four lines above the headline's."""
        title = self.fields.value("title")
        head = next((i for i, t in enumerate(self.clean) if title and t == title), None)
        return range(max(0, head - 4), head) if head is not None else range(0)

    def not_kicker(self: ArticlePage, tags: list[str]) -> list[str]:  # type: ignore[misc]
        """``tags`` without the rubric the kicker names (Ghost lists its primary tag first
        among the keywords)."""
        kicker = self.kicker
        if kicker is None or not tags:
            return tags
        rubric = self.text(kicker).casefold()
        return [t for t in tags if t.casefold() != rubric]

    @cached_property
    def taxonomy_links(self: ArticlePage  # type: ignore[misc]
                       ) -> tuple[list[str], str | None, list[str]]:
        """Tag and rubric links by their URL shape: tags anywhere but inside body paragraphs
        and menus (those of a tag's own URL, and those naming the tag in a search's query:
        ``/search?tag=x``); a rubric only in the lines between the headline and the body."""
        line_of, body = self.link_line, self.body_lines
        region = set(self.region)
        tags: list[str] = []
        queried: list[str] = []
        category = None
        for a in self.index.links:
            href, where = (a.get("href") or ""), line_of.get(a, -1)
            if (where in body and not self._tags_only(where)) or a is self.kicker or (
                    self.zone(a) == "noise" and not in_tags_nav(a)):
                continue
            shaped = W.TAG_HREF.search(href) is not None
            if (shaped or ("tag" in href and W.TAG_QUERY.search(href))) and \
                    "category" not in (a.get("rel") or ""):
                if (self.zone(a) == "boundary" and _aside(a)) or in_trail(a) or \
                        in_rubric_box(a):  # a sidebar's tag cloud; a breadcrumb's or a
                    continue  # rubric box's link is the rubric
                if shaped:
                    tags.append(self.text(a).lstrip("#"))
                elif not _aside(a) and not _headed_box(a):  # a search by tag: no cloud's
                    queried.append(self.text(a).lstrip("#"))
            elif category is None and W.CATEGORY_HREF.search(href) and (
                    where in region or self._chip(a, where)):
                category = self.text(a)
        if len(queried) > MAX_QUERIED_TAGS:
            queried = []
        return P.split_tags(tags), category, P.split_tags(queried)

    @cached_property
    def rubric_names(self: ArticlePage) -> PageNames:  # type: ignore[misc]
        """The rubric names the page prints outside its info line (``PageNames``): where
        the rubric of an info line printed as one text ends (``В мире Япония, диаспора``)."""
        return PageNames(self)

    def all_rubric_names(self: ArticlePage) -> P.Names:  # type: ignore[misc]
        """Links to a rubric's page (``/rubric/v-mire``) or items of a menu (short, not an
        article's nor a tag's link: a tag's or a search's URL, in a box classed as tags), and
        the JSON-LD or meta section."""
        names = set()
        for a in self.index.links:
            text = self.text(a)
            href = a.get("href") or ""
            if not text or len(text) > MAX_RUBRIC_NAME or W.TAG_HREF.search(href) or \
                    W.SEARCH_HREF.search(href) or O.article_id(href) or \
                    len(text.split()) > P.MAX_RUBRIC_WORDS or \
                    _in_kicker(a, W.TAGS_BOX, TAGS_BOX_DEPTH):
                continue
            if W.CATEGORY_HREF.search(href) or _in_menu(a):
                names.add(text)
        for value in (jsonld.text_of(self.ld.get("articleSection")),
                      self.meta.get("article:section")):
            if value and len(value) <= MAX_RUBRIC_NAME:
                names.add(P.clean_text(value))
        return P.Names(names)

    def element_names(self: ArticlePage, lines: list[int]) -> P.Names:  # type: ignore[misc]
        """Names of two words or more the ``lines`` print in elements of their own
        (``<span>16 Апреля 2021</span> <span>Мир спорта</span> <span>футбол</span>``): a
        rubric of several words the info line gives whole, capitalised, no list (no comma),
        no date or count (no digit) and no labelled field (``Author: Aigerim Saparova``)."""
        names = set()
        for i in lines:
            stack = list(self.lines[i].element)
            while stack:  # the line's inline elements, not a block's inside it
                el = stack.pop()
                if el.tag not in _LINE_TAGS:
                    continue
                stack.extend(el)
                text = self.text(el)
                if 1 < len(text.split()) <= P.MAX_RUBRIC_WORDS and len(text) <= MAX_RUBRIC_NAME \
                        and text[:1].isupper() and not _DIGIT.search(text) and \
                        not _LIST_MARK.search(text) and text in self.clean[i] and \
                        ":" not in text and not W.is_byline(text):
                    names.add(text)
        return P.Names(names)

    def tag_link_named(self: ArticlePage, text: str) -> bool:  # type: ignore[misc]
        """``text`` is printed between headline and body only as a tag's link (its URL a
        tag's, or in a box classed as tags; not in the rubric's box), or, linked nowhere
        there, as the text of an element classed as tags: an info line's word that is a tag,
        no rubric."""
        named = [a for i in self.region for a in self.lines[i].links if self.text(a) == text]
        if named:
            return all((W.TAG_HREF.search(a.get("href") or "") or _in_kicker(
                a, W.TAGS_BOX)) and not in_rubric_box(a) for a in named)
        # no link: a word in an element of the line classed as tags (``<span class="tags">
        # Астана</span>`` after the date and the count on a page with no rubric)
        return any(el is not line.element and W.TAGS_BOX.search(el.get("class") or "")
                   and self.text(el) == text and not in_rubric_box(el)
                   for line in (self.lines[i] for i in self.region)
                   for el in line.element.iter(etree.Element))

    def _tags_only(self: ArticlePage, i: int) -> bool:  # type: ignore[misc]
        """Line ``i`` is nothing but links to tags (``<a href="/tag/3">a</a><a …>b</a>``): a
        list of tags even where a body's run of lines went on through it."""
        links = self.lines[i].links
        return bool(links) and all(W.TAG_HREF.search(a.get("href") or "") for a in links) \
            and "".join(self.clean[i].split()) == "".join(
                "".join(self.text(a).split()) for a in links)

    def _chip(self: ArticlePage, a: etree._Element, where: int) -> bool:  # type: ignore[misc]
        """A rubric's link on a line of its own just above the headline (a React portal's
        ``<a class="sc-…" href="/category/12">``), not an item of a menu."""
        if where < 0 or where not in self.above_headline[-CHIP_REACH:] or self.zone(a) \
                or self.clean[where] != self.text(a):
            return False
        return not any(node.tag in _MENU_TAGS for node in
                       (self.lines[where].element, *self.lines[where].element.iterancestors()))


def tag_block(links: Sequence[etree._Element], text: str) -> bool:
    """A rubric's label or box over ``links`` (its text ``text``) that lists keywords: its
    links all keywords' (``is_tag_link``), several of them, or one under ``Filed under:``
    (Plone's ``Filed under: <a rel="tag" href="/@@search?Subject%3Alist=X">``: its
    Subjects). ``Filed under`` names a rubric only by a link shaped as one (WordPress's
    ``rel="category tag"``, ``/category/x/``) or one of no shape; one label link under
    ``Рубрика:`` or in a rubric's box (Blogger's ``rel="tag"``) stays the rubric."""
    return bool(links) and all(is_tag_link(a) for a in links) and (
        len(links) > 1 or W.FILED_UNDER.match(text) is not None)


def is_tag_link(a: etree._Element) -> bool:
    """A keyword's link by its own marks: ``rel="tag"`` without ``category`` (WordPress marks
    a category's link ``rel="category tag"``), else a tag's or a search's URL (``/tag/x/``,
    ``/?s=x``, Plone's ``/@@search?Subject%3Alist=x``), never a category's (``/category/x/``)."""
    rel = (a.get("rel") or "").lower().split()
    href = a.get("href") or ""
    if "category" in rel or W.CATEGORY_HREF.search(href) or _CATEGORY_QUERY.search(href):
        return False
    return "tag" in rel or bool(W.TAG_HREF.search(href) or W.SEARCH_HREF.search(href))


def _in_kicker(a: etree._Element | None, classes: re.Pattern[str],
               depth: int = W.KICKER_DEPTH) -> bool:
    node: etree._Element | None = a
    for _ in range(depth):
        if node is None:
            return False
        if classes.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return False


class PageNames:
    """A page's rubric names, read only when asked about a name its markup holds twice (the
    info line's own words, and a menu's or a section's): a page's links are many, the names
    asked few."""

    def __init__(self, page: ArticlePage) -> None:
        # the page holds this (a cached property): a plain reference back would make the two a
        # cycle, and the page's tree would wait for the cycle collector instead of going at once
        self._page = weakref.ref(page)
        self._names: P.Names | None = None

    def _all(self) -> P.Names:
        if self._names is None:
            self._names = self._live().all_rubric_names()
        return self._names

    def _live(self) -> ArticlePage:
        page = self._page()
        assert page is not None, "asked about a page's names after the page"
        return page

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or (self._names is None and self._rare(name)):
            return False
        return name in self._all()

    def __bool__(self) -> bool:
        return bool(self._all())

    def _rare(self, name: str) -> bool:
        """``name`` is in the markup once at most, in any of its usual cases (the info line's
        own words, not a menu's too)."""
        source = self._live().index.source
        spellings = {name, name.lower(), name.upper(), name[:1].upper() + name[1:].lower()}
        return sum(source.count(s) for s in spellings) < 2


def _in_menu(a: etree._Element) -> bool:
    """``a`` is an item of a list or a menu (``<li><a>``, ``<nav><a>``), a few levels up."""
    return any(node.tag in _MENU_TAGS for node in islice(a.iterancestors(), MENU_DEPTH))


def _aside(el: etree._Element) -> bool:
    """In a column next to the article (``<aside>``, a sidebar, a latest/popular block), not in
    the article's own footer."""
    for node in el.iterancestors():
        if node.tag == "aside" or W.ASIDE_CLASS.search(f"{node.get('class')} {node.get('id')}"):
            return True
    return False


HEADED_BOX_REACH = 3  # ancestors of a tag's link looked at for a widget's heading


def _headed_box(el: etree._Element) -> bool:
    """In a box with a heading of its own a few levels up (``<h4>Популярные теги</h4>`` over
    a site's tag cloud): a widget's links, not the article's tags."""
    return any(next(node.iter(*HEADINGS), None) is not None
               for node in islice(el.iterancestors(), HEADED_BOX_REACH))


RUBRIC_BOX_REACH = 3  # ancestors of a link looked at for a rubric's box


def in_rubric_box(el: etree._Element) -> bool:
    """Inside a box classed as the rubric's (``W.RUBRIC_BOX_CLASSES``): a ``rel="tag"`` or
    ``/label/`` link there is the rubric, not a tag. A box of tags nearer the link (a meta
    block classed ``rubric`` holding the rubric and a ``div.tags``) holds tags."""
    for node in islice(el.iterancestors(), RUBRIC_BOX_REACH):
        classes = (node.get("class") or "").split()
        if classes and any(token in W.RUBRIC_BOX_CLASSES for token in classes):
            return True
        if classes and W.TAGS_BOX.search(" ".join(classes)):
            return False
    return False


def in_trail(el: etree._Element) -> bool:
    """Inside a breadcrumb trail or a menu: a ``rel="tag"`` link there names the rubric the
    page is filed under (Blogger's ``Главная » <a rel="tag">Экономика</a>``), not a tag."""
    for node in el.iterancestors():
        if node.tag == "nav" and not _tags_nav(node):
            return True
        cls, ident = node.get("class"), node.get("id")
        if cls is None and ident is None:
            continue  # most boxes: "None None" names no trail
        names = (cls, ident)
        trail = _TRAIL_NAMES.get(names)
        if trail is None:
            if len(_TRAIL_NAMES) >= TRAIL_MEMO:
                _TRAIL_NAMES.clear()
            trail = _TRAIL_NAMES[names] = any(c in f"{cls} {ident}".lower()
                                              for c in W.BREADCRUMB_CLASS)
        if trail:
            return True
    return False


_TRAIL_NAMES: dict[tuple[str | None, str | None], bool] = {}
"""Whether a box's (class, id) names a breadcrumb trail: every tag link of a page climbs the
same boxes, and a site's pages repeat them."""
TRAIL_MEMO = 4096
MEMOS.append(_TRAIL_NAMES.clear)
assert not any(c in "none none" for c in W.BREADCRUMB_CLASS)


def _tags_nav(nav: etree._Element) -> bool:
    """A ``<nav>`` of the post's tags, not a menu: labelled or classed as tags (Wix's
    ``<nav aria-label="tags">`` under a post)."""
    return bool(W.TAGS_BOX.search(f"{nav.get('aria-label') or ''} {nav.get('class') or ''}"))


def in_tags_nav(el: etree._Element) -> bool:
    """Inside a ``<nav>`` of tags (``_tags_nav``), a few levels up."""
    return any(node.tag == "nav" and _tags_nav(node)
               for node in islice(el.iterancestors(), TAGS_NAV_REACH))


TAGS_NAV_REACH = 4  # ancestors of a link looked at for a nav of tags: li, ul, nav
