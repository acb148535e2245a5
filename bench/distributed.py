"""Distributed mode: 1 vs 2 workers on the offline mirror, sharing one real Redis.

    python -m bench.distributed [--quick] [--articles N] [--synthetic N] [--out DIR]

For each worker count: a fresh ``redis-server`` (loopback, no persistence), the mirror, and
that many ``scrapy crawl centerinform -s KZNEWS_REDIS_URL=…`` processes started together.
Measured: wall time and pages/s (responses of all workers), Redis round trips per page
(counted by the workers' clients) and commands per page (``INFO commandstats`` deltas, which
also count the commands run inside Lua scripts), and Redis memory: the crawl's fingerprint
set and queue at their peak (sampled while the crawl runs), the article store after it, both
per 1,000 articles. ``--synthetic`` fills a store and a fingerprint set with N generated
articles (realistic field sizes) to show the growth per 100k articles without crawling them.

Writes ``bench/results/distributed-<date>.json`` (``-quick`` with ``--quick``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kznews.mirror import build_site, serve
from kznews.redis.server import RedisServer
from kznews.redis.worker import crawl_namespace

from .common import REPO, load_average, machine

PYTHON = sys.executable


def commandstats(client: Any) -> dict[str, int]:
    return {name.removeprefix("cmdstat_"): int(v["calls"])
            for name, v in client.info("commandstats").items()}


def store_bytes(client: Any, prefix: str = "kznews:store:") -> int:
    return sum(int(client.memory_usage(k, samples=0) or 0)
               for k in client.scan_iter(match=prefix + "*", count=1000))


class Sampler(threading.Thread):
    """Peak memory of the crawl keys (fingerprints, queue, leases) while workers run."""

    def __init__(self, client: Any, ns: str) -> None:
        super().__init__(daemon=True)
        self.client, self.ns = client, ns
        self.stop = threading.Event()
        self.peak: dict[str, int] = {"seen_bytes": 0, "seen_members": 0, "queue_bytes": 0,
                                     "queue_members": 0, "lease_bytes": 0}

    def run(self) -> None:
        while not self.stop.wait(0.1):
            c, ns = self.client, self.ns
            now = {
                "seen_bytes": int(c.memory_usage(f"{ns}:seen", samples=0) or 0),
                "seen_members": int(c.scard(f"{ns}:seen")),
                "queue_bytes": int(c.memory_usage(f"{ns}:queue", samples=0) or 0),
                "queue_members": int(c.zcard(f"{ns}:queue")),
                "lease_bytes": sum(int(c.memory_usage(k, samples=0) or 0)
                                   for k in c.keys(f"{ns}:lease:*")),
            }
            for key, value in now.items():
                self.peak[key] = max(self.peak[key], value)


def run_workers(n: int, articles: int, workdir: Path) -> dict[str, Any]:
    site = build_site(articles=articles)
    with RedisServer(workdir / "redis", maxmemory="1gb") as redis_server, \
            serve(site, port=0) as mirror:
        client = redis_server.client()
        ns = crawl_namespace("kznews", "centerinform", mirror.url)
        before = commandstats(client)
        sampler = Sampler(client, ns)
        sampler.start()
        start = time.perf_counter()
        procs = []
        for i in range(n):
            cmd = [PYTHON, "-m", "scrapy", "crawl", "centerinform",
                   "-a", f"base_url={mirror.url}", "-a", "max_pages=100000",
                   "-s", f"KZNEWS_REDIS_URL={redis_server.url}",
                   "-s", f"KZNEWS_STATE_DIR={workdir / 'state'}",
                   "-s", f"KZNEWS_FEEDS_DIR={workdir / 'feeds'}",
                   "-s", f"KZNEWS_REPORTS_DIR={workdir / 'reports'}",
                   "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=INFO",
                   "-s", "KZNEWS_PROGRESS=off", "-s", "KZNEWS_MONITORS_ENABLED=0"]
            log = workdir / f"worker{i}.log"
            with open(log, "w") as handle:
                procs.append((subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL,
                                               stderr=handle), log))
        for proc, _ in procs:
            proc.wait(timeout=1800)
        elapsed = time.perf_counter() - start
        sampler.stop.set()
        sampler.join()
        after = commandstats(client)
        logs = [log.read_text("utf-8") for _, log in procs]
        # The idle polls are local data: requests, not pages.
        pages = sum(_stat(text, "response_received_count")
                    - _stat(text, "distributed/idle_polls") for text in logs)
        items = sum(_stat(text, "item_scraped_count") for text in logs)
        commands = sum(after.get(k, 0) - before.get(k, 0) for k in after
                       if k not in ("info", "memory|usage", "scard", "zcard", "keys"))
        trips = int(client.hget("kznews:metrics", "round_trips") or 0)
        stored = client.hlen(f"kznews:store:{mirror.url.split('//')[1]}:a")
        store = store_bytes(client)
        per_page = round(trips / pages, 2) if pages else None
        return {
            "workers": n,
            "articles": articles,
            "exit_codes": [p.returncode for p, _ in procs],
            "seconds": round(elapsed, 2),
            "pages": pages,
            "items": items,
            "items_per_worker": [_stat(text, "item_scraped_count") for text in logs],
            "pages_per_s": round(pages / elapsed, 1),
            "redis_round_trips": trips,
            "redis_round_trips_per_page": per_page,
            "redis_commands_per_page": round(commands / pages, 2) if pages else None,
            "evalsha_per_page": round((after.get("evalsha", 0) - before.get("evalsha", 0))
                                      / pages, 2) if pages else None,
            "stored_articles": stored,
            "store_bytes": store,
            "store_bytes_per_1000_articles": round(store / stored * 1000) if stored else None,
            "crawl_keys_peak": sampler.peak,
            "fingerprint_bytes_per_1000": round(sampler.peak["seen_bytes"]
                                                / sampler.peak["seen_members"] * 1000)
            if sampler.peak["seen_members"] else None,
            "crawl_keys_left": sorted(client.keys(f"{ns}:*")),
        }


def _stat(log: str, name: str) -> int:
    found = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(found.group(1)) if found else 0


def synthetic(n: int, workdir: Path) -> dict[str, Any]:
    """N generated articles claimed into a Redis store, N fingerprints into a set."""
    from kznews.state.redis_store import CLAIM, RedisArticleStore

    with RedisServer(workdir / "redis-synthetic", maxmemory="2gb") as redis_server:
        client = redis_server.client()
        store = RedisArticleStore(redis_server.url, workdir / "state" / "x", "ic24.kz")
        script = client.register_script(CLAIM)
        keys = [store._key("a"), store._key("b"), store._key("pending:r"), store.home]
        pipe = client.pipeline(transaction=False)
        for i in range(n):
            aid = f"u{40000 + i}"
            body = hashlib.sha256(f"b{i}".encode()).hexdigest()
            content = hashlib.sha256(f"c{i}".encode()).hexdigest()
            url = f"https://ic24.kz/novosti/{aid}-gorod-provel-subbotnik-v-almaty"
            script(keys=keys, args=[aid, content, body, body[:32], "ru", url,
                                    "2021-08-02T00:00:00+06:00", repr(time.time()),
                                    "", "", "r", "ic24.kz"], client=pipe)
            pipe.sadd("fp", f"a:{aid}")
            if i % 1000 == 999:
                pipe.execute()
        pipe.execute()
        store.confirm("r", [f"u{40000 + i}" for i in range(n)])
        nbytes = store_bytes(client)
        fp_bytes = int(client.memory_usage("fp", samples=0) or 0)
        store.close()
        return {
            "articles": n,
            "store_bytes": nbytes,
            "store_bytes_per_article": round(nbytes / n, 1),
            "store_mb_per_100k": round(nbytes / n * 100_000 / 2**20, 1),
            "fingerprint_bytes_per_article": round(fp_bytes / n, 1),
            "fingerprints_mb_per_100k": round(fp_bytes / n * 100_000 / 2**20, 1),
            "used_memory_human": client.info("memory")["used_memory_human"],
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.distributed",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="240 articles, 10k synthetic")
    ap.add_argument("--articles", type=int, default=None, help="mirror size [1000]")
    ap.add_argument("--synthetic", type=int, default=None, help="generated articles [100000]")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = ap.parse_args(argv)
    articles = args.articles or (240 if args.quick else 1000)
    n_synth = args.synthetic or (10_000 if args.quick else 100_000)
    result: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                              "quick": args.quick, "machine": machine(),
                              "load_before": load_average(), "runs": []}
    with tempfile.TemporaryDirectory(prefix="kznews-bench-distributed-") as tmp:
        for n in (1, 2):
            run = run_workers(n, articles, Path(tmp) / f"w{n}")
            result["runs"].append(run)
            print(f"{n} worker(s): {run['pages']} pages in {run['seconds']}s = "
                  f"{run['pages_per_s']} pages/s, {run['redis_round_trips_per_page']} round "
                  f"trips/page, {run['redis_commands_per_page']} commands/page, store "
                  f"{run['store_bytes_per_1000_articles']} B/1000 articles, fingerprints "
                  f"{run['fingerprint_bytes_per_1000']} B/1000, items/worker "
                  f"{run['items_per_worker']}", flush=True)
        result["synthetic"] = synthetic(n_synth, Path(tmp))
        print(f"synthetic {n_synth}: {json.dumps(result['synthetic'])}")
    one, two = result["runs"]
    result["speedup_2_workers"] = round(two["pages_per_s"] / one["pages_per_s"], 2)
    result["load_after"] = load_average()
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    path = args.out / f"distributed-{stamp}{'-quick' if args.quick else ''}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print(f"speedup with 2 workers: {result['speedup_2_workers']}x; written {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
