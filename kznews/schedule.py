"""Periodic kznews crawls on Scrapyd.

    python -m kznews.schedule --config schedule.toml [--once] [--dry-run] [--now] [-v]

Reads a TOML file of entries (spider, args, settings and either ``cron`` or ``interval``) and
calls Scrapyd's ``schedule.json`` when an entry is due. Rules, safe by default:

* an entry is never scheduled while its previous job is pending or running; the previous job is
  found by the job id Scrapyd returned (kept in a small JSON state file) and by the job id prefix
  ``<entry>.`` the scheduler gives every job, so a restarted scheduler still sees it;
* a due occurrence that is skipped for that reason is consumed (the next one is the next cron
  time or interval), like ``flock -n`` in a crontab;
* Scrapyd being down (connection refused, timeout, 5xx) is retried with capped, jittered
  exponential backoff; the occurrence is not consumed, so it runs as soon as Scrapyd is back;
* every job must write feeds, state and reports to absolute directories (``KZNEWS_FEEDS_DIR``,
  ``KZNEWS_STATE_DIR``, ``KZNEWS_REPORTS_DIR``) so that repeated jobs deduplicate against each
  other whatever the working directory of Scrapyd is.

The decision logic (:func:`next_due`, :func:`find_blocking_job`, :func:`plan`,
:func:`backoff_delay`) is pure; I/O goes through an injected clock and an injected HTTP function
(:func:`urllib_http` in production), so all of it is unit-testable.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import fcntl
import json
import logging
import os
import random
import re
import sys
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter

from kznews.redact import mask_credentials

log = logging.getLogger("kznews.schedule")

#: Settings that must point to absolute directories in every scheduled job.
DIR_SETTINGS = ("KZNEWS_FEEDS_DIR", "KZNEWS_STATE_DIR", "KZNEWS_REPORTS_DIR")
#: Form fields of schedule.json (or keys of Scrapyd's queue message) a spider argument may not use.
RESERVED_ARGS = frozenset(
    {"project", "spider", "jobid", "setting", "settings", "priority", "name", "_version", "_job"}
)
ENTRY_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
ENV_REF_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
INTERVAL_RE = re.compile(r"(\d+)\s*([smhdw])")
INTERVAL_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
JOB_STAMP = "%Y%m%dT%H%M%SZ"
STATE_VERSION = 1

EXIT_OK = 0
EXIT_CONFIG = 2
EXIT_TEMPFAIL = 75  # sysexits.h EX_TEMPFAIL: Scrapyd down, or another scheduler holds the lock


# --------------------------------------------------------------------------------------------
# Errors


class ConfigError(Exception):
    """The schedule file is invalid; the message is one line for the user."""


class ScrapydDown(Exception):
    """Scrapyd did not answer (connection refused, timeout, 5xx): retry later."""


class ScrapydAuthError(Exception):
    """Scrapyd refused the credentials (401/403): retrying does not help."""


class ScrapydError(Exception):
    """Scrapyd answered ``{"status": "error"}`` (unknown project/spider, bad argument...)."""


# --------------------------------------------------------------------------------------------
# Configuration


@dataclass(frozen=True)
class Entry:
    name: str
    spider: str
    cron: str | None = None
    interval: timedelta | None = None
    args: Mapping[str, str] = field(default_factory=dict)
    settings: Mapping[str, str] = field(default_factory=dict)
    priority: float | None = None
    #: ``"entry"``: only this entry's jobs block it; ``"spider"``: any job of the same spider does.
    overlap: Literal["entry", "spider"] = "entry"

    @property
    def job_prefix(self) -> str:
        return f"{self.name}."

    def describe(self) -> str:
        return f"cron '{self.cron}'" if self.cron else f"every {format_interval(self.interval)}"


@dataclass(frozen=True)
class Config:
    url: str
    project: str
    entries: tuple[Entry, ...]
    state_file: Path
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    timezone: tzinfo = UTC
    backoff_initial: float = 5.0
    backoff_max: float = 300.0
    once_attempts: int = 5
    max_sleep: float = 60.0


def parse_interval(text: str) -> timedelta:
    """``"90s"``, ``"15m"``, ``"1h30m"``, ``"2d"``, ``"1w"`` -> timedelta (at least one second)."""
    compact = text.strip().lower()
    pos, seconds = 0, 0
    for match in INTERVAL_RE.finditer(compact):
        if compact[pos : match.start()].strip():
            break
        seconds += int(match.group(1)) * INTERVAL_UNITS[match.group(2)]
        pos = match.end()
    if pos == 0 or compact[pos:].strip() or seconds < 1:
        raise ConfigError(f"bad interval {text!r}: use e.g. '90s', '15m', '1h30m', '2d'")
    return timedelta(seconds=seconds)


def format_interval(value: timedelta | None) -> str:
    if value is None:
        return "-"
    seconds = int(value.total_seconds())
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts) or "0s"


def expand_env(value: str, env: Mapping[str, str], where: str) -> str:
    """Replace ``${NAME}`` / ``${NAME:-default}`` with the environment's values."""

    def repl(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in env and env[name] != "":
            return env[name]
        if default is not None:
            return default
        raise ConfigError(f"{where}: environment variable {name} is not set")

    return ENV_REF_RE.sub(repl, value)


def _as_str(value: Any, env: Mapping[str, str], where: str) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return expand_env(value, env, where)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ",".join(_as_str(v, env, where) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    raise ConfigError(f"{where}: unsupported value {value!r}")


def _table(data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}.{key} must be a table")
    return value


def _str_map(raw: Mapping[str, Any], env: Mapping[str, str], where: str) -> dict[str, str]:
    return {str(k): _as_str(v, env, f"{where}.{k}") for k, v in raw.items()}


def _number(value: Any, where: str, minimum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ConfigError(f"{where} must be a number >= {minimum}")
    return float(value)


def _entry(raw: Any, index: int, defaults: Mapping[str, Any], env: Mapping[str, str]) -> Entry:
    if not isinstance(raw, dict):
        raise ConfigError(f"entry #{index + 1} must be a table")
    spider = raw.get("spider")
    if not isinstance(spider, str) or not spider:
        raise ConfigError(f"entry #{index + 1}: 'spider' is required")
    name = raw.get("name", spider)
    if not isinstance(name, str) or not ENTRY_NAME_RE.match(name):
        raise ConfigError(
            f"entry #{index + 1}: name {name!r} must be letters, digits, '_' or '-' (max 64)"
        )
    where = f"entry {name!r}"
    cron, interval = raw.get("cron"), raw.get("interval")
    if (cron is None) == (interval is None):
        raise ConfigError(f"{where}: give exactly one of 'cron' or 'interval'")
    if cron is not None and (not isinstance(cron, str) or not croniter.is_valid(cron)):
        raise ConfigError(f"{where}: bad cron expression {cron!r}")
    if interval is not None and not isinstance(interval, str):
        raise ConfigError(f"{where}: interval must be a string like '15m'")
    try:
        every = parse_interval(interval) if interval is not None else None
    except ConfigError as e:
        raise ConfigError(f"{where}: {e}") from None

    args = _str_map(_table(defaults, "args", "defaults"), env, "defaults.args")
    args.update(_str_map(_table(raw, "args", where), env, f"{where}.args"))
    bad = sorted(RESERVED_ARGS & args.keys())
    if bad:
        raise ConfigError(f"{where}: argument name(s) {', '.join(bad)} are reserved by Scrapyd")
    settings = _str_map(_table(defaults, "settings", "defaults"), env, "defaults.settings")
    settings.update(_str_map(_table(raw, "settings", where), env, f"{where}.settings"))
    for key in DIR_SETTINGS:
        value = settings.get(key)
        if not value:
            raise ConfigError(f"{where}: setting {key} is required (an absolute directory)")
        if not os.path.isabs(value):
            raise ConfigError(f"{where}: setting {key}={value!r} must be an absolute path")
    for key in settings:
        if not key or "=" in key:
            raise ConfigError(f"{where}: bad setting name {key!r}")

    overlap = raw.get("overlap", defaults.get("overlap", "entry"))
    if overlap not in ("entry", "spider"):
        raise ConfigError(f"{where}: overlap must be 'entry' or 'spider'")
    priority = raw.get("priority")
    return Entry(
        name=name,
        spider=spider,
        cron=cron,
        interval=every,
        args=args,
        settings=settings,
        priority=None if priority is None else _number(priority, f"{where}.priority", -1e9),
        overlap=overlap,
    )


def parse_config(
    data: Mapping[str, Any], *, base_dir: Path, env: Mapping[str, str] | None = None
) -> Config:
    """Validate a parsed schedule file. ``base_dir`` resolves a relative ``state_file``."""
    env = os.environ if env is None else env
    scrapyd = _table(data, "scrapyd", "")
    sched = _table(data, "scheduler", "")
    defaults = _table(data, "defaults", "")

    url = expand_env(str(scrapyd.get("url", "http://127.0.0.1:6800/")), env, "scrapyd.url")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"scrapyd.url {url!r} must be an http(s) URL")
    if parts.username or parts.password:
        raise ConfigError("scrapyd.url must not hold credentials; use scrapyd.username/password")
    if not url.endswith("/"):
        url += "/"
    project = expand_env(str(scrapyd.get("project", "kznews")), env, "scrapyd.project")

    username = scrapyd.get("username", "${SCRAPYD_USERNAME:-}")
    password = scrapyd.get("password", "${SCRAPYD_PASSWORD:-}")
    username = expand_env(str(username), env, "scrapyd.username") or None
    password = expand_env(str(password), env, "scrapyd.password") or None
    if bool(username) != bool(password):
        raise ConfigError("scrapyd: set both username and password (or neither)")

    tz_name = str(sched.get("timezone", "UTC"))
    try:
        tz: tzinfo = UTC if tz_name == "UTC" else ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(f"scheduler.timezone: unknown zone {tz_name!r}") from e

    state_file = Path(
        expand_env(str(sched.get("state_file", "schedule-state.json")), env, "state_file")
    ).expanduser()
    if not state_file.is_absolute():
        state_file = base_dir / state_file

    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list) or not raw_entries:
        raise ConfigError("no [[entry]] in the schedule file")
    entries = tuple(_entry(raw, i, defaults, env) for i, raw in enumerate(raw_entries))
    names = [e.name for e in entries]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"duplicate entry name(s): {', '.join(dupes)}")

    backoff_initial = _number(sched.get("backoff_initial", 5), "scheduler.backoff_initial", 0.01)
    backoff_max = _number(sched.get("backoff_max", 300), "scheduler.backoff_max", backoff_initial)
    return Config(
        url=url,
        project=project,
        entries=entries,
        state_file=state_file,
        username=username,
        password=password,
        timeout=_number(scrapyd.get("timeout", 30), "scrapyd.timeout", 0.1),
        timezone=tz,
        backoff_initial=backoff_initial,
        backoff_max=backoff_max,
        once_attempts=int(_number(sched.get("once_attempts", 5), "scheduler.once_attempts", 1)),
        max_sleep=_number(sched.get("max_sleep", 60), "scheduler.max_sleep", 0.01),
    )


