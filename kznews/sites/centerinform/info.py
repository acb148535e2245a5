"""The info line: the date, view count, rubric and tags a CMS prints together — under the
headline (``20 Апреля 2023 683 Социум``, ``18.12.2020 | Просмотров: 24985 | Рубрика: X``) or as
a details row anywhere on the page (uCoz, DLE: ``Категория: X | Просмотров: 5 | Добавил:
admin | Дата: <span title="15:40">16.04.2021</span> | Теги: a, b``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from lxml import etree

from kznews import processors as P
from kznews.extract.index import PageIndex
from kznews.extract.labels import LIST_SEP, RowPart, row_parts
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import words as W

_CLOCK = re.compile(r"\s*([01]?[0-9]|2[0-3]):([0-5][0-9])\s*")
MAX_ROW = 600  # characters: a longer line is text, not a row of details


@dataclass(frozen=True)
class Chunk:
    """One part of an info line: its text, the texts of its links, a time shown on hover."""

    text: str
    links: tuple[str, ...] = ()
    clock: tuple[int, int] | None = None


def labelled_info(chunks: Sequence[Chunk]) -> P.InfoLine | None:
    """An info line in separated parts, at least one of them labelled: ``18 Декабря 2020 |
    Просмотров: 24985 | Рубрика: Economy | Теги: a, b`` or ``06.03.2020 | 4467 просмотров |
    Экология``. Another label's part (``Добавил: admin``, ``Рейтинг: 5``) is passed over."""
    chunks = [c for c in chunks if c.text]
    if len(chunks) < 2:
        return None
    found: dict[str, Chunk] = {}
    plain: list[str] = []
    counts: list[str] = []
    for chunk in chunks:
        match = W.INFO_LABEL.search(chunk.text)
        trailing = W.VIEWS_AFTER.match(chunk.text)
        if match:
            found[match.lastgroup or ""] = Chunk(chunk.text[match.end():].strip(), chunk.links)
        elif trailing:
            found["views"] = Chunk(trailing.group(1))
        elif P.parse_date_text(chunk.text) is not None:
            continue
        elif S.VIEWS_COUNT.match(chunk.text):  # ``8,5 тыс.``: a count, never the rubric
            counts.append(chunk.text)
        else:
            plain.append(chunk.text)
    if not found:
        return None
    suffixed = [c for c in counts if not c.replace(" ", "").isdigit()]
    if suffixed and "views" not in found:
        found["views"] = Chunk(suffixed[0])
    # An unlabelled part is the rubric, unless it is a comma-separated list: the tags.
    lists = [c for c in plain if "," in c]
    if lists and "tags" not in found:
        found["tags"] = Chunk(lists[0])
    plain = [c for c in plain if "," not in c and rubric_like(c)]
    if plain and "category" not in found:
        found["category"] = Chunk(plain[0])
    rubric, tags = found.get("category"), found.get("tags")
    return P.InfoLine(
        date=_when(chunks),
        views=P.parse_views(found["views"].text) if "views" in found else None,
        category=P.clean_text(rubric.links[0] if rubric.links else rubric.text) or None
        if rubric else None,
        tags=P.split_tags((tags.links or [tags.text]) if tags else []),
    )


_NOT_PUBLISHED = re.compile(r"\W*(?:дата\s+(?:создания|изменения|обновления|правки)|date\s+"
                            r"(?:created|modified|updated))(?![^\W\d_])", re.I)
"""A date's label naming another moment than the publication (``Дата изменения``)."""


def _when(chunks: Sequence[Chunk]) -> date | None:
    """The date of the line's part labelled as the publication's (``Опубликовано: 16 апреля
    2021 10:00`` after Joomla's ``Создано: 15 апреля 2021``), else the line's first date; a
    date alone takes the time its element shows on hover."""
    labelled = (P.parse_date_text(c.text) for c in chunks
                if S.PUBLISHED_LABEL.match(c.text) and not _NOT_PUBLISHED.match(c.text))
    when = next((d for d in labelled if d is not None), None) or \
        P.parse_date_text(" | ".join(c.text for c in chunks))
    if when is None or isinstance(when, datetime):
        return when
    clock = next((c.clock for c in chunks if c.clock and P.parse_date_text(c.text) == when), None)
    return datetime(when.year, when.month, when.day, *clock) if clock else when


LABEL_TAGS = frozenset({"dt", "th", "label"})
MAX_FACT_LABEL = 40  # characters: ``Количество просмотров``, ``Дата публикации``
_FACT_LABEL = re.compile(r"[^\W\d_]+(?:[\s.-]+[^\W\d_]+)*\s*[:：]?")


