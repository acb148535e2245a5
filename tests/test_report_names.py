"""Report names: several workers of one distributed crawl finish within the same second; each
process keeps its own report (kznews.report ``free_path``)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from kznews.report import free_path, load_history, write_report


def test_runs_started_in_one_second_each_keep_their_own_report(tmp_path: Path) -> None:
    """Several workers of one distributed crawl finish within the same second: each process
    reserves its report's name by creating it, so none writes over another's; a name still
    reserved (empty) is no earlier report to compare with."""
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        paths = pool.starmap(free_path, [(tmp_path, "centerinform-20261202T003000Z")] * 8)
    assert len(set(paths)) == 8 and all(Path(p).exists() for p in paths)
    assert load_history(tmp_path) == []  # reserved, not yet written: skipped quietly
    write_report({"spider": "centerinform", "started": "x", "finished": "y"}, paths[0])
    assert [r["path"] for r in load_history(tmp_path)] == [str(paths[0])]
