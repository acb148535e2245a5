"""ic24.kz article pages: the photo's credit (``Фото: X``, ``Image credit: X``, ``© X`` by a
picture, ``Photo courtesy of X``, a caption's end, an image's ``title``/``alt``)."""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from kznews import processors as P
from kznews.extract import images, variants
from kznews.extract.chain import Field, Named, Rule, rule
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import state as ST
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.page import ArticlePage as Page
from kznews.sites.centerinform.rules import labelled, selectors_doc


@rule("css:<selector>", selectors_doc(O.CREDIT_CSS) + " (the outlet's own name after `©` "
      "in a caption or credit box outside page furniture is the photo's author, not a notice)")
def css_credit(p: Page) -> Named | None:
    found = p.index.css_first(O.CREDIT_CSS)
    if found is None:
        return None
    el, css = found
    return Named(O.photo_credit(p.text(el), own_name=p.zone(el) is None) or None, f"css:{css}")


def _class_word(word: str) -> re.Pattern[str]:
    """A class token holding ``word`` as a word of its own: whole, between ``-``/``_``, or a
    camel-case part (``itemImageCredits``)."""
    return re.compile(rf"(?:^|.*?(?:[-_]|(?<=[a-z0-9])(?={word[0].upper()})))(?i:{word})"
                      r"(?:[-_].*)?")


_CREDIT_TOKEN = _class_word("credits?")
"""A class token naming a photo's credit: ``credit``, ``credits``, ``photo-credit``,
``wp-caption-credit``, ``media__credit``, K2's ``itemImageCredits``, ``credit-text``; not
``creditor``, ``accredited``."""
_COPYRIGHT_TOKEN = _class_word("copyright")
"""A class token naming a copyright: a picture's credit only in a figure or an image's box."""
MAX_CREDIT_BOX = 80  # characters: a credit box holding more is a caption or a notice
MAX_BARE_WORDS = 6  # a bare credit is a name or an agency, not a sentence
CREDIT_BOX_DEPTH = 3  # a credit's element, its box and the image block around them


def _credit_boxes(p: Page) -> list[etree._Element]:
    """Elements outside page furniture whose class names a photo's credit (a ``copyright`` one
    only by a picture), in page order."""
    credit = [t for t in p.index.class_tokens() if _CREDIT_TOKEN.fullmatch(t)]
    mark = [t for t in p.index.class_tokens() if _COPYRIGHT_TOKEN.fullmatch(t)]
    if not credit and not mark:
        return []
    held = {el for t in credit for el in p.index.with_class(t)}
    held |= {el for t in mark for el in p.index.with_class(t) if _near_picture(el)}
    return [el for el in p.index.classed if el in held and p.zone(el) is None]


def _near_picture(el: etree._Element) -> bool:
    """``el`` is in a figure, or a box a few levels up holds a picture: an image's block, not
    the article's box around the text and its photo."""
    node: etree._Element | None = el
    for _ in range(CREDIT_BOX_DEPTH):
        if node is None or _TEXT_BOX(node) or \
                len("".join(node.itertext())) > MAX_CAPTION_BOX:
            return False
        if node.tag in ("figure", "picture") or next(node.iter("img", "picture"), None) \
                is not None:
            return True
        node = node.getparent()
    return False


def _bare_credit(text: str) -> str | None:
    """A credit box's text without a label of ``photo_credit``'s (``akorda.kz``, ``Reuters``,
    ``Image copyright Getty Images``, ``Photograph: X``, ``Photograph by X``): a short name,
    not a sentence, a site's notice (``© 2026 …``, ``All rights reserved``) nor a caption."""
    text = _BARE_LABEL.sub("", text, count=1)
    if not text or len(text.split()) > MAX_BARE_WORDS or W.SENTENCE_END.search(text) or \
            P.caption_value(text):
        return None
    return P.copyright_credit(text)


_BARE_LABEL = re.compile(r"^(?i:photograph(?:\s+by)?|(?:photo|image|picture)\s+copyright|"
                         r"courtesy(?:\s+of)?)\s*[:：]?\s+")
