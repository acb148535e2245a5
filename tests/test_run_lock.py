"""A run's lock (kznews.state.RunLock) tells a live run from a killed one's leftovers: a run
is alive exactly while its process holds the lock, also when another run looks at the very
moment the lock is being made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kznews.state as state
from kznews.state import RunLock
from tests.crawl_helpers import REPO


def test_a_lock_is_alive_while_held_and_dead_once_released(tmp_path: Path) -> None:
    lock = RunLock(tmp_path, "run-a")
    assert RunLock.is_alive(tmp_path, "run-a")
    lock.release()
    assert not RunLock.is_alive(tmp_path, "run-a")
    assert not RunLock.is_alive(tmp_path, "never-started")


def test_another_run_looking_while_the_lock_is_made_sees_it_alive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another run's recovery looks right between the lock file's making and its locking:
    it must not take the starting run for a dead one (and unlink its lock, so that every
    later look says dead and the live run's feeds are "recovered" under it)."""
    seen: list[bool] = []
    real_flock = state.fcntl.flock

    def flock_after_a_look(handle: Any, op: int) -> None:
        if op == state.fcntl.LOCK_EX and not seen:
            seen.append(RunLock.is_alive(tmp_path, "run-b"))
        real_flock(handle, op)

    monkeypatch.setattr(state.fcntl, "flock", flock_after_a_look)
    lock = RunLock(tmp_path, "run-b")
    monkeypatch.setattr(state.fcntl, "flock", real_flock)
    try:
        assert seen == [False]  # not yet there: nothing to take for dead
        assert lock.path.exists()
        looked = subprocess.run(
            [sys.executable, "-c", "import sys; from kznews.state import RunLock; "
             "print(RunLock.is_alive(sys.argv[1], 'run-b'))", str(tmp_path)],
            cwd=REPO, capture_output=True, text=True, timeout=60, check=True)
        assert looked.stdout.strip() == "True"
    finally:
        lock.release()
    assert not RunLock.is_alive(tmp_path, "run-b")
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == []


def test_a_killed_runs_lock_is_dead(tmp_path: Path) -> None:
    code = ("import os, sys; from kznews.state import RunLock; "
            "RunLock(sys.argv[1], 'run-c'); os._exit(0)")  # ends without releasing
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=REPO, check=True,
                   timeout=60)
    assert (tmp_path / "runs" / "run-c.lock").exists()
    assert not RunLock.is_alive(tmp_path, "run-c")
