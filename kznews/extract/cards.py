"""A person's hover card inside a paragraph: a box the page keeps folded in the sentence that
names the person, opening with their portrait, then their name and their latest stories as
links (``<a>Jane Doe</a><span class="card"><img><a>Jane Doe</a><a>Story</a>… <a>MORE</a>
</span>``). A reader sees the name in the sentence; the card only on hovering it."""

from __future__ import annotations

from lxml import etree

MIN_CARD_LINKS = 3
"""Links a hover card holds: the name and at least two stories (or one and a "more" link)."""


def hover_card(el: etree._Element) -> bool:
    """``el`` (an inline element) is a hover card: it sits in a ``<p>``, opens with an image
    before any text, holds ``MIN_CARD_LINKS`` links and no text outside them. The element
    around the name and its card (the name's link first) is none: the name stays in the
    sentence."""
    if len(el) == 0 or (el.text or "").strip():
        return False  # most inline elements are out here
    img = next(el.iter("img"), None)
    if img is None or next(el.iterancestors("p"), None) is None:
        return False
    links = list(el.iter("a"))
    if len(links) < MIN_CARD_LINKS or _text_before(el, img):
        return False
    linked = sum(_solid(t) for a in links for t in a.itertext())
    return linked == sum(_solid(t) for t in el.itertext())


def _text_before(el: etree._Element, img: etree._Element) -> bool:
    """Text under ``el`` comes before ``img`` (the name's link opening the sentence's part)."""
    above = set(img.iterancestors())
    for node in el.iterdescendants():
        if node is img:
            return False
        if node in above:
            if (node.text or "").strip():
                return True
            continue
        if (node.text or "").strip() or (node.tail or "").strip():
            return True
    return False


def _solid(text: str) -> int:
    return len("".join(text.split()))
