"""Pure normalisers for kznews: text, dates, datelines, attribution, ids and URLs.

Everything here works on plain strings (no Scrapy, no parsel; lxml only to read text that
holds markup as HTML) so the extractors, the pipelines and the mirror share one definition
of "clean". The text functions never raise on arbitrary input: page text is untrusted and a
bad string must not kill a crawl.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import unquote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from kznews.extract.caseless import Words
from kznews.extract.markup import TAG_SHAPED, has_markup, strip_markup
from kznews.language import detect_lang, normalize_lang_code, text_lang

__all__ = [
    "ALMATY",
    "Dateline",
    "InfoLine",
    "canonicalize_url",
    "clean_paragraphs",
    "clean_text",
    "content_hash",
    "date_stamp",
    "detect_lang",
    "text_lang",
    "estimate_date_from_id",
    "infer_year",
    "is_date_stamp",
    "join_paragraphs",
    "month_number",
    "normalize_lang_code",
    "parse_date_text",
    "parse_info_line",
    "parse_views",
    "relative_to",
    "is_relative",
    "path_id",
    "photo_credit",
    "repair_homoglyphs",
    "safe_url",
    "source_from_lead",
    "source_from_line",
    "source_from_clean_line",
    "split_dateline",
    "split_wire_lead",
    "split_tags",
    "to_almaty",
    "unix_moment",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------- time zone


def _almaty_is_current(zone: ZoneInfo) -> bool:
    """Almaty moved from UTC+6 to UTC+5 on 2024-03-01; older tz data does not know that."""
    return datetime(2024, 3, 5, tzinfo=zone).utcoffset() == timedelta(hours=5)


def _load_almaty() -> ZoneInfo:
    """The system zone, or the ``tzdata`` package's when the system data predates 2024-03-01.

    If neither knows the change, the system zone is returned and the test suite fails loudly.
    """
    zone = ZoneInfo("Asia/Almaty")
    if _almaty_is_current(zone):
        return zone
    try:
        from importlib.resources import files

        with files("tzdata.zoneinfo").joinpath("Asia/Almaty").open("rb") as fh:
            bundled = ZoneInfo.from_file(fh, key="Asia/Almaty")
    except (ImportError, OSError, ValueError):  # pragma: no cover - depends on the host
        return zone
    return bundled if _almaty_is_current(bundled) else zone  # pragma: no cover


ALMATY: ZoneInfo = _load_almaty()


# --------------------------------------------------------------------------- text

# Characters removed from every text field: invisible or hostile, never words.
# - every format character (Unicode category Cf): zero-width space/joiners, soft hyphen,
#   word joiner, BOM, the bidi marks, embeddings, overrides and isolates (U+200E/F, U+061C,
#   U+202A-E, U+2066-9), invisible operators, tag characters (U+E0000 block, which can
#   smuggle hidden ASCII). ZWJ/ZWNJ go too: Russian, Kazakh and English need neither, and
#   keeping them would let one word have two spellings (an emoji ZWJ sequence falls apart
#   into its emoji: accepted);
# - control characters (Cc) that are not whitespace (whitespace ones collapse to a space);
# - surrogates (a lone one cannot be written as UTF-8: it would fail the export).
# tests/test_processors.py checks this table against unicodedata.
_FORMAT_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)  # fmt: skip
_CONTROL_RANGES = ((0x00, 0x08), (0x0E, 0x1B), (0x7F, 0x84), (0x86, 0x9F))
_SURROGATES = ((0xD800, 0xDFFF),)
_REMOVED_RANGES = _FORMAT_RANGES + _CONTROL_RANGES + _SURROGATES
_INVISIBLE = dict.fromkeys(cp for lo, hi in _REMOVED_RANGES for cp in range(lo, hi + 1))
_WS_RUN = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+")
# A word for homoglyph repair keeps its combining marks, so that NFC composing a repaired
# letter with its accent can never merge two words (clean_text must stay idempotent).
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARKED_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+")

# Cyrillic -> Latin lookalikes (both directions are derived from this one table).
_CYR_TO_LAT = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "і": "i", "ј": "j", "ѕ": "s",
}  # fmt: skip
_LAT_TO_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items()}
# Kazakh letters typed with a Latin (IPA) look-alike: repaired only inside a Cyrillic word, never
# the other way (a Latin word's ``ə`` is its own letter).
_LAT_TO_CYR.update({"ɵ": "ө", "Ɵ": "Ө", "ə": "ә", "Ə": "Ә", "ǝ": "ә", "Ǝ": "Ә", "h": "һ"})
# Kazakh letters typed with another Cyrillic alphabet's look-alike (Khanty's en with a hook,
# the old fita for barred o): always the Kazakh letter.
_OLD_FORMS = str.maketrans({"ӊ": "ң", "Ӊ": "Ң", "ѳ": "ө", "Ѳ": "Ө"})
_OLD_FORM = re.compile("[ӊӉѳѲ]")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """``"cyr"``, ``"lat"`` or ``""`` for a letter, from its Unicode name."""
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "cyr"
    if name.startswith("LATIN"):
        return "lat"
    return ""


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    fixed = _repair_word(word)
    if fixed is not None:
        return fixed
    # every letter has a look-alike (``Iс``): a hyphen's other half (``Iс-шараға``) decides
    text, start, end = match.string, match.start(), match.end()
    before = _WORD_TAIL.search(text, max(0, start - 40), start - 1) \
        if start and text[start - 1] in _HYPHENS else None
    after = _WORD.match(text, end + 1) if end < len(text) and text[end] in _HYPHENS else None
    lean = {_script(ch) for m in (before, after) if m for ch in m.group(0)}
    return _repair_word(word, lean.pop()) or word if len(lean) == 1 else word


_HYPHENS = "-‐‑"
_WORD_TAIL = re.compile(r"[^\W\d_]+$")


@lru_cache(maxsize=16384)
def _repair_word(word: str, lean: str = "") -> str | None:
    """``word`` with its minority script's look-alikes in the majority's letters; None when
    the scripts tie with no ``lean`` (the script to take then) given."""
    scripts = [_script(ch) for ch in word]
    if "cyr" not in scripts or "lat" not in scripts:
        return word
    solid = {"cyr": 0, "lat": 0}  # letters with no lookalike decide the word's script
    total = {"cyr": 0, "lat": 0}
    for ch, sc in zip(word, scripts, strict=True):
        if not sc:
            continue
        total[sc] += 1
        if ch not in _CYR_TO_LAT and ch not in _LAT_TO_CYR:
            solid[sc] += 1
    counts = solid if solid["cyr"] != solid["lat"] else total
    if counts["cyr"] == counts["lat"] and lean not in ("cyr", "lat"):
        return None
    cyrillic = counts["cyr"] > counts["lat"] if counts["cyr"] != counts["lat"] else lean == "cyr"
    minority, table = ("lat", _LAT_TO_CYR) if cyrillic else ("cyr", _CYR_TO_LAT)
    out = []
    for ch, sc in zip(word, scripts, strict=True):
        if sc == minority:
            repl = table.get(ch)
            if repl is None:  # a genuinely mixed word (not a lookalike slip): leave it alone
                return word
            out.append(repl)
        else:
            out.append(ch)
    return "".join(out)


def repair_homoglyphs(text: str) -> str:
    """Inside a word mixing Latin and Cyrillic, turn the minority's lookalikes into the majority.

    ``Еmbassies`` (Cyrillic Е) -> ``Embassies``; ``Алмaты`` (Latin a) -> ``Алматы``.
    A word whose minority letters are not all lookalikes is left as written.
    """
    if not text:
        return ""
    # Fast paths (same result): a word can only mix scripts if the text holds both, and the
    # text is returned as it is when no word of it changes.
    if not {"cyr", "lat"} <= {_script(ch) for ch in set(text)}:
        return text
    if all(_repair_word(w) == w for w in set(_MARKED_WORD.findall(text)) if not w.isascii()):
        return text
    return _MARKED_WORD.sub(_fix_word, text)


def _space_like(ch: str) -> bool:
    return unicodedata.category(ch) in ("Zs", "Zl", "Zp")


_SPACES = {cp: " " for cp in range(0x80, 0x3001) if _space_like(chr(cp))}
# A match means the text may hold a removed character. Every character past the BMP
# matches: a class of BMP ranges alone compiles to a bitmap, ~4x faster than one that lists
# the astral ranges too, and astral text (emoji) is rare enough to take the translate.
_INVISIBLE_CHAR = re.compile(
    "[" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
                  for lo, hi in _REMOVED_RANGES if hi <= 0xFFFF) + "\U00010000-\U0010FFFF]")


def _clean_spaces(value: str | None) -> str:
    """clean_text without the homoglyph repair (for text where scripts are glued on purpose)."""
    if not value:
        return ""
    text = str(value)
    if _INVISIBLE_CHAR.search(text):
        text = text.translate(_INVISIBLE)
    # Every _SPACES character is whitespace to \s and strip(): the collapse turns each into
    # one space, as text.translate(_SPACES) would (that pass cost a fifth of clean_text).
    return _WS_RUN.sub(" ", unicodedata.normalize("NFC", text)).strip()


# Text that _clean_once would return as it is: printable ASCII but ``<`` (markup is read
# again), Cyrillic letters and common punctuation, single spaces between words, no Latin
# letter touching a Cyrillic one (the only place a homoglyph repair could change it). Most
# strings of a page are like this already.
# (no old form of a Kazakh letter: ``_OLD_FORMS``)
_PLAIN = ("\x21-\x3b\x3d-\x7e\u0400-\u0471\u0474-\u0481\u048a-\u04c8\u04cb-\u04ff"
          "«»—–…“”„‘’№•·©°€₸")
_PLAIN_OR_SPACE = re.compile(f"[{_PLAIN} ]+")


def _already_clean(text: str) -> bool:
    """``(?:[_PLAIN]+ )*[_PLAIN]+`` in full: one character class and substring tests cost a
    fraction of that pattern's group per word."""
    return _PLAIN_OR_SPACE.fullmatch(text) is not None and "  " not in text and \
        text[0] != " " and text[-1] != " "
