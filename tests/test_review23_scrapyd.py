"""Scheduled crawls on a real Scrapyd: overlapping jobs, cancelled jobs, arguments and settings
given as ``schedule.json`` form fields, relative data directories and the deployed egg.

One Scrapyd serves the module. It runs from a directory that is not the checkout, with a
Python that sees the venv's libraries but not the checkout's kznews (no editable install, no
project directory on the path): every job imports kznews from the uploaded egg only."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from kznews import enqueue
from kznews.mirror import build_site, serve
from tests.test_scrapyd_e2e import ROOT, VENV, clean_env, free_port, fresh_clone

USER, PASSWORD = "kznews", "review-secret"
SPIDER = "centerinform"


@dataclass
class Scrapyd:
    url: str
    home: Path
    base: Path

    def call(self, endpoint: str, **data: str) -> dict[str, Any]:
        if endpoint == "listjobs.json":
            answer = requests.get(f"{self.url}{endpoint}", params=data, auth=(USER, PASSWORD),
                                  timeout=30)
        else:
            answer = requests.post(f"{self.url}{endpoint}", data=data, auth=(USER, PASSWORD),
                                   timeout=30)
        answer.raise_for_status()
        body: dict[str, Any] = answer.json()
        return body

    def schedule(self, *fields: tuple[str, str]) -> str:
        answer = requests.post(f"{self.url}schedule.json", auth=(USER, PASSWORD), timeout=30,
                               data=[("project", "kznews"), ("spider", SPIDER), *fields])
        body = answer.json()
        assert body["status"] == "ok", body
        job: str = body["jobid"]
        return job

    def jobs(self) -> dict[str, Any]:
        return self.call("listjobs.json", project="kznews")

    def state(self, job: str) -> tuple[str, dict[str, Any]]:
        for state in ("pending", "running", "finished"):
            for entry in self.jobs().get(state, []):
                if entry["id"] == job:
                    return state, entry
        return "unknown", {}

    def wait(self, job: str, timeout: float = 120) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state, entry = self.state(job)
            if state == "finished":
                return entry
            time.sleep(0.2)
        pytest.fail(f"job {job} not finished after {timeout} s:\n{self.log(job)[-3000:]}")

    def log(self, job: str) -> str:
        path = self.home / "logs" / "kznews" / SPIDER / f"{job}.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def wait_log(self, job: str, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log(job):
                return
            if self.state(job)[0] == "finished":
                break
            time.sleep(0.1)
        pytest.fail(f"job {job}: no {text!r} in its log:\n{self.log(job)[-3000:]}")


def _egg_only_python(base: Path) -> Path:
    """A venv whose site-packages is the project venv's, read as a plain path entry: the
    libraries are found, the editable install of kznews (a .pth hook) is not."""
    venv = base / "egg-only-venv"
    subprocess.run([sys._base_executable, "-m", "venv", "--without-pip", str(venv)],  # type: ignore[attr-defined]
                   check=True, timeout=120)
    site = next(VENV.glob("lib/python*/site-packages"))
    own = next(venv.glob("lib/python*/site-packages"))
    (own / "project-libs.pth").write_text(f"{site}\n")
    return venv / "bin" / "python"


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    base = tmp_path_factory.mktemp("review23")
    clone = fresh_clone(base / "kznews")
    egg = base / "kznews.egg"
    build = subprocess.run([str(VENV / "bin" / "scrapyd-deploy"), "--build-egg", str(egg)],
                           cwd=clone, env=clean_env(base), capture_output=True, text=True,
                           timeout=300)
    assert build.returncode == 0, build.stderr
    python = _egg_only_python(base)
    home = base / "scrapyd-home"  # Scrapyd's working directory: not the checkout
    home.mkdir()
    env = clean_env(base)
    env.pop("PYTHONPATH", None)
    alone = subprocess.run([str(python), "-c", "import kznews"], cwd=home, capture_output=True,
                           env=env, timeout=60)
    assert alone.returncode != 0, "kznews importable without the egg"
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"username = {USER}\npassword = {PASSWORD}\n"
        "eggs_dir = eggs\nlogs_dir = logs\ndbs_dir = dbs\nitems_dir =\njobs_dir =\n"
        "max_proc = 4\npoll_interval = 0.2\njobs_to_keep = 100\nfinished_to_keep = 100\n"
        "debug = off\n")
    console = (home / "console.txt").open("w")
    proc = subprocess.Popen([str(python), "-m", "scrapyd"], cwd=home, env=env, stdout=console,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(f"{url}daemonstatus.json", auth=(USER, PASSWORD),
                                timeout=5).ok:
                    break
            assert proc.poll() is None, (home / "console.txt").read_text()
            assert time.monotonic() < deadline, "Scrapyd did not start"
            time.sleep(0.1)
        with egg.open("rb") as fh:
            answer = requests.post(f"{url}addversion.json", auth=(USER, PASSWORD), timeout=60,
                                   data={"project": "kznews", "version": "1"},
                                   files={"egg": fh}).json()
        assert answer["status"] == "ok" and answer["spiders"] == 1, answer
        yield Scrapyd(url, home, base)
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
        console.close()


@pytest.fixture(scope="module")
def site() -> Iterator[Any]:
    server = serve(build_site(articles=24), port=0)
    try:
        yield server
    finally:
        server.close()


def data_fields(data: Path) -> list[tuple[str, str]]:
    return [("setting", f"KZNEWS_FEEDS_DIR={data / 'feeds'}"),
            ("setting", f"KZNEWS_STATE_DIR={data / 'state'}"),
            ("setting", f"KZNEWS_REPORTS_DIR={data / 'reports'}"),
            ("setting", "AUTOTHROTTLE_ENABLED=0")]


def feed_ids(feeds: Path) -> list[str]:
    """Every record's id across the feed files; each line must be whole JSON."""
    ids = []
    for path in sorted(feeds.glob("*/*.jsonl")):
        text = path.read_text("utf-8")
        assert not text or text.endswith("\n"), f"half line at the end of {path}"
        ids += [json.loads(line)["id"] for line in text.splitlines()]
    return ids


