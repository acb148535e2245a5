"""A page holding several stories: which one is the page's, and which are other articles.

An endless feed (infinite scroll) prints the requested story and, below it, the next older
ones in full: each in a box of its own (``<article>``, ``itemtype=…NewsArticle``, an element
naming its id in ``data-id``/``data-article-id``/``data-post-id``/``id="post-45713"``, or a
block repeated beside it with its own headline), each with its headline, date, text, rubric,
tags, counters and photos. Only the page's own story is its record; the others are links.

``foreign(html, top, page_id)`` names the boxes of the other stories so the page index can
set them aside before its walk: every field's rule then reads the page's story and the page
around it (head, JSON-LD, header, breadcrumbs), never another story. Generic: it takes the
page's article id, not a site's markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree

ID_ATTRS = ("data-id", "data-article-id", "data-post-id", "data-news-id", "data-story-id",
            "data-entry-id")
"""Attributes in which a CMS names the article a box holds."""
_HEADS = re.compile(r"<(?:article|h1|h2)[\s>]")
"""What a page of several stories prints at least twice: a box or a headline each (one
search with a literal prefix: the cheap first look every page gets)."""
_BOX_MARK = re.compile(r'id="(?:post|article|news|story|entry)[-_]')
"""An id naming an article box, in the page's source."""
_BOX_ID = re.compile(r"(?:post|article|news|story|entry)[-_]?[a-z]?[0-9]+$", re.I)
"""An element id naming an article (``post-45713``, ``article-u45713``, ``news_123``)."""
_STORY_TYPE = re.compile(r"Article|BlogPosting|Report", re.I)
"""A microdata ``itemtype`` of an article (``NewsArticle``, ``BlogPosting``)."""
_ID_ATTR = re.compile(r"data-(?:article-|post-|news-|story-|entry-)?id=")
_HEADINGS = ("h1", "h2", "h3")
_OWN_ATTRS = (*ID_ATTRS, "id", "itemid", "data-url", "data-href", "data-permalink")
"""Attributes naming the box's own article (others, ``data-next``/``data-prev``, may name
another)."""
_PERMALINK = etree.XPath(".//a[@rel='bookmark'] | .//*[@itemprop='url' or "
                         "@itemprop='mainEntityOfPage']")
MIN_TEXT = 300
"""Characters of text a box holds to be a whole story (a card or teaser holds less)."""
MIN_PARAGRAPHS = 3
"""Paragraphs a shorter box holds to be a whole story (a card prints one lead at most)."""
MAX_DEPTH = 8
"""How far above a headline a repeated block (with no mark of its own) is looked for."""


def foreign(html: str, top: etree._Element, page_id: str) -> list[etree._Element]:
    """The boxes of the stories a page prints besides its own, outermost only, in page order;
    none when the page holds one story or its own cannot be told."""
    heads = _HEADS.findall(html)
    if len(heads) < 2:
        return []
    paths = _box_paths(html, heads)
    boxes = [box for box in _boxes(top, paths) if _headed(box)] if paths else []
    own = _own(boxes, top, page_id) if len(boxes) >= 2 else None
    if own is not None and not _holds_text(own):
        own = None  # the headline's box alone (MSN's header above its article): not told
    if own is None:
        boxes = _repeated_blocks(top)
        own = _own(boxes, top, page_id) if boxes else None
        if own is None:
            return []
    family = set(own.iterancestors()) | set(own.iter())
    others = [box for box in boxes if box not in family and _is_story(box)]
    outer = set(others)
    return [box for box in others if not any(up in outer for up in box.iterancestors())]


def set_aside(boxes: Iterable[etree._Element]) -> None:
    """Take ``boxes`` out of their tree; the text after each (its tail) stays in place."""
    for box in boxes:
        parent = box.getparent()
        if parent is None:
            continue
        tail = box.tail
        if tail:
            before = box.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        box.tail = None
        parent.remove(box)


def _box_paths(html: str, heads: list[str]) -> tuple[str, ...]:
    """Where the page's article boxes may be, by what its source prints at least twice
    (``<article``, ``data-id=``, ``itemtype=``; an id naming an article once will do)."""
    paths = []
    if sum(1 for head in heads if head.startswith("<a")) >= 2:
        paths.append("//article")
    if "-id=" in html:
        found = _ID_ATTR.findall(html)
        paths += [f"//*[@{name}]" for name in sorted(set(found)) if found.count(name) >= 2]
    if "itemtype" in html and html.count("itemtype") >= 2:
        paths.append("//*[@itemtype]")
    if _BOX_MARK.search(html):
        paths.append("//*[@id]")
    return tuple(path.replace("=]", "]") for path in paths)


@lru_cache(maxsize=32)
def _query(paths: tuple[str, ...]) -> etree.XPath:
    """The boxes of every path, in page order, as one predicate where the paths allow
    (``//article``, ``//*[@name]``): libxml2 merges a union's sets pairwise, and
    ``//*[@id]`` beside another set cost tens of ms on a big page."""
    tests = ["self::article" if path == "//article" else path[4:-1]
             if path.startswith("//*[@") and path.endswith("]") else "" for path in paths]
    if all(tests):
        return etree.XPath("//*[" + " or ".join(tests) + "]")
    return etree.XPath(" | ".join(paths))


def _boxes(top: etree._Element, paths: tuple[str, ...]) -> list[etree._Element]:
    """Elements marked as holding one article, in page order."""
    found = []
    for el in _query(paths)(top):
        if el.tag == "article" or _STORY_TYPE.search(el.get("itemtype") or "") or \
                any(el.get(name) for name in ID_ATTRS) or _BOX_ID.match(el.get("id") or ""):
            found.append(el)
    return found


