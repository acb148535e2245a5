"""ic24.kz article pages: one declared rule chain per feed field, in order of precedence.

Each ``Field`` lists its rules — JSON-LD, then meta/og, then the outlet's selectors, then text
patterns on the page's lines. The first rule with a value wins and names itself in the item's
``extraction``. Rules only read: the page (``ArticlePage``: index and shared anchors) and,
through ``page.fields``, other fields' results. docs/EXTRACTION.md's table is generated from
``FIELDS`` (``python -m kznews.sites.centerinform.doc``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from lxml import etree

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.chain import Extracted, Field, Named, Resolver, Rule, rule
from kznews.extract.text import is_inside
from kznews.processors.dates import is_future
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import pubdates as PD
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import state as ST
from kznews.sites.centerinform import vocab as V
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.blocks import (
    HEADINGS,
    lead_before,
    link_around,
    text_after_box,
    text_goes_on,
)
from kznews.sites.centerinform.clock import with_shown_time
from kznews.sites.centerinform.credit import CREDIT
from kznews.sites.centerinform.decoys import refusal
from kznews.sites.centerinform.dense import (
    after_headline,
    densest,
    loose_lead,
    run_of_parts,
    sibling_blocks,
)
from kznews.sites.centerinform.links import ALTERNATES, CANONICAL, IMAGES, RELATED
from kznews.sites.centerinform.marks import (
    classed_date,
    field_date,
    microformat_date,
    unix_stamp,
)
from kznews.sites.centerinform.page import ArticlePage, BodyScan
from kznews.sites.centerinform.post import post_headline
from kznews.sites.centerinform.rules import (
    css_text,
    cut_from,
    same_words,
    selectors_doc,
    shown_h1,
    site_title,
)
from kznews.sites.centerinform.scan import cut_bracketed_source
from kznews.sites.centerinform.taxonomy import CATEGORY, SOURCE, TAGS, VIEWS

Page = ArticlePage
BR_OUTWEIGHED = 2  # a block of <br> lines inside a text in paragraphs twice its size is no text
MIN_BR_BODY = 120  # characters: less is a menu or an address block, not an article
MIN_LD_LEAD = 20  # characters of a JSON-LD articleBody's lead to find it by on the page
LD_PROBE = 60  # characters of that lead looked for on the page: its opening words
LD_SHORT = 2  # an articleBody less than half the text printed from its lead on is cut short


# ---------------------------------------------------------------------------------- title
@rule("css:h1", "the only `h1` outside page furniture that is not the site's name or in a "
      "logo/brand box")
def _only_h1(p: Page) -> str | None:
    h1 = [h for h in p.index.css("body h1") if p.zone(h) is None and not p.masthead(h)]
    return p.text(h1[0]) if len(h1) == 1 else None


@rule("css:.<title class>", "the first element outside page furniture classed as a headline "
      "(`eTitle`, `con_heading`, `entry-title`, `post-title`, `article-title`, `headline`…) "
      "with two words or more, not the site's name")
def _title_class(p: Page) -> Named | None:
    for el in p.index.classed:
        token = next((t for t in (el.get("class") or "").split() if O.TITLE_CLASS.fullmatch(t)),
                     None)
        if token is None or el.tag in {"html", "body", "title"} or p.zone(el) or p.masthead(el):
            continue
        text = p.text(el)
        if " " in text:
            return Named(text, f"css:.{token}")
    return None


@rule("text:<h>-before-dateline", "the last heading above the dateline, not the site's name")
def _heading_before_dateline(p: Page) -> Named | None:
    for i in range(p.dateline_idx - 1 if p.dateline_idx is not None else -1, -1, -1):
        el = p.lines[i].element
        if el.tag in {"h1", "h2", "h3", "h4"} and p.zone(el) is None and p.clean[i] \
                and not p.masthead(el):
            return Named(p.clean[i], f"text:{el.tag}-before-dateline")
    return None


@rule("text:<h>-title-tag", "the first `h2`/`h3` outside page furniture whose text is the "
      "`<title>` (read as og:title is; a portal printing the headline in a rich-text field's "
      "`h2`)")
def _heading_title_tag(p: Page) -> Named | None:
    title = site_title(p, p.index.title_text())
    if not title or " " not in title:
        return None
    for el in p.index.css("body h2") + p.index.css("body h3"):
        if p.zone(el) is None and not p.masthead(el) and p.text(el) == title:
            return Named(title, f"text:{el.tag}-title-tag")
    return None


@rule("jsonld:headline", "an SEO title (the headline the page shows plus a `| …` tail) gives "
      "way to the shown headline; else the site name stripped")
def _ld_headline(p: Page) -> str | None:
    return site_title(p, jsonld.text_of(p.ld.get("headline"))) or None


@rule("css:h1-edited", "the article's `h1` (the first outside page furniture, above the "
      "dateline, not the site's name nor a link to another article) when the JSON-LD headline, "
      "else og:title, is another text printed nowhere on the page: the headline was edited "
      "after the metadata was written; the same words with an affix (`Срочно: …`, "
      "`… | SEO tail`) are no edit; nor is it one when that headline is the shown one cut "
      "short at a word's end and closed by `…`/`...` (a CMS's length limit): the shown one "
      "is whole")
def _edited_headline(p: Page) -> str | None:
    stated = p.fields.read(_ld_headline) or site_title(p, p.meta.get("og:title"))
    if not stated:
        return None
    shown = shown_h1(p)
    if shown and cut_from(stated, shown):
        return shown
    if not shown or same_words(shown, stated):
        return None
    # the stated headline printed as a line of its own (an ``h2`` under a section's ``h1``)
    # is the page's headline too: not stale
    printed = (i for i, text in enumerate(p.clean) if text == stated)
    return None if any(p.zone(p.lines[i].element) is None for i in printed) else shown


TITLE: Field[Page] = Field("title", (
    post_headline,
    _edited_headline,
    _ld_headline,
    Rule("meta:og:title", lambda p: site_title(p, p.meta.get("og:title")),
         "the headline the page shows (a line of its own above the text) when og:title is it "
         "plus an affix behind a separator (`ИЦ: …`, `… — ЦИ`, `… | SEO tail`); else the site "
         "name stripped, as prefix or suffix: the outlet's name in any language, its initials "
         "(`ЦИ`, `ИЦ`, `IC`) as a whole affix, or the page's `og:site_name`"),
    css_text(O.TITLE_CSS),
    _only_h1,
    _title_class,
    _heading_before_dateline,
    _heading_title_tag,
    ST.TITLE,
    Rule("text:title-tag", lambda p: site_title(p, p.index.title_text()),
         "`<title>`, read as og:title is; last resort"),
))


# ---------------------------------------------------------------------------------- body
@rule("css:<selector>", f"container, {selectors_doc(O.BODY_CSS)}; lines from the dateline on; "
      "the bare paragraphs right after it are its rest when they hold more text than it (a "
      "stray `</div>` closed it after the lead); when they run to the end of the box around "
      "it, the bare paragraphs and pictures after that box are the rest too, up to two boxes "
      "up (two stray `</div>`s closed both)")
def _body_container(p: Page) -> Named | None:
    # a comment's text is marked up as the article's is (Drupal's ``content:encoded``)
    found = next(((el, css) for css in O.BODY_CSS for el in p.index.css(css)
                  if p.zone(el) is None), None)
    if found is None:
        return None
    box, css = found
    idx = p.index.within(box)
    if not idx:
        return None
    boxes = [el for el in p.index.css(css) if p.zone(el) is None]
    idx = lead_before(p, box, text_goes_on(p, box, idx, lambda el: _box_around(el, boxes)))
    last = _box_around(p.lines[idx[-1]].element, boxes)  # the text's box a figure cut off
    idx = text_after_box(p, box if last is None else last, idx)
    start = standfirst_before(p, p.dateline_idx) if p.dateline_idx in idx else idx[0]
    return Named(p.collect(max(start, idx[0]), idx[-1] + 1), f"css:{css}")


def _box_around(el: etree._Element, boxes: list[etree._Element]) -> etree._Element | None:
    """The one of ``boxes`` holding ``el`` (a text container cut in two by a figure)."""
    return next((box for box in boxes if is_inside(el, box)), None)


@rule("text:dateline-block", "lines from the dateline on, and a standfirst right before it "
      "in the same box (a paragraph classed as a lead, or bold whole, of sentences, or a "
      "correction's note: `Уточнение: …`, `Correction: …`); a "
      "picture's caption holding the dateline and a sentence when nothing else is text (an "
      "infographic's story; a credit closing the caption is none of it)")
def _dateline_block(p: Page) -> BodyScan | None:
    at = p.dateline_idx
    if at is None:
        return None
    scan = p.collect(standfirst_before(p, at), len(p.lines))
    text = p.clean[at]
    if not scan.paras and text and p.caption(p.lines[at].element, text):
        # an infographic's story: the caption under its picture, opening with the dateline,
        # is all the text it has (the credit closing the caption none of it)
        caption = _caption_text(text, at)
        if caption is not None:
            return caption
    return scan


def _caption_text(text: str, at: int) -> BodyScan | None:
    """A caption (line ``at``) as a story's whole text: its sentence without the credit closing
    it (that credit the photo's), None when what is left is no sentence."""
    sentence = O.cut_caption_credit(text)
    if not W.SENTENCE_END.search(sentence):
        return None
    credit = O.caption_credit(text) if sentence != text else None
    return BodyScan([sentence], start=at, end=at + 1, caption_credit=credit)


def standfirst_before(p: Page, i: int) -> int:
    """Line ``i`` (the dateline's), or the first line of a standfirst printed right before
    its paragraph in the same box (``<p class="lead"><strong>X, передает Y.</strong></p><p>
    Алматы. 1 октября. Центр информации - …``): a paragraph classed as a lead (``lead``,
    ``intro``, ``anons``) or bold whole, of sentences, outside furniture, not the headline."""
    el = p.lines[i].element
    if el.tag != "p" or p.index.within(el)[:1] != [i]:
        return i
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or not p.text(prev)):
        prev = prev.getprevious()
    if prev is None or prev.tag != "p" or p.zone(prev):
        return i
    text = p.text(prev)
    bold = len(prev) == 1 and prev[0].tag in ("b", "strong") and p.text(prev[0]) == text
    lines = p.index.within(prev)
    if not lines or lines[-1] >= i or text == p.headline or not (
            bold or W.LEAD_CLASS.search(prev.get("class") or "") or _CORRECTION.match(text)) or \
            not W.SENTENCE_END.search(text) or any(p.clean[k] for k in range(lines[-1] + 1, i)):
        return i
    return lines[0]


