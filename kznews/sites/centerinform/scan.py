"""The body scan of an ic24.kz article page: where a candidate body starts and ends.

``ScanMixin.collect`` reads body paragraphs from a run of the page's lines and tells what the
run ended on (``BodyScan``): a tags or source line, a links block, the page's furniture. Its
helpers tell notes, trailers, captions, "read also" blocks, link lines and bylines apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from lxml import etree

from kznews import processors as P
from kznews.extract import notes
from kznews.extract.labels import LIST_SEP, row_values
from kznews.extract.layout import is_caption, is_share_line, under_image
from kznews.extract.slides import gallery_boxes, slide_furniture, styled_caption
from kznews.extract.tail import (
    MAX_TRAILER,
    drop_pull_quotes,
    in_figure,
    in_quote,
    is_trailer,
    table_cell,
)
from kznews.extract.text import Line, is_inside
from kznews.sites.centerinform import linked as L
from kznews.sites.centerinform import notices as N
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.blocks import (
    LINK_DEPTH,
    ends_in_teasers,
    heads_teasers,
    link_around,
    repeated_lead,
    without_dateline,
)
from kznews.sites.centerinform.fieldsblock import fields_after_heading
from kznews.sites.centerinform.resume import ResumeMixin

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage


MAX_CAPTION = 300  # characters: a longer line under a photo is a paragraph
MAX_LABEL = 24  # characters: ``Источник:``, ``Дереккөз:``, ``Source:``
_BULLETS = frozenset("▪▫•·◦■□●○►▸»›*-–—")  # a list's item mark printed as text
_CELL_LINE = frozenset({"td", "th", "p", "div", "span"})  # a line's block in a table's cell


MAX_CREDIT_LINE = 80  # characters: a longer line opening with ``Фото`` is a sentence
MAX_AUTHOR_CREDIT = 24  # characters: ``Photo by the author`` and no more
MAX_CONTROLS = 60  # characters: a script's controls (``Назад Далее``, ``Показать ещё``)
_DEAD_HREF = re.compile(r"\s*(?:#!?\s*$|javascript:)", re.I)
"""A link's target that leads nowhere: the page's script handles the click."""
_PICTURE_BOX = re.compile(r"credit|photo|foto|image|img|picture|gallery|caption|media", re.I)
_PICTURE_DEPTH = 3  # the line's block and two boxes around it (figure > div > small)


def _rubric_label(text: str) -> bool:
    """A rubric's label and name over the text (``Рубрика: Политика``, ``Section: Incidents``,
    ``Санаты: Қоғам``): the page's details, not its first paragraph."""
    return len(text) <= MAX_LABEL + 60 and W.RUBRIC_LINE.match(text) is not None and \
        not W.is_prose(text)


def _counter(el: etree._Element, text: str) -> bool:
    """A bare count (``683``, ``19,9 тыс.``, ``1.2K``) in a box of counters or a footer
    (``signs.COUNTER_BOX``): a view or like counter, never a paragraph."""
    if len(text) > 16 or not text[:1].isdigit() or S.VIEWS_COUNT.match(text) is None:
        return False
    node: etree._Element | None = el
    for _ in range(S.COUNTER_DEPTH):
        if node is None:
            return False
        names = " ".join(filter(None, (node.get(a) for a in ("class", "id", *S.BUILDER_ATTRS))))
        if names and S.COUNTER_BOX.search(names.replace("_", " ")):
            return True
        node = node.getparent()
    return False


def by_picture(el: etree._Element, text: Callable[[etree._Element], str]) -> bool:
    """The line's block belongs to a picture: a caption, in a ``<figure>`` or a box classed as
    a photo's or its credit's (``fimage__credit``, ``photo-credit``), or right under an
    image."""
    node: etree._Element | None = el
    for _ in range(_PICTURE_DEPTH):
        if node is None:
            break
        if node.tag == "figure" or _PICTURE_BOX.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return is_caption(el, text) or under_image(el, text)


