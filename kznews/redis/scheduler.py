"""The shared scheduler and duplicate filter of distributed mode, on scrapy-redis.

scrapy-redis 0.9.1 provides the layout (a sorted-set priority queue, a fingerprint set) and
the classes these derive from; what it does not fit for kznews on Scrapy 2.19 is replaced:

* its ``Scheduler`` passes ``spider=`` to the stats collector (deprecated in Scrapy 2.19),
  pops with a plain ZRANGE+ZREM (a worker killed after the pop loses the request), and
  without ``SCHEDULER_PERSIST`` deletes the shared queue and fingerprints when *any* worker
  closes, with them the work of every peer still running;
* its ``RFPDupeFilter`` fingerprints URLs, so two URL variants of one article are two
  fetches, and its ``close`` deletes the shared fingerprints too;
* its default serializer is pickle.

Here requests are JSON (:mod:`kznews.redis.serialize`), a pop moves the request into the
worker's lease hash in the same script call (:mod:`kznews.redis.worker`), article requests
are fingerprinted on the canonical article id (``a:u46768``), and the queue and
fingerprints are deleted only by the last worker of a crawl.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import deque
from typing import Any

import redis
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.utils.request import request_from_dict
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from w3lib.url import canonicalize_url

from kznews import blocks
from kznews.redis import serialize, setting
from kznews.redis.worker import LEASE, Worker, WorkerExtension, worker_for
from kznews.scheduler import GuardedEnqueue

logger = logging.getLogger(__name__)


def fingerprint(request: Request) -> str:
    """``a:<article id>`` for article requests (one fetch per article whatever the URL
    variant), else ``u:`` + 128 bits of SHA-1 over method, canonical URL and body."""
    article_id = request.meta.get("article_id")
    if article_id:
        return f"a:{article_id}"
    data = json.dumps([request.method, canonicalize_url(request.url), (request.body or b"").hex()])
    return "u:" + hashlib.sha1(data.encode()).hexdigest()[:32]


class ArticleDupeFilter(RFPDupeFilter):
    """The shared fingerprint set of one crawl (``<ns>:seen``)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleDupeFilter:
        worker = worker_for(crawler)
        return cls(worker.server, key=worker.seen,
                   debug=crawler.settings.getbool("DUPEFILTER_DEBUG"))

    def request_fingerprint(self, request: Request) -> str:
        return fingerprint(request)

    def close(self, reason: str = "") -> None:
        """Peers may still be crawling: the last worker of the crawl deletes the set."""


class LeasedQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pop leases the request to this worker."""

    def __init__(self, worker: Worker, spider: Spider) -> None:
        super().__init__(worker.server, spider, worker.queue, serializer=serialize)
        self.worker = worker

    def encode(self, request: Request) -> str:
        try:
            return str(self._encode_request(request))
        except TypeError:
            # Something in meta that JSON cannot hold (set by a middleware): drop it.
            meta = dict(request.meta)
            for key, value in list(meta.items()):
                try:
                    serialize.dumps(value)
                except TypeError:
                    logger.warning("distributed: meta[%r] of %s cannot be queued; dropped",
                                   key, request)
                    del meta[key]
            return str(self._encode_request(request.replace(meta=meta)))

    def decode(self, data: str) -> Request:
        return request_from_dict(serialize.loads(data), spider=self.spider)

    def pop(self, timeout: int = 0) -> Request | None:
        got = self.worker.pop()
        if got is None:
            return None
        token, data = got
        request = self.decode(data)
        request.meta[LEASE] = [token, fingerprint(request)]
        return request


class RedisScheduler(GuardedEnqueue, Scheduler):
    """scrapy-redis' scheduler with leases, JSON requests and crawl membership.

    ``data:`` requests (the spider's end-of-crawl flush of its own buffers) stay in this
    process: they concern its memory, not the crawl.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.worker = worker_for(crawler)
        super().__init__(self.worker.server, persist=True, queue_key=self.worker.queue,
                         dupefilter_key=self.worker.seen, serializer=serialize,
                         dupefilter=ArticleDupeFilter.from_crawler(crawler))
        self.stats = crawler.stats
        self.local: deque[Request] = deque()
        self.outage = False  # Redis failed on the last poll
        self.outage_since: float | None = None
        # An outage is waited out this long (the crawl stays open, polling), then the crawl
        # ends, recorded as incomplete.
        self.outage_wait = float(setting(crawler.settings, "KZNEWS_REDIS_IDLE_TIMEOUT"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        return cls(crawler)

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.queue = LeasedQueue(self.worker, spider)
        self.worker.join()

    def close(self, reason: str) -> None:
        self.worker.leave(reason)

    def _inc(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def _redis_failed(self, what: str, exc: Exception, level: int = logging.WARNING) -> None:
        """Redis out of reach: one line, counted, and this run recorded as incomplete, so
        the next one walks every listing page (what the shared queue held may be gone)."""
        self._inc("distributed/redis_errors")
        spider: Any = self.crawler.spider
        if spider is not None and hasattr(spider, "incomplete"):
            spider.incomplete = True
        if level >= logging.ERROR or not self.outage:  # polls: once per outage
            logger.log(level, "distributed: %s: Redis out of reach: %s", what, exc)
        self.outage = True

    def _queued(self) -> int:
        try:
            queued = self.worker.queued()
        except redis.RedisError as exc:
            self._redis_failed("queue length unknown", exc)
            now = time.monotonic()
            self.outage_since = self.outage_since or now
            # The queue may still hold requests: wait for Redis to come back, for a while.
            return int(now - self.outage_since < self.outage_wait)
        self.outage, self.outage_since = False, None
        return queued

    def _stopped(self) -> bool:
        """The outlet's protection stopped this crawl (here or in another worker): nothing
        more is taken from the shared queue, which keeps it for the next run."""
        guard = blocks.guard_for(self.crawler)
        if guard is None:
            return False
        peer = self.worker.peer_block
        if peer is not None and not guard.stopping:
            self._inc("distributed/stopped_by_peer_block")
            guard.stop_for_peer(*peer)
        return guard.stopping

    def __len__(self) -> int:
        return len(self.local) + (0 if self._stopped() else self._queued())

    def has_pending_requests(self) -> bool:
        return bool(self.local) or (not self._stopped() and self._queued() > 0)

    def enqueue_request(self, request: Request) -> bool:
        if request.url.startswith("data:"):
            self.local.append(request)
            return True
        # A request still holding a lease comes back from the downloader (retry, redirect):
        # it continues the leased one, whose lease ends with this push.
        lease = request.meta.pop(LEASE, None)
        fp = fingerprint(request)
        check = "" if request.dont_filter or (lease and lease[1] == fp) else fp
        data = self.queue.encode(request)
        try:
            added = self.worker.push(-request.priority, data, check, lease[0] if lease else "")
        except redis.RedisError as exc:
            self._redis_failed(f"request {request.url} not queued", exc, logging.ERROR)
            return False
        if not added:
            self._inc("dupefilter/filtered")
            return False
        self._inc("scheduler/enqueued/redis")
        self._inc("scheduler/enqueued")
        return True

    def next_request(self) -> Request | None:
        if self.local:
            return self.local.popleft()
        if self._stopped():
            return None
        try:
            request = self.queue.pop()
        except redis.RedisError as exc:
            self._redis_failed("no request taken", exc)
            return None
        if request is None:
            self._stopped()  # the pop may have found a peer's block: stop here too
            return None
        self._inc("scheduler/dequeued/redis")
        self._inc("scheduler/dequeued")
        return request

    def flush(self) -> None:
        self.queue.clear()
        self.df.clear()


class OutageTolerantWorkerExtension(WorkerExtension):
    """The worker extension, whose end-of-item lease release does not log a traceback per
    article while Redis is away: the lease is gone with Redis anyway, or it is re-queued
    from a dead worker's hash later (a fetch twice, never a loss). One line per outage."""

    outage = False

    def item_done(self, item: Any) -> None:
        try:
            super().item_done(item)
        except redis.RedisError as exc:
            if self.crawler.stats:
                self.crawler.stats.inc_value("distributed/redis_errors")
            if not self.outage:
                logger.warning("distributed: leases not released: Redis out of reach: %s", exc)
            self.outage = True
        else:
            self.outage = False


__all__ = ["ArticleDupeFilter", "OutageTolerantWorkerExtension", "RedisScheduler",
           "fingerprint"]
