"""Scrapy's scheduler, with a ``JOBDIR`` request queue that a crawl killed with SIGKILL
cannot leave in a state that breaks the next run.

Scrapy writes its disk queue's state (``requests.queue/active.json``, the request count in
the header of each queue file) only when the crawl closes, and a new queue file's header
sits in a write buffer until enough requests follow it. A crawl killed just after a queue
was made (one listing page waiting, say) leaves that file empty. The next run reopens it
on the first push at that priority and fails (``struct.error``) for every request of it:
inside Scrapy's handling of a callback's output, so each became a "Task exception was never
retrieved" and the requests were lost (every article, when it is their queue).

So a marker beside the queue says a crawl has it open; a run that finds the marker, or
queue files without ``active.json``, knows the last one was killed and starts with an empty
queue (``scheduler/jobdir_discarded``). Nothing is lost by that: a killed crawl's queue
holds no usable count anyway, a resumed crawl walks every listing page again
(:mod:`kznews.spiders.centerinform`), and requests the related links the killed one noted
and did not follow (:mod:`kznews.spiders.related`). A crawl stopped cleanly (Ctrl-C,
SIGTERM) keeps its queue as in Scrapy.

A disk queue that fails all the same (full disk, a damaged file) does not fail the
callback: a request it cannot take goes to the memory queue (``scheduler/disk_push_failed``),
one it cannot give back ends the use of the disk queue (``scheduler/disk_dropped``), each
logged once.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import Request, Spider
from scrapy.core.scheduler import Scheduler
from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object

if TYPE_CHECKING:
    from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

MARKER = "kznews-open"  # in requests.queue while a crawl has the queue open
ENQUEUE_FAILED = "scheduler/enqueue_failed"


def killed_queue(dqdir: Path) -> bool:
    """Whether ``dqdir`` holds the queue of a crawl that never closed it."""
    if (dqdir / MARKER).exists():
        return True
    return not (dqdir / "active.json").exists() and any(dqdir.iterdir())


def discard_queue(dqdir: Path) -> None:
    for entry in dqdir.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


class GuardedEnqueue:
    """Mixin for a scheduler: ``enqueue_request`` never raises.

    Scrapy passes a callback's output to the scheduler from ``CONCURRENT_ITEMS`` asyncio
    workers, and a worker an exception escapes from is gone: kznews runs one worker (its
    pipelines never wait, and Scrapy's default of 100 tasks per response cost ~1 ms a page),
    so one failing enqueue would leave the rest of that callback's output waiting for good,
    and the crawl with it. A request the scheduler cannot take is lost, as in Scrapy; here it
    is counted as ``scheduler/enqueue_failed``, each kind logged once at ERROR, and the run
    recorded as incomplete: the next one walks every listing page, and the completeness
    monitor fails this one."""

    def enqueue_request(self, request: Request) -> bool:
        try:
            return bool(super().enqueue_request(request))  # type: ignore[misc]
        except Exception as exc:  # noqa: BLE001 - must not reach Scrapy's output workers
            stats = getattr(self, "stats", None)
            if stats is not None:
                stats.inc_value(ENQUEUE_FAILED)
            spider = getattr(getattr(self, "crawler", None), "spider", None)
            if spider is not None and hasattr(spider, "incomplete"):
                spider.incomplete = True
            seen: set[str] = self.__dict__.setdefault("_enqueue_errors", set())
            kind = f"{type(exc).__name__}: {exc}"[:300]
            if kind not in seen:
                seen.add(kind)
                logger.error("request not scheduled: %s (%s); further ones are counted in "
                             "%s", request.url, kind, ENQUEUE_FAILED, exc_info=exc)
            return False


class GuardEveryScheduler:
    """Scrapy add-on, last of kznews's: whatever ``SCHEDULER`` ends up being (``-s
    SCHEDULER=…`` or a project's own), it runs behind :class:`GuardedEnqueue`. One that is
    not already is subclassed with the guard in front, at the setting's own priority, so a
    scheduler of the user's that raises costs a request, not the crawl (see
    ``CONCURRENT_ITEMS`` in kznews/settings.py)."""

    def update_settings(self, settings: BaseSettings) -> None:
        path = settings.get("SCHEDULER")
        try:
            cls = load_object(path) if isinstance(path, str) else path
        except Exception:  # noqa: BLE001 - Scrapy reports a bad path itself, in its words
            return
        if not isinstance(cls, type) or issubclass(cls, GuardedEnqueue):
            return
        guarded = type(f"Guarded{cls.__name__}", (GuardedEnqueue, cls),
                       {"__module__": cls.__module__, "__qualname__": f"Guarded{cls.__name__}"})
        settings.set("SCHEDULER", guarded, settings.getpriority("SCHEDULER") or "addon")


class JobdirScheduler(GuardedEnqueue, Scheduler):
    """:class:`scrapy.core.scheduler.Scheduler` safe against a kill (see the module)."""

    def open(self, spider: Spider) -> Deferred[None] | None:
        self.failures_logged: set[str] = set()
        if self.dqdir:
            dqdir = Path(self.dqdir)
            if killed_queue(dqdir):
                logger.warning("JOBDIR request queue %s was left by a crawl that did not "
                               "close: started empty (every listing page is read again)",
                               dqdir)
                discard_queue(dqdir)
                if self.stats is not None:
                    self.stats.inc_value("scheduler/jobdir_discarded")
            (dqdir / MARKER).write_text(f"{os.getpid()}\n", "utf-8")
        return super().open(spider)

    def close(self, reason: str) -> Deferred[None] | None:
        result = super().close(reason)
        # Only once the queue's state is written; a queue given up on stays marked so the
        # next run does not read it.
        if self.dqdir and self.dqs is not None:
            Path(self.dqdir, MARKER).unlink(missing_ok=True)
        return result

    def _dqpush(self, request: Request) -> bool:
        try:
            return super()._dqpush(request)
        except Exception as exc:  # Scrapy's callback-output handling must not see it
            self._disk_failed("scheduler/disk_push_failed", "a request is kept in memory",
                              exc)
            return False

    def _dqpop(self) -> Request | None:
        try:
            return super()._dqpop()
        except Exception as exc:  # raised again on every pop: give the disk queue up
            dropped = self._drop_disk_queue()
            self._disk_failed("scheduler/disk_dropped", f"its {dropped} requests are dropped "
                              "(a resumed crawl reads every listing page again)", exc, dropped)
            return None

    def _drop_disk_queue(self) -> int:
        dqs, self.dqs = self.dqs, None
        if dqs is None:
            return 0
        dropped = len(dqs)
        try:
            dqs.close()
        except Exception:  # noqa: BLE001 - the queue is damaged already; closing is a courtesy
            logger.debug("damaged JOBDIR request queue not closed", exc_info=True)
        return dropped

    def _disk_failed(self, key: str, outcome: str, exc: BaseException, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, count)
        if key not in self.failures_logged:
            self.failures_logged.add(key)
            logger.warning("JOBDIR request queue %s failed (%s: %s): %s; further failures "
                           "are counted as %s", self.dqdir, type(exc).__name__, exc, outcome,
                           key)
