"""Text cleaning: invisible characters, spaces, homoglyphs, markup left in text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from kznews.extract.markup import TAG_SHAPED, has_markup, strip_markup

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
            # a zero-width space (a CMS's soft break) is the one character that goes; with
            # nothing else to remove the rest is read as above
            if "\u200b" not in plain:
                return _clean_once(value)
            bare = value.replace("\u200b", "")
            plain = " ".join(bare.split())
            if not plain or _INVISIBLE_CHAR.search(bare) or not _already_clean(plain):
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
    if not value:  # None and "" (asked for often: a missing attribute, an empty field)
        return ""
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