"""A credit's label a credit box prints with no mark after it, or one ``photo_credit`` does
not read (``Image copyright``, ``Photograph:``, ``Photograph by``, ``Courtesy``)."""
_BRACKETED = re.compile(r"^\((?P<c>[^()]+)\)$")
"""A credit box's text in brackets: ``(Image: gargantiopa / Getty Images)``."""


@rule("css:credit-class", "an element outside page furniture whose class names the photo's "
      "credit, case-blind (`credit`, `credits`, `photo-credit`, `image-credit`, "
      "`wp-caption-credit`, K2's `itemImageCredits`; `copyright` in a figure or an image's "
      "box): the first that holds a labelled credit or stands by a picture decides: the name "
      "after its label (`Фото:pixabay`, the caption printed before it in the same block "
      "aside; in brackets too: `(Image: X)`), or the short name it holds bare (`akorda.kz`, "
      "after a label read no other way: `Image copyright X`, `Photograph: X`); a template's "
      "empty value (`Фото:None`, `null`) none")
def _credit_class(p: Page) -> str | None:
    for el in _credit_boxes(p):
        text = p.text(el)
        bracketed = _BRACKETED.match(text)
        text = P.clean_text(bracketed["c"]) if bracketed else text
        if not text or len(text) > MAX_CREDIT_BOX:
            continue
        found = O.photo_credit(text, own_name=True)
        near = _near_picture(el)
        if found is None and near:
            found = _bare_credit(text)
        if found is not None or near:
            return found if found and found.casefold() not in EMPTY_VALUES else None
    return None


EMPTY_VALUES = frozenset({"none", "null", "undefined", "nan", "n/a", "-", "—", "–"})
"""A template's empty value printed as it is (``Фото:None``): no credit."""


def _credit_line(p: Page) -> str | None:
    for i in p.region:
        found = O.photo_credit(p.clean[i])
        if found:
            return found
    return None


def _caption_above(p: Page) -> str | None:
    """The credit a caption of the photo above the text ends with."""
    for i in p.region:
        text = p.clean[i]
        if p.caption(p.lines[i].element, text):
            found = O.caption_credit(text)
            if found:
                return found
    return None


def _header_credit(p: Page) -> str | None:
    """A credit in the article's own ``<header>`` (a long read's author cards after its lead:
    ``<div class="author-card"><img><span>Фото:</span> <b>X</b></div>``)."""
    head = p.headline_element(p.headline)
    header = next(head.iterancestors("header"), None) if head is not None else None
    if header is None or p.head_zone(header) is not None:
        return None
    for i in p.index.within(header):
        found = O.photo_credit(p.clean[i]) if W.PHOTO_LABEL.match(p.clean[i]) else None
        if found:
            return found
    return None


MAX_PICTURES = 4  # the lead photo is among the first pictures outside page furniture


def _picture_attr(p: Page) -> str | None:
    """A credit printed only in a picture's own attributes: its ``title`` (``Фото:
    akorda.kz``) or the end of its ``alt`` (``Участники встречи. Photo: gov.kz``). An
    attribute repeating the headline says what the picture shows (an infographic's ``alt``
    ``Инфографика: инфляция за год`` under that headline), no author."""
    seen = 0
    headline: set[tuple[str, ...]] | None = None
    for img in p.index.tag("img"):
        if p.zone(img):
            continue
        for value in (img.get("title"), img.get("alt")):
            text = P.clean_text(value) if value and len(value) <= MAX_ATTR else ""
            if not text or (" " not in text and _file_name(img, text)):
                continue
            if headline is None:
                headline = _wordings(p.fields.value("title") or "")
            if headline & _wordings(text):
                continue
            found = O.photo_credit(text) or O.caption_credit(text)
            if found and not describes(found, p.fields.value("title") or ""):
                return found
        seen += 1
        if seen >= MAX_PICTURES:
            break
    return None


_SOURCES = ("src", "data-src", "data-image")


