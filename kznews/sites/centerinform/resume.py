"""Where the body scan's text goes on past a block printed inside it.

``ResumeMixin`` tells the body scan (``scan.ScanMixin.collect``) where the text resumes after a
"read also" block or a box between two paragraphs (the most read stories, a poll, a reader's
opinion, an aside), or that nothing of the text follows and the block ends it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kznews import processors as P
from kznews.extract.text import is_inside
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.blocks import HEADINGS, box_in_text, in_text_box, list_under

MAX_SIGNUP_ALONE = 60  # characters: a sign-up call on a line of its own, not a sentence
MAX_SIGNUP_BOX = 6  # lines: a sign-up box is a few; a longer box holds text

if TYPE_CHECKING:
    from kznews.extract.text import Line
    from kznews.sites.centerinform.page import ArticlePage

MAX_LINKED = 3  # a paragraph after a block is text when links hold less than a third of it
MIN_SOURCE_RESUME = 4  # words: the text going on past a mid-text source line is sentences
RESUME_LINES = 8  # lines after an interrupting box where the text must go on
# a list item's shape: it starts lower-case or ends in a list's punctuation; a capitalised
# line ending in a full stop is one only as a list's element (``<li>``): in a paragraph it
# is as likely another story's title (``Токаев принял посла Японии.``), and ``...`` or ``…``
# ends a title cut short
_LIST_ITEM = re.compile(r"^[a-zа-яёәғқңөұүһі]|[;,:]$")
_ITEM_STOP = re.compile(r"(?<![.…])\.$")


class ResumeMixin:
    """Methods of ``ArticlePage`` only: they read the page's lines and zones."""

    def _after_read_also(self: ArticlePage, i: int, stop: int) -> int:  # type: ignore[misc]
        """The line where the text goes on after a "read also" block inside the body (its
        label, its links, the rest of its own box skipped; more "read also" lines right after
        it are passed over like one), or -1 when nothing follows but links or furniture: then
        the block ends the body."""
        box = self.lines[i].element
        if self.zone(box) == "boundary":  # the label's own box (``div.read-also``) holds it all
            box = next((a for a in box.iterancestors() if self.zone(a) != "boundary"), box)
        for j in range(i + 1, min(stop, i + 8)):
            line, text = self.lines[j], self.clean[j]
            if not text or self.is_link_line(line, text) or (
                    self.zone(line.element) == "boundary" and box in line.element.iterancestors()
            ) or self._skipped(j) or W.READ_ALSO.match(text):  # a video, a photo, another link
                continue
            if self._prose(j) or P.source_from_clean_line(text) or self._list_goes_on(j, stop):
                return j
            # a sub-heading of the text goes on with it; over links it titles another block
            after = next((k for k in range(j + 1, min(stop, j + 4)) if self.clean[k]), None)
            heading = line.element.tag in HEADINGS and self.zone(line.element) is None
            return j if heading and after is not None and self._prose(after) else -1
        return -1

    def _list_goes_on(self: ArticlePage, j: int, stop: int) -> bool:  # type: ignore[misc]
        """Line ``j`` opens items of the text's own list (``applications are open until …;``:
        lines with no link, each starting lower-case or ending in a list's punctuation) that
        a paragraph of sentences follows: the text goes on, not another story's title."""
        for k in range(j, min(stop, j + RESUME_LINES)):
            line, text = self.lines[k], self.clean[k]
            if not text:
                continue
            if k > j and self._prose(k):
                return True
            if line.links or self.zone(line.element) is not None or \
                    line.element.tag in HEADINGS or not (
                        _LIST_ITEM.search(text) or
                        line.element.tag == "li" and _ITEM_STOP.search(text)):
                return False
        return False

    def _after_box(self: ArticlePage, i: int, stop: int, last: int,  # type: ignore[misc]
                   titled: bool = False) -> int:
        """The line where the text goes on after the box that holds line ``i`` and interrupts
        it (``blocks.box_in_text``: a most read block, a poll, a reader's opinion, an aside
        between two paragraphs; when ``titled``, line ``i`` may be a bare heading over the
        list of stories that is the box, ``blocks.list_under``), or -1 when no paragraph of
        the text follows the box in the text's own container: then the box ends the text."""
        box = box_in_text(self, i, last)
        if box is None and titled:
            box = list_under(self, i, last)
        if box is None:
            return -1
        j = i + 1
        while j < stop and is_inside(self.lines[j].element, box):
            j += 1
        for k in range(j, min(stop, j + RESUME_LINES)):
            line, text = self.lines[k], self.clean[k]
            if not text or self._skipped(k):
                continue
            if not in_text_box(line.element, box.getparent()):
                return -1
            if W.interruption(text) or self.zone(line.element) == "boundary":
                return self._after_box(k, stop, last)  # another box right after it
            return k if self._goes_on(k) or self._list_goes_on(k, stop) else -1
        return -1

    def _after_card(self: ArticlePage, i: int, stop: int, last: int) -> int:  # type: ignore[misc]
        """The line where the text goes on after a card linking one other story (a Ghost
        ``kg-bookmark-card``, a ``wp-embed`` card: its title, description and site name in a
        box between two paragraphs), or -1: a box linking several stories, a card with no
        paragraph of the text after it, a bare link line of the text's container, end it."""
        box = box_in_text(self, i, last)
        if box is None:
            return -1
        linked = {O.article_id(a.get("href") or "") for a in box.iter("a")} - {None, self.id}
        return self._after_box(i, stop, last) if len(linked) == 1 else -1

    def _goes_on(self: ArticlePage, k: int) -> bool:  # type: ignore[misc]
        """Line ``k``, after a box inside the text, is more of the text: a paragraph of
        sentences (however short, a link inside it or not) or the source line."""
        line, text = self.lines[k], self.clean[k]
        if self.zone(line.element) is not None or line.element.tag in HEADINGS or \
                W.ends_body(text) or self.is_link_line(line, text):
            return False
        return self._prose(k) or W.is_prose(text) or P.source_from_clean_line(text) is not None

    def _after_signup(self: ArticlePage, i: int, stop: int, last: int) -> int:  # type: ignore[misc]
        """The line after the sign-up box whose call is line ``i`` (a box of a few lines beside
        the text's paragraphs: the call, what it offers, the e-mail form); a call on a short
        line of its own is skipped alone; -1 for a longer line without a box: it is text."""
        box = box_in_text(self, i, last)
        if box is None:
            return i + 1 if len(self.clean[i]) <= MAX_SIGNUP_ALONE else -1
        j = i + 1
        while j < stop and is_inside(self.lines[j].element, box):
            j += 1
        return j if j - i <= MAX_SIGNUP_BOX else i + 1

    def _skipped(self: ArticlePage, j: int) -> bool:  # type: ignore[misc]
        """Line ``j`` is one the text's run passes over: furniture, a photo's credit or
        caption."""
        line, text = self.lines[j], self.clean[j]
        return self.zone(line.element) == "noise" or self.no_text(text) or (
            W.PHOTO_LABEL.match(text) is not None and len(text) < 80) or \
            self.caption(line.element, text)

    def _prose(self: ArticlePage, j: int) -> bool:  # type: ignore[misc]
        """Line ``j`` reads as a paragraph of article text."""
        line, text = self.lines[j], self.clean[j]
        return (self.zone(line.element) is None and line.element.tag not in HEADINGS
                and len(text) >= 40 and W.SENTENCE_END.search(text) is not None
                and not W.ends_body(text) and not self._mostly_linked(line, text))

    def _mostly_linked(self: ArticlePage, line: Line, text: str) -> bool:  # type: ignore[misc]
        """A teaser's line is its link; a paragraph may link a word or a name of its own
        (``… selected by <a>CLPS</a> in 2018 …``) and is still text."""
        if not line.links:
            return False
        linked = sum(len(self.text(a)) for a in line.links)
        return MAX_LINKED * linked > len(text)

    def text_after_source(self: ArticlePage, i: int, j: int) -> bool:  # type: ignore[misc]
        """The paragraph at line ``j``, the first the scan kept past the source line ``i``
        (``Источник: X`` in the middle of the text), is more of the text: a line of sentences
        in the source line's own container (its block's parent, or the box around a block
        wrapping the source line alone: a page builder's block) — not a related story, a
        comment or the page's next box."""
        text = self.clean[j]  # a sentence, or a list's lead-in (``… на следующие цели:``)
        if len(text.split()) < MIN_SOURCE_RESUME or W.SITE_RIGHTS.search(text) or not (
                W.SENTENCE_END.search(text) or text.endswith(":")):
            return False
        box = self.lines[i].element.getparent()
        if box is not None and self.index.clean(self.text(box)) == self.clean[i]:
            box = box.getparent()
        return box is not None and box.tag not in ("body", "html") and \
            is_inside(self.lines[j].element, box)
