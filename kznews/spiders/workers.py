"""Article pages read in worker processes, so that a long crawl uses a second core.

Reading an article page (``extract_article``) is pure: the page, its URL, the dates known
from elsewhere and the day it was fetched in, a record's raw values out. It is also most of
a crawl's CPU (about half of it on the mirror): with the reading in another process, the
crawl's own process keeps to Scrapy's work (requests, middlewares, pipelines, feeds) and the
two run side by side.

A worker process costs its start (Python and kznews imported anew, about a second of CPU), so
``KZNEWS_EXTRACT_WORKERS=auto`` starts one only once the crawl has read
``KZNEWS_EXTRACT_WORKERS_AFTER`` article pages itself (a small crawl never starts one), and
only on a machine with a core to spare. What the workers return is what the crawl's own
process would have computed; a worker that dies (killed, out of memory) is counted
(``workers/broken``; the pages it held, re-read in the crawl's process:
``workers/pages_reread``) and the crawl reads its pages itself from then on. A crawl that
stops at once (a second Ctrl-C) drops the pages still waiting for a worker instead of
waiting for them to be read.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import date
from typing import Any

from scrapy.settings import BaseSettings

from kznews.extract.chain import Extracted

logger = logging.getLogger(__name__)

AUTO_MAX = 2
"""Workers ``auto`` starts at most: one already keeps pace with the crawl's own process."""
START_AFTER = 300
"""Article pages the crawl reads itself before ``auto`` starts a worker."""
FOLLOW_SECONDS = 0.5
"""How often a worker checks that the crawl's process is still there."""


class WorkersSettingError(ValueError):
    """``KZNEWS_EXTRACT_WORKERS`` or ``…_AFTER`` holds no number (a one-line error)."""


def worker_count(value: Any, cpus: int | None) -> int:
    """Workers for a setting's value: ``auto`` (or unset) one less than the cores, at most
    ``AUTO_MAX``; a number as given (``0``: the crawl reads every page itself)."""
    text = str(value).strip().lower() if value is not None else "auto"
    if text in ("", "auto"):
        return max(0, min(AUTO_MAX, (cpus or 1) - 1))
    try:
        count = int(text)
    except ValueError:
        raise WorkersSettingError(
            f"KZNEWS_EXTRACT_WORKERS={value!r}: expected `auto` or a number of worker "
            "processes (0: none)") from None
    if count < 0:
        raise WorkersSettingError(f"KZNEWS_EXTRACT_WORKERS={value!r}: not below 0")
    return count


_HELD = ({signal.SIGINT, signal.SIGTERM} if hasattr(signal, "pthread_sigmask") else set())
"""Signals a worker is started with blocked: one sent while it is still starting Python
(before ``_start`` runs) waits, instead of killing it or printing a ``KeyboardInterrupt``
traceback; ``_start`` then ignores them. A blocked signal survives the spawn's exec, a handler
does not."""


@contextmanager
def _signals_held() -> Iterator[None]:
    """Block ``_HELD`` in this thread while it starts worker processes (they inherit the
    mask). A signal the crawl gets meanwhile is not lost: it is handled once unblocked."""
    if not _HELD:
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _start(crawl_pid: int) -> None:
    """A worker leaves Ctrl-C and SIGTERM to the crawl (a terminal's Ctrl-C, or a stop sent
    to the whole process group, reaches it too): the crawl stops gracefully, waiting for the
    pages being read, and the worker must not die first (a traceback, or a stop counted as a
    broken worker). It goes with the crawl: a crawl that ends, or is killed outright
    (``kill -9``, out of memory), leaves no worker behind. It imports the extractor before
    its first page."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if _HELD:  # held since the crawl started this process; one that came meanwhile is dropped
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
    threading.Thread(target=_follow, args=(crawl_pid,), name="kznews-follow-crawl",
                     daemon=True).start()
    import kznews.sites.centerinform.article  # noqa: F401


def _follow(crawl_pid: int) -> None:
    """Exit as soon as the crawl's process is gone (the worker is then some other
    process's child)."""
    while os.getppid() == crawl_pid:
        time.sleep(FOLLOW_SECONDS)
    os._exit(0)


def _read(html: str, url: str, hints: Sequence[tuple[str, date]],
          today: date | None) -> Extracted:
    from kznews.sites.centerinform.article import extract_article
    return extract_article(html, url, hints, today)


class ExtractionWorkers:
    """The crawl's worker processes for article pages, started when the crawl proves long."""

    def __init__(self, count: int, start_after: int = START_AFTER) -> None:
        self.count = count
        self.start_after = max(0, start_after)
        self.read_here = 0
        """Article pages the crawl's own process has read."""
        self.sent = 0
        """Article pages sent to a worker."""
        self.broken = False
        self.closed = False
        self._pool: ProcessPoolExecutor | None = None
        self._stopped: ProcessPoolExecutor | None = None

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> ExtractionWorkers:
        cpus = os.cpu_count() or 1
        count = worker_count(settings.get("KZNEWS_EXTRACT_WORKERS", "auto"), cpus)
        if count > cpus:  # more processes than cores read no faster, and each holds ~70 MB
            logger.warning("KZNEWS_EXTRACT_WORKERS=%d: %d worker process(es), one a core",
                           count, cpus)
            count = cpus
        try:
            after = int(settings.get("KZNEWS_EXTRACT_WORKERS_AFTER", START_AFTER))
        except (TypeError, ValueError):
            raise WorkersSettingError(
                f"KZNEWS_EXTRACT_WORKERS_AFTER={settings.get('KZNEWS_EXTRACT_WORKERS_AFTER')!r}:"
                " expected a number of article pages") from None
        return cls(count, after)

    def wanted(self) -> bool:
        """Whether the next article page goes to a worker."""
        return (self.count > 0 and not self.broken and not self.closed
                and self.read_here >= self.start_after)

    def submit(self, html: str, url: str, hints: Sequence[tuple[str, date]],
               today: date | None) -> Future[Extracted]:
        """The page read by a worker. Raises ``BrokenProcessPool`` once a worker died or the
        workers were closed (the page was routed here before): the caller reads it itself,
        and no new worker is started."""
        if self.broken or self.closed:
            raise BrokenProcessPool("the extraction workers are stopped")
        if self._pool is None:
            # spawn, not fork: the crawl's process runs a reactor and threads
            self._pool = ProcessPoolExecutor(
                self.count, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start, initargs=(os.getpid(),))
            logger.info("reading article pages in %d worker process(es) from now on",
                        self.count)
        self.sent += 1
        with _signals_held():  # a submit may start a worker process
            return self._pool.submit(_read, html, url, list(hints), today)

    def failed(self, error: BaseException) -> bool:
        """A worker died: the crawl reads the rest itself. True the first time (the death
        to count); the pool's other pages fail with ``BrokenProcessPool`` on their own, so
        none is cancelled here (a cancelled page would be lost)."""
        if not isinstance(error, BrokenProcessPool) or self.broken or self.closed:
            return False
        self.broken = True
        logger.warning("an extraction worker stopped (%s): article pages are read in the "
                       "crawl's own process from now on", error)
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None
        return True

    def close(self) -> None:
        """No more pages for the workers; the pages still waiting for one are dropped (the
        crawl has ended, or stops at once) and the workers end after the page in hand."""
        self.closed = True
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            # Kept: the pool's thread cancels the waiting pages only while the pool object
            # lives; dropped now, it would read them all before the process could exit.
            self._stopped = self._pool
            self._pool = None