_CYRILLIC = "\u0400-\u0481\u048a-\u04ff"
_LATIN_RUN = re.compile(r"[A-Za-z]+")
# A whole word (run of Latin and Cyrillic letters) holding both scripts; tried only at word
# starts and scanned once, so a long paragraph costs one pass.
_MIXED_RUN = re.compile(f"(?<![A-Za-z{_CYRILLIC}])"
                        f"(?=[A-Za-z{_CYRILLIC}]*?(?:[A-Za-z][{_CYRILLIC}]|[{_CYRILLIC}][A-Za-z]))"
                        f"[A-Za-z{_CYRILLIC}]++")
_CYRILLIC_LETTER = re.compile(f"[{_CYRILLIC}]")


def _scripts_touch(text: str) -> bool:
    """A Latin letter next to a Cyrillic one. Looked for at the edges of Latin runs: a Russian
    paragraph has few of them, and pure ASCII none."""
    if text.isascii():
        return False
    end = len(text)
    for run in _LATIN_RUN.finditer(text):
        a, b = run.span()
        if (a and _CYRILLIC_LETTER.match(text, a - 1)) or (b < end and
                                                          _CYRILLIC_LETTER.match(text, b)):
            return True
    return False


def _clean_shortcut(value: str | None) -> str:
    """``_clean_once``, returning text that is clean already (or only needs its spaces
    collapsed, or a lookalike letter repaired) without the full path's passes."""
    if type(value) is not str:
        return _clean_once(value)
    plain = value
    if not _already_clean(value):
        # Markup's line breaks and indents are the usual difference: collapse them the way
        # the full path does (str.split and the regex \s agree on what is a space).
        plain = " ".join(value.split())
        if not _already_clean(plain):
            return _clean_once(value)
    if not _scripts_touch(plain):
        return plain
    # In this alphabet a word is a run of Latin and Cyrillic letters: only the runs mixing
    # both can change, and repaired letters stay in the alphabet (NFC as they are).
    return _MIXED_RUN.sub(_fix_word, plain)


def _clean_once(value: str | None) -> str:
    text = _clean_spaces(value)
    if _OLD_FORM.search(text):
        text = text.translate(_OLD_FORMS)
    # Repairing may bring a letter next to a combining mark it composes with: NFC again.
    return unicodedata.normalize("NFC", repair_homoglyphs(text))


_MARKUP_ROUNDS = 3


def clean_text(value: str | None) -> str:
    """NFC, no-break/odd spaces -> space, format/control characters dropped (see
    ``_INVISIBLE``), whitespace collapsed, stripped, homoglyphs repaired, no tag-shaped
    markup. Quotes and dashes are kept as written. Idempotent; never raises.

    Text that still holds markup (``<b>``, ``<script>…</script>``, ``<!--``: HTML escaped
    twice, or a value that was HTML) is read as HTML again — at most three times, then
    its ``<`` are dropped — so no feed field can carry a tag.
    """
    long = type(value) is str and len(value) >= KNOWN_CLEAN_MIN
    if long and value in KNOWN_CLEAN:
        return value
    out = _markup_free(_clean_shortcut(value))
    if long and len(out) >= KNOWN_CLEAN_MIN and len(out) <= KNOWN_CLEAN_MAX:
        if len(KNOWN_CLEAN) >= KNOWN_CLEAN_SIZE:
            KNOWN_CLEAN.clear()
        KNOWN_CLEAN.add(out)
    return out


KNOWN_CLEAN: set[str] = set()
"""Long texts ``clean_text`` returned lately. It is idempotent, and a body's paragraphs come
back to it (the page index cleaned them; the dateline split and the loader clean them again):
for those a hash look-up replaces the character checks."""
KNOWN_CLEAN_MIN = 160  # characters: a shorter text is checked faster than looked up
KNOWN_CLEAN_MAX = 20_000
KNOWN_CLEAN_SIZE = 512  # texts: a few pages' paragraphs, a few MB at most


def _clean_full(value: str | None) -> str:
    """clean_text without its shortcut for text that is clean already."""
    return _markup_free(_clean_once(value))


def _markup_free(text: str) -> str:
    if "<" not in text:
        return text
    for _ in range(_MARKUP_ROUNDS):
        if not has_markup(text):
            return text
        text = _clean_once(strip_markup(text))
    return text if not has_markup(text) else _clean_once(text.replace("<", ""))


def clean_paragraphs(paragraphs: Iterable[str | None]) -> list[str]:
    """Clean each paragraph and drop the ones left empty (NBSP-only lines and the like)."""
    return [text for text in (clean_text(p) for p in paragraphs) if text]


def join_paragraphs(paragraphs: Iterable[str | None]) -> str:
    """The feed's body: clean paragraphs separated by a blank line.

    Each paragraph is free of markup, but one ending in ``</`` and the next starting with
    ``>`` would make a tag across the blank line: such a ``<`` is dropped, as ``clean_text``
    drops what it cannot read."""
    body = "\n\n".join(clean_paragraphs(paragraphs))
    while "<" in body and (found := TAG_SHAPED.search(body)) is not None:
        body = body[:found.start()] + body[found.start() + 1:]
    return body


# --------------------------------------------------------------------------- months

_RU_END = r"(?:ь|я|е|ем|ю)"
_KK_END = (
    r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|ында|інде|"
    r"ы|і|нан|нен|дан|ден|тан|тен|ынан|інен|ына|іне|ын|ін)?"
)
# Kazakh in Latin letters, folded (``_fold_latin``) to one spelling: after a month, the
# case endings ``_KK_END`` has in Cyrillic (``mamyrda``, ``qazannyñ``).
_KK_LATIN_END = (
    r"(?:nyn|nin|dyn|din|tyn|tin|ga|ge|qa|ke|na|ne|da|de|ta|te|nda|nde|ynda|inde|"
    r"y|i|nan|nen|dan|den|tan|ten|ynan|inen|yna|ine|yn|in)?"
)
_MONTH_PATTERNS: tuple[tuple[int, str], ...] = (
    (1, rf"янв(?:ар{_RU_END})?|jan(?:uary)?|қаңтар{_KK_END}|қаң|[qk]antar{_KK_LATIN_END}"),
    (2, rf"фев(?:р(?:ал{_RU_END})?)?|feb(?:ruary)?|ақпан{_KK_END}|ақп|a[qk]pan{_KK_LATIN_END}"),
    (3, rf"мар(?:т(?:а|е|ом|у)?)?|mar(?:ch)?|наурыз{_KK_END}|нау|nauryz{_KK_LATIN_END}"),
    (4, rf"апр(?:ел{_RU_END})?|apr(?:il)?|сәуір{_KK_END}|сәу|sau[iy]r{_KK_LATIN_END}"),
    (5, rf"ма(?:й|я|е|ем|ю)|may|мамыр{_KK_END}|мам|mamyr{_KK_LATIN_END}"),
    (6, rf"июн{_RU_END}?|june?|маусым{_KK_END}|мау|mausym{_KK_LATIN_END}"),
    (7, rf"июл{_RU_END}?|july?|шілде{_KK_END}|шіл|shilde{_KK_LATIN_END}"),
    (8, rf"авг(?:уст(?:а|е|ом|у)?)?|aug(?:ust)?|тамыз{_KK_END}|там|tamyz{_KK_LATIN_END}"),
    (9, rf"сен(?:т(?:ябр{_RU_END})?)?|sep(?:t(?:ember)?)?|қыркүйек{_KK_END}|қыр|"
        rf"[qk]yrku[iy]ek{_KK_LATIN_END}"),
    (10, rf"окт(?:ябр{_RU_END})?|oct(?:ober)?|қазан{_KK_END}|қаз|[qk]azan{_KK_LATIN_END}"),
    (11, rf"ноя(?:б(?:р{_RU_END})?)?|nov(?:ember)?|қараша{_KK_END}|қар|[qk]arasha{_KK_LATIN_END}"),
    (12, rf"дек(?:абр{_RU_END})?|dec(?:ember)?|желтоқсан{_KK_END}|жел|"
         rf"(?:j|zh)elto[qk]san{_KK_LATIN_END}"),
)
_MONTHS = re.compile("|".join(f"(?P<m{n}>{pat})" for n, pat in _MONTH_PATTERNS))
# Kazakh's Latin spellings of one word: 2021 (``şılde``, ``säuır``, ``qañtar``), 2018 with
# apostrophes (``s'ilde``, ``qan'tar``, ``sa'uir``) or accents (``sáýir``, ``qyrkúıek``), and
# the transliteration (``shilde``): folded to plain letters, ``ş``/``s'`` to ``sh``.
_LATIN_FOLD = str.maketrans({
    "ä": "a", "á": "a", "ğ": "g", "ǵ": "g", "ı": "i", "ñ": "n", "ń": "n", "ö": "o", "ó": "o",
    "ū": "u", "ü": "u", "ú": "u", "ý": "u", "ş": "sh", "ç": "ch", "'": "", "’": "", "ʼ": ""})
