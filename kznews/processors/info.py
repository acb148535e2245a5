"""Info lines under a headline: date, view count, rubric, tags."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from datetime import date

from kznews.processors.dates import _find_date
from kznews.processors.printed import tag_name
from kznews.processors.stamps import _HEAD_RUBRIC, date_stamp, yearless_stamp
from kznews.processors.text import clean_text

# --------------------------------------------------------------------------- info line

_Date = date


@dataclass(frozen=True)
class InfoLine:
    """The line under the headline: ``20 Апреля 2023 683 Социум Алматы, аким, субботник``.

    ``date`` is a ``datetime`` when the line gives a time of day (``14.06.2022, 11:05``,
    ``Пятница, 16 Апреля 2021 15:40``): Almaty wall time, as ``parse_date_text`` reads it."""

    date: _Date | None
    views: int | None
    category: str | None
    tags: list[str] = field(default_factory=list)


_VIEWS_LEAD = re.compile(
    r"\s*[,|·•/]?\s*(?:(?:👁\ufe0f?|👀)\s*)?"
    r"(?P<n>[0-9]{1,12}(?:[.,][0-9]{1,6})?\s*(?:[KkКкMmМм]|тыс\.?|мың|млн\.?)"
    r"(?![^\W\d_])|[0-9]{1,3}(?:[ ,][0-9]{3})+(?![0-9])|[0-9]+)(?![0-9])(?!\s*:\s*[0-9]{2})")
"""A count after the date: ``683``, ``24 985``, ``8,5 тыс.``, ``1.3K`` (its decimals and
suffix are the count's, never a rubric or a tag), maybe after an eye glyph (``👁 683``); never
the hour of a time the date parser did not take as the date's (``16.04.2021 ⁄ 11:20``)."""
_BRACKETED_COUNT = re.compile(
    r"\s*[,|·•]?\s*(?P<open>[(\[])\s*(?P<n>[0-9]{1,3}(?:[ ,][0-9]{3})+|[0-9]+)\s*[)\]](?![0-9])")
"""A bare count in brackets right after the date (``20.04.2023 15:40 (683)``, ``[683]``): a
WAP page's or an old CMS's view count."""
_WORD_START = re.compile(r"[«\"'“]?[^\W\d_]")
_NUMBER_SUFFIX = re.compile(
    r"(?<![0-9.,])(?P<n>[0-9]{1,12}(?:[.,][0-9]{1,6})?)\s*"
    r"(?P<s>[KkКк]|тыс\.?|мың|thousand|[MmМм]|млн\.?|million)(?![^\W\d_])"
)
_NUMBER = re.compile(
    r"(?<![0-9])[0-9]{1,3}(?:(?P<sep>[ ,.])[0-9]{3})(?:(?P=sep)[0-9]{3})*(?![0-9])|[0-9]+"
)
_MULTIPLIERS = {"k": 1_000, "к": 1_000, "тыс": 1_000, "мың": 1_000, "thousand": 1_000,
                "m": 1_000_000, "м": 1_000_000, "млн": 1_000_000, "million": 1_000_000}  # fmt: skip


def parse_views(text: str | None) -> int | None:
    """A view count: ``683``, ``1 234``, ``1,234``, ``Просмотров: 683``, ``1.2K`` -> 1200."""
    cleaned = clean_text(text)
    if not cleaned:
        return None
    suffixed = _NUMBER_SUFFIX.search(cleaned)
    plain = _NUMBER.search(cleaned)
    if suffixed is not None and (plain is None or suffixed.start() <= plain.start()):
        mult = _MULTIPLIERS[suffixed["s"].lower().rstrip(".")]
        return round(float(suffixed["n"].replace(",", ".")) * mult)
    if plain is None:
        return None
    digits = re.sub(r"[^0-9]", "", plain.group(0))
    if len(digits) > 15:
        return None
    return int(digits)


def parse_info_line(text: str, count_unit: re.Pattern[str] | None = None,
                    head_rubric: Callable[[str], bool] | None = None,
                    rubrics: Container[str] = ()) -> InfoLine | None:
    """Date, view count, category (the words after the count, ``split_rubric``) and
    comma-separated tags.

    ``count_unit`` matches the word a count may carry (``683 просмотров``, ``3568 рет
    қаралды``, or before it as its label: ``Просмотров 683``): it goes with the count, never
    read as the rubric. With ``head_rubric``, a few words before the date and a separator
    (``Общество / 20.04.2023``) are the rubric when nothing after the date is and
    ``head_rubric`` accepts them. ``rubrics`` holds the rubric names the page names elsewhere
    (its menu's links, casefolded): where the rubric ends in a line printed as one text."""
    cleaned = clean_text(text)
    found = _find_date(cleaned)
    if found is None:
        return None
    when, start, end = found
    rest = _without_second_date(cleaned[end:])
    views: int | None = None
    lead = _VIEWS_LEAD.match(rest) or _BRACKETED_COUNT.match(rest)
    # ``20.04.2023 | Просмотров 683``: a field separator may stand before the count's label
    seps = _INFO_SEP.match(rest).end()  # type: ignore[union-attr]
    label = count_unit.match(rest, seps) if lead is None and count_unit is not None else None
    if label is not None:  # ``Просмотров 7528``: the count's word before it is its label
        lead = _VIEWS_LEAD.match(rest, _LABEL_COLON.match(rest, label.end()).end())  # type: ignore[union-attr]
    if lead is not None and len(lead["n"]) <= 20:
        views = parse_views(lead["n"])
        rest = rest[lead.end() :]
        unit = count_unit.match(rest) if count_unit is not None else None
        rest = rest[unit.end() :] if unit is not None else rest
    # ``20.04.2023 / 683 / Социум / Алматы, аким``: a slash between the line's fields ends
    # the rubric, it joins no two of its words
    slashed = "/" in rest[: len(rest) - len(rest.lstrip(_FIELD_SEPS))]
    rest = rest.strip(_FIELD_SEPS)
    # a line with no capital at all (``20 апреля 2023 683 социум алматы, аким``): its case
    # tells nothing, its first word is the rubric as ever
    category, rest = split_rubric(rest, rubrics, slashed, cased=cleaned != cleaned.lower())
    # ``20.12.2021 Society 5745``: a bare number after the rubric is the count, never a tag;
    # so is one the tags follow (``20.04.2023 Социум 683 Алматы, аким``), unless a comma makes
    # it a tag of its own (``Социум 2023, Алматы``)
    trailing = _VIEWS_LEAD.fullmatch(rest.strip(" ,|·•")) if rest else None
    if trailing is not None and views is None:
        views, rest = parse_views(trailing["n"]), ""
    if views is None and category and rest:
        views, rest = _count_after_rubric(rest, count_unit)
    tags = [t for t in split_tags([rest]) if _WORD_START.match(t)]
    first = _HEAD_RUBRIC.fullmatch(cleaned[:start]) if start and head_rubric else None
    if category is None and first is not None and head_rubric is not None and \
            head_rubric(first["r"]):
        category = first["r"]
    return InfoLine(when, views, category, tags)


MAX_RUBRIC_WORDS = 4
_JOINS = frozenset({"и", "and", "&", "және", "мен", "или", "or", "/"})
"""A word joining two of a rubric's (``Наука и образование``, ``Science & tech``)."""
_OPENERS = frozenset({"в", "во", "на", "по", "из", "за", "для", "о", "об", "от", "к", "с", "у",
                      "in", "on", "at", "around", "across", "from", "for", "of", "about"})
"""A preposition opening a rubric (``В мире``, ``По регионам``, ``Around the world``): the
rubric holds at least the word after it."""


class Names:
    """Rubric names, asked as written and matched whatever their case (``Мир спорта`` is
    ``МИР СПОРТА`` in a menu); false when empty."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._folded = frozenset(name.casefold() for name in names)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.casefold() in self._folded

    def __bool__(self) -> bool:
        return bool(self._folded)


class AnyOf:
    """Names in any of several containers (the info line's own elements', then the page's):
    asked in order, the first that holds a name answers."""

    def __init__(self, *containers: Container[str]) -> None:
        self._containers = containers

    def __contains__(self, name: object) -> bool:
        return any(name in c for c in self._containers)

    def __bool__(self) -> bool:
        return any(bool(c) for c in self._containers)


def split_rubric(rest: str, rubrics: Container[str] = Names(), slashed: bool = False,
                 cased: bool = True) -> tuple[str | None, str]:
    """The rubric opening ``rest`` (what follows an info line's date and count) and what is
    left (its tags), printed as one text: ``В мире Япония, диаспора`` -> ``В мире``.

    A name the page's menu gives (``rubrics``, asked as written; ``Names`` folds case)
    wins, the longest first. Else
    the first word, with the word after an opening preposition (``В мире``) and a joined
    word (``Наука и образование``); a lower-case word after it is a tag (``Социум малый
    бизнес, аким``: tags of two words are common, rubrics like ``Мир спорта`` are known from
    the menu). A comma-separated list right after the count is the tags of a page with no
    rubric (``Алматы, аким``); so is a lower-case word the menu does not name, when the page
    has a menu, and a lower-case Cyrillic word always (rubrics are capitalised) — unless the
    line is ``cased`` false (it holds no capital at all: its case tells nothing); a rubric is
    never a number's fragment. A name in quotes (``«Рухани жаңғыру» Алматы``) is the rubric to
    its closing quote, or the first tag when a comma follows it. With ``slashed`` (the line's
    fields are parted by slashes) a slash ends the rubric; a separator after the rubric is
    none of the tags'."""
    words = rest.split()
    if not words or words[0].endswith((",", ";")) or not _WORD_START.match(words[0]):
        return None, rest
    first = words[0].strip("«\"'“")
    # one word is the rubric anyway unless lower-case: only then is a name of one word asked
    for n in range(min(len(words), MAX_RUBRIC_WORDS), 0 if first[:1].islower() else 1, -1):
        name = " ".join(words[:n])
        if not name.endswith((",", ";")) and name in rubrics:
            return name, " ".join(words[n:]).lstrip(_FIELD_SEPS)
    quoted = _quoted_name(words)
    if quoted:
        name = " ".join(words[:quoted])
        return (None, rest) if name.endswith((",", ";")) else \
            (name, " ".join(words[quoted:]).lstrip(_FIELD_SEPS))
    # a lower-case word before a bare count (``бұрын 57 669``: a relative date's last word)
    # and one not made of letters (``gov.kz``: a credit's value) are read as before
    if cased and first[:1].islower() and first.replace("-", "").isalpha() and \
            (CYRILLIC.match(first) or rubrics) and \
            _VIEWS_LEAD.fullmatch(" ".join(words[1:])) is None:
        return None, rest
    n = 1
    while n < min(len(words), MAX_RUBRIC_WORDS) and not words[n - 1].endswith((",", ";")):
        word = words[n]
        if n == 1 and words[0].casefold() in _OPENERS:
            n += 2 if word.casefold() in _ARTICLES and len(words) > 2 else 1
        elif word.casefold() in _JOINS and n + 1 < len(words) and not (slashed and word == "/"):
            n += 2
        else:
            break
    return " ".join(words[:n]).strip(",;|") or None, " ".join(words[n:]).lstrip(_FIELD_SEPS)


_OPEN_QUOTES = "«“\"„"
_CLOSE_QUOTES = "»”\""


def _quoted_name(words: list[str]) -> int:
    """How many of ``words`` a name in quotes opening them spans (``«Без цензуры»`` -> 2), 0
    when they open with no quote, it closes in the first word or not within a rubric's
    length."""
    if words[0][:1] not in _OPEN_QUOTES or any(q in words[0][1:] for q in _CLOSE_QUOTES):
        return 0
    return next((k + 1 for k in range(1, min(len(words), MAX_RUBRIC_WORDS))
                 if any(q in words[k] for q in _CLOSE_QUOTES)), 0)


_ARTICLES = frozenset({"the", "a", "an"})  # ``Around the world``: the preposition's object follows
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
def _count_after_rubric(rest: str, count_unit: re.Pattern[str] | None) -> tuple[int | None, str]:
    """The count opening ``rest`` (what follows the rubric) and what is left: ``683 Алматы,
    аким``, ``683 просмотров Алматы``, ``Просмотров: 683`` (its label first). A number a
    comma ends is a tag (``2023, Алматы``); a number glued to a word is no count."""
    start = 0
    label = count_unit.match(rest) if count_unit is not None else None
    if label is not None:
        start = _LABEL_COLON.match(rest, label.end()).end()  # type: ignore[union-attr]
    count = _VIEWS_LEAD.match(rest, start)
    after = rest[count.end():] if count is not None else ""
    if count is None or (after and after[0] != " ") or after.lstrip().startswith((",", ";")):
        return None, rest
    after = after.lstrip()
    unit = count_unit.match(after) if count_unit is not None and label is None else None
    return parse_views(count["n"]), after[unit.end():] if unit is not None else after


_INFO_SEP = re.compile(r"[\s,|·•/]*")
_FIELD_SEPS = " ,|·•/"  # what parts an info line's fields: never a rubric's or a tag's


def rubric_before_date(text: str) -> str | None:
    """The few words before a separator and a date opening the rest (``Общество / 20.04.2023,
    14:35``), else None: a date row that prints its rubric first."""
    head = _HEAD_RUBRIC.match(text)
    return head["r"] if head is not None and date_stamp(text[head.end():]) else None
_LABEL_COLON = re.compile(r"\s*[:：]?")


def _without_second_date(rest: str) -> str:
    """``rest`` of an info line after its date without another date opening it (``April 20,
    2023 · October 14, 2023, 07:00``: when it changed, often unlabelled): that date's day is
    no count, its month no rubric, its day and month no tag."""
    start = _INFO_SEP.match(rest).end()  # type: ignore[union-attr]
    if start == len(rest) or not rest[start].isalnum():
        return rest
    tail = rest[start:]
    stamp = date_stamp(tail)
    end = stamp[1] if stamp else (yearless_stamp(tail) or (0, 0, None, 0))[3]
    return tail[end:] if end else rest


_TAG_SPLIT = re.compile(r"[,;|]|(?:^|\s)#")


def split_tags(values: Iterable[str | None]) -> list[str]:
    """Tags from values holding one or several (``a, b``, ``a; b``, ``#a #b``), deduplicated
    case-insensitively, first spelling and order kept."""
    seen: set[str] = set()
    tags: list[str] = []
    for value in values:
        for part in _TAG_SPLIT.split(clean_text(value)):
            tag = tag_name(clean_text(part).lstrip("#"))
            key = tag.casefold()
            if tag and key not in seen:
                seen.add(key)
                tags.append(tag)
    return tags
