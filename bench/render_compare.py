"""Rendering cost: crawl time and peak memory of ``render=auto`` vs ``render=always`` (and
``never`` for reference) on one mirror with script-built pages.

    python -m bench.render_compare [--articles 240] [--scripted 12] [--repeats 2] [--json F]

Each run is ``python -m scrapy crawl centerinform`` in a subprocess against the mirror on
127.0.0.1, exactly as a user runs it, with a fresh state directory. Memory is sampled from
/proc every 50 ms over the crawl process and all its descendants (Playwright's node driver,
chromium and its renderer/GPU/utility processes): ``peak RSS`` is the largest sum of VmRSS
(counts pages shared between chromium's processes once per process, so it overstates),
``peak PSS`` the largest sum of Pss from smaps_rollup (shared pages split between sharers).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from kznews.mirror import build_site, serve

REPO = Path(__file__).resolve().parents[1]
MODES = ("never", "auto", "always")


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree(pid: int) -> list[int]:
    kids, out, todo = _children(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def _kib(path: str, field: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler(threading.Thread):
    """Peak RSS / PSS (KiB) and peak process count of a process tree, sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_rss = self.peak_pss = self.peak_procs = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pids = tree(self.pid)
            rss = sum(_kib(f"/proc/{p}/status", "VmRSS:") for p in pids)
            pss = sum(_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(pids))
            self.stop.wait(0.05)


def _stat(stderr: str, key: str) -> int:
    found = re.search(rf"'{re.escape(key)}': (\d+)", stderr)
    return int(found.group(1)) if found else 0


def crawl(url: str, mode: str, workdir: Path) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "centerinform", "-a", f"base_url={url}",
           "-a", "max_pages=1000", "-a", f"render={mode}",
           "-s", f"KZNEWS_STATE_DIR={workdir / 'state'}",
           "-s", f"KZNEWS_FEEDS_DIR={workdir / 'feeds'}",
           "-s", f"KZNEWS_REPORTS_DIR={workdir / 'reports'}",
           "-s", "LOG_LEVEL=INFO", "-s", "AUTOTHROTTLE_ENABLED=0",
           "-O", str(workdir / "out.jsonl")]
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / "stderr.txt"
    with log.open("w") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
        sampler = Sampler(proc.pid)
        sampler.start()
        code = proc.wait(timeout=1800)
        seconds = time.perf_counter() - started
        sampler.stop.set()
        sampler.join()
    stderr = log.read_text()
    return {
        "mode": mode, "returncode": code, "seconds": round(seconds, 2),
        "peak_rss_mb": round(sampler.peak_rss / 1024, 1),
        "peak_pss_mb": round(sampler.peak_pss / 1024, 1),
        "peak_processes": sampler.peak_procs,
        "items": _stat(stderr, "item_scraped_count"),
        "rendered": _stat(stderr, "render/playwright"),
        "render_failed": _stat(stderr, "render/failed"),
        "incomplete": _stat(stderr, "drop/incomplete"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.render_compare", description=__doc__)
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--scripted", type=int, default=12)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--json", type=Path, help="write every run here")
    args = ap.parse_args(argv)
    site = build_site(articles=args.articles, scripted=args.scripted)
    runs: list[dict[str, Any]] = []
    with serve(site, port=0) as server, tempfile.TemporaryDirectory() as tmp:
        for k in range(args.repeats):
            for mode in args.modes.split(","):
                result = crawl(server.url, mode, Path(tmp) / f"{mode}-{k}")
                runs.append(result)
                print(json.dumps(result), flush=True)
    print(f"\nmirror: {args.articles} articles, {args.scripted} script-built; "
          f"{args.repeats} run(s) per mode, median shown; load {os.getloadavg()[0]:.2f}")
    print("| mode | article pages rendered / total | items | crawl time (s) | "
          "peak RSS, tree (MB) | peak PSS, tree (MB) | processes |")
    print("|---|---|---|---|---|---|---|")
    for mode in args.modes.split(","):
        mine = [r for r in runs if r["mode"] == mode]

        def med(key: str, rows: list[dict[str, Any]] = mine) -> float:
            return statistics.median(r[key] for r in rows)

        print(f"| {mode} | {mine[0]['rendered']} / {args.articles} | "
              f"{mine[0]['items']} | {med('seconds'):.1f} | {med('peak_rss_mb'):.0f} | "
              f"{med('peak_pss_mb'):.0f} | {max(r['peak_processes'] for r in mine)} |")
    if args.json:
        args.json.write_text(json.dumps({"articles": args.articles, "scripted": args.scripted,
                                         "runs": runs}, indent=1))
    return 0 if all(r["returncode"] == 0 for r in runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