def verdict(log: str) -> str:
    lines = [line for line in log.splitlines() if "[kznews.verdict]" in line]
    return lines[-1].split("[kznews.verdict] ", 1)[-1].split(": ", 1)[-1] if lines else ""


# ---------------------------------------------------------------------- a normal job
def test_a_normal_scheduled_job_passes_from_the_egg(scrapyd: Scrapyd, site: Any,
                                                   tmp_path: Path) -> None:
    job = scrapyd.schedule(("base_url", site.url), *data_fields(tmp_path))
    scrapyd.wait(job)
    log = scrapyd.log(job)
    assert verdict(log).startswith("PASSED: 24 articles scraped"), log[-3000:]
    ids = feed_ids(tmp_path / "feeds")
    assert len(ids) == len(set(ids)) == 24
    assert "Traceback" not in log


# ---------------------------------------------------------------------- overlapping jobs
def test_two_jobs_at_once_on_the_same_data_share_the_work(scrapyd: Scrapyd, site: Any,
                                                          tmp_path: Path) -> None:
    fields = [("base_url", site.url), *data_fields(tmp_path)]
    jobs = [scrapyd.schedule(*fields), scrapyd.schedule(*fields)]
    logs = [(scrapyd.wait(job), scrapyd.log(job))[1] for job in jobs]
    for log in logs:
        assert verdict(log).startswith("PASSED"), log[-3000:]
    ids = feed_ids(tmp_path / "feeds")
    assert len(ids) == len(set(ids)) == 24, sorted(ids)
    assert not list((tmp_path / "feeds").glob("*/*.part"))
    assert len(list((tmp_path / "reports").glob("centerinform-*.json"))) == 2


# ---------------------------------------------------------------------- cancelled jobs
@pytest.fixture(scope="module")
def slow_site() -> Iterator[Any]:
    server = serve(build_site(articles=12), port=0, faults="slow=0.5,slow_seconds=2,seed=2")
    try:
        yield server
    finally:
        server.close()