def load_config(path: Path, env: Mapping[str, str] | None = None) -> Config:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror or e}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: {e}") from e
    return parse_config(data, base_dir=path.resolve().parent, env=env)


# --------------------------------------------------------------------------------------------
# Pure decision logic


@dataclass
class EntryState:
    #: Time of the last consumed occurrence (scheduled or skipped); the next is computed from it.
    anchor: datetime | None = None
    last_job_id: str | None = None
    last_scheduled_at: datetime | None = None


@dataclass(frozen=True)
class Job:
    id: str
    spider: str
    status: Literal["pending", "running", "finished"]
    start_time: str | None = None


@dataclass(frozen=True)
class Decision:
    entry: Entry
    action: Literal["schedule", "skip", "wait", "register"]
    #: When the entry was/will be due (``wait``/``register``: the next due time).
    due_at: datetime
    blocker: Job | None = None


def next_due(entry: Entry, anchor: datetime | None, now: datetime, tz: tzinfo) -> datetime:
    """When ``entry`` is next due, given the last consumed occurrence ``anchor``.

    Interval entries without an anchor are due at once; cron entries without an anchor are due
    at the first cron time after ``now`` (cron times are read in ``tz``). An anchor older than
    several occurrences (scheduler down) gives a due time in the past: one catch-up run.
    """
    if entry.interval is not None:
        return now if anchor is None else anchor + entry.interval
    assert entry.cron is not None
    base = (now if anchor is None else anchor).astimezone(tz)
    nxt: datetime = croniter(entry.cron, base).get_next(datetime)
    return nxt.astimezone(UTC)


