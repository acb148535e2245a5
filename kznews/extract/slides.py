"""What a photo's box prints that is no text: a gallery's heading and slide counters, and the
short styled line a CMS editor types under a photo as its caption."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import islice

from lxml import etree

# a box's class naming a slideshow or a gallery (Swiper, Slick, Owl, Fotorama, Splide…)
GALLERY_CLASS = re.compile(
    r"(?<![a-z])(?:swiper|slider|slideshow|slides?|gallery|galereya|carousel|fotorama|slick|owl"
    r"|splide|glide|flickity|lightgallery|photo-?reports?|foto-?reports?|photoreport\w*"
    r"|fotoreport\w*|photo-?gallery|foto-?gallery)(?![a-z])", re.I)
GALLERY_DEPTH = 4  # the line's block and the boxes around it up to the gallery's
MIN_SLIDES = 2  # pictures a gallery shows
MAX_GALLERY_LINE = 40  # characters: a gallery's heading (``Фоторепортаж``, ``Photo report``)
_SENTENCE_END = re.compile(r"[.!?…»\"]$")


@lru_cache(maxsize=4096)
def _gallery_token(token: str) -> bool:
    """``GALLERY_CLASS`` names the class token (memoised: a site's pages repeat theirs)."""
    return GALLERY_CLASS.search(token) is not None


def gallery_boxes(class_tokens: Iterable[str],
                  with_class: Callable[[str], list[etree._Element]]) -> frozenset[etree._Element]:
    """The page's boxes classed as a slider or gallery that show several pictures (found by
    the page's class index: most pages have none, and then no line is looked at)."""
    found = (el for token in class_tokens if _gallery_token(token) for el in with_class(token))
    return frozenset(el for el in found
                     if len(list(islice(el.iter("img"), MIN_SLIDES))) >= MIN_SLIDES and
                     not _holds_text(el))


MIN_TEXT_PARAGRAPH = 50  # characters of a ``<p>`` that is a paragraph, not a slide's caption


def _holds_text(box: etree._Element) -> bool:
    """More paragraphs than pictures: the article's text in a wrapper classed like a slider
    (WordPress's ``format-gallery`` post, a theme's ``slider-wrap``), whose sub-headings stay
    text; a gallery's slides hold a caption each at most."""
    paragraphs = sum(1 for q in box.iter("p") if len("".join(q.itertext()).strip())
                     >= MIN_TEXT_PARAGRAPH)
    return paragraphs > sum(1 for _ in box.iter("img"))


def slide_furniture(el: etree._Element, text: str, boxes: frozenset[etree._Element]) -> bool:
    """A gallery's own line: a slide counter (``1 / 40``) or a short heading without a
    sentence's end (``Фоторепортаж``, ``Photo report``) inside one of the ``boxes`` (those of
    ``gallery_boxes``)."""
    if not boxes or len(text) > MAX_GALLERY_LINE or _SENTENCE_END.search(text):
        return False
    return any(node in boxes for node in islice(el.iterancestors(), GALLERY_DEPTH))


MAX_CAPTION_LINE = 120  # characters: a longer line under a photo is a paragraph
MAX_CAPTION_SENTENCE = 60  # characters: a longer line ending a sentence is a paragraph
_TWO_SENTENCES = re.compile(r"[.!?…]\s+\S")
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_EMPHASIS = frozenset({"em", "i", "small", "cite"})
_BOLD = frozenset({"strong", "b"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _centred(el: etree._Element) -> bool:
    for node in (el, el.getparent()):
        if node is not None and (node.tag == "center" or (node.get("align") or "").lower()
                                 == "center" or _CENTRED.search(node.get("style") or "")):
            return True
    return False


def _wholly_emphasised(el: etree._Element) -> bool:
    if el.tag in _EMPHASIS:
        return True
    children = [c for c in el if isinstance(c.tag, str) and c.tag != "br"]
    return bool(children) and not (el.text or "").strip() and all(
        c.tag in _EMPHASIS and not (c.tail or "").strip() for c in children)


def styled_caption(el: etree._Element, text: str) -> bool:
    """A short line set apart as a caption (wholly italic or small, or centred): what an
    editor types under a photo (``<p style="text-align:center"><em>Участники встречи</em>``).
    Whether a photo is right above it is the caller's to ask."""
    if len(text) > MAX_CAPTION_LINE or _TWO_SENTENCES.search(text) or (
            len(text) > MAX_CAPTION_SENTENCE and _SENTENCE_END.search(text)):
        return False
    if el.tag in _HEADINGS or _wholly_bold(el):  # a sub-heading set in the middle, no caption
        return False
    return _wholly_emphasised(el) or _centred(el)


def _wholly_bold(el: etree._Element) -> bool:
    kids = [c for c in el if isinstance(c.tag, str) and c.tag != "br"]
    return len(kids) == 1 and kids[0].tag in _BOLD and not (el.text or "").strip() and \
        not (kids[0].tail or "").strip()
