"""Dates in text: absolute, relative (``вчера``), slashed, with a time and a zone."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

from kznews.processors.months import MONTH_WORD, month_number
from kznews.processors.text import clean_text
from kznews.processors.zone import ALMATY, ZONE_NAMES, named_zone

# --------------------------------------------------------------------------- dates

_MIN_YEAR, _MAX_YEAR = 1990, 2100
_MWORD = rf"(?<![^\W\d_])(?<!['’ʼ])(?P<mon>{MONTH_WORD})\.?"
# Kazakh's word for "year" after one: ``ж.``/``жылғы``/``жылы``, in Latin ``j.``/``jylğy``/
# ``jyly`` (2018: ``jylg'y``, ``jylǵy``; transliterated ``zhyly``).
_KK_YEAR = r"(?:ж\.|жыл(?:ы|ғы)|j\.|(?:j|zh)yl(?:y|ğy|ǵy|g['’ʼ]?y))"
_YEAR_TAIL = (r"(?:\s*(?:г\.|года|год|г(?![^\W\d_])|ж\.|жыл(?:ы|ғы)?(?![^\W\d_])|"
              rf"{_KK_YEAR}(?![^\W\d_])))?")
# The possessive ending a Kazakh day number takes after a genitive month, maybe in a case of
# its own (``мамырдың 15-і``, ``қарашаның 30-ы``, ``қаңтардың 5-інде``, ``12-сінде``; Latin
# ``mamyrdyñ 15-i``); the hyphen may be missing or spaced (``5 інде``).
KK_DAY_END = (r"(?:\s?[-–]?\s?(?:с|ш|нш|s|ş|sh|nsh)?[іыiyı](?:нда|нде|нан|нен|na|ne|nda|nde|"
              r"nan|nen|на|не)?(?![^\W\d_]))?")
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "iso",
        re.compile(
            r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"
            r"(?:[T ](?P<H>[0-9]{2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:[.,][0-9]{1,9})?)?"
            r"(?P<tz>Z(?![A-Za-z])|[+-][0-9]{2}(?::?[0-9]{2})?(?![0-9]))?)?(?![0-9])"
        ),
    ),
    (
        "dmy_num",
        re.compile(
            r"(?<![0-9.])(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})(?![0-9])"
            + _YEAR_TAIL
        ),
    ),
    (  # day first, dashed (``16-04-2021, 10:00``: DataLife Engine's default); never within a
        # longer run of dashed numbers (a phone number, an id)
        "dmy_dash",
        re.compile(r"(?<![0-9-])(?P<d>[0-9]{1,2})-(?P<m>[0-9]{1,2})-(?P<y>[0-9]{4})(?![0-9]|-[0-9])"),
    ),
    (  # year first, slashed (``2019/11/19``): never a URL's path, where slashes go on
        "ymd_slash",
        re.compile(r"(?<![0-9/])(?P<y>[0-9]{4})/(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/])"),
    ),
    (
        "slashed",
        re.compile(r"(?<![0-9/])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})(?![0-9/])"),
    ),
    (
        "dmy",
        re.compile(
            r"(?<![0-9])(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MWORD
            + r",?\s+(?P<y>[0-9]{4})(?![0-9])"
            + _YEAR_TAIL
        ),
    ),
    (
        "mdy",
        re.compile(_MWORD + r"\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>[0-9]{4})(?![0-9])"),
    ),
    (
        "ydm_kk",
        re.compile(
            r"(?<![0-9])(?P<y>[0-9]{4})\s*" + _KK_YEAR + r"\s+(?P<d>[0-9]{1,2})\s+" + _MWORD
        ),
    ),
    (  # the month in the genitive, the day after it: ``2026 жылғы мамырдың 15-і``
        "ymd_kk",
        re.compile(
            r"(?<![0-9])(?P<y>[0-9]{4})\s*" + _KK_YEAR + r"\s+" + _MWORD
            + r"\s+(?P<d>[0-9]{1,2})(?![0-9])" + KK_DAY_END
        ),
    ),
)
_AMPM = r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?(?![^\W\d_]))?"
# A weekday printed between the date and its time (``2024 жылғы 24 мамыр, жұма, 18:50``,
# ``24 мая 2024, пятница, 18:50``, ``May 24, 2024, Friday, 18:50``): the time is still the date's.
_WEEKDAY_BETWEEN = (
    r"(?:\s*,?\s*(?i:понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|"
    r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"пн|вт|ср|чт|пт|сб|вс)\.?(?![^\W\d_])(?=\s*,?\s*(?:в|at)?\s*[0-9]{1,2}:[0-9]{2}))?"
)
# What joins a date and its time: a comma, a pipe, a dash, a bullet or middle dot
# (``16.04.2021 • 11:20``, ``16.04.2021 · 11:20``), a slash, or the word "в"/"at".
_JOIN = r"(?:[,|/\u2022\u00b7\u2219\u22c5]|в|at|-|–|—)"
# Kazakh's word for "hour" before a time of day (``15 мамыр, сағат 11:50``; Latin ``saǵat``)
CLOCK_WORD = r"(?:(?:сағат|сағ\.|sa[gğǵ]at|saghat)\s*)?"
_TIME_AFTER = re.compile(
    _WEEKDAY_BETWEEN
    + r"\s*" + _JOIN + r"?\s*" + CLOCK_WORD
    + r"(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?(?![0-9])"
    + _AMPM
)
# A time of day with no minutes, only right after a date (a bare number elsewhere is no
# time): AP's ``9 p.m.``/``9am``/``9 PM``, ``noon``/``12 noon``/``midnight``, Russian
# ``в 9 часов (вечера)``, Kazakh ``сағат 9-да``.
_HOUR_AFTER = re.compile(
    r"\s*" + _JOIN + r"?\s*(?:"
    r"(?P<noon>(?:12\s*)?(?i:noon)|(?i:midnight)|полдень|полночь)|"
    r"(?P<H>[0-9]{1,2})\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?|"
    r"(?P<ru>[0-9]{1,2})\s+час(?:а|ов)?(?:\s+(?P<part>утра|дня|вечера|ночи))?|"
    r"сағат\s+(?P<kk>[0-9]{1,2})(?:-?(?:да|де|та|те|ға|ге|қа|ке))?(?![0-9:.]))"
    r"(?![^\W\d_])"
)
_TIME_BEFORE = re.compile(
    r"(?<![0-9:])(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?" + _AMPM
    + rf"(?:\s+(?P<zone>{ZONE_NAMES}))?\s*(?:[,|\u2022\u00b7\u2219\u22c5]|-|–|—)?\s*$"
)
# A zone kznews does not know after a time (``11:28 AMT``): the day is sure, the time is not
_UNKNOWN_ZONE = re.compile(r"\s*\(?[A-Z]{2,4}T\)?(?![\w+\-])")
# How a page writes an ambiguous slashed date (``02/10/2026``): day first unless the page
# is told to be month first (an English page: ``08/22/2026``). Set per page by the extractor,
# so the many callers of ``parse_date_text`` need not carry it.
_MONTH_FIRST: ContextVar[bool] = ContextVar("month_first", default=False)


def slashed_is_month_first() -> bool:
    return _MONTH_FIRST.get()


@contextmanager
def slashed_month_first(month_first: bool) -> Iterator[None]:
    """Within the block, an ambiguous ``a/b/yyyy`` (both ≤ 12) is month/day when
    ``month_first`` (an English page), else day/month; an unambiguous one reads either way."""
    token = _MONTH_FIRST.set(month_first)
    try:
        yield
    finally:
        _MONTH_FIRST.reset(token)


# The day a date shown relative to it (``Сегодня, 15:40``, ``Кеше, 18:10``, ``Yesterday, 9:05
# AM``) counts from: the day the page was fetched, set per page by the extractor. Unset (the
# default), such a date is no date: a page kept for later would be dated by the day it is read.
_REFERENCE_DAY: ContextVar[date | None] = ContextVar("reference_day", default=None)


def reference_day() -> date | None:
    """The day set by ``relative_to`` (what a relative date counts from), else None."""
    return _REFERENCE_DAY.get()


_DAYS_AGO = {"сегодня": 0, "вчера": 1, "позавчера": 2, "бүгін": 0, "кеше": 1, "today": 0,
             "yesterday": 1}
_RELATIVE_DAY = re.compile(r"(?<![^\W\d_])(?P<word>сегодня|позавчера|вчера|бүгін|кеше|today|"
                           r"yesterday)(?![^\W\d_])", re.I)


class RelativeMoment(datetime):
    """A moment read off a day named relative to the reference day (``Кеше, 13:00``): the
    day the page was rendered is not always the day it was fetched (a cache's or an archive's
    copy), so an absolute date the page or its listing gives is the better one."""

    __slots__ = ()


class RelativeDay(date):
    """A day read off an amount of days before the reference (``3 күн бұрын``)."""

    __slots__ = ()


class ReferenceDay(date):
    """The day a page was served, with the moment when a response names it (its ``Date``
    header): what ``2 часа назад`` counts from. A plain ``date`` has no moment, and such a
    stamp is then no date."""

    moment: datetime | None

    def __new__(cls, year: int, month: int, day: int, moment: datetime | None = None
                ) -> ReferenceDay:
        self = super().__new__(cls, year, month, day)
        self.moment = moment
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # sent to an extraction worker (kznews.spiders.workers) with its page
        return (ReferenceDay, (self.year, self.month, self.day, self.moment))


def reference_at(moment: datetime) -> ReferenceDay:
    """The reference day of an aware ``moment`` (in Almaty), carrying it."""
    local = moment.astimezone(ALMATY)
    return ReferenceDay(local.year, local.month, local.day, local)


def is_relative(when: object) -> bool:
    """``when`` was read off a relative day (``Сегодня, 15:40``, ``Yesterday, 9:05 AM``) or an
    amount before the page was served (``2 hours ago``, ``3 күн бұрын``)."""
    return isinstance(when, RelativeMoment | RelativeDay)


FUTURE_SLACK = timedelta(days=1)  # a page served just before midnight, a clock ahead


def is_future(when: object) -> bool:
    """``when``'s day in Almaty is over a day after the day the page was fetched (the
    reference day, else today in Almaty): a typed year that is not yet (``20 Апреля 2032``
    on a page of 2023), never the publication."""
    if not isinstance(when, date):
        return False
    if isinstance(when, datetime):
        day = (when.astimezone(ALMATY) if when.tzinfo is not None else when).date()
    else:
        day = when
    today = _REFERENCE_DAY.get() or datetime.now(ALMATY).date()
    return day > today + FUTURE_SLACK


@contextmanager
def relative_to(day: date | None) -> Iterator[None]:
    """Within the block, a day named relative to ``day`` with its time of day (``Сегодня,
    15:40``, ``Вчера в 9:05``, ``Бүгін 18:40``, ``Yesterday, 9:05 AM``, ``15:40, сегодня``)
    is read as that moment; with ``day`` None, not at all."""
    token = _REFERENCE_DAY.set(day)
    try:
        yield
    finally:
        _REFERENCE_DAY.reset(token)


# "5 минут назад", "час назад", "2 hours ago", "an hour ago", "3 сағат бұрын", "3 дня назад",
# "2 недели назад", "3 months ago", "2 ай бұрын": an amount before the moment the page was
# served. Words of an amount other than one are prose ("пять лет назад"), not a stamp; the
# bounds keep a story's "300 days ago" out.
_AGO = re.compile(
    r"(?<![^\W\d_])(?:(?P<n>\d{1,4})|(?P<one>an?|one|одну|один|одна|бір))?\s*"
    r"(?:(?P<min>минут[уы]?|мин\.?|minutes?|mins?|min\.?)|(?P<hour>час(?:а|ов)?|ч\.?|hours?|"
    r"hrs?|сағат|сағ\.?)|(?P<day>дн(?:я|ей)|день|days?|күн)|"
    r"(?P<week>недел[юиь]|недель|weeks?|апта)|(?P<month>месяц(?:а|ев)?|months?|ай))"
    r"\s+(?:назад|ago|бұрын)(?![^\W\d_])", re.I)
_AGO_BOUND = {"min": 24 * 60, "hour": 72, "day": 60, "week": 52, "month": 24}
# "только что", "just now", "жаңа ғана": the moment the page was served; only standing apart
# from words ("Только что · Политика"), not in a sentence ("Он только что вернулся")
_JUST_NOW = re.compile(r"(?<![^\W\d_])(?<![^\W\d_][ \t])(?:только\s+что|just\s+now|жаңа\s+ғана)"
                       r"(?![^\W\d_])(?![ \t]*(?-i:[^\W\d_](?<=[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])))",
                       re.I)


def _months_before(day: date, months: int) -> date:
    """``day`` ``months`` calendar months earlier, on the month's last day when it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _served_minute(today: date, minutes: int) -> RelativeMoment | None:
    """``minutes`` before the moment the reference day carries (to the minute), or None."""
    moment = getattr(today, "moment", None)
    if not isinstance(moment, datetime):
        return None
    at = (moment - timedelta(minutes=minutes)).astimezone(ALMATY)
    return RelativeMoment(at.year, at.month, at.day, at.hour, at.minute)