# A correction's note printed over the text: the reader reads it as part of the story.
_CORRECTION = re.compile(r"(?i)(?:уточнение|исправление|поправка|correction|clarification|"
                         r"editor['’]s\s+note|түзету|түзетілді)\s*[:.—–-]\s*\S")


@rule("text:ld-lead-block", "lines from the one printing the opening words of the lead of a "
      "JSON-LD `articleBody` (spaces before punctuation aside) cut short (its lead ending in "
      "`…`/`...`, or less than half the text the page prints "
      "from there)")
def _ld_lead_block(p: Page) -> BodyScan | None:
    paras = _ld_paragraphs(p)
    if not paras:
        return None
    lead = P.clean_text(paras[0])
    cut = lead.endswith(("…", "...")) and len(paras) == 1
    stem = O.split_dateline(lead.rstrip(" .…"))[1] or lead.rstrip(" .…")
    if len(stem) < MIN_LD_LEAD:
        return None
    head = p.headline  # a lead that is the headline as a sentence: found under it
    probe = _opening(_SPACED_MARK.sub(r"\1", stem))
    at = next((i for i, line in enumerate(p.clean)
               if probe in _SPACED_MARK.sub(r"\1", line) and line != head), None)
    if at is None:
        return None
    scan = p.collect(at, len(p.lines))
    shown = sum(len(q) for q in scan.paras)
    ld = sum(len(q) for q in paras)
    if len(scan.paras) > len(paras) and (cut and shown > ld or shown > LD_SHORT * ld):
        return scan
    return None


_SPACED_MARK = re.compile(r"\s+([,.;:!?])")


def _opening(stem: str) -> str:
    """The lead's first words: an ``articleBody`` cut short may run its paragraphs into one
    (the page prints them as several lines) and space its punctuation unlike the page."""
    if len(stem) <= LD_PROBE:
        return stem
    head = stem[:LD_PROBE]
    return head[:head.rfind(" ")] if " " in head[MIN_LD_LEAD:] else head


def _ld_paragraphs(p: Page) -> list[str]:
    text = jsonld.text_of(p.ld.get("articleBody"))
    return [q for q in re.split(r"\n\s*\n|\r?\n", text) if q.strip()] if text else []


@rule("jsonld:articleBody", "its paragraphs; a dateline in the lead is cut off")
def _article_body(p: Page) -> BodyScan | None:
    paras = _ld_paragraphs(p)
    if not paras:
        return None
    if len(paras) > 1 and P.clean_text(paras[0]) == p.headline:
        del paras[0]  # the headline printed again over the text
    dl, rest = O.split_dateline(P.clean_text(paras[0]))
    if dl:
        paras[0] = rest
    return cut_bracketed_source(BodyScan(paras, dateline=dl))


