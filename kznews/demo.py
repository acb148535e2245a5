"""The main job on a fresh machine: crawl the bundled offline mirror and write the feeds.

``kznews demo [--articles N] [--seed S]`` serves the mirror on 127.0.0.1 (free
port), runs ``scrapy crawl centerinform`` against it exactly as a user would, and prints
what this run wrote: ``runs/articles-<UTC time>.jsonl`` (its full result: one file per run,
so a second run does not empty the first one's), its report and its new feed files.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from kznews.mirror import build_site, serve
from kznews.verdict import EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kznews demo", description=__doc__)
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=None,
                        help="the run's full result (-O) [runs/articles-<UTC time>.jsonl]")
    args, extra = parser.parse_known_args(argv)
    started = datetime.now(UTC)
    # One file per run: a second run (which exports only what is new) must not empty the
    # first run's result, as `-O articles.jsonl` would.
    out = Path(args.out or f"runs/articles-{started:%Y%m%dT%H%M%SZ}.jsonl")
    n = 2
    while not args.out and out.exists():  # two runs within one second
        out, n = out.with_name(f"articles-{started:%Y%m%dT%H%M%SZ}-{n}.jsonl"), n + 1
    made = not out.parent.exists()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"error: cannot write {out.parent}: {exc.strerror or exc} (kznews demo writes "
              "runs/, feeds/, reports/, archive/ and .kznews/ here: run it in a directory "
              "of your own)", file=sys.stderr)
        return 2
    before = set(Path("feeds").glob("*/*.jsonl")) | set(Path("reports").glob("*.json"))
    # The outlet's other doors too: robots.txt sitemaps, an RSS feed, a few articles only
    # the sitemap reaches and listing pages past the end that answer with no items.
    site = build_site(articles=args.articles, seed=args.seed, sitemaps=True, feed=True,
                      sitemap_only=min(5, max(0, args.articles - 24)), empty_tail=5)
    server = serve(site, port=0)
    print(f"mirror of the outlet: {server.url} ({args.articles} articles)", flush=True)
    try:
        # The mirror gets a new port each time; one store namespace for all of them makes a
        # second `make crawl` export nothing, as a re-crawl of the outlet would.
        cmd = [sys.executable, "-m", "scrapy", "crawl", "centerinform",
               "-a", f"base_url={server.url}", "-a", "max_pages=1000", "-O", str(out),
               "-s", "KZNEWS_SITE_KEY=mirror", "-s", "LOG_LEVEL=WARNING",
               "-s", "KZNEWS_ARCHIVE_DIR=archive", *extra]
        print("$ " + " ".join(cmd[2:]), flush=True)
        code = _wait(subprocess.Popen(cmd))
    finally:
        server.close()
    if code == EXIT_BAD_INPUT:  # its one line says what was wrong; nothing was fetched
        if made:
            with contextlib.suppress(OSError):
                out.parent.rmdir()  # only when empty: the folder this run made for nothing
        return code
    summarise_run(out, before)
    return code


def _wait(crawl: subprocess.Popen[bytes]) -> int:
    """The crawl's exit status. Ctrl-C reaches the crawl too (one process group): it stops
    gracefully and says so; until it has, the mirror it is reading must stay up."""
    while True:
        try:
            return crawl.wait()
        except KeyboardInterrupt:
            continue


def summarise_run(out: Path, before: set[Path]) -> None:
    """This run's files only: its -O file, its report, the feed files it created."""
    print()
    if out.exists():
        print(f"this run's articles: {out} ({_lines(out)} lines)")
    for report_path in sorted(set(Path("reports").glob("centerinform-*.json")) - before):
        report = json.loads(report_path.read_text("utf-8"))
        print(f"report: {report_path.with_suffix('.html')}")
        print(f"  requests {report['requests']}, scraped {report['items']}, "
              f"new {report['new']}, revised {report['revised']}, "
              f"unchanged {report['unchanged']}, exported {report['exported_per_lang']}")
        print(f"  dropped: {report['dropped'] or 'none'}")
        for field, rules in report["rules"].items():
            print(f"  {field:<16} " + ", ".join(f"{r}={n}" for r, n in rules.items()))
    warcs = sorted(Path("archive").glob("*.warc.gz"))
    if warcs:  # every page fetched, as WARC: `-a warc=archive` rebuilds the feeds from it
        size = sum(p.stat().st_size for p in warcs) / 1e6
        print(f"archive: archive/ ({len(warcs)} WARC files, {size:.1f} MB)")
    feeds = sorted(set(Path("feeds").glob("*/*.jsonl")) - before)
    for feed in feeds:
        print(f"feed: {feed} ({_lines(feed)} lines)")
    if not feeds:
        print("feeds: nothing new since the last run, no feed file written")


def _lines(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for _ in handle)


if __name__ == "__main__":
    raise SystemExit(main())