def find_blocking_job(entry: Entry, last_job_id: str | None, jobs: Sequence[Job]) -> Job | None:
    """The pending or running job that forbids scheduling ``entry`` now, if any.

    A job blocks when it is the job Scrapyd returned last time (state file), or when it belongs
    to the entry by its id prefix (survives a lost state file), or -- with ``overlap = "spider"``
    -- when it runs the same spider at all.
    """
    for job in sorted(jobs, key=lambda j: j.status != "running"):
        if job.status == "finished":
            continue
        if last_job_id is not None and job.id == last_job_id:
            return job
        if job.spider == entry.spider and (
            entry.overlap == "spider" or job.id.startswith(entry.job_prefix)
        ):
            return job
    return None


def decide(
    entry: Entry,
    state: EntryState,
    jobs: Sequence[Job],
    now: datetime,
    tz: tzinfo = UTC,
    *,
    force: bool = False,
) -> Decision:
    """What to do with one entry at ``now``. ``force`` treats the entry as due."""
    if state.anchor is None and entry.cron is not None and not force:
        return Decision(entry, "register", next_due(entry, None, now, tz))
    due = now if force else next_due(entry, state.anchor, now, tz)
    if due > now:
        return Decision(entry, "wait", due)
    blocker = find_blocking_job(entry, state.last_job_id, jobs)
    return Decision(entry, "skip" if blocker else "schedule", due, blocker)


