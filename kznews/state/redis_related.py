"""The related links a crawl owes (:mod:`kznews.state.related`), kept in Redis.

``<prefix>:store:<site>:related``: hash id -> JSON ``[path, lang, hop, run, noted]``. A
distributed crawl's queue outlives a killed worker (its leases are re-queued), but not a
crawl whose every worker was stopped and whose next run starts afresh; the notes do.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from typing import Any

from kznews.state.related import Owed, OwedLink

# KEYS: related   ARGV: run now, then id path lang hop of every link
NOTE = """
for i = 3, #ARGV, 4 do
  local hop = tonumber(ARGV[i + 3])
  local raw = redis.call('HGET', KEYS[1], ARGV[i])
  if raw then
    local old = cjson.decode(raw)[3]
    if old < hop then hop = old end
  end
  local lang = ARGV[i + 2]
  if lang == '' then lang = cjson.null end
  redis.call('HSET', KEYS[1], ARGV[i],
             cjson.encode({ARGV[i + 1], lang, hop, ARGV[1], tonumber(ARGV[2])}))
end
return 1
"""

# KEYS: related   ARGV: run taken, then the ids to delete if still settled by this run
SETTLE = """
local runs = {}
for run in string.gmatch(ARGV[3], '%S+') do runs[run] = true end
local gone = 0
for i = 4, #ARGV do
  local raw = redis.call('HGET', KEYS[1], ARGV[i])
  if raw then
    local r = cjson.decode(raw)
    if r[4] == ARGV[1] or (runs[r[4]] and r[5] <= tonumber(ARGV[2])) then
      redis.call('HDEL', KEYS[1], ARGV[i])
      gone = gone + 1
    end
  end
end
return gone
"""
BATCH = 500


class RedisRelatedLinks:
    """The ``related_links`` methods of :class:`kznews.state.redis_store.RedisArticleStore`."""

    client: Any

    def _key(self, part: str, site: str | None = None) -> str:
        raise NotImplementedError

    def note_related(self, run_id: str, links: Iterable[OwedLink]) -> None:
        args = [x for link in links for x in (link.id, link.path, link.lang or "", link.hop)]
        if args:
            self.client.eval(NOTE, 1, self._key("related"), run_id, repr(time.time()), *args)

    def owed_related(self, run_id: str) -> Owed:
        taken = time.time()
        links, runs = [], set()
        for aid, raw in self.client.hscan_iter(self._key("related"), count=1000):
            path, lang, hop, run, _ = json.loads(raw)
            if run != run_id:
                links.append(OwedLink(str(aid), path, lang, int(hop)))
                runs.add(run)
        links.sort(key=lambda link: (link.hop, link.id))
        return Owed(links, runs, taken)

    def settle_related(self, run_id: str, owed: Owed | None) -> None:
        ids = [str(aid) for aid in self.client.hkeys(self._key("related"))]
        runs = " ".join(sorted(owed.runs)) if owed else ""
        taken = repr(owed.taken) if owed else "0"
        for start in range(0, len(ids), BATCH):
            self.client.eval(SETTLE, 1, self._key("related"), run_id, taken, runs,
                             *ids[start:start + BATCH])
