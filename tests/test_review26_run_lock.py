"""A run's lock that cannot be made (the state disk full) leaves no file behind: the lock is
made under a name of its own, which no later run's recovery looks at."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznews.state import RunLock
from tests.crawl_helpers import tmpfs


def test_a_lock_not_made_on_a_full_disk_leaves_no_file(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "state", "64k") as state:
        (state / "runs").mkdir()
        filler = state / "filler"
        with open(filler, "wb", buffering=0) as out, pytest.raises(OSError):
            while True:
                out.write(b"x" * 4096)

        with pytest.raises(OSError):
            RunLock(state, "run-a")
        assert sorted(p.name for p in (state / "runs").iterdir()) == []
        filler.unlink()
        lock = RunLock(state, "run-a")  # room again: made, alive, released
        assert RunLock.is_alive(state, "run-a")
        lock.release()
        assert sorted(p.name for p in (state / "runs").iterdir()) == []