def _headed(box: etree._Element) -> bool:
    return next(box.iter(*_HEADINGS), None) is not None


def _headline_on_top(box: etree._Element) -> bool:
    """The box opens with its headline: no paragraph before its first heading."""
    for el in box.iter(*_HEADINGS, "p"):
        return el.tag != "p"
    return False


def _prose_story(box: etree._Element) -> bool:
    """A block with no mark of its own read as a story: headed by an ``h1``/``h2`` (a
    sidebar's box is headed lower) over paragraphs of text."""
    heading = next(box.iter(*_HEADINGS), None)
    return heading is not None and heading.tag in ("h1", "h2") and _is_story(box) and \
        sum(1 for p in box.iter("p") if "".join(p.itertext()).strip()) >= 2


def _is_story(box: etree._Element) -> bool:
    """A whole story (its box headed): a text longer than a card's (in characters, or in
    paragraphs: a short news item of three sentences is a story too)."""
    return _text_length(box) >= MIN_TEXT or \
        sum(1 for p in box.iter("p") if "".join(p.itertext()).strip()) >= MIN_PARAGRAPHS


def _holds_text(box: etree._Element) -> bool:
    """The box prints a paragraph of text, not only a headline over menus and links."""
    return any("".join(p.itertext()).strip() for p in box.iter("p")) or \
        (_text_length(box) >= MIN_TEXT and next(box.iter("br"), None) is not None)


def _text_length(box: etree._Element) -> int:
    """Characters of the box's own text: outside links (a list of links is no story),
    scripts and styles."""
    return sum(len(t) for t in _PROSE(box))


_PROSE = etree.XPath(".//text()[not(parent::script or parent::style or ancestor::a)]")


def _repeated_blocks(top: etree._Element) -> list[etree._Element]:
    """Blocks of one parent, of one tag and first class, each with its headline, one of
    them holding the page's ``h1`` and another a whole story: a feed printing stories in
    unmarked ``<div>``s."""
    for h1 in top.iter("h1"):
        node = h1.getparent()
        for _ in range(MAX_DEPTH):
            if node is None or node.tag in ("body", "html"):
                break
            kind = (node.tag, (node.get("class") or "").split()[:1])
            peers = [el for el in (node.getparent() if node.getparent() is not None else node)
                     if el.tag == kind[0] and (el.get("class") or "").split()[:1] == kind[1]]
            if len(peers) >= 2:
                headed = [el for el in peers if _headline_on_top(el)]
                others = [el for el in headed if el is not node and _prose_story(el)]
                # the page's block holds its text too, not only the headline over it
                return headed if others and node in headed and \
                    next(node.iter("p"), None) is not None else []
            node = node.getparent()
    return []


def _own(stories: list[etree._Element], top: etree._Element, page_id: str
         ) -> etree._Element | None:
    """The page's own story among headed boxes: the one naming the page's id (on its box or
    in its permalink), else the one whose headline is the page's title, else the only one
    headed by an ``h1``, else the first."""
    named = _naming(stories, page_id)
    if named is not None:
        return named
    titles = _titles(top)
    by_title = _innermost([box for box in stories if titles and _headline(box) in titles])
    if len(by_title) == 1:
        return by_title[0]
    with_h1 = _innermost([box for box in stories if next(box.iter("h1"), None) is not None])
    return with_h1[0] if len(with_h1) == 1 else stories[0]


def _innermost(boxes: list[etree._Element]) -> list[etree._Element]:
    """``boxes`` less those around another of them: a page marking every element (MSN's
    ``data-id`` counter on its ``<main>``, ``<article>`` and sections) nests one story's
    boxes, and they are one story."""
    if len(boxes) < 2:
        return boxes
    inside = {up for box in boxes for up in box.iterancestors()}
    return [box for box in boxes if box not in inside]


def _naming(stories: list[etree._Element], page_id: str) -> etree._Element | None:
    """The innermost story whose box (or permalink) names ``page_id``."""
    digits = "".join(re.findall("[0-9]+", page_id))
    if not page_id:
        return None
    wanted = re.compile(rf"(?<![0-9]){digits}(?![0-9])" if digits else
                        rf"(?<![\w-]){re.escape(page_id)}(?![\w-])")
    for names in (_OWN_ATTRS, None):
        found = [box for box in stories if any(
            wanted.search(value) for value in (box.values() if names is None else
                                               (box.get(name) or "" for name in names)))]
        if not found:
            continue
        inner = [box for box in found if not any(el in found for el in box.iterdescendants())]
        return inner[0] if len(inner) == 1 else None
    found = [box for box in stories if any(
        wanted.search(el.get("href") or el.get("content") or "") for el in _PERMALINK(box))]
    return found[0] if len(found) == 1 else None


def _headline(box: etree._Element) -> str:
    heading = next(box.iter(*_HEADINGS), None)
    return " ".join("".join(heading.itertext()).split()) if heading is not None else ""


def _titles(top: etree._Element) -> set[str]:
    """The page's ``og:title`` and ``<title>``, and their parts around a separator (an SEO
    tail: ``Headline | Site``)."""
    found = [el.get("content") or "" for el in top.iter("meta")
             if el.get("property") == "og:title"]
    found += ["".join(el.itertext()) for el in top.iter("title")]
    out = set()
    for title in found:
        title = " ".join(title.split())
        out.add(title)
        out.update(part.strip() for part in re.split(r"\s[|—–-]\s", title) if part.strip())
    return out