def plan(
    entries: Sequence[Entry],
    states: Mapping[str, EntryState],
    jobs: Sequence[Job],
    now: datetime,
    tz: tzinfo = UTC,
    *,
    force: bool = False,
) -> list[Decision]:
    """Decide for every entry in order; a job scheduled for an earlier entry counts as pending
    for the later ones (two entries of one spider with ``overlap = "spider"``)."""
    seen = list(jobs)
    decisions = []
    for entry in entries:
        decision = decide(entry, states.get(entry.name, EntryState()), seen, now, tz, force=force)
        if decision.action == "schedule":
            seen.append(Job(make_job_id(entry, now), entry.spider, "pending"))
        decisions.append(decision)
    return decisions


def backoff_delay(
    attempt: int, initial: float, cap: float, rand: Callable[[], float] = random.random
) -> float:
    """Delay before retry number ``attempt`` (1, 2, ...): doubles from ``initial``, capped at
    ``cap``, with "equal jitter" (a random point in the upper half) so that schedulers restarted
    together do not hammer Scrapyd in step."""
    raw = min(cap, initial * 2.0 ** min(max(attempt, 1) - 1, 60))
    return raw / 2 + raw / 2 * rand()


def make_job_id(entry: Entry, now: datetime) -> str:
    return f"{entry.job_prefix}{now.astimezone(UTC).strftime(JOB_STAMP)}"


def schedule_form(project: str, entry: Entry, job_id: str) -> list[tuple[str, str]]:
    """The form fields of schedule.json: settings as ``setting=K=V``, arguments as ``K=V``."""
    form = [("project", project), ("spider", entry.spider), ("jobid", job_id)]
    if entry.priority is not None:
        form.append(("priority", repr(entry.priority)))
    form += [("setting", f"{k}={v}") for k, v in sorted(entry.settings.items())]
    form += sorted(entry.args.items())
    return form