@rule("text:br-paragraphs", "the block whose own `<br>`-separated lines (and quotes) hold the "
      f"most text (at least two sentences, {MIN_BR_BODY} characters, not counting the site's "
      "notice lines: `© 2014–2025 …`, `При использовании материалов …`, the editors' "
      "disclaimer, the outlet's registration; a `<p>` beside other "
      "`<p>`s of sentences is one paragraph, not such a block; one the densest block holds with "
      "over twice its text is the boilerplate closing a text in `<p>`s); a date line at its "
      "top is not text")
def _br_paragraphs(p: Page) -> BodyScan | None:
    own: dict[etree._Element, list[int]] = {}
    for line in p.lines:
        own.setdefault(_quoted_in(line.element), []).append(line.index)
    best: etree._Element | None = None
    best_len = MIN_BR_BODY - 1
    for el, lines in own.items():
        if len(lines) < 2 or el.tag == "html" or p.zone(el) or _one_of_paragraphs(p, el):
            continue
        # the site's notice (``© 2014–2025 …``, ``При использовании материалов …``) is no
        # text: a footer of notice, address and phone lines has no sentences left
        counted = [i for i in lines if not W.SITE_NOTICE.search(p.clean[i])]
        size = sum(len(p.clean[i]) for i in counted)
        # a menu or an address is as long as a short story, but not in sentences
        if size > best_len and sum(1 for i in counted if W.SENTENCE_END.search(p.clean[i])) > 1:
            best, best_len = el, size
    if best is None:
        return None
    kind = (best.tag, best.get("class"))
    idx = text_goes_on(p, best, p.index.within(best), lambda el: _same_block(p, el, kind))
    idx = lead_before(p, best, after_headline(p, idx))
    # the date a CMS prints at the top of the text box (Bitrix) is the info line, not text
    while idx and (not p.clean[idx[0]] or P.is_date_stamp(p.clean[idx[0]])):
        idx = idx[1:]
    if not idx:
        return None
    scan = _cut_stamp(p, p.collect(idx[0], idx[-1] + 1))
    return None if _closes_paragraphs(p, scan) else scan


def _closes_paragraphs(p: Page, scan: BodyScan) -> bool:
    """The ``<br>`` block is the boilerplate closing a text in ``<p>`` paragraphs (a company's
    "about us" after a press release, in a box of its own): the densest block holds it and
    over ``BR_OUTWEIGHED`` times its text."""
    if not scan.paras:
        return False
    dense = p.fields.read(_densest_block)
    if dense is None or scan.paras[0] not in dense.paras:
        return False
    return sum(map(len, dense.paras)) > BR_OUTWEIGHED * sum(map(len, scan.paras))


def _one_of_paragraphs(p: Page, el: etree._Element) -> bool:
    """A ``<p>`` split by ``<br>``s beside other ``<p>``s of sentences is one paragraph of a
    text in paragraphs (two run together, a poem's lines), not a text of ``<br>`` lines."""
    parent = el.getparent()
    return el.tag == "p" and parent is not None and any(
        sib is not el and W.SENTENCE_END.search(p.text(sib).strip())
        for sib in parent.iterchildren("p"))


def _same_block(p: Page, el: etree._Element, kind: tuple[str, str | None]
                ) -> etree._Element | None:
    """The block of a line when it is a text block of ``kind`` (tag and class)."""
    block = _quoted_in(el)
    return block if (block.tag, block.get("class")) == kind and not p.zone(block) else None


def _quoted_in(el: etree._Element) -> etree._Element:
    """A quote's lines (``<blockquote>`` or its paragraphs) are text of the block around it."""
    for node in (el, el.getparent()):
        if node is not None and node.tag == "blockquote":
            parent = node.getparent()
            return parent if parent is not None else el
    return el


def _cut_stamp(p: Page, scan: BodyScan) -> BodyScan:
    """``<span>16 апреля 2021</span>Текст…``: a date element run into the first paragraph
    (no dateline after it) is the published date, not text."""
    if scan.start is None or scan.start == p.dateline_idx:
        return scan
    el = p.lines[scan.start].element
    first = el[0] if len(el) and not (el.text or "").strip() else None
    if first is None or first.tag not in W.INLINE_TAGS:
        return scan
    stamp, lead = p.text(first), scan.paras[0]
    if stamp and lead.startswith(stamp) and len(lead) > len(stamp) and P.is_date_stamp(stamp):
        when = P.parse_date_text(stamp)
        scan.paras[0], scan.stamp = lead[len(stamp):].strip(), when
    return scan


@rule("text:densest-block", "the block with the most text in paragraphs of its own (`<p>`, "
      "`<div>`s holding no block, table rows of cells holding none but not a table with column "
      "headings — a stats table —, two lists or more of sentences — notes in bullets —; an old "
      "page's `<font>` "
      "around `<p>`s is such a block; so is text printed bare among a box's blocks, in lines of "
      "sentences that are no links, the bare details line above it no text; a `<blockquote>`'s "
      "paragraphs count for the block printing it; the site's own lines count nothing — its "
      "notice, `© …`, `Все права защищены`, and its contacts, `Адрес редакции:`, `Тел.:`, "
      "`E-mail:` —, and a box mostly of them holding its contacts, or under an `О нас`/"
      "`About us`/`Контакты` title, is never the text) and the boxes of its "
      "kind "
      "around it that are parts of the same text (`<section>`s of `<p>`s and no other text, "
      "each maybe in a wrapper of its own; photos, ads, related boxes between), or "
      "the sibling content blocks of its kind a builder cuts the text into (Squarespace's "
      "`sqs-block html-block`s around image and newsletter blocks, and its quote blocks "
      "among them: `sqs-block quote-block`), from "
      "the line after the headline when it prints it; last resort")
def _densest_block(p: Page) -> BodyScan | None:
    best = densest(p)
    if best is None:
        return None
    parts = run_of_parts(p, best)
    if len(parts) == 1:
        parts = sibling_blocks(p, best)
    idx = [i for box in parts for i in p.index.within(box)]
    idx = lead_before(p, parts[0], loose_lead(p, best, after_headline(p, idx)))
    return p.collect(idx[0], idx[-1] + 1) if idx else None


# ---------------------------------------------------------------------------------- short stories
_REPEAT_BLOCKS = frozenset({"p", "div", "section", "article", "td", "blockquote", "font"})
"""Blocks a one-line story's text may be printed in (not a heading, a list's item, a label)."""
_PICTURE_REACH = 3  # a caption's box and two around it: figure > div > figcaption


