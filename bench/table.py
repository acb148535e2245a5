"""The printed table of a benchmark run, and the issue's targets judged on its numbers."""

from __future__ import annotations

from typing import Any

# The targets of the benchmark issue (docs/BENCHMARKS.md).
EXTRACTION_SPEEDUP = 10.0  # × trafilatura.extract's pages/s, at ≥ its body F1
CRAWL_RATIO = 0.7  # × the bare Scrapy spider's requests/s
RSS_GROWTH_MB = 100.0  # after warm-up, over 50k articles
RECRAWL_SHARE = 0.05  # requests of a second run / the first's


def targets(r: dict[str, Any]) -> dict[str, Any]:
    """Each target's measured value and whether it is met (None: not measured)."""
    out: dict[str, Any] = {}
    ex = r.get("extraction")
    if ex and ex.get("trafilatura"):
        speedup = ex["speedup_vs_extract"]
        f1_ok = ex["kznews"]["body_f1"] >= ex["trafilatura"]["body_f1"]
        out["extraction"] = {"value": speedup, "goal": f">= {EXTRACTION_SPEEDUP}x at >= F1",
                             "met": speedup >= EXTRACTION_SPEEDUP and f1_ok}
    cr = r.get("crawl")
    if cr and cr.get("ratio") is not None:
        out["crawl"] = {"value": cr["ratio"], "goal": f">= {CRAWL_RATIO}",
                        "met": cr["ratio"] >= CRAWL_RATIO}
    mem = r.get("memory")
    if mem and "growth_after_warmup_mb" in mem:
        # the goal is stated for 50k articles: smaller runs are scaled up linearly
        scaled = mem["growth_per_10k_requests_mb"] * 5
        out["memory"] = {"value": mem["growth_after_warmup_mb"],
                         "scaled_to_50k_mb": round(scaled, 1),
                         "goal": f"< {RSS_GROWTH_MB:.0f} MB over 50k",
                         "met": None if r.get("quick")
                         else max(scaled, mem["growth_after_warmup_mb"]) < RSS_GROWTH_MB}
    rc = r.get("recrawl")
    if rc and rc.get("share") is not None:
        out["recrawl"] = {"value": rc["share"], "goal": f"<= {RECRAWL_SHARE:.0%}",
                          "met": rc["share"] <= RECRAWL_SHARE}
    return out


def _row(cells: list[Any], widths: list[int]) -> str:
    return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"


