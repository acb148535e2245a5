"""Running the spider the way a user does: ``python -m scrapy crawl`` in a subprocess."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict[str, Any]]
    stderr: str
    workdir: Path
    report_path: Path | None = None

    def feed_lines(self) -> list[dict[str, Any]]:
        """Every line of every per-language feed file, parsed (raises on a cut line)."""
        out = []
        for path in sorted((self.workdir / "feeds").glob("*/*.jsonl")):
            for line in path.read_text("utf-8").splitlines():
                out.append(json.loads(line))
        return out

    def report(self) -> dict[str, Any]:
        """This run's end-of-crawl report."""
        if self.report_path is None:
            return {}
        return json.loads(self.report_path.read_text("utf-8"))  # type: ignore[no-any-return]


def crawl_command(base_url: str, workdir: Path, *args: str, out: str = "out.jsonl",
                  settings: dict[str, str] | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "centerinform", "-a", f"base_url={base_url}",
           "-s", f"KZNEWS_STATE_DIR={workdir / 'state'}",
           "-s", f"KZNEWS_FEEDS_DIR={workdir / 'feeds'}",
           "-s", f"KZNEWS_REPORTS_DIR={workdir / 'reports'}",
           "-s", "LOG_LEVEL=INFO", "-s", "AUTOTHROTTLE_ENABLED=0"]
    for key, value in (settings or {}).items():
        cmd += ["-s", f"{key}={value}"]
    if out:
        cmd += ["-O", str(workdir / out)]
    return cmd + list(args)


def run_crawl(base_url: str, workdir: Path, *args: str, out: str = "out.jsonl",
              settings: dict[str, str] | None = None, timeout: float = 300) -> CrawlResult:
    workdir.mkdir(parents=True, exist_ok=True)
    before = set((workdir / "reports").glob("*.json"))
    proc = subprocess.run(crawl_command(base_url, workdir, *args, out=out, settings=settings),
                          cwd=REPO, capture_output=True, text=True, timeout=timeout)
    items: list[dict[str, Any]] = []
    path = workdir / out
    if out and path.exists():
        items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    new = sorted(set((workdir / "reports").glob("*.json")) - before)
    return CrawlResult(proc.returncode, items, proc.stderr, workdir, new[-1] if new else None)


def redis_worker(base_url: str, workdir: Path, name: str, redis_url: str, *args: str,
                 out: str | None = None, ttl: str = "2",
                 **settings: str) -> subprocess.Popen[str]:
    """One distributed-mode ``scrapy crawl`` worker in the background, its log in
    ``workdir/<name>.log``; workers given one workdir share feeds, state and reports.
    ``out`` defaults to ``<name>.jsonl`` ("" writes no -O file); ``ttl`` is the seconds
    without heartbeat before the worker counts as dead."""
    workdir.mkdir(parents=True, exist_ok=True)
    cmd = crawl_command(base_url, workdir, "-a", "max_pages=1000", *args,
                        out=f"{name}.jsonl" if out is None else out,
                        settings={"KZNEWS_REDIS_URL": redis_url, "KZNEWS_REDIS_WORKER_TTL": ttl,
                                  "KZNEWS_PROGRESS": "off", **settings})
    with open(workdir / f"{name}.log", "w") as log:  # the child keeps its own descriptor
        return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=log,
                                text=True)


def wait_log(proc: subprocess.Popen[str], workdir: Path, name: str,
             timeout: float = 240) -> str:
    """Wait for a :func:`redis_worker` and return its log."""
    proc.wait(timeout=timeout)
    return (workdir / f"{name}.log").read_text("utf-8")


@contextlib.contextmanager
def tmpfs(mount: Path, size: str) -> Iterator[Path]:
    """A ``size`` tmpfs at ``mount`` (a full disk on demand; the tests run as root), unmounted
    after."""
    mount.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if proc.returncode:  # pragma: no cover - CI runs as root
        pytest.skip(f"cannot mount a tmpfs (needs root): {proc.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def spawned_children(parent: int) -> list[int]:
    """The multiprocessing children of process ``parent`` (Linux's /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and b"multiprocessing.spawn" in cmdline:
            out.append(int(entry.name))
    return out


def alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting to be reaped does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def assert_gone(pids: list[int], seconds: float = 30) -> None:
    """Every process of ``pids`` ends within ``seconds`` (a crawl's workers after it died)."""
    deadline = time.monotonic() + seconds
    while [pid for pid in pids if alive(pid)]:
        assert time.monotonic() < deadline, f"process(es) {pids} outlived the killed crawl"
        time.sleep(0.05)  # polling for a condition, not timing a result



WORKER_FROM_THE_FIRST_PAGE = {"KZNEWS_EXTRACT_WORKERS": "1", "KZNEWS_EXTRACT_WORKERS_AFTER": "0",
                              "KZNEWS_PROGRESS": "off"}


def wait_for(found: Callable[[], list[int]], proc: subprocess.Popen[Any], why: str
             ) -> list[int]:
    """Until ``found()`` is not empty (its value), while ``proc`` runs."""
    deadline = time.monotonic() + 120
    while not (result := found()):
        assert proc.poll() is None, why
        assert time.monotonic() < deadline, why
        time.sleep(0.02)  # polling for a condition, not timing a result
    return result


@contextlib.contextmanager
def crawl_with_a_worker(base_url: str, workdir: Path, *args: str, group: bool = False
                        ) -> Iterator[tuple[subprocess.Popen[str], list[int]]]:
    """A crawl in the background reading its article pages in one worker process from the
    first page on, its log in ``workdir/crawl.log`` (``group``: in a process group of its
    own): (the crawl, its worker pids) once the worker runs. Killed on the way out if it
    still runs."""
    workdir.mkdir(parents=True, exist_ok=True)
    with open(workdir / "crawl.log", "w") as log:
        proc = subprocess.Popen(crawl_command(base_url, workdir, *args,
                                              settings=WORKER_FROM_THE_FIRST_PAGE),
                                cwd=REPO, stdout=log, stderr=subprocess.STDOUT, text=True,
                                start_new_session=group)
        try:
            yield proc, wait_for(lambda: spawned_children(proc.pid), proc,
                                 "the crawl never started its worker")
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
