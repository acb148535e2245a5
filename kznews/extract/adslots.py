"""Ad slots printed between a text's paragraphs, whatever their class vocabulary.

An in-read ad (a box the ad network fills in the middle of the story) is named three ways
by the CMSs that print one: by its label ("Реклама", "Advertisement", "Sponsored",
"Жарнама", "На правах рекламы" as the box's first line), by the attributes an ad script
reads off its slot (``data-ad-slot``, ``data-adfox``, ``data-google-query-id``,
``id="adfox_…"``) or by its class (``inread``, ``in-read``, ``inpage``, ``native-ad``,
``sponsored``, ``partner-block``). Its words change with every request, so read as text they
would make every crawl see an edit. ``ad_boxes`` names such boxes once per page, each way
behind a cheap needle; the walk's verdicts then call them noise: the text goes on after
them, and their pictures are no photo of the article. A paragraph that speaks of
advertising ("Закон о рекламе…", "Реклама на билбордах запрещена") is no label, and a story
about advertising in the text's own box (``story``, ``text``) stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from kznews.extract.index import PageIndex
    from kznews.extract.text import Line

AD_ATTRS = ("data-slot", "data-ad", "data-ad-slot", "data-adfox", "data-google-query-id",
            "data-ad-unit", "data-ad-client")
"""Attributes an ad script reads off its slot (``data-slot`` only when its value names an
ad: component libraries name every part of a page with it, ``data-slot="card-content"``)."""
AD_VALUE = re.compile(r"(?<![a-z])(?:ads?|adv\w*|advert\w*|adfox\w*|in[-_]?read|inpage|"
                      r"banner|dfp|gpt|native|sponsor\w*|promo\w*|partner\w*|rtb)(?![a-z])",
                      re.I)
AD_ID = re.compile(r"^(?:adfox|yandex_rtb|div-gpt-ad|google_ads_iframe)", re.I)
AD_CLASS = re.compile(r"(?<![a-z])(?:in[-_]?read|inpage|native[-_]?ads?|"
                      r"partner[-_]?(?:block|box|materials?)|"
                      r"(?<!--)(?<!node-)(?:sponsored|promoted)(?:[-_](?:content|post|block|box|"
                      r"links?|stor(?:y|ies)|materials?|ads?))?)(?![a-z])", re.I)
"""``inread-slot``, ``in-read``, ``native-ad``, ``partner-block``, ``sponsored``,
``promoted-content``; never Drupal's ``node--promoted`` (Drupal 7: ``node-promoted``; the
article's own node, promoted to the front page) nor ``bread``/``spinpage`` inside a word."""
ID_NEEDLES = ("adfox", "yandex_rtb", "gpt-ad", "google_ads")
CLASS_NEEDLES = ("inread", "in-read", "in_read", "inpage", "native", "partner", "sponsored",
                 "promoted")
"""What every match of ``AD_ID``/``AD_CLASS`` holds, lower-cased: a page whose ids and class
tokens hold none spares the look at each of them."""
_LABEL = (r"(?:реклама|рекламный\s+материал|на\s+правах\s+рекламы|партн[её]рский\s+материал|"
          r"спонсорский\s+материал|промо|advertisement|advertising|sponsored(?:\s+content)?|"
          r"promoted|paid\s+content|partner\s+content|жарнама|жарнама\s+құқығында|"
          r"серіктес\s+материалы)")
AD_LABEL = re.compile(rf"^\W*(?:{_LABEL}(?:\s*\d+\+)?(?:\s*[·|•]\s*.{{0,60}})?|"
                      rf".{{0,60}}?\s*[·|•]\s*{_LABEL}(?:\s*\d+\+)?)\W*$", re.I)
"""A slot's label line: the word alone, in any case, perhaps with an age mark or an
advertiser after a ``·``/``|`` (``Реклама · 18+``, ``ADVERTISEMENT``, ``Kaspi | Реклама``)."""
LINE_NEEDLES = ("реклам", "advert", "sponsor", "жарнама", "партн", "promot", "промо", "paid",
                "partner", "серіктес", "спонсор")
"""Parts of the labels, lower-cased: a page whose short lines hold none has no label."""
MAX_LABEL = 80  # characters of a label line
MAX_AD = 800  # characters of a slot's box: an ad's line or two; more holds the text
TEXT_BOX = re.compile(r"(?<![a-z])(?:story|text|article|content|post|entry|body|news|"
                      r"material)(?![a-z])", re.I)