_APOSTROPHE_SH = re.compile(r"([sc])['’ʼ]")
MONTH_WORD = r"[^\W\d_]+(?:['’ʼ][^\W\d_]+){0,2}"
"""A month's word, apostrophes inside (``s'ilde``, ``qaras'a``); ``month_number`` bounds its
length."""


def fold_latin(word: str) -> str:
    """A lower-cased Kazakh word in any Latin spelling as the one ``_MONTH_PATTERNS`` match."""
    if "'" in word or "’" in word or "ʼ" in word:
        word = _APOSTROPHE_SH.sub(r"\1h", word)
    return word.translate(_LATIN_FOLD)


def month_number(name: str) -> int | None:
    """1..12 for a Russian (any case, ``янв.``), English (``Sept``) or Kazakh month name, Kazakh
    in Cyrillic or any Latin spelling (``qaraşa``, ``s'ilde``, ``sáýir``)."""
    key = fold_latin(clean_text(name).lower().replace("ё", "е").rstrip("."))
    if not key or len(key) > 20:
        return None
    match = _MONTHS.fullmatch(key)
    if match is None or match.lastgroup is None:
        return None
    return int(match.lastgroup[1:])


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
    (
        "slashed",
        re.compile(r"(?<![0-9/])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})(?![0-9/])"),
    ),
    (
        "dmy",
        re.compile(
            r"(?<![0-9])(?P<d>[0-9]{1,2})\s+"
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
# Kazakh's word for "hour" before a time of day (``15 мамыр, сағат 11:50``; Latin ``saǵat``)
CLOCK_WORD = r"(?:(?:сағат|сағ\.|sa[gğǵ]at|saghat)\s*)?"
_TIME_AFTER = re.compile(
    _WEEKDAY_BETWEEN
    + r"\s*(?:[,|]|в|at|-|–|—)?\s*" + CLOCK_WORD
    + r"(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?(?![0-9])"
    + _AMPM
)
# A time of day with no minutes, only right after a date (a bare number elsewhere is no
# time): AP's ``9 p.m.``/``9am``/``9 PM``, ``noon``/``12 noon``/``midnight``, Russian
# ``в 9 часов (вечера)``, Kazakh ``сағат 9-да``.
_HOUR_AFTER = re.compile(
    r"\s*(?:[,|]|в|at|-|–|—)?\s*(?:"
    r"(?P<noon>(?:12\s*)?(?i:noon)|(?i:midnight)|полдень|полночь)|"
    r"(?P<H>[0-9]{1,2})\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?|"
    r"(?P<ru>[0-9]{1,2})\s+час(?:а|ов)?(?:\s+(?P<part>утра|дня|вечера|ночи))?|"
    r"сағат\s+(?P<kk>[0-9]{1,2})(?:-?(?:да|де|та|те|ға|ге|қа|ке))?(?![0-9:.]))"
    r"(?![^\W\d_])"
)
_TIME_BEFORE = re.compile(
    r"(?<![0-9:])(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?" + _AMPM
    + r"\s*(?:[,|]|-|–|—)?\s*$"
)
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
_DAYS_AGO = {"сегодня": 0, "вчера": 1, "позавчера": 2, "бүгін": 0, "кеше": 1, "today": 0,
             "yesterday": 1}
_RELATIVE_DAY = re.compile(r"(?<![^\W\d_])(?P<word>сегодня|позавчера|вчера|бүгін|кеше|today|"
                           r"yesterday)(?![^\W\d_])", re.I)


class RelativeMoment(datetime):
    """A moment read off a day named relative to the reference day (``Кеше, 13:00``): the
    day the page was rendered is not always the day it was fetched (a cache's or an archive's
    copy), so an absolute date the page or its listing gives is the better one."""

    __slots__ = ()


def is_relative(when: object) -> bool:
    """``when`` was read off a relative day (``Сегодня, 15:40``, ``Yesterday, 9:05 AM``)."""
    return isinstance(when, RelativeMoment)


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


def _relative_date(text: str) -> tuple[RelativeMoment, int, int] | None:
    """A day named relative to the reference day, with the time of day right after or right
    before the word: a word alone (``Сегодня в Алматы …``) is prose, not a date."""
    today = _REFERENCE_DAY.get()
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
    if kind in ("iso", "dmy_num"):
        month: int | None = int(match["m"])
    else:
        month = month_number(match["mon"])
    if month is None:
        return None
    return _make_date(int(match["y"]), month, int(match["d"]))


def _find_date(text: str) -> tuple[date | datetime, int, int] | None:
    """The first full date in ``text``, with the span it covers (a time of day included)."""
    best: tuple[int, int, str, re.Match[str], date] | None = None
    for kind, pattern in _DATE_PATTERNS:
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
        aware = _tz_of(match["tz"])
        if match["tz"] and aware is None:
            return day, start, match.end("d")
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
    else:
        before = _TIME_BEFORE.search(text[max(0, start - 24) : start])
        clock = _time_of(before)
    if clock is None:
        return day, start, end
    return datetime(day.year, day.month, day.day, *clock, tzinfo=zone), start, end


_WEEKDAY_BEFORE = re.compile(r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.I)


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


# ``15:40 (GMT+6)``, ``09:40 UTC``, ``10:55 GMT+5``, ``10:55 (UTC+05:00)``: the zone of the time
_ZONE_AFTER = re.compile(
    r"\s*\(?\s*(?:GMT|UTC)(?:\s*(?P<sign>[+\-−])\s*(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?)?"
    r"\s*\)?(?![\w+\-])"
)


def _zone_of(match: re.Match[str] | None) -> timezone | None:
    if match is None:
        return None
    if match["sign"] is None:
        return UTC
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(delta if match["sign"] == "+" else -delta)


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


# --------------------------------------------------------------------------- dateline


@dataclass(frozen=True)
class Dateline:
    """The ``Place. day month.`` prefix the outlet puts before the lead (a wire's may have no
    date: ``ALMATY (IC) –``; then ``day`` and ``month`` are None)."""

    place: str
    day: int | None
    month: int | None
    stamp: date | None = None
    """A full date (a ``datetime`` with its time of day) printed right before the dateline:
    ``<span>16 апреля 2021 15:40</span>Алматы. 16 апреля. …`` (a date element run into it),
    or the dateline's own year (``ASTANA, May 9, 2022 /Kazinform/ –``)."""
    agency: str | None = None
    """Another agency the dateline names (``ASTANA, May 9 (Reuters) –``): the story's source.
    The outlet's own name is not kept."""
    clock: tuple[int, int] | None = None
    """The time of day a dateless dateline prints instead of a date (``ASTANA, 11:50 –``)."""


_PLACE_WORD = r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?(?:-[^\W\d_]+)*"
"""A word of a place's name, Kazakh Latin's apostrophes inside (``Aqto'be``)."""
_DASH = r"(?:--?|[–—])"
# An agency named in brackets or between slashes (``(IC)``, ``(Reuters)``, ``/Kazinform/``);
# unbracketed, up to three words each opening with a capital (``– Kazinform –``, ``.
# ҚазАқпарат –``, ``. РИА Новости –``), and a sentence opening after its dash: else the lead's.
_NAMED = r"[^\W_][^()/\n]{0,40}?"
_ONE_NAME = r"[^\W\d_][\w'’.&-]{1,24}"


@lru_cache(maxsize=8)
def _dateline_pattern(agency: str) -> re.Pattern[str]:
    """The dateline regex; ``agency`` (a regex, may be empty) is the outlet's own name that
    may follow the date (``Алматы. 16 апреля. Центр информации - text``)."""
    # the agency after the date, maybe after a separator of its own, maybe in brackets, ends
    # in a dash or a stop (``16 апреля. Центр информации - ``, ``April 16 – IC – ``,
    # ``16 апреля – ЦИ. ``, ``April 16 (Information Center) – ``); its last separator is
    # looked for before a bare dash, which would leave the agency in the text
    lead = rf"\s*(?:[.,]|{_DASH})?\s*"
    end = rf"(?:{_DASH}|[.:](?=\s|$))"
    own = (rf"{lead}{agency}\s*{end}\s*|\s*\.\s*{agency}\s*[.:]?(?:\s+|$)|"
           if agency else "")
    named = (rf"(?:{lead}(?:\(\s*(?P<ag>{_NAMED})\s*\)|/\s*(?P<ag2>{_NAMED})\s*/)\s*{end}?\s*|"
             rf"{own}{lead}(?P<ag3>{_ONE_NAME}(?:\s+{_ONE_NAME}){{0,2}})\s*{_DASH}\s*(?=\S)|\s*[.,]?\s*{_DASH}\s*")
    return re.compile(
        rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})\s*(?P<sep>[.,])\s*"
        rf"(?:(?P<d1>[0-9]{{1,2}})\s+(?P<m1>{MONTH_WORD})|(?P<m2>{MONTH_WORD})\.?\s+"
        r"(?P<d2>[0-9]{1,2}))"
        r"(?![0-9])(?:,?\s+(?P<y>(?:19|20)[0-9]{2})(?![0-9])(?:\s*(?:года|г(?=\.)))?)?"
        + named + r"|\s*\.(?:\s+|$))(?P<rest>.*)",
        re.DOTALL,
    )


