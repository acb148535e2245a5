"""Month names in Russian, Kazakh (Cyrillic and Latin) and English."""

from __future__ import annotations

import re

from kznews.processors.text import clean_text

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