"""The text's own box: its first line may be a rubric that says "Реклама"."""
BOX_TAGS = frozenset({"div", "section", "aside", "figure", "ins", "span", "li", "p", "td"})
_MEDIA = frozenset({"img", "picture", "iframe", "ins", "script", "a", "video"})


def ad_boxes(ix: PageIndex, html: str) -> Iterator[etree._Element]:
    """The page's ad slots (see the module's words). Each way first asks a short string the
    index already holds (the page's ids, class tokens, short lines) for a needle: a scan of
    the page's HTML per needle cost more than the rest."""
    for attr in AD_ATTRS:  # listed by the walk's pass over attribute names
        for el in ix.with_attr(attr):
            if (attr != "data-slot" or AD_VALUE.search(el.get(attr) or "")) and \
                    _ad_sized(ix, el):
                yield el
    ids = ix.with_attr("id")
    if ids and _any_in(" ".join(el.get("id") or "" for el in ids).lower(), ID_NEEDLES):
        yield from (el for el in ids if AD_ID.match(el.get("id") or "") and _ad_sized(ix, el))
    tokens = ix.class_tokens()
    if _any_in(" ".join(tokens).lower(), CLASS_NEEDLES):
        for token in tokens:
            if _ad_class(token):
                yield from (el for el in ix.with_class(token) if _ad_sized(ix, el))
    short = [line for line in ix.lines if len(line.text) <= 2 * MAX_LABEL]
    raw = "\n".join(line.text for line in short)
    low = raw.lower()
    found = [needle for needle in LINE_NEEDLES if needle in low]
    if found:
        yield from _labelled(ix, _holding(short, raw, low, found))


def _holding(short: list[Line], raw: str, low: str, needles: list[str]) -> list[Line]:
    """The lines of ``short`` whose lower-cased text holds one of ``needles`` (found in
    ``low``, their lower-cased text joined by line breaks as ``raw``), in page order: where the
    needles are, when lower-casing kept every character one character (no ``İ``), so that an
    offset of ``low`` is one of ``raw``; else every line (each is looked at)."""
    if len(low) != len(raw):
        return short
    starts, at = [], 0
    for line in short:
        starts.append(at)
        at += len(line.text) + 1
    hit: set[int] = set()
    for needle in needles:  # no needle holds a line break: each is inside one line
        at = low.find(needle)
        while at >= 0:
            hit.add(bisect_right(starts, at) - 1)
            at = low.find(needle, at + 1)
    return [short[i] for i in sorted(hit)]


def _any_in(text: str, needles: tuple[str, ...]) -> bool:
    return any(needle in text for needle in needles)


@lru_cache(maxsize=4096)
def _ad_class(token: str) -> bool:
    return AD_CLASS.search(token) is not None


def _ad_sized(ix: PageIndex, el: etree._Element) -> bool:
    """Small enough to be a slot, not the box of the text (a sponsored story's own)."""
    return el.tag not in ("body", "html", "article", "main") and len(ix.text(el)) <= MAX_AD


def _labelled(ix: PageIndex, short: list[Line]) -> Iterator[etree._Element]:
    """A box whose first line is an ad's label and which holds more than the label (the ad's
    line, picture or slot): a lone "Реклама" is a rubric or a sub-heading."""
    for line in short:
        low = line.text.lower()
        if not _any_in(low, LINE_NEEDLES):
            continue
        clean = ix.clean(line.text)
        if len(clean) > MAX_LABEL or not AD_LABEL.match(clean):
            continue
        el = line.element
        if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue  # a sub-heading of the text, or a story's title
        box = None
        node: etree._Element | None = el
        while node is not None and node.tag in BOX_TAGS and _starts(ix, node, clean) and \
                len(ix.text(node)) <= MAX_AD and not TEXT_BOX.search(node.get("class") or ""):
            box, node = node, node.getparent()
        if box is not None and _more_than_label(ix, box, clean):
            yield box


def _starts(ix: PageIndex, node: etree._Element, label: str) -> bool:
    return ix.text(node).startswith(label)


def _more_than_label(ix: PageIndex, box: etree._Element, label: str) -> bool:
    return len(ix.text(box)) > len(label) + 1 or \
        any(el.tag in _MEDIA for el in box.iter(etree.Element) if el is not box)