@rule("text:headline-again", "a page with no other text whose headline is printed again "
      "under the shown one as a paragraph (a flash, `Молния`, whose CMS prints the headline "
      "as the text of a one-line story; after the dateline too): that sentence is its text — "
      "not a heading, a link, a caption or a line in page furniture; last resort")
def _headline_again(p: Page) -> BodyScan | None:
    head = p.headline
    if not head:
        return None
    # the headline's prints outside furniture and links (crumbs, a sidebar listing the story)
    found = [i for i, text in enumerate(p.clean) if text == head and not p.lines[i].links
             and p.zone(p.lines[i].element) is None
             and next(p.lines[i].element.iterancestors("a"), None) is None]
    for i in found[1:]:  # the first is the shown headline
        el = p.lines[i].element
        if el.tag in _REPEAT_BLOCKS and not p.caption(el, head) and not p.in_person_card(el) \
                and next(el.iterancestors(*HEADINGS), None) is None \
                and not is_inside(p.lines[found[0]].element, el):
            return BodyScan([head], start=i, end=i + 1)
    return None


@rule("text:caption-story", "a photo story with no other text: the caption of its one "
      "picture under the headline (a `<figcaption>`, a caption box) when it is a sentence, "
      "outside furniture, no link's, person card's or portrait's; a credit closing it is the "
      "photo's; last resort")
def _caption_story(p: Page) -> BodyScan | None:
    shown = p.headline_element(p.headline)
    top = max(p.index.within(shown), default=-1) if shown is not None else -1
    found: list[int] = []
    for i in range(top + 1, len(p.lines)):
        text, el = p.clean[i], p.lines[i].element
        if not text or p.zone(el) is not None or not p.caption(el, text):
            continue
        found.append(i)
        if len(found) > 1:
            return None  # a gallery's captions, or a decorative one beside the story's
    if not found:
        return None
    i = found[0]
    el, text = p.lines[i].element, p.clean[i]
    box = next((a for k, a in enumerate([el, *el.iterancestors()]) if k <= _PICTURE_REACH
                and next(a.iter("img", "picture"), None) is not None), None)
    if box is None or p.lines[i].links or p.in_person_card(el) or link_around(p, el) or \
            next(el.iterancestors("a"), None) is not None or W.PHOTO_LABEL.match(text) or \
            any(W.PORTRAIT.search(img.get("src") or "") for img in box.iter("img")):
        return None
    return _caption_text(text, i)


