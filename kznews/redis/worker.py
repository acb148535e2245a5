"""One crawl process taking part in a distributed crawl: membership, leases, heartbeats.

Keys of one crawl, under ``<prefix>:<spider>:<host>`` (``ns``)::

    ns:queue        sorted set   requests as JSON, score = -priority (scrapy-redis layout)
    ns:seen         set          fingerprints of every request scheduled in this crawl
    ns:workers      set          worker ids taking part
    ns:hb:<worker>  string       the worker's heartbeat, expires after KZNEWS_REDIS_WORKER_TTL
    ns:lease:<worker>  hash      requests the worker popped and has not finished (in flight)
    ns:lease-seq, ns:requeued    counters; ns:metrics hash of round trips per worker run

A request moves from the queue into its worker's lease hash in one script call, and leaves
it when its callback's output has been handled (:class:`LeaseMiddleware`), when a retry or
redirect of it is queued again (same call as the push), or when the worker goes idle (an
idle worker has nothing in flight). A worker whose heartbeat expired (SIGKILL, a lost
machine) is *reaped* by any other worker: its leases go back into the queue. So a request
is lost by no kill; at worst it is fetched twice, and the article store still exports it once.

The crawl is over when the queue is empty and no live worker holds a lease: the last
worker to leave deletes the queue and the fingerprints, so memory is held for one crawl
only, and the next crawl starts from the listing again.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
import weakref
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import redis
from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.http import Response
from scrapy.utils.asyncio import CallLaterResult, call_later
from twisted.internet import task

from kznews import blocks
from kznews.redis import setting

logger = logging.getLogger(__name__)

#: ``request.meta`` key of a popped request: ``[lease token, fingerprint]``.
LEASE = "_kznews_lease"
START = "start"  # lease field held while the worker's start() is being read
POLL = 0.5  # s between looks at the shared queue while waiting for busy peers


class CountingRedis(redis.Redis):
    """A Redis client that counts its round trips (class-wide, for the run's stats)."""

    round_trips = 0

    def execute_command(self, *args: Any, **options: Any) -> Any:
        CountingRedis.round_trips += 1
        return super().execute_command(*args, **options)


def connect(url: str) -> CountingRedis:
    client = CountingRedis.from_url(url, decode_responses=True, socket_timeout=30,
                                    socket_connect_timeout=10, health_check_interval=30)
    assert isinstance(client, CountingRedis)
    return client


_REAP = """
local function reap(workers, queue, requeued, ns)
  local moved = 0
  for _, wid in ipairs(redis.call('SMEMBERS', workers)) do
    if redis.call('EXISTS', ns .. ':hb:' .. wid) == 0 then
      local lk = ns .. ':lease:' .. wid
      for _, v in ipairs(redis.call('HVALS', lk)) do
        local sp = string.find(v, ' ', 1, true)
        if sp then
          redis.call('ZADD', queue, string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
          moved = moved + 1
        end
      end
      redis.call('DEL', lk)
      redis.call('SREM', workers, wid)
    end
  end
  if moved > 0 then redis.call('INCRBY', requeued, moved) end
  return moved
end
"""

# KEYS: workers queue seen requeued hb lease blocked   ARGV: ns wid ttl_ms
JOIN = _REAP + """
local moved = reap(KEYS[1], KEYS[2], KEYS[4], ARGV[1])
local new = 0
if redis.call('SCARD', KEYS[1]) == 0 then redis.call('DEL', KEYS[7]) end
if redis.call('SCARD', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('DEL', KEYS[3])
  new = 1
end
redis.call('SADD', KEYS[1], ARGV[2])
redis.call('SET', KEYS[5], '1', 'PX', ARGV[3])
redis.call('HSET', KEYS[6], 'start', 'start')
return {new, moved, redis.call('ZCARD', KEYS[2])}
"""

# KEYS: workers queue seen requeued hb lease   ARGV: ns wid requeue_own(0/1) clear(0/1)
LEAVE = _REAP + """
local own = 0
if ARGV[3] == '1' then
  for _, v in ipairs(redis.call('HVALS', KEYS[6])) do
    local sp = string.find(v, ' ', 1, true)
    if sp then
      redis.call('ZADD', KEYS[2], string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
      own = own + 1
    end
  end
end
redis.call('DEL', KEYS[6], KEYS[5])
redis.call('SREM', KEYS[1], ARGV[2])
local moved = reap(KEYS[1], KEYS[2], KEYS[4], ARGV[1])
local cleared = 0
if redis.call('SCARD', KEYS[1]) == 0 then
  if ARGV[4] == '1' or redis.call('ZCARD', KEYS[2]) == 0 then
    redis.call('DEL', KEYS[2], KEYS[3], ARGV[1] .. ':lease-seq')
    cleared = 1
  end
end
return {own, moved, cleared}
"""

# KEYS: workers queue requeued lease   ARGV: ns wid, tokens to keep...
IDLE = _REAP + """
local keep = {}
for i = 3, #ARGV do keep[ARGV[i]] = true end
local leaked = 0
for _, token in ipairs(redis.call('HKEYS', KEYS[4])) do
  if not keep[token] then
    redis.call('HDEL', KEYS[4], token)
    leaked = leaked + 1
  end
end
local moved = reap(KEYS[1], KEYS[2], KEYS[3], ARGV[1])
local busy = 0
for _, wid in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if wid ~= ARGV[2] and redis.call('HLEN', ARGV[1] .. ':lease:' .. wid) > 0 then
    busy = busy + 1
  end
end
return {redis.call('ZCARD', KEYS[2]), busy, moved, leaked}
"""

# KEYS: queue lease seq blocked
POP = """
local b = redis.call('GET', KEYS[4])
if b then return {'', b} end
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local token = tostring(redis.call('INCR', KEYS[3]))
redis.call('HSET', KEYS[2], token, r[2] .. ' ' .. r[1])
return {token, r[1]}
"""

# KEYS: queue seen lease   ARGV: score data fingerprint-or-'' token-to-release-or-''
PUSH = """
local added = 1
if ARGV[3] ~= '' and redis.call('SADD', KEYS[2], ARGV[3]) == 0 then
  added = 0
else
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
end
if ARGV[4] ~= '' then redis.call('HDEL', KEYS[3], ARGV[4]) end
return added
"""


def crawl_namespace(prefix: str, spider_name: str, base_url: str) -> str:
    host = urlsplit(base_url).netloc.lower() or "default"
    return f"{prefix}:{spider_name}:{host}"


class Worker:
    """This process's membership in the crawl of one spider and host."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        spider = crawler.spider
        assert spider is not None
        self.crawler = crawler
        self.server = connect(settings["KZNEWS_REDIS_URL"])
        self.prefix = str(setting(settings, "KZNEWS_REDIS_PREFIX"))
        self.ns = crawl_namespace(self.prefix, spider.name, getattr(spider, "base_url", ""))
        self.id = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(2)}"
        self.ttl_ms = int(float(setting(settings, "KZNEWS_REDIS_WORKER_TTL")) * 1000)
        self.crawl_ttl_ms = int(float(setting(settings, "KZNEWS_REDIS_CRAWL_TTL")) * 1000)
        ns = self.ns
        self.queue, self.seen, self.workers = f"{ns}:queue", f"{ns}:seen", f"{ns}:workers"
        self.requeued, self.seq = f"{ns}:requeued", f"{ns}:lease-seq"
        self.hb, self.lease = f"{ns}:hb:{self.id}", f"{ns}:lease:{self.id}"
        self.metrics = f"{self.prefix}:metrics"
        # "<kind> <url>" of the block that stopped a worker: the others stop on their next pop
        self.blocked = f"{ns}:blocked"
        self.peer_block: tuple[str, str] | None = None
        self._join = self.server.register_script(JOIN)
        self._leave = self.server.register_script(LEAVE)
        self._idle = self.server.register_script(IDLE)
        self._pop = self.server.register_script(POP)
        self._push = self.server.register_script(PUSH)
        self.popped = 0
        self.joined = False
        #: article id -> lease token of requests whose article is still on its way out of the
        #: spider (buffered, or in the item pipelines): the lease ends with the item.
        self.awaiting: dict[str, str] = {}

    def _inc(self, key: str, count: int = 1) -> None:
        if self.crawler.stats and count:
            self.crawler.stats.inc_value(f"distributed/{key}", count)

    # ------------------------------------------------------------------ membership
    def join(self) -> bool:
        """Take part in the crawl; True when it starts a new one (fingerprints reset)."""
        new, moved, queued = self._join(
            keys=[self.workers, self.queue, self.seen, self.requeued, self.hb, self.lease,
                  self.blocked],
            args=[self.ns, self.id, self.ttl_ms])
        self.joined = True
        self._inc("requeued", moved)
        if self.crawler.stats:
            self.crawler.stats.set_value("distributed/worker", self.id)
        logger.info("distributed: worker %s %s %s (%d requests queued, %d requeued from dead "
                    "workers)", self.id, "started a new crawl at" if new else "joined",
                    self.ns, queued, moved)
        return bool(new)

    def leave(self, reason: str) -> None:
        if not self.joined:
            return
        self.joined = False
        # Anything but a normal end leaves unfinished work: hand it back. Only a shutdown
        # (Ctrl-C, SIGTERM, Scrapyd cancel) or a block keeps the queue for a later run to
        # resume.
        keep = reason in ("shutdown", "blocked")
        own, moved, cleared = self._leave(
            keys=[self.workers, self.queue, self.seen, self.requeued, self.hb, self.lease],
            args=[self.ns, self.id, int(reason != "finished"), int(not keep)])
        self._inc("requeued_own", own)
        self._inc("requeued", moved)
        logger.info("distributed: worker %s left (%s)%s", self.id, reason,
                    "; crawl keys deleted" if cleared else "")

    def heartbeat(self) -> None:
        pipe = self.server.pipeline(transaction=False)
        pipe.set(self.hb, "1", px=self.ttl_ms)
        pipe.sadd(self.workers, self.id)  # back in, should a peer have reaped a stalled worker
        for key in (self.queue, self.seen, self.workers):
            pipe.pexpire(key, self.crawl_ttl_ms)
        pipe.execute()
        CountingRedis.round_trips += 1

    def idle(self) -> tuple[int, int]:
        """Called when this worker has nothing in flight: (requests queued, busy peers)."""
        queued, busy, moved, leaked = self._idle(
            keys=[self.workers, self.queue, self.requeued, self.lease],
            args=[self.ns, self.id, *self.awaiting.values()])
        self._inc("requeued", moved)
        self._inc("leases_cleared_idle", leaked)
        if moved:
            logger.warning("distributed: %d requests of dead workers put back in the queue",
                           moved)
        return int(queued), int(busy)

    def record_round_trips(self) -> None:
        self.server.hincrby(self.metrics, "round_trips", CountingRedis.round_trips + 1)

    # ------------------------------------------------------------------ queue
    def pop(self) -> tuple[str, str] | None:
        got = self._pop(keys=[self.queue, self.lease, self.seq, self.blocked])
        if not got:
            return None
        if not got[0]:
            kind, _, url = str(got[1]).partition(" ")
            self.peer_block = (kind, url)
            return None
        self.popped += 1
        return str(got[0]), str(got[1])

    def flag_block(self, kind: str, url: str) -> None:
        """Tell the other workers that the outlet's protection stopped this one (the first
        block stays; the flag goes when a worker joins a crawl nobody takes part in)."""
        self.server.set(self.blocked, f"{kind} {url}", px=self.crawl_ttl_ms, nx=True)

    def push(self, score: float, data: str, fingerprint: str, release: str = "") -> bool:
        return bool(self._push(keys=[self.queue, self.seen, self.lease],
                               args=[score, data, fingerprint, release]))

    def release(self, token: str) -> None:
        self.server.hdel(self.lease, token)

    def item_done(self, article_id: str) -> None:
        token = self.awaiting.pop(article_id, None)
        if token:
            self.release(token)

    def queued(self) -> int:
        return int(self.server.zcard(self.queue))


_WORKERS: weakref.WeakKeyDictionary[Crawler, Worker] = weakref.WeakKeyDictionary()


def worker_for(crawler: Crawler) -> Worker:
    """The crawl's one :class:`Worker`, shared by the scheduler, middleware and extension."""
    worker = _WORKERS.get(crawler)
    if worker is None:
        worker = _WORKERS[crawler] = Worker(crawler)
    return worker