# Capitalised words that start ordinary sentences, never a dateline's place.
_NOT_PLACE = _wordset(
    "в во на из по с со к у о об от до за при для и а но это как the in at on from by of to "
    "for and but this сегодня вчера завтра today yesterday tomorrow понедельник вторник среда "
    "четверг пятница суббота воскресенье monday tuesday wednesday thursday friday saturday "
    "sunday"
)
# Highest day each month can have (29 Feb: the year is unknown yet).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# A date (maybe after a weekday, maybe with a time) at the very start of a line: the cheap
# shape test before ``_find_date`` reads it.
_STAMP_SHAPE = re.compile(
    r"(?:[^\W\d_]+,\s*)?(?:[0-9]{1,2}[.\s]|[^\W\d_]{3,20}\.?\s+[0-9]{1,2}(?![0-9])|"
    # Kazakh puts the year first: ``2020 жылғы 11 маусым``, ``2021 jylǵy 11 mausym``
    r"[0-9]{4}\s*(?:ж\.|жыл|j\.|(?:j|zh)yl)|"
    r"[0-9]{1,2}:[0-9]{2}(?![0-9]))")  # the time first: ``14:35, 20 апреля 2023``
_STAMP_TAIL = re.compile(r"[\s,.|]*")
_TIME_FIRST = re.compile(r"[0-9]{1,2}:[0-9]{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[,|·•/–—-]?\s*")


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
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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
    rf"(?:(?P<d1>[0-9]{{1,2}})\s+(?P<m1>{MONTH_WORD})(?![^\W\d_])\.?|"
    rf"(?P<m2>{MONTH_WORD})\.?\s+(?P<d2>[0-9]{{1,2}})(?![0-9])(?:st|nd|rd|th)?{KK_DAY_END})"
    r"(?!,?\s*[0-9]{3})"
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


def _match_dateline(text: str, agency: str = "") -> tuple[Dateline, str] | None:
    found = _match_plain_dateline(text, agency)
    if found is not None:
        return found
    stamp = date_stamp(text)  # ``16 апреля 2021Алматы. 16 апреля. …``
    if stamp is None or stamp[1] >= len(text):
        return None
    found = _match_plain_dateline(text[stamp[1]:], agency)
    if found is None:
        return None
    return replace(found[0], stamp=stamp[0]), found[1]


def _match_plain_dateline(text: str, agency: str = "") -> tuple[Dateline, str] | None:
    match = _dateline_pattern(agency).match(text)
    if match is None:
        return None
    place = match["place"]
    words = place.split()
    if any(not w[0].isupper() or w.lower() in _NOT_PLACE for w in words):
        return None
    day_raw, month_raw = (match["d1"], match["m1"]) if match["d1"] else (match["d2"], match["m2"])
    month = month_number(month_raw)
    day = int(day_raw)
    if month is None or not 1 <= day <= _MONTH_DAYS[month - 1]:
        return None
    rest, named = match["rest"], match["ag"] or match["ag2"] or match["ag3"]
    if named and not _agency_name(named):
        if not match["ag3"]:  # ``(фото)``: no name
            return None
        rest, named = text[match.start("ag3"):], None  # ``– Сегодня – …``: the lead's
    elif match["ag3"] and not _unbracketed_agency(match["ag3"], rest):
        rest, named = text[match.start("ag3"):], None  # ``Karaganda – the mining capital``
    stamp = _make_date(int(match["y"]), month, day) if match["y"] else None
    if match["y"] and stamp is None:
        return None
    return Dateline(_place_name(place), day, month, stamp, _other_agency(named, agency)), \
        rest.strip()


def _unbracketed_agency(name: str, rest: str) -> bool:
    """A name between the date and a dash is an agency's when each of its words opens with a
    capital and a sentence opens after the dash (``Казахстан – это …`` is the lead's)."""
    return all(_agency_name(w) for w in name.split()) and not rest[:1].islower()


def _agency_name(name: str) -> bool:
    """An agency's name opens with a capital or a digit and is no sentence's first word."""
    return (name[0].isupper() or name[0].isdigit()) and name.lower() not in _NOT_PLACE


def _other_agency(name: str | None, agency: str) -> str | None:
    """``name`` unless it is the outlet's own (``agency``, a regex) or empty."""
    name = clean_text(name or "").strip(" .")
    if not name or (agency and re.fullmatch(agency, name)):
        return None
    return _name_case(name)


def _name_case(name: str) -> str:
    """An agency printed in capitals, as a dateline prints its place (``КАЗИНФОРМ``,
    ``INTERFAX-KAZAKHSTAN``), is recorded by its name (``Казинформ``); a short word in
    capitals is an abbreviation and stays (``ТАСС``, ``AP``)."""
    if not name.isupper():
        return name
    return _CAPS_WORD.sub(lambda m: m.group().capitalize() if len(m.group()) > MAX_ABBREVIATION
                          else m.group(), name)


MAX_ABBREVIATION = 4  # letters: a word in capitals up to this long is an abbreviation


# ``ALMATY (IC) – …``, ``NEW YORK (AP) — …``, ``ALMATY, Kazakhstan /Kazinform/ – …``,
# ``ASTANA — …``: a wire's dateline with no date, its place in capitals.
_WIRE_LEAD = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)?"
    rf"\s*(?:\(\s*(?P<ag>{_NAMED})\s*\)|/\s*(?P<ag2>{_NAMED})\s*/)?\s*{_DASH}\s*(?P<rest>.+)",
    re.DOTALL)
# Capitals opening a lead that are a label, not a place (``BREAKING — …``, ``ФОТО – …``).
_WIRE_LABELS = _wordset(
    "breaking update updated exclusive photo photos video watch live opinion analysis "
    "editorial interview correction urgent alert новость фото видео важно срочно молния "
    "внимание эксклюзив мнение интервью обновлено официально маңызды жедел сурет бейне "
    "сұхбат пікір")
MIN_WIRE_PLACE = 5  # letters: shorter capitals with no agency are an abbreviation (ЕАЭС, NATO)
MIN_WIRE_REST = 40  # characters: a dateline opens a paragraph of text


def split_wire_lead(paragraph: str, agency: str = "") -> tuple[Dateline | None, str]:
    """Split a wire's dateless dateline (``ALMATY (IC) – text``, ``NEW YORK (AP) — text``,
    ``ASTANA — text``) off a text's first paragraph; the paragraph comes back unchanged
    without one. Its place is in capitals; without an agency, a place of at least
    ``MIN_WIRE_PLACE`` letters that is no label (``BREAKING``, ``ФОТО``), the text after it a
    sentence of its own. A place in any case may be followed by the time of day or an agency
    instead (``Алматы, 14:05 – text``, ``Астана, КАЗИНФОРМ – text``: ``_split_place_lead``)."""
    text = clean_text(paragraph)
    head = text[:2]
    if len(head) < 2 or not head[0].isupper():  # the cheap test: a capital opens it
        return None, paragraph
    found = _split_place_lead(text, agency)
    if found is not None:
        return found
    if not head.isupper():
        return None, paragraph
    match = _WIRE_LEAD.match(text)
    if match is None or not match["place"].isupper() or not match["rest"][:1].isupper():
        return None, paragraph
    place, named = match["place"], match["ag"] or match["ag2"]
    if named is None and (sum(c.isalpha() for c in place) < MIN_WIRE_PLACE
                          or len(match["rest"]) < MIN_WIRE_REST
                          or any(w.lower() in _WIRE_LABELS for w in place.split())):
        return None, paragraph
    if named is not None and not _agency_name(named):
        return None, paragraph
    dateline = Dateline(_place_name(place), None, None, agency=_other_agency(named, agency))
    return dateline, match["rest"].strip()


_PLACE_HEAD = rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})"
# ``УСТЬ-КАМЕНОГОРСК, 11:50 – …``, ``Алматы, 14:05 (Kazinform) — …``: the time, not the date.
_TIMED_LEAD = re.compile(
    rf"{_PLACE_HEAD}\s*,\s*(?P<H>[0-9]{{1,2}}):(?P<M>[0-9]{{2}})(?![0-9])\s*"
    rf"(?:\(\s*(?P<ag>{_NAMED})\s*\)|/\s*(?P<ag2>{_NAMED})\s*/)?\s*{_DASH}\s*(?P<rest>.+)",
    re.DOTALL)
# ``Астана, КАЗИНФОРМ – …``, ``ALMATY, Kazinform — …``, ``АСТАНА. ҚазАқпарат – …``: an agency
# and no date; one or two words, else it is a sentence.
_AGENCY_LEAD = re.compile(
    rf"{_PLACE_HEAD}\s*[.,]\s*(?P<ag>{_ONE_NAME}(?:\s+{_ONE_NAME})?)\s*{_DASH}\s*(?P<rest>.+)",
    re.DOTALL)
# Words only an agency's name holds (a country or a region after the place holds none).
_AGENCY_WORD = re.compile(
    r"inform|информ|ақпарат|aqparat|news|новост|жаңалық|press|пресс|reuters|interfax|"
    r"интерфакс|sputnik|спутник|xinhua|синьхуа|bloomberg|anadolu|kaztag|казтаг|agency|"
    r"агентств|\.(?:kz|ru|com|org|net)$", re.I)
