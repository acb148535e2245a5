"""Telling that Redis lost the article store, and restoring it from this machine's feeds.

A Redis without persistence that restarts comes back empty, and so does one that is
flushed: the store's records (which articles were exported), the run records (whether the
last crawl ended cleanly) and the crawl's queue are gone. Nothing in an empty Redis says so,
and the next crawl would stop at the first listing page holding only articles the few
records written since know — leaving every article the lost queue held unfetched for good.

So the store carries an *epoch*: ``<prefix>:store:<site>:epoch``, a random token written when
the store is first used, and each state directory remembers the epoch it last saw
(``<state dir>/redis-epochs.json``). A crawl that opens the store and finds the epoch missing
or changed knows the data it remembered is gone. It then

* puts back, from the feed files of this machine, the record of every article they hold (so
  those are not exported again),
* records a run that ended with ``redis_data_lost``, so this crawl and every other worker
  starting now walk every listing page (as after any run that did not end cleanly),

and a run whose own run record vanished while it ran (Redis restarted mid-crawl) records the
same at its end (``finish_run``), fails its report and makes the next crawl walk everything.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

#: Reason of the run record written when the store's data is found lost.
LOST = "redis_data_lost"
EPOCHS_FILE = "redis-epochs.json"

# KEYS: epoch runs runs-by-start   ARGV: known-epoch-or-'' candidate now marker-run
OPEN = """
local cur = redis.call('GET', KEYS[1])
local lost = 0
if not cur then
  redis.call('SET', KEYS[1], ARGV[2])
  cur = ARGV[2]
  if ARGV[1] ~= '' then lost = 1 end
elseif ARGV[1] ~= '' and ARGV[1] ~= cur then
  lost = 1
end
if lost == 1 then
  local now = tonumber(ARGV[3])
  redis.call('HSET', KEYS[2], ARGV[4], cjson.encode({now, now, 'redis_data_lost'}))
  redis.call('ZADD', KEYS[3], now, ARGV[4])
end
return {cur, lost}
"""

# KEYS: a b   ARGV: id1 record1 bodykey1 id2 ...   (records absent from the store only)
RESTORE = """
local restored = 0
for i = 1, #ARGV, 3 do
  if redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1]) == 1 then
    restored = restored + 1
    local listed = redis.call('HGET', KEYS[2], ARGV[i + 2])
    if not listed then
      redis.call('HSET', KEYS[2], ARGV[i + 2], ARGV[i])
    elseif not string.find(listed, ' ', 1, true) then
      redis.call('HSET', KEYS[2], ARGV[i + 2], listed .. ' ' .. ARGV[i])
    end
  end
end
return restored
"""

# KEYS: runs runs-by-start epoch   ARGV: run now reason epoch-seen-at-open
# 1: finished as recorded; 0: the run record or the epoch vanished during the run.
FINISH = """
local raw = redis.call('HGET', KEYS[1], ARGV[1])
local now = tonumber(ARGV[2])
if raw and redis.call('GET', KEYS[3]) == ARGV[4] then
  local r = cjson.decode(raw)
  r[2] = now; r[3] = ARGV[3]
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(r))
  return 1
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode({now, now, 'redis_data_lost'}))
redis.call('ZADD', KEYS[2], now, ARGV[1])
return 0
"""


def new_epoch() -> str:
    return f"{int(time.time())}-{secrets.token_hex(8)}"


def read_epoch(state_dir: Path, name: str) -> str:
    try:
        data = json.loads((state_dir / EPOCHS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def write_epoch(state_dir: Path, name: str, epoch: str) -> None:
    """Remember the epoch (atomically: workers of one machine share the file)."""
    path = state_dir / EPOCHS_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    if data.get(name) == epoch:
        return
    data[name] = epoch
    state_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=state_dir, prefix=".redis-epochs.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1, sort_keys=True)
    os.replace(tmp, path)


def _feed_lines(feeds_dir: Path) -> Iterator[dict[str, Any]]:
    """Every whole line of every feed file (finished or ``.part``) under ``feeds_dir``."""
    for path in sorted(feeds_dir.glob("*/*.jsonl")) + sorted(feeds_dir.glob("*/.*.part")):
        try:
            with path.open("rb") as handle:
                for raw in handle:
                    if not raw.endswith(b"\n"):
                        break  # a cut last line
                    try:
                        obj = json.loads(raw)
                    except ValueError:
                        continue
                    if isinstance(obj, dict) and obj.get("id") and obj.get("content_hash"):
                        yield obj
        except OSError:
            continue


def feed_records(feeds_dir: Path, accept: Callable[[str], bool], now: float
                 ) -> dict[str, list[Any]]:
    """id -> store record (``COLUMNS`` order) of the latest revision each feed holds."""
    best: dict[str, list[Any]] = {}
    for line in _feed_lines(feeds_dir):
        if not accept(str(line.get("url") or "")):
            continue
        aid, revision = str(line["id"]), int(line.get("revision") or 1)
        if aid in best and best[aid][4] > revision:
            continue
        body = str(line.get("body") or "")
        best[aid] = [line.get("lang"), line.get("url"), line["content_hash"],
                     hashlib.sha256(body.encode("utf-8")).hexdigest(), revision,
                     line.get("previous_hash"), line.get("published_at"), now, now, now,
                     None, None, None]
    return best
