"""End to end on a real Scrapyd: deploy/start-scrapyd.sh starts `scrapyd` from the venv on a free
loopback port with basic auth, `scrapyd-deploy` builds and uploads the kznews egg, and the
kznews scheduler runs `centerinform` twice against the offline mirror. The second job must
export nothing new: the pipelines deduplicate across jobs through KZNEWS_STATE_DIR."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kznews.schedule import (
    EXIT_OK,
    Scheduler,
    ScrapydAuthError,
    ScrapydClient,
    parse_config,
    urllib_http,
)

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
USER, PASSWORD = "kznews-e2e", "e2e-pw-not-a-secret"
ARTICLES = int(os.environ.get("KZNEWS_E2E_ARTICLES", "40"))  # 240 = the default mirror
JOB_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SCRAPY_", "SCRAPYD_")) and k.lower() not in ("http_proxy",)
    }
    env.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    env.update(extra)
    return env


@dataclass
class RunningScrapyd:
    url: str
    home: Path
    process: subprocess.Popen[bytes]
    console: Path

    def client(self) -> ScrapydClient:
        return ScrapydClient(self.url, "kznews", username=USER, password=PASSWORD, timeout=60)

    def tail(self, path: Path | None = None, lines: int = 60) -> str:
        path = path or self.console
        try:
            return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        except OSError as e:
            return f"<{path}: {e}>"


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[RunningScrapyd]:
    port = free_port()
    home = tmp_path / "scrapyd-home"
    console = tmp_path / "scrapyd-console.log"
    env = clean_env(
        SCRAPYD_HOME=str(home),
        SCRAPYD_HTTP_PORT=str(port),
        SCRAPYD_USERNAME=USER,
        SCRAPYD_PASSWORD=PASSWORD,
        SCRAPYD_BIN=str(BIN / "scrapyd"),
        SCRAPYD_POLL_INTERVAL="0.5",
    )
    with console.open("wb") as out:
        process = subprocess.Popen(
            ["bash", str(ROOT / "deploy" / "start-scrapyd.sh")],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: teardown also stops crawl children
        )
    running = RunningScrapyd(f"http://127.0.0.1:{port}/", home, process, console)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, f"scrapyd exited early:\n{running.tail()}"
            try:
                status, _ = urllib_http("GET", running.url + "daemonstatus.json", None, {}, 2.0)
                if status in (200, 401):
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"scrapyd did not answer:\n{running.tail()}"
            time.sleep(0.2)
        yield running
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGTERM)  # crawls still running after scrapyd left


def copy_project(dest: Path, url: str) -> Path:
    """The project as a user has it, with a scrapy.cfg deploy target for this Scrapyd."""
    dest.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "kznews", dest / "kznews", ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "requirements.txt", "README.md"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)
    (dest / "scrapy.cfg").write_text(
        "[settings]\ndefault = kznews.settings\n\n"
        f"[deploy:e2e]\nurl = {url}\nproject = kznews\n"
        "username = $SCRAPYD_USERNAME\npassword = $SCRAPYD_PASSWORD\n",
        encoding="utf-8",
    )
    return dest


def wait_finished(
    client: ScrapydClient, job_id: str, scrapyd: RunningScrapyd, timeout: float = JOB_TIMEOUT
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        states = {job.id: job.status for job in client.list_jobs()}
        if states.get(job_id) == "finished":
            return
        log = scrapyd.home / "logs" / "kznews" / "centerinform" / f"{job_id}.log"
        assert time.monotonic() < deadline, (
            f"job {job_id} not finished after {timeout:.0f}s (state {states.get(job_id)}):\n"
            f"{scrapyd.tail(log)}"
        )
        assert scrapyd.process.poll() is None, f"scrapyd died:\n{scrapyd.tail()}"
        time.sleep(0.5)


def feed_lines(feeds: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(feeds.glob("*/*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                record = json.loads(line)
            except ValueError as e:
                raise AssertionError(f"{path}:{number} is not JSON: {line[:120]!r}") from e
            assert isinstance(record, dict) and record.get("id"), f"{path}:{number} has no id"
            records.append(record)
    return records


class MovingClock:
    """Real time for the scheduler, plus ``skip`` to jump past the interval between jobs."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, 1.0))

    def skip(self, **kw: float) -> None:
        self.offset += timedelta(**kw)