def _ago_date(text: str, today: date) -> tuple[date, int, int] | None:
    """``2 часа назад`` before the reference moment, to the minute (``3 дня назад``,
    ``2 недели назад``, ``3 months ago``: a day); ``только что`` the reference moment."""
    now = _JUST_NOW.search(text)
    if now is not None:
        served = _served_minute(today, 0)
        return (served, now.start(), now.end()) if served is not None else None
    match = _AGO.search(text)
    if match is None:
        return None
    unit = next(u for u in ("min", "hour", "day", "week", "month") if match[u])
    amount = int(match["n"]) if match["n"] else 1
    if amount > _AGO_BOUND[unit] or (unit in ("day", "week", "month") and not match["n"]):
        return None
    if unit in ("day", "week", "month"):
        day = _months_before(today, amount) if unit == "month" \
            else today - timedelta(days=amount * (7 if unit == "week" else 1))
        return RelativeDay(day.year, day.month, day.day), match.start(), match.end()
    served = _served_minute(today, amount * (60 if unit == "hour" else 1))
    return (served, match.start(), match.end()) if served is not None else None


def _relative_date(text: str) -> tuple[date, int, int] | None:
    """A day named relative to the reference day, with the time of day right after or right
    before the word: a word alone (``Сегодня в Алматы …``) is prose, not a date. Or an amount
    of minutes, hours or days before the reference moment (``2 hours ago``)."""
    today = _REFERENCE_DAY.get()
    if today is not None and ("наза" in text or "ago" in text or "бұры" in text
                              or "что" in text or "now" in text or "ғана" in text):
        ago = _ago_date(text, today)
        if ago is not None:
            return ago
    match = _RELATIVE_DAY.search(text) if today is not None else None
    if today is None or match is None:
        return None
    start, end = match.span()
    after = _TIME_AFTER.match(text, end)
    clock = _time_of(after)
    if clock is not None and after is not None:
        end = after.end()
    else:
        before = _TIME_BEFORE.search(text[max(0, start - 24) : start])
        clock = _time_of(before)
        if clock is None or before is None:
            return None
        start = max(0, start - 24) + before.start()
    day = today - timedelta(days=_DAYS_AGO[match["word"].lower()])
    return RelativeMoment(day.year, day.month, day.day, *clock), start, end