def _file_name(img: etree._Element, text: str) -> bool:
    """``text``, a picture's ``alt`` or ``title`` of one word, is a file's name, as a builder
    fills it in by default (Squarespace's ``alt="image-asset.jpeg"``: no ``image-`` label
    and a credit ``asset.jpeg``), or its own file's name without the extension."""
    if "/" not in text and variants.IMAGE_NAME.search(text):
        return True
    stem = text.casefold()
    return any(images.file_name(url).rpartition(".")[0].casefold() == stem
               for url in map(img.get, _SOURCES) if url)


_CREDIT_WORD = re.compile(
    r"пресс|служб\w*|архив\w*|открыт\w*|источник\w*|сет\w*|интернет\w*|личн\w*|сайт\w*|"
    r"соцсет\w*|официальн\w*|агентств\w*|редакци\w*|press|service|office|archive|social|"
    r"media|the|file|courtesy", re.I)
"""Words of an agency's or a source's credit after a preposition (``с сайта``, ``из
открытых источников``, ``из архива``, ``from the archive``, ``in social media``)."""
_SCENE = re.compile(r"на|в|во|при|у|за|перед|после|во\s+время|среди|около|возле|над|под|с|со|"
                    r"из|к|at|in|on|during|with|after|before|from", re.I)
"""Prepositions placing what a picture shows (``на совещании``, ``at the meeting``); not
``по``, which names an agency's territory (``ДЧС по Алматинской области``)."""
_CREDITED = re.compile(r"пресс|служб\w*|для|специально|агентств\w*|press|service|office|"
                       r"for|by|courtesy", re.I)
"""Words of a credit before a place (``пресс-служба … в Алматы``, ``специально для
Tengrinews из Алматы``): the place is the agency's or the photographer's, not a scene."""
MIN_SHARED = 3  # letters of a word a description shares with the headline


def describes(credit: str, headline: str) -> bool:
    """A picture's attribute read as a credit that says what the picture shows: it shares a
    word with the headline (``Касым-Жомарт Токаев на совещании`` under ``Токаев провёл
    совещание …``) and places it (a preposition not opening a source: ``на совещании``).
    A credit is a name or an agency (``Kazinform``, ``Ивана Петрова``, ``пресс-служба
    акимата Алматы``, ``с сайта Акорды``)."""
    words = _WORD.findall(credit)
    own = {w.casefold() for w in _WORD.findall(headline) if len(w) >= MIN_SHARED}
    if not any(w.casefold() in own for w in words):
        return False
    return any(w.islower() and _SCENE.fullmatch(w) and k + 1 < len(words) and
               not _CREDIT_WORD.fullmatch(words[k + 1]) and
               not any(_CREDITED.fullmatch(b) for b in words[:k]) for k, w in enumerate(words))


MAX_ATTR = 300  # characters: a longer ``alt`` is a description, not a caption
_WORD = re.compile(r"[^\W_]+")
_SITE_AFFIX = re.compile(r"\s+[|·—–-]\s+")
"""A site's name behind a separator (``… | Центр информации``)."""
MIN_WORDING = 2  # words: a name of one word in both is a credit, not the headline


def _wordings(text: str) -> set[tuple[str, ...]]:
    """The words of ``text`` (case, quotes and punctuation aside), and of its part after its
    label (``Инфографика: …``) and before a site name behind a separator: a picture's
    attribute sharing one with the headline repeats it (``Инфографика: "Инфляция за год" |
    Центр информации`` under ``Инфографика: «Инфляция за год»``)."""
    first = _SITE_AFFIX.split(text, maxsplit=1)[0]
    out = set()
    for part in (text, first, text.partition(":")[2], first.partition(":")[2]):
        words = tuple(_WORD.findall(part.casefold()))
        if len(words) >= MIN_WORDING:
            out.add(words)
    return out

# A picture box's credit kept in an attribute a stylesheet prints (``figure::after{content:
# attr(data-credit)}``): nothing of it is in the page's text.
_CREDIT_ATTRS = ("data-credit", "data-photo-credit", "data-copyright", "data-photographer",
                 "data-author")
_PICTURE_BOX = etree.XPath("boolean(self::img or self::figure or self::picture or "
                           "descendant::img or descendant::*[contains(@style, 'url(')])")