def test_deploy_schedule_twice_on_real_scrapyd(
    scrapyd: RunningScrapyd, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Credentials are required.
    status, _ = urllib_http("GET", scrapyd.url + "listprojects.json", None, {}, 10)
    assert status == 401
    wrong = ScrapydClient(scrapyd.url, "kznews", username=USER, password="wrong", http=urllib_http)
    with pytest.raises(ScrapydAuthError, match="HTTP 401"):
        wrong.list_jobs()

    # Build the egg with scrapyd-deploy and check it carries the package data.
    project = copy_project(tmp_path / "project", scrapyd.url)
    egg = tmp_path / "kznews.egg"
    deploy_env = clean_env(SCRAPYD_USERNAME=USER, SCRAPYD_PASSWORD=PASSWORD)
    build = subprocess.run(
        [str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)],
        cwd=project,
        env=deploy_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    with zipfile.ZipFile(egg) as zf:
        names = set(zf.namelist())
        entry_points = zf.read("EGG-INFO/entry_points.txt").decode()
    seeds = {f"kznews/mirror/data/{p.name}" for p in (ROOT / "kznews/mirror/data").iterdir()}
    schemas = {f"kznews/schema/{p.name}" for p in (ROOT / "kznews").glob("schema/*.json")}
    assert seeds and seeds <= names, sorted(seeds - names)
    assert schemas <= names, sorted(schemas - names)
    assert "kznews/spiders/centerinform.py" in names
    assert not any(n.startswith(("tests/", "bench/")) for n in names)
    assert "settings = kznews.settings" in entry_points

    deploy = subprocess.run(
        [
            str(BIN / "scrapyd-deploy"),
            "e2e",
            "-p",
            "kznews",
            "--version",
            "e2e1",
            "--egg",
            str(egg),
        ],
        cwd=project,
        env=deploy_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    answer = json.loads(deploy.stdout)
    assert answer["status"] == "ok" and answer["spiders"] >= 1, answer

    from kznews.mirror import build_site, serve  # the project's offline copy of the outlet

    server = serve(build_site(articles=ARTICLES), port=0)
    try:
        data_dir = tmp_path / "kznews-data"
        feeds = data_dir / "feeds"
        schedule = {
            "scrapyd": {"url": scrapyd.url, "username": USER, "password": PASSWORD},
            "scheduler": {"state_file": str(tmp_path / "schedule-state.json")},
            "entry": [
                {
                    "name": "e2e",
                    "spider": "centerinform",
                    "interval": "1h",
                    "args": {"base_url": server.url},
                    "settings": {
                        "KZNEWS_FEEDS_DIR": str(feeds),
                        "KZNEWS_STATE_DIR": str(data_dir / "state"),
                        "KZNEWS_REPORTS_DIR": str(data_dir / "reports"),
                    },
                }
            ],
        }
        config = parse_config(schedule, base_dir=tmp_path, env={})
        client = scrapyd.client()
        clock = MovingClock()

        # First job: scheduled by the kznews scheduler; a second pass at once must not overlap.
        scheduler = Scheduler(config, clock=clock)
        started = time.monotonic()
        assert scheduler.run_once() == EXIT_OK
        first = scheduler.states["e2e"].last_job_id
        assert first and first.startswith("e2e.")
        clock.skip(hours=2)
        assert Scheduler(config, clock=clock).run_once() == EXIT_OK
        assert Scheduler(config, clock=clock).states["e2e"].last_job_id == first  # skipped
        assert [j.id for j in client.list_jobs() if j.id.startswith("e2e.")] == [first]
        wait_finished(client, first, scrapyd)
        first_seconds = time.monotonic() - started

        log = scrapyd.home / "logs" / "kznews" / "centerinform" / f"{first}.log"
        assert "Spider closed (finished)" in log.read_text(errors="replace"), scrapyd.tail(log)
        records = feed_lines(feeds)
        assert len(records) == ARTICLES, (len(records), scrapyd.tail(log))
        assert len({r["id"] for r in records}) == ARTICLES
        assert {p.parent.name for p in feeds.glob("*/*.jsonl")} <= {"ru", "en", "kk"}

        # Second job, after the interval: finishes, exports no new line.
        clock.skip(hours=2)
        scheduler = Scheduler(config, clock=clock)
        started = time.monotonic()
        assert scheduler.run_once() == EXIT_OK
        second = scheduler.states["e2e"].last_job_id
        assert second and second != first
        wait_finished(client, second, scrapyd)
        second_seconds = time.monotonic() - started
        assert len(feed_lines(feeds)) == ARTICLES
    finally:
        server.close()

    with capsys.disabled():
        print(
            f"\nscrapyd e2e: schedule.json -> finished: first job {first_seconds:.1f}s "
            f"({ARTICLES} articles), second job {second_seconds:.1f}s (0 new lines)"
        )