def table(header: list[str], rows: list[list[Any]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    lines = [_row(header, widths), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [_row(row, widths) for row in rows]
    return "\n".join(lines)


def _fields(scores: dict[str, Any], names: tuple[str, ...]) -> str:
    return ", ".join(f"{n} {scores['fields'][n]:.0%}" for n in names if n in scores["fields"])


def render(r: dict[str, Any]) -> str:
    """Markdown tables (they go into docs/BENCHMARKS.md as they are)."""
    parts = [f"run {r['date']}{' (quick)' if r['quick'] else ''} on {r['machine'].get('cpus')} "
             f"CPUs, load {r['load_start']} at start, {r['load_end']} at end, "
             f"{r['total_s']} s"]
    common = ("title", "date", "category", "tags", "image", "lang")
    ex = r.get("extraction")
    if ex:
        rows = [["kznews (rules + loader)", ex["kznews"]["pages_per_s"],
                 f"{ex['kznews']['body_f1']:.4f}", f"{ex['kznews']['body_exact']:.0%}",
                 _fields(ex["kznews"], common)]]
        tf = ex.get("trafilatura")
        if tf:
            rows.append(["trafilatura.extract", tf["pages_per_s"], f"{tf['body_f1']:.4f}",
                         f"{tf['body_exact']:.0%}", "–"])
            rows.append(["trafilatura.bare_extraction (metadata)",
                         tf["with_metadata_pages_per_s"], "", "",
                         _fields(tf, common)])
        parts.append(f"### Extraction: {ex['pages']} mirror pages {ex['variants']}, "
                     f"best of {ex['repeats']}, load {ex['load_before']}\n\n"
                     + table(["extractor", "pages/s", "body F1", "body exact",
                              "fields right"], rows))
        if tf:
            parts[-1] += (f"\n\nkznews is {ex['speedup_vs_extract']}× trafilatura.extract and "
                          f"{ex['speedup_vs_metadata']}× bare_extraction with metadata. "
                          "kznews' other fields: "
                          + _fields(ex["kznews"], ("published_at", "views", "source",
                                                   "photo_credit", "dateline_place",
                                                   "image_urls", "related")) + ".")
    cr = r.get("crawl")
    if cr:
        rows = []
        for name, key in (("centerinform", "centerinform"), ("bare Scrapy", "bare_scrapy")):
            c = cr[key]
            rows.append([name, c["requests"], c.get("items", "–"), c["seconds"], c["wall_s"],
                         c["requests_per_s"], c.get("cpu_ms_per_request") or "–", c["load"],
                         c["exit"]])
        parts.append(f"### Crawl: mirror of {cr['articles']} articles, same URLs "
                     f"({'identical' if cr['same_requests'] else 'DIFFERENT'}), "
                     f"ratio {cr['ratio']}\n\n"
                     + table(["spider", "requests", "items", "active s", "wall s",
                              "requests/s", "CPU ms/request", "load", "exit"], rows))
    mem = r.get("memory")
    if mem and mem.get("samples"):
        c = mem["crawl"]
        parts.append(f"### Memory: crawl of {mem['articles']} articles ({c['requests']} "
                     f"{'(the crawl section run) ' if mem.get('from') else ''}"
                     f"requests, {c['items']} items, {c['wall_s']} s, exit {c['exit']})\n\n"
                     + table(["peak MB", "at 10 % MB", "at 50 % MB", "end MB",
                              "growth after warm-up MB", "per 10k requests MB"],
                             [[mem["peak_mb"], mem["rss_at_10pct_mb"], mem["rss_at_50pct_mb"],
                               mem["rss_end_mb"], mem["growth_after_warmup_mb"],
                               mem["growth_per_10k_requests_mb"]]]))
    rc = r.get("recrawl")
    if rc:
        first, second = rc["first_run"], rc["second_run"]
        parts.append(f"### Re-crawl: mirror of {rc['articles']} articles, unchanged, same "
                     "state directory\n\n"
                     + table(["run", "requests", "items", "exit"],
                             [["first", first["requests"], first["items"], first["exit"]],
                              ["second", second["requests"], second["items"], second["exit"]]])
                     + f"\n\nsecond / first = {rc['share']:.2%}")
    rp = r.get("replay")
    if rp:
        rows = [[name, c["responses"], c["items"], c["elapsed_s"], c["pages_per_s"],
                 c.get("server_requests_per_s", "–"), c["load"], c["exit"]]
                for name, c in (("live crawl", rp["live"]),
                                ("live crawl + archive", rp["live_archived"]),
                                ("replay of the archive", rp["replay"]))]
        ex = rp["extraction"]
        rows.append(["bare extraction (archived pages)", ex["pages"], ex["pages"] - ex["failed"],
                     "–", ex["pages_per_s"], "–", "–", "–"])
        parts.append(f"### Replay: mirror of {rp['articles']} articles\n\n"
                     + table(["run", "responses", "items", "elapsed s", "pages/s",
                              "server req/s", "load", "exit"], rows)
                     + f"\n\nreplay / live = {rp['replay_vs_live']}×; archive: "
                       f"{rp['archive_mb']} MB in {rp['archive_files']} file(s), "
                       f"{rp['archive_mb_per_1000_articles']} MB per 1,000 articles; writing it "
                       f"cost {rp['archive_write_cost']:.1%} of the live rate; reading archived "
                       f"pages back: {ex['read_pages_per_s']} pages/s")
    tg = r.get("targets") or {}
    if tg:
        parts.append("### Targets\n\n" + table(
            ["target", "goal", "measured", "met"],
            [[name, t["goal"], t["value"], {True: "yes", False: "NO"}.get(t["met"], "–")]
             for name, t in tg.items()]))
    return "\n\n".join(parts)


def _mean(fields: dict[str, float]) -> str:
    return f"{sum(fields.values()) / len(fields):.1%}" if fields else "–"


def sites_table(r: dict[str, Any]) -> str:
    """``python -m bench.extraction``: one row a site, then each site's kznews fields that
    were not all right."""
    rows, notes = [], []
    for name, s in r["sites"].items():
        kz, tf = s["kznews"], s.get("trafilatura") or {}
        rows.append([name, s["pages"], kz["pages_per_s"], tf.get("pages_per_s", "–"),
                     tf.get("with_metadata_pages_per_s", "–"),
                     s.get("speedup_vs_extract", "–"), s.get("speedup_vs_metadata", "–"),
                     f"{kz['body_f1']:.4f}", f"{tf['body_f1']:.4f}" if tf else "–",
                     _mean(kz["fields"]), _mean(tf.get("fields") or {}), kz["failed_pages"],
                     s["load_before"]])
        wrong = [f"{k} {v:.0%}" for k, v in kz["fields"].items() if v < 1]
        if wrong:
            notes.append(f"{name}: kznews fields not all right: {', '.join(wrong)}")
    header = ["site", "pages", "kznews p/s", "extract p/s", "bare_extraction p/s",
              "× extract", "× bare", "kznews body F1", "extract body F1",
              "kznews fields right", "bare fields right", "failed", "load"]
    quick = " (quick)" if r["quick"] else ""
    return "\n\n".join([f"run {r['date']}{quick}, load {r['load_start']} at start, "
                        f"{r['load_end']} at end", table(header, rows), *notes])
