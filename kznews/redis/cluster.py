"""Periodic distributed crawls on several Scrapyd nodes that share one Redis.

    python -m kznews.redis.cluster --config schedule.toml [--node URL ...] [--once]
                                   [--dry-run] [--now] [-v]

The schedule file is the one of ``python -m kznews.schedule`` (docs/SCRAPYD.md) plus::

    [cluster]
    nodes = ["http://127.0.0.1:6800/", "http://127.0.0.1:6801/"]

(``--node`` given on the command line replaces that list). Every node gets each due entry
as a job of its own, decided by the scheduler of :mod:`kznews.schedule` with a state file
per node (``<state_file>.node<i>``): the overlap rule, the backoff while a node is down and
the job ids work per node, and one node being down does not hold back the others. Every
entry must set ``KZNEWS_REDIS_URL``: the jobs of one entry on all nodes are then the
workers of one distributed crawl, sharing its queue and article store.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from kznews.schedule import (
    EXIT_CONFIG,
    EXIT_OK,
    EXIT_TEMPFAIL,
    Clock,
    Config,
    ConfigError,
    HttpFunc,
    Scheduler,
    ScrapydAuthError,
    ScrapydDown,
    SystemClock,
    load_config,
    state_lock,
    urllib_http,
)

log = logging.getLogger("kznews.cluster")


def node_configs(config: Config, nodes: Sequence[str]) -> list[Config]:
    """One scheduler configuration per Scrapyd node: its URL and its own state file."""
    if not nodes:
        raise ConfigError("no Scrapyd node: give [cluster] nodes or --node URL")
    missing = [e.name for e in config.entries if not e.settings.get("KZNEWS_REDIS_URL")]
    if missing:
        raise ConfigError(f"entry {missing[0]!r}: setting KZNEWS_REDIS_URL is required on a "
                          "cluster (without it every node would crawl everything)")
    out = []
    for i, url in enumerate(nodes):
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"node {url!r} must be an http(s) URL")
        state = config.state_file.with_name(f"{config.state_file.name}.node{i}")
        out.append(dataclasses.replace(config, url=url if url.endswith("/") else url + "/",
                                       state_file=state))
    return out


def read_nodes(path: Path) -> list[str]:
    with path.open("rb") as f:
        data = tomllib.load(f)
    nodes = data.get("cluster", {}).get("nodes", [])
    if not isinstance(nodes, list) or not all(isinstance(n, str) for n in nodes):
        raise ConfigError("[cluster] nodes must be a list of Scrapyd URLs")
    return nodes


class Cluster:
    def __init__(self, config: Config, nodes: Sequence[str], *, http: HttpFunc = urllib_http,
                 clock: Clock | None = None, dry_run: bool = False) -> None:
        self.clock: Clock = clock or SystemClock()
        self.config = config
        self.schedulers = [Scheduler(c, http=http, clock=self.clock, dry_run=dry_run)
                           for c in node_configs(config, nodes)]

    def run_once(self, *, force: bool = False) -> int:
        """One pass on every node (each retried while down); the worst exit status."""
        return max(s.run_once(force=force) for s in self.schedulers)

    def run_forever(self, *, force_first: bool = False, max_passes: int | None = None) -> int:
        passes, force = 0, force_first
        while max_passes is None or passes < max_passes:
            passes += 1
            wake = []
            for scheduler in self.schedulers:
                try:
                    wake.append(scheduler.run_pass(force=force))
                except ScrapydDown as e:  # this node next time; the others go on
                    log.warning("node %s down (%s)", scheduler.config.url, e)
            force = False
            now = self.clock.now()
            wait = min(((w - now).total_seconds() for w in wake), default=60.0)
            self.clock.sleep(min(max(wait, 1.0), self.config.max_sleep))
        return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kznews.redis.cluster",
                                 description="Schedule distributed kznews crawls on every "
                                             "Scrapyd node of a cluster sharing one Redis.")
    ap.add_argument("--config", required=True, type=Path, help="schedule TOML file")
    ap.add_argument("--node", action="append", default=[], help="Scrapyd URL (repeatable)")
    ap.add_argument("--once", action="store_true", help="one pass on every node, then exit")
    ap.add_argument("--dry-run", action="store_true", help="show the decisions only")
    ap.add_argument("--now", action="store_true", help="treat every entry as due at first")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    try:
        config = load_config(args.config)
        cluster = Cluster(config, args.node or read_nodes(args.config), dry_run=args.dry_run)
    except (ConfigError, OSError, tomllib.TOMLDecodeError) as e:
        log.error("config error: %s", e)
        return EXIT_CONFIG
    try:
        if args.once or args.dry_run:
            return cluster.run_once(force=args.now)
        with state_lock(config.state_file) as locked:
            if not locked:
                log.error("another scheduler holds %s.lock; exiting", config.state_file)
                return EXIT_TEMPFAIL
            return cluster.run_forever(force_first=args.now)
    except ScrapydAuthError as e:
        log.error("scrapyd refused the credentials: %s", e)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
