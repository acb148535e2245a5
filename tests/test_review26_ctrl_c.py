"""A Ctrl-C that reaches the crawl's process group while its worker process is still being
started (``KZNEWS_EXTRACT_WORKERS_AFTER=0``: the first article page starts it) still stops
the crawl gracefully, prints no traceback and leaves no worker behind."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from kznews.mirror import build_site, serve
from tests.crawl_helpers import assert_gone, crawl_with_a_worker


def test_ctrl_c_to_the_group_while_the_worker_starts_stops_the_crawl(tmp_path: Path) -> None:
    site = build_site(articles=600, seed=6)
    with serve(site, port=0) as server, \
            crawl_with_a_worker(server.url, tmp_path, "-a", "max_pages=100",
                                group=True) as (proc, workers):
        os.killpg(proc.pid, signal.SIGINT)  # the worker was seen only just now: still starting
        proc.wait(timeout=180)
    text = (tmp_path / "crawl.log").read_text("utf-8")
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text[-3000:]
    assert "'finish_reason': 'shutdown'" in text, text[-3000:]
    assert_gone(workers)
