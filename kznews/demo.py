"""The main job on a fresh machine: crawl the bundled offline mirror and write the feeds.

``python -m kznews.demo [--articles N] [--seed S]`` serves the mirror on 127.0.0.1 (free
port), runs ``scrapy crawl centerinform`` against it exactly as a user would, and prints
what landed in ``feeds/`` and the crawl report.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from kznews.mirror import build_site, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kznews.demo", description=__doc__)
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="articles.jsonl", help="the run's full result (-O)")
    args, extra = parser.parse_known_args(argv)
    server = serve(build_site(articles=args.articles, seed=args.seed), port=0)
    print(f"mirror of the outlet: {server.url} ({args.articles} articles)", flush=True)
    try:
        # The mirror gets a new port each time; one store namespace for all of them makes a
        # second `make crawl` export nothing, as a re-crawl of the outlet would.
        cmd = [sys.executable, "-m", "scrapy", "crawl", "centerinform",
               "-a", f"base_url={server.url}", "-a", "max_pages=1000", "-O", args.out,
               "-s", "KZNEWS_SITE_KEY=mirror", "-s", "LOG_LEVEL=WARNING",
               "-s", "KZNEWS_ARCHIVE_DIR=archive", *extra]
        print("$ " + " ".join(cmd[2:]), flush=True)
        code = subprocess.call(cmd)
    finally:
        server.close()
    reports = sorted(Path("reports").glob("centerinform-*.json"))
    if reports:
        report = json.loads(reports[-1].read_text("utf-8"))
        print(f"\nreport: {reports[-1]} (and {reports[-1].with_suffix('.html')})")
        print(f"  requests {report['requests']}, items {report['items']}, "
              f"new {report['new']}, revised {report['revised']}, "
              f"unchanged {report['unchanged']}, exported {report['exported_per_lang']}")
        print(f"  dropped: {report['dropped'] or 'none'}")
        for field, rules in report["rules"].items():
            print(f"  {field:<16} " + ", ".join(f"{r}={n}" for r, n in rules.items()))
    warcs = sorted(Path("archive").glob("*.warc.gz"))
    if warcs:  # every page fetched, as WARC: `-a warc=archive` rebuilds the feeds from it
        size = sum(p.stat().st_size for p in warcs) / 1e6
        print(f"archive: archive/ ({len(warcs)} WARC files, {size:.1f} MB)")
    for feed in sorted(Path("feeds").glob("*/*.jsonl"))[-4:]:
        lines = sum(1 for _ in feed.open(encoding="utf-8"))
        print(f"feed: {feed} ({lines} lines)")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
