"""Where a line of a page sits: article content, page furniture, or the edge of the article.

Generic for news pages: class names and tags that mark share bars, widgets, sidebars and
footers in most CMS templates, and small helpers over parsel/lxml shared by the site rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from parsel import Selector

from kznews import processors as P
from kznews.extract.text import element_text

# Blocks that hold page furniture rather than the article.
NOISE_CLASS = re.compile(
    r"(share|social|currency|exchange|rates|widget|banner|advert|adv\b|promo|subscribe|"
    r"breadcrumb|print|comment|twitter-tweet|instagram-media|tiktok-embed|telegram-post|"
    r"wp-block-embed|fb-post)", re.I)
"""Embedded posts (a tweet's ``blockquote``, a video's wrapper) are third-party widgets too."""
BOUNDARY_CLASS = re.compile(r"(footer|sidebar|related|last-news|lastnews|popular|latest|"
                            r"more-news|read-also|readmore|other-news)", re.I)
NOISE_TAGS = frozenset({"header", "nav", "aside", "footer", "form"})
_PAGE_TAGS = frozenset({"html", "body"})
KIND_TAGS = NOISE_TAGS  # tags that are furniture whatever their class
SHARE_WORDS = frozenset({"поделиться", "share", "facebook", "telegram", "whatsapp", "twitter",
                         "vk", "вконтакте", "x", "instagram", "youtube", "ok", "одноклассники",
                         "e-mail", "email", "печать", "print", "копировать", "ссылку",
                         "в", "tg", "fb"})


_WORD = re.compile(r"\w[\w.-]*")


def is_share_line(text: str) -> bool:
    """``Поделиться: Facebook Telegram WhatsApp`` and the like."""
    # Word by word, stopping at the first that is not a share word: a paragraph is not. Its
    # first word is looked at before the whole text is lower-cased (a long paragraph's cost).
    head = text[:48].lower()
    first = _WORD.search(head)
    if first is not None and first.end() < len(head) and first.group() not in SHARE_WORDS:
        return False
    return all(w.group() in SHARE_WORDS for w in _WORD.finditer(text.lower()))


def classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def ancestors(el: etree._Element) -> Iterator[etree._Element]:
    node = el
    while node is not None:
        yield node
        node = node.getparent()


def _kind(node: etree._Element) -> str | None:
    """What a node's own tag/class say: ``noise``, ``boundary``, ``header`` or nothing."""
    return kind_of(node.tag if isinstance(node.tag, str) else "", classes(node))


def kind_of(tag: str, cls: str) -> str | None:
    """``_kind`` from the tag and the ``class id`` string alone."""
    if tag in _PAGE_TAGS:
        # a CMS describes the page's layout there (Drupal: ``one-sidebar sidebar-second``)
        return None
    if tag in {"header", "footer"}:
        return tag
    if tag in NOISE_TAGS:
        return "boundary" if tag == "aside" else "noise"
    if BOUNDARY_CLASS.search(cls):
        return "boundary"
    if NOISE_CLASS.search(cls):
        return "noise"
    return None


def zone(el: etree._Element, cache: dict[etree._Element, str | None] | None = None
         ) -> str | None:
    """``noise`` or ``boundary`` when ``el`` lies in page furniture, else None.

    ``cache`` (one dict per page) keeps each node's own verdict: lxml hands out one proxy per
    node while a reference to it lives, and the dict holds that reference.
    """
    nodes = list(ancestors(el))
    in_article = any(n.tag == "article" for n in nodes)
    for node in nodes:
        if cache is None:
            kind = _kind(node)
        elif node in cache:
            kind = cache[node]
        else:
            kind = cache[node] = _kind(node)
        if kind in {"header", "footer"}:
            if in_article:
                continue  # an article's own header (headline, date) or footer (tags, source)
            return "boundary" if kind == "footer" else "noise"
        if kind:
            return kind
    return None


def css_first(sel: Selector, selectors: tuple[str, ...]) -> tuple[Selector, str] | None:
    for css in selectors:
        found = sel.css(css)
        if found:
            return found[0], css
    return None


def text_of(el: Selector) -> str:
    return P.clean_text(element_text(el.root))
