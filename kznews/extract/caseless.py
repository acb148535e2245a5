"""Case-blind search for a few literal words, as ``re.IGNORECASE`` finds them.

A case-blind alternation of words (``фото|photo|…``) gets no prefix scan from the regex
engine: it tries every word at every position, folding case each time (~30 µs on a
caption). Lower-casing the text once and looking for each word as a substring answers the
same for every text but those holding a character the two disagree on (``_ODD``): then the
pattern decides.
"""

from __future__ import annotations

import re

ODD_CHARACTERS = "\u0130\u0131\u017f\u1c80-\u1c88"
"""Characters on which ``str.lower`` and ``re.IGNORECASE`` disagree about a Latin or
Cyrillic letter: ``İ`` lower-cases to two characters; ``ı`` and ``ſ`` (re folds them with
``i`` and ``s``) and the old Cyrillic forms U+1C80–U+1C88 (folded with ``в д о с т ъ ѣ ꙋ``)
keep their own lower case. ``tests/test_fast_paths_same.py`` checks this against every code
point."""
_ODD = re.compile(f"[{ODD_CHARACTERS}]")
_LETTERS = re.compile("[0-9A-Za-z\u0400-\u04ff]+")


class Words:
    """``re.compile("|".join(words), re.I).search(text) is not None``, answered by substring
    tests on ``text.lower()`` (words of digits and Latin or Cyrillic letters)."""

    __slots__ = ("words", "pattern")

    def __init__(self, *words: str) -> None:
        for word in words:
            if not _LETTERS.fullmatch(word):
                raise ValueError(f"not a word of digits and Latin or Cyrillic letters: {word!r}")
        self.words = tuple(dict.fromkeys(word.lower() for word in words))
        self.pattern = re.compile("|".join(words), re.IGNORECASE)

    def search(self, text: str) -> bool:
        """Whether ``text`` holds one of the words, in any case."""
        if not text.isascii() and _ODD.search(text) is not None:
            return self.pattern.search(text) is not None
        return any(map(text.lower().__contains__, self.words))