_TEXT_BOX = etree.XPath("boolean(descendant::h1 or descendant::h2 or descendant::h3 or "
                        "count(descendant::p) > 1)")
_PICTURE_TAGS = frozenset({"img", "figure", "picture"})
MAX_CREDIT_ATTR = 80  # characters: a longer value is a caption or a description
MAX_CAPTION_BOX = 300  # characters: a box holding more text than a caption is no picture's
CREDIT_ATTR_DEPTH = 2  # an image, its box and the figure around that


def _credit_holders(p: Page) -> list[etree._Element]:
    """The pictures (and the two boxes around each) and the figures of the page, in order."""
    seen: dict[etree._Element, None] = {}
    for img in p.index.tag("img"):
        seen[img] = None
        for node in islice(img.iterancestors(), CREDIT_ATTR_DEPTH):
            seen[node] = None
    seen.update(dict.fromkeys(p.index.tag("figure")))
    return list(seen)


def _box_attr(p: Page) -> str | None:
    """A credit a picture box carries in an attribute (``<figure data-credit="Фото: pixabay">``,
    ``data-photographer``, an image's ``data-author``): the name after its label, or the whole
    value; an attribute of a box without a picture (an author card's ``data-author``) none."""
    for el in _credit_holders(p):
        # ``data-author`` of a box is its text's author (a post's, an author card's): only a
        # picture's own names its photographer
        names = _CREDIT_ATTRS if el.tag in _PICTURE_TAGS else _CREDIT_ATTRS[:-1]
        values = [v for v in map(el.get, names) if v]
        if not values or p.zone(el) or not _PICTURE_BOX(el) or _TEXT_BOX(el) or \
                len("".join(el.itertext())) > MAX_CAPTION_BOX:  # the article's own box
            continue
        value = P.clean_text(values[0])
        if value and len(value) <= MAX_CREDIT_ATTR:
            found = O.photo_credit(value) or value
            if not describes(found, p.fields.value("title") or ""):
                return found
    return None


CREDIT: Field[Page] = Field("photo_credit", (
    Rule("text:credit-line", lambda p: p.body_scan().credit,
         "its own short line in the body (`Фото: X`, or a copyright mark `© X` by a picture; a "
         "site's notice `© 2026 …`, `All rights reserved` or the outlet's own name none; "
         "`Фото из архива`: `архив`; `Фото автора` under a paper's signature: the signed "
         "name, `Айгуль САРСЕНОВА` -> `Айгуль Сарсенова`)"),
    Rule("text:credit-inline", lambda p: p.inline_credit, "glued to the lead"),
    css_credit,
    _credit_class,
    Rule("text:credit-above", _credit_line, "`Фото:gov.kz` between headline and body"),
    Rule("text:header-credit", _header_credit, "`Фото: X` in the article's own `<header>` "
         "(a long read's author cards, the label and the name in elements of their own)"),
    labelled("credit", lambda vs: O.photo_credit(vs[0]) or (
                 None if P.caption_value(vs[0]) else P.clean_text(vs[0]) or None),
             "`Фото:` as a label element before its value, or a field classed "
             "`field-name-field-photo-credit`/`field--name-field-photo-author`; never a "
             "caption's sentence (`Photo: a man walks past the new building on Monday.`)"),
    Rule("text:caption-credit", lambda p: p.body_scan().caption_credit or _caption_above(p),
         "the end of a photo's caption in the body or between headline and body "
         "(`Участники встречи. Фото: akorda.kz`, the credit maybe in an element of its own)"),
    Rule("attr:img-credit", _picture_attr,
         "a picture's `title` that is a credit (`Фото: akorda.kz`) or `alt` ending in one "
         "(`… Photo: gov.kz`), among the first pictures outside page furniture; not a "
         "file's name a builder fills in (`alt=\"image-asset.jpeg\"`)"),
    Rule("attr:box-credit", _box_attr,
         "a picture box's credit attribute, printed by a stylesheet (`<figure "
         "data-credit=\"Фото: pixabay\">`, `data-photo-credit`, `data-copyright`, "
         "`data-photographer`, `data-author` of a box holding a picture)"),
    ST.CREDIT,
))
