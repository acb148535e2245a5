"""The report's plots as inline SVG, drawn with pygal.

pygal draws SVG natively in pure Python (no numpy, no raster backend); with ``js=[]`` the
SVG references no script, so the HTML report opens offline.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pygal
from pygal.style import Style

# pygal appends a legacy sys.meta_path finder for its map plugins (unused here) that has no
# find_spec(): any failed import anywhere in the process then goes through it and raises
# ImportWarning. Take it out again.
sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, pygal.PluginImportFixer)]

# pygal appends a legacy import hook (for its old plugin packages) to sys.meta_path; on Python
# 3.11 every later failed import then passes through it and raises an ImportWarning. kznews
# uses no pygal plugin, so the hook goes.
sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "PluginImportFixer"]

STYLE = Style(
    background="white", plot_background="white", foreground="#333",
    foreground_strong="#111", foreground_subtle="#ddd", opacity=".9", opacity_hover="1",
    font_family="DejaVu Sans, Arial, sans-serif", title_font_size=16, label_font_size=11,
    major_label_font_size=11, legend_font_size=12, value_font_size=10,
    colors=("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22", "#17becf"),
)
COMMON: dict[str, Any] = {"style": STYLE, "js": [], "disable_xml_declaration": True,
                          "width": 860, "height": 340, "legend_at_bottom": True,
                          "print_values": False, "explicit_size": False}
DAY_SPAN_LIMIT = 92


_SCRIPT = re.compile(r"<script\b.*?</script>|<!--.*?-->", re.S)


def _svg(chart: Any) -> str:
    # pygal inlines its tooltip config as a <script> even without its JS: drop it, and
    # its comments, so the page is plain markup.
    text: str = chart.render(is_unicode=True)
    return _SCRIPT.sub("", text)


def per_day_buckets(per_day: Mapping[str, Mapping[str, int]]
                    ) -> tuple[str, list[str], dict[str, list[int]]]:
    """Counts per day, or per month when the days span more than a quarter."""
    days = sorted({d for counts in per_day.values() for d in counts})
    if not days:
        return "day", [], {}
    span = (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days
    unit = "day" if span <= DAY_SPAN_LIMIT else "month"
    cut = 10 if unit == "day" else 7
    labels = sorted({d[:cut] for d in days})
    series = {}
    for lang, counts in sorted(per_day.items()):
        bucket: Counter[str] = Counter()
        for d, n in counts.items():
            bucket[d[:cut]] += n
        series[lang] = [bucket[label] for label in labels]
    return unit, labels, series


def articles_per_day(per_day: Mapping[str, Mapping[str, int]]) -> str:
    unit, labels, series = per_day_buckets(per_day)
    chart = pygal.StackedBar(**COMMON, x_label_rotation=40, show_minor_x_labels=False,
                             x_labels_major_count=min(len(labels), 16) or None,
                             title=f"Articles per {unit} of publication, by language")
    chart.x_labels = labels
    for lang, values in series.items():
        chart.add(lang, values)
    return _svg(chart)


def coverage(cov: Mapping[str, Mapping[str, float]], fields: Sequence[str]) -> str:
    chart = pygal.HorizontalBar(**{**COMMON, "height": 60 + 34 * len(fields)},
                                title="Field coverage: share of articles with a value (%)",
                                range=(0, 100))
    chart.x_labels = list(fields)
    for lang, shares in sorted(cov.items()):
        if lang != "all":
            chart.add(lang, [round(100 * float(shares.get(f, 0.0)), 1) for f in fields])
    return _svg(chart)


def rule_mix(runs: Sequence[Mapping[str, Any]], field: str) -> str:
    """Share of each rule for one field over the given runs (oldest first)."""
    labels = [run_label(r) for r in runs]
    rules: list[str] = []
    for r in runs:
        for rule in (r.get("rules") or {}).get(field, {}):
            if rule not in rules:
                rules.append(rule)
    chart = pygal.StackedBar(**{**COMMON, "height": 320}, range=(0, 100),
                             title=f"{field}: rule mix over the last runs (%)",
                             x_label_rotation=20)
    chart.x_labels = labels
    for rule in rules:
        values: list[float | None] = []
        for r in runs:
            counts = (r.get("rules") or {}).get(field, {})
            total = sum(counts.values())
            values.append(round(100 * counts.get(rule, 0) / total, 1) if total else None)
        chart.add(rule, values)
    return _svg(chart)


def fallback_trend(runs: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> str:
    chart = pygal.Line(**{**COMMON, "height": 300}, range=(0, 100), x_label_rotation=20,
                       title="Articles whose field came from a fallback rule (%)")
    chart.x_labels = [run_label(r) for r in runs]
    for name in (*fields, "any"):
        values: list[float | None] = []
        for r in runs:
            share = (r.get("fallback") or {}).get("share") or {}
            values.append(round(100 * float(share[name]), 1) if name in share else None)
        chart.add(name, values)
    return _svg(chart)


def run_label(report: Mapping[str, Any]) -> str:
    started = str(report.get("started") or "?")
    return started[5:19].replace("T", " ") if len(started) >= 19 else started
