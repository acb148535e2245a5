"""A scheduler that cannot take every fourth request (for tests/test_enqueue_guard.py)."""

from __future__ import annotations

from scrapy import Request
from scrapy.core.scheduler import Scheduler

from kznews.scheduler import JobdirScheduler


class FlakyScheduler(JobdirScheduler):
    calls = 0

    def _mqpush(self, request: Request) -> None:
        FlakyScheduler.calls += 1
        if FlakyScheduler.calls % 4 == 0 and "/news/" in request.url:
            raise RuntimeError("queue refused the request")
        Scheduler._mqpush(self, request)


class PlainFlakyScheduler(Scheduler):
    """Scrapy's own scheduler, no kznews guard, refusing every fourth article request."""

    calls = 0

    def _mqpush(self, request: Request) -> None:
        PlainFlakyScheduler.calls += 1
        if PlainFlakyScheduler.calls % 4 == 0 and "/news/" in request.url:
            raise RuntimeError("queue refused the request")
        super()._mqpush(request)
