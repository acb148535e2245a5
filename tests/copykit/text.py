"""Month names, transliteration and the feed's text normalisation, as the copies need them."""

from __future__ import annotations

import re
import unicodedata
from datetime import date


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


RU_MONTHS = _words("января февраля марта апреля мая июня июля августа сентября октября ноября "
                   "декабря")
EN_MONTHS = _words("January February March April May June July August September October November "
                   "December")
KK_MONTHS = _words("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша "
                   "желтоқсан")
# Nominative Russian months, as old CMS date lines print them ("Апрель 2021").
RU_MONTHS_NOMINATIVE = _words("январь февраль март апрель май июнь июль август сентябрь октябрь "
                              "ноябрь декабрь")

# The outlet's Russian slugs: lower-case transliteration (SITE.md's u45694 slug), with the
# Kazakh letters folded to their nearest Latin letter.
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
_LATIN = (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya "
    "a g k n o u u h i"
)
TRANSLIT = {c: ("" if v == "-" else v) for c, v in zip(_CYRILLIC, _LATIN.split(), strict=True)}

# Letters that look alike in the two scripts (Latin -> Cyrillic and back).
LAT2CYR = dict(zip("acepxyABCEHKMOPTX", "асерхуАВСЕНКМОРТХ", strict=True))
LAT2CYR["o"] = "о"
CYR2LAT = {v: k for k, v in LAT2CYR.items()}
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SPACES = "\u00a0\u2007\u202f\u2009"


def translit(text: str) -> str:
    """Russian/Kazakh text in Latin letters, lower-cased (characters not in the table kept)."""
    return "".join(TRANSLIT.get(c, c) for c in text.lower())


def ru_slug(title: str) -> str:
    """Lower-case transliterated words joined by '-', as the outlet's Russian URLs have it."""
    return "-".join(re.findall(r"[a-z0-9]+", translit(title)))


def en_slug(title: str) -> str:
    """English slugs keep the capitals of the headline."""
    return "-".join(re.findall(r"[A-Za-z0-9]+", title))


def is_latin(c: str) -> bool:
    return "a" <= c.lower() <= "z"


def is_cyr(c: str) -> bool:
    return "\u0400" <= c <= "\u04ff"


def _fix_mixed_word(m: re.Match[str]) -> str:
    word = m.group()
    lat = sum(is_latin(c) for c in word)
    cyr = sum(is_cyr(c) for c in word)
    if lat and cyr:
        table = CYR2LAT if lat > cyr else LAT2CYR
        return "".join(table.get(c, c) for c in word)
    return word


def normalise(text: str, homoglyphs: bool = True) -> str:
    """SPEC.md's text normalisation: NFC, no zero-width characters, one plain space, and
    (by default) a word in one script freed of the other script's look-alike letters."""
    text = unicodedata.normalize("NFC", text)
    for c in ZERO_WIDTH:
        text = text.replace(c, "")
    for c in SPACES:
        text = text.replace(c, " ")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"[^\W\d_]+", _fix_mixed_word, text) if homoglyphs else text


def day_words(lang: str, day: date) -> str:
    """The day in words as the outlet writes it in each language: '16 апреля 2021',
    'April 16, 2021', '2021 жылғы 16 сәуір' (a copy adds its own clock after it)."""
    month = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[lang][day.month - 1]
    if lang == "en":
        return f"{month} {day.day}, {day.year}"
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    return f"{day.day} {month} {day.year}"


def cut_at_word(title: str, limit: int) -> str:
    """A headline as short lists print it: whole when it fits in ``limit`` characters, else cut
    at the last space before ``limit`` (no ellipsis)."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0]
