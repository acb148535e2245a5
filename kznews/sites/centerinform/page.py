"""One article page of ic24.kz, indexed once, with the anchors its field rules share.

Anchors are facts about the page that several fields read: the dateline, a photo credit
glued to the lead, where a candidate body starts and ends (``BodyScan``), the lines between
headline and body, the info line, tag/rubric links. Each is worked out once, on first use,
and none of them writes a field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from lxml import etree

from kznews import processors as P
from kznews.extract import jsonld, notes
from kznews.extract.index import PageIndex
from kznews.extract.labels import LIST_SEP, Labelled, labelled_fields, row_values
from kznews.extract.layout import has_embed_class, is_caption, is_share_line, under_image
from kznews.extract.tail import MAX_TRAILER, drop_pull_quotes, in_quote, is_trailer, table_cell
from kznews.extract.text import Line
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform.blocks import (
    HEADINGS,
    ends_in_teasers,
    heads_teasers,
    link_around,
)
from kznews.sites.centerinform.info import details_row, labelled_info, sane, split_chunks

if TYPE_CHECKING:
    from kznews.extract.chain import Resolver

_DIGIT = re.compile("[0-9]")
MAX_CAPTION = 300  # characters: a longer line under a photo is a paragraph
MAX_LABEL = 24  # characters: ``Источник:``, ``Дереккөз:``, ``Source:``
_CELL_LINE = frozenset({"td", "th", "p", "div", "span"})  # a line's block in a table's cell
_MENU_TAGS = frozenset({"li", "ul", "ol", "nav", "menu"})
CHIP_REACH = 2  # lines above the headline where its rubric's link may stand


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
    dateline: P.Dateline | None = None  # JSON-LD articleBody: the dateline cut off its lead
    stamp: date | None = None  # a date element opening the first paragraph, cut off it


def _uncamel(credit: str | None) -> str | None:
    """``unsplashAstana hosts …`` -> ``unsplash``: a credit run into the next sentence."""
    if not credit:
        return credit
    match = re.search(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ][a-zа-яё])", credit)
    return credit[: match.start()] if match else credit


def _inline_widget(el: etree._Element) -> bool:
    """An inline element holding only currency rates (``<span>USD/KZT 0.0</span>``)."""
    text = el.text  # every rate names KZT: most inline elements are out after one look
    return bool(text) and "KZT" in text and el.tag in O.INLINE_TAGS and len(el) == 0 and \
        bool(O.WIDGET_LINE.match(text.strip()))


class ArticlePage:
    """The page index plus anchors; ``fields`` (a Resolver) is set by the article module."""

    fields: Resolver[ArticlePage]

    def __init__(self, html: str | bytes, url: str,
                 hints: Sequence[tuple[str, date]] = (), today: date | None = None) -> None:
        self.index = ix = PageIndex(html, _inline_widget, O.INLINE_TAGS, notes.markers)
        self.url = url
        self.id = O.article_id(url) or ""
        self.hints = list(hints)  # (label, date) to give a year-less dateline its year
        self.today = today or datetime.now(O.TIMEZONE).date()
        self.lines: list[Line] = ix.lines
        self.clean = [O.WIDGET_EDGE.sub("", t) if "KZT" in t else t for t in ix.clean_lines]
        self.ld: dict[str, Any] = jsonld.article_in(ix.jsonld) or {}
        self.meta = ix.meta
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

    def text(self, el: etree._Element) -> str:
        return self.index.text(el)

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
        """``text`` with a year-less date opening it written out in full (``2 марта, 13:50 …``
        -> ``02.03.2025 13:50 …``), so an info line holding it reads as any other."""
        stamp = P.yearless_stamp(text) if text[:1].isalnum() else None
        when = self.yearless(text) if stamp else None
        if stamp is None or when is None:
            return text
        shown = f"{when:%d.%m.%Y %H:%M}" if isinstance(when, datetime) else f"{when:%d.%m.%Y}"
        return f"{shown}{text[stamp[3]:]}"

    def zone(self, el: etree._Element) -> str | None:
        return self.index.zone(el)

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
            if not O.PHOTO_LABEL.match(text):
                continue
            tried += 1
            if tried > 3:  # the glued credit is near the top; don't scan a page of credits
                return None
            credit_text = next((t for t in map(self.text, self.lines[i].element.iterdescendants())
                                if O.PHOTO_LABEL.match(t) and len(t) < len(text)), None)
            if credit_text:
                rest = text[len(credit_text):].strip() if text.startswith(credit_text) else ""
                credit = O.photo_credit(credit_text)
            else:
                credit = _uncamel(O.photo_credit(text))
                rest = text.split(credit, 1)[1].strip() if credit and credit in text else ""
            if credit and rest:
                self.clean[i] = rest
                return credit
        return None

    # ------------------------------------------------------------------ body scans
    def collect(self, start: int, stop: int) -> BodyScan:
        """Body paragraphs from ``start`` until the source line, tags line or links block."""
        scan = BodyScan([], end=stop)
        resume = -1
        firsts: list[int] = []  # the line each paragraph starts at
        cell: etree._Element | None = None  # the table cell the last paragraph ends with
        foot = self.note_lines
        quotes: list[int] = []  # the paragraphs printed as a quote
        for i in range(start, stop):
            line, text = self.lines[i], self.clean[i]
            if not text or i < resume or i in foot:
                continue
            here = table_cell(line.element) if line.element.tag in _CELL_LINE else None
            if here is not None and cell is not None and here is not cell and \
                    here.getparent() is cell.getparent():  # a table's row is one line of text
                scan.paras[-1] = f"{scan.paras[-1]} {text}"
                cell = here
                continue
            if scan.paras and O.READ_ALSO.match(text):
                resume = self._after_read_also(i, stop)
                if resume > i:
                    continue
                scan.end = i  # nothing but links after it: the block ends the text
                break
            where = self.zone(line.element) if i != self.dateline_idx else None
            if where == "boundary":
                scan.end = i
                break
            if where == "noise" or self.no_text(text) or (not scan.paras and self.byline(text)):
                continue
            if O.TAGS_LABEL.match(text) or (text.startswith("#") and all(
                    w.startswith("#") for w in text.replace(",", " ").split())):
                linked = [self.text(a).lstrip("#") for a in line.links]
                if LIST_SEP.search(text):  # ``Теги: a, b | Категория: X``: its own part only
                    linked = list(row_values(self.index, text, line.links, O.FIELD_LABEL).get(
                        "tags", linked))
                scan.tags = P.split_tags(linked or [O.TAGS_LABEL.sub("", text)])
                scan.end = i
                break
            if O.PHOTO_LABEL.match(text) and len(text) < 80:  # a photo's credit inside the body
                scan.credit = scan.credit or O.photo_credit(text)
                continue
            if self.caption(line.element, text):
                scan.caption_credit = scan.caption_credit or O.caption_credit(text)
                continue
            if O.BODY_END.match(text) or heads_teasers(self, i) or O.is_details_row(text):
                scan.end = i
                break
            source = P.source_from_clean_line(self.with_value(i, stop))
            if source:
                scan.source, scan.end = source, i
                break
            if scan.paras and (self.is_link_line(line, text) or
                               ends_in_teasers(self, i, scan.start)):
                scan.end = i
                break
            if not scan.paras:
                scan.start = i
            if in_quote(line.element):
                quotes.append(len(scan.paras))
            scan.paras.append(text)
            firsts.append(i)
            cell = here
        if quotes:
            drop_pull_quotes(scan.paras, firsts, quotes)
        scan = self._cut_trailers(scan, firsts)
        if foot and scan.start is not None:
            self._add_notes(scan, foot)
        return scan

    @cached_property
    def note_lines(self) -> frozenset[int]:
        """Lines of the footnotes the text's markers point to (``notes.note_lines``)."""
        return notes.note_lines(self.index, self.lines) if self.index.dropped else frozenset()

    def _add_notes(self, scan: BodyScan, foot: frozenset[int]) -> None:
        """The footnotes after the text are text, after its paragraphs and without their
        numbers, up to the page's next furniture edge."""
        for i in range(scan.start or 0, len(self.lines)):
            if i not in foot:
                if i > (scan.end or 0) and self.zone(self.lines[i].element) == "boundary":
                    break
                continue
            text = notes.note_text(self.clean[i])
            if text and text not in scan.paras:
                scan.paras.append(text)

    def _cut_trailers(self, scan: BodyScan, firsts: list[int]) -> BodyScan:
        """The short labelled lines after the last paragraph (a signature, a pointer to the
        original, a rating, a line of tag links) are no text: the body ends at the first."""
        k = len(scan.paras)
        while k > 1 and firsts[k - 1] != self.dateline_idx and self._trailer(firsts[k - 1]):
            k -= 1
        if k < len(scan.paras):
            del scan.paras[k:]
            scan.end = firsts[k]
        return scan

    def _trailer(self, i: int) -> bool:
        line, text = self.lines[i], self.clean[i]
        if len(text) > MAX_TRAILER:
            return False
        unlinked = None
        if line.links:
            unlinked = text
            for a in line.links:
                unlinked = unlinked.replace(self.text(a), "", 1)
        return is_trailer(text, unlinked, O.SENTENCE_END)

    def with_value(self, i: int, stop: int) -> str:
        """Line ``i``, or, when it is only a label (``Источник:``, a CMS field's label in a
        box of its own), the label and the line of its value."""
        text = self.clean[i]
        if not text.endswith(":") or len(text) > MAX_LABEL:
            return text
        after = next((j for j in range(i + 1, min(stop, i + 3)) if self.clean[j]), None)
        return text if after is None else f"{text} {self.clean[after]}"

    def caption(self, el: etree._Element, text: str) -> bool:
        """A photo's caption (``layout.is_caption``), or a line right under an image that
        ends with its credit (``Участники мероприятия. Фото: akorda.kz``)."""
        # the credit first: a look at the line is cheaper than one at the blocks around it
        return len(text) <= MAX_CAPTION and (is_caption(el, self.text) or (
            O.caption_credit(text) is not None and under_image(el, self.text)))

    def _after_read_also(self, i: int, stop: int) -> int:
        """The line where the text goes on after a "read also" block inside the body (its
        label, its links, the rest of its own box skipped), or -1 when nothing follows but
        links or furniture: then the block ends the body."""
        box = self.lines[i].element
        if self.zone(box) == "boundary":  # the label's own box (``div.read-also``) holds it all
            box = next((a for a in box.iterancestors() if self.zone(a) != "boundary"), box)
        for j in range(i + 1, min(stop, i + 8)):
            line, text = self.lines[j], self.clean[j]
            if not text or self.is_link_line(line, text) or (
                    self.zone(line.element) == "boundary" and box in line.element.iterancestors()
            ) or self._skipped(j):  # a video or a photo between the block and the text
                continue
            if self._prose(j) or P.source_from_clean_line(text):
                return j
            # a sub-heading of the text goes on with it; over links it titles another block
            after = next((k for k in range(j + 1, min(stop, j + 4)) if self.clean[k]), None)
            heading = line.element.tag in HEADINGS and self.zone(line.element) is None
            return j if heading and after is not None and self._prose(after) else -1
        return -1

    @staticmethod
    def no_text(text: str) -> bool:
        """A line inside the text that is page furniture: a share line, a currency widget, an
        ad's label or a button, the typo prompt, a messenger promo, a video's caption."""
        return is_share_line(text) or O.WIDGET_LINE.match(text) is not None or \
            O.is_body_furniture(text)

    @staticmethod
    def byline(text: str) -> bool:
        """An author's line on top of the text (``O.AUTHOR_LINE``)."""
        return len(text) <= O.MAX_AUTHOR_LINE and O.AUTHOR_LINE.match(text) is not None

    def _skipped(self, j: int) -> bool:
        """Line ``j`` is one the text's run passes over: furniture, a photo's credit or
        caption."""
        line, text = self.lines[j], self.clean[j]
        return self.zone(line.element) == "noise" or self.no_text(text) or (
            O.PHOTO_LABEL.match(text) is not None and len(text) < 80) or \
            self.caption(line.element, text)

    def _prose(self, j: int) -> bool:
        """Line ``j`` reads as a paragraph of article text."""
        line, text = self.lines[j], self.clean[j]
        return (self.zone(line.element) is None and line.element.tag not in HEADINGS
                and len(text) >= 40 and O.SENTENCE_END.search(text) is not None
                and not O.BODY_END.match(text) and not line.links)

    def is_link_line(self, line: Line, text: str) -> bool:
        """A line that is a badge or one link to another article (or inside one: a card the
        link wraps): the headline block starts."""
        first, _, rest = text.partition(" ")
        if text.lower() in O.LANG_BADGES or link_around(self, line.element) is not None:
            return True
        links = [a for a in line.element.iter("a") if O.article_id(a.get("href") or "")]
        if not links:
            return False
        link_text = self.index.clean(" ".join(self.text(a) for a in links))
        return link_text == text or (first.lower() in O.LANG_BADGES and link_text == rest)

    @cached_property
    def class_text(self) -> str:
        """Every class token of the page, joined by spaces: one regex search tells whether
        the page has a class of a kind at all."""
        return " ".join(self.index.class_tokens())

    @cached_property
    def teaser_classes(self) -> bool:
        """The page has a box classed as a card or teaser somewhere (``O.TEASER_CLASS``)."""
        return O.TEASER_CLASS.search(self.class_text) is not None

    @cached_property
    def has_embed(self) -> bool:
        """The page holds a post of another site somewhere (``layout.EMBED_CLASS``)."""
        return has_embed_class(self.class_text)

    @cached_property
    def link_line(self) -> dict[etree._Element, int]:
        """The line each link of the page's lines is printed on."""
        return {a: line.index for line in self.lines for a in line.links}

    @cached_property
    def body_lines(self) -> range:
        """The lines of the text the body rules found."""
        scan = self.body_scan()
        return range(scan.start or 0, scan.end or 0)

    @staticmethod
    def in_aside(el: etree._Element) -> bool:
        return _aside(el)

    def own_edge(self, el: etree._Element) -> bool:
        """Outside page furniture, or at the page's edge in the post's own footer (a blog's
        ``post-footer`` with its date and labels), not in a sidebar or a list of others."""
        zone = self.zone(el)
        return zone is None or (zone == "boundary" and not _aside(el))

    def body_scan(self) -> BodyScan:
        found = self.fields.raw("body")
        return found if isinstance(found, BodyScan) else BodyScan([])

    @property
    def dateline(self) -> P.Dateline | None:
        """The dateline of the page's lines, else the one cut off a JSON-LD articleBody."""
        return self.line_dateline or self.body_scan().dateline

    # ------------------------------------------------------------------ between headline and body
    @cached_property
    def region(self) -> list[int]:
        """Line numbers between the headline and the body: credit and the info line live here."""
        end = next((i for i in (self.dateline_idx, self.body_scan().start) if i is not None),
                   len(self.lines))
        title = self.fields.value("title")
        start = max(0, end - 8)
        for i in range(end - 1, -1, -1):
            if title and self.clean[i] == title:
                start = i + 1
                break
        return [i for i in range(start, end) if self.clean[i] and self.zone(self.lines[i].element)
                is None]

    @cached_property
    def info(self) -> P.InfoLine | None:
        # a comment counter or a reading time in the info line would read as its rubric
        # or count; a photo's credit or caption, or a line of prose (a lead), is not of it
        parts = [self.with_year(O.READING_TIME.sub(" ", O.COMMENT_COUNT.sub(
                     "", self._info_text(i))).strip())
                 for i in self.region if not O.PHOTO_LABEL.match(self.clean[i])
                 and not O.is_prose(self.clean[i])
                 and not is_caption(self.lines[i].element, self.text)
                 and not self._box_heading(self.lines[i].element)]
        parts = [part for part in parts if part.strip(" •·|")]
        for i in range(len(parts)):
            info = labelled_info(split_chunks(" | ".join(parts[i:]))) or sane(
                P.parse_info_line(" ".join(parts[i:])))
            if info:
                return info
        return details_row(self.index, self.clean)

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
        """``O.NOT_INFO``, and like and comment counters (``a.like-button``): their counts,
        run together on one line, would read as the view count."""
        reactions = [el for m in O.REACTION_CLASS.finditer(self.class_text)
                     for el in self.index.with_class(m[0])]
        return [*(el for css in O.NOT_INFO for el in self.index.css(css)), *reactions]

    def _info_text(self, i: int) -> str:
        """Line ``i`` without a modified date or byline inside it (``O.NOT_INFO``)."""
        text, own = self.clean[i], self.lines[i].element
        for el in self._not_info:
            if own in el.iterancestors():
                part = self.text(el)
                text = text.replace(part, " ", 1) if part else text
        return self.index.clean(text) if text != self.clean[i] else text

    @cached_property
    def labelled(self) -> dict[str, Labelled]:
        """Rubric, tags, source and credit printed under a label or in a field named by class."""
        return labelled_fields(self.index, self.clean, O.FIELD_LABEL, O.FIELD_CLASS)

    @cached_property
    def kicker(self) -> etree._Element | None:
        """The rubric's link printed above the headline in a kicker box (Ghost's primary
        tag ``<span class="post-card-primary-tag"><a href="/tag/x/">``): a rubric, not a tag."""
        for i in self.above_headline:
            for a in self.lines[i].links:
                if self.zone(a) is None and self.text(a) and _in_kicker(a, O.KICKER_CLASS):
                    return a
        return None

    @cached_property
    def kicker_text(self) -> str | None:
        """No kicker link: the short text of a kicker box of its own above the headline
        (``<div class="t-uptitle">Происшествия</div>``), the rubric. Unlike a Ghost primary
        tag, it is no tag listed twice: the tags keep it."""
        for i in reversed(self.above_headline):
            el, text = self.lines[i].element, self.clean[i]
            if not self.lines[i].links and 0 < len(text) <= O.MAX_KICKER and \
                    text[-1] not in ".!?" and not _DIGIT.search(text) and self.text(el) == text \
                    and self.zone(el) is None and _in_kicker(el, O.KICKER_TEXT_CLASS) and \
                    not O.SITE_NAME.fullmatch(text):
                return text
        return None

    @cached_property
    def above_headline(self) -> range:
        """The four lines above the headline's."""
        title = self.fields.value("title")
        head = next((i for i, t in enumerate(self.clean) if title and t == title), None)
        return range(max(0, head - 4), head) if head is not None else range(0)

    def not_kicker(self, tags: list[str]) -> list[str]:
        """``tags`` without the rubric the kicker names (Ghost lists its primary tag first
        among the keywords)."""
        kicker = self.kicker
        if kicker is None or not tags:
            return tags
        rubric = self.text(kicker).casefold()
        return [t for t in tags if t.casefold() != rubric]

    @cached_property
    def taxonomy_links(self) -> tuple[list[str], str | None]:
        """Tag and rubric links by their URL shape: tags anywhere but inside body paragraphs
        and menus; a rubric only in the lines between the headline and the body."""
        line_of, body = self.link_line, self.body_lines
        region = set(self.region)
        tags, category = [], None
        for a in self.index.links:
            href, where = (a.get("href") or ""), line_of.get(a, -1)
            if (where in body and not self._tags_only(where)) or self.zone(a) == "noise" \
                    or a is self.kicker:
                continue
            if O.TAG_HREF.search(href) and "category" not in (a.get("rel") or ""):
                if (self.zone(a) == "boundary" and _aside(a)) or in_trail(a):  # a sidebar's
                    continue  # tag cloud; a breadcrumb's link is the rubric
                tags.append(self.text(a).lstrip("#"))
            elif category is None and O.CATEGORY_HREF.search(href) and (
                    where in region or self._chip(a, where)):
                category = self.text(a)
        return P.split_tags(tags), category

    def _tags_only(self, i: int) -> bool:
        """Line ``i`` is nothing but links to tags (``<a href="/tag/3">a</a><a …>b</a>``): a
        list of tags even where a body's run of lines went on through it."""
        links = self.lines[i].links
        return bool(links) and all(O.TAG_HREF.search(a.get("href") or "") for a in links) \
            and "".join(self.clean[i].split()) == "".join(
                "".join(self.text(a).split()) for a in links)

    def _chip(self, a: etree._Element, where: int) -> bool:
        """A rubric's link on a line of its own just above the headline (a React portal's
        ``<a class="sc-…" href="/category/12">``), not an item of a menu."""
        if where < 0 or where not in self.above_headline[-CHIP_REACH:] or self.zone(a) \
                or self.clean[where] != self.text(a):
            return False
        return not any(node.tag in _MENU_TAGS for node in
                       (self.lines[where].element, *self.lines[where].element.iterancestors()))


def _in_kicker(a: etree._Element, classes: re.Pattern[str]) -> bool:
    node: etree._Element | None = a
    for _ in range(O.KICKER_DEPTH):
        if node is None:
            return False
        if classes.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return False


def _aside(el: etree._Element) -> bool:
    """In a column next to the article (``<aside>``, a sidebar, a latest/popular block), not in
    the article's own footer."""
    for node in el.iterancestors():
        if node.tag == "aside" or O.ASIDE_CLASS.search(f"{node.get('class')} {node.get('id')}"):
            return True
    return False


def in_trail(el: etree._Element) -> bool:
    """Inside a breadcrumb trail or a menu: a ``rel="tag"`` link there names the rubric the
    page is filed under (Blogger's ``Главная » <a rel="tag">Экономика</a>``), not a tag."""
    for node in el.iterancestors():
        if node.tag == "nav" or any(c in f"{node.get('class')} {node.get('id')}".lower()
                                    for c in O.BREADCRUMB_CLASS):
            return True
    return False
