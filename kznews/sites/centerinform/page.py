"""One article page of ic24.kz, indexed once, with the anchors its field rules share.

Anchors are facts about the page that several fields read: the dateline, a photo credit
glued to the lead, where a candidate body starts and ends (``BodyScan``), the lines between
headline and body, the info line, tag/rubric links. Each is worked out once, on first use,
and none of them writes a field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from lxml import etree

from kznews import processors as P
from kznews.extract import hidden, ldpage, notes, state, stories
from kznews.extract.cards import hover_card
from kznews.extract.index import MEMOS, PageIndex
from kznews.extract.layout import has_embed_class, is_caption
from kznews.extract.statekeys import StateArticle
from kznews.extract.text import Line, is_inside
from kznews.origin import rebase
from kznews.processors.info import CYRILLIC
from kznews.sites.centerinform import notices as N
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.anchors import AnchorsMixin, in_trail
from kznews.sites.centerinform.blocks import HEADINGS
from kznews.sites.centerinform.info import (
    details_row,
    labelled_info,
    sane,
    split_chunks,
    with_labels,
)
from kznews.sites.centerinform.post import find_post
from kznews.sites.centerinform.scan import MAX_LABEL, BodyScan, ScanMixin

# importers read these from here
__all__ = ["HEADINGS", "ArticlePage", "BodyScan", "in_trail"]

if TYPE_CHECKING:
    from kznews.extract.chain import Resolver

_DIGIT = re.compile("[0-9]")
_CREDIT_CLASS = re.compile(r"(?<![a-z])(?:[a-z]+[-_])*(?:credits?|attribution)(?![a-z])", re.I)
_LONE_DATELINE_END = re.compile(rf"(?:(?<![^\W\d_]){O.DATELINE_AGENCY}\W*|[-–—]\s*)$")
"""How a dateline alone in its line ends: the outlet's name (``Центр информации``, ``(IC)``) or
the dash before the text."""
LONE_DATELINE_REACH = 3  # lines: an empty spacer (``<p>&nbsp;</p>``) between it and its text
MAX_ROW_ATOP = 80  # characters: a date with a count and a rubric; a longer line is a lead
READER_BOX_DEPTH = 3  # the heading and two boxes around it
MIN_LEAD = 20  # characters of a lead to find it by among the page's lines
LEAD_NEEDLE = 60  # characters: the lead's opening, a line printing it holds
# The outlet's own name in the info line is its byline (``8 октября 2021 • Центр информации``),
# never a rubric or a tag.
_OUTLET_NAME = re.compile(rf"(?<![^\W\d_]){O.AGENCY}(?![^\W\d_])")
# Every ``W.MODIFIED_WORDS`` holds one of these, lower-cased: most lines are out after a look.
_MODIFIED_NEEDLES = ("обновл", "измен", "отредакт", "updated", "modified", "edited", "жаңарт",
                     "өзгерт")


MAX_GLUED_CREDIT_WORDS = 6  # words of a credit's name a sentence may be glued to


def _glued_sentence(value: str) -> int | None:
    """Where a sentence run into a credit's name starts in ``value`` (the credit line after its
    label): ``pixabayУ казахстанцев …``, ``KazTAGАлматы. 16 апреля. …``, ``iStockPhotoThe
    city …``, ``ReutersA new …``, ``Данияр АхметовВ Японии …``; None when no sentence follows
    (``iStockPhoto``, ``TengriNews``, ``KazTAG``: a name printed in camel case or capitals).

    The sentence starts at a capital inside one of the name's first words, after a small
    letter, a letter of the other script, or capitals closing before its word's small letters
    (``AFPThe``), the word's rest holding no capital of its own; what follows holds
    four words in a row (a sentence; a name's rest such as ``News`` or ``Photo`` is none)."""
    for n, token in enumerate(re.finditer(r"\S+", value)):
        word = token.group()
        for k in range(1, len(word)):
            prev, cap, after = word[k - 1], word[k], word[k + 1 : k + 2]
            if not (cap.isupper() and prev.isalpha()) or not (
                    prev.islower() or after.islower() or
                    bool(CYRILLIC.match(prev)) != bool(CYRILLIC.match(cap))):
                continue
            if not any(c.isupper() for c in word[k + 1 :]) and \
                    _WORD_RUN.search(P.clean_text(value[token.start() + k :])):
                return token.start() + k
        if n + 1 >= MAX_GLUED_CREDIT_WORDS or word.endswith((".", "!", "?", ";", ",")):
            return None
    return None


_WORD_RUN = re.compile(r"(?:[^\W\d_]+\s+){3}[^\W\d_]+")  # a sentence's: four words in a row


def _cut_credit(raw: str) -> tuple[str | None, str]:
    """The credit of a raw line opening with one (``Фото:pixabayУ казахстанцев …``) and the
    text after it, cleaned: cut where a glued sentence starts (``_glued_sentence``), else after
    the credit ``P.photo_credit`` reads (a dateline after a space).

    Memoised (with what a date in it is read by): every page of a site repeats its footer's
    ``© …`` line and the agencies' ``Фото:`` lines."""
    day = P.reference_day()
    key = (raw, P.slashed_is_month_first(), day, getattr(day, "moment", None))
    found = _CUT_CREDITS.get(key)
    if found is None:
        if len(_CUT_CREDITS) >= CUT_CREDIT_MEMO:
            _CUT_CREDITS.clear()
        found = _CUT_CREDITS[key] = _cut_credit_now(raw)
    return found


_CUT_CREDITS: dict[tuple[str, bool, date | None, datetime | None], tuple[str | None, str]] = {}
CUT_CREDIT_MEMO = 1024
MEMOS.append(_CUT_CREDITS.clear)


def _cut_credit_now(raw: str) -> tuple[str | None, str]:
    label = W.PHOTO_LABEL.match(raw)
    cut = _glued_sentence(raw[label.end():]) if label is not None else None
    if label is not None and cut is not None:
        return O.photo_credit(raw[: label.end() + cut]), P.clean_text(raw[label.end() + cut :])
    credit = O.photo_credit(raw)
    # the name as printed: spaces in it may be no-break ones (``Фото:&nbsp;Getty&nbsp;Images``)
    found = re.search(r"\s+".join(map(re.escape, credit.split())), raw) if credit else None
    return credit, P.clean_text(raw[found.end():]) if found is not None else ""


def _no_text(el: etree._Element) -> bool:
    """A folded ``<details>`` (no ``open``: a video's transcript, a spoiler) shows the reader
    only its summary line; the text behind it is an attachment's, not the article's."""
    if el.tag == "details":
        return el.get("open") is None
    # asked about most inline elements of the page: their text read once tells which of the
    # two can hold (a widget prints its rates; a hover card opens with its picture, no text)
    text = el.text
    if text and not text.isspace():
        return "KZT" in text and _inline_widget(el)
    return hover_card(el)


_SKIP_TAGS = W.INLINE_TAGS | {"details"}


def _inline_widget(el: etree._Element) -> bool:
    """An inline element holding only currency rates (``<span>USD/KZT 0.0</span>``)."""
    text = el.text  # every rate names KZT: most inline elements are out after one look
    return bool(text) and "KZT" in text and el.tag in W.INLINE_TAGS and len(el) == 0 and \
        bool(O.WIDGET_LINE.match(text.strip()))


def _other_stories(html: str, top: etree._Element, page_id: str) -> list[etree._Element]:
    """The other stories an endless feed prints in full under the page's (``stories``)."""
    return stories.foreign(html, top, page_id)


def _byline_link(link: etree._Element, line: etree._Element) -> bool:
    """A link of an info line naming its author: to a profile page (``W.PROFILE_LINK``:
    ``/users/1``, ``/author/x/``), ``rel=author``, or classed (itself or an element of the
    line around it) as a user's or author's (``<div class="bi_user"><a>admin</a>``)."""
    if W.PROFILE_LINK.search(link.get("href") or "") or \
            "author" in (link.get("rel") or "").lower().split():
        return True
    node: etree._Element | None = link
    while node is not None:
        if any(W.BYLINE_CLASS.search(t) for t in (node.get("class") or "").split()):
            return True
        if node is line:
            return False
        node = node.getparent()
    return False


def _head_rubric(text: str) -> bool:
    """Words before a date row's date that can be its rubric (``Общество``, ``Общество и
    право``): no byline, label or count, and no second capitalised word (``Иван Петров |``
    is a name)."""
    words = text.split()
    return bool(words) and not W.is_byline(text) and W.NOT_RUBRIC.search(text) is None and \
        W.STAFF.match(words[-1]) is None and \
        not any(w[:1].isupper() for w in words[1:]) and W.VIEWS_UNIT.match(text) is None


class ArticlePage(ScanMixin, AnchorsMixin):
    """The page index plus anchors; ``fields`` (a Resolver) is set by the article module."""

    fields: Resolver[ArticlePage]

    def __init__(self, html: str | bytes, url: str,
                 hints: Sequence[tuple[str, date]] = (), today: date | None = None) -> None:
        self.id = O.article_id(url) or ""
        self.index = ix = PageIndex(html, _no_text, _SKIP_TAGS, notes.markers,
                                    partial(_other_stories, page_id=self.id),
                                    hidden.hidden_boxes)
        self.url = url
        self.base = ix.base_url(url)
        """What the page's relative links (images, related, canonical) resolve against."""
        self.hints = list(hints)  # (label, date) to give a year-less dateline its year
        self.today = today or datetime.now(O.TIMEZONE).date()
        self.lines: list[Line] = ix.lines
        self.clean = [O.WIDGET_EDGE.sub("", t) if "KZT" in t else t for t in ix.clean_lines]
        self.meta = ix.meta
        self.ld: dict[str, Any] = ldpage.own_article(
            ix.jsonld, (url, ix.canonical() or ""), self._shown_headlines) or {}
        if not self.id:  # an address that names no id (a platform's ``/p/<slug>``)
            self.id = self._named_id()
        self.post = find_post(self)
        """The text box of the one post or message the page shows (``post.find_post``)."""
        if self.post is not None:
            ix.unzone(self.post)
        self.inline_credit = self._split_inline_credit()
        self.dateline_idx: int | None = None
        self.line_dateline: P.Dateline | None = None
        for i, text in enumerate(self.clean):
            if not _DIGIT.search(text):  # a dateline has its day in digits
                continue
            dl, rest = O.split_dateline(text)
            if dl and rest:
                self.line_dateline, self.dateline_idx, self.clean[i] = dl, i, rest
                break
            if dl and self._lone_dateline(i, text):  # its text in the next line: no text
                self.line_dateline, self.dateline_idx, self.clean[i] = dl, i, ""
                break

    def _named_id(self) -> str:
        """The outlet's id the page names for itself, read when its address names none: the
        first of its canonical, ``og:url`` and its own JSON-LD object's ``@id``, ``url`` and
        ``mainEntityOfPage`` that is an article address of the page's site (a platform the
        outlet moved to keeps the old address there); "" when none is."""
        ld = self.ld
        main = ld.get("mainEntityOfPage")
        if isinstance(main, dict):
            main = main.get("@id") or main.get("url")
        for href in (self.index.canonical(), self.meta.get("og:url"), ld.get("@id"),
                     ld.get("url"), main):
            if isinstance(href, str) and O.ID_HINT.search(href):
                aid = O.article_id(rebase(urljoin(self.base, href.strip()), self.url) or "")
                if aid:
                    return aid
        return ""

    def _lone_dateline(self, i: int, text: str) -> bool:
        """Line ``i``, a dateline and nothing else (``<p><strong>Алматы. 12 марта. Центр
        информации -</strong></p>``), is the dateline of the text that follows: when it ends
        in the outlet's name or a dash and the next line with text is a sentence (a place and
        a date alone are a date line)."""
        if not _LONE_DATELINE_END.search(text):
            return False
        after = next((t for t in self.clean[i + 1:i + LONE_DATELINE_REACH] if t), "")
        return after[:1].isupper() and W.is_prose(after)

    def text(self, el: etree._Element) -> str:
        return self.index.text(el)

    def headline_element(self, title: str | None) -> etree._Element | None:
        """The element of the line that prints the headline ``title``; a headline broken over
        lines (``<h1>Kazakhs<br>in Japan …</h1>``) by the heading holding it whole."""
        if not title:
            return None
        found = next((ln.element for ln, t in zip(self.lines, self.clean, strict=True)
                      if t == title), None)
        if found is not None:
            return found
        return next((el for name in ("h1", "h2") for el in self.index.tag(name)
                     if self.text(el) == title), None)

    def _shown_headlines(self) -> list[str]:
        """What the page shows as its headline, before any field is read: its ``<h1>``s,
        ``og:title``s and ``<title>``."""
        h1 = [self.text(el) for el in self.index.tag("h1")]
        return [*h1, *self.meta.all("og:title"), self.index.title_text() or ""]

    def yearless(self, text: str) -> date | None:
        """A day and month with no year opening ``text`` (``2 марта, 13:50``, ``October 7``):
        the year inferred as a year-less dateline's is (``P.infer_year``: the listing date,
        neighbouring ids, the crawl date), its time of day kept."""
        stamp = P.yearless_stamp(text)
        inferred = P.infer_year(stamp[0], stamp[1], self.hints, self.today) if stamp else None
        if stamp is None or inferred is None:
            return None
        day, clock = inferred[0], stamp[2]
        return datetime(day.year, day.month, day.day, *clock) if clock else day

    def with_year(self, text: str) -> str:
        """``text`` with a year-less date, or one with a two-digit year, opening it written out
        in full (``2 марта, 13:50 …`` -> ``02.03.2025 13:50 …``, ``20.04.23 15:40`` ->
        ``20.04.2023 15:40``), so an info line holding it reads as any other."""
        stamp = P.yearless_stamp(text) if text[:1].isalnum() else None
        short = P.short_year_stamp(text) if stamp is None and text[:1].isdigit() else None
        if short is not None:  # ``20.04.23 15:40 (683)``: a two-digit year, under the headline
            return f"{self._full(short[0])} {text[short[1]:]}".strip()
        when = self.yearless(text) if stamp else None
        if stamp is None or when is None:
            return text
        return f"{self._full(when)}{text[stamp[3]:]}"

    @staticmethod
    def _full(when: date) -> str:
        return f"{when:%d.%m.%Y %H:%M}" if isinstance(when, datetime) else f"{when:%d.%m.%Y}"

    def zone(self, el: etree._Element) -> str | None:
        return self.index.zone(el)

    def head_zone(self, el: etree._Element) -> str | None:
        """``zone``, but a line of the article's own ``<header>`` (the one holding the
        headline, outside furniture: a long read's kicker, lead and author cards with no
        ``<article>`` around them) is none."""
        zone = self.zone(el)
        if zone != "noise" or not self.headline:
            return zone
        header = el if el.tag == "header" else next(el.iterancestors("header"), None)
        parent = header.getparent() if header is not None else None
        if header is None or parent is None or self.zone(parent) or not any(
                self.text(h) == self.headline for h in header.iterdescendants("h1", "h2")):
            return zone
        return None

    def masthead(self, el: etree._Element) -> bool:
        """A heading that is the site's name (``<h1 class="logo">Центр информации</h1>``) or
        sits in a logo/brand box: the page's header, not the article's headline."""
        if O.SITE_NAME.fullmatch(self.text(el)):
            return True
        node: etree._Element | None = el
        for _ in range(O.MASTHEAD_DEPTH):
            if node is None:
                break
            if O.MASTHEAD_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}"):
                return True
            node = node.getparent()
        return any(O.MASTHEAD_CLASS.search(a.get("class", "")) for a in el.iter("a"))

    def _split_inline_credit(self) -> str | None:
        """``Фото:pixabayАлматы. 20 апреля. …``: a credit glued to the first body line.

        The credit is cut off the line (the DOM tells where when the credit has an element
        of its own), so the dateline and the body start clean.
        """
        tried = 0
        for i, text in enumerate(self.clean):
            if not W.PHOTO_LABEL.match(text) or (text.startswith("©") and N.reported(text)):
                continue  # a sentence about the mark (``© — знак …, напомнили в …``) is text
            tried += 1
            if tried > 3:  # the glued credit is near the top; don't scan a page of credits
                return None
            raw = self.lines[i].text.strip()
            box = next((d for d in self.lines[i].element.iterdescendants() if W.PHOTO_LABEL.match(
                self.text(d)) and len(self.text(d)) < len(text)), None)
            credit = O.photo_credit(self.text(box)) if box is not None else None
            if box is not None and credit:  # its element ends the credit; what follows is
                # cut off the raw line, its letters as printed (``<em>Фото:KazTAG</em>У …``)
                printed, shown = "".join(box.itertext()).strip(), self.text(box)
                rest = P.clean_text(raw[len(printed):]) if raw.startswith(printed) else \
                    text[len(shown):].strip() if text.startswith(shown) else ""
            else:  # cut the raw line (a label alone in its element: ``<b>Фото:</b>pixabayУ``):
                # repairing homoglyphs first would make one word of the two glued
                # (``pixabayУ казахстанцев`` -> ``pixabayY``)
                credit, rest = _cut_credit(raw)
            if credit and rest:
                self.clean[i] = rest
                return credit
        return None

    @cached_property
    def class_text(self) -> str:
        """Every class token of the page, joined by spaces: one regex search tells whether
        the page has a class of a kind at all."""
        return " ".join(self.index.class_tokens())

    @cached_property
    def person_cards(self) -> list[etree._Element]:
        """Boxes of a person's card (``S.PERSON_BOX``): a portrait with a name and a position
        (a columnist's box over the column, an author's with an avatar); no text, no photo."""
        cards: list[etree._Element] = []
        # a needle first: the pattern's open ends made a scan of the page's classes cost
        # more than a whole rule
        lowered = self.class_text.lower()
        if not any(word in lowered for word in S.PERSON_WORDS):
            return cards
        for token in {t for t in self.index.class_tokens() if S.PERSON_BOX.fullmatch(t)}:
            cards += [el for el in self.index.with_class(token) if next(el.iter("img"), None)
                      is not None and len(self.text(el)) <= S.MAX_PERSON_CARD]
        return cards

    def in_person_card(self, el: etree._Element) -> bool:
        cards = self.person_cards
        return bool(cards) and any(is_inside(el, card) for card in cards)

    @cached_property
    def teaser_classes(self) -> bool:
        """The page has a box classed as a card or teaser somewhere (``W.TEASER_CLASS``)."""
        return W.TEASER_CLASS.search(self.class_text) is not None

    @cached_property
    def lead_classes(self) -> bool:
        """The page has a box classed as a lead somewhere (``W.HEADER_LEAD_CLASS``, which
        holds ``W.LEAD_CLASS``'s words but ``announce``)."""
        return W.LEAD_CLASS.search(self.class_text) is not None or \
            W.HEADER_LEAD_CLASS.search(self.class_text) is not None

    @cached_property
    def has_embed(self) -> bool:
        """The page holds a post of another site somewhere (``layout.EMBED_CLASS``)."""
        return has_embed_class(self.class_text)

    @cached_property
    def link_line(self) -> dict[etree._Element, int]:
        """The line each link of the page's lines is printed on."""
        return {a: line.index for line in self.lines for a in line.links}

    @cached_property
    def own_post(self) -> etree._Element | None:
        """The embedded post's box the text itself is printed in (a channel's web preview of
        one message, a wall post's page): then that post is the article, and its date and
        counters are the page's, not another site's."""
        start = self.body_scan().start if self.has_embed else None
        if start is None:
            return None
        boxes = [a for a in self.lines[start].element.iterancestors() if has_embed_class(
            a.get("class") or "")]
        return boxes[-1] if boxes else None

    def in_own_post(self, el: etree._Element) -> bool:
        post = self.own_post
        return post is not None and (el is post or post in el.iterancestors())

    @cached_property
    def state(self) -> StateArticle | None:
        """The page's article in its embedded JSON state (a script-built page's)."""
        held = self.index.tag("script")
        if 'data-page="{' in self.index.source:  # an Inertia app's root holds its state
            held = [*held, *(el for el in self.index.with_attr("data-page")
                             if len(el.get("data-page") or "") <= state.MAX_SCRIPT)]
        return state.article_in(held, self.id, self.url)

    def body_scan(self) -> BodyScan:
        found = self.fields.raw("body")
        return found if isinstance(found, BodyScan) else BodyScan([])

    @property
    def dateline(self) -> P.Dateline | None:
        """The dateline of the page's lines, else the one cut off a JSON-LD articleBody."""
        return self.line_dateline or self.body_scan().dateline

    # ------------------------------------------------------------------ between headline and body
    @cached_property
    def text_start(self) -> int | None:
        """The line of the text's first paragraph; for a text read from JSON-LD
        (``articleBody``), the line that prints its lead (not the headline)."""
        scan = self.body_scan()
        if scan.start is not None or not scan.paras or len(scan.paras[0]) < MIN_LEAD:
            return scan.start
        lead, head = P.clean_text(scan.paras[0])[:LEAD_NEEDLE], self.headline
        return next((i for i, line in enumerate(self.clean) if lead in line and line != head),
                    None)

    @cached_property
    def region(self) -> list[int]:
        """Line numbers between the headline and the body: credit and the info line live here."""
        scan = self.body_scan()
        title = self.fields.value("title")
        # a headline printed again over the text is where the text starts; the scan's first
        # line being the only headline on the page is the headline itself, the info line under
        head = scan.head
        if head is not None and title and title not in self.clean[:head]:
            head = None
        end = next((i for i in (self.dateline_idx, head, self.text_start) if i is not None),
                   len(self.lines))
        start = self._headline_line(title, end) + 1 if title else max(0, end - 8)
        # a box classed ``footer`` between headline and text is the article's own (TYPO3's
        # ``news-single-item > .footer`` with the date): no page footer stands above the text
        # a person's card (a columnist's name and position) is neither credit nor info line,
        # nor is a link to the story in another language (``Read in English``), nor a note
        # that the text was edited (``Материал дополнен``: no rubric)
        # the info line printed between a lead apart and the text's box is here too
        lines = [*range(start, end), *([scan.info] if scan.info is not None else [])]
        return [i for i in lines if self.clean[i] and self.clean[i] != title
                and not N.is_edit_note(self.clean[i])
                and self.own_edge(self.lines[i].element)
                and not self.in_person_card(self.lines[i].element)
                and not self.lang_switch(self.lines[i], self.clean[i])]

    def _headline_line(self, title: str, end: int) -> int:
        """The headline's line above line ``end``. The headline repeated as the text's first
        paragraph, right above ``end``, is not it: the shown one is further up, over the
        info line (a region that would hold nothing but the repeat would lose the date)."""
        found = [i for i in range(end - 1, -1, -1) if self.clean[i] == title][:2]
        if not found:
            return max(-1, end - 9)
        if len(found) == 2 and not any(self.clean[k] for k in range(found[0] + 1, end)):
            return found[1]
        return found[0]

    @cached_property
    def info(self) -> P.InfoLine | None:
        # a comment counter or a reading time in the info line would read as its rubric
        # or count; a photo's credit or caption, a source line, or a line of prose (a
        # lead), is not of it
        kept = [(i, self.with_year(W.READING_TIME.sub(" ", W.COMMENT_COUNT.sub(
                    "", self._info_text(i))).strip()))
                for i in self.region if not W.PHOTO_LABEL.match(self.clean[i])
                and not self.other_field_line(self.clean[i])
                and not W.is_prose(self.clean[i])
                and not is_caption(self.lines[i].element, self.text)
                and not self._box_heading(self.lines[i].element)
                and not self.reader_heading(i)
                and not self._credit_box(self.lines[i].element, self.clean[i])]
        parts = with_labels([(self.lines[i].element, part) for i, part in kept
                             if part.strip(" •·|")])
        # a rubric in an element of its own (``<span>Мир спорта</span>``) is whole
        names = P.AnyOf(self.element_names([i for i, _ in kept]), self.rubric_names)
        bare = None  # a line read as a date and nothing else
        for i in range(len(parts)):
            info = labelled_info(split_chunks(" | ".join(parts[i:]))) or sane(
                P.parse_info_line(" ".join(parts[i:]), W.VIEWS_UNIT, _head_rubric, names))
            if info and (info.views is not None or info.category or info.tags) and \
                    (bare is None or info.date is not None):
                return info
            # a byline's date (``Feb 29, 2024 ∙ Paid``) above the info line: read on for a
            # dated line holding more (labelled rows after a date's are its other fields)
            bare = bare or info
        return bare or self._row_atop_text() or details_row(self.index, self.clean)

    def _credit_box(self, el: etree._Element, text: str) -> bool:
        """Line ``text`` of block ``el`` is printed whole in a box classed as a picture's
        credit (``<span class="m-detail-header--image-attribution">Amy K. Dragoo/AIMMEDIA``,
        ``photo-credit``): the photo's, never the info line's rubric or tags. A line with a
        digit is none (a ``refs-credits`` box holding the date is the info line's)."""
        return not _DIGIT.search(text) and any(
            _CREDIT_CLASS.search(d.get("class") or "") and self.text(d) == text
            for d in el.iter(etree.Element))

    @staticmethod
    def other_field_line(text: str) -> bool:
        """A line of a field the info line does not hold: a source's (``Источник: X``, ``По
        материалам X``) or an author's (``Автор: X``, ``By X``); never its rubric or tags."""
        return S.SOURCE_LINE.match(text) is not None or W.is_byline(text) or \
            P.source_from_clean_line(text) is not None

    def _row_atop_text(self) -> P.InfoLine | None:
        """A short row opening with a date where the text starts (``21 января 2022, 10:20 ·
        248 Общество``: a card's details under its headline, read as the text's first line
        when nothing marks where the text begins): the info line, not a paragraph."""
        start = self.body_scan().start
        text = self.clean[start] if start is not None and start != self.dateline_idx else ""
        if not text or len(text) > MAX_ROW_ATOP or W.is_prose(text):
            return None
        if P.date_stamp(text) is None and not _head_rubric(P.rubric_before_date(text) or ""):
            return None
        return sane(P.parse_info_line(text, W.VIEWS_UNIT, _head_rubric, self.rubric_names))

    def reader_heading(self, i: int) -> bool:
        """Line ``i`` heads a block of readers' content or most-read stories (a reader's
        opinion, a poll, comments): by its words (``W.READER_HEADING``), or as a heading in a
        box so classed (``W.READER_BOX``); it is never the rubric."""
        if W.READER_HEADING.fullmatch(self.clean[i]):
            return True
        el: etree._Element | None = self.lines[i].element
        if el is None or el.tag not in HEADINGS:
            return False
        for _ in range(READER_BOX_DEPTH):
            if el is None:
                break
            if W.READER_BOX.search(el.get("class") or ""):
                return True
            el = el.getparent()
        return False

    def _box_heading(self, el: etree._Element) -> bool:
        """A ``<dt>`` over ``<dd>``s that carry labels of their own (Joomla: ``<dt>Details
        </dt><dd>Written by: X</dd><dd>Published: …</dd>``) heads the box; it is no value."""
        if el.tag != "dt":
            return False
        after = el.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        return after is not None and after.tag == "dd" and ":" in self.text(after)[:MAX_LABEL + 2]

    @cached_property
    def _not_info(self) -> list[etree._Element]:
        """``W.NOT_INFO``, and like and comment counters (``a.like-button``): their counts,
        run together on one line, would read as the view count."""
        reactions = [el for m in S.REACTION_CLASS.finditer(self.class_text)
                     for el in self.index.with_class(m[0])]
        return [*(el for css in W.NOT_INFO for el in self.index.css(css)), *reactions]

    def _info_text(self, i: int) -> str:
        """Line ``i`` without a modified date or byline inside it (``W.NOT_INFO``, an author's
        link: ``_byline_link``); its parts printed in elements of their own with nothing
        between them (``<span>15 Июля 2019</span><span>Культура</span>``: CSS spaces them)
        read as apart."""
        text, own = self._spaced(i), self.lines[i].element
        for el in self._not_info:
            if own in el.iterancestors():
                part = self.text(el)
                text = text.replace(part, " ", 1) if part else text
        for link in own.iter("a"):
            if _byline_link(link, own):
                part = self.text(link)
                text = text.replace(part, " ", 1) if part else text
        if "нформ" in text or "nformation" in text or "қпарат" in text:
            text = _OUTLET_NAME.sub(" ", text)
        low = text.lower()
        if any(needle in low for needle in _MODIFIED_NEEDLES):
            text = W.MODIFIED_PART.sub(" ", text)
        return self.index.clean(text) if text != self.clean[i] else text

    def _spaced(self, i: int) -> str:
        """Line ``i``, a space put where two of its element's children meet letter to letter
        (``2019</span><span>Культура``); the line as it is unless it is that whole element."""
        text, el = self.clean[i], self.lines[i].element
        if len(el) < 2 or self.text(el) != text:
            return text
        out = el.text or ""
        glued = False
        for child in el:
            for piece in ("".join(child.itertext()) if isinstance(child.tag, str) else "",
                          child.tail or ""):
                if piece and out and out[-1].isalnum() and piece[0].isalnum():
                    out, glued = f"{out} {piece}", True
                else:
                    out += piece
        return self.index.clean(out) if glued else text
