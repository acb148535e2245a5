"""Per-item counts behind the report: languages, days, field coverage, fallback rules.

One ``Tally`` is fed every scraped item (the ``item_scraped`` signal during a crawl, or
every feed line when ``python -m kznews.report`` rebuilds a report), so a live report and
a rebuilt one are computed by the same code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from kznews.sites.centerinform.outlet import LAST_RESORT

# Fields whose fill rate users care about, in feed order (bookkeeping fields left out).
COVERAGE_FIELDS = ("title", "published_at", "dateline_place", "body", "source",
                   "photo_credit", "image_urls", "category", "tags", "views", "related")
# Fields whose rule says whether the page still looks like the outlet we know.
DRIFT_FIELDS = ("title", "body", "published_at")
_LAST_RESORT = {("published_at" if k == "published" else k): set(v)
                for k, v in LAST_RESORT.items()}


def is_filled(value: Any) -> bool:
    """A value a reader can use: not None, not an empty string, list or mapping."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict | set):
        return bool(value)
    return True


def is_fallback(field: str, rule: str | None) -> bool:
    """True when a drift field came from a text pattern or a last-resort rule."""
    if not rule:
        return False
    return rule.startswith("text:") or rule in _LAST_RESORT.get(field, set())


class Tally:
    def __init__(self) -> None:
        self.items = 0
        self.per_lang: Counter[str] = Counter()
        self.filled: dict[str, Counter[str]] = {}
        self.per_day: dict[str, Counter[str]] = {}
        self.rules: dict[str, Counter[str]] = {}
        self.fallback: Counter[str] = Counter()

    def add(self, item: Mapping[str, Any]) -> None:
        lang = str(item.get("lang") or "unknown")
        self.items += 1
        self.per_lang[lang] += 1
        filled = self.filled.setdefault(lang, Counter())
        for name in COVERAGE_FIELDS:
            if is_filled(item.get(name)):
                filled[name] += 1
        day = str(item.get("published_at") or "")[:10]
        if day:
            self.per_day.setdefault(lang, Counter())[day] += 1
        extraction = item.get("extraction") or {}
        for name, rule in extraction.items():
            if rule:
                self.rules.setdefault(name, Counter())[rule] += 1
        flagged = [name for name in DRIFT_FIELDS if is_fallback(name, extraction.get(name))]
        for name in flagged:
            self.fallback[name] += 1
        if flagged:
            self.fallback["any"] += 1

    def coverage(self) -> dict[str, dict[str, float]]:
        """Share of items with a non-empty value, per language and field, plus ``all``."""
        out: dict[str, dict[str, float]] = {}
        total: Counter[str] = Counter()
        for lang in sorted(self.per_lang):
            n = self.per_lang[lang]
            counts = self.filled.get(lang, Counter())
            total.update(counts)
            out[lang] = {f: round(counts[f] / n, 4) for f in COVERAGE_FIELDS}
        if self.items:
            out["all"] = {f: round(total[f] / self.items, 4) for f in COVERAGE_FIELDS}
        return out

    def fallback_share(self) -> dict[str, float]:
        if not self.items:
            return {}
        return {name: round(self.fallback[name] / self.items, 4)
                for name in (*DRIFT_FIELDS, "any")}

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.items,
            "articles_per_lang": dict(sorted(self.per_lang.items())),
            "articles_per_day": {lang: dict(sorted(days.items()))
                                 for lang, days in sorted(self.per_day.items())},
            "coverage": self.coverage(),
            "fallback": {"counts": dict(self.fallback), "share": self.fallback_share()},
        }


def rule_rates(rules: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, float]]:
    """Each rule's share of the values found for its field."""
    out: dict[str, dict[str, float]] = {}
    for name, counts in rules.items():
        total = sum(counts.values())
        if total:
            out[name] = {rule: round(n / total, 4) for rule, n in counts.items()}
    return out
