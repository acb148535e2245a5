"""Crawl throughput: ``scrapy crawl centerinform`` over a whole mirror vs a bare Scrapy spider
that fetches exactly the URLs the centerinform run asked for, with the same concurrency.

Both runs hit the same mirror server, which lives in this (otherwise idle) process, not in
the crawl's. A crawl's rate is its requests over the time between the first and the last
request the server saw, so interpreter start-up and shutdown are not counted; wall times
are reported too.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from kznews.mirror import build_site, serve

from .common import PYTHON, REPO, Watch, load_average, run_process, tail

# The same for both spiders: kznews's concurrency, no AutoThrottle, robots.txt obeyed.
SHARED_SETTINGS = {
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "ROBOTSTXT_OBEY": "1",
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": "0",
}


def settings_args(settings: dict[str, str]) -> list[str]:
    out = []
    for key, value in settings.items():
        out += ["-s", f"{key}={value}"]
    return out


def centerinform_command(base_url: str, workdir: Path, extra: dict[str, str] | None = None
                         ) -> list[str]:
    settings = {**SHARED_SETTINGS,
                "KZNEWS_STATE_DIR": str(workdir / "state"),
                "KZNEWS_FEEDS_DIR": str(workdir / "feeds"),
                "KZNEWS_REPORTS_DIR": str(workdir / "reports"),
                "KZNEWS_PROGRESS": "off",
                **(extra or {})}
    return [PYTHON, "-m", "scrapy", "crawl", "centerinform", "-a", f"base_url={base_url}",
            # the listing walk only: bare Scrapy is given the same URLs, sitemaps and feeds aside
            "-a", "max_pages=100000", "-a", "render=never", "-a", "discover=listing",
            *settings_args(settings),
            "-O", str(workdir / "out.jsonl")]


def bare_command(url_file: Path) -> list[str]:
    return [PYTHON, "-m", "scrapy", "runspider", str(REPO / "bench" / "bare_spider.py"),
            "-a", f"urls={url_file}", *settings_args(SHARED_SETTINGS)]


def rate(watch: Watch) -> float:
    seconds = watch.active_seconds
    return round(watch.count / seconds, 1) if seconds > 0 else 0.0


def cpu(watch: Watch, requests: int) -> dict[str, float | None]:
    """The crawl process's CPU seconds (start-up and shutdown included) and per request."""
    seconds = watch.cpu_seconds
    if seconds is None:
        return {"cpu_s": None, "cpu_ms_per_request": None}
    return {"cpu_s": round(seconds, 2),
            "cpu_ms_per_request": round(1000 * seconds / requests, 2) if requests else None}


def count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 0


def run_centerinform(server: Any, workdir: Path, timeout: float,
                     sample_rss: bool = False, repo: Path = REPO) -> dict[str, Any]:
    """One centerinform crawl of ``server`` by the kznews of ``repo``; what it did and how
    fast."""
    workdir.mkdir(parents=True, exist_ok=True)
    runs = len(list(workdir.glob("centerinform-*.log")))
    log = workdir / f"centerinform-{runs + 1}.log"
    start = len(server.requests)
    load = load_average()
    code, wall, watch = run_process(centerinform_command(server.url, workdir), repo, log,
                                    server.requests, timeout, sample_rss=sample_rss,
                                    repo=repo)
    paths = server.requests[start:]
    result = {"exit": code, "requests": len(paths), "items": count_lines(workdir / "out.jsonl"),
              "seconds": round(watch.active_seconds, 2), "wall_s": round(wall, 2),
              "requests_per_s": rate(watch), **cpu(watch, len(paths)), "load": load,
              "article_requests": sum(p.startswith("/news/") for p in paths)}
    if code != 0:
        result["log_tail"] = tail(log)
    result["_paths"] = paths
    result["_watch"] = watch
    return result


def second_run(server: Any, workdir: Path, first: dict[str, Any]) -> dict[str, Any]:
    """Re-crawl: the same spider, state directory and unchanged mirror as ``first``."""
    again = run_centerinform(server, workdir, timeout=3600)
    paths = again.pop("_paths")
    again.pop("_watch")
    share = again["requests"] / first["requests"] if first["requests"] else None
    return {"first_run": {k: first[k] for k in ("requests", "items", "seconds", "exit")},
            "second_run": {**again, "paths": paths[:20]},
            "share": round(share, 5) if share is not None else None}


def run_bare(server: Any, url_file: Path, workdir: Path) -> tuple[dict[str, Any], list[str]]:
    """The bare spider over the URLs of ``url_file``: how fast, and the paths it asked for."""
    start = len(server.requests)
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / f"bare-{len(list(workdir.glob('bare-*.log'))) + 1}.log"
    load = load_average()
    code, wall, watch = run_process(bare_command(url_file), workdir, log, server.requests, 3600)
    paths = server.requests[start:]
    bare = {"exit": code, "requests": len(paths),
            "seconds": round(watch.active_seconds, 2), "wall_s": round(wall, 2),
            "requests_per_s": rate(watch), **cpu(watch, len(paths)), "load": load}
    if code != 0:
        bare["log_tail"] = tail(log)
    return bare, paths


def run(quick: bool = False, recrawl: bool = False) -> dict[str, Any]:
    """The crawl comparison on a mirror of 5,000 articles (300 with ``quick``); with
    ``recrawl`` also a second centerinform run over the same state, returned as "recrawl"."""
    articles = 200 if quick else 5000
    site = build_site(articles=articles, seed=1)
    workdir = Path(tempfile.mkdtemp(prefix="kznews-bench-crawl-"))
    out: dict[str, Any] = {"articles": articles, "settings": SHARED_SETTINGS}
    try:
        with serve(site, port=0) as server:
            kz = run_centerinform(server, workdir / "centerinform", timeout=3600,
                                  sample_rss=True)
            paths = kz.pop("_paths")
            out["_rss_samples"] = kz.pop("_watch").samples
            url_file = workdir / "urls.txt"
            url_file.write_text("".join(f"{server.url}{p}\n" for p in paths
                                        if p != "/robots.txt"), "utf-8")
            bare, bare_paths = run_bare(server, url_file, workdir / "bare")
            out["centerinform"] = kz
            out["bare_scrapy"] = bare
            out["same_requests"] = sorted(paths) == sorted(bare_paths)
            out["ratio"] = (round(kz["requests_per_s"] / bare["requests_per_s"], 3)
                            if bare["requests_per_s"] else None)
            if recrawl:
                out["recrawl"] = {"articles": articles,
                                  **second_run(server, workdir / "centerinform", kz)}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return out


def run_recrawl(quick: bool = False) -> dict[str, Any]:
    """Re-crawl cost alone (when the crawl section is not run): two centerinform runs."""
    articles = 200 if quick else 2000
    site = build_site(articles=articles, seed=1)
    workdir = Path(tempfile.mkdtemp(prefix="kznews-bench-recrawl-"))
    try:
        with serve(site, port=0) as server:
            first = run_centerinform(server, workdir, timeout=3600)
            first.pop("_paths")
            first.pop("_watch")
            return {"articles": articles, **second_run(server, workdir, first)}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
