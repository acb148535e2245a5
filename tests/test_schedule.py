"""kznews.schedule: due times, the overlap rule, backoff, state across restarts, the form sent to
Scrapyd, and retrying a real (stdlib) HTTP server on 127.0.0.1 that is down, then up."""

from __future__ import annotations

import base64
import json
import logging
import socket
import subprocess
import sys
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

import pytest

from kznews import schedule as sch
from kznews.schedule import (
    ConfigError,
    Entry,
    EntryState,
    Job,
    Scheduler,
    backoff_delay,
    find_blocking_job,
    next_due,
    parse_config,
    parse_interval,
    plan,
)

T0 = datetime(2026, 1, 5, 12, 3, 20, tzinfo=UTC)
DIRS = {
    "KZNEWS_FEEDS_DIR": "/srv/kznews/feeds",
    "KZNEWS_STATE_DIR": "/srv/kznews/state",
    "KZNEWS_REPORTS_DIR": "/srv/kznews/reports",
}


def entry(name: str = "ci", **kw: Any) -> Entry:
    kw.setdefault("spider", "centerinform")
    if "cron" not in kw and "interval" not in kw:
        kw["interval"] = timedelta(minutes=15)
    kw.setdefault("settings", dict(DIRS))
    return Entry(name=name, **kw)


def config_data(state_file: Path, **entry_kw: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"name": "ci", "spider": "centerinform", "interval": "15m"}
    item.update(entry_kw)
    return {
        "scrapyd": {"url": "http://127.0.0.1:6800", "username": "u", "password": "p"},
        "scheduler": {"state_file": str(state_file), "backoff_initial": 2, "backoff_max": 30},
        "defaults": {"settings": dict(DIRS)},
        "entry": [item],
    }


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.current = start
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self.current

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.current += timedelta(seconds=seconds)

    def advance(self, **kw: float) -> None:
        self.current += timedelta(**kw)


class FakeScrapyd:
    """An in-memory Scrapyd behind the injected HTTP function."""

    def __init__(self) -> None:
        self.jobs: dict[str, dict[str, str]] = {}  # id -> {"spider", "status"}
        self.requests: list[tuple[str, str, list[tuple[str, str]], Mapping[str, str]]] = []
        self.down = 0

    def __call__(
        self, method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float
    ) -> tuple[int, bytes]:
        parts = urlsplit(url)
        form = parse_qsl(body.decode() if body else parts.query, keep_blank_values=True)
        self.requests.append((method, parts.path, form, headers))
        if self.down:
            self.down -= 1
            raise ConnectionRefusedError(111, "Connection refused")
        if parts.path == "/listjobs.json":
            out: dict[str, Any] = {"status": "ok", "pending": [], "running": [], "finished": []}
            for job_id, job in self.jobs.items():
                out[job["status"]].append({"id": job_id, "spider": job["spider"]})
            return 200, json.dumps(out).encode()
        if parts.path == "/schedule.json":
            fields = dict(form)
            self.jobs[fields["jobid"]] = {"spider": fields["spider"], "status": "pending"}
            return 200, json.dumps({"status": "ok", "jobid": fields["jobid"]}).encode()
        return 404, b"{}"

    def scheduled(self) -> list[list[tuple[str, str]]]:
        return [form for _, path, form, _ in self.requests if path == "/schedule.json"]

    def set_status(self, status: str) -> None:
        for job in self.jobs.values():
            job["status"] = status


# ---------------------------------------------------------------------------- config


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("15m", 900), ("1h30m", 5400), ("2d", 172800), ("1w", 604800), (" 1H 5M ", 3900)],
)
def test_parse_interval(text: str, seconds: int) -> None:
    assert parse_interval(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "15", "m", "0s", "15 minutes", "1x", "-5m", "5m foo"])
