"""Dates as a Kazakh portal prints them: nominative, genitive and locative months, weekdays,
numeric stamps, "published"/"updated" labels, relative forms and datelines without a year.
"""

from __future__ import annotations

from datetime import date, datetime, time

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS

KK_GENITIVE = ("қаңтардың", "ақпанның", "наурыздың", "сәуірдің", "мамырдың", "маусымның",
               "шілденің", "тамыздың", "қыркүйектің", "қазанның", "қарашаның", "желтоқсанның")
KK_LOCATIVE = ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде",
               "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда")
KK_WEEKDAYS = ("Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі")
# the possessive ending of a day number, by the last word read aloud ("30-ы", "12-сі")
_ORDINAL_END = {0: "ы", 1: "і", 2: "сі", 3: "і", 4: "і", 5: "і", 6: "сы", 7: "сі", 8: "і",
                9: "ы"}
_TENS_END = {10: "ы", 20: "сы", 30: "ы"}
# the header styles of the article page, in rotation; "day" styles show no time of day
STYLES = ("nominative", "locative", "numeric", "weekday", "genitive", "published_updated",
          "yesterday", "hours_ago", "today")
DAY_ONLY = ("locative",)
RELATIVE = ("yesterday", "hours_ago", "today")


def possessive_day(day: int) -> str:
    end = _TENS_END[day] if day in _TENS_END else _ORDINAL_END[day % 10]
    return f"{day}-{end}"


def nominative(d: date, capital: bool = False) -> str:
    month = KK_MONTHS[d.month - 1]
    return f"{d.day} {month.capitalize() if capital else month} {d.year}"


def locative(d: date) -> str:
    return f"{d.year} жылғы {d.day} {KK_LOCATIVE[d.month - 1]}"


def genitive(d: date) -> str:
    return f"{d.year} жылғы {KK_GENITIVE[d.month - 1]} {possessive_day(d.day)}"


def numeric(d: date) -> str:
    return f"{d:%d.%m.%Y}"


def clock(t: time) -> str:
    return f"{t:%H:%M}"


def header(style: str, local: datetime, has_clock: bool, updated: datetime) -> str:
    """The date line under the headline (a relative one for the relative styles)."""
    d, hm = local.date(), clock(local.time())
    return {
        "nominative": f"{nominative(d)}, {hm}",
        "locative": locative(d) + (f", {hm}" if has_clock else ""),
        "numeric": f"{numeric(d)} | {hm}",
        "weekday": f"{KK_WEEKDAYS[d.weekday()]}, {nominative(d, capital=True)} ж., {hm}",
        "genitive": f"{genitive(d)}, сағат {hm}",
        "published_updated": f"Жарияланған уақыты: {numeric(d)}, {hm} · "
                             f"Жаңартылды: {numeric(updated.date())}, {clock(updated.time())}",
        "yesterday": f"Кеше, {hm}",
        "hours_ago": "2 сағат бұрын",
        "today": f"Бүгін, {hm}",
    }[style]


def footer(style: str, local: datetime) -> str:
    """The absolute date the relative styles carry at the end of the article ('' otherwise)."""
    d, hm = local.date(), clock(local.time())
    return {
        "yesterday": f"Жарияланған уақыты: {nominative(d)}, {hm}",
        "hours_ago": f"Жарияланған уақыты: {locative(d)}, {hm}",
        "today": f"Жарияланған уақыты: {numeric(d)} {hm}",
    }.get(style, "")


def listing_date(local: datetime, has_clock: bool) -> str:
    return nominative(local.date()) + (f", {clock(local.time())}" if has_clock else "")


# ----------------------------------------------------------------------------- datelines

_AGENCY = {"kk": "Ақпарат орталығы", "ru": "Центр информации", "en": "Information Center"}
_UPPER = {"Almaty": "ALMATY", "Astana": "ASTANA"}


def dateline(lang: str, place: str, d: date, style: str) -> str:
    """'АСТАНА. 30 қараша. Ақпарат орталығы – ' / 'Алматы, 12 наурыз — ' (no year)."""
    months = {"kk": KK_MONTHS, "ru": RU_MONTHS, "en": EN_MONTHS}[lang]
    day = f"{months[d.month - 1]} {d.day}" if lang == "en" else f"{d.day} {months[d.month - 1]}"
    if style == "comma":
        return f"{place}, {day} — "
    agency = "ҚазАқпарат" if style == "kazaqparat" else _AGENCY[lang]
    return f"{_UPPER.get(place, place.upper())}. {day}. {agency} – "