BODY: Field[Page] = Field("body", (_body_container, _dateline_block, _ld_lead_block,
                                   _article_body, ST.BODY, _br_paragraphs, _densest_block,
                                   _headline_again, _caption_story),
             "Lines stop at `Источник:` (also a label in a box of its own, its value in the "
             "next; in the middle of the text, sentences of its own container after it — past "
             "a share row, an ad — are more of the text; typed with a dash, `Источник - X`, "
             "only as the text's last line and before a name, not a sentence), a tags line "
             "(`Теги:`, `Ключевые слова:`, `Keywords:`), \"Читайте "
             "также\"/\"Read also\"/`Read more:`/`See also:`/`ОСЫ ТАҚЫРЫПТА:`/`Тақырыпқа "
             "қатысты:`/`Толығырақ:` (a block of it between paragraphs is skipped when the text, "
             "or a sub-heading over text, goes on after it, past a video, a photo, furniture or "
             "more such lines in a row, or in the next of a builder's text blocks past its box "
             "(Squarespace's summary block between two `sqs-block html-block`s); "
             "its links are other stories, `related`), a view counter (`Hits: 1065`) or "
             "modified-date row (`Обновлено 24.11.2021 18:15`), a CMS's `|`-separated details "
             "row (`Категория: X | Просмотров: 5963 | Добавил: admin`), a block of other "
             "articles (a heading — an `h*`, or `Другие новости`/`Похожие материалы`/`Other "
             "news`/`Басқа жаңалықтар` in any element — over links, cards or titles with dates; a "
             "card or teaser box not holding the text; a teaser paragraph classed as other "
             "stories — `<p class=\"related_post\">` — between two paragraphs is passed "
             "over), a next-story label (`Next story`, "
             "`Следующая новость`, `Келесі жаңалық`), a line that is one link to another "
             "article (or inside one: a card the link wraps), or the story navigation's line, "
             "a previous/next label and one such link (`Предыдущая статья<a>…</a>`, the label "
             "run into the headline when CSS alone sets it apart) — but a digest's own list is its "
             "text: a text of nothing but lines of links, or an intro ending in a colon (or a "
             "digest's heading without one: `Главные новости дня`, `Итоги недели`) over "
             "them (not a lead-in to earlier stories: `Ранее сообщалось:`), three lines or "
             "more —, the readers' comments "
             "(`Комментарии`, `Пікірлер (3)`); a box between two paragraphs (an `<aside>`, the "
             "most read stories — `Самое читаемое`/`Популярное`/`Most read`/`Көп оқылған` —, a "
             "poll, a reader's opinion — `Мнение читателя`/`Reader's opinion`/`Оқырман пікірі`, "
             "`.reader-opinion` —, other stories under a heading) is passed over when the text "
             "goes on after it in the text's own container, else it ends the text; short lines "
             "after the last "
             "paragraph that read as a label and its value or link, not a sentence (a signature "
             "`Автор: Иван Петров` or `By Jane Doe`, a paper's `Айгуль САРСЕНОВА, Алматы`, "
             "`Оригинал статьи: https://…`, `Read more "
             "at <a>…</a>`, a line of tag links, tag pills (each a link around a block: "
             "`<a href=\"/tag/x\"><div>x</div></a>`), `Рейтинг: 5`, a field's label alone: "
             "`<dt>Category</dt>`) are cut off the end — unless no release's contacts (a press "
             "service's signature, `Тел.: …`, `E-mail: …`) are among them, where a line telling "
             "where, when or how to reach what the story is about (`Адрес поликлиники: …`, "
             "`Сайт: egov.kz`, `Часы работы: …`, `Телефон для справок: …`, `Opening hours: "
             "…`) is the story's; share lines, currency widgets, "
             "rating and poll boxes, embedded posts (Instagram, Telegram), boxes that are widgets "
             "by what they hold whatever their class (a poll's question beside its form of "
             "options, a quiz's card whose only link starts it on the page itself — `Start the "
             "quiz`, `Пройти тест`, `Тестті бастау` —, a post marked by its embed attributes — "
             "`data-telegram-post`, `data-instgrm-permalink`, `data-tweet-id` —, an X post a "
             "platform prints as links to it, every word of its box in them — Substack's "
             "`div.tweet` —, an author's bio "
             "box: a portrait, a name line and a position line, its portrait no image), ad "
             "slots and their "
             "labels (`amp-ad`, `.ad`, `adfox_…`, `Реклама`/`Advertisement`/`Жарнама`; a box "
             "between paragraphs opening with such a label, `Реклама · 18+`, `Sponsored`, `На "
             "правах рекламы`, or marked by its slot's attributes, `data-ad-slot`, `data-adfox`, "
             "`data-google-query-id`, or classed `inread`/`native-ad`/`partner-block`, is "
             "passed over and its pictures are no photo; a paragraph about advertising stays), "
             "buttons "
             "and calls to action (`.button-wrapper`, `Leave a comment`, `Пікір қалдыру`, "
             "`Subscribe`, `Версия для печати`), a script's controls (a short line of nothing "
             "but links to `#` or `javascript:`: a slider's `Назад`/`Далее`, `Показать ещё`; "
             "such a link inside a sentence is the sentence's), a paywall's offer (`Оформите "
             "подписку, чтобы дочитать`, `Subscribe to read …`, `This post is for paid "
             "subscribers`, `Эта публикация только для платных подписчиков`; the hidden "
             "paragraphs behind it are text), the typo prompt (`Нашли ошибку? … Ctrl+Enter`), a "
             "script's loading placeholder (`Загрузка...`, `Loading…`, `Жүктелуде`), a "
             "messenger promo (`Подписывайтесь на наш Telegram-канал`, `Бізді Telegram-да "
             "оқыңыз`), a newsletter's sign-up box (classed `newsletter-box`/`signup`/"
             "`mailing-list`, or opening with `Sign up for …`, `Subscribe to …`, `Подпишитесь на "
             "…`, `… жазылыңыз`: the call and the rest of its box), a link to the story in "
             "another language wherever it is (`Read in English`, `Читать на русском`, `Қазақша "
             "оқу`, `Орысша`, a line that is one `hreflang` link), a video's caption (`Видео: "
             "YouTube / …`, `Бейне: …`; no photo credit), "
             "a folded `<details>` (a transcript; an `open` one is text), a person's card (a "
             "portrait, a name and a position in a box classed `columnist`/`author-…`/`expert`; "
             "its portrait is no image either; a hover card folded into the sentence naming "
             "the person — a portrait, then the name and their stories as links, no words of "
             "its own —: the name stays), a column's disclaimer (`Мнение автора может не "
             "совпадать …`, `The views expressed … do not necessarily reflect …`, `Автордың "
             "пікірі … сәйкес келмеуі мүмкін`), a contacts line (a press service, then a phone or "
             "an e-mail), a note that the text was edited (`Материал дополнен`, `Обновлено в "
             "15:40`, `This story has been updated`, `Жаңартылды 15:40`; never the rubric "
             "either; a correction note, `Исправление: …`, is text), "
             "a labelled info row on top (`Начало трансляции: 09.12.2022, 09:50 "
             "Обновлено: 18:19`), "
             "a live blog's update's time on a line of its own opens its text (`15:40 Текст`), "
             "a byline on top of the text (`Автор: …`, `Мәтін: …`, `Фото и текст: …`), a date "
             "row on top of it (a date and nothing but counters and labels: `21 января 2022, "
             "10:20 · 248 Общество`), a rubric's label line on top of it (`Рубрика: X`, "
             "`Section: X`, `Санаты: X`, or with a spaced dash: `Рубрика — X`; after the last "
             "paragraph it is cut off too), the article's details on top of it (a `·`/`|`-"
             "separated details row, a definition list of labelled facts: `<dt>Published</dt>"
             "<dd>…`, a box whose `aria-label` names a field: `Views`, `Рубрика`, a published "
             "label and its date: `Published 3 May 2024 at 10:00`, a labelled count alone: "
             "`Просмотры: 1 204`), a bare count in a post's counter or footer box "
             "(`683`, `19,9 тыс.` in `.like_views`), a hosted site's footer line (`Google "
             "Sites · Report abuse · Page updated …`, `Made with Tilda`, `Powered by …`), a "
             "photo's credit (`Фото: …`, `© akorda.kz`, `Фото "
             "пресс-службы МВД`, after an icon: `📷 Фото: …`), pull "
             "quotes (classed so, or a quote repeating a sentence of the text, its full stop "
             "inside the marks or not) "
             "and photo captions (`<figcaption>`, a caption box, an image's "
             "own small table, a line under a photo ending in its credit) are skipped; a "
             "quotation boxed in an `<aside>` (`quote-box`, `citation`) is text; footnote "
             "markers (`<sup>1</sup>`, `a.footnote-anchor`) are no text and the notes they point "
             "to are, where the page prints them (after the text, or before a box closing it), "
             "without their numbers; each line of a `<pre>` is a paragraph; the cells "
             "of a table row are one paragraph, joined by a space (a table inside a `<figure>`, "
             "data shown with its caption like a chart, is no text); the dateline and a glued "
             "`Фото:` credit are cut off (a dateline alone in its paragraph, ending in the "
             "outlet's name or a dash, is the next one's; pasted again at the start of a later "
             "paragraph — the same place and day, the outlet's name — it is cut there too); a "
             "paragraph of sentences pasted twice in a row counts once (a short line repeated, "
             "a refrain or a list's, stays). The text goes on across a picture into the next block "
             "of the same kind (two text records around an image record, a text box cut by a "
             "figure); a lead box right before the text's box (`b-article__lead`, "
             "`article-intro`, `articleLead`, `entry-summary`, `description`; a sentence in it, "
             "only a picture — captioned or not — or the info line between) is its "
             "start, and so is a long read's lead in the article's own `<header>` right before "
             "it (the last `p.lead`/`standfirst`/`summary`/`excerpt`/`subtitle`/`deck`/Plone's "
             "`documentDescription` there that is a sentence, not the headline), unless the "
             "text's first paragraph prints it again (with or without the dateline: then once); "
             "the info line between such a lead and the text's box (`29 February 2024 0 "
             "Incidents …`) is no paragraph; a label over a TV story's text "
             "(`Текст сюжета`, `Transcript`, `Сюжет мәтіні`) is no text, nor is a press "
             "service's signature closing it (`Пресс-служба акимата …`: the source); a wire's "
             "dateline with no date opening the text (`ALMATY (IC) – `, `NEW "
             "YORK (AP) — `, `ASTANA — `: the place in capitals; or a place in any case with "
             "the time of day, `Алматы, 14:05 – `, or an agency, `Астана, КАЗИНФОРМ – `, "
             "`ALMATY, Kazinform — `, but not a country, `ASTANA, Kazakhstan —` keeps only its "
             "place) is cut off too.",
             keep=lambda scan: _cut_wire_lead(scan).paras)