@dataclass
class BodyScan:
    """Body paragraphs read from a run of lines, and what the run ended on."""

    paras: list[str]
    start: int | None = None  # line of the first paragraph
    end: int | None = None  # line that ended the body
    tags: list[str] = field(default_factory=list)  # a ``Теги:``/hashtag line that ended it
    source: str | None = None  # an ``Источник:`` line that ended it
    credit: str | None = None  # a short ``Фото:`` line inside it
    caption_credit: str | None = None  # the credit a photo's caption inside it ends with
    dateline: P.Dateline | None = None  # cut off its lead (JSON-LD articleBody, a wire's dateless)
    stamp: date | None = None  # a date element opening the first paragraph, cut off it
    head: int | None = None  # line of the headline printed again over the text, skipped
    gaps: list[range] = field(default_factory=list)  # lines of boxes inside it, passed over
    bracketed: str | None = None  # ``… месяце. (КазТАГ)``: the source closing the text, cut off
    contacts: int | None = None  # line of a release's contacts heading the text ends with
    info: int | None = None  # line of the info line between a lead apart and the text, skipped


@dataclass(frozen=True)
class _Without:
    """The lines of ``run`` but line ``left_out``."""

    run: range
    left_out: int

    def __contains__(self, i: object) -> bool:
        return i != self.left_out and i in self.run


def copyright_source(text: str) -> str | None:
    """``© Интерфакс-Казахстан`` after the text, away from any picture: the text's source (a
    site's notice, ``© 2026 …``, or the outlet's own name, none)."""
    return P.copyright_credit(text, O.AGENCY)


MAX_DATELINE = 80  # characters: a dateline's place, date and the outlet's name
_DIGIT = re.compile("[0-9]")


def cut_repeated_dateline(text: str, dateline: P.Dateline | None) -> str:
    """A paragraph after the first opening with the page's dateline again in full, the
    outlet's name in it (``Алматы. 18 октября. Центр информации - …`` pasted twice): the words
    after it; any other opening (another place or day, no outlet's name) is text."""
    if dateline is None or not text[:1].isupper() or not _DIGIT.search(text[:MAX_DATELINE]):
        return text
    dl, rest = O.split_dateline(text)
    if dl is None or not rest or not text.endswith(rest) or \
            (dl.place, dl.day, dl.month) != (dateline.place, dateline.day, dateline.month):
        return text
    return rest if O.names_outlet(text[:-len(rest)]) else text


MIN_PASTED_TWICE = 40  # characters: a shorter line repeated is a refrain, a list's, a ``***``


def pasted_twice(text: str) -> bool:
    """A paragraph printed again right after itself is pasted twice and counts once when it is
    a long one of sentences; a short line repeated (a refrain, a list's item, ``***``) is
    meant."""
    return len(text) >= MIN_PASTED_TWICE and W.is_prose(text)


def cut_dashed_source(scan: BodyScan, firsts: list[int]) -> None:
    """``Источник - EU Reporter`` as the text's last paragraph (a dash for the label's colon)
    is its source, not text; in the middle of the text such a line is a sentence."""
    if scan.source or len(scan.paras) < 2:
        return
    name = P.dashed_source_line(scan.paras[-1])
    if name is not None:
        scan.source, scan.end = name, firsts[len(scan.paras) - 1]
        del scan.paras[-1]


CONTACTS_REACH = 3  # paragraphs: a contacts heading, then a name or two, before the trailers


def cut_bracketed_source(scan: BodyScan) -> BodyScan:
    """A source in brackets after the text's last sentence (``P.bracketed_source``) is no text."""
    found = P.bracketed_source(scan.paras[-1]) if scan.paras else None
    if found is not None:
        rest, scan.bracketed = found
        if rest:
            scan.paras[-1] = rest
        elif len(scan.paras) > 1:  # the bracket on a line of its own
            del scan.paras[-1]
        else:
            scan.bracketed = None
    return scan


_CITE_DASH = re.compile(r"^[\s—–-]+")
MAX_CITE = 120  # characters of a quote's closing name (a person, a post, a book)


def quote_cite(el: etree._Element, text: str) -> etree._Element | None:
    """The ``<blockquote>`` whose line ``text`` (of block ``el``) is nothing but the name
    the quote closes with: a ``<cite>`` after its paragraphs (WordPress's ``wp-block-quote``),
    or a block of the quote holding only one (``<footer>— <cite>X</cite></footer>``)."""
    if len(text) > MAX_CITE:
        return None
    quote = el if el.tag == "blockquote" else el.getparent()
    if quote is None or quote.tag != "blockquote":
        return None
    cites = [c for c in el if c.tag == "cite"]
    if len(cites) != 1 or (el is quote and len(quote) < 2):
        return None
    name = P.clean_text("".join(cites[0].itertext()))
    return quote if name and _CITE_DASH.sub("", text) == _CITE_DASH.sub("", name) else None