def with_labels(parts: Sequence[tuple[etree._Element, str]]) -> list[str]:
    """The texts of an info line's parts (each with its line's element), a label element's
    joined to its value's as ``Label: value``: ``<dt>Просмотров</dt><dd>7528</dd>``,
    ``<th>Views</th><td>7528</td>`` are the count's label and the count, never a rubric and a
    number; ``<dt>Автор</dt><dd>…</dd>`` is another label's part, never the rubric."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        el, text = parts[k]
        if k + 1 < len(parts) and _is_fact_label(el, text) and _holds_value(el, parts[k + 1][0]):
            out.append(f"{text.rstrip(' :：')}: {parts[k + 1][1]}")
            k += 2
            continue
        out.append(text)
        k += 1
    return out


def _is_fact_label(el: etree._Element, text: str) -> bool:
    """A ``<dt>``/``<th>``/``<label>`` holding words alone (no number, no date): a label."""
    return el.tag in LABEL_TAGS and len(text) <= MAX_FACT_LABEL and \
        _FACT_LABEL.fullmatch(text) is not None


def _holds_value(label: etree._Element, el: etree._Element) -> bool:
    """``el`` is the element right after ``label`` (its ``<dd>``/``<td>``) or inside it."""
    after = label.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after is not None and (after is el or any(a is after for a in el.iterancestors()))


def rubric_like(text: str) -> bool:
    """Not a bare label, another label's part, a time zone, a reading time, a photo credit,
    the details box's heading (``Подробности``) or a picture's button (``Enlarge Image``):
    what an info line's unlabelled part must be to be taken for the rubric."""
    return not (W.NOT_RUBRIC.search(text) or W.ZONE_NOTE.match(text)
                or W.READING_TIME.search(text) or W.PHOTO_LABEL.match(text)
                or W.INFO_HEADING.match(text) or W.PICTURE_CONTROL.fullmatch(text))


def sane(info: P.InfoLine | None) -> P.InfoLine | None:
    """An info line read from plain text without the rubric and tags it cannot have (a byline
    after the date, ``by admin``, is neither)."""
    if info is None:
        return info
    if info.category and W.BY_WORD.fullmatch(info.category):  # ``… 2021 by admin``: a byline
        return P.InfoLine(info.date, info.views, None, [])
    if info.category and info.tags and \
            W.FILED_UNDER.match(f"{info.category} {info.tags[0]}"):
        # ``… 9:45 am Filed Under: a, b``: a label, its links the tags (a rubric's link under
        # it is the labelled rule's)
        first = W.FILED_UNDER.sub("", f"{info.category} {info.tags[0]}", count=1).strip()
        return P.InfoLine(info.date, info.views, None, [t for t in (first, *info.tags[1:]) if t])
    category = info.category if info.category is None or rubric_like(info.category) else None
    tags = [] if info.category and _other_label(info.category) else \
        [t for t in info.tags if not is_date(t)]
    if category == info.category and len(tags) == len(info.tags):
        return info
    return P.InfoLine(info.date, info.views, category, tags)


def _other_label(word: str) -> bool:
    """A bare label other than the tags' (``… 10:00 Автор: Дана Әбілқызы``): the words
    after it are that field's value, never the tags."""
    label = W.INFO_LABEL.match(f"{word} ")
    return W.NOT_RUBRIC.match(word) is not None and word.endswith((":", "：")) and \
        (label is None or label.lastgroup != "tags")


def is_date(text: str) -> bool:
    """A date, with or without its year (``October 14``, ``14 қазан``, ``14.10.2020``), a
    change's label (``Updated: …``), or a date after a field's label (``Опубликовано:
    12.09.2020 05:45``, ``Дата публикации: 12 сентября 2020``, ``Published: September 12``):
    a second date printed in the details, never a tag."""
    if W.MODIFIED_LABEL.match(text) is not None or _bare_date(text):
        return True
    label = _DATE_LABEL.match(text)
    return label is not None and _bare_date(text[label.end():])


def _bare_date(text: str) -> bool:
    stamp = P.yearless_stamp(text)
    return bool(text) and (bool(stamp and stamp[3] == len(text)) or P.is_date_stamp(text))


_DATE_LABEL = re.compile(r"(?:[^\W\d_][\w.-]*\s+){0,2}[^\W\d_][\w.-]*\s*[:：]\s*")
"""A field's label of up to three words and its colon (``Опубликовано:``, ``Дата
публикации:``, ``Жарияланған уақыты:``) before a date: that field's date."""


def details_row(index: PageIndex, clean: Sequence[str]) -> P.InfoLine | None:
    """The first row of labelled details outside page furniture, wherever it is printed
    (above or under the text): ``S.is_details_row``."""
    for i, text in enumerate(clean):
        if not text or len(text) > MAX_ROW or not S.is_details_row(text):
            continue
        line = index.lines[i]
        if index.zone(line.element):
            continue
        chunks = [_chunk(index, line.element, part) for part in row_parts(index, text, line.links)]
        info = labelled_info(chunks)
        if info is not None:
            return info
    return None


def _chunk(index: PageIndex, row: etree._Element, part: RowPart) -> Chunk:
    links = tuple(v for v in map(index.text, part.links) if v)
    if P.parse_date_text(part.text) is None:
        return Chunk(part.text, links)
    # uCoz, DLE: ``<span title="15:40">16.04.2021</span>``: the time of day on hover
    for el in row.iter(etree.Element):
        tip = _CLOCK.fullmatch(el.get("title") or "")
        shown = index.text(el) if tip else ""
        if tip and shown and shown in part.text and P.parse_date_text(shown):
            return Chunk(part.text, links, (int(tip[1]), int(tip[2])))
    return Chunk(part.text, links)


def split_chunks(text: str) -> list[Chunk]:
    return [Chunk(c.strip()) for c in LIST_SEP.split(text) if c.strip()]
