"""``python -m tests.killpoint NAME N <scrapy arguments>``: ``scrapy`` that kills itself with
SIGKILL as soon as it has made the JOBDIR request queue file ``NAME`` for the ``N``-th time.

The file is named after the negated priority of its requests (``0``: article requests from
listing pages, ``-10``: listing pages after the first). Its header is then still in the write
buffer: the kill leaves an empty queue file, the state a crawl killed at that moment leaves.

``python -m tests.killpoint exported N SIGNAL <scrapy arguments>``: ``scrapy`` that sends
itself ``SIGNAL`` (``KILL``, ``INT``) right after its ``N``-th feed line was written.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from queuelib import queue
from scrapy.cmdline import execute


def kill_on_queue_file(name: str, nth: int) -> None:
    made = 0
    original = queue.LifoDiskQueue.__init__

    def init(self: queue.LifoDiskQueue, path: Any, *args: Any, **kwargs: Any) -> None:
        nonlocal made
        new = not Path(path).exists()
        original(self, path, *args, **kwargs)
        if new and Path(path).name == name:
            made += 1
            if made == nth:
                os.kill(os.getpid(), signal.SIGKILL)

    queue.LifoDiskQueue.__init__ = init  # type: ignore[method-assign]


def signal_after_exports(nth: int, signame: str) -> None:
    from kznews.pipelines.feeds import FeedWriter

    written = 0
    original = FeedWriter.write
    signum = signal.Signals[f"SIG{signame}"]

    def write(self: FeedWriter, lang: str, item: dict[str, Any]) -> None:
        nonlocal written
        original(self, lang, item)
        written += 1
        if written == nth:
            os.kill(os.getpid(), signum)

    FeedWriter.write = write  # type: ignore[method-assign]


if __name__ == "__main__":
    if sys.argv[1] == "exported":
        signal_after_exports(int(sys.argv[2]), sys.argv[3])
        sys.argv = ["scrapy", *sys.argv[4:]]
    else:
        kill_on_queue_file(sys.argv[1], int(sys.argv[2]))
        sys.argv = ["scrapy", *sys.argv[3:]]
    execute()
