"""The time of day of a day-only publication date, from the date the page shows.

A page often gives its machine-readable date as a day (``"datePublished": "2020-01-29"``,
``<time datetime="2021-09-17">``, a year-less dateline) while its date line shows the moment
(``29 января 2020, 14:20``, ``08/02/2021, 9:05 AM``). Whatever rule found the day, a line near
the text that shows that same day with a time of day gives the time: the nearest such line
above the text (the headline's date line), else one of the few lines right after it (of a long
row of ``|``-parted details, the field with the date), else the
time a dateline prints instead of a date (``ASTANA, 11:50 – …``). Lines in
page furniture (a sidebar's feed of the day's news) and change lines (``Обновлено …``) are not
the publication's; nor are lines further down (another article's card of the same day).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from lxml import etree

from kznews import processors as P
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import words as W

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage

DATE_LINE_MAX = 80  # characters: a date line, perhaps with a rubric or a count; not a sentence
DETAILS_ROW_MAX = 320  # characters: a row of parted fields (views, author, moment, tags, rating)
_FIELD_SEP = re.compile(r"\s*\|\s*|\s+[·•]\s+")
"""What parts a details row's fields: ``Просмотров: 5 | Добавил: admin | 16.04.2021, 11:20``."""
AFTER_TEXT_LINES = 4  # lines after the text's end: a source or a count may stand between


def _candidates(p: ArticlePage) -> Iterable[int]:
    scan = p.body_scan()
    start = scan.start if scan.start is not None else p.dateline_idx
    if start is None:
        return ()
    after = range(scan.end, min(scan.end + AFTER_TEXT_LINES, len(p.lines))) \
        if scan.end is not None else range(0)
    return [*range(start - 1, -1, -1), *after]


def with_shown_time(p: ArticlePage, when: date | datetime) -> date | datetime:
    """``when`` with the time of day the page shows for that day, when it is a day only; a
    moment at midnight when the page's date line shows that day and no time, the day. A
    slashed date read in the order the dateline contradicts is first read the other way
    (``in_dateline_order``)."""
    when = in_dateline_order(p, when)
    if isinstance(when, datetime):
        return _shown_day(p, when)
    if not isinstance(when, date):
        return when
    for i in _candidates(p):
        text = p.clean[i]
        if not text or ":" not in text or len(text) > DETAILS_ROW_MAX:
            continue
        el = p.lines[i].element
        if (p.zone(el) is not None and not p.in_own_post(el)) or W.MODIFIED_LABEL.match(text):
            continue
        if len(text) > DATE_LINE_MAX:  # a long row: its fields, one by one
            seen = _in_fields(text, when)
            if seen is not None:
                return seen
            continue
        # a change's stamp on the date line (``20.04.2023 · Обновлено 20.04.2023 18:45``) is
        # when the page changed: it lends no time to the publication's day
        seen = _same_day(W.MODIFIED_PART.sub(" ", text), when) or _in_parts(p, el, when)
        if seen is not None:
            return seen
    clock = p.dateline.clock if p.dateline else None  # ``ASTANA, 11:50 – …``
    return datetime(when.year, when.month, when.day, *clock) if clock else when


def _in_fields(text: str, when: date) -> datetime | None:
    """The moment a field of a details row shows on the day ``when``: a row of three or more
    fields parted by ``|``, ``·`` or ``•`` (uCoz's ``Просмотров: 1315 | Добавил: admin |
    16.04.2021, 11:20 | Теги: Япония, диаспора | Рейтинг: 0.0/0``) is long with its tags,
    its date's field short; a change's field (``Обновлено: …``) lends no time."""
    fields = [f for f in _FIELD_SEP.split(text) if f]
    if len(fields) < 3:
        return None
    for field in fields:
        if ":" in field and len(field) <= DATE_LINE_MAX and not W.MODIFIED_LABEL.match(field):
            seen = _same_day(field, when)
            if seen is not None:
                return seen
    return None


def in_dateline_order(p: ArticlePage, when: date | datetime) -> date | datetime:
    """``when`` read off a slashed date whose two numbers could be either day or month
    (``02/08/2021`` on an English page, read month first) but whose day and month the
    dateline names the other way round (``Almaty. August 2. …``): the other reading, the
    dateline's day. A moment with a zone (a machine-readable date) is never a slashed one."""
    dl = p.dateline
    if dl is None or dl.day is None or dl.month is None or dl.day == dl.month or \
            not isinstance(when, date) or getattr(when, "tzinfo", None) is not None or \
            (when.day, when.month) != (dl.month, dl.day):
        return when
    printed = re.compile(rf"(?<![0-9/])0?{when.day}/0?{when.month}/{when.year}(?![0-9/])|"
                         rf"(?<![0-9/])0?{when.month}/0?{when.day}/{when.year}(?![0-9/])")
    if not any(printed.search(text) for text in p.clean if "/" in text):
        return when
    return when.replace(month=dl.month, day=dl.day)


def _shown_day(p: ArticlePage, when: datetime) -> date | datetime:
    """A CMS that stores a day-only date writes it out as local midnight (``"datePublished":
    "2021-04-19T00:00:00+06:00"``): when the date line under the headline shows that day
    without a time of day, the page tells a day, not a moment."""
    local = when.astimezone(O.TIMEZONE) if when.tzinfo is not None else when
    if local.hour or local.minute or local.second:
        return when
    shown = p.info.date if p.info else None
    return shown if type(shown) is date and shown == local.date() else when


PARTS_MAX = 12  # inline elements of one line looked at: a date line holds a few


def _in_parts(p: ArticlePage, line: etree._Element, when: date) -> datetime | None:
    """The moment an element inside the line shows: the line's parts may run together
    (``<span>17 сентября 2021, 15:40</span><span>5003</span>`` reads ``15:405003``)."""
    changes: set[etree._Element] = set()  # a change's stamp and what it holds
    for k, el in enumerate(line.iterdescendants()):
        if k >= PARTS_MAX:
            break
        text = p.text(el) if isinstance(el.tag, str) else ""
        parent = el.getparent()
        if parent in changes or _is_change(el, text):
            changes.add(el)
            continue
        seen = _same_day(text, when) if ":" in text and len(text) <= DATE_LINE_MAX else None
        if seen is not None:
            return seen
    return None


def _is_change(el: etree._Element, text: str) -> bool:
    """A change's stamp: labelled (``Обновлено 20.04.2023 18:45``) or classed/``itemprop``'d
    as one (``updated``, ``dateModified``)."""
    if W.MODIFIED_LABEL.match(text):
        return True
    kind = f"{el.get('class') or ''} {el.get('itemprop') or ''}" if isinstance(el.tag, str) else ""
    return kind != " " and S.MODIFIED_TIME.search(kind) is not None


def _same_day(text: str, when: date) -> datetime | None:
    """The moment ``text`` shows on the day ``when``; a slashed date is read in both orders,
    the known day telling which (``08/02/2021, 9:05 AM`` for 2 August)."""
    seen = P.parse_date_text(text)
    if isinstance(seen, datetime) and seen.date() == when:
        return seen
    if seen is None or "/" not in text:
        return None
    with P.slashed_month_first(not P.slashed_is_month_first()):
        seen = P.parse_date_text(text)
    return seen if isinstance(seen, datetime) and seen.date() == when else None
