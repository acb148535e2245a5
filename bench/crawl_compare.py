"""``python -m bench.crawl_compare --base DIR [--articles N] [--rounds R] [--out DIR]``

The crawl comparison (bench/crawl.py) for two checkouts of kznews at once: this one (or
``--this DIR2``) and an older one in DIR (``git archive <commit> | tar -x -C DIR``). Each
round crawls the mirror with the bare spider and with both checkouts, one after the other
(their order alternating from round to round), so that every ratio is taken against a
baseline measured minutes apart on the same shared machine. Writes ``<date>-crawl-compare.json``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from kznews.mirror import build_site, serve

from .common import REPO, run_header, write_results
from .crawl import SHARED_SETTINGS, run_bare, run_centerinform


def _crawl(server: Any, workdir: Path, repo: Path) -> tuple[dict[str, Any], list[str]]:
    shutil.rmtree(workdir, ignore_errors=True)  # a fresh state directory every time
    result = run_centerinform(server, workdir, timeout=3600, repo=repo)
    result.pop("_watch")
    return result, result.pop("_paths")


def one_round(server: Any, workdir: Path, checkouts: dict[str, Path], k: int,
              url_file: Path) -> dict[str, Any]:
    """The bare spider, then each checkout (in turn order by round): rates and ratios."""
    bare, _ = run_bare(server, url_file, workdir / "bare")
    out: dict[str, Any] = {"bare_scrapy": bare}
    names = list(checkouts) if k % 2 == 0 else list(reversed(checkouts))
    for name in names:
        result, paths = _crawl(server, workdir / name, checkouts[name])
        result["ratio"] = (round(result["requests_per_s"] / bare["requests_per_s"], 3)
                           if bare["requests_per_s"] else None)
        result["same_requests_as_base"] = sorted(paths) == sorted(out.get("_base_paths", paths))
        out.setdefault("_base_paths", paths)
        out[name] = result
    out.pop("_base_paths")
    return out


def summary(rounds: list[dict[str, Any]], names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in [*names, "bare_scrapy"]:
        runs = [r[name] for r in rounds]
        out[name] = {"seconds": [r["seconds"] for r in runs],
                     "cpu_ms_per_request": [r["cpu_ms_per_request"] for r in runs],
                     "median_seconds": statistics.median(r["seconds"] for r in runs)}
        if name != "bare_scrapy":
            out[name]["ratios"] = [r["ratio"] for r in runs]
            out[name]["median_ratio"] = statistics.median(r["ratio"] or 0 for r in runs)
    return out


def run(base: Path, articles: int, rounds: int, this: Path = REPO) -> dict[str, Any]:
    checkouts = {"base": base.resolve(), "this": this.resolve()}
    workdir = Path(tempfile.mkdtemp(prefix="kznews-bench-compare-"))
    out: dict[str, Any] = {"articles": articles, "settings": SHARED_SETTINGS,
                           "checkouts": {k: str(v) for k, v in checkouts.items()}}
    try:
        with serve(build_site(articles=articles, seed=1), port=0) as server:
            # the URLs the bare spider fetches: what this checkout asks for
            first, paths = _crawl(server, workdir / "warm-up", checkouts["this"])
            out["warm_up"] = first
            url_file = workdir / "urls.txt"
            url_file.write_text("".join(f"{server.url}{p}\n" for p in paths
                                        if p != "/robots.txt"), "utf-8")
            out["rounds"] = [one_round(server, workdir, checkouts, k, url_file)
                             for k in range(rounds)]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    out["summary"] = summary(out["rounds"], list(checkouts))
    return out


def render(result: dict[str, Any]) -> str:
    lines = [f"Crawl of a {result['articles']}-article mirror, {len(result['rounds'])} rounds",
             "", "| round | bare s | base s | base ratio | this s | this ratio |",
             "|-------|--------|--------|------------|--------|------------|"]
    for k, r in enumerate(result["rounds"], 1):
        lines.append(f"| {k} | {r['bare_scrapy']['seconds']} | {r['base']['seconds']} | "
                     f"{r['base']['ratio']} | {r['this']['seconds']} | {r['this']['ratio']} |")
    s = result["summary"]
    lines.append(f"\nmedian ratio: base {s['base']['median_ratio']}, "
                 f"this {s['this']['median_ratio']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.crawl_compare",
                                 description=__doc__.split("\n\n")[1].split(".")[0])
    ap.add_argument("--base", type=Path, required=True, help="the other checkout's directory")
    ap.add_argument("--this", type=Path, default=REPO,
                    help="the newer checkout (default: this one)")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = ap.parse_args(argv)
    for checkout in (args.base, args.this):
        if not (checkout / "kznews" / "__init__.py").is_file():
            ap.error(f"{checkout}: no kznews checkout there")
    result = {**run_header(False), **run(args.base, args.articles, args.rounds, args.this)}
    write_results(args.out, "-crawl-compare", result, render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
