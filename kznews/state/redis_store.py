"""The article store in Redis (distributed mode): the interface of the SQLite ``ArticleStore``.

Every worker of a distributed crawl decides new / changed / unchanged against the same
records, each decision in one Lua script call (atomic, like SQLite's ``BEGIN IMMEDIATE``).
Keys, under ``<prefix>:store:<site>`` (``KZNEWS_REDIS_PREFIX``, default ``kznews``)::

    :a                 hash  id -> JSON array of the record's columns (COLUMNS order)
    :b                 hash  first 128 bits of a body hash -> first two ids holding it
    :pending:<run>     set   ids a run claimed and has not confirmed yet
    :related           hash  related links a run cut short owes (kznews.state.redis_related)
    :runs, :runs-by-start    run records (the last MAX_RUNS kept)

``:epoch`` (the token that tells a store lost by Redis, see :mod:`kznews.state.redis_loss`),
and ``<prefix>:store:home:<host>:<state dir>``, a hash run -> site of the runs with
unconfirmed claims started from that host and state directory. A run's feed files live on
the machine that ran it, so only a later run *from the same home* can settle (reconcile) a
killed run's claims from its ``.part`` files; :meth:`pending_runs` lists only those runs.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kznews.redact import mask_credentials
from kznews.state import redis_loss
from kznews.state.redis_related import RedisRelatedLinks
from kznews.state.store import ArticleStore, Decision

logger = logging.getLogger(__name__)

COLUMNS = ("lang", "url", "content_hash", "body_hash", "revision", "previous_hash",
           "published_at", "first_seen", "last_seen", "last_checked", "etag", "last_modified",
           "pending_run", "fetched_at")
MAX_RUNS = 200
BODY_KEY_CHARS = 32

_DECODE = """
local function rec(raw) return cjson.decode(raw) end
local function nz(v) if v == '' then return cjson.null end return v end
"""

# KEYS: a b pending home
# ARGV: id chash bhash bkey lang url published now etag lm run site fetched
# A record written before fetch times were kept has 13 columns: its r[14] is nil (unknown).
CLAIM = _DECODE + """
local raw = redis.call('HGET', KEYS[1], ARGV[1])
-- The first two ids seen with this body (those still holding it): the earliest other one
-- is the article this one duplicates, as SQLite's "ORDER BY first_seen LIMIT 1" finds.
local listed = redis.call('HGET', KEYS[2], ARGV[4])
local ids, has, dup = {}, false, false
if listed then
  for id in string.gmatch(listed, '%S+') do
    if id == ARGV[1] then
      ids[#ids + 1] = id; has = true
    else
      local other = redis.call('HGET', KEYS[1], id)
      if other and rec(other)[4] == ARGV[3] then
        ids[#ids + 1] = id
        if not dup then dup = id end
      end
    end
  end
end
if not has and #ids < 2 then ids[#ids + 1] = ARGV[1] end
local joined = table.concat(ids, ' ')
if joined ~= listed then redis.call('HSET', KEYS[2], ARGV[4], joined) end
local now = tonumber(ARGV[8])
local fetched = tonumber(ARGV[13])
if not raw then
  local r = {nz(ARGV[5]), nz(ARGV[6]), ARGV[2], ARGV[3], 1, cjson.null, nz(ARGV[7]),
             now, now, now, nz(ARGV[9]), nz(ARGV[10]), ARGV[11], fetched}
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(r))
  redis.call('SADD', KEYS[3], ARGV[1])
  redis.call('HSET', KEYS[4], ARGV[11], ARGV[12])
  return {'new', 1, false, dup}
end
local r = rec(raw)
local known = r[14] ~= nil and r[14] ~= cjson.null
if r[3] == ARGV[2] then
  r[9] = now; r[10] = now; r[11] = nz(ARGV[9]); r[12] = nz(ARGV[10])
  if not known or fetched > r[14] then r[14] = fetched end
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(r))
  return {'unchanged', r[5], false, dup}