def _make_date(year: int, month: int, day: int) -> date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _time_of(match: re.Match[str] | None) -> tuple[int, int, int] | None:
    if match is None:
        return None
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    ampm = match.groupdict().get("ampm")
    if ampm:  # a 12-hour clock: 12:05 AM is five past midnight, 9:05 PM is 21:05
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm in "Pp" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _hour_of(match: re.Match[str] | None) -> tuple[int, int, int] | None:
    """The time of day of an ``_HOUR_AFTER`` match (on the hour)."""
    if match is None:
        return None
    if match["noon"]:
        word = match["noon"].lower()
        return (0, 0, 0) if word in ("midnight", "полночь") else (12, 0, 0)
    if match["H"]:
        hour = int(match["H"])
        return (hour % 12 + (12 if match["ampm"] in "Pp" else 0), 0, 0) if 1 <= hour <= 12 \
            else None
    hour = int(match["ru"] or match["kk"])
    if match["part"] in ("дня", "вечера") and 1 <= hour < 12:
        hour += 12
    elif match["part"] == "ночи" and hour == 12:
        hour = 0
    return (hour, 0, 0) if hour <= 23 else None


def _tz_of(raw: str | None) -> timezone | None:
    if not raw:
        return None
    if raw == "Z":
        return UTC
    digits = raw[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if raw[0] == "-" else delta)


