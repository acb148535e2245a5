"""Score a kznews feed against a copy's ground truth: found, per-field accuracy, duplicates.

The truth is ``{id: {field: value}}``; items are feed records. How two values count as equal
is the copy's choice (``exact`` by default) so each copy keeps the rule it was written with.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# The feed fields every copy scores (the join key "id" is measured by `found`).
SCORED_FIELDS = (
    "lang", "title", "published_at", "dateline_place", "body",
    "source", "photo_credit", "category", "tags", "views",
)  # fmt: skip
Same = Callable[[str, Any, Any], bool]  # (field, want, got)
SHOWN = 3


def exact(name: str, want: Any, got: Any) -> bool:
    """Equal value and type; an absent key reads as null."""
    return bool(want == got) and type(want) is type(got)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def nfc_stripped(name: str, want: Any, got: Any) -> bool:
    """Equal once strings are NFC and stripped."""
    return bool(_nfc(want) == _nfc(got))


def same_moment(name: str, want: Any, got: Any) -> bool:
    """``published_at`` the same instant with the same offset; views an int; else equal."""
    if name == "published_at":
        if not isinstance(got, str) or not got:
            return False
        try:
            got_dt = datetime.fromisoformat(got)
        except ValueError:
            return False
        want_dt = datetime.fromisoformat(want)
        return got_dt == want_dt and got_dt.utcoffset() == want_dt.utcoffset()
    if name == "views":
        return got is None if want is None else type(got) is int and got == want
    if name == "tags":
        return isinstance(got, list) and got == want
    return bool(got == want)


@dataclass
class FieldScore:
    ok: int = 0
    total: int = 0
    mismatches: list[tuple[str, object, object]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.ok / self.total if self.total else 0.0


@dataclass
class Score:
    expected: int
    found: int
    per_field: dict[str, FieldScore]
    duplicates: list[str]
    unexpected: list[str]
    missing: list[str]
    info: dict[str, FieldScore]

    @property
    def found_rate(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def accuracy(self) -> float:
        ok = sum(f.ok for f in self.per_field.values())
        total = sum(f.total for f in self.per_field.values())
        return ok / total if total else 0.0

    def failing(self) -> list[str]:
        """The fields with at least one wrong value."""
        return [name for name, fs in self.per_field.items() if fs.ok < fs.total]


def score(truth: Mapping[str, Mapping[str, Any]], items: Iterable[Mapping[str, Any]],
          fields: Iterable[str], info: Iterable[str] = (), same: Same = exact) -> Score:
    """Compare feed items with the truth field by field (``info`` fields are not in accuracy)."""
    items = list(items)
    counts = Counter(str(it.get("id")) for it in items)
    got_by_id: dict[str, Mapping[str, Any]] = {}
    for it in items:
        got_by_id.setdefault(str(it.get("id")), it)
    per_field = {f: FieldScore() for f in fields}
    extra = {f: FieldScore() for f in info}
    missing = []
    for ident, want in sorted(truth.items()):
        got = got_by_id.get(ident)
        if got is None:
            missing.append(ident)
            continue
        for table in (per_field, extra):
            for name, fs in table.items():
                fs.total += 1
                if same(name, want.get(name), got.get(name)):
                    fs.ok += 1
                else:
                    fs.mismatches.append((ident, want.get(name), got.get(name)))
    return Score(len(truth), len(truth) - len(missing), per_field,
                 sorted(i for i, n in counts.items() if n > 1),
                 sorted(i for i in got_by_id if i not in truth), missing, extra)


def _short(value: object, limit: int = 110) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _show(want: object, got: object, width: int = 50) -> tuple[str, str]:
    """Both values, cut around the first difference when they are long strings."""
    if isinstance(want, str) and isinstance(got, str) and max(len(want), len(got)) > 100:
        i = next((k for k, (a, b) in enumerate(zip(want, got, strict=False)) if a != b),
                 min(len(want), len(got)))
        start = max(0, i - width)
        head = f"[len {{}}, first difference at {i}] …" if start else "[len {}] "
        return (head.format(len(want)) + repr(want[start : i + width]),
                head.format(len(got)) + repr(got[start : i + width]))
    return _short(want), _short(got)


def report(sc: Score, shown: int = SHOWN) -> str:
    """The table a failing copy test prints: found, accuracy, each field, first mismatches."""
    lines = [
        f"found {sc.found}/{sc.expected} = {sc.found_rate:.1%}; "
        f"field accuracy {sc.accuracy:.1%} (over found articles)",
        f"{'field':<26}{'ok':>5}{'total':>7}{'rate':>9}",
    ]
    for name, fs in [*sc.per_field.items(), *[(f"({k})", v) for k, v in sc.info.items()]]:
        lines.append(f"{name:<26}{fs.ok:>5}{fs.total:>7}{fs.rate:>9.1%}")
    for name, fs in [*sc.per_field.items(), *sc.info.items()]:
        for ident, want, got in fs.mismatches[:shown]:
            shown_want, shown_got = _show(want, got)
            lines.append(f"  {name} {ident}:\n    expected {shown_want}\n    got      {shown_got}")
    for label, ids in (("duplicate ids", sc.duplicates), ("ids not in the truth", sc.unexpected),
                       ("missing ids", sc.missing)):
        if ids:
            lines.append(f"{label}: {ids[:15]}")
    return "\n".join(lines)