def _lease(response: Response) -> tuple[str | None, str | None]:
    """(lease token, article id) of the request behind ``response``."""
    request = getattr(response, "request", None)
    if request is None:
        return None, None
    lease = request.meta.get(LEASE)
    return (str(lease[0]) if lease else None), request.meta.get("article_id")


def _buffered(spider: Any, article_id: str) -> bool:
    """Whether the spider holds the article back (the translation pairer's window)."""
    pending = getattr(getattr(spider, "pairer", None), "pending", None) or ()
    return any(getattr(a, "id", None) == article_id for a in pending)


class LeaseMiddleware:
    """Spider middleware (outermost): ends a request's lease once what it produced has left
    the process, and keeps leases from leaking into the requests a callback yields.

    An article's lease ends when its item has been through the pipelines (exported) or
    dropped (item signals, :class:`WorkerExtension`), also when the spider held the item
    back for a while; any other request's lease ends with its callback's output.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseMiddleware:
        return cls(crawler)

    def _pass(self, response: Response, x: Any) -> Any:
        if isinstance(x, Request):
            x.meta.pop(LEASE, None)
            return x
        token, article_id = _lease(response)
        if token and article_id and ItemAdapter.is_item(x) and \
                ItemAdapter(x).get("id") == article_id:
            worker_for(self.crawler).awaiting[article_id] = token
        return x

    def _release(self, response: Response) -> None:
        token, article_id = _lease(response)
        if not token:
            return
        worker = worker_for(self.crawler)
        if article_id and worker.awaiting.get(article_id) == token:
            return  # its item is on its way: released by the item signal
        if article_id and _buffered(self.crawler.spider, article_id):
            worker.awaiting[article_id] = token
            return
        worker.release(token)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item_or_request in start:
            yield item_or_request
        worker_for(self.crawler).release(START)

    def process_spider_output(self, response: Response, result: Iterable[Any]
                              ) -> Iterator[Any]:
        for x in result:
            yield self._pass(response, x)
        self._release(response)

    async def process_spider_output_async(self, response: Response,
                                          result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for x in result:
            yield self._pass(response, x)
        self._release(response)

    def process_spider_exception(self, response: Response, exception: Exception) -> None:
        self._release(response)


def _ignore(response: Response) -> None:
    """Callback of the idle poll's ``data:`` request."""