def _cut_wire_lead(scan: BodyScan) -> BodyScan:
    """A dateless wire dateline (``ALMATY (IC) – …``) is trusted only where the text starts:
    capitals and a dash anywhere else are a heading, a label or an abbreviation."""
    if scan.paras and scan.dateline is None:
        dl, rest = O.split_wire_lead(scan.paras[0])
        if dl is not None:
            scan.paras[0], scan.dateline = rest, dl
    return scan


# ---------------------------------------------------------------------------------- date
_AFTER_HEADING = re.compile(r"h[1-6]$")
AFTER_BODY_LINES = 4  # a source, a credit, a view count may stand between the text and its date
def _meta_date(name: str) -> Rule[Page]:
    return Rule(f"meta:{name}", lambda p: P.parse_date_text(p.meta.get(name) or ""))


@rule("css:<selector>", selectors_doc(O.DATE_CSS) + " (`datetime`, `content`, a `<time "
      "datetime>` inside it, or text)")
def _css_date(p: Page) -> Named | None:
    found = p.index.css_first(O.DATE_CSS)
    if found is None:
        return None
    el = found[0]
    value = el.get("datetime") or el.get("content") or _inner_datetime(el)
    shown = p.text(el)
    when = P.shown_time(P.parse_date_text(value), shown) if value else P.parse_date_text(shown)
    return Named(when, f"css:{found[1]}")


def _inner_datetime(el: etree._Element) -> str | None:
    """The ``datetime`` of the one ``<time>`` the date line prints its date in
    (``<span class="date"><time datetime="2023-04-19T20:00:00Z">20 Апреля 2023</time>``)."""
    times = [t for t in el.iterdescendants("time") if t.get("datetime")]
    return times[0].get("datetime") if len(times) == 1 else None


@rule("attr:<property>", "RDFa `property` or microdata `itemprop` naming the publication "
      "(`dc:date`, `dc:created`, `dc:issued`, `schema:datePublished`, `article:published_time`) "
      "with a `content` or `datetime`, outside comments and sidebars")
def _date_attr(p: Page) -> Named | None:
    for attr in ("property", "itemprop"):
        for el in p.index.with_attr(attr):
            name = next((n for n in (el.get(attr) or "").split()
                         if n.lower() in S.PUBLISHED_PROPS), None)
            value = (el.get("content") or el.get("datetime")) if name else None
            when = P.parse_date_text(value) if value and p.zone(el) is None else None
            when = P.shown_time(when, p.text(el)) if when else None
            if when:
                return Named(when, f"attr:{name}")
    return None


@rule("text:published-line", "`Submitted by editor on Fri, 04/16/2021 - 15:40`, `Опубликовано: "
      "16.04.2021 15:40`, `Добавлено 16 апреля 2021`, a blog's `Запись опубликована 22 октября "
      "2026 г. в 11:50`/`This entry was posted on …` outside page furniture or in the post's own "
      "footer; a label alone on its line dates from the next line (`<dt>Published</dt><dd>…`); a "
      "slashed date only with its weekday, in the order that falls on it")
def _published_line(p: Page) -> Any:
    for i, text in enumerate(p.clean):
        match = S.PUBLISHED_LABEL.match(text) if text and len(text) < 120 else None
        if match is None or not p.own_edge(p.lines[i].element):
            continue
        rest = text[match.end():]
        if not rest and i + 1 < len(p.clean):  # ``<dt>Published</dt><dd>…``: the next line's
            rest = p.clean[i + 1]
        stamp = P.date_stamp(rest)
        when = stamp[0] if stamp else P.weekday_slashed_date(rest) or P.short_year_date(rest)
        if when:
            return when
    return None


@rule("text:date-after-body", "a line that is a date and nothing else (`16 апреля 2021, "
      "15:40`, `16.04.21`), or a published label and its date, among the few short lines right "
      "after the text (a source, a view count between); a card's date past a link or a "
      "heading is not")
def _date_after_body(p: Page) -> Any:
    end = p.body_scan().end
    if end is None or not p.body_scan().paras:
        return None
    seen = 0
    for i in range(end, min(end + AFTER_BODY_LINES * 2, len(p.lines))):
        text = p.clean[i]
        if not text:
            continue
        seen += 1
        el = p.lines[i].element
        if seen > AFTER_BODY_LINES or p.lines[i].links or p.zone(el) is not None or \
                _AFTER_HEADING.match(str(el.tag)) or next(el.iterancestors("a"), None) is not None:
            return None  # past a link or a heading the lines are a related block's or the page's
        label = S.PUBLISHED_LABEL.match(text)
        rest = text[label.end():] if label else text
        stamp = P.date_stamp(rest)
        when = stamp[0] if stamp and stamp[1] == len(rest) else P.short_year_date(rest)
        if when:
            return when
    return None


@rule("css:time[datetime]", "outside page furniture; one classed or `itemprop`'d as the "
      "publication (`published`, `entry-date`, `datePublished`, `pubdate`) first, one as a "
      "change (`updated`, `modified`, `dateModified`) never")
def _time_datetime(p: Page) -> Any:
    first = None
    for t in p.index.css("time[datetime]"):
        if p.zone(t) is not None and not p.in_own_post(t):
            continue
        kind = f"{t.get('class') or ''} {t.get('itemprop') or ''}"
        published = t.get("pubdate") is not None or bool(S.PUBLISHED_TIME.search(kind))
        if not published and S.MODIFIED_TIME.search(kind):
            continue  # WordPress prints ``time.updated`` next to, even before, the published
        found = P.shown_time(P.parse_date_text(t.get("datetime") or ""), p.text(t))
        if found and published:
            return found
        first = first or found
    return first


@rule("text:dateline+<hint>", "year-less dateline: the year from the `listing` date, "
      "neighbouring `ids`, or the `crawl` date, never in the future")
def _dateline_year(p: Page) -> Named | None:
    dl = p.dateline
    inferred = P.infer_year(dl.day, dl.month, p.hints, p.today) \
        if dl and dl.day and dl.month else None
    return Named(inferred[0], "text:" + inferred[1]) if inferred else None


def _ld_date(p: Page, value: object) -> date | None:
    """A JSON-LD date: ISO text, or the moment a Unix timestamp names (seconds or
    milliseconds, 1995 to two days after the fetch) as a script-built page may write it."""
    text = jsonld.text_of(value) or ""
    if text.isdigit():
        return P.unix_moment(text, datetime.combine(p.today + timedelta(days=2), time(),
                                                    O.TIMEZONE))
    return P.parse_date_text(text)


