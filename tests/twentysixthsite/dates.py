"""How the twenty-sixth copy shows a date: English wire and portal styles, Russian, Kazakh.

``shown(art)`` is the visible date line of an article (empty for a page whose only date is its
dateline); ``dateline(art)`` the text that opens its first paragraph.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS
from tests.twentysixthsite.site import Article

AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
SHORT_MONTHS = tuple(m[:3] for m in EN_MONTHS)
RU_CAPITAL = tuple(m.capitalize() for m in RU_MONTHS)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ap_clock(t: time) -> str:
    """AP style: "5 p.m.", "9:15 a.m.", "noon"."""
    if t == time(12, 0):
        return "noon"
    hour, half = t.hour % 12 or 12, "a.m." if t.hour < 12 else "p.m."
    return f"{hour} {half}" if t.minute == 0 else f"{hour}:{t.minute:02d} {half}"


def ap_day(day: date) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def ap(moment: datetime, clock: bool) -> str:
    """"Nov. 30, 2026, 5:05 p.m." (or the day alone)."""
    return ap_day(moment.date()) + (f", {ap_clock(moment.time())}" if clock else "")


def utc_stamp(art: Article) -> str:
    return f"{art.local.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


def _english(art: Article) -> str:
    d, t = art.day, art.clock
    style = art.date_style
    if style == "ap":
        return ap(art.local, t is not None)
    if style == "british":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}" + (f" {t:%H:%M}" if t else "")
    if style == "ordinal":
        return f"{ordinal(d.day)} {SHORT_MONTHS[d.month - 1]} {d.year}"
    if style == "weekday":
        assert t is not None
        hours = int(art.local.utcoffset().total_seconds() // 3600)  # type: ignore[union-attr]
        return (f"{d:%A}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {t:%I:%M %p} "
                f"(GMT+{hours})")
    if style == "utc":
        return utc_stamp(art)
    if style == "updated":
        return f"Updated: {ap(art.updated, True)} | Published: {ap(art.local, True)}"
    return ""  # "dateline": the page's only date is the dateline's day and month


def _local(art: Article) -> str:
    d, t = art.day, art.clock
    clock = f", {t:%H:%M}" if t else ""
    return {
        "ru_text": f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}{clock}",
        "ru_numeric": f"{d:%d.%m.%Y}" + (f" | {t:%H:%M}" if t else ""),
        "ru_day": f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}",
        "ru_cap": f"{d.day} {RU_CAPITAL[d.month - 1]} {d.year}",
        "kk_text": f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}{clock}",
        "kk_year": f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}",
    }[art.date_style]


def shown(art: Article) -> str:
    return _english(art) if art.chrome == "en" else _local(art)


def dateline(art: Article) -> tuple[str, str]:
    """(lead-in, separator) of the first paragraph: ("ALMATY, Nov. 30 (IC)", " — ")."""
    if not art.place:
        return "", ""
    if art.wire is None:
        return art.dateline().removesuffix(" - "), " - "
    place, d = art.place.upper(), art.day
    if art.wire == "w_date":
        return f"{place}, {AP_MONTHS[d.month - 1]} {d.day} (IC)", " — "
    if art.wire == "w_plain":
        return f"{place} (IC)", " – "
    return f"{place}, {SHORT_MONTHS[d.month - 1]} {d.day} (IC)", " -- "
