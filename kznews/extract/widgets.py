"""Boxes inside a text that are furniture by what they hold, whatever their class says.

A page builder's export or a hand-made text often prints a CMS widget with no class at all:
a poll (a question over a form of options), a quiz's card (a title over a link that starts
it on the same page), an embedded post (marked by its embed script's attributes, or an X
post a platform prints as links to it), an author's bio (a portrait, a name, a position),
an ad slot between the paragraphs
(``adslots``). ``furniture_boxes`` finds them once per page
(``index.PageIndex``), each by a cheap needle first, so the walk's verdicts can call them
noise: their words are no text and their pictures no photo of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import etree

from kznews.extract.adslots import ad_boxes

if TYPE_CHECKING:
    from kznews.extract.index import PageIndex

EMBED_ATTRS = ("data-telegram-post", "data-instgrm-permalink", "data-instgrm-captioned",
               "data-tweet-id", "data-video-id-tiktok", "data-href-fb-post")
"""Attributes an embed script reads off its post's box (Telegram's widget, Instagram's
``blockquote``, a tweet's id): the box is that post, whatever its class."""

POLL_ACTION = re.compile(r"poll|vote|voting|survey|quiz|opros|опрос|голосов|сауалнама|дауыс",
                         re.I)
"""Where a poll's form posts (``/poll/52483``, ``/vote``, ``/survey/submit``, ``/опрос``)."""
MAX_POLL_QUESTION = 200  # characters of a box's text besides its form: a question, no text
CTA_TEXT = re.compile(
    r"^(?:\W*)(?:(?:start|take|begin|open|try|do|pass|play)\s+(?:the\s+|our\s+|this\s+)?"
    r"(?:quiz|test|poll|survey)|(?:vote|participate)(?:\s+now)?|(?:пройти|начать|открыть|"
    r"пройдите|начните)\s+(?:тест|опрос|викторину)|(?:про)?голосовать|"
    r"(?:тестті|сауалнамаға|сауалнаманы)\s+(?:бастау|тапсыру|өту|қатысу)|дауыс\s+беру|"
    r"(?:quiz|test|тест|опрос|викторина)\s*(?:→|»|>)?)\W*$", re.I)
"""The call of a quiz's or poll's card to begin it (``Start the quiz``, ``Пройти тест``,
``Начать тест``, ``Голосовать``, ``Тестті бастау``, ``Дауыс беру``)."""
_QUERY_OR_FRAGMENT = re.compile(r"[?#]")
CTA_QUERY = re.compile(r"[?&](?:quiz|test|poll|vote|survey|start)(?:[=&]|$)", re.I)
MAX_CARD = 250  # characters: a card's title and call; more is a paragraph with a link
MAX_CTA = 40

ROLE_LINE = re.compile(
    r"^(?:\w+\s+){0,2}?(?:journalist|correspondent|reporter|editor|columnist|author|"
    r"observer|корреспондент|журналист|редактор|обозреватель|колумнист|автор|тілші|"
    r"шолушы)\w*\b", re.I)
"""A bio's line of a position (``Корреспондент. Пишет об…``, ``Senior reporter …``, ``Тілші.``)."""
NAME_LINE = re.compile(r"^(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+\.?\s+){1,3}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+$")
MAX_BIO = 400  # characters: a name and a few words on the author; more is a text
MAX_BIO_BLOCKS = 5  # children besides the portrait: a name, a position, a link or two
MAX_NAME = 60
_NOT_LINES = frozenset({"img", "a", "picture", "br", "source"})
BOX_TAGS = frozenset({"div", "section", "aside", "li", "span", "td", "blockquote"})


def furniture_boxes(ix: PageIndex, html: str) -> Iterator[etree._Element]:
    """The page's boxes that are furniture by their content (see the module's words)."""
    for attr in EMBED_ATTRS:  # listed by the walk's pass over attribute names (no search)
        yield from ix.with_attr(attr)
    if "<form" in html or "<FORM" in html:
        yield from _polls(ix, ix.tag("form"))
    yield from _cards(ix)
    yield from _bios(ix)
    if "/status/" in html:
        yield from _rendered_posts(ix)
    yield from ad_boxes(ix, html)


_STATUS = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+",
                     re.I)
"""The address of a post on X (Twitter)."""
POST_REACH = 3  # levels from a link to the post up to the box of its rendering


def _rendered_posts(ix: PageIndex) -> Iterator[etree._Element]:
    """A post of X printed into the page by the platform that pasted it (Substack's
    ``div.tweet``: its author, text, date and counts as links to the post, no script): the
    widest box around a link to the post whose every word is in links to that post (a
    paragraph linking a post has words of its own)."""
    for a in ix.links:
        found = _STATUS.match((a.get("href") or "").strip())
        if found is None or ix.zone(a):
            continue
        post, best, node = found.group().lower(), None, a.getparent()
        for _ in range(POST_REACH):
            if node is None or node.tag not in BOX_TAGS or not _only_links_to(node, post):
                break
            best, node = node, node.getparent()
        if best is not None:
            yield best


