"""The self-contained HTML page of a crawl report: inline CSS and SVG, nothing fetched."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from kznews.report import charts
from kznews.report.tally import COVERAGE_FIELDS, DRIFT_FIELDS, rule_rates

RULE_MIX_FIELDS = ("title", "body", "published")
CSS = """
body{font-family:DejaVu Sans,Arial,sans-serif;margin:24px auto;max-width:980px;color:#222}
h1{font-size:22px;margin-bottom:4px} h2{font-size:18px;margin-top:28px;border-bottom:1px solid
#ddd;padding-bottom:4px} .meta{color:#666;font-size:13px}
table{border-collapse:collapse;font-size:13px;margin:8px 0} th,td{border:1px solid #ddd;
padding:3px 8px;text-align:left} td.n{text-align:right;font-variant-numeric:tabular-nums}
.status{display:inline-block;padding:4px 12px;border-radius:4px;color:#fff;font-weight:bold}
.passed{background:#2e7d32} .failed{background:#c62828} .bad{color:#c62828;font-weight:bold}
.good{color:#2e7d32} .chart{margin:12px 0} .chart svg{width:100%;height:auto}
.totals td:first-child{color:#555}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], cls: str = "") -> str:
    out = [f'<table class="{cls}">']
    if any(head):  # a table of name/value rows has no header row
        out.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(row) + "</tr>")
    return "".join(out) + "</table>"


def _td(value: Any, numeric: bool = False, cls: str = "") -> str:
    classes = " ".join(c for c in ("n" if numeric else "", cls) if c)
    return f'<td class="{classes}">{_e(value)}</td>' if classes else f"<td>{_e(value)}</td>"


def _coverage_cell(share: float) -> str:
    # white (full) to red (empty): the eye goes to what is missing
    red = int(255 - 90 * (1 - share))
    tint = f"rgb(255,{red},{red})" if share < 1 else "#fff"
    return f'<td class="n" style="background:{tint}">{share * 100:.1f}%</td>'


def totals_rows(report: Mapping[str, Any]) -> list[list[str]]:
    per_lang = report.get("articles_per_lang") or {}
    exported = report.get("exported_per_lang") or {}
    rows = [
        ("requests", report.get("requests", 0)),
        ("responses", report.get("responses", 0)),
        ("articles scraped", report.get("items", 0)),
        ("articles per language", ", ".join(f"{k} {v}" for k, v in per_lang.items()) or "–"),
        ("exported to feeds", ", ".join(f"{k} {v}" for k, v in exported.items()) or "–"),
        ("new", report.get("new", 0)),
        ("revised", report.get("revised", 0)),
        # the same words as the item_count monitor
        ("scraped again, unchanged since an earlier run", report.get("unchanged", 0)),
        ("known articles not fetched again (not due for a re-check, or 304)",
         max(0, int(report.get("articles_seen") or 0) - int(report.get("items") or 0))),
        ("duplicates dropped in this run", report.get("duplicates_dropped", 0)),
        ("articles dropped, all reasons", report.get("dropped_items", 0)),
        ("errors", report.get("errors", 0)),
        ("retries", report.get("retries", 0)),
        ("rendered pages (browser)", report.get("rendered", 0)),
        ("blocked pages (challenge, captcha, WAF)", (report.get("blocked") or {}).get("pages", 0)),
        ("elapsed seconds", round(float(report.get("elapsed_seconds") or 0), 1)),
    ]
    return [[_td(k), _td(v, numeric=isinstance(v, int | float))] for k, v in rows]


def rules_rows(report: Mapping[str, Any], history: Sequence[Mapping[str, Any]]
               ) -> list[list[str]]:
    now = rule_rates(report.get("rules") or {})
    before: dict[str, dict[str, list[float]]] = {}
    for old in history:
        for name, rates in rule_rates(old.get("rules") or {}).items():
            for rule, rate in rates.items():
                before.setdefault(name, {}).setdefault(rule, []).append(rate)
    runs = len(history)
    rows = []
    empty = not report.get("items")  # no article this run: nothing to compare
    for name in sorted(set(now) | set(before)):
        counts = (report.get("rules") or {}).get(name, {})
        rules = list(counts) + [r for r in before.get(name, {}) if r not in counts]
        for rule in rules:
            rate = now.get(name, {}).get(rule, 0.0)
            seen = before.get(name, {}).get(rule, [])
            mean = sum(seen) / runs if runs else None
            delta = None if mean is None or empty else rate - mean
            cls = "bad" if delta is not None and abs(delta) >= 0.1 else ""
            shown = ("no data" if empty else "–") if delta is None else f"{100 * delta:+.1f}"
            fallback = "fallback" if rule.startswith("text:") and (
                name in DRIFT_FIELDS or name == "published") else ""
            rows.append([_td(name), _td(rule), _td(fallback), _td(counts.get(rule, 0), True),
                         _td("no data" if empty else _pct(rate), True), _td(_pct(mean), True),
                         _td(shown, True, cls)])
    return rows


def _one_bucket(per_day: Mapping[str, Mapping[str, int]], labels: Sequence[str]) -> str:
    if not labels:
        return "No dated article in this run."
    counts = ", ".join(f"{lang} {sum(days.values())}" for lang, days in sorted(per_day.items()))
    return _e(f"Every article of this run was published on {labels[0]}: {counts}.")


def render_html(report: Mapping[str, Any], history: Sequence[Mapping[str, Any]] = ()) -> str:
    monitors = report.get("monitors") or {}
    status = str(monitors.get("status") or report.get("status") or "passed")
    results = monitors.get("results") or []
    coverage = report.get("coverage") or {}
    runs = [*history, report]
    langs = [k for k in coverage if k != "all"] + (["all"] if "all" in coverage else [])
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>kznews report — {_e(report.get('spider'))} {_e(report.get('started'))}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Crawl report: {_e(report.get('spider'))}</h1>",
        f'<div class="meta">{_e(report.get("base_url"))} · started {_e(report.get("started"))}'
        f" · finished {_e(report.get('finished'))} · finish reason "
        f"<b>{_e(report.get('finish_reason'))}</b></div>",
        f'<p><span class="status {"failed" if status == "failed" else "passed"}" '
        f'id="status">RUN {_e(status.upper())}</span></p>',
    ]
    if status == "failed":
        parts.append("<p class=\"bad\">At least one monitor failed: the crawl exits with a "
                     "non-zero status and the notifiers were called"
                     + (f" ({_e(', '.join(n['target'] for n in report.get('notified', [])))})"
                        if report.get("notified") else "") + ".</p>")
    parts.append("<h2>Monitors</h2>")
    parts.append(_table(["monitor", "result", "detail"], [
        [_td(r["name"]), _td("passed" if r["passed"] else "FAILED", cls="good" if r["passed"]
                             else "bad"), _td(r["message"])] for r in results]))
    parts.append("<h2>Totals</h2>" + _table([], totals_rows(report), "totals"))
    dropped = report.get("dropped") or {}
    if dropped:
        parts.append("<h2>Dropped, and why</h2>" + _table(
            ["reason", "count"], [[_td(k), _td(v, True)] for k, v in sorted(dropped.items())]))
    per_day = report.get("articles_per_day") or {}
    unit, labels, _ = charts.per_day_buckets(per_day)
    parts.append(f"<h2>Articles per {unit} of publication</h2>")
    if len(labels) > 1:
        parts.append(f'<div class="chart" id="chart-per-day">'
                     f"{charts.articles_per_day(per_day)}</div>")
    else:
        parts.append(f"<p>{_one_bucket(per_day, labels)}</p>")
    parts.append("<h2>Field coverage</h2>")
    if coverage:
        parts.append(_table(["field", *langs], [
            [_td(f), *(_coverage_cell(float(coverage[lang].get(f, 0.0))) for lang in langs)]
            for f in COVERAGE_FIELDS]))
        parts.append(f'<div class="chart" id="chart-coverage">'
                     f"{charts.coverage(coverage, COVERAGE_FIELDS)}</div>")
    else:
        parts.append("<p>No articles.</p>")
    parts.append(f"<h2>Extraction rules</h2><p class=\"meta\">Share of each rule among the "
                 f"values found for its field, against the mean of the {len(history)} earlier "
                 f"run(s) in the same directory; changes of 10 points or more are marked.</p>")
    parts.append(_table(["field", "rule", "", "count", "this run", "earlier runs", "Δ points"],
                        rules_rows(report, history)))
    if len(runs) > 1:
        parts.append('<div class="chart" id="chart-fallback">'
                     f"{charts.fallback_trend(runs, DRIFT_FIELDS)}</div>")
        for name in RULE_MIX_FIELDS:
            parts.append(f'<div class="chart rule-mix" id="chart-rules-{name}">'
                         f"{charts.rule_mix(runs, name)}</div>")
    else:
        parts.append('<p class="meta">Trend charts appear from the second run on: this is '
                     "the first report in the directory.</p>")
    parts.append(f'<p class="meta">JSON: {_e(report.get("path"))}</p></body></html>')
    return "\n".join(parts)
