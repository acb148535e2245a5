"""Values a page prints under a label: ``Рубрика: <a>X</a>`` on one line, or a label element
with its values in the next one (Drupal's ``field-label`` + ``field-items``, ``<dt>``/``<dd>``,
``<th>``/``<td>``), a label's own element run straight into its links (``<span>ИСТОЧНИК</span>
<a>КазТАГ</a>``), a box named by its ``aria-label`` (``Views``), and CMS fields named by class
(Drupal's ``field-name-field-tags``).

A link's meaning comes from its label or its field's name, not from its URL: a CMS may file
rubrics and tags alike under ``/taxonomy/term/N``. The caller gives the label pattern (one
named group per kind of value) and the field-class pattern; nothing here knows an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from kznews.extract.index import PageIndex

LIST_SEP = re.compile(r"\s[|•·]\s")
"""What separates the parts of an info line (``Рубрика: X | Просмотров: 5``)."""
_AFTER_LABEL = re.compile(r"\s*([:：])?\s*")
_LABEL_TAGS = frozenset({"dt", "th", "label"})
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_MAX_HEADED_VALUE = 40  # characters: a tag under a heading, not a story's title
_MAX_VALUE = 100  # characters: a rubric, a tag, a source's or photographer's name
_MAX_LABEL_LINE = 300  # characters: a longer line is text, not a label with its values
_MAX_ROW = 600  # characters: a row of labelled parts (``Рубрика: X | Теги: a, b, …``)
_MAX_GLUED_LABEL = 40  # characters: a label's own element (``ИСТОЧНИК``, ``Ключевые слова``)


@dataclass(frozen=True)
class RowPart:
    """One part of a line split at its separators, with the links printed in it."""

    text: str
    links: tuple[etree._Element, ...] = ()


def row_parts(index: PageIndex, text: str, links: Sequence[etree._Element]) -> list[RowPart]:
    """A line (``Рубрика: <a>X</a> | Просмотров: 5 | Теги: <a>a</a>, <a>b</a>``) split at its
    separators, each link given to the part its text is printed in."""
    bounds = [m.start() for m in LIST_SEP.finditer(text)]
    owned: list[list[etree._Element]] = [[] for _ in range(len(bounds) + 1)]
    cursor = 0
    for a in links:
        shown = index.text(a)
        at = text.find(shown, cursor) if shown else -1
        if at >= 0:
            cursor = at + len(shown)
            owned[sum(1 for b in bounds if b < at)].append(a)
    cuts = [0, *bounds, len(text)]
    parts = []
    for k in range(len(cuts) - 1):
        piece = LIST_SEP.sub("", text[cuts[k]:cuts[k + 1]], count=1) if k else text[:cuts[1]]
        parts.append(RowPart(piece.strip(), tuple(owned[k])))
    return parts


@dataclass(frozen=True)
class Labelled:
    """The values printed for one kind of field and how they were found."""

    values: tuple[str, ...]
    rule: str  # ``text:field-label`` or ``css:.<the field's class>``


def labelled_fields(index: PageIndex, clean: Sequence[str], labels: re.Pattern[str],
                    field_class: re.Pattern[str]) -> dict[str, Labelled]:
    """The first labelled value(s) of each kind outside page furniture: label lines first,
    then fields named by class for the kinds still missing.

    ``labels`` matches a label at the start of a line, one named group per kind;
    ``field_class`` fully matches a class token naming a field, one named group per kind."""
    found: dict[str, Labelled] = {}
    headlines: frozenset[str] | None = None
    for i, text in enumerate(clean):
        if text and len(text) < _MAX_ROW and ("|" in text or "•" in text or "·" in text) and \
                LIST_SEP.search(text) and not index.zone(index.lines[i].element):
            row = row_values(index, text, index.lines[i].links, labels)
            for name, values in row.items():
                found.setdefault(name, Labelled(values, "text:field-label"))
            continue
        match = labels.match(text) if text and len(text) < _MAX_LABEL_LINE else None
        kind = match.lastgroup if match is not None else None
        line = index.lines[i]
        if match is None and line.links and text and len(text) < _MAX_LABEL_LINE:
            glued = _glued_label(index, line.element, line.links, text, labels)
            if glued is not None and glued[0] not in found and not index.zone(line.element):
                found[glued[0]] = Labelled(glued[1], "text:field-label")
            continue
        if match is None or kind is None or kind in found:
            continue
        if index.zone(line.element):
            continue
        if headlines is None:
            headlines = _headlines(index)
        if text in headlines:
            continue
        values = _line_values(index, line.element, line.links, text, match.end())
        if values:
            found[kind] = Labelled(values, "text:field-label")
    _aria_labelled(index, labels, found)
    for token in index.class_tokens():
        named = field_class.fullmatch(token)
        if named is None or named.lastgroup is None or named.lastgroup in found:
            continue
        for el in index.with_class(token):
            values = () if index.zone(el) else values_in(index, el, labels)
            if values:
                found[named.lastgroup] = Labelled(values, f"css:.{token}")
                break
    return found


def _glued_label(index: PageIndex, el: etree._Element, links: Sequence[etree._Element],
                 text: str, labels: re.Pattern[str]) -> tuple[str, tuple[str, ...]] | None:
    """The kind and values of a line whose first element is a label and nothing else, run
    straight into its links (``<span>ИСТОЧНИК</span><a>КазТАГ</a>``, read ``ИСТОЧНИККазТАГ``:
    a theme sets the two apart by CSS alone); None when the line is anything else (an
    element cutting a word, ``<span>Фото</span>графии …``, runs on into more than links).
    The text before the first link, glued to it, is asked first: most lines (a link opening
    them, a badge and a space before it) are turned away before any element is looked at."""
    first = index.text(links[0])
    at = text.find(first) if first else -1
    if not 0 < at <= _MAX_GLUED_LABEL or not text[at - 1].isalnum() or not first[0].isalnum():
        return None
    match = labels.match(text, 0, at)
    if match is None or match.lastgroup is None or match.end() != at or \
            (el.text or "").strip() or not len(el):
        return None
    label = el[0]  # the label's own element, holding the label and nothing else
    if label.tag == "a" or len(label) or " ".join((label.text or "").split()) != text[:at]:
        return None
    values = tuple(v for v in map(index.text, links) if v)
    if not values or _NOT_LINKED.sub("", _strip_all(text[at:], values)):
        return None
    return match.lastgroup, values


def _headlines(index: PageIndex) -> frozenset[str]:
    """What the page shows as its headline (its ``<h1>``s, ``og:title``, ``twitter:title``): a
    label opening it names what the story is (``Фото: как изменился Алматы за 20 лет``,
    ``ВИДЕО: …``), no field's value."""
    titles = [*index.meta.all("og:title"), *index.meta.all("twitter:title")]
    return frozenset([*(index.text(el) for el in index.tag("h1")),
                      *(index.clean(t) for t in titles)])


