"""Date stamps and date rows: a line that opens with, or is, a date."""

from __future__ import annotations

import re
from datetime import date, datetime

from kznews.processors.dates import (
    CLOCK_WORD,
    KK_DAY_END,
    _find_date,
    _make_date,
    _on_weekday,
    _time_of,
)
from kznews.processors.months import MONTH_WORD, month_number

# Highest day each month can have (29 Feb: the year is unknown yet).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# A date (maybe after a weekday, maybe with a time) at the very start of a line: the cheap
# shape test before ``_find_date`` reads it.
_STAMP_SHAPE = re.compile(
    r"(?:[^\W\d_]+,\s*)?(?:[0-9]{1,2}(?:st|nd|rd|th)?[.\s]|[^\W\d_]{3,20}\.?\s+[0-9]{1,2}(?![0-9])|"
    # Kazakh puts the year first: ``2020 жылғы 11 маусым``, ``2021 jylǵy 11 mausym``
    r"[0-9]{4}\s*(?:ж\.|жыл|j\.|(?:j|zh)yl)|"
    r"[0-9]{1,2}:[0-9]{2}(?![0-9]))")  # the time first: ``14:35, 20 апреля 2023``
_STAMP_TAIL = re.compile(r"[\s,.|]*")
_TIME_FIRST = re.compile(r"[0-9]{1,2}:[0-9]{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[ECMP][SD]?T)?"
                         r"\s*[,|·•/–—-]?\s*")
"""The time before the date, maybe with a US zone's name (``10:02 AM EST Nov 19, 2019``: the
day then, as the zone is not one kznews applies)."""


def date_stamp(text: str) -> tuple[date | datetime, int] | None:
    """A full date opening ``text`` — after at most a weekday (``Пятница, 16 Апреля 2021
    15:40``), with its time of day — and where it ends; None when ``text`` opens otherwise."""
    if not text or _STAMP_SHAPE.match(text) is None:
        return None
    found = _find_date(text[:48])
    if found is None:
        return None
    when, start, end = found
    head = text[:start]
    if head and (head.count(" ") > 1 or not head.rstrip().endswith(",")) and \
            not _TIME_FIRST.fullmatch(head):
        return None
    return when, _STAMP_TAIL.match(text, end).end()  # type: ignore[union-attr]


_ROW_WORD = re.compile(r"[^\W\d_][^\s·•|,]*")
MAX_ROW_TAIL = 60  # characters after a date row's date: counters and a label or two
MAX_ROW_WORDS = 4
_HEAD_RUBRIC = re.compile(r"\s*(?P<r>[^\W\d_][^\W\d_-]*(?:[\s-][^\W\d_]+){0,2})\s*[/|·•]\s*")


def is_date_row(text: str) -> bool:
    """A line that is a date and then nothing but counters and short labels (``21 января
    2022, 10:20 · 248 Общество``, ``April 19, 2021 3:40 PM · 248 Society``, or the rubric
    first: ``Общество / 20.04.2023 / 683``): a page's info row, never a sentence of text
    (``16 апреля 2021 года в Алматы открылся парк.``)."""
    found = date_stamp(text)
    end = found[1] if found is not None else _short_year_end(text)
    head = _HEAD_RUBRIC.match(text) if end is None else None
    if head is not None:  # ``Общество / 20.04.2023, 14:35 / 683``: the rubric first
        found = date_stamp(text[head.end():])
        end = head.end() + found[1] if found is not None else None
    if end is None:
        return False
    tail = text[end:]
    return not tail or (len(tail) <= MAX_ROW_TAIL and text[-1] not in _SENTENCE_STOPS
                        and len(_ROW_WORD.findall(tail)) <= MAX_ROW_WORDS)


_SENTENCE_STOPS = frozenset(".!?…»\"”")


_WEEKDAY_SLASHED = re.compile(
    r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/"
    r"(?P<y>[0-9]{4})(?:\s*(?:[-–—,]|at)?\s*(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?)?(?![0-9])",
    re.I)


