"""Memory: the resident set of one centerinform crawl over a large mirror, sampled every second.

The mirror is served from this process, so its memory is not counted; the crawl runs in its
own process (and its children, if any) whose RSS is sampled. Growth is measured after
warm-up: from the first sample at which 10 % of the articles had been requested to the last
sample of the run.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from kznews.mirror import build_site, serve

from .crawl import run_centerinform

MB = 1024 * 1024


def _at_share(samples: list[dict[str, Any]], total: int, share: float) -> dict[str, Any] | None:
    return next((s for s in samples if s["requests"] >= share * total), None)


def summarise(samples: list[dict[str, Any]], articles: int) -> dict[str, Any]:
    if not samples:
        return {"samples": 0}
    warm = _at_share(samples, articles, 0.10) or samples[0]
    half = _at_share(samples, articles, 0.50) or samples[len(samples) // 2]
    end = samples[-1]
    growth = end["rss"] - warm["rss"]
    span = max(1, end["requests"] - warm["requests"])
    return {
        "samples": len(samples),
        "peak_mb": round(max(s["rss"] for s in samples) / MB, 1),
        "rss_at_10pct_mb": round(warm["rss"] / MB, 1),
        "rss_at_50pct_mb": round(half["rss"] / MB, 1),
        "rss_end_mb": round(end["rss"] / MB, 1),
        "growth_after_warmup_mb": round(growth / MB, 1),
        "growth_per_10k_requests_mb": round(growth / MB / span * 10_000, 2),
        # every tenth sample is enough to draw the curve
        "curve": [{"t": s["t"], "requests": s["requests"], "rss_mb": round(s["rss"] / MB, 1)}
                  for s in samples[:: max(1, len(samples) // 60)]],
    }


def from_crawl(crawl: dict[str, Any]) -> dict[str, Any]:
    """The memory section from the RSS samples of the crawl section's centerinform run (what
    ``--quick`` reports, to stay under a minute)."""
    samples = crawl.pop("_rss_samples", [])
    run = {k: crawl["centerinform"][k] for k in ("exit", "requests", "items", "wall_s")}
    return {"articles": crawl["articles"], "from": "crawl section", "crawl": run,
            **summarise(samples, crawl["articles"])}


def run(quick: bool = False) -> dict[str, Any]:
    articles = 500 if quick else 50_000
    site = build_site(articles=articles, seed=1)
    workdir = Path(tempfile.mkdtemp(prefix="kznews-bench-memory-"))
    try:
        with serve(site, port=0) as server:
            crawl = run_centerinform(server, workdir, timeout=4 * 3600, sample_rss=True)
            crawl.pop("_paths")
            watch = crawl.pop("_watch")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return {"articles": articles, "crawl": crawl, **summarise(watch.samples, articles)}
