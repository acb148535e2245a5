"""Recognise the ru/en/kk versions of one story among the articles of a run.

The strongest evidence is the page's own: the versions it names by ``hreflang`` or its
language switcher (``alternates``). Those are its ``translations``, in the languages the crawl
keeps, whether or not they are in this run's window (the pages name each other, so both
members come out paired); a version that names an article which does not name it back is
paired with it too while both wait in the window.

Without such links: the outlet publishes some stories in both languages under ids a few
numbers apart, on the same day, with the same photo credit and attribution and the same
figures. Articles wait in a short window so that both members of a pair can carry
``translations``.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable

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
    if not _comparable(a, b):
        return 0
    return _clues(a, b, _story_numbers(a), _story_numbers(b))


def _comparable(a: Article, b: Article) -> bool:
    """Other language, same day, ids close: the two could be one story."""
    if a.lang == b.lang or a.published_at[:10] != b.published_at[:10]:
        return False
    try:
        gap = abs(int(a.id[1:]) - int(b.id[1:]))
    except ValueError:
        return False
    return gap <= MAX_ID_GAP


def _story_numbers(a: Article) -> set[str]:
    return _numbers(a.title + " " + a.body)


def _clues(a: Article, b: Article, na: set[str], nb: set[str]) -> int:
    score = 0
    if a.photo_credit and a.photo_credit.casefold() == (b.photo_credit or "").casefold():
        score += 1
    if a.source and a.source.casefold() == (b.source or "").casefold():
        score += 1
    if _place(a.dateline_place) and _place(a.dateline_place) == _place(b.dateline_place):
        score += 1
    if len(na) >= 2 and len(nb) >= 2 and len(na & nb) * 2 >= len(na | nb):
        score += 1
    return score


class TranslationPairer:
    """Holds the last ``window`` articles; ``add`` returns those leaving the window.

    Only articles of the same day can pair, so each is compared with the same-day articles
    of the window (in window order, as a scan of the whole window would meet them), and the
    figures of an article's text are read once, not once per comparison: a window of 500
    would otherwise cost 500 comparisons per article."""

    def __init__(self, window: int = 60, langs: Iterable[str] | None = None) -> None:
        self.window = window
        self.langs = set(langs) if langs is not None else None
        self._by_id: dict[str, Article] = {}  # pending articles by id
        self._named_by: dict[str, list[Article]] = {}  # id -> pending articles naming it
        self.pending: deque[Article] = deque()
        self._by_day: dict[str, deque[Article]] = {}
        # id(article) -> (its day key, the figures of its text once read), while pending
        self._seen: dict[int, tuple[str, set[str] | None]] = {}

    def add(self, article: Article, alternates: Iterable[dict[str, str]] = ()
            ) -> list[Article]:
        """Pair ``article`` (with the versions its page names, ``{id, lang}`` each) and take
        it into the window; returns the articles leaving it."""
        named = self._declare(article, alternates)
        day = article.published_at[:10]
        self._seen[id(article)] = (day, None)
        if not article.translations:
            self._by_signals(article, day)
        self.pending.append(article)
        self._by_day.setdefault(day, deque()).append(article)
        self._by_id[article.id] = article
        for other_id in named:
            self._named_by.setdefault(other_id, []).append(article)
        released = []
        while len(self.pending) > self.window:
            released.append(self._release())
        return released

    def _declare(self, article: Article, alternates: Iterable[dict[str, str]]) -> set[str]:
        """The page's own versions become its translations; a pending article that named
        this one, or that this one names, is paired both ways."""
        named: dict[str, str] = {}
        for alt in alternates:
            if alt["id"] != article.id and (self.langs is None or alt["lang"] in self.langs):
                named.setdefault(alt["id"], alt["lang"])
        for other_id, lang in named.items():
            _link(article, other_id, lang)
            other = self._by_id.get(other_id)
            if other is not None:
                _link(other, article.id, article.lang)
        for other in self._named_by.pop(article.id, ()):
            _link(article, other.id, other.lang)
        return set(named)

    def _by_signals(self, article: Article, day: str) -> None:
        """The best same-day candidate of the other language by clues, when clear enough."""
        best, best_score = None, MIN_SIGNALS - 1
        mine: set[str] | None = None
        for other in self._by_day.get(day, ()):
            if other.translations or not _comparable(article, other):
                continue
            if mine is None:
                mine = _story_numbers(article)
            score = _clues(article, other, mine, self._numbers_of(other))
            if score > best_score:
                best, best_score = other, score
        if best is not None and not article.translations:
            article.translations = [{"id": best.id, "lang": best.lang}]
            best.translations = [{"id": article.id, "lang": article.lang}]
        self._seen[id(article)] = (day, mine)

    def _numbers_of(self, article: Article) -> set[str]:
        day, numbers = self._seen[id(article)]
        if numbers is None:
            numbers = _story_numbers(article)
            self._seen[id(article)] = (day, numbers)
        return numbers

    def _release(self) -> Article:
        article = self.pending.popleft()
        day, _ = self._seen.pop(id(article))
        if self._by_id.get(article.id) is article:
            del self._by_id[article.id]
        for other in article.translations:  # gone: a later version cannot change it
            waiting = self._named_by.get(other["id"])
            if waiting:
                waiting[:] = [w for w in waiting if w is not article]
                if not waiting:
                    del self._named_by[other["id"]]
        bucket = self._by_day[day]
        bucket.popleft()  # the oldest of its day, as it was the oldest of the window
        if not bucket:
            del self._by_day[day]
        return article

    def drain(self) -> list[Article]:
        out = list(self.pending)
        self.pending.clear()
        self._by_day.clear()
        self._by_id.clear()
        self._named_by.clear()
        self._seen.clear()
        return out


def _link(article: Article, other_id: str, lang: str) -> None:
    if other_id != article.id and all(t["id"] != other_id for t in article.translations):
        article.translations = [*article.translations, {"id": other_id, "lang": lang}]