def test_parse_interval_rejects(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_interval(text)


def test_config_env_references_and_defaults(tmp_path: Path) -> None:
    data = config_data(tmp_path / "s.json", args={"lang": ["ru", "en"], "follow_related": True})
    data["scrapyd"] = {"url": "${SCRAPYD_URL:-http://127.0.0.1:6800}", "project": "kznews"}
    data["defaults"]["settings"]["KZNEWS_STATE_DIR"] = "${KZ_HOME}/state"
    env = {"SCRAPYD_USERNAME": "bot", "SCRAPYD_PASSWORD": "s3cret", "KZ_HOME": "/var/lib/kz"}
    cfg = parse_config(data, base_dir=tmp_path, env=env)
    assert (cfg.url, cfg.username, cfg.password) == ("http://127.0.0.1:6800/", "bot", "s3cret")
    (e,) = cfg.entries
    assert e.settings["KZNEWS_STATE_DIR"] == "/var/lib/kz/state"
    assert e.args == {"lang": "ru,en", "follow_related": "1"}
    assert e.interval == timedelta(minutes=15)
    assert (cfg.backoff_initial, cfg.backoff_max) == (2.0, 30.0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"cron": "*/10 * * * *"}, "exactly one of"),
        ({"interval": None, "cron": "61 * * * *"}, "bad cron"),
        ({"settings": {"KZNEWS_FEEDS_DIR": "feeds"}}, "must be an absolute path"),
        ({"args": {"jobid": "x"}}, "reserved"),
        ({"name": "bad.name"}, "name"),
        ({"overlap": "never"}, "overlap"),
    ],
)
def test_config_rejects(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    data = config_data(tmp_path / "s.json")
    item = data["entry"][0]
    for key, value in change.items():
        if value is None:
            item.pop(key)
        else:
            item[key] = value
    with pytest.raises(ConfigError, match=message):
        parse_config(data, base_dir=tmp_path, env={})


def test_config_requires_every_dir_setting_and_set_env(tmp_path: Path) -> None:
    data = config_data(tmp_path / "s.json")
    del data["defaults"]["settings"]["KZNEWS_REPORTS_DIR"]
    with pytest.raises(ConfigError, match="KZNEWS_REPORTS_DIR is required"):
        parse_config(data, base_dir=tmp_path, env={})
    data = config_data(tmp_path / "s.json")
    data["scrapyd"]["password"] = "${NOT_SET_ANYWHERE}"
    with pytest.raises(ConfigError, match="NOT_SET_ANYWHERE is not set"):
        parse_config(data, base_dir=tmp_path, env={})


def test_relative_state_file_is_next_to_the_config(tmp_path: Path) -> None:
    data = config_data(Path("state/s.json"))
    assert parse_config(data, base_dir=tmp_path, env={}).state_file == tmp_path / "state/s.json"


# ---------------------------------------------------------------------------- due times


def test_interval_due_immediately_then_every_interval() -> None:
    e = entry(interval=timedelta(minutes=15))
    assert next_due(e, None, T0, UTC) == T0
    assert next_due(e, T0, T0, UTC) == T0 + timedelta(minutes=15)


def test_cron_due_next_match_after_anchor_in_zone() -> None:
    e = entry(cron="*/10 * * * *", interval=None)
    assert next_due(e, T0, T0, UTC) == datetime(2026, 1, 5, 12, 10, tzinfo=UTC)
    daily = entry(cron="0 6 * * *", interval=None)  # 06:00 in Almaty (UTC+5 since 2024)
    almaty = ZoneInfo("Asia/Almaty")
    due = next_due(daily, T0, T0, almaty)
    assert due.astimezone(almaty).hour == 6 and due > T0
    assert due - T0 < timedelta(days=1)


def test_plan_registers_cron_then_fires_once_even_after_long_downtime() -> None:
    e = entry(cron="*/10 * * * *", interval=None)
    (d,) = plan([e], {}, [], T0)
    assert d.action == "register" and d.due_at == datetime(2026, 1, 5, 12, 10, tzinfo=UTC)
    states = {"ci": EntryState(anchor=T0)}
    (d,) = plan([e], states, [], T0 + timedelta(minutes=5))
    assert d.action == "wait"
    (d,) = plan([e], states, [], T0 + timedelta(hours=5))  # 30 occurrences missed: one run
    assert d.action == "schedule" and d.due_at == datetime(2026, 1, 5, 12, 10, tzinfo=UTC)
    (d,) = plan([e], {}, [], T0, force=True)
    assert d.action == "schedule"


# ---------------------------------------------------------------------------- overlap rule


@pytest.mark.parametrize("status", ["pending", "running"])
def test_previous_job_pending_or_running_blocks(status: str) -> None:
    e = entry()
    states = {"ci": EntryState(anchor=T0 - timedelta(hours=1), last_job_id="uuid-from-scrapyd")}
    jobs = [Job("uuid-from-scrapyd", "centerinform", status)]  # type: ignore[arg-type]
    (d,) = plan([e], states, jobs, T0)
    assert d.action == "skip" and d.blocker == jobs[0]


def test_finished_job_does_not_block() -> None:
    states = {"ci": EntryState(anchor=T0 - timedelta(hours=1), last_job_id="j1")}
    (d,) = plan([entry()], states, [Job("j1", "centerinform", "finished")], T0)
    assert d.action == "schedule"


def test_entry_prefix_blocks_without_state_and_is_exact() -> None:
    e, e_ru = entry("ci"), entry("ci-ru")
    jobs = [Job("ci-ru.20260105T120000Z", "centerinform", "running")]
    assert find_blocking_job(e, None, jobs) is None  # "ci." is not a prefix of "ci-ru.…"
    assert find_blocking_job(e_ru, None, jobs) == jobs[0]
    other_spider = [Job("ci.20260105T120000Z", "otherspider", "running")]
    assert find_blocking_job(e, None, other_spider) is None
    manual = [Job("0f3c9a", "centerinform", "pending")]  # scheduled by hand with curl
    assert find_blocking_job(e, None, manual) is None
    assert find_blocking_job(entry(overlap="spider"), None, manual) == manual[0]


def test_overlap_spider_counts_jobs_scheduled_earlier_in_the_same_pass(tmp_path: Path) -> None:
    latest, deep = entry("latest"), entry("deep", overlap="spider")
    decisions = plan([latest, deep], {}, [], T0)
    assert [d.action for d in decisions] == ["schedule", "skip"]
    assert decisions[1].blocker == Job("latest.20260105T120320Z", "centerinform", "pending")

    fake, clock = FakeScrapyd(), FakeClock()
    data = config_data(tmp_path / "state.json")
    data["entry"].append(
        {"name": "deep", "spider": "centerinform", "interval": "1h", "overlap": "spider"}
    )
    cfg = parse_config(data, base_dir=tmp_path, env={})
    Scheduler(cfg, http=fake, clock=clock).run_pass()
    assert [dict(f)["jobid"] for f in fake.scheduled()] == ["ci.20260105T120320Z"]


# ---------------------------------------------------------------------------- backoff


def test_backoff_grows_doubles_and_caps() -> None:
    top = [backoff_delay(n, 5, 300, lambda: 1.0) for n in range(1, 10)]
    assert top == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    low = [backoff_delay(n, 5, 300, lambda: 0.0) for n in range(1, 10)]
    assert low == [t / 2 for t in top]  # jitter stays in the upper half
    assert backoff_delay(10_000, 5, 300, lambda: 0.999) <= 300  # no overflow for long outages


# ---------------------------------------------------------------------------- scheduler runs


def make_scheduler(
    tmp_path: Path, fake: FakeScrapyd, clock: FakeClock, **entry_kw: Any
) -> Scheduler:
    cfg = parse_config(config_data(tmp_path / "state.json", **entry_kw), base_dir=tmp_path, env={})
    return Scheduler(cfg, http=fake, clock=clock, rand=lambda: 1.0)


def test_settings_and_args_reach_schedule_json(tmp_path: Path) -> None:
    fake, clock = FakeScrapyd(), FakeClock()
    s = make_scheduler(
        tmp_path,
        fake,
        clock,
        args={"base_url": "http://127.0.0.1:8000", "max_pages": 3},
        settings={"LOG_LEVEL": "INFO", "CLOSESPIDER_TIMEOUT": "600"},
    )
    s.run_pass()
    (form,) = fake.scheduled()
    assert ("project", "kznews") in form and ("spider", "centerinform") in form
    assert ("jobid", "ci.20260105T120320Z") in form
    settings = sorted(v for k, v in form if k == "setting")
    assert settings == sorted(
        ["LOG_LEVEL=INFO", "CLOSESPIDER_TIMEOUT=600"] + [f"{k}={v}" for k, v in DIRS.items()]
    )
    assert ("base_url", "http://127.0.0.1:8000") in form and ("max_pages", "3") in form
    headers = fake.requests[-1][3]
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"u:p").decode()


