"""The translation pairer compares an article with the same-day articles of its window only;
it must pair exactly as the plain scan of the whole window does."""

from __future__ import annotations

import random
from collections import deque
from dataclasses import replace

from kznews.items import Article
from kznews.translations import MIN_SIGNALS, TranslationPairer, signals


class ScanPairer:
    """The definition: every article of the window, oldest first, the first best score wins."""

    def __init__(self, window: int) -> None:
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


def article(rng: random.Random, number: int) -> Article:
    day = f"2024-05-{rng.choice([1, 1, 2, 3]):02d}"
    figures = " ".join(str(rng.choice([12, 34, 56, 78, 2024, 150]))
                       for _ in range(rng.randint(0, 4)))
    url = f"http://h/news/a-u{number}"
    return Article(
        id=f"u{number}", url=url, canonical_url=url,
        lang=rng.choice(["ru", "en", "kk"]), title=f"Title {rng.choice(['', '10 11', '7'])}",
        published_at=f"{day}T10:00:00+05:00", published_date_precision="minute",
        date_source="page", body=f"Body {figures}", content_hash="0" * 64,
        crawled_at="2024-05-03T00:00:00Z",
        dateline_place=rng.choice([None, "Алматы", "Almaty", "Астана", "Astana"]),
        source=rng.choice([None, "Kazinform", "kazinform", "Tengri"]),
        photo_credit=rng.choice([None, "gov.kz", "GOV.KZ", "akorda.kz"]))


def test_pairs_exactly_as_a_scan_of_the_whole_window() -> None:
    for seed in range(20):
        rng = random.Random(seed)
        window = rng.choice([1, 3, 10, 40])
        ids = sorted(rng.sample(range(1000, 1400), 300))
        rng.shuffle(ids[: rng.randint(0, 300)])  # partly out of order, as a crawl meets them
        made = [article(rng, n) for n in ids]
        mine, scan = TranslationPairer(window=window), ScanPairer(window=window)
        mine_out: list[Article] = []
        scan_out: list[Article] = []
        for a in made:
            mine_out += mine.add(replace(a, translations=[]))
            scan_out += scan.add(replace(a, translations=[]))
        mine_out += mine.drain()
        scan_out += list(scan.pending)
        assert [a.id for a in mine_out] == [a.id for a in scan_out]
        assert [a.translations for a in mine_out] == [a.translations for a in scan_out]
        assert sum(bool(a.translations) for a in mine_out) > 0


def test_drain_empties_the_window() -> None:
    rng = random.Random(1)
    pairer = TranslationPairer(window=5)
    for n in range(8):
        pairer.add(article(rng, 1000 + n))
    assert len(pairer.drain()) == 5
    assert not pairer.pending
    assert pairer.add(article(rng, 2000)) == []