end
-- a capture older than the stored revision's content: not stored, not exported
if known and fetched < r[14] then return {'older', r[5], false, dup} end
local previous = r[3]
r[1] = nz(ARGV[5]); r[2] = nz(ARGV[6]); r[3] = ARGV[2]; r[4] = ARGV[3]
r[5] = r[5] + 1; r[6] = previous; r[7] = nz(ARGV[7]); r[9] = now; r[10] = now
r[11] = nz(ARGV[9]); r[12] = nz(ARGV[10]); r[13] = ARGV[11]; r[14] = fetched
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(r))
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[4], ARGV[11], ARGV[12])
return {'changed', r[5], previous, dup}
"""

# KEYS: a   ARGV: id now
TOUCH = _DECODE + """
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local r = rec(raw)
r[9] = tonumber(ARGV[2]); r[10] = tonumber(ARGV[2])
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(r))
return 1
"""

# KEYS: a pending home   ARGV: run id...
CONFIRM = _DECODE + """
for i = 2, #ARGV do
  local raw = redis.call('HGET', KEYS[1], ARGV[i])
  if raw then
    local r = rec(raw)
    if r[13] == ARGV[1] then
      r[13] = cjson.null
      redis.call('HSET', KEYS[1], ARGV[i], cjson.encode(r))
    end
  end
  redis.call('SREM', KEYS[2], ARGV[i])
end
if redis.call('SCARD', KEYS[2]) == 0 then redis.call('HDEL', KEYS[3], ARGV[1]) end
return 1
"""

# KEYS: a pending home runs   ARGV: run now, then id, hash of every line the run's feeds hold
RECONCILE = _DECODE + """
local written = {}
for i = 3, #ARGV, 2 do written[ARGV[i]] = ARGV[i + 1] end
local kept, undone = 0, 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  local raw = redis.call('HGET', KEYS[1], id)
  if raw then
    local r = rec(raw)
    if r[13] == ARGV[1] then
      if written[id] == r[3] then
        kept = kept + 1
        r[13] = cjson.null
        redis.call('HSET', KEYS[1], id, cjson.encode(r))
      else
        undone = undone + 1
        if r[5] <= 1 or r[6] == cjson.null then
          redis.call('HDEL', KEYS[1], id)
        else
          r[3] = r[6]; r[5] = r[5] - 1; r[6] = cjson.null; r[13] = cjson.null
          r[11] = cjson.null; r[12] = cjson.null; r[14] = cjson.null
          redis.call('HSET', KEYS[1], id, cjson.encode(r))
        end
      end
    end
  end
end
redis.call('DEL', KEYS[2])
redis.call('HDEL', KEYS[3], ARGV[1])
-- The run was killed: recorded as ended now, so the next crawl walks every listing page.
local run = redis.call('HGET', KEYS[4], ARGV[1])
local r = run and cjson.decode(run) or {tonumber(ARGV[2]), cjson.null, cjson.null}
if r[2] == cjson.null then
  r[2] = tonumber(ARGV[2]); r[3] = 'killed'
  redis.call('HSET', KEYS[4], ARGV[1], cjson.encode(r))
end
return {kept, undone}
"""

# KEYS: runs runs-by-start   ARGV: run now max
# Unclean: the last run started did not finish cleanly (as in SQLite), or a run ended
# otherwise (killed and settled by a later run) after the last clean end.
BEGIN = """
local last = redis.call('ZREVRANGE', KEYS[2], 0, 0)
local unclean = 0
if #last > 0 then
  local raw = redis.call('HGET', KEYS[1], last[1])
  if raw then
    local r = cjson.decode(raw)
    if r[2] == cjson.null or r[3] ~= 'finished' then unclean = 1 end
  end
end
local runs = redis.call('HVALS', KEYS[1])
local clean_end = 0
for _, raw in ipairs(runs) do
  local r = cjson.decode(raw)
  if r[3] == 'finished' and r[2] ~= cjson.null and r[2] > clean_end then clean_end = r[2] end
end
for _, raw in ipairs(runs) do
  local r = cjson.decode(raw)
  if r[2] ~= cjson.null and r[3] ~= 'finished' and r[2] > clean_end then unclean = 1 end
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode({tonumber(ARGV[2]), cjson.null, cjson.null}))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
local extra = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
if extra > 0 then
  for _, old in ipairs(redis.call('ZRANGE', KEYS[2], 0, extra - 1)) do
    redis.call('HDEL', KEYS[1], old)
  end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, extra - 1)