_INNER_CAPITAL = re.compile(r"[^\W\d_]*[a-zа-яәғқңөұүһі][A-ZА-ЯӘҒҚҢӨҰҮҺІ]")
MIN_CAPS_AGENCY = 4  # letters: shorter capitals after a place are an abbreviation (ООН, USA)


def _split_place_lead(text: str, agency: str) -> tuple[Dateline, str] | None:
    """``Алматы, 14:05 – text`` or ``Астана, КАЗИНФОРМ – text``: a place (any case) with the
    time of day or an agency (``_agency_after``) but no date, a sentence after it."""
    match = _TIMED_LEAD.match(text) if ":" in text[:60] else None
    clock = _time_of_day(match["H"], match["M"]) if match else None
    if match is None or clock is None:
        match = _AGENCY_LEAD.match(text)
        if match is None or not _agency_after(match["place"], match["ag"], agency):
            return None
    place, rest = match["place"], match["rest"]
    named = match["ag"] or (match["ag2"] if clock else None)
    if len(rest) < MIN_WIRE_REST or not rest[:1].isupper() or \
            any(not w[0].isupper() or w.lower() in _NOT_PLACE or w.lower() in _WIRE_LABELS
                for w in place.split()) or (named is not None and not _agency_name(named)):
        return None
    return Dateline(_place_name(place), None, None, agency=_other_agency(named, agency),
                    clock=clock), rest.strip()


def _time_of_day(hour: str, minute: str) -> tuple[int, int] | None:
    return (int(hour), int(minute)) if int(hour) < 24 and int(minute) < 60 else None


def _agency_after(place: str, name: str, agency: str) -> bool:
    """``name`` after a place and before the dash names an agency, not a country or a region
    (``ASTANA, Kazakhstan —``): the outlet's own name, an agency's word (``Kazinform``,
    ``Tengrinews.kz``), capitals inside a word (``ҚазАқпарат``, ``KazTAG``), or capitals
    after a place that is not in capitals (``Астана, КАЗИНФОРМ``)."""
    if agency and re.fullmatch(agency, name):
        return True
    return bool(_AGENCY_WORD.search(name) or _INNER_CAPITAL.match(name)) or (
        not place.isupper() and name.isupper()
        and sum(c.isalpha() for c in name) >= MIN_CAPS_AGENCY)


_CAPS_WORD = re.compile(r"[^\W\d_]+")


def _place_name(place: str) -> str:
    """A place printed in capitals (``ALMATY``, ``NUR-SULTAN``, ``АСТАНА``) is recorded by its
    name (``Almaty``); a short one (``USA``, ``UK``) is an abbreviation and stays."""
    if not place.isupper() or len(place) <= 3:
        return place
    return _CAPS_WORD.sub(lambda m: m.group().capitalize(), place)


def split_dateline(paragraph: str, agency: str = "") -> tuple[Dateline | None, str]:
    """Split ``Алматы. 16 апреля. Центр информации - text`` into the dateline and ``text``;
    ``agency`` is a regex of the outlet's name that may stand between date and text.

    Only a dateline at the very start counts; without one the paragraph comes back unchanged.
    """
    found = _match_dateline(clean_text(paragraph), agency)
    if found is None:
        return None, paragraph
    return found


# --------------------------------------------------------------------------- year inference


ID_BOUND_SLACK = 7  # days: ids follow the date only roughly (an edit may publish a day late)


def infer_year(
    day: int, month: int, hints: Sequence[tuple[str, date]], today: date
) -> tuple[date, str] | None:
    """Give a yearless day/month a year, never a date after ``today``.

    Each hint is ``(label, full date)`` in order of trust; the year (hint's, one before or one
    after) that lands closest to the hint wins, and the label says which hint was used
    (``dateline+listing``). Without a usable hint, the latest such date up to ``today``
    (``dateline+crawl``). Hints labelled ``…:not-before``/``…:not-after`` anchor nothing: they
    bound the date (the known articles with the next lower and higher id), and a year inside
    the bounds is preferred.
    """
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    fits = _bounds(hints)
    for label, hint in hints:
        if not isinstance(hint, date) or ":" in label:
            continue
        hint_day = hint.date() if isinstance(hint, datetime) else hint
        candidates = [
            found
            for year in (hint_day.year - 1, hint_day.year, hint_day.year + 1)
            if (found := _safe_date(year, month, day)) is not None and found <= today
        ]
        if candidates:
            candidates = [d for d in candidates if fits(d)] or candidates
            # closest to the hint; on a tie the earlier one (a listing date follows publication)
            best = min(candidates, key=lambda d: (abs((d - hint_day).days), d > hint_day))
            return best, f"dateline+{label}"
    latest = [found for year in range(today.year, today.year - 9, -1)
              if (found := _safe_date(year, month, day)) is not None and found <= today]
    best_fit = next((d for d in latest if fits(d)), latest[0] if latest else None)
    return (best_fit, "dateline+crawl") if best_fit else None


def date_between_ids(num: int, lower: tuple[int, date] | None, upper: tuple[int, date] | None
                     ) -> date:
    """Where id ``num`` falls in time, from the known ids just below and above it: their
    dates interpolated by id (ids grow with the date, about evenly over a few months), else
    the one neighbour known. The nearer neighbour alone could be years off when the two are
    far apart: a related link reaches an old article before the listing pages around it."""
    if lower is None or upper is None:
        known = lower if lower is not None else upper
        if known is None:
            raise ValueError("date_between_ids needs at least one known neighbour")
        return known[1]
    (lo, lo_day), (hi, hi_day) = lower, upper
    if hi <= lo or not lo <= num <= hi:
        return lo_day if abs(num - lo) <= abs(hi - num) else hi_day
    return lo_day + timedelta(days=round((hi_day - lo_day).days * (num - lo) / (hi - lo)))


def _bounds(hints: Sequence[tuple[str, date]]) -> Callable[[date], bool]:
    """Whether a date lies within the ``…:not-before``/``…:not-after`` hints (with slack)."""
    days = [(label.rpartition(":")[2], (h.date() if isinstance(h, datetime) else h))
            for label, h in hints if ":" in label and isinstance(h, date)]
    slack = timedelta(days=ID_BOUND_SLACK)
    low = max((d for kind, d in days if kind == "not-before"), default=None)
    high = min((d for kind, d in days if kind == "not-after"), default=None)
    return lambda d: (low is None or d >= low - slack) and (high is None or d <= high + slack)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def to_almaty(value: date | datetime) -> tuple[str, str]:
    """ISO string in Asia/Almaty and its precision (``day`` for a date, ``minute`` otherwise).

    A date is local midnight; a naive datetime is Almaty wall time; an aware one is converted.
    The offset comes from tz data (+06:00 before 2024-03-01, +05:00 since).
    """
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            local = value.replace(tzinfo=ALMATY)
        else:
            local = value.astimezone(ALMATY)
        return local.isoformat(timespec="seconds"), "minute"
    midnight = datetime(value.year, value.month, value.day, tzinfo=ALMATY)
    return midnight.isoformat(timespec="seconds"), "day"


_UNIX = re.compile(r"[0-9]{9,13}")
EARLIEST_STAMP = datetime(1995, 1, 1, tzinfo=ALMATY)
"""No news page of the outlet's kind is older: a smaller number is an id, not a moment."""


def unix_moment(value: str | None, latest: datetime) -> datetime | None:
    """The moment a Unix timestamp names (``1618566000`` seconds, ``1618566000000``
    milliseconds) in Asia/Almaty, when it falls between 1995 and ``latest``; else None."""
    text = (value or "").strip()
    if not _UNIX.fullmatch(text):
        return None
    number = int(text)
    seconds = number / 1000 if len(text) > 11 else number
    try:
        moment = datetime.fromtimestamp(seconds, ALMATY)
    except (OverflowError, OSError, ValueError):
        return None
    return moment if EARLIEST_STAMP <= moment <= latest else None


# --------------------------------------------------------------------------- attribution

_SOURCE_LINE = re.compile(
    r"(?i:источник(?:и)?|sources?|дереккөз(?:і)?|derekk(?:ö|ó|o['’ʼ]?)z[iı]?|"
    r"first\s+published\s+(?:at|by|in))\s*[:：]\s*(?P<name>.+)",
    re.DOTALL,
)


def _tidy_name(name: str) -> str | None:
    name = name.strip().rstrip(".,;:").strip()
    return name or None


def source_from_line(text: str) -> str | None:
    """``Источник: КазТАГ`` -> ``КазТАГ`` (also ``Source:`` and ``Дереккөз:``); label must lead."""
    return source_from_clean_line(clean_text(text))


def source_from_clean_line(text: str) -> str | None:
    """``source_from_line`` of text that is ``clean_text``'s output already (a page's lines):
    cleaning again would change nothing and costs a pass over every paragraph. A line naming
    the text's material's origin is one too: ``По материалам Tengrinews.kz``, ``Based on
    materials from Kazinform``, ``Kazinform материалдары бойынша``."""
    match = _SOURCE_LINE.match(text)
    if match is not None:
        return _tidy_name(match["name"])
    if len(text) > MAX_MATERIALS_LINE:
        return None
    match = _MATERIALS_LINE.match(text)
    if match is None and ("бойынша" in text or "материалдар" in text):
        match = _KK_MATERIALS_LINE.match(text)
    return None if match is None else _line_name(match["name"])