def _ld_published(p: Page) -> Named | None:
    when = _ld_date(p, p.ld.get("datePublished"))
    if when:
        return Named(when, "jsonld:datePublished")
    page = jsonld.page_of(p.index.jsonld, p.ld) if p.ld else None
    when = _ld_date(p, page.get("datePublished")) if page else None
    return Named(when, "jsonld:WebPage.datePublished") if when else None


def _relative_time(relative: date, better: date | datetime) -> date | datetime:
    """The better date; a day only (a listing's) at the relative one's time of day. A date
    held for being in the future gives the better one nothing (its year is a typo, its time
    may be too)."""
    if isinstance(better, datetime) or not isinstance(better, date) \
            or not isinstance(relative, datetime) or not P.is_relative(relative):
        return better
    return datetime.combine(better, relative.time())


def _weak_date(when: object) -> bool:
    """A date any later rule's betters: one read off a relative day or amount, or one over a
    day after the page was fetched (a typed year: ``20 Апреля 2032`` on a page of 2023, whose
    dateline's day then takes its year from the listing or the crawl)."""
    return P.is_relative(when) or is_future(when)


LD_PUBLISHED: Rule[Page] = Rule(
    "jsonld:datePublished", _ld_published,
    "the article's; without one, its `@graph`'s WebPage's (`jsonld:WebPage.datePublished`); "
    "ISO text, or Unix seconds or milliseconds (1995 to two days after the fetch)")
META_DATES = tuple(_meta_date(name) for name in ("article:published_time", "datePublished",
                                                 "pubdate", "publishdate"))
EDIT_GAP = timedelta(days=1)  # past the shown date's last moment: no zone read otherwise is so far


def _local(when: date) -> datetime:
    """A moment as Almaty's wall clock (a naive one is that already); a day, its last moment."""
    if not isinstance(when, datetime):
        return datetime.combine(when, time.max)
    return when.astimezone(O.TIMEZONE).replace(tzinfo=None) if when.tzinfo else when


@rule("text:info-line<edit", "the date line under the headline, a full date with its year "
      "on a short line of its own (not a caption or a sentence, not a change's: "
      "`Обновлено …`, nor a draft's: `Создано …`, Joomla's `dd.create`, "
      "`itemprop=dateCreated`), when JSON-LD's `datePublished` or the meta "
      "publication date is over a day after it: the moment of a later edit the CMS wrote "
      "there, not the publication the reader is shown; a structured date before the shown "
      "one (the line showing the update) stays")
def _shown_before_edit(p: Page) -> date | None:
    stated = next((v.value if isinstance(v, Named) else v for v in (
        p.fields.read(r) for r in (LD_PUBLISHED, *META_DATES)) if v), None)
    if not isinstance(stated, date):
        return None
    # the info line is read only when a date line under the headline shows an earlier day
    # (most pages show the stated one: the info line would be read for nothing)
    # (a line's box is asked whether it is a draft's only for an earlier day: an XPath each)
    dated = [(i, day) for i, day in ((i, _printed_day(p.clean[i])) for i in p.region)
             if day is not None]
    limit = _local(stated) - EDIT_GAP
    if not any(_local(day) < limit and not _created_box(p.lines[i].element)
               for i, day in dated):
        return None
    printed = [day for i, day in dated if not _created_box(p.lines[i].element)]
    shown = p.info.date if p.info else None
    if not isinstance(shown, date) or P.is_relative(shown) or \
            _local(stated) - _local(shown) <= EDIT_GAP:
        return None
    return shown if any(_day_of(day) == _day_of(shown) for day in printed) else None


_CREATED_BOX = etree.XPath(
    "boolean(ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' create ')"
    " or @itemprop='dateCreated'] or descendant::*[@itemprop='dateCreated'])")


def _created_box(el: etree._Element) -> bool:
    """The line is Joomla's created date without its label: in a ``dd class="create"`` or
    marked ``itemprop="dateCreated"``."""
    return bool(_CREATED_BOX(el))


DATE_LINE_MAX = 120  # characters: a date with its time, count, rubric and tags; no caption


def _printed_day(text: str) -> date | None:
    """The date a date line prints in full, its year too (a short line, not a caption, a
    sentence, or a change's or a draft's line), else None."""
    if not text or len(text) > DATE_LINE_MAX or not _YEAR.search(text) or W.is_prose(text) \
            or W.MODIFIED_LABEL.match(text) or CREATED_LABEL.match(text):
        return None
    seen = P.parse_date_text(text)
    return seen if isinstance(seen, date) and str(seen.year) in text else None


def _day_of(when: date) -> date:
    return when.date() if isinstance(when, datetime) else when


_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
CREATED_LABEL = re.compile(r"\W*(?:создан[оа]?|дата\s+создания|created|date\s+created|"
                           r"құрылған|жасалған)(?![^\W\d_])", re.I)
"""``Создано: 12 апреля 2021`` (Joomla's default info line): the day the draft was created,
which a later structured publication date does not contradict."""