_SHORT_YEAR = re.compile(
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{2})"
    r"(?:\s*(?:[,|]|в)?\s*(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?)?\s*")


def short_year_stamp(text: str) -> tuple[date | datetime, int] | None:
    """``20.04.23 15:40 (683)``: a date with a two-digit year opening ``text`` (a WAP page's
    or an old CMS's info line under the headline) and where it ends; None when ``text`` opens
    otherwise or the date goes on (``20.04.2023``, ``20.04.23.1``)."""
    match = _SHORT_YEAR.match(text)
    if match is None or text[match.end("y"):match.end("y") + 1].isdigit() or \
            re.match(r"\.[0-9]", text[match.end("y"):]):
        return None
    when = short_year_date(match.group(0).strip())
    return None if when is None else (when, match.end())


def short_year_date(text: str) -> date | datetime | None:
    """``16.04.21`` or ``16.04.21 15:40`` as the whole of ``text`` (a CMS's two-digit year,
    read as 20xx): only where a label or a line of its own says it is a date, never in prose,
    where ``1.2.21`` may be anything."""
    match = _SHORT_YEAR.fullmatch(text)
    day = _make_date(2000 + int(match["y"]), int(match["m"]), int(match["d"])) if match else None
    if match is None or day is None:
        return None
    clock = _time_of(match) if match["H"] else None
    return datetime(day.year, day.month, day.day, *clock) if clock else day


def _short_year_end(text: str) -> int | None:
    """Where a two-digit-year date opening ``text`` ends (a mobile template's ``16.11.21
    21:50 (7066)``): read only as a date row's head, whose tail must be counters and labels."""
    match = _SHORT_YEAR.match(text) if text[:1].isdigit() else None
    if match is None or text[match.end():match.end() + 1].isdigit() or \
            short_year_date(match.group().strip()) is None:
        return None
    return match.end()


def weekday_slashed_date(text: str) -> date | datetime | None:
    """``Fri, 04/16/2021 - 15:40`` (Drupal's default) at the start of ``text``: a slashed date
    is month/day in one CMS and day/month in the next, so it is read only with a weekday,
    in the one order that falls on that weekday."""
    match = _WEEKDAY_SLASHED.match(text)
    if match is None:
        return None
    days = _on_weekday(match, match["wd"])
    if len(days) != 1:
        return None
    clock = _time_of(match) if match["H"] else None
    return datetime(days[0].year, days[0].month, days[0].day, *clock) if clock else days[0]


_YEARLESS = re.compile(
    r"(?:[^\W\d_]+,\s*)?"
    rf"(?:(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_WORD})(?![^\W\d_])\.?|"
    rf"(?P<m2>{MONTH_WORD})\.?\s+(?P<d2>[0-9]{{1,2}})(?![0-9])(?:st|nd|rd|th)?+{KK_DAY_END})"
    r"(?!\.?,?\s*[0-9]{3})"  # a year after it, past a month's abbreviating dot too
    r"(?:\s*(?:[,|]|в|at|-|–|—)?\s*" + CLOCK_WORD
    + r"(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?P<S>)(?![0-9]))?")


def yearless_stamp(text: str) -> tuple[int, int, tuple[int, int] | None, int] | None:
    """A day and month with no year opening ``text`` — after at most a weekday, maybe with a
    time of day (``2 марта, 13:50``, ``October 7, 12:20``) — as (day, month, (hour, minute) or
    None, where it ends); None when ``text`` opens otherwise or its date has a year."""
    match = _YEARLESS.match(text)
    if match is None:
        return None
    day, month = (match["d1"], match["m1"]) if match["d1"] else (match["d2"], match["m2"])
    number = month_number(month)
    if number is None or not 1 <= int(day) <= _MONTH_DAYS[number - 1]:
        return None
    clock = _time_of(match) if match["H"] else None
    return int(day), number, (clock[:2] if clock else None), match.end()


def is_date_stamp(text: str) -> bool:
    """The whole line is a date (a weekday and a time of day may go with it)."""
    found = date_stamp(text)
    return found is not None and found[1] == len(text)