MAX_MATERIALS_LINE = 120  # characters: a label and a name, not a sentence
_MATERIALS_LINE = re.compile(
    r"(?i:по\s+(?:материалам|информации|данным|сообщению|сведениям)|на\s+основе\s+материалов|"
    r"(?:based\s+on|with|using|from)\s+(?:the\s+)?(?:materials?|reports?|information|data)\s+"
    r"(?:from|by|of)|(?:materials?|reporting)\s+(?:from|by))\s+(?P<name>.+)")
_KK_MATERIALS_LINE = re.compile(
    r"(?P<name>.+?)\s+(?i:материалдары\s+(?:бойынша|негізінде)|материалдарынан|"
    r"ақпараты\s+бойынша)\W*$")
_NAME_STOP = re.compile(r"[,;:!?]|[.…](?:\s|$)")


def _line_name(raw: str) -> str | None:
    """The name on a line of its own after (or before) its label: a few words, capitalised,
    quoted or a press service's, and no sentence."""
    name = raw.strip().rstrip(".").strip()
    if not name or _NAME_STOP.search(name) or len(name.split()) > _MAX_SOURCE_WORDS:
        return None
    if not (name[0].isupper() or name[0] in "«\"“„" or _LOWER_NAMES.match(name)):
        return None
    return _tidy_name(re.sub(r"^the\s+", "", name))


_NAME_END = r"(?=\s+со\s+ссылкой|\s+(?i:with\s+reference|citing|referring)|[,;:(]|\.(?:\s|$)|$)"
_LOWER_NAMES = re.compile(
    r"(?i)(?:the\s+)?(?:пресс-служб|пресс-центр|press\s+(?:service|office|center|centre)"
    r"|агентств|издани|портал|сайт|телеграм|информационн)"
)
# Kazakh's "reports", "reported", "writes", in Cyrillic and in Latin letters (2021
# ``habarlaidy``, 2018 ``habarlai'dy``/``habarlaıdy``, transliterated ``xabarlaydy``).
_KK_REPORTS = (r"хабарла(?:йды|ды)|жазады|жазды|мәлімде(?:йді|ді)|[hx]abarla(?:idy|i['’ʼ]dy|ıdy|"
               r"ydy|dy)|jazady|jazdy|m(?:ä|a['’ʼ]?|á)l[iı]mde(?:[iı]d[iı]|d[iı])")
# "according to X" put after the name: ``Kazinform мәліметінше, …`` (``mälımetınşe``).
_KK_ACCORDING = (r"мәліметінше|мәліметі\s+бойынша|хабарлауынша|[hx]abarlau[yı]nsha|"
                 r"m(?:ä|a['’ʼ]?|á)l[iı]met[iı](?:n(?:ş|sh|s['’ʼ])e|\s+boiynsha)")
_LEAD_VERB_FIRST = re.compile(
    r"(?i:(?<![^\W\d_])(?:сообща(?:ет|ют)|переда(?:е|ё)т|передают|пишет|пишут|информирует"
    r"|according\s+to|reported\s+by"
    # "X reports that …" is not an attribution; ", reports X" is; in Kazakh the quote's
    # ``деп`` ("saying") stands before the verb: ``…, деп хабарлайды Kazinform``.
    r"|(?:(?<=,\s)|(?<=[—–]\s))(?:reported|reports|writes)"
    rf"|(?:деп|dep)\s+(?:{_KK_REPORTS})|(?:(?<=,\s)|(?<=[—–]\s))(?:{_KK_REPORTS}))\s+)"
    r"(?P<name>[^\s,.;].{0,120}?)" + _NAME_END,
    re.DOTALL,
)
_LEAD_NAME_FIRST = re.compile(
    r"(?:^|,\s*)(?P<name>(?:[^,.;:]|\.(?=\w)){1,80}?)\s+(?i:reports|reported|writes|wrote|informs|сообщает"
    r"|пишет)\s*(?=[.,;]|$|(?i:citing|with\s+reference|referring|со\s+ссылкой)\b)"
)
# A Kazakh verb after a name only behind "about this" (``Бұл туралы Kazinform хабарлады``):
# ``Мұғалімдер кітап жазады`` (teachers write a book) names no source.
_NAME_PART = r"(?P<name>(?:[^,.;:]|\.(?=\w)){1,80}?)"
_LEAD_KK_ABOUT = re.compile(
    rf"(?i:(?<![^\W\d_])(?:бұл|осы|bul|osy)\s+(?:туралы|turaly))\s+{_NAME_PART}\s+"
    rf"(?i:{_KK_REPORTS})\s*(?=[.,;!]|$)")
_LEAD_KK_ACCORDING = re.compile(
    rf"(?:^|[,.;]\s+){_NAME_PART}\s+(?i:{_KK_ACCORDING})(?=[\s,]|$)")
# "According to X, …" opening a sentence: ``По данным пресс-службы акимата, …``, ``По
# информации Tengrinews.kz, …``; a press service "told" in its own case: ``Как сообщили в
# пресс-службе МВД, …``. Inside a sentence ``по данным`` cites figures, not the story's origin.
_LEAD_ACCORDING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?i:(?:по|согласно)\s+(?:данным|информации|сообщению|сведениям))\s+"
    rf"{_NAME_PART}\s*,")
_LEAD_PRESS_TOLD = re.compile(
    r"(?i:(?<![^\W\d_])(?:сообщили|рассказали|уточнили|пояснили|заявили|сообщают)\s+в)\s+"
    r"(?P<name>(?i:пресс-(?:служб|центр))\w*(?:\s+[^\s,.;:]+){0,5}?)" + _NAME_END)
_MAX_SOURCE_WORDS = 6
# The reporter the agency sent stands before its name (``передает корреспондент Kazinform``,
# ``корреспондент агентства «Казинформ»``) or after it (``Kazinform correspondent``,
# ``Kazinform тілшісі``): the source is the agency.
_REPORTER_BEFORE = re.compile(
    r"^(?:(?:собственн|специальн)\w*\s+)?(?:корреспондент|журналист|репортер|репортёр)\w*\s+"
    r"(?:(?:агентства|издания|портала|сайта|газеты|телеканала|редакции)\s+)?|"
    r"^(?:an?\s+|our\s+)?(?:correspondent|reporter)\s+(?:of|for|from|with|at)\s+", re.I)
# (a bare trailing "reporter" stays: ``EU Reporter`` is a name)
_REPORTER_AFTER = re.compile(
    r"(?:['’]s\s+(?:correspondent|reporter)|\s+(?:correspondent|тілшісі))$", re.I)


def _lead_name(raw: str) -> str | None:
    name = raw.strip().strip("\"'").strip()
    name = _REPORTER_AFTER.sub("", _REPORTER_BEFORE.sub("", name))
    if not name:
        return None
    first = name[0]
    if not (first.isupper() or first in "«\"“'" or _LOWER_NAMES.match(name)):
        return None
    # "the press service" loses its article; "The Astana Times" keeps the one in its name
    name = re.sub(r"^the\s+", "", name)
    words = name.split()[:_MAX_SOURCE_WORDS]
    return _tidy_name(" ".join(words))


# Quotes that enclose a whole name (``«Хабар 24»``), by opening mark: the closing ones.
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”“", "„": "“”"}
# The head word of a name cited in another case (``По данным пресс-службы акимата``, ``сообщили
# в пресс-службе МВД``) and its nominative ending; the words it governs stay as printed, being
# part of the name. Kazakh puts the head last (``… баспасөз қызметінің``). Proper names
# (``Казинформа``) are not declined back: no table can know them.
_HEAD_CASES = tuple((re.compile(pattern, re.I), ending) for pattern, ending in (
    (r"^(пресс-служб)(?:ы|е|ой|у)(?![^\W\d_])", "а"),
    (r"^(пресс-центр)(?:а|е|ом|у)(?![^\W\d_])", ""),
    (r"^(министерств|агентств|ведомств)(?:а|е|ом|у)(?![^\W\d_])", "о"),
    (r"^(акимат|департамент|комитет|портал|сайт|телеканал)(?:а|е|ом|у)(?![^\W\d_])", ""),
    (r"^(управлени|издани)(?:я|и|ем|ю)(?![^\W\d_])", "е"),
    (r"(баспасөз\s+қызмет)(?:інің|іне|інен|інде)$", "і"),
))


def source_name(name: str | None) -> str | None:
    """A source as a name: ``«Хабар 24»`` -> ``Хабар 24`` (quotes enclosing the whole name
    only: ``МИА «Казинформ»`` keeps its own), ``пресс-службы акимата Алматы`` -> ``пресс-служба
    акимата Алматы`` (the head word in the nominative)."""
    if not name:
        return name
    closing = _QUOTE_PAIRS.get(name[0])
    if closing and len(name) > 2 and name[-1] in closing and not any(
            mark in name[1:-1] for mark in {name[0], *closing}):
        name = name[1:-1].strip()
    for pattern, ending in _HEAD_CASES:
        match = pattern.search(name)
        if match:
            return f"{name[:match.start()]}{match[1]}{ending}{name[match.end():]}"
    return name


_BRACKETED = re.compile(r"(?P<text>(?:.*[.!?…»\"”])?)\s*\((?P<inner>[^()]{2,80})\)\s*$", re.DOTALL)
_BRACKET_LABEL = re.compile(
    r"(?i)(?:по\s+(?:материалам|данным|информации)|источник|source|дереккөз|via|according\s+to"
    r"|based\s+on)\s*[:：]?\s*")