def _aria_labelled(index: PageIndex, labels: re.Pattern[str], found: dict[str, Labelled]) -> None:
    """A box whose ``aria-label`` is a field's label and nothing else (``<div aria-label="Views">
    👁 7,192</div>``, ``aria-label="Рубрика"``): its text or links are that field's values, as
    under a label element. Only for the kinds no label line gave."""
    for el in index.with_attr("aria-label"):
        name = (el.get("aria-label") or "").strip(" :：")
        match = labels.match(name) if name else None
        kind = match.lastgroup if match is not None else None
        if kind is None or kind in found or match is None or match.end() < len(name) or \
                index.zone(el):
            continue
        values = values_in(index, el, None)
        if values:
            found[kind] = Labelled(values, "text:field-label")


def row_values(index: PageIndex, text: str, links: Sequence[etree._Element],
               labels: re.Pattern[str]) -> dict[str, tuple[str, ...]]:
    """The labelled parts of an info row (``Категория: <a>X</a> | Добавил: admin | Теги:
    <a>a</a>``): each label's links, else its text; a part of links only after a label's
    part goes on with its values (``Теги: <a>a</a> | <a>b</a>``)."""
    out: dict[str, tuple[str, ...]] = {}
    last: str | None = None
    for part in row_parts(index, text, links):
        shown = tuple(v for v in map(index.text, part.links) if v)
        match = labels.match(part.text)
        after = _AFTER_LABEL.match(part.text, match.end()) if match else None
        if match is None or match.lastgroup is None or after is None or after.group(1) is None:
            only_links = shown and not _NOT_LINKED.sub("", _strip_all(part.text, shown))
            if last is not None and only_links:
                out[last] += shown
            else:
                last = None
            continue
        rest = part.text[after.end():].strip()
        values = shown or ((rest,) if rest else ())
        last = None
        if values and match.lastgroup not in out:
            out[match.lastgroup] = values
            last = match.lastgroup
    return out