class WorkerExtension:
    """Heartbeats, reaping dead peers, and when an idle worker may close.

    An idle worker closes (``finished``) when the queue is empty and no live peer holds a
    lease, i.e. nothing more can appear. While a peer is still busy it waits, since the
    peer's pages may yield new requests; after ``KZNEWS_REDIS_IDLE_TIMEOUT`` seconds without
    taking a request it closes anyway (``idle_timeout``).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.idle_timeout = float(setting(crawler.settings, "KZNEWS_REDIS_IDLE_TIMEOUT"))
        self.interval = float(setting(crawler.settings, "KZNEWS_REDIS_WORKER_TTL")) / 3
        self.loop: task.LoopingCall | None = None
        self.idle_since: float | None = None
        self.popped_seen = -1
        self.poke: CallLaterResult | None = None
        self.poke_pending = False
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)
        crawler.signals.connect(self.block_stopped, signal=blocks.block_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerExtension:
        return cls(crawler)

    def item_done(self, item: Any) -> None:
        if ItemAdapter.is_item(item):
            article_id = ItemAdapter(item).get("id")
            if article_id:
                worker_for(self.crawler).item_done(str(article_id))

    def spider_opened(self) -> None:
        self.loop = task.LoopingCall(self._beat)
        self.loop.start(self.interval, now=True)

    def _beat(self) -> None:
        try:
            worker_for(self.crawler).heartbeat()
        except redis.RedisError as exc:  # keep beating: Redis may come back
            logger.warning("distributed: heartbeat failed: %s", exc)

    def block_stopped(self, kind: str, url: str) -> None:
        try:
            worker_for(self.crawler).flag_block(kind, url)
        except redis.RedisError as exc:
            logger.warning("distributed: could not tell the other workers about the block: "
                           "%s", exc)

    def spider_idle(self) -> None:
        guard = blocks.guard_for(self.crawler)
        if guard is not None and guard.stopping:
            # The block guard closes the crawl; its failed requests keep their leases, handed
            # back to the queue when this worker leaves.
            return
        worker = worker_for(self.crawler)
        queued, busy = worker.idle()
        if queued:
            self.idle_since = None
            self._poke_soon()
            raise DontCloseSpider  # requests came back (reaped) or arrived meanwhile
        if not busy:
            return  # nothing queued, nothing in flight anywhere: the crawl is done
        now = time.monotonic()
        if worker.popped != self.popped_seen or self.idle_since is None:
            self.popped_seen, self.idle_since = worker.popped, now
        if now - self.idle_since >= self.idle_timeout:
            logger.warning("distributed: idle for %.0fs while %d peer(s) still busy: closing",
                           now - self.idle_since, busy)
            raise CloseSpider("idle_timeout")
        self._poke_soon()
        raise DontCloseSpider

    def _poke_soon(self) -> None:
        """Look at the shared queue again in POLL seconds rather than at the engine's next
        5 s heartbeat: a local ``data:`` request wakes the engine up."""
        if not self.poke_pending:
            self.poke_pending = True
            self.poke = call_later(POLL, self._poke)

    def _poke(self) -> None:
        self.poke_pending = False
        engine = self.crawler.engine
        if engine is None or not engine.running or self.crawler.spider is None:
            return
        if self.crawler.stats:
            self.crawler.stats.inc_value("distributed/idle_polls")
        engine.crawl(Request("data:,", callback=_ignore, dont_filter=True,
                             meta={"dont_obey_robotstxt": True}))

    def spider_closed(self, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.poke is not None:
            self.poke.cancel()
        worker = worker_for(self.crawler)
        if self.crawler.stats:
            self.crawler.stats.set_value("distributed/redis_round_trips",
                                         CountingRedis.round_trips)
        try:
            worker.record_round_trips()
        except redis.RedisError as exc:
            logger.warning("distributed: could not record metrics: %s", exc)