def _date_from(kind: str, match: re.Match[str]) -> date | None:
    if kind == "slashed":
        first, second = int(match["a"]), int(match["b"])
        month_first = second > 12 or (first <= 12 and _MONTH_FIRST.get())
        day, month_ = (second, first) if month_first else (first, second)
        return _make_date(int(match["y"]), month_, day)
    if kind in ("iso", "dmy_num", "dmy_dash", "ymd_slash"):
        month: int | None = int(match["m"])
    else:
        month = month_number(match["mon"])
    if month is None:
        return None
    return _make_date(int(match["y"]), month, int(match["d"]))


_FOUR_DIGITS = re.compile(r"[0-9]{4}")


def _find_date(text: str) -> tuple[date | datetime, int, int] | None:
    """The first full date in ``text``, with the span it covers (a time of day included)."""
    best: tuple[int, int, str, re.Match[str], date] | None = None
    # every pattern holds a year of four digits: one search rules most texts out
    for kind, pattern in _DATE_PATTERNS if _FOUR_DIGITS.search(text) else ():
        pos = 0
        while (match := pattern.search(text, pos)) is not None:
            if best is not None and match.start() > best[0]:
                break
            found = _date_from(kind, match)
            if found is not None:
                if best is None or (match.start(), -match.end()) < (best[0], -best[1]):
                    best = (match.start(), match.end(), kind, match, found)
                break
            pos = match.start() + 1
    if best is None:
        return _relative_date(text) if _REFERENCE_DAY.get() is not None else None
    start, end, kind, match, day = best
    if kind == "slashed":
        ordered = _weekday_order(text[max(0, start - 16):start], match, day)
        if ordered is None:
            return None
        day = ordered
    if kind == "iso":
        if match["H"] is None:
            return day, start, end
        clock = _time_of(match)
        if clock is None:
            return day, start, match.end("d")
        aware: tzinfo | None = _tz_of(match["tz"])
        if match["tz"] and aware is None:
            return day, start, match.end("d")
        if not match["tz"]:  # ``2019-11-18 17:19:53 GMT``: the zone named after the time
            noted = _ZONE_AFTER.match(text, end)
            aware = _zone_of(noted)
            end = noted.end() if aware is not None and noted is not None else end
        return datetime(day.year, day.month, day.day, *clock, tzinfo=aware), start, end
    after = _TIME_AFTER.match(text, end)
    clock = _time_of(after)
    if clock is None:
        after = _HOUR_AFTER.match(text, end)
        clock = _hour_of(after)
    zone = None
    if clock is not None and after is not None:
        end = after.end()
        noted = _ZONE_AFTER.match(text, end)
        zone = _zone_of(noted)
        end = noted.end() if zone is not None and noted is not None else end
        if zone is None and _UNKNOWN_ZONE.match(text, end):
            return day, start, end
    else:
        before = _TIME_BEFORE.search(text[max(0, start - 28) : start])
        clock = _time_of(before)
        zone = named_zone(before["zone"]) if before and before["zone"] else None
    if clock is None:
        return day, start, end
    return datetime(day.year, day.month, day.day, *clock, tzinfo=zone), start, end