def _only_links_to(box: etree._Element, post: str) -> bool:
    """Every link of ``box`` goes to ``post`` and every word of it is in one of them."""
    inside = 0  # characters other than spaces
    for link in box.iter("a"):
        found = _STATUS.match((link.get("href") or "").strip())
        if found is None or found.group().lower() != post:
            return False
        inside += _solid("".join(link.itertext()))
    return inside == _solid("".join(box.itertext()))


def _solid(text: str) -> int:
    return len(text) - sum(map(text.count, " \t\r\n\xa0"))


def _polls(ix: PageIndex, forms: Iterable[etree._Element]) -> Iterator[etree._Element]:
    """A poll's box: the form (options as radio buttons, or posting to a poll's address) and
    the short question beside it."""
    for form in forms:
        radio = any((i.get("type") or "").lower() == "radio" for i in form.iter("input"))
        if not radio and not POLL_ACTION.search(form.get("action") or ""):
            continue
        if _not_poll(ix, form):
            continue
        yield form
        box = form.getparent()
        if box is None or box.tag not in BOX_TAGS:
            continue
        rest = len(ix.text(box)) - len(ix.text(form))
        others = sum(1 for el in box if el is not form and isinstance(el.tag, str) and
                     ix.text(el))
        if rest <= MAX_POLL_QUESTION and others <= 1:  # a question and its form, no text
            yield box
            continue
        question = form.getprevious()
        if question is not None and len(ix.text(question)) <= MAX_POLL_QUESTION and \
                ix.text(question).endswith("?"):
            yield question


NOT_POLL = re.compile(r"(?<![a-z])(?:rat(?:e|ing)|stars?)(?![a-z])|comment|reply|search|"
                      r"subscri|login|оцен|коммент|поиск|пікір|баға", re.I)
"""A form with radio buttons that asks no question of readers: a rating's stars, a comment's
or a search's options, a subscription's."""


def _not_poll(ix: PageIndex, form: etree._Element) -> bool:
    """A rating's, comment's or search's form (by its address, class, id or fields' names), or
    options with no word (a rating's digits or stars) posting to no poll's address."""
    names = " ".join(filter(None, (form.get("action"), form.get("class"), form.get("id"),
                                   *(i.get("name") for i in form.iter("input", "textarea")))))
    if NOT_POLL.search(names):
        return True
    return not POLL_ACTION.search(form.get("action") or "") and \
        not any(c.isalpha() for c in ix.text(form))


def _cards(ix: PageIndex) -> Iterator[etree._Element]:
    """A quiz's or poll's card: a short box whose only link calls to begin it on the page
    itself (``?quiz=start``, ``#quiz``, the page's own address with a query)."""
    own = ix.canonical() or ""
    here = {own, urlsplit(own).path} - {""}
    for a in ix.links:
        href = a.get("href")
        if not href or ("?" not in href and "#" not in href) or ix.zone(a):
            continue  # most links: another page, or furniture already
        cut = _QUERY_OR_FRAGMENT.search(href)
        # the page itself again: a bare query or fragment, or its own address with one
        if cut is None or (cut.start() and href[:cut.start()] not in here and
                           not CTA_QUERY.search(href)):
            continue
        call = ix.text(a)
        if not call or len(call) > MAX_CTA or not CTA_TEXT.match(call):
            continue
        box = a.getparent()
        if box is not None and box.tag == "p":
            box = box.getparent()
        if box is not None and box.tag in BOX_TAGS and len(ix.text(box)) <= MAX_CARD and \
                sum(1 for _ in box.iter("a")) == 1:
            yield box


def _bios(ix: PageIndex) -> Iterator[etree._Element]:
    """An author's bio box: a portrait beside a name line and a position line."""
    for img in ix.tag("img"):
        if ix.zone(img):  # a thumbnail of a list of stories, a sidebar's: furniture already
            continue
        box = img.getparent()
        if box is not None and box.tag in ("a", "picture"):
            box = box.getparent()
        if box is None or box.tag not in BOX_TAGS:
            continue
        # a bio's box holds a few blocks beside its portrait; a thumbnail's a link, the text's
        # own box (a photo among paragraphs) many
        kids = [el for el in box if isinstance(el.tag, str) and el.tag not in _NOT_LINES]
        if not 2 <= len(kids) <= MAX_BIO_BLOCKS:
            continue
        name = ix.text(kids[0])
        if not name or len(name) > MAX_NAME or not NAME_LINE.match(name) or \
                not ROLE_LINE.match(ix.text(kids[1])) or len(ix.text(box)) > MAX_BIO or \
                _between_paragraphs(ix, box):
            continue
        yield box


MIN_AROUND = 40  # characters of a paragraph of the text before and after a person's card


def _between_paragraphs(ix: PageIndex, box: etree._Element) -> bool:
    """Paragraphs of the text on both sides: a quoted person's card inside the text (an
    interview's guest with their photo), not the author's bio closing or opening it."""
    def paragraph(el: etree._Element) -> bool:
        return el.tag == "p" and len(ix.text(el)) >= MIN_AROUND
    return any(map(paragraph, box.itersiblings(preceding=True))) and \
        any(map(paragraph, box.itersiblings()))
