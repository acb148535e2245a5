"""``python -m bench [--quick] [--only extraction,crawl,memory,recrawl,replay] [--out DIR]``

Runs the kznews benchmarks (docs/BENCHMARKS.md), prints a table and writes every number to
``bench/results/<date>.json`` (``<date>-quick.json`` with ``--quick``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from . import crawl, extraction, memory, replay
from .common import REPO, load_average, run_header, write_results
from .table import render, targets

SECTIONS = ("extraction", "crawl", "memory", "recrawl", "replay")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="small sizes, under a minute: checks the harness, not the targets")
    ap.add_argument("--only", default=",".join(SECTIONS),
                    help=f"comma-separated sections of {', '.join(SECTIONS)}")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results",
                    help="directory of the results file")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown or not only:
        ap.error(f"unknown section(s) {', '.join(unknown) or '(none)'}; "
                 f"choose from {', '.join(SECTIONS)}")
    args.only = [s for s in SECTIONS if s in only]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results: dict[str, Any] = {**run_header(args.quick), "sections": args.only}
    clock = time.perf_counter()
    for name in args.only:
        print(f"bench: {name} …", file=sys.stderr, flush=True)
        section_start = time.perf_counter()
        if name == "extraction":
            results[name] = extraction.run(args.quick)
        elif name == "crawl":
            results[name] = crawl.run(args.quick, recrawl="recrawl" in args.only)
            if "recrawl" in results[name]:
                results["recrawl"] = results[name].pop("recrawl")
        elif name == "memory" and args.quick and "crawl" in results:
            results[name] = memory.from_crawl(results["crawl"])
            continue
        elif name == "memory":
            results[name] = memory.run(args.quick)
        elif name == "recrawl" and "recrawl" not in results:
            results[name] = crawl.run_recrawl(args.quick)
        elif name == "replay":
            results[name] = replay.run(args.quick)
        if name in results:
            results[name]["section_s"] = round(time.perf_counter() - section_start, 1)
    if "crawl" in results:
        results["crawl"].pop("_rss_samples", None)
    results["load_end"] = load_average()
    results["total_s"] = round(time.perf_counter() - clock, 1)
    results["targets"] = targets(results)
    write_results(args.out, "", results, render(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
