"""Score a kznews feed against the ground truth of the independent ic24.kz copy."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# Fields compared per article; "id" is the join key and is measured by `found` instead.
SCORED_FIELDS = (
    "lang",
    "title",
    "published_at",
    "dateline_place",
    "body",
    "source",
    "photo_credit",
    "category",
    "tags",
    "views",
)
# Reported but not part of the accuracy figure.
INFO_FIELDS = ("published_date_precision",)
MISMATCHES_SHOWN = 3


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


def read_jsonl(path: Path) -> list[dict[str, object]]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            items.append(json.loads(line))
    return items


def _compare(fs: FieldScore, ident: str, want: object, got: object) -> None:
    fs.total += 1
    if want == got and type(want) is type(got):
        fs.ok += 1
    else:
        fs.mismatches.append((ident, want, got))


def score(truth: dict[str, dict[str, object]], items: list[dict[str, object]]) -> Score:
    """Compare feed items with the truth; fields are compared exactly (tags as lists)."""
    counts = Counter(str(it.get("id")) for it in items)
    duplicates = sorted(i for i, n in counts.items() if n > 1)
    got_by_id: dict[str, dict[str, object]] = {}
    for it in items:
        got_by_id.setdefault(str(it.get("id")), it)
    unexpected = sorted(i for i in got_by_id if i not in truth)
    per_field = {f: FieldScore() for f in SCORED_FIELDS}
    info = {f: FieldScore() for f in INFO_FIELDS}
    found = 0
    missing = []
    for ident, want in sorted(truth.items()):
        got = got_by_id.get(ident)
        if got is None:
            missing.append(ident)
            continue
        found += 1
        for f in SCORED_FIELDS:
            _compare(per_field[f], ident, want.get(f), got.get(f))
        for f in INFO_FIELDS:
            _compare(info[f], ident, want.get(f), got.get(f))
    return Score(len(truth), found, per_field, duplicates, unexpected, missing, info)


def _short(value: object, limit: int = 110) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _show(want: object, got: object, width: int = 50) -> tuple[str, str]:
    """Both values, cut around the first difference when they are long strings."""
    if isinstance(want, str) and isinstance(got, str) and max(len(want), len(got)) > 100:
        i = next(
            (k for k, (a, b) in enumerate(zip(want, got, strict=False)) if a != b),
            min(len(want), len(got)),
        )
        start = max(0, i - width)
        head = f"[len {{}}, first difference at {i}] …" if start else "[len {}] "
        return (
            head.format(len(want)) + repr(want[start : i + width]),
            head.format(len(got)) + repr(got[start : i + width]),
        )
    return _short(want), _short(got)


def report(sc: Score) -> str:
    lines = [
        f"found {sc.found}/{sc.expected} = {sc.found_rate:.1%}; "
        f"field accuracy {sc.accuracy:.1%} (over found articles)",
        f"{'field':<26}{'ok':>5}{'total':>7}{'rate':>9}",
    ]
    for name, fs in [*sc.per_field.items(), *[(f"({k})", v) for k, v in sc.info.items()]]:
        lines.append(f"{name:<26}{fs.ok:>5}{fs.total:>7}{fs.rate:>9.1%}")
    for name, fs in [*sc.per_field.items(), *sc.info.items()]:
        for ident, want, got in fs.mismatches[:MISMATCHES_SHOWN]:
            shown_want, shown_got = _show(want, got)
            lines.append(f"  {name} {ident}:\n    expected {shown_want}\n    got      {shown_got}")
    if sc.duplicates:
        lines.append(f"duplicate ids: {sc.duplicates[:10]}")
    if sc.unexpected:
        lines.append(f"ids not in the truth: {sc.unexpected[:10]}")
    if sc.missing:
        lines.append(f"missing ids: {sc.missing[:15]}")
    return "\n".join(lines)