_NOT_LINKED = re.compile(r"[\s,;|•·]+")


def _strip_all(text: str, pieces: Sequence[str]) -> str:
    for piece in pieces:
        text = text.replace(piece, "", 1)
    return text


def _line_values(index: PageIndex, el: etree._Element, links: Sequence[etree._Element],
                 text: str, label_end: int) -> tuple[str, ...]:
    """The values after a label: on its own line (its links, else its text up to an info
    line's separator), else in the element after the label's own."""
    after_label = _AFTER_LABEL.match(text, label_end)
    colon = after_label is not None and after_label.group(1) is not None
    rest = text[after_label.end() if after_label else label_end:].strip()
    if rest:
        if not colon:
            return ()  # ``Source of the grant …``: a sentence, not a label
        linked = tuple(v for v in (index.text(a) for a in links) if v)
        return linked or (LIST_SEP.split(rest)[0].strip(),)
    heading = el.tag in _HEADING_TAGS
    labelish = colon or heading or el.tag in _LABEL_TAGS or "label" in (el.get("class") or "")
    if not labelish or index.text(el) != text:
        return ()
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    values = values_in(index, after, labels=None) if after is not None else ()
    # a paragraph after a lone ``Фото:`` is text, not a value; under a heading, a list of
    # short names is the field's (``<h3>Tags</h3><ul><li><a>…``), titles are other stories
    longest = _MAX_HEADED_VALUE if heading else _MAX_VALUE
    return values if all(len(v) <= longest for v in values) else ()


PATH_SEPARATORS = frozenset({"/", "›", "»", ">", "→", "\\"})
"""What stands between the links of a path (a rubric under its section), never of a list."""


def values_in(index: PageIndex, el: etree._Element,
              labels: re.Pattern[str] | None) -> tuple[str, ...]:
    """A field's values: its links, else its items, else its text; a label inside it (an
    element classed ``…label…``, or ``labels`` at the start of its text) is not a value."""
    label = next((c for c in el.iter(etree.Element)
                  if c is not el and "label" in (c.get("class") or "")), None)
    links = [a for a in el.iter("a") if label is None or label not in a.iterancestors()]
    if links:
        if len(links) > 1 and all((a.tail or "").strip() in PATH_SEPARATORS for a in links[:-1]):
            links = links[-1:]  # a path (``Новости / Общество``): its last part is the field's
        return tuple(v for v in map(index.text, links) if v)
    items = [c for c in el.iter(etree.Element) if c is not el and _is_item(c)]
    if items:
        return tuple(v for v in map(index.text, items) if v)
    text = index.text(el)
    if label is not None:
        text = text.removeprefix(index.text(label)).strip()
    elif labels is not None:
        match = labels.match(text)
        text = text[match.end():].lstrip(" :：") if match else text
    return (text,) if text else ()


def _is_item(el: etree._Element) -> bool:
    """A leaf item of a field (``field-item``, ``field__item``, ``<li>``), not a list of
    items."""
    if el.tag == "li":
        return next(el.iterdescendants("li", "ul", "ol"), None) is None
    cls = el.get("class") or ""
    return "item" in cls and "items" not in cls and not any(
        "item" in (c.get("class") or "") for c in el.iter(etree.Element) if c is not el)