# A bracket after the last sentence that is a note, not a name: a photo's or video's, a serial's
# "to be continued", a change note, a translation's, an author's.
_BRACKET_NOTE = re.compile(
    r"(?i)(?<![^\W\d_])(?:фото|видео|photo|video|сурет|бейне|продолжени|окончани|continued|"
    r"следует|жалғасы|обновлен|updated|перевод|translat|автор|author|ред|архив|archive|"
    r"english|русск|қазақ)")


def bracketed_source(text: str) -> tuple[str, str] | None:
    """``… в следующем месяце. (КазТАГ)`` -> (the text without it, ``КазТАГ``): a short name
    in brackets after the last sentence of a text (``(по материалам Kazinform)`` too) is its
    source; a bracket inside a sentence, or a note (``(Фото)``, ``(Продолжение следует)``), is
    text. None when ``text`` does not end so."""
    if not text.endswith(")"):
        return None
    match = _BRACKETED.match(text)
    if match is None:
        return None
    inner = match["inner"].strip()
    name = _BRACKET_LABEL.sub("", inner, count=1) if _BRACKET_LABEL.match(inner) else inner
    name = name.strip().strip("\"'").strip()
    if not name or len(name.split()) > _MAX_SOURCE_WORDS or _BRACKET_NOTE.search(name) or \
            re.search(r"[.!?;:](?:\s|$)", name) or not (
                name[0].isupper() or name[0] in "«“" or _LOWER_NAMES.match(name)):
        return None
    return match["text"].rstrip(), _tidy_name(name) or name


def source_from_lead(text: str) -> str | None:
    """The agency named in a lead: ``сообщает КазТАГ со ссылкой …`` -> ``КазТАГ``,
    ``…, EU reporter reports.`` -> ``EU reporter``, ``according to Kazinform`` -> ``Kazinform``."""
    cleaned = clean_text(text)
    found: list[tuple[int, str]] = []
    for pattern in (_LEAD_VERB_FIRST, _LEAD_NAME_FIRST, _LEAD_KK_ABOUT, _LEAD_KK_ACCORDING,
                    _LEAD_ACCORDING, _LEAD_PRESS_TOLD):
        for match in pattern.finditer(cleaned):
            name = _lead_name(match["name"])
            if name is not None:
                found.append((match.start(), name))
                break
    return min(found)[1] if found else None


CREDIT_LABEL = (r"(?:(?:photos?|images?|pictures?)\s+credits?|(?:(?:photos?|images?|pictures?)\s+)?"
                r"courtesy(?:\s+of)?|credits?|фото(?:сурет)?|photos?|фото/видео|"
                r"сурет(?:ті\s+түсірген|тің\s+авторы|\s+авторы)?|"
                r"foto|suret|автор\s+фото|фотограф|photographer|инфографика|infographics?|коллаж|collage|"
                r"иллюстраци[яи]|illustrations?|графика|graphics?|скриншот|screenshot|images?|pictures?)")
"""The label a picture's credit opens with: ``Фото:``, ``Photo by``, ``Photos:``, ``Фотосурет:``,
``Суретті түсірген:`` (kk "taken by"), ``Суреттің авторы:`` (kk "the picture's author"),
``Image credit:``, ``Credit:``, ``Photo courtesy of``, or the picture's kind (``Инфографика:``,
``Коллаж:``, ``Иллюстрация:``, ``Графика:``, ``Скриншот:``, ``Image:``, ``Picture:``).
Case-blind, no anchor."""
CREDIT_MARK = (r"\s*[:：\-–—]|\s+(?i:by)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|"
               r"(?<=(?i:of))\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
"""What follows a credit's label: a colon or a dash, ``by`` and a name (``Photo by Jane``), or
the name after ``courtesy of``."""
_PHOTO = re.compile(
    rf"(?i:{CREDIT_LABEL})\s*(?:[:：]|[-–—]|(?i:by)\s|(?<=(?i:of))\s)\s*(?P<c>.+)",
    re.DOTALL,
)
# A credit printed as a phrase rather than a label and a name: ``Фото из открытых
# источников`` (open sources, recorded in the nominative), ``Фото пресс-службы МВД`` (a press
# service's photo: ``пресс-служба МВД``), ``Фото предоставлено пресс-службой …``, ``Фото с
# сайта akorda.kz``, ``Photo from open sources``, ``Сурет ашық дереккөздерден``. The name is a
# few words, not a sentence (``Фото пресс-службы МВД опубликованы …`` is text).
MAX_PHRASE_WORDS = 6
_OPEN_SOURCES = {"ru": "открытые источники", "en": "open sources", "kk": "ашық дереккөздер"}
CREDIT_PHRASE = (r"(?:фото|photos?|сурет)\s+(?:(?P<open_ru>из\s+открыт\w*\s+источник\w*)|"
                 r"(?P<open_en>from\s+open\s+sources?)|(?P<open_kk>ашық\s+дереккөз\w*)|"
                 r"(?:предоставлен[оы]?\s+)?(?P<press>пресс-(?:служб|центр)\w*)\s+(?P<of>\S.*)|"
                 r"(?:предоставлен[оы]?|с\s+сайта)\s+(?P<named>\S.*))")
"""A credit phrase's opening, for ``PHOTO_LABEL``-like tests (case-blind, no anchor)."""
_PHRASE = re.compile(rf"(?i:{CREDIT_PHRASE})\s*$", re.DOTALL)
_SENTENCE_STOP = re.compile(r"[.!?…]\s")
_MARK_PREFIX = re.compile(r"^(?:©|\(c\)|courtesy\s+of\s)\s*", re.I)
_LAT_LOWER_CYR_UPPER = re.compile(r"[a-z][А-ЯЁӘҒҚҢӨҰҮҺІ]")


def photo_credit(text: str, agency: str = "", own_name: bool = False) -> str | None:
    """``Фото:gov.kz`` -> ``gov.kz``; a credit glued to the dateline (``Фото:pixabayАлматы.
    20 апреля.``) is cut where the dateline starts; ``Фото: © X`` -> ``X``; a phrase
    (``Фото пресс-службы МВД``) -> its name. None unless the text starts with the label.
    ``own_name``: the text is a picture's credit by its place (a caption, a credit box), where
    the outlet's own name is the author, not a site's notice."""
    # No homoglyph repair before cutting: ``pixabayАлматы`` is two words glued, not one.
    text = _clean_spaces(text)
    match = _PHOTO.match(text)
    if match is None:
        if text.startswith("©"):
            return copyright_credit(text, "" if own_name else agency)
        return _phrase_credit(text)
    credit = _MARK_PREFIX.sub("", match["c"])
    glued = _LAT_LOWER_CYR_UPPER.search(credit)
    if glued is not None:
        credit = credit[: glued.start() + 1]
    for pos in range(1, min(len(credit), 160)):
        if credit[pos].isupper() and _match_dateline(credit[pos:], agency) is not None:
            credit = credit[:pos]
            break
    return _tidy_name(clean_text(credit))


def _phrase_credit(text: str) -> str | None:
    """``Фото из открытых источников`` -> ``открытые источники``, ``Фото пресс-службы МВД``
    -> ``пресс-служба МВД``, ``Фото с сайта akorda.kz`` -> ``akorda.kz``."""
    if len(text) > MAX_MARK_CREDIT or " " not in text:
        return None
    match = _PHRASE.match(text)
    if match is None:
        return None
    for lang in ("ru", "en", "kk"):
        if match[f"open_{lang}"]:
            return _OPEN_SOURCES[lang]
    name = match["of"] or match["named"]
    if name is not None and (len(name.split()) > MAX_PHRASE_WORDS or _SENTENCE_STOP.search(name)):
        return None
    if match["press"]:
        kind = "пресс-центр" if "центр" in match["press"].lower() else "пресс-служба"
        return _tidy_name(clean_text(f"{kind} {match['of']}"))
    return _tidy_name(clean_text(_MARK_PREFIX.sub("", match["named"])))


_NOTICE = re.compile(
    r"(?:19|20)\d\d|rights|прав[аo]?\s+(?:защищ|охран)|құқ|при\s+(?:использ|цитир)", re.I)
MAX_MARK_CREDIT = 80  # characters: a picture's author, not a site's copyright notice


def copyright_credit(text: str, agency: str = "") -> str | None:
    """``© akorda.kz`` -> ``akorda.kz``: a copyright mark over or under a picture names its
    author (the label a portal prints instead of ``Фото:``). A site's notice names none: a
    year (``© 2012–2026 …``), its rights (``Все права защищены``) or the outlet itself."""
    credit = _MARK_PREFIX.sub("", text.lstrip("© ").strip())
    if not credit or len(credit) > MAX_MARK_CREDIT or _NOTICE.search(credit) or (
            agency and re.fullmatch(rf"\W*(?:{agency})\W*", credit, re.I)):
        return None
    return _tidy_name(clean_text(credit))


_CREDIT_WORD = Words("фото", "photo", "сурет", "foto", "suret", "граф", "graph", "коллаж",
                     "collage", "иллюстр", "illustr", "скриншот", "screenshot", "image", "picture",
                     "credit", "courtesy")
"""A piece of every ``CREDIT_LABEL``: a caption without one has no credit."""
# Where a credit starts inside a caption: a label after a word boundary, then ``:`` or a dash.
_CREDIT_AT = re.compile(rf"(?:^|(?<=[\s.,;(\[|/]))(?=(?i:{CREDIT_LABEL})(?:{CREDIT_MARK}))")


def _has_credit_mark(text: str) -> bool:
    """One of the marks ``_CREDIT_AT`` needs after the label."""
    return (":" in text or "-" in text or "—" in text or "–" in text or "：" in text
            or " by " in text or " By " in text or "ourtesy of " in text)


def caption_credit(text: str, agency: str = "") -> str | None:
    """``Участники мероприятия. Фото: akorda.kz`` -> ``akorda.kz``: the credit a photo's
    caption ends with (also in brackets: ``… (Photo: Akorda)``); None when it names none."""
    # most lines: a credit's label needs its colon or dash (``_CREDIT_AT``), a cheaper look
    # than the case-blind scan for the label
    if not _has_credit_mark(text) or not _CREDIT_WORD.search(text):
        return None
    for match in reversed(list(_CREDIT_AT.finditer(text))):
        credit = photo_credit(text[match.start():].rstrip(" )]"), agency)
        if credit:
            return credit
    return None


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
    r"(?![^\W\d_])|[0-9]{1,3}(?:[ ,][0-9]{3})+(?![0-9])|[0-9]+)(?![0-9])")