# --------------------------------------------------------------------------------------------
# State file


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def load_state(path: Path) -> dict[str, EntryState]:
    """Read the state file; a missing or unreadable file is an empty state (logged)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        log.warning("state file %s unreadable (%s); starting from an empty state", path, e)
        return {}
    entries = raw.get("entries", {}) if isinstance(raw, dict) else {}
    states = {}
    for name, item in entries.items() if isinstance(entries, dict) else ():
        if not isinstance(item, dict):
            continue
        job_id = item.get("last_job_id")
        states[name] = EntryState(
            anchor=_dt(item.get("anchor")),
            last_job_id=job_id if isinstance(job_id, str) else None,
            last_scheduled_at=_dt(item.get("last_scheduled_at")),
        )
    return states


def save_state(path: Path, states: Mapping[str, EntryState]) -> None:
    """Write the state file atomically (temp file + rename in the same directory)."""

    def iso(value: datetime | None) -> str | None:
        return None if value is None else value.astimezone(UTC).isoformat()

    data = {
        "version": STATE_VERSION,
        "entries": {
            name: {
                "anchor": iso(s.anchor),
                "last_job_id": s.last_job_id,
                "last_scheduled_at": iso(s.last_scheduled_at),
            }
            for name, s in sorted(states.items())
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, sort_keys=True)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@contextlib.contextmanager
def state_lock(state_file: Path) -> Iterator[bool]:
    """Hold an exclusive, non-blocking lock next to the state file; yields False if taken."""
    state_file.parent.mkdir(parents=True, exist_ok=True)
    with open(state_file.with_name(state_file.name + ".lock"), "a+b") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


# --------------------------------------------------------------------------------------------
# Scrapyd client (HTTP injected)

#: ``http(method, url, body, headers, timeout) -> (status, body)``; raises OSError when the
#: server cannot be reached (refused, reset, timeout).
HttpFunc = Callable[[str, str, bytes | None, Mapping[str, str], float], tuple[int, bytes]]

_NO_PROXY_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def urllib_http(
    method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float
) -> tuple[int, bytes]:
    """The production HTTP function: stdlib urllib, no proxies (Scrapyd is a local service)."""
    request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
    try:
        with _NO_PROXY_OPENER.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        try:
            return e.code, e.read()
        finally:
            e.close()


class ScrapydClient:
    def __init__(
        self,
        url: str,
        project: str,
        *,
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        http: HttpFunc = urllib_http,
    ) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.project = project
        self.timeout = timeout
        self.http = http
        self.headers = {"Accept": "application/json", "User-Agent": "kznews-schedule"}
        if username and password:
            token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"

    def _call(self, method: str, endpoint: str, form: Sequence[tuple[str, str]]) -> dict[str, Any]:
        url = urllib.parse.urljoin(self.url, endpoint)
        encoded = urllib.parse.urlencode(form)
        headers = dict(self.headers)
        body = None
        if method == "GET":
            url = f"{url}?{encoded}" if encoded else url
        else:
            body = encoded.encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            status, raw = self.http(method, url, body, headers, self.timeout)
        except OSError as e:
            raise ScrapydDown(_reason(e)) from e
        if status in (401, 403):
            raise ScrapydAuthError(f"{endpoint}: HTTP {status}, check SCRAPYD_USERNAME/PASSWORD")
        if status >= 500:
            raise ScrapydDown(f"HTTP {status}")
        try:
            data = json.loads(raw)
        except ValueError as e:
            raise ScrapydError(f"{endpoint}: HTTP {status}, not JSON") from e
        if not isinstance(data, dict) or status != 200:
            raise ScrapydError(f"{endpoint}: HTTP {status}")
        if data.get("status") != "ok":
            raise ScrapydError(f"{endpoint}: {data.get('message', 'status is not ok')}")
        return data

    def list_jobs(self) -> list[Job]:
        data = self._call("GET", "listjobs.json", [("project", self.project)])
        jobs = []
        for status in ("pending", "running", "finished"):
            for item in data.get(status) or []:
                if isinstance(item, dict) and "id" in item:
                    jobs.append(
                        Job(
                            id=str(item["id"]),
                            spider=str(item.get("spider", "")),
                            status=status,
                            start_time=item.get("start_time"),
                        )
                    )
        return jobs

    def schedule(self, form: Sequence[tuple[str, str]]) -> str:
        data = self._call("POST", "schedule.json", form)
        return str(data.get("jobid", ""))


def _reason(error: OSError) -> str:
    inner = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(inner, ConnectionRefusedError):
        return "connection refused"
    if isinstance(inner, TimeoutError):
        return "timeout"
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror.lower()
    return str(inner) or type(inner).__name__


# --------------------------------------------------------------------------------------------
# The scheduler (clock and HTTP injected)


class Clock(Protocol):
    def now(self) -> datetime: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class Scheduler:
    def __init__(
        self,
        config: Config,
        *,
        http: HttpFunc = urllib_http,
        clock: Clock | None = None,
        rand: Callable[[], float] = random.random,
        dry_run: bool = False,
    ) -> None:
        self.config = config
        self.client = ScrapydClient(
            config.url,
            config.project,
            username=config.username,
            password=config.password,
            timeout=config.timeout,
            http=http,
        )
        self.clock: Clock = clock or SystemClock()
        self.rand = rand
        self.dry_run = dry_run
        self.states = load_state(config.state_file)

    def _fmt(self, value: datetime) -> str:
        return value.astimezone(self.config.timezone).isoformat(timespec="seconds")

    def _save(self) -> None:
        if not self.dry_run:
            save_state(self.config.state_file, self.states)

    def run_pass(self, *, force: bool = False) -> datetime:
        """One pass over all entries; returns when the next entry is due.

        Raises ScrapydDown (nothing consumed that was not done) and ScrapydAuthError.
        """
        now = self.clock.now()
        try:
            jobs = self.client.list_jobs()
        except ScrapydDown:
            if not self.dry_run:
                raise
            log.warning("scrapyd down; dry run goes on as if no job were pending or running")
            jobs = []
        changed = False
        prefix = "dry run: " if self.dry_run else ""
        for entry in self.config.entries:
            state = self.states.setdefault(entry.name, EntryState())
            decision = decide(entry, state, jobs, now, self.config.timezone, force=force)
            if decision.action == "register":
                state.anchor = now
                changed = True
                log.info(
                    "entry=%s first seen (%s); next=%s",
                    entry.name,
                    entry.describe(),
                    self._fmt(decision.due_at),
                )
            elif decision.action == "wait":
                level = logging.INFO if self.dry_run else logging.DEBUG
                log.log(level, "entry=%s not due; next=%s", entry.name, self._fmt(decision.due_at))
            elif decision.action == "skip":
                assert decision.blocker is not None
                state.anchor = now
                changed = True
                log.info(
                    "entry=%s %sskipped: previous job %s %s; next=%s",
                    entry.name,
                    prefix,
                    decision.blocker.id,
                    decision.blocker.status,
                    self._fmt(next_due(entry, now, now, self.config.timezone)),
                )
            else:
                job_id = self._schedule(entry, state, now)
                changed = True
                if job_id:
                    jobs.append(Job(job_id, entry.spider, "pending"))
        if changed:
            self._save()
        return min(
            next_due(e, self.states.get(e.name, EntryState()).anchor, now, self.config.timezone)
            for e in self.config.entries
        )

    def _schedule(self, entry: Entry, state: EntryState, now: datetime) -> str | None:
        """Call schedule.json; returns the job id (also in a dry run), None if refused."""
        job_id = make_job_id(entry, now)
        form = schedule_form(self.config.project, entry, job_id)
        nxt = self._fmt(next_due(entry, now, now, self.config.timezone))
        if self.dry_run:
            state.anchor = now
            shown = mask_credentials(" ".join(f"-d {k}={v}" for k, v in form))
            log.info("entry=%s dry run: would schedule: %s; next=%s", entry.name, shown, nxt)
            return job_id
        try:
            returned = self.client.schedule(form)
        except ScrapydError as e:
            # Scrapyd is up but refuses (project not deployed, unknown spider...): the occurrence
            # is consumed so a broken entry does not hammer Scrapyd, and the log says why.
            state.anchor = now
            log.error("entry=%s not scheduled: scrapyd refused: %s; next=%s", entry.name, e, nxt)
            return None
        state.anchor = now
        state.last_job_id = returned or job_id
        state.last_scheduled_at = now
        self._save()  # at once: a crash now must not schedule the same entry twice
        log.info(
            "entry=%s scheduled: job=%s spider=%s; next=%s",
            entry.name,
            state.last_job_id,
            entry.spider,
            nxt,
        )
        return state.last_job_id

    def _retry_wait(self, attempt: int, error: ScrapydDown) -> float:
        delay = backoff_delay(
            attempt, self.config.backoff_initial, self.config.backoff_max, self.rand
        )
        log.warning("scrapyd down (%s), retry in %.1fs (attempt %d)", error, delay, attempt)
        return delay

    def run_once(self, *, force: bool = False) -> int:
        """One pass, retrying while Scrapyd is down up to ``once_attempts`` times."""
        for attempt in range(1, self.config.once_attempts + 1):
            try:
                self.run_pass(force=force)
                return EXIT_OK
            except ScrapydDown as e:
                if attempt == self.config.once_attempts:
                    log.error("scrapyd down (%s); giving up after %d attempts", e, attempt)
                    return EXIT_TEMPFAIL
                self.clock.sleep(self._retry_wait(attempt, e))
        return EXIT_TEMPFAIL  # pragma: no cover - loop always returns

    def run_forever(self, *, force_first: bool = False, max_passes: int | None = None) -> int:
        """Passes forever: sleeps until the next entry is due (at most ``max_sleep``) and backs
        off while Scrapyd is down. ``max_passes`` bounds the loop in tests."""
        attempt, passes, force = 0, 0, force_first
        while max_passes is None or passes < max_passes:
            passes += 1
            try:
                wake = self.run_pass(force=force)
            except ScrapydDown as e:
                attempt += 1
                self.clock.sleep(self._retry_wait(attempt, e))
                continue
            if attempt:
                log.info("scrapyd is back after %d failed attempt(s)", attempt)
            attempt, force = 0, False
            wait = (wake - self.clock.now()).total_seconds()
            self.clock.sleep(min(max(wait, 1.0), self.config.max_sleep))
        return EXIT_OK


# --------------------------------------------------------------------------------------------
# Command line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kznews.schedule",
        description="Schedule periodic kznews crawls on Scrapyd (never two jobs of one entry).",
    )
    parser.add_argument("--config", required=True, type=Path, help="schedule TOML file")
    parser.add_argument(
        "--once",
        action="store_true",
        help="one pass (schedule what is due now), then exit; for cron/timers",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show the decisions; call no schedule.json, write no state",
    )
    parser.add_argument(
        "--now",
        action="store_true",
        help="treat every entry as due in the first pass (overlap still checked)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also log 'not due' lines")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s kznews.schedule: %(message)s",
        stream=sys.stderr,
    )
    try:
        config = load_config(args.config)
    except ConfigError as e:
        log.error("config error: %s", e)
        return EXIT_CONFIG
    host = urllib.parse.urlsplit(config.url).hostname or ""
    if config.url.startswith("http://") and host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "scrapyd.url %s is plain HTTP off this host: credentials travel in clear", config.url
        )

    def run() -> int:
        scheduler = Scheduler(config, dry_run=args.dry_run)
        if args.once or args.dry_run:
            return scheduler.run_once(force=args.now)
        log.info(
            "started: %d entr%s, scrapyd %s, state %s",
            len(config.entries),
            "y" if len(config.entries) == 1 else "ies",
            config.url,
            config.state_file,
        )
        return scheduler.run_forever(force_first=args.now)

    try:
        if args.dry_run:
            return run()
        with state_lock(config.state_file) as locked:
            if not locked:
                log.error("another kznews.schedule holds %s.lock; exiting", config.state_file)
                return EXIT_TEMPFAIL
            return run()
    except ScrapydAuthError as e:
        log.error("scrapyd refused the credentials: %s", e)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