def _wait_for_lines(feeds: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.stat().st_size for p in feeds.glob("*/*.part")):
            return
        time.sleep(0.1)
    pytest.fail("no feed line written")


@pytest.mark.parametrize("twice", [False, True])
def test_cancelled_job_then_the_next_exports_every_article_once(
        scrapyd: Scrapyd, slow_site: Any, tmp_path: Path, twice: bool) -> None:
    # articles reach the feeds as they are parsed (no translation partner awaited), so the
    # cancel lands between lines written and pages still in flight
    fields = [("base_url", slow_site.url), *data_fields(tmp_path),
              ("setting", "KZNEWS_TRANSLATION_WINDOW=1")]
    first = scrapyd.schedule(*fields)
    _wait_for_lines(tmp_path / "feeds")
    assert scrapyd.call("cancel.json", project="kznews", job=first)["prevstate"] == "running"
    if twice:
        scrapyd.wait_log(first, "shutting down gracefully")
        scrapyd.call("cancel.json", project="kznews", job=first)
    scrapyd.wait(first)
    log = scrapyd.log(first)
    if not twice:
        assert verdict(log).startswith("INTERRUPTED"), log[-3000:]
    before = feed_ids(tmp_path / "feeds")
    assert len(before) == len(set(before))
    left = list((tmp_path / "feeds").glob("*/.*.part"))
    assert bool(left) == twice  # killed: its lines wait in .part files for the next run
    second = scrapyd.schedule(*fields)
    scrapyd.wait(second)
    log2 = scrapyd.log(second)
    assert verdict(log2).startswith("PASSED"), log2[-3000:]
    assert ("recovered feed of an interrupted run" in log2) == twice, log2[-3000:]
    with contextlib.closing(sqlite3.connect(tmp_path / "state" / "articles.sqlite3")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    ids = feed_ids(tmp_path / "feeds")
    assert len(ids) == len(set(ids)) == 12, (len(ids), len(set(ids)))
    assert not list((tmp_path / "feeds").glob("*/*.part"))


# ---------------------------------------------------------------------- form fields
BAD_FIELDS = [
    (("since", "yesterday-ish"), "error: since must be a date YYYY-MM-DD"),
    (("max_page", "3"), "error: unknown argument 'max_page' (did you mean max_pages?)"),
    (("setting", "KZNEWS_FEED_DIR=/tmp/x"),
     "error: unknown setting KZNEWS_FEED_DIR (did you mean KZNEWS_FEEDS_DIR?)"),
    (("setting", "KZNEWS_PROGRESS=sometimes"),
     "error: KZNEWS_PROGRESS must be one of auto/tty/log/off, got 'sometimes'"),
]


def test_bad_form_fields_fail_the_job_with_one_line(scrapyd: Scrapyd, site: Any,
                                                    tmp_path: Path) -> None:
    """Each job ends at once: its log is the one ``error:`` line, Scrapyd sees exit status 2,
    no feed is written; the jobs run side by side (max_proc 4): a bad value, a misspelt
    argument, a misspelt setting, a setting's bad value."""
    jobs = {}
    for n, (field, line) in enumerate(BAD_FIELDS):
        data = tmp_path / str(n)
        jobs[scrapyd.schedule(("base_url", site.url), *data_fields(data), field)] = (line, data)
    for job, (line, data) in jobs.items():
        scrapyd.wait(job)
        log = scrapyd.log(job)
        assert len(log.splitlines()) == 1 and log.startswith(line), log[-3000:]
        assert not list(data.glob("feeds/*/*.jsonl"))
    console = (scrapyd.home / "console.txt").read_text("utf-8", "replace")
    for job in jobs:
        died = [row for row in console.splitlines() if "Process died" in row and job in row]
        assert died and "exitstatus=2" in died[0], console[-3000:]


def test_good_form_fields_take_effect(scrapyd: Scrapyd, site: Any, tmp_path: Path) -> None:
    job = scrapyd.schedule(("base_url", site.url), *data_fields(tmp_path),
                           ("max_articles", "5"), ("lang", "ru"),
                           ("setting", "KZNEWS_PROGRESS=log"),
                           ("lang", "en"))  # Scrapyd keeps the first value of a field
    scrapyd.wait(job)
    log = scrapyd.log(job)
    assert verdict(log).startswith("PASSED"), log[-3000:]
    assert "[kznews.extensions.progress] INFO: progress: " in log
    ids = feed_ids(tmp_path / "feeds")
    assert 0 < len(ids) <= 5 and not list((tmp_path / "feeds").glob("en/*.jsonl")), ids
    docs = " ".join((ROOT / "docs" / "SCRAPYD.md").read_text("utf-8").split())
    assert "only the first value of a repeated form field" in docs


def test_a_quiet_job_log_still_ends_with_the_verdict(scrapyd: Scrapyd, site: Any,
                                                      tmp_path: Path) -> None:
    # -s LOG_LEVEL=WARNING kept the INFO verdict out of the job's log: `kznews enqueue --wait`
    # then said "finished without a verdict" (exit 1) about a job that had passed
    job = scrapyd.schedule(("base_url", site.url), *data_fields(tmp_path),
                           ("max_articles", "3"), ("setting", "LOG_LEVEL=WARNING"))
    scrapyd.wait(job)
    log = scrapyd.log(job)
    assert "[kznews.verdict] WARNING: PASSED" in log, log[-3000:]
    assert enqueue.verdict_in_log(log)[0].startswith("PASSED: "), log[-3000:]
    assert " INFO: " not in log  # the level asked for still holds for everything else


def test_setting_without_a_value_is_refused_by_scrapyd(scrapyd: Scrapyd) -> None:
    answer = requests.post(f"{scrapyd.url}schedule.json", auth=(USER, PASSWORD), timeout=30,
                           data=[("project", "kznews"), ("spider", SPIDER),
                                 ("setting", "KZNEWS_PROGRESS")]).json()
    assert answer["status"] == "error" and "ValueError" in answer["message"], answer
    docs = " ".join((ROOT / "docs" / "SCRAPYD.md").read_text("utf-8").split())
    assert "refuses a `-d setting=` without `=`" in docs


# ---------------------------------------------------------------------- where files land
def test_relative_directories_and_scrapyd_items(scrapyd: Scrapyd, site: Any) -> None:
    """Without absolute directories a job writes under Scrapyd's working directory (not the
    checkout's): feeds/, .kznews/, reports/ and a relative archive directory. ``items_dir``
    makes Scrapyd pass ``-s FEEDS={<items>/<job>.jl: jsonlines}``; the same setting given
    here shows what it does: a per-job copy of every article the job parsed, written beside
    kznews' per-language feeds, which stay as they are."""
    items = scrapyd.base / "items" / "job.jl"
    feeds = json.dumps({items.as_uri(): {"format": "jsonlines"}})
    job = scrapyd.schedule(("base_url", site.url), ("setting", "AUTOTHROTTLE_ENABLED=0"),
                           ("setting", "KZNEWS_ARCHIVE_DIR=archive"),
                           ("setting", f"FEEDS={feeds}"))
    scrapyd.wait(job)
    log = scrapyd.log(job)
    assert verdict(log).startswith("PASSED: 24 articles scraped"), log[-3000:]
    home = scrapyd.home
    ids = feed_ids(home / "feeds")
    assert len(ids) == 24
    assert (home / ".kznews" / "articles.sqlite3").is_file()
    assert list(home.glob("reports/centerinform-*.json"))
    assert list(home.glob("archive/*.warc.gz"))
    copy = [json.loads(line)["id"] for line in items.read_text("utf-8").splitlines()]
    assert sorted(copy) == sorted(ids)
    docs = " ".join((ROOT / "docs" / "SCRAPYD.md").read_text("utf-8").split())
    conf = (ROOT / "deploy" / "scrapyd.conf").read_text("utf-8")
    start = (ROOT / "deploy" / "start-scrapyd.sh").read_text("utf-8")
    for text in (docs, conf, start):  # they used to say it replaced kznews' feeds
        assert "replaces kznews" not in text.lower() and "second copy" in text