"""A count after the date: ``683``, ``24 985``, ``8,5 тыс.``, ``1.3K`` (its decimals and
suffix are the count's, never a rubric or a tag), maybe after an eye glyph (``👁 683``)."""
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
                    head_rubric: Callable[[str], bool] | None = None) -> InfoLine | None:
    """Date, view count, category (first word after the count) and comma-separated tags.

    ``count_unit`` matches the word a count may carry (``683 просмотров``, ``3568 рет
    қаралды``, or before it as its label: ``Просмотров 683``): it goes with the count, never
    read as the rubric. With ``head_rubric``, a few words before the date and a separator
    (``Общество / 20.04.2023``) are the rubric when nothing after the date is and
    ``head_rubric`` accepts them."""
    cleaned = clean_text(text)
    found = _find_date(cleaned)
    if found is None:
        return None
    when, start, end = found
    rest = _without_second_date(cleaned[end:])
    views: int | None = None
    lead = _VIEWS_LEAD.match(rest) or _BRACKETED_COUNT.match(rest)
    label = count_unit.match(rest) if lead is None and count_unit is not None else None
    if label is not None:  # ``Просмотров 7528``: the count's word before it is its label
        lead = _VIEWS_LEAD.match(rest, _LABEL_COLON.match(rest, label.end()).end())  # type: ignore[union-attr]
    if lead is not None and len(lead["n"]) <= 20:
        views = parse_views(lead["n"])
        rest = rest[lead.end() :]
        unit = count_unit.match(rest) if count_unit is not None else None
        rest = rest[unit.end() :] if unit is not None else rest
    rest = rest.strip(" ,|·•/")
    category: str | None = None
    head, _, tail = rest.partition(" ")
    # ``Алматы, аким`` right after the count is the tag list of a page without a rubric; a
    # rubric is a word, never a number's fragment
    if rest and not head.endswith((",", ";")) and _WORD_START.match(head):
        category, rest = head.strip(",;|") or None, tail
    # ``20.12.2021 Society 5745``: a bare number after the rubric is the count, never a tag
    trailing = _VIEWS_LEAD.fullmatch(rest.strip(" ,|·•")) if rest else None
    if trailing is not None and views is None:
        views, rest = parse_views(trailing["n"]), ""
    tags = [t for t in split_tags([rest]) if _WORD_START.match(t)]
    first = _HEAD_RUBRIC.fullmatch(cleaned[:start]) if start and head_rubric else None
    if category is None and first is not None and head_rubric is not None and \
            head_rubric(first["r"]):
        category = first["r"]
    return InfoLine(when, views, category, tags)


_INFO_SEP = re.compile(r"[\s,|·•/]*")
_HEAD_RUBRIC = re.compile(r"\s*(?P<r>[^\W\d_][^\W\d_-]*(?:[\s-][^\W\d_]+){0,2})\s*[/|·•]\s*")


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
            tag = clean_text(part).lstrip("#").strip()
            key = tag.casefold()
            if tag and key not in seen:
                seen.add(key)
                tags.append(tag)
    return tags


# --------------------------------------------------------------------------- ids and URLs


def content_hash(title: str, body: str) -> str:
    """Hex SHA-256 of ``title``, a blank line and ``body`` (both already normalised)."""
    return hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()


def _last_segment(path: str) -> str:
    return unquote(path.rstrip("/").rpartition("/")[2])


_NOT_A_PLAIN_PATH = re.compile(r"[?#\t\n\r]")


def path_id(url: str, segment: re.Pattern[str]) -> str | None:
    """The ``id`` group of ``segment`` matching the whole last path segment, lower-cased
    (an outlet's article id: ``…-u45694`` -> ``u45694``), else None."""
    raw = str(url).strip()
    if raw.startswith("/") and not raw.startswith("//") and not _NOT_A_PLAIN_PATH.search(raw):
        path = raw  # a site-relative href is its own path: no URL parsing
    else:
        try:
            path = urlsplit(raw).path
        except ValueError:
            return None
    match = segment.fullmatch(_last_segment(path))
    return None if match is None else match["id"].lower()


def _id_number(aid: str) -> int | None:
    match = re.fullmatch(r"[uU]([0-9]{1,12})", aid.strip()) if isinstance(aid, str) else None
    return None if match is None else int(match[1])


def estimate_date_from_id(aid: str, known: Iterable[tuple[str, date]]) -> date | None:
    """Rough publication date of ``u<N>`` from articles of known date (ru and en share one
    id sequence): interpolated between the nearest known ids, extrapolated at the rate of the
    two nearest on one side. A hint for infer_year, not a publication date."""
    number = _id_number(aid)
    if number is None:
        return None
    points: dict[int, int] = {}
    for other, when in known:
        other_number = _id_number(other)
        if other_number is not None and isinstance(when, date):
            points[other_number] = when.toordinal()
    if not points:
        return None
    if number in points:
        return date.fromordinal(points[number])
    below = sorted(n for n in points if n < number)[-2:]
    above = sorted(n for n in points if n > number)[:2]
    if below and above:
        pair = (below[-1], above[0])
    elif len(below) == 2:
        pair = (below[0], below[1])
    elif len(above) == 2:
        pair = (above[0], above[1])
    else:
        return date.fromordinal(points[(below or above)[0]])
    (n1, d1), (n2, d2) = ((n, points[n]) for n in pair)
    if d2 < d1:  # ids and dates disagree: fall back to the nearest known article
        nearest = min(pair, key=lambda n: abs(n - number))
        return date.fromordinal(points[nearest])
    ordinal = d1 + round((number - n1) * (d2 - d1) / (n2 - n1))
    return date.fromordinal(
        min(max(ordinal, date(1990, 1, 1).toordinal()), date(2100, 12, 31).toordinal())
    )


_URL_UNSAFE = re.compile(r'[\x00-\x20"<>\\^`{|}\x7f]')
_URL_PLAIN = re.compile(r'[!#-;=?-\[\]_a-z~]*')  # printable ASCII but _URL_UNSAFE's


def _percent(match: re.Match[str]) -> str:
    return f"%{ord(match.group()):02X}"


def safe_url(url: str) -> str:
    """A URL as the feed carries it: format characters (bidi overrides that disguise a
    file name) and surrogates dropped, characters a URL may not hold as they are (spaces,
    quotes, ``<``/``>``, controls) percent-encoded, as a browser would send them."""
    text = str(url).strip()
    if _URL_PLAIN.fullmatch(text):  # the usual URL: nothing to drop or encode
        return text
    if _INVISIBLE_CHAR.search(text):
        text = "".join(ch for ch in text if ord(ch) not in _INVISIBLE or ch < " ")
    return _URL_UNSAFE.sub(_percent, text)


_TRACKING = re.compile(r"(?i)utm_.*|fbclid|gclid|yclid|_openstat")
TRACKING_PARAM = _TRACKING
"""Query parameter names a canonical URL drops."""
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}


def canonicalize_url(url: str, article_segment: re.Pattern[str] | None = None) -> str:
    """Stable form of a URL for deduplication: lower-case scheme and host, no default port,
    no fragment, no tracking parameters, no trailing slash on an article path (a last
    segment ``article_segment`` matches)."""
    try:
        raw = str(url).strip()
        parts = urlsplit(raw)
        scheme = parts.scheme.lower()
        userinfo, at, hostport = parts.netloc.rpartition("@")
        hostport = hostport.lower()
        default = _DEFAULT_PORTS.get(scheme)
        if default and hostport.endswith(default):
            hostport = hostport[: -len(default)]
        hostport = hostport.rstrip(":")
        netloc = f"{userinfo}{at}{hostport}"
        path = parts.path
        if path.endswith("/") and article_segment is not None \
                and article_segment.fullmatch(_last_segment(path)):
            path = path.rstrip("/")
        if not path and netloc:
            path = "/"
        kept = [
            pair
            for pair in parts.query.split("&")
            if pair and not _TRACKING.fullmatch(unquote(pair.partition("=")[0]))
        ]
        return urlunsplit((scheme, netloc, path, "&".join(kept), ""))
    except (ValueError, TypeError):
        return url