MIN_DIGEST = 3  # lines of a digest: its intro or first entry, and two entries more
EARLIER = re.compile(
    r"\W*(?:ранее|напомним|как\s+(?:уже\s+)?(?:сообщал|писал)|подробнее|previously|earlier|"
    r"as\s+(?:we\s+)?(?:previously\s+)?reported|бұған\s+дейін|еске\s+сала|толығырақ)", re.I)
"""A lead-in to earlier stories (``Ранее сообщалось:``, ``Напомним:``, ``Previously:``,
``Бұған дейін хабарланғандай:``): the links under it are other stories, no digest's list."""
_ITEM_TAGS = frozenset({"p", "li", "div"})
DIGEST_NAME = re.compile(
    r"(?:главн\w*|важн\w*|основн\w*)(?:\s+(?:новост|событи|тем)\w*)?(?:\s+(?:за\s+)?"
    r"(?:дня|недели|месяца|года|сегодня|неделю|день|утра|вечера))?|(?:новости|события|итоги)\s+"
    r"(?:дня|недели|за\s+(?:день|неделю))|(?:дайджест|обзор)\s+(?:новостей|событий|дня|"
    r"недели|прессы)|дайджест|коротко\s+о\s+главном|(?:the\s+)?(?:day|week)['’]s\s+"
    r"(?:top\s+)?(?:news|stories|headlines)|(?:top|main)\s+(?:news|stories|headlines)"
    r"(?:\s+of\s+the\s+(?:day|week))?|(?:news\s+)?digest|(?:күннің|аптаның)\s+(?:басты\s+)?"
    r"жаңалықтар\w*|басты\s+жаңалықтар\w*", re.I)
"""A digest's own heading as its intro, with no colon (``Главные новости дня``, ``Итоги
недели``, ``Дайджест новостей``, ``Top stories of the day``, ``Күннің басты жаңалықтары``)."""


def digest_heading(intro: str) -> bool:
    """``intro`` names a digest and is no sentence (no closing full stop)."""
    return DIGEST_NAME.fullmatch(intro.rstrip(" !…")) is not None


def _list_level(el: etree._Element) -> etree._Element | None:
    """The box a digest's line stands in: a list item's list's, a paragraph's own."""
    box = el.getparent()
    if el.tag == "li" and box is not None and box.tag in {"ul", "ol"}:
        box = box.getparent()
    return box


def _passed(scan: BodyScan, i: int, resume: int) -> bool:
    """The text goes on at line ``resume`` past the box at line ``i`` (its lines are kept in
    ``scan.gaps``: not the text's), else the box ends the text."""
    if resume > i:
        scan.gaps.append(range(i, resume))
        return True
    scan.end = i
    return False


