"""What every benchmark section shares: the machine, load, timing and process helpers."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def load_average() -> list[float]:
    """1, 5 and 15 minute load averages (the machine is shared: numbers are noisy)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # pragma: no cover - not on Linux
        return []


def machine() -> dict[str, Any]:
    """The machine a result was measured on."""
    info: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_mb"] = int(line.split()[1]) // 1024
                break
    except OSError:  # pragma: no cover - not on Linux
        pass
    versions = {}
    for name in ("scrapy", "lxml", "parsel", "trafilatura"):
        try:
            module = __import__(name)
            versions[name] = getattr(module, "__version__", "?")
        except ImportError:
            versions[name] = None
    info["versions"] = versions
    return info


def best_of(repeats: int, func: Callable[[], Any]) -> tuple[float, list[float]]:
    """Run ``func`` ``repeats`` times; the fastest wall time (least disturbed by other load)
    and every time, in seconds."""
    times = []
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times), times


def interleaved(repeats: int, funcs: dict[str, Callable[[], Any]]) -> dict[str, list[float]]:
    """Like :func:`best_of` for several functions, run in turns (a, b, c, a, b, c …) so that a
    burst of load from elsewhere on the machine hits them alike. Seconds of every run."""
    times: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(max(1, repeats)):
        for name, func in funcs.items():
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)
    return times


def env(repo: Path = REPO) -> dict[str, str]:
    """The environment for a crawl subprocess: ``repo`` (this checkout unless another is
    compared) importable, output unbuffered."""
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), out.get("PYTHONPATH", "")]))
    out["PYTHONUNBUFFERED"] = "1"
    out.pop("SCRAPY_SETTINGS_MODULE", None)
    return out


def rss_of_tree(pid: int) -> int | None:
    """Resident set size in bytes of a process and its children (None once it is gone)."""
    try:
        import psutil
    except ImportError:  # /proc fallback: the process alone
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            return None
        return None
    try:
        proc = psutil.Process(pid)
        total = proc.memory_info().rss
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return int(total)
    except psutil.Error:
        return None


@dataclass
class Watch:
    """Samples a running server's request count (and optionally a process's RSS) on a thread.

    ``first``/``last``: when the first and the last request were seen, so that a crawl's rate
    excludes interpreter start-up and shutdown.
    """

    requests: list[str]
    interval: float = 0.02
    pid: int | None = None
    rss_interval: float = 1.0
    first: float | None = None
    last: float | None = None
    cpu_seconds: float | None = None  # user + system time of the watched process, when known
    samples: list[dict[str, Any]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._start_len = len(self.requests)
        self._t0 = time.perf_counter()
        self._thread = threading.Thread(target=self._run, daemon=True, name="bench-watch")
        self._thread.start()

    def _run(self) -> None:
        seen = self._start_len
        next_rss = 0.0
        while not self._stop.is_set():
            now = time.perf_counter()
            count = len(self.requests)
            if count != seen:
                if self.first is None:
                    self.first = now
                self.last = now
                seen = count
            if self.pid is not None and now >= next_rss:
                rss = rss_of_tree(self.pid)
                if rss is not None:
                    self.samples.append({"t": round(now - self._t0, 2), "rss": rss,
                                         "requests": count - self._start_len})
                next_rss = now + self.rss_interval
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    @property
    def count(self) -> int:
        return len(self.requests) - self._start_len

    @property
    def active_seconds(self) -> float:
        if self.first is None or self.last is None:
            return 0.0
        return self.last - self.first


def run_process(cmd: list[str], cwd: Path, log: Path, requests: list[str],
                timeout: float, sample_rss: bool = False, repo: Path = REPO
                ) -> tuple[int, float, Watch]:
    """Run one crawl command with its output in ``log``; exit status, wall seconds, watch
    (with the command's CPU seconds: on a shared machine they vary less than its rate)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        before = children_cpu()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                env=env(repo))
        watch = Watch(requests, pid=proc.pid if sample_rss else None)
        watch.start()
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = -9
        finally:
            watch.stop()
        wall = time.perf_counter() - start
        watch.cpu_seconds = children_cpu() - before
    return code, wall, watch


def children_cpu() -> float:
    """User + system seconds of the waited-for child processes of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tail(path: Path, chars: int = 2000) -> str:
    try:
        return path.read_text("utf-8", "replace")[-chars:]
    except OSError:
        return ""


def run_header(quick: bool) -> dict[str, Any]:
    """What every results file starts with: when (UTC), how big, on what, under what load."""
    from datetime import UTC, datetime

    return {"date": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "quick": quick, "machine": machine(), "load_start": load_average()}


def write_results(out: Path, stem: str, results: dict[str, Any], text: str) -> Path:
    """``out/<date><stem>[-quick].json`` with every number; the table and the path printed."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{results['date'][:10]}{stem}{'-quick' if results['quick'] else ''}.json"
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(text)
    print(f"\nresults: {path}")
    return path
