"""Recognise ru/en versions of one story among the articles of a run.

The outlet publishes some stories in both languages under ids a few numbers apart, on the
same day, with the same photo credit and attribution and the same figures. Articles wait
in a short window so that both members of a pair can carry ``translations``.
"""

from __future__ import annotations

import re
from collections import deque

from kznews.items import Article

MAX_ID_GAP = 50
MIN_SIGNALS = 2
_NUMBER = re.compile(r"\d[\d\s.,]*\d|\d")
# Datelines name the same city in both scripts.
_PLACES = {"алматы": "almaty", "астана": "astana", "нур-султан": "nur-sultan",
           "шымкент": "shymkent", "караганда": "karaganda", "актобе": "aktobe",
           "атырау": "atyrau", "павлодар": "pavlodar", "тараз": "taraz", "актау": "aktau",
           "костанай": "kostanay", "кызылорда": "kyzylorda", "семей": "semey",
           "усть-каменогорск": "ust-kamenogorsk", "уральск": "uralsk",
           "петропавловск": "petropavlovsk", "туркестан": "turkestan"}


def _numbers(text: str) -> set[str]:
    found = {re.sub(r"\D", "", n) for n in _NUMBER.findall(text)}
    return {n for n in found if len(n) >= 2}


def _place(value: str | None) -> str | None:
    if not value:
        return None
    low = value.casefold()
    return _PLACES.get(low, low)


def signals(a: Article, b: Article) -> int:
    """How many independent clues say ``a`` and ``b`` are one story (0 if they cannot be)."""
    if a.lang == b.lang or a.published_at[:10] != b.published_at[:10]:
        return 0
    try:
        gap = abs(int(a.id[1:]) - int(b.id[1:]))
    except ValueError:
        return 0
    if gap > MAX_ID_GAP:
        return 0
    score = 0
    if a.photo_credit and a.photo_credit.casefold() == (b.photo_credit or "").casefold():
        score += 1
    if a.source and a.source.casefold() == (b.source or "").casefold():
        score += 1
    if _place(a.dateline_place) and _place(a.dateline_place) == _place(b.dateline_place):
        score += 1
    na, nb = _numbers(a.title + " " + a.body), _numbers(b.title + " " + b.body)
    if len(na) >= 2 and len(nb) >= 2 and len(na & nb) * 2 >= len(na | nb):
        score += 1
    return score


class TranslationPairer:
    """Holds the last ``window`` articles; ``add`` returns those leaving the window."""

    def __init__(self, window: int = 60) -> None:
        self.window = window
        self.pending: deque[Article] = deque()

    def add(self, article: Article) -> list[Article]:
        best, best_score = None, MIN_SIGNALS - 1
        for other in self.pending:
            if other.translations:
                continue
            score = signals(article, other)
            if score > best_score:
                best, best_score = other, score
        if best is not None and not article.translations:
            article.translations = [{"id": best.id, "lang": best.lang}]
            best.translations = [{"id": article.id, "lang": article.lang}]
        self.pending.append(article)
        released = []
        while len(self.pending) > self.window:
            released.append(self.pending.popleft())
        return released

    def drain(self) -> list[Article]:
        out = list(self.pending)
        self.pending.clear()
        return out