class ScanMixin(ResumeMixin):
    """Body scans of ``ArticlePage``: methods only, they read the page's lines and zones."""

    def collect(self: ArticlePage, start: int, stop: int) -> BodyScan:  # type: ignore[misc]
        """Body paragraphs from ``start`` until the source line, tags line or links block."""
        scan = BodyScan([], end=stop)
        resume = -1
        firsts: list[int] = []  # the line each paragraph starts at
        cell: etree._Element | None = None  # the table cell the last paragraph ends with
        foot = self.note_lines
        quotes: list[int] = []  # the paragraphs printed as a quote
        clock: tuple[int, str] | None = None  # a live blog's update's time, over its text
        marked: tuple[int, str] | None = None  # a ``© X`` line away from any picture
        held: tuple[int, BodyScan, tuple[int, str] | None] | None = None  # the scan at a source
        for i in range(start, stop):
            line, text = self.lines[i], self.clean[i]
            if not text or i < resume or i in foot or self.in_person_card(line.element):
                continue
            if self.lang_switch(line, text):  # ``Read in English``: another version's link
                continue
            if N.is_clock(text) and self._clock_over(i, stop):
                clock = (i, text)
                continue
            here = table_cell(line.element) if line.element.tag in _CELL_LINE else None
            if here is not None and in_figure(here):  # a figure's data table, not the text
                continue
            if here is not None and cell is not None and here is not cell and \
                    here.getparent() is cell.getparent():  # a table's row is one line of text
                scan.paras[-1] = f"{scan.paras[-1]} {text}"
                cell = here
                continue
            quote = quote_cite(line.element, text) if scan.paras else None
            if quote is not None and quote in self.lines[firsts[-1]].element.iterancestors():
                # the name a quote closes with (``<cite>``): its paragraph's, as it is read
                scan.paras[-1] = f"{scan.paras[-1]} — {_CITE_DASH.sub('', text)}"
                continue
            if scan.paras and W.READ_ALSO.match(text) and not (
                    not line.links and N.reported(text)):  # ``Читайте также …, напомнили в …``
                resume = self._after_read_also(i, stop)
                if resume < 0 and self._beyond_text_box(i, firsts[-1]):
                    # its box between two of a builder's text blocks (a box of other
                    # stories inside the text's own container ends the text, as ever)
                    resume = self._after_box(i, stop, firsts[-1])
                if resume > i:  # its links are other stories, not the text's
                    scan.gaps.append(range(i, resume))
                    continue
                scan.end = i  # nothing but links after it: the block ends the text
                break
            if scan.paras and W.is_signup(text):
                resume = self._after_signup(i, stop, firsts[-1])
                if resume > i:  # a newsletter's box between paragraphs, passed over
                    scan.gaps.append(range(i, resume))
                    continue
            where = self.zone(line.element) if i != self.dateline_idx else None
            if where == "boundary" and not scan.paras:
                continue  # a box of other stories atop the text's box (Slate's recirculation)
            if where == "boundary":
                resume = self._after_box(i, stop, firsts[-1])
                if _passed(scan, i, resume):
                    continue
                break
            if where == "noise" or self.no_text(text) or _counter(line.element, text) or \
                    (line.links and self.dead_controls(line, text)) or \
                    slide_furniture(line.element, text, self.gallery_boxes) or (
                    not scan.paras and (W.is_byline(text) or P.is_date_row(text) or
                                        N.is_labelled_date_row(text) or _rubric_label(text) or
                                        W.TEXT_LABEL.fullmatch(text) is not None or
                                        S.is_details_row(text) or
                                        S.is_fact_line(line.element, text))):
                continue
            if len(firsts) == 1 and scan.info is None and \
                    self._info_after_lead(firsts[0], line.element, text):
                scan.info = i
                continue
            block = fields_after_heading(self, i, stop) if scan.paras else None
            if block is not None:  # ``Дополнительная информация`` over labelled fields
                for j in block[1:]:
                    scan.source = scan.source or P.source_from_clean_line(self.with_value(j, stop))
                resume = block.stop
                if _passed(scan, i, resume):
                    continue
                break
            kind = W.interruption(text) if scan.paras else None
            if kind is not None:
                resume = self._after_box(i, stop, firsts[-1], titled=kind == "block")
                if resume < 0 and kind == "block":  # a heading over links in lines of its own
                    resume = self._after_read_also(i, stop)
                if _passed(scan, i, resume):
                    continue
                break
            if not scan.paras and text == self.headline:
                scan.head = i if scan.head is None else scan.head
                continue
            if W.TAGS_LABEL.match(text) or W.is_hashtag_line(text):
                linked = [self.text(a).lstrip("#") for a in line.links]
                if LIST_SEP.search(text):  # ``Теги: a, b | Категория: X``: its own part only
                    linked = list(row_values(self.index, text, line.links, S.FIELD_LABEL).get(
                        "tags", linked))
                scan.tags = P.split_tags(linked or [W.TAGS_LABEL.sub("", text)])
                scan.end = i
                break
            if scan.paras and len(text) < MAX_AUTHOR_CREDIT and text[:1] in "ФфPp" and \
                    (phrase := W.CREDIT_PHRASE.match(text)) and phrase["author"]:
                # ``Фото автора`` under a paper's signature: the signed name took the photos
                scan.credit = scan.credit or W.signature_name(scan.paras[-1])
                continue
            if W.PHOTO_LABEL.match(text) and len(text) < MAX_CREDIT_LINE and not (
                    text.startswith("©") and N.reported(text)) and not (
                    P.caption_line(text)):  # a photo's credit (``Photo: a man walks …``: text)
                if text.startswith("©") and not by_picture(line.element, self.text):
                    marked = (len(scan.paras), text)  # the text's, when no text follows it
                    continue
                scan.credit = scan.credit or self.line_credit(line.element, text)
                continue
            if W.CREDIT_PHRASE.match(text) and len(text) < MAX_CREDIT_LINE and \
                    O.photo_credit(text):  # ``Фото пресс-службы МВД``
                scan.credit = scan.credit or O.photo_credit(text)
                continue
            if self.caption(line.element, text):
                scan.caption_credit = scan.caption_credit or O.caption_credit(text)
                continue
            if W.ends_body(text) or S.is_details_row(text):
                scan.end = i
                break
            if heads_teasers(self, i):  # other stories: between two paragraphs, passed over
                resume = self._after_box(i, stop, firsts[-1]) if scan.paras else -1
                if _passed(scan, i, resume):
                    continue
                break
            source = P.source_from_clean_line(self.with_value(i, stop))
            if source and not scan.paras:  # over the text (``По материалам X``): it follows
                scan.source = scan.source or source
                resume = self._after_label(i, stop)
                continue
            if source and held is None and scan.paras:  # the text may go on past it
                scan.source = source
                held = (i, replace(scan, end=i, paras=list(scan.paras), gaps=list(scan.gaps)),
                        marked)
                resume = self._after_label(i, stop)
                continue
            if source:
                scan.source, scan.end = scan.source or source, i
                break
            if scan.paras and (self.is_link_line(line, text) or
                               ends_in_teasers(self, i, scan.start)):
                # a card linking one other story between two paragraphs is passed over
                if _passed(scan, i, self._after_card(i, stop, firsts[-1])):
                    continue
                break
            if len(firsts) == 1 and self._lead_again(firsts[0], line.element, text,
                                                     scan.paras[0]):
                continue
            if scan.paras and i != self.dateline_idx:
                text = cut_repeated_dateline(text, self.line_dateline)
                if text == scan.paras[-1] and pasted_twice(text):
                    continue
            if not scan.paras:
                scan.start = i
            if in_quote(line.element):
                quotes.append(len(scan.paras))
            if clock is not None and clock[0] == i - 1:
                text = f"{clock[1]} {text}"
            scan.paras.append(text)
            firsts.append(i)
            cell = here
        if held is not None and not (len(firsts) > len(held[1].paras) and self.text_after_source(
                held[0], firsts[len(held[1].paras)])):  # the source line ends the text
            scan, marked = held[1], held[2]
            del firsts[len(scan.paras):]
            quotes = [q for q in quotes if q < len(scan.paras)]
        if quotes:
            drop_pull_quotes(scan.paras, firsts, quotes)
        scan = self._cut_trailers(scan, firsts)
        if len(scan.paras) == 1 and scan.start is not None:
            self._digest(scan, stop)
        scan = cut_bracketed_source(scan)
        cut_dashed_source(scan, firsts)
        if marked is not None and marked[0] >= len(scan.paras) and not scan.source:
            scan.source = copyright_source(marked[1])
        if foot and scan.start is not None:
            self._add_notes(scan, foot, firsts[:len(scan.paras)])
        return scan

    def _beyond_text_box(self: ArticlePage, i: int, last: int) -> bool:  # type: ignore[misc]
        """Line ``i`` lies outside the box holding the text's last paragraph (line ``last``):
        in a builder's next block, not beside the paragraphs."""
        box = self.lines[last].element.getparent()
        return box is not None and not is_inside(self.lines[i].element, box)

    def _info_after_lead(self: ArticlePage, lead: int,  # type: ignore[misc]
                         el: etree._Element, text: str) -> bool:
        """Line ``text`` (of block ``el``) is the info line (``29 February 2024 0 Incidents
        Almaty, tourism``) printed between a lead apart (line ``lead``: a description over the
        text) and the text's box: no paragraph of the text. A bare ``<p>`` beside the lead's
        is the text's own."""
        first = self.lines[lead].element
        return P.is_date_row(text) and not is_inside(el, first) and (
            first.getparent() is not el.getparent() or el.tag != "p" or bool(el.get("class")))

    def _lead_again(self: ArticlePage, lead: int, el: etree._Element,  # type: ignore[misc]
                    text: str, first: str) -> bool:
        """Line ``text`` (of block ``el``), right after a lead apart (line ``lead``, read as
        ``first``: a description over the text), prints that lead again (with or without the
        dateline): it counts once, as the lead's."""
        apart = self.lines[lead].element
        return apart.getparent() is not el.getparent() and not is_inside(el, apart) and \
            W.LEAD_CLASS.search(apart.get("class") or "") is not None and \
            repeated_lead(first, text) and \
            len(without_dateline(text)) <= len(without_dateline(first))

    def _digest(self: ArticlePage, scan: BodyScan, stop: int) -> None:  # type: ignore[misc]
        """A digest's own list is its text: a text of one paragraph that is itself a line of
        nothing but links (``<p><a>Headline 1</a></p><p><a>Headline 2</a></p>…``), or an intro
        announcing a list (ending in a colon), followed by such lines (``<p>``s or a list's
        items) in the same box, at least ``MIN_DIGEST`` lines in all. A read-also box under a
        story (a paragraph of sentences, its heading, a lead-in to earlier stories: ``Ранее
        сообщалось:``) is none: the text ends before it."""
        first = scan.start
        if first is None:
            return
        listed, intro = self._link_item(first), scan.paras[0]
        if not listed and (not (intro.endswith(":") or digest_heading(intro)) or
                           W.READ_ALSO.match(intro) or W.other_news(intro) or
                           EARLIER.match(intro)):
            return
        level = _list_level(self.lines[first].element)
        items: list[int] = []
        for i in range(first + 1, stop):
            if not self.clean[i]:
                continue
            if not self._link_item(i) or _list_level(self.lines[i].element) is not level:
                break
            items.append(i)
        if len(items) + listed < MIN_DIGEST:
            return
        scan.paras[1:] = [self.clean[i] for i in items]
        scan.end = items[-1] + 1

    def _link_item(self: ArticlePage, i: int) -> bool:  # type: ignore[misc]
        """Line ``i`` is a paragraph or a list's item of nothing but links (a digest's entry),
        outside furniture, no read-also label nor language switch."""
        line, text = self.lines[i], self.clean[i]
        return bool(line.links) and line.element.tag in _ITEM_TAGS and \
            self.zone(line.element) is None and not W.READ_ALSO.match(text) and \
            not self.lang_switch(line, text) and \
            self.index.clean(" ".join(self.text(a) for a in line.links)) == text

    @cached_property
    def headline(self: ArticlePage) -> str | None:  # type: ignore[misc]
        """The page's title: printed again as the text's first paragraph (a CMS editor's
        ``<p><strong>Headline</strong></p>``, a message's bold first line) it is no text."""
        return self.fields.value("title")

    @cached_property
    def gallery_boxes(self: ArticlePage) -> frozenset[etree._Element]:  # type: ignore[misc]
        """The page's sliders and galleries: their headings and counters are no text."""
        return gallery_boxes(self.index.class_tokens(), self.index.with_class)

    @cached_property
    def note_lines(self: ArticlePage) -> frozenset[int]:  # type: ignore[misc]
        """Lines of the footnotes the text's markers point to (``notes.note_lines``)."""
        return notes.note_lines(self.index, self.lines) if self.index.dropped else frozenset()

    def _add_notes(  # type: ignore[misc]
            self: ArticlePage, scan: BodyScan, foot: frozenset[int], firsts: list[int]) -> None:
        """The footnotes of the text are text, without their numbers, where the page prints
        them (after its paragraphs, or before a fact box closing it), up to the page's next
        furniture edge. ``firsts``: the line each paragraph starts at."""
        for i in range(scan.start or 0, len(self.lines)):
            if i not in foot:
                if i > (scan.end or 0) and self.zone(self.lines[i].element) == "boundary":
                    break
                continue
            text = notes.note_text(self.clean[i])
            if text and text not in scan.paras:
                at = bisect_left(firsts, i)
                scan.paras.insert(at, text)
                firsts.insert(at, i)

    def _cut_trailers(  # type: ignore[misc]
            self: ArticlePage, scan: BodyScan, firsts: list[int]) -> BodyScan:
        """The short labelled lines after the last paragraph (a signature, ``By Jane Doe`` too,
        a pointer to the original, a rating, a line of tag links, a rubric's ``Рубрика: X``,
        the heading of a box of other stories, ``Похожие материалы``) are no text: the body ends
        at the first. Under a release's contacts heading (``Контакты для СМИ:``) they are its
        contacts, text like the heading."""
        k = len(scan.paras)
        while k > 1 and firsts[k - 1] != self.dateline_idx and self._trailer(firsts[k - 1]):
            k -= 1
        if k < len(scan.paras) and not any(
                self._release_contact(i) for i in range(firsts[k - 1] + 1, firsts[-1] + 1)):
            # no release's contacts among them: a line of where, when or how to reach what
            # the story is about (``Часы работы: с 9:00 до 18:00``) is the story's
            while k < len(scan.paras) and N.SERVICE_INFO.match(self.clean[firsts[k]]):
                k += 1
        heading = next((j for j in range(k - 1, max(0, k - CONTACTS_REACH) - 1, -1)
                        if N.is_contacts_heading(scan.paras[j])), None)
        if heading is not None:
            scan.contacts = firsts[heading]
            return scan
        if k < len(scan.paras):
            del scan.paras[k:]
            scan.end = firsts[k]
        return scan

    def _trailer(self: ArticlePage, i: int) -> bool:  # type: ignore[misc]
        line, text = self.lines[i], self.clean[i]
        if len(text) > MAX_TRAILER:
            return False
        if N.HOTLINE.match(text):  # ``Телефон доверия: 8 (727) 254-40-00``: the story's
            return False
        label = S.FIELD_LABEL.match(text)
        if label is not None and not text[label.end():].strip(" :："):
            return True  # ``<dt>Category</dt>``: a field's label, its value a link after it
        if W.is_byline(text) or _rubric_label(text):  # ``By Jane Doe``, ``Рубрика — X``
            return True
        if W.PRINT_SIGNATURE.match(text):  # ``Айгуль САРСЕНОВА, Алматы``: a paper's signature
            return True
        if W.other_news(text) and not line.links:  # ``Похожие материалы``: its box's heading
            return True
        if S.press_signature(text):  # ``Пресс-служба акимата …``: the release's source
            return True
        unlinked = None
        if line.links:
            unlinked = text
            for a in line.links:
                unlinked = unlinked.replace(self.text(a), "", 1)
        elif self._link_wraps(line.element, text):
            unlinked = ""  # a pill: ``<a href="/tag/x"><div>x</div></a>``
        return is_trailer(text, unlinked, W.SENTENCE_END)

    def _release_contact(self: ArticlePage, i: int) -> bool:  # type: ignore[misc]
        """Line ``i`` is a release's contact: a press service's signature or a phone, fax or
        e-mail given under its label (``Тел.: …``, ``E-mail: …``); a line of where or how to
        reach what the story is about gives only its e-mail so."""
        text = self.clean[i]
        if S.press_signature(text):
            return True
        if N.SERVICE_INFO.match(text):  # ``Справки по телефону: …``: an e-mail only
            return "@" in text
        return N.CONTACT.search(text) is not None

    def _link_wraps(self: ArticlePage, el: etree._Element, text: str) -> bool:  # type: ignore[misc]
        """A link holds the line's block and nothing else (a tag pill, a button-like link)."""
        node = el.getparent()
        for _ in range(LINK_DEPTH):
            if node is None:
                return False
            if node.tag == "a":
                return self.text(node) == text
            node = node.getparent()
        return False

    def with_value(self: ArticlePage, i: int, stop: int) -> str:  # type: ignore[misc]
        """Line ``i``, or, when it is only a label (``Источник:``, a CMS field's label in a
        box of its own), the label and the line of its value."""
        text = self.clean[i]
        if not text.endswith(":") or len(text) > MAX_LABEL:
            return text
        after = next((j for j in range(i + 1, min(stop, i + 3)) if self.clean[j]), None)
        return text if after is None else f"{text} {self.clean[after]}"

    def _after_label(self: ArticlePage, i: int, stop: int) -> int:  # type: ignore[misc]
        """The line after line ``i``'s field: past its value's line when ``i`` is a bare label
        (``with_value``)."""
        if self.with_value(i, stop) == self.clean[i]:
            return i + 1
        return next(j for j in range(i + 1, stop) if self.clean[j]) + 1

    def lang_switch(self: ArticlePage, line: Line, text: str) -> bool:  # type: ignore[misc]
        """The line is a link to the story in another language: its words say so (``Читать
        на русском``), or it is one link carrying ``hreflang``."""
        if len(text) > W.MAX_LANG_SWITCH:
            return False
        if W.is_lang_switch(text):
            return True
        return len(line.links) == 1 and line.links[0].get("hreflang") is not None and \
            self.text(line.links[0]) == text

    def line_credit(self: ArticlePage, el: etree._Element, text: str) -> str | None:  # type: ignore[misc]
        """The credit a ``PHOTO_LABEL`` line names. A ``©`` line names a picture's author only
        by a picture (its caption, a figure or credit box, right under an image; there the
        outlet's own name too): elsewhere it stands for the text (a source's line)."""
        if not text.startswith("©"):
            return O.photo_credit(text)
        return O.photo_credit(text, own_name=True) if by_picture(el, self.text) else None

    def caption(self: ArticlePage, el: etree._Element, text: str) -> bool:  # type: ignore[misc]
        """A photo's caption (``layout.is_caption``), or a line right under an image that
        ends with its credit (``Участники мероприятия. Фото: akorda.kz``)."""
        # the credit first: a look at the line is cheaper than one at the blocks around it
        return len(text) <= MAX_CAPTION and (is_caption(el, self.text) or (
            (O.caption_credit(text) is not None or styled_caption(el, text)) and
            under_image(el, self.text)))

    @staticmethod
    def no_text(text: str) -> bool:
        """A line inside the text that is page furniture: a share line, a currency widget, an
        ad's label or a button, the typo prompt, a messenger promo, a video's caption, a
        column's disclaimer or a press release's contacts."""
        return is_share_line(text) or O.WIDGET_LINE.match(text) is not None or \
            W.is_body_furniture(text) or N.is_notice(text)

    def dead_controls(self: ArticlePage, line: Line, text: str) -> bool:  # type: ignore[misc]
        """A short line of nothing but links that lead nowhere (``href="#"``,
        ``javascript:…``): a script's controls (a slider's ``Назад``/``Далее``, run together
        when CSS alone sets them apart; ``Показать ещё``), no text. A sentence holding such a
        link (an editor's placeholder) stays text: the link is not the whole line."""
        if len(text) > MAX_CONTROLS or any(not _DEAD_HREF.match(a.get("href") or "x")
                                           for a in line.links):
            return False
        shown = "".join(self.text(a) for a in line.links)
        return "".join(shown.split()) == "".join(text.split())

    def _clock_over(self: ArticlePage, i: int, stop: int) -> bool:  # type: ignore[misc]
        """The time stamp at line ``i`` heads the text right under it in one box (a live
        blog's update: ``<div><time>15:40</time><p>…</p></div>``, or two siblings)."""
        if i + 1 >= stop or not self.clean[i + 1] or N.is_clock(self.clean[i + 1]):
            return False
        el, nxt = self.lines[i].element, self.lines[i + 1].element
        return is_inside(nxt, el) or nxt.getparent() is el.getparent()

    def is_link_line(self: ArticlePage, line: Line, text: str) -> bool:  # type: ignore[misc]
        """A line that is a badge or one link to another article (or inside one: a card the
        link wraps): the headline block starts. So is the story navigation's line, a
        previous/next label and one such link (``Предыдущая статья<a>…</a>``, the label run
        into the headline when a theme sets it apart by CSS alone)."""
        first, _, rest = text.partition(" ")
        if text.lower() in O.LANG_BADGES or link_around(self, line.element) is not None:
            return True
        links = [a for a in line.element.iter("a") if O.article_id(a.get("href") or "")]
        if not links:
            return False
        link_text = self.index.clean(" ".join(self.text(a) for a in links))
        return link_text == text or (first.lower() in O.LANG_BADGES and link_text == rest) or (
            first in _BULLETS and self._bullet_link(line, rest)) or (
            len(links) == 1 and len(link_text) < len(text) and text.endswith(link_text) and
            L.only_nav_label(text[:len(text) - len(link_text)]))

    def _bullet_link(self: ArticlePage, line: Line, rest: str) -> bool:  # type: ignore[misc]
        """``▪ <a>Title</a>``: a list's item printed as a line of its own (its mark as text,
        the items ``<br>``-separated in one block), one link to another article."""
        return len(line.links) == 1 and O.article_id(line.links[0].get("href") or "") is not None \
            and self.index.clean(self.text(line.links[0])) == rest

    @cached_property
    def body_lines(self: ArticlePage) -> Container[int]:  # type: ignore[misc]
        """The lines of the text the body rules found; not the info line printed between a
        lead apart and the text's box."""
        scan = self.body_scan()
        run = range(scan.start or 0, scan.end or 0)
        return run if scan.info is None else _Without(run, scan.info)