def test_state_survives_restart_and_overlap_is_respected(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kznews.schedule")
    fake, clock = FakeScrapyd(), FakeClock()
    make_scheduler(tmp_path, fake, clock).run_pass()
    assert len(fake.scheduled()) == 1
    saved = json.loads((tmp_path / "state.json").read_text())
    assert saved["entries"]["ci"]["last_job_id"] == "ci.20260105T120320Z"

    # Restart while the job runs and the next occurrence is due: skipped, occurrence consumed.
    fake.set_status("running")
    clock.advance(minutes=16)
    restarted = make_scheduler(tmp_path, fake, clock)
    assert restarted.states["ci"].last_job_id == "ci.20260105T120320Z"
    restarted.run_pass()
    assert len(fake.scheduled()) == 1
    assert "entry=ci skipped: previous job ci.20260105T120320Z running" in caplog.text

    # State file lost, job still pending: the entry's job id prefix still blocks it.
    (tmp_path / "state.json").unlink()
    fake.set_status("pending")
    clock.advance(minutes=16)
    make_scheduler(tmp_path, fake, clock).run_pass()
    assert len(fake.scheduled()) == 1

    # Finished and due again: scheduled.
    fake.set_status("finished")
    clock.advance(minutes=16)
    again = make_scheduler(tmp_path, fake, clock)
    wake = again.run_pass()
    assert len(fake.scheduled()) == 2
    assert wake == clock.now() + timedelta(minutes=15)
    assert "entry=ci scheduled: job=ci.20260105T125120Z" in caplog.text


def test_scrapyd_down_backs_off_without_consuming_the_occurrence(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kznews.schedule")
    fake, clock = FakeScrapyd(), FakeClock()
    fake.down = 4
    s = make_scheduler(tmp_path, fake, clock)
    s.run_forever(max_passes=6)
    assert clock.sleeps[:4] == [2, 4, 8, 16]  # backoff_initial=2, rand=1.0
    assert len(fake.scheduled()) == 1
    assert "scrapyd down (connection refused), retry in 2.0s (attempt 1)" in caplog.text
    assert "scrapyd is back after 4 failed attempt(s)" in caplog.text
    assert clock.sleeps[4] == 60  # then sleeps until due, at most max_sleep


def test_run_once_gives_up_with_tempfail(tmp_path: Path) -> None:
    fake, clock = FakeScrapyd(), FakeClock()
    fake.down = 100
    s = make_scheduler(tmp_path, fake, clock)
    assert s.run_once() == sch.EXIT_TEMPFAIL
    assert len(clock.sleeps) == s.config.once_attempts - 1
    assert not (tmp_path / "state.json").exists()


def test_dry_run_schedules_nothing_and_writes_no_state(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kznews.schedule")
    fake, clock = FakeScrapyd(), FakeClock()
    cfg = parse_config(config_data(tmp_path / "state.json"), base_dir=tmp_path, env={})
    assert Scheduler(cfg, http=fake, clock=clock, dry_run=True).run_once() == 0
    assert fake.scheduled() == [] and not (tmp_path / "state.json").exists()
    assert "dry run: would schedule: -d project=kznews -d spider=centerinform" in caplog.text


def test_scrapyd_error_consumes_occurrence_and_auth_error_is_fatal(tmp_path: Path) -> None:
    clock = FakeClock()

    def refusing(method: str, url: str, *_: Any) -> tuple[int, bytes]:
        if url.endswith("schedule.json"):
            return 200, b'{"status": "error", "message": "spider \'centerinform\' not found"}'
        return 200, b'{"status": "ok", "pending": [], "running": [], "finished": []}'

    cfg = parse_config(config_data(tmp_path / "state.json"), base_dir=tmp_path, env={})
    s = Scheduler(cfg, http=refusing, clock=clock)
    s.run_pass()
    assert s.states["ci"].anchor == T0 and s.states["ci"].last_job_id is None

    s = Scheduler(cfg, http=lambda *_: (401, b"Unauthorized"), clock=clock)
    with pytest.raises(sch.ScrapydAuthError):
        s.run_pass()


def test_cli_config_error_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "schedule.toml"
    bad.write_text('[[entry]]\nspider = "centerinform"\ninterval = "soon"\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "kznews.schedule", "--config", str(bad), "--once"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == sch.EXIT_CONFIG
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "config error: entry 'centerinform': bad interval 'soon'" in err[0]


def test_example_schedule_toml_is_valid() -> None:
    example = Path(__file__).resolve().parent.parent / "deploy" / "schedule.example.toml"
    env = {"SCRAPYD_USERNAME": "kznews", "SCRAPYD_PASSWORD": "x", "KZNEWS_HOME": "/srv/kznews"}
    cfg = sch.load_config(example, env=env)
    assert cfg.entries and all(
        Path(e.settings[k]).is_absolute() for e in cfg.entries for k in sch.DIR_SETTINGS
    )


# ---------------------------------------------------------------------------- real HTTP server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class FlakyScrapydHandler(BaseHTTPRequestHandler):
    """Answers 503 for the first ``server.unavailable`` requests, then like Scrapyd (basic auth
    on), recording what schedule.json received."""

    server: FlakyServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self, form: list[tuple[str, str]]) -> None:
        if self.server.unavailable > 0:
            self.server.unavailable -= 1
            self._reply(503, {"status": "error", "message": "starting"})
            return
        token = base64.b64encode(b"kznews:pw").decode()
        if self.headers.get("Authorization") != f"Basic {token}":
            self._reply(401, {"status": "error"})
            return
        path = urlsplit(self.path).path
        if path == "/listjobs.json":
            self._reply(200, {"status": "ok", "pending": [], "running": [], "finished": []})
        elif path == "/schedule.json":
            self.server.scheduled.append(form)
            self._reply(200, {"status": "ok", "jobid": dict(form)["jobid"]})
        else:
            self._reply(404, {"status": "error"})

    def do_GET(self) -> None:
        self._handle(parse_qsl(urlsplit(self.path).query))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self._handle(parse_qsl(self.rfile.read(length).decode()))


class FlakyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, unavailable: int) -> None:
        super().__init__(("127.0.0.1", port), FlakyScrapydHandler)
        self.unavailable = unavailable
        self.scheduled: list[list[tuple[str, str]]] = []


def test_real_http_refused_then_503_then_up(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kznews.schedule")
    port = free_port()
    servers: list[FlakyServer] = []
    threads: list[threading.Thread] = []

    class StartingClock(FakeClock):
        def sleep(self, seconds: float) -> None:
            super().sleep(seconds)
            if not servers:  # Scrapyd comes up during the first back-off, answering 503 twice
                server = FlakyServer(port, unavailable=2)
                thread = threading.Thread(
                    target=server.serve_forever, kwargs={"poll_interval": 0.05}
                )
                thread.start()
                servers.append(server)
                threads.append(thread)

    data = config_data(tmp_path / "state.json", args={"lang": "ru"})
    data["scrapyd"] = {"url": f"http://127.0.0.1:{port}/", "username": "kznews", "password": "pw"}
    data["scrapyd"]["timeout"] = 5
    cfg = parse_config(data, base_dir=tmp_path, env={})
    clock = StartingClock()
    try:
        assert Scheduler(cfg, clock=clock, rand=lambda: 0.5).run_once() == 0
    finally:
        for server, thread in zip(servers, threads, strict=True):
            server.shutdown()
            thread.join(5)
            server.server_close()
    assert clock.sleeps == [1.5, 3.0, 6.0]  # 2, 4, 8 with jitter 0.75
    assert "scrapyd down (connection refused), retry in 1.5s (attempt 1)" in caplog.text
    assert "scrapyd down (HTTP 503), retry in 3.0s (attempt 2)" in caplog.text
    (form,) = servers[0].scheduled
    assert ("lang", "ru") in form and ("setting", "KZNEWS_STATE_DIR=/srv/kznews/state") in form
    assert json.loads((tmp_path / "state.json").read_text())["entries"]["ci"]["last_job_id"]