_WEEKDAY_BEFORE = re.compile(r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_order(head: str, match: re.Match[str], day: date) -> date | None:
    """A slashed date after a weekday (``Mon, 03/07/2022``) in the one order that falls on
    that weekday, whatever order the page's language suggests; None when the weekday fits
    neither order (no date can be trusted there)."""
    named = _WEEKDAY_BEFORE.search(head)
    if named is None:
        return day
    fits = _on_weekday(match, named["wd"])
    if not fits:
        return None
    return fits[0] if len(fits) == 1 else day


def _on_weekday(match: re.Match[str], weekday: str) -> list[date]:
    """The readings of a slashed date (``a``/``b``/``y`` groups), day/month and month/day,
    that fall on ``weekday`` (an English name or its start)."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    wanted = _WEEKDAYS.index(weekday[:3].lower())
    return [d for d in {_make_date(year, a, b), _make_date(year, b, a)}
            if d is not None and d.weekday() == wanted]


# ``15:40 (GMT+6)``, ``09:40 UTC``, ``10:55 GMT+5``, ``10:55 (UTC+05:00)``, a US zone's name
# (``9:02 AM EST``, ``11:08 a.m. ET``), or an offset alone written as one: a plus and four
# digits, with or without the colon, apart or right after the time (``10:00 +06:00``,
# ``10:00+0600``), or a minus and four digits without a colon standing apart (``Wed, 19 Apr 2023
# 20:00:00 -0500``: RFC 2822, a feed's and many a meta's date). A minus before a clock time is a
# time range, however spaced (``10:00-12:00``, ``10:00 -12:00``, ``10:00 - 12:00`` end at noon,
# no zone of UTC-12), save after a time with seconds, one space apart, where a range is not
# written so (``2023-04-19 20:00:00 -05:00``, a database's or a log's stamp): the zone of the time
_ZONE_AFTER = re.compile(
    r"\s*\(?\s*(?:(?:GMT|UTC)(?:\s*(?P<sign>[+\-−])\s*(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?)?|"
    r"(?:(?P<bare>\+)|(?<=[\s(])(?P<minus>[\-−])(?=[0-9]{4}(?![0-9:]))|"
    r"(?<=[0-9]:[0-9]{2}:[0-9]{2}\s)(?P<after_seconds>[\-−])(?=[0-9]{2}:[0-9]{2}(?![0-9:])))"
    r"(?P<bh>[0-9]{2}):?(?P<bm>[0-9]{2})(?![0-9])|"
    rf"(?P<name>{ZONE_NAMES}))\s*\)?(?![\w+\-])"
)


def _zone_of(match: re.Match[str] | None) -> tzinfo | None:
    if match is None:
        return None
    if match["name"]:
        return named_zone(match["name"])
    sign = match["sign"] or match["bare"] or match["minus"] or match["after_seconds"]
    if sign is None:
        return UTC
    hours, minutes = int(match["h"] or match["bh"]), int(match["m"] or match["bm"] or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(delta if sign == "+" else -delta)


def parse_date_text(text: str) -> date | datetime | None:
    """The first full date (with a year) found in ``text``.

    A ``datetime`` when a time of day is given (aware only for ISO strings with an offset,
    naive = Almaty wall time otherwise), else a ``date``. Impossible dates and years outside
    1990..2100 are skipped.
    """
    found = _find_date(clean_text(text))
    return None if found is None else found[0]


def shown_time(when: date | datetime | None, shown: str | None) -> date | datetime | None:
    """``when`` read off an element's machine attribute; when it is a day only and the
    element's own text shows that same day with a time of day (``<time datetime="2021-04-16">
    16.04.2021 15:40</time>``), the shown moment, else ``when``. A moment at local midnight
    whose element shows that day and no time (``<time datetime="2022-09-09T18:00:00.000Z">
    September 10, 2022</time>``: a day-only date serialised as a UTC moment) is the day."""
    if isinstance(when, datetime) and shown:
        return _shown_day(when, shown)
    if when is None or isinstance(when, datetime) or not shown or ":" not in shown:
        return when
    seen = parse_date_text(shown)
    if isinstance(seen, datetime) and seen.date() == when:
        return seen
    return when


def _shown_day(when: datetime, shown: str) -> date | datetime:
    local = when.astimezone(ALMATY) if when.tzinfo is not None else when
    if local.hour or local.minute or local.second:
        return when
    seen = parse_date_text(shown)
    return seen if type(seen) is date and seen == local.date() else when