end
return unclean
"""

# KEYS: runs   ARGV: run now reason
FINISH = """
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local r = cjson.decode(raw)
r[2] = tonumber(ARGV[2]); r[3] = ARGV[3]
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(r))
return 1
"""


def _none(value: Any) -> Any:
    return None if value is None or value == "" else value


def redact(url: str) -> str:
    """The Redis URL without its password (for logs and ``stats()``)."""
    return mask_credentials(url)


class RedisArticleStore(RedisRelatedLinks, ArticleStore):
    """Same methods and semantics as :class:`ArticleStore`; the records live in Redis.

    ``path`` names the state directory the run's local files (feeds, run locks) belong to:
    it identifies the run's home. With ``feeds_dir`` (a crawl) the store checks it was not
    lost (:mod:`kznews.state.redis_loss`), restores it from the feeds if it was, and
    remembers its epoch in the state directory.
    """

    def __init__(self, url: str, path: str | Path, site: str, prefix: str = "kznews",
                 feeds_dir: Path | None = None,
                 accept: Callable[[str], bool] | None = None) -> None:
        # The SQLite base class is not initialised: every method is replaced below.
        self.url = url
        self.path = Path(path)
        self.site = site
        self.prefix = f"{prefix}:store"
        self.home = f"{self.prefix}:home:{socket.gethostname()}:{self.path.parent.absolute()}"
        from kznews.redis.worker import connect  # the client that counts round trips

        self.client = connect(url)
        self._claim = self.client.register_script(CLAIM)
        self._touch = self.client.register_script(TOUCH)
        self._confirm = self.client.register_script(CONFIRM)
        self._reconcile = self.client.register_script(RECONCILE)
        self._begin = self.client.register_script(BEGIN)
        self._finish = self.client.register_script(FINISH)
        self._finish_checked = self.client.register_script(redis_loss.FINISH)
        self.epoch = ""
        self.data_lost = False  # the store's data vanished during this run
        self.restored = 0  # records put back from the feeds when the loss was found at open
        if feeds_dir is not None:
            self._check_epoch(feeds_dir, accept or (lambda url: True))

    def _check_epoch(self, feeds_dir: Path, accept: Callable[[str], bool]) -> None:
        state_dir, name = self.path.parent, f"{self.prefix}:{self.site}"
        known = redis_loss.read_epoch(state_dir, name)
        marker = f"lost-{redis_loss.new_epoch()}"
        epoch, lost = self.client.register_script(redis_loss.OPEN)(
            keys=[self._key("epoch"), self._key("runs"), self._key("runs-by-start")],
            args=[known, redis_loss.new_epoch(), repr(time.time()), marker])
        if int(lost):
            self.restored = self.restore(redis_loss.feed_records(feeds_dir, accept, time.time()))
            logger.warning("Redis lost the article store of %s (restarted empty or flushed): "
                           "%d records restored from the feeds in %s; this crawl walks every "
                           "listing page", self.site, self.restored, feeds_dir)
        redis_loss.write_epoch(state_dir, name, str(epoch))
        self.epoch = str(epoch)

    def restore(self, records: dict[str, list[Any]]) -> int:
        """Put back the records of articles the store does not hold; how many were added."""
        script = self.client.register_script(redis_loss.RESTORE)
        items, added = list(records.items()), 0
        for start in range(0, len(items), 300):
            args = [x for aid, rec in items[start:start + 300]
                    for x in (aid, json.dumps(rec), rec[3][:BODY_KEY_CHARS])]
            added += int(script(keys=[self._key("a"), self._key("b")], args=args))
        return added

    def _key(self, part: str, site: str | None = None) -> str:
        return f"{self.prefix}:{self.site if site is None else site}:{part}"

    def close(self) -> None:
        self.client.close()

    # ------------------------------------------------------------------ reads
    def _row(self, site: str, article_id: str, raw: str | bytes) -> dict[str, Any]:
        values = json.loads(raw)
        values += [None] * (len(COLUMNS) - len(values))  # written before fetched_at was kept
        row: dict[str, Any] = {"site": site, "id": article_id}
        row.update(zip(COLUMNS, (_none(v) for v in values), strict=True))
        return row

    def get(self, article_id: str) -> dict[str, Any] | None:
        raw = self.client.hget(self._key("a"), article_id)
        return self._row(self.site, article_id, raw) if raw else None

    def known(self) -> dict[str, tuple[str, float, str | None, str | None]]:
        out = {}
        for aid, raw in self.client.hscan_iter(self._key("a"), count=1000):
            r = json.loads(raw)
            if r[12] is None:
                out[aid] = (r[2], float(r[9]), _none(r[10]), _none(r[11]))
        return out

    def sites(self) -> list[str]:
        head, tail = f"{self.prefix}:", ":a"
        keys = self.client.scan_iter(match=f"{self.prefix}:*:a", count=1000)
        return sorted(k[len(head):-len(tail)] for k in keys)

    def by_id(self, article_id: str) -> list[dict[str, Any]]:
        out = []
        for site in self.sites():
            raw = self.client.hget(self._key("a", site), article_id)
            if raw:
                out.append(self._row(site, article_id, raw))
        return out

    def rows(self) -> Iterator[dict[str, Any]]:
        for site in self.sites():
            records = dict(self.client.hscan_iter(self._key("a", site), count=1000))
            for aid in sorted(records):
                yield self._row(site, aid, records[aid])

    def pending_runs(self) -> list[str]:
        return sorted(str(run) for run in self.client.hkeys(self.home))

    # ------------------------------------------------------------------ writes
    def claim(self, item: dict[str, Any], body_hash: str, run_id: str,
              etag: str | None = None, last_modified: str | None = None,
              fetched: float | None = None) -> Decision:
        now = time.time()
        args = [item["id"], item["content_hash"], body_hash, body_hash[:BODY_KEY_CHARS],
                item.get("lang") or "", item.get("url") or "", item.get("published_at") or "",
                repr(now), etag or "", last_modified or "", run_id, self.site,
                repr(now if fetched is None else fetched)]
        kind, revision, previous, dup = self._claim(
            keys=[self._key("a"), self._key("b"), self._key(f"pending:{run_id}"), self.home],
            args=args)
        return Decision(str(kind), int(revision), previous or None, dup or None)

    def touch(self, article_id: str) -> None:
        self._touch(keys=[self._key("a")], args=[article_id, repr(time.time())])

    def confirm(self, run_id: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self._confirm(keys=[self._key("a"), self._key(f"pending:{run_id}"), self.home],
                          args=[run_id, *ids])

    def reconcile(self, run_id: str, written: set[tuple[str, str]]) -> tuple[int, int]:
        site = str(self.client.hget(self.home, run_id) or self.site)
        pending = self._key(f"pending:{run_id}", site)
        claimed = set(self.client.smembers(pending))
        lines = [x for aid, chash in written if aid in claimed for x in (aid, chash)]
        kept, undone = self._reconcile(
            keys=[self._key("a", site), pending, self.home, self._key("runs", site)],
            args=[run_id, repr(time.time()), *lines])
        return int(kept), int(undone)

    def begin_run(self, run_id: str) -> bool:
        return bool(self._begin(keys=[self._key("runs"), self._key("runs-by-start")],
                                args=[run_id, repr(time.time()), MAX_RUNS]))

    def finish_run(self, run_id: str, reason: str) -> None:
        if not self.epoch:
            self._finish(keys=[self._key("runs")], args=[run_id, repr(time.time()), reason])
            return
        kept = self._finish_checked(
            keys=[self._key("runs"), self._key("runs-by-start"), self._key("epoch")],
            args=[run_id, repr(time.time()), reason, self.epoch])
        if not int(kept):
            self.data_lost = True
            logger.error("Redis lost the article store's data during this run (restarted "
                         "empty or flushed): the next crawl restores it from the feeds and "
                         "walks every listing page")

    # ------------------------------------------------------------------ stats
    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": redact(self.url), "bytes": self.size_bytes(),
                               "sites": {}, "langs": {}}
        langs: dict[str, int] = {}
        for site in self.sites():
            n = revised = pending = 0
            for _, raw in self.client.hscan_iter(self._key("a", site), count=1000):
                r = json.loads(raw)
                n += 1
                revised += int(r[4]) > 1
                pending += r[12] is not None
                langs[r[0]] = langs.get(r[0], 0) + 1
            out["sites"][site] = {"articles": n, "revised": revised, "pending": pending}
        out["langs"] = langs
        return out

    def size_bytes(self) -> int:
        """Bytes of Redis memory held by the store's keys (all sites)."""
        total = 0
        for key in self.client.scan_iter(match=f"{self.prefix}:*", count=1000):
            total += int(self.client.memory_usage(key, samples=0) or 0)
        return total

    def _immediate(self) -> Any:
        raise NotImplementedError("the Redis store has no SQL transactions")


def open_redis_store(settings: Any, path: str | Path, site: str) -> RedisArticleStore:
    """The store of a crawl: checked for a loss, restored from ``KZNEWS_FEEDS_DIR``'s lines
    of this site (all lines when ``KZNEWS_SITE_KEY`` names the namespace)."""
    from kznews.state import site_key

    prefix = settings.get("KZNEWS_REDIS_PREFIX") or "kznews"
    feeds = Path(settings.get("KZNEWS_FEEDS_DIR") or "feeds").absolute()
    custom = bool(settings.get("KZNEWS_SITE_KEY"))
    return RedisArticleStore(settings["KZNEWS_REDIS_URL"], path, site, prefix, feeds,
                             lambda url: custom or site_key(url) == site)


__all__ = ["COLUMNS", "RedisArticleStore", "open_redis_store", "redact"]