PUBLISHED: Field[Page] = Field("published", (
    _shown_before_edit,
    LD_PUBLISHED,
    *META_DATES,
    V.citation_date,
    V.dc_date,
    V.parsely_date,
    V.sailthru_date,
    PD.named_meta_date,
    _date_attr,
    microformat_date,
    _css_date,
    field_date,
    _time_datetime,
    PD.hidden_field_date,
    unix_stamp,
    Rule("text:info-line", lambda p: p.info.date if p.info else None,
         "`20 Апреля 2023 683 Социум …`, also labelled or `|`-separated, or a date on its "
         "own line above the body (`Пятница, 16 Апреля 2021 15:40`, a two-digit year's "
         "`20.04.23 15:40 (683)`, a weekday between date and time: `24 мамыр 2024, жұма, "
         "18:50`); else a row of labelled "
         "details anywhere (`Категория: X | Просмотров: 5 | Дата: 16.04.2021`, a time shown "
         "on hover (`<span title=\"15:40\">`) is the time of day); a zone after the time "
         "(`10:55 (GMT+5)`, `UTC`) is applied"),
    Rule("text:date-stamp", lambda p: (p.dateline and p.dateline.stamp) or p.body_scan().stamp,
         "a full date run into the dateline (`16 апреля 2021 15:40Алматы. 16 апреля. …`) or, "
         "as its own element, into the first paragraph"),
    _published_line,
    PD.byline_date,
    _date_after_body,
    classed_date,
    ST.PUBLISHED,
    _dateline_year,
    Rule("listing-date", lambda p: next((d for label, d in p.hints if label == "listing"), None),
         "no date on the page at all"),
), "Converted to Asia/Almaty; a zone named after the time (`GMT`, `UTC`, `EST`, `PDT`, `ET` by "
   "the season, `CET`, `MSK`, Almaty's own `ALMT`, an offset alone: `20:00:00 +0000`) or "
   "before the date (`10:02 AM EST Nov 19, 2019`) is applied, an unknown one (`11:28 AMT`) "
   "leaves the day. A day-only date (whatever rule found it) takes the time of day "
   "of a line near the text showing that same day with a time (`29 января 2020, 14:20`, "
   "`08/02/2021, 9:05 AM`, or a field of a row of `|`-parted details: `Просмотров: 5 | "
   "Добавил: admin | 16.04.2021, 11:20 | Теги: … | Рейтинг: 0.0/0`): the nearest above the "
   "text, else one of the few right after it, "
   "outside page furniture and never a change line (`Обновлено …`), else the time a dateline "
   "prints instead of a date (`ASTANA, 11:50 – …`); a moment at local "
   "midnight (`2021-04-19T00:00:00+06:00`: a day stored as a moment) whose day the date line "
   "shows with no time is that day. A slashed date is day "
   "first (`14/06/2024`) unless its second number is over 12 or the page is English "
   "(its `<title>`'s script, else the declared language): then month first (`08/22/2026`, "
   "`02/10/2026`; when a dateline's day and month name the other order, `Almaty. August 2.` "
   "over `02/08/2021`, that order). "
   "A date read off a relative day (`Кеше, 13:00`, `Вчера в 9:05`, `Today, "
   "3:40 PM`) counts from the day the page was fetched, which a cached or archived page was "
   "not rendered on: any later rule's date wins over it, a day-only one (the listing's) "
   "taking its time of day. So does an amount before the moment the response names (its "
   "`Date` header): `5 минут назад`, `час назад`, `2 hours ago`, `an hour ago`, `3 сағат "
   "бұрын` to the minute, `только что`, `just now`, `жаңа ғана` (standing apart from a "
   "sentence) that very minute; `3 дня назад`, `3 days ago`, `3 күн бұрын`, `2 недели "
   "назад`, `3 weeks ago`, `2 апта бұрын`, `3 месяца назад`, `5 months ago`, `2 ай бұрын` "
   "a day. A date over a day after the page was fetched (a typed year: `20 Апреля 2032` on a "
   "page of 2023) is no publication either: any later rule's date wins over it (the "
   "dateline's day with the listing's or the crawl's year).",
   refine=with_shown_time, weak=_weak_date, settle=_relative_time)


# ---------------------------------------------------------------------------------- language, place
def _sample(p: Page) -> str:
    """Title and first paragraphs, one a line: the language is decided paragraph by paragraph."""
    return "\n".join([p.fields.value("title") or "", *(p.fields.value("body") or [])[:5]])


def _text_lang(p: Page) -> str | None:
    """The language of the first paragraphs of the body, else of them with the title: a Russian
    story may print a Kazakh slogan or a Kazakh headline over its text (``«Біз біргеміз!»: в
    Астане прошла акция``)."""
    hint = _lang_hint(p)
    body = "\n".join((p.fields.value("body") or [])[:5])
    return P.text_lang(body, hint) or P.text_lang(_sample(p), hint)


def _lang_hint(p: Page) -> str | None:
    return P.normalize_lang_code(jsonld.text_of(p.ld.get("inLanguage"))
                                 or p.meta.get("og:locale") or p.index.html_lang())


def _month_first(p: Page) -> bool:
    """An English page writes a slashed date month first (``08/22/2026``): the script of its
    ``<title>``, else the language its markup declares (a template may declare one language for
    every page; the text's own language comes from the body, read under this very rule)."""
    return (P.detect_lang(p.index.title_text() or "") or _lang_hint(p)) == "en"


LANG: Field[Page] = Field("lang", (
    Rule("text:script", _text_lang,
         "the language of most of the body's first paragraphs (with the title when they do "
         "not tell), paragraph by paragraph: Cyrillic `kk` by "
         "Kazakh-only letters, words and word shapes against Russian function words and endings, "
         "else `ru`; Latin `kk` by 2021/2018 letters (ä ğ ı ñ, á ǵ ń), apostrophe spelling and "
         "words against English function words, else `en`; the declared language decides "
         "paragraphs whose words do not"),
    ST.LANG,
    Rule("meta:lang-hint", _lang_hint,
         "JSON-LD `inLanguage`, `og:locale`, `<html lang>`; only for too little text"),
))
PLACE: Field[Page] = Field("dateline_place", (
    Rule("text:dateline", lambda p: p.dateline.place if p.dateline else None,
         "the place opening the dateline (`Алматы. 16 апреля. …`, `ASTANA, April 16 – …`, "
         "`ALMATY, Feb. 10 (IC) — …`, `ALMATY (IC) – …`, `ASTANA, 11:50 – …`, `Астана, "
         "КАЗИНФОРМ – …`; before the outlet's name a month typed with a letter twice, "
         "`26 ммая`, is still the month); one "
         "printed in capitals is recorded by its name (`Astana`), an abbreviation (`USA`) as "
         "printed"),
))

FIELDS: tuple[Field[Page], ...] = (TITLE, BODY, PUBLISHED, CATEGORY, TAGS, VIEWS, CREDIT, SOURCE,
                                   IMAGES, RELATED, ALTERNATES, CANONICAL, LANG,
                                   PLACE)


def extract_article(html: str | bytes, url: str, hints: Sequence[tuple[str, date]] = (),
                    today: date | None = None) -> Extracted:
    """Run every field chain on one page: raw values plus the rule behind each.

    ``hints`` are dates known from elsewhere (``("listing", d)``, ``("ids", d)``), used
    only when the page itself has nothing but a year-less dateline. ``today`` is the day the
    page was fetched (in Almaty): the day a date shown relative to it (``Вчера, 15:40``)
    counts from; without it such a date is not read (a year-less date's year is then bounded
    by the current day).
    """
    page = ArticlePage(html, url, hints, today)
    page.fields = Resolver(page, FIELDS)
    # "Сегодня, 15:40" counts from the day the page was fetched: without it, no date
    with P.slashed_month_first(_month_first(page)), P.relative_to(today):
        out = page.fields.extracted()
    out.id = page.id
    out.problems = page.index.problems
    out.refusal = refusal(page, out)
    # The page and its resolver point at each other: without this the page's tree, lines
    # and index would wait for Python's cycle collector instead of going now, and that
    # collector's passes over them cost more than many of the rules.
    del page.fields
    return out
