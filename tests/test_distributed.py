"""Distributed mode (``-s KZNEWS_REDIS_URL``) against a real ``redis-server``.

The server is started by this module on a free loopback port, in a temporary directory,
without persistence, and stopped afterwards; crawls run as ``python -m scrapy crawl`` in
subprocesses against the offline mirror, as in test_crawl.
"""

from __future__ import annotations

import inspect
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kznews.mirror import MirrorServer, build_site
from kznews.state import ArticleStore, store_path
from tests.crawl_helpers import REPO, redis_worker, run_crawl, wait_log
from tests.hostile_pages import Injected, serve_injected
from tests.test_politeness import CHALLENGE, Outlet, start_outlet
from tests.test_render import needs_chromium

redis = pytest.importorskip("redis")
if shutil.which("redis-server") is None:  # pragma: no cover - `make sysdeps` installs it
    pytest.skip("redis-server is not installed (make sysdeps)", allow_module_level=True)

from kznews.redis.server import RedisServer  # noqa: E402
from kznews.state.redis_store import RedisArticleStore  # noqa: E402


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.fixture(autouse=True)
def empty_redis(redis_server: RedisServer) -> Iterator[None]:
    client = redis_server.client()
    client.flushall()
    yield
    client.close()


@pytest.fixture
def procs() -> Iterator[list[Any]]:
    """Crawl processes a test started: killed if the test ends before they do."""
    started: list[Any] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


# ---------------------------------------------------------------------- helpers
def feed_ids(workdir: Path) -> Counter[str]:
    ids: Counter[str] = Counter()
    for path in sorted((workdir / "feeds").glob("*/*.jsonl")):
        ids.update(json.loads(line)["id"] for line in path.read_text("utf-8").splitlines())
    return ids


def part_lines(workdir: Path) -> int:
    return sum(len(p.read_bytes().splitlines()) for p in (workdir / "feeds").glob("*/.*.part"))


def stat(log: str, name: str) -> int:
    found = re.search(rf"'distributed/{name}': (\d+)", log)
    return int(found.group(1)) if found else 0


def wait_for(condition: Any, what: str, timeout: float = 120) -> None:
    """Poll a condition of the running crawl (bounded); no sleep stands in for a result."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


# ---------------------------------------------------------------------- units
def test_requests_are_queued_as_json_not_pickle() -> None:
    from scrapy import Request

    from kznews.redis import serialize

    request = Request("http://127.0.0.1/novosti/u1", headers={"If-None-Match": '"abc"'},
                      cb_kwargs={"listing_date": date(2021, 8, 2)}, body=b"\x00\xff",
                      meta={"article_id": "u1", "handle_httpstatus_list": [304]})
    text = serialize.dumps(request.to_dict())
    assert json.loads(text)["url"] == request.url  # plain JSON
    back = serialize.loads(text)
    assert back["cb_kwargs"] == {"listing_date": date(2021, 8, 2)}
    assert back["headers"][b"If-None-Match"] == [b'"abc"']
    assert back["body"] == b"\x00\xff"
    with pytest.raises(TypeError):
        serialize.dumps({"meta": {"x": object()}})


def test_article_requests_are_fingerprinted_on_the_article_id() -> None:
    from scrapy import Request

    from kznews.redis.scheduler import fingerprint

    a = Request("http://h/novosti/u5-slug", meta={"article_id": "u5"})
    b = Request("http://h/novosti/u5?utm=1", meta={"article_id": "u5"})
    assert fingerprint(a) == fingerprint(b) == "a:u5"
    assert fingerprint(Request("http://h/novosti?page=2")) != fingerprint(
        Request("http://h/novosti?page=3"))


def test_rendered_requests_are_queued_whole() -> None:
    """A request for the browser carries its render recipe, a name, through the queue."""
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.utils.request import request_from_dict

    from kznews.redis import serialize
    from kznews.render import Renderer
    from kznews.spiders.centerinform import CenterinformSpider

    spider = CenterinformSpider(base_url="http://127.0.0.1:1")
    crawler = SimpleNamespace(spider=spider, stats=None)
    static = Request("http://127.0.0.1:1/news/u5", callback=spider.parse_article,
                     meta={"article_id": "u5"}, cb_kwargs={"listing_date": date(2021, 8, 2)})
    rendered = Renderer("auto", crawler).render_request(static, "missing")  # type: ignore[arg-type]
    data = rendered.to_dict(spider=spider)
    back = request_from_dict(serialize.loads(serialize.dumps(data)), spider=spider)
    assert back.meta["kznews_render_recipe"] == "wait-article"
    assert back.meta["playwright"] is True and "playwright_page_methods" not in back.meta
    assert back.errback == spider.render_failed and back.callback == spider.parse_article
    assert back.cb_kwargs == {"listing_date": date(2021, 8, 2)}


def test_default_mode_imports_no_redis() -> None:
    code = ("import sys, kznews.settings, kznews.spiders.centerinform, kznews.pipelines, "
            "kznews.state, kznews.redis; print(sorted(m for m in sys.modules "
            "if m == 'redis' or m.startswith(('redis.', 'scrapy_redis'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_redis_store_implements_every_store_method() -> None:
    public = {n for n, v in vars(ArticleStore).items() if callable(v) and not n.startswith("_")}
    missing = {n for n in public if n not in vars(RedisArticleStore)}
    assert not missing, f"RedisArticleStore lacks {missing}"
    for name in public:
        assert inspect.signature(getattr(ArticleStore, name)) == inspect.signature(
            getattr(RedisArticleStore, name)), name


def _scenario(store: ArticleStore) -> list[Any]:
    """The same calls on either store; what they answer, without times and paths."""
    def item(aid: str, title: str, lang: str = "ru") -> dict[str, Any]:
        return {"id": aid, "content_hash": f"h-{title}", "lang": lang,
                "url": f"http://h/novosti/{aid}", "published_at": "2021-08-02T00:00:00+06:00"}

    def row(aid: str) -> Any:
        got = store.get(aid)
        return got and {k: got[k] for k in ("id", "lang", "content_hash", "body_hash",
                                             "revision", "previous_hash", "pending_run",
                                             "etag", "last_modified")}

    out: list[Any] = [store.begin_run("r1")]
    out.append(store.claim(item("u1", "one"), "b1", "r1", '"e1"', None))
    out.append(store.claim(item("u2", "two"), "b1", "r1"))  # same body: republished copy
    out.append(store.pending_runs())
    store.confirm("r1", ["u1", "u2"])
    store.finish_run("r1", "finished")
    out.append(store.begin_run("r2"))
    out.append(store.claim(item("u1", "one"), "b1", "r2"))  # unchanged
    out.append(store.claim(item("u1", "one-b"), "b1b", "r2", None, "Mon"))  # changed
    out.append(store.claim(item("u3", "three", "en"), "b3", "r2"))  # new
    out.append(store.pending_runs())
    out.append(store.reconcile("r2", {("u1", "h-one-b"), ("u9", "h-x")}))  # u3 was not written
    out += [row("u1"), row("u3"), sorted(store.known())]
    out.append(store.begin_run("r3"))  # r2 never finished
    out.append(store.claim(item("u1", "one-c"), "b1c", "r3"))
    out.append(store.reconcile("r3", set()))  # the revision is undone
    out.append(row("u1"))
    before = store.known()["u1"][1]
    store.touch("u1")
    out.append(store.known()["u1"][1] >= before)
    stats = store.stats()
    out += [stats["sites"], stats["langs"], [r["id"] for r in store.rows()],
            [r["site"] for r in store.by_id("u2")]]
    return out


def test_redis_store_answers_like_the_sqlite_store(redis_server: RedisServer,
                                                   tmp_path: Path) -> None:
    sqlite = ArticleStore(store_path(tmp_path / "sqlite"), "site")
    red = RedisArticleStore(redis_server.url, store_path(tmp_path / "redis"), "site")
    try:
        expected, got = _scenario(sqlite), _scenario(red)
    finally:
        sqlite.close()
        red.close()
    assert got == expected
    assert expected[2].duplicate_of == "u1" and expected[4] is False


# ---------------------------------------------------------------------- crawls
def test_two_workers_share_the_crawl_and_a_second_run_exports_nothing(
        redis_server: RedisServer, mirror: MirrorServer, tmp_path: Path,
        procs: list[Any]) -> None:
    workers = {n: redis_worker(mirror.url, tmp_path, n, redis_server.url) for n in ("w1", "w2")}
    procs += workers.values()
    logs = {n: wait_log(p, tmp_path, n) for n, p in workers.items()}
    for name, proc in workers.items():
        assert proc.returncode == 0, logs[name][-3000:]
    # Exactly one of them started the crawl, the other joined it.
    assert sum("started a new crawl" in log for log in logs.values()) == 1
    assert sum(" joined " in log for log in logs.values()) == 1
    ids = feed_ids(tmp_path)
    assert set(ids) == {a["id"] for a in mirror.site.articles}
    assert [i for i, n in ids.items() if n > 1] == []
    scraped = [len((tmp_path / f"{n}.jsonl").read_text("utf-8").splitlines()) for n in workers]
    assert sum(scraped) == len(ids)  # no article fetched and parsed by both
    # The crawl's queue and fingerprints are gone; the store holds every article.
    client = redis_server.client()
    assert not client.keys("kznews:centerinform:*:queue") + client.keys("*:seen")
    host = mirror.url.split("//")[1]
    assert client.hlen(f"kznews:store:{host}:a") == len(ids)

    # Same Redis, same state: a later crawl (one worker) exports nothing.
    again = redis_worker(mirror.url, tmp_path, "again", redis_server.url)
    procs.append(again)
    log = wait_log(again, tmp_path, "again")
    assert again.returncode == 0, log[-3000:]
    assert feed_ids(tmp_path) == ids
    assert "started a new crawl" in log


def test_sigkill_worker_loses_no_article(redis_server: RedisServer, mirror: MirrorServer,
                                        tmp_path: Path, procs: list[Any]) -> None:
    client = redis_server.client()
    host = mirror.url.split("//")[1]
    ns = f"kznews:centerinform:{host}"
    # The victim is slowed down so that it is surely mid-crawl when killed.
    victim = redis_worker(mirror.url, tmp_path, "victim", redis_server.url,
                    DOWNLOAD_DELAY="0.05", CONCURRENT_REQUESTS="2")
    procs.append(victim)
    wait_for(lambda: int(client.get(f"{ns}:lease-seq") or 0) >= 40, "40 requests taken")
    peer = redis_worker(mirror.url, tmp_path, "peer", redis_server.url)
    procs.append(peer)
    wait_for(lambda: client.scard(f"{ns}:workers") == 2, "the peer to join")
    lease = f"{ns}:lease:{socket.gethostname()}-{victim.pid}-"
    held = [k for k in client.keys(f"{ns}:lease:*") if k.startswith(lease)]
    assert victim.poll() is None and held
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    # Requests it was fetching, and articles parsed but not exported yet (held back to be
    # paired with their translation): all leased to it.
    in_flight = sum(" " in v for v in client.hvals(held[0]))
    assert in_flight > 0
    peer_log = wait_log(peer, tmp_path, "peer")
    assert peer.returncode == 0, peer_log[-3000:]
    # The victim's in-flight requests were re-queued by the peer (not re-discovered).
    requeued = int(client.get(f"{ns}:requeued") or 0)
    assert requeued >= in_flight
    assert stat(peer_log, "requeued") == requeued

    # The next run settles what the killed run left (its .part feed, its claims) and
    # fetches again what it had claimed but not written.
    after = redis_worker(mirror.url, tmp_path, "after", redis_server.url)
    procs.append(after)
    after_log = wait_log(after, tmp_path, "after")
    assert after.returncode == 0, after_log[-3000:]
    assert part_lines(tmp_path) == 0
    ids = feed_ids(tmp_path)
    assert [i for i, n in ids.items() if n > 1] == []
    assert set(ids) == {a["id"] for a in mirror.site.articles}


def test_worker_waiting_for_a_stuck_peer_closes_after_the_idle_timeout(
        redis_server: RedisServer, make_mirror: Any, tmp_path: Path, procs: list[Any]) -> None:
    small = make_mirror(articles=12)
    host = small.url.split("//")[1]
    ns = f"kznews:centerinform:{host}"
    client = redis_server.client()
    # A live peer holding a request forever (its heartbeat is kept alive by the test).
    client.sadd(f"{ns}:workers", "stuck")
    client.set(f"{ns}:hb:stuck", "1", px=600_000)
    client.hset(f"{ns}:lease:stuck", "1", f'0 {{"url":"{small.url}/nowhere"}}')
    proc = redis_worker(small.url, tmp_path, "w", redis_server.url, KZNEWS_REDIS_IDLE_TIMEOUT="1",
                  KZNEWS_MONITORS_ENABLED="0")
    procs.append(proc)
    log = wait_log(proc, tmp_path, "w")
    assert "'finish_reason': 'idle_timeout'" in log, log[-3000:]
    assert "joined" in log  # the stuck peer made it a running crawl
    assert len(feed_ids(tmp_path)) == 12
    assert client.sismember(f"{ns}:workers", "stuck")  # a live peer is never reaped


# Script-built pages whose text arrives 1.5 s after DOMContentLoaded: a rendered page must
# wait for it (the ``wait-article`` recipe), in a worker as in a single process.
LATE_BUILD = [("document.addEventListener('DOMContentLoaded', build);",
               "document.addEventListener('DOMContentLoaded', function () {"
               " setTimeout(build, 1500); });")]


@needs_chromium
def test_rendered_pages_wait_for_their_text_in_workers_as_in_one_process(
        redis_server: RedisServer, tmp_path: Path, procs: list[Any]) -> None:
    site = build_site(articles=24, scripted=4)
    server = serve_injected(Injected(site, replace={a: LATE_BUILD for a in site.scripted_ids}))
    try:
        single = run_crawl(server.url, tmp_path / "single", "-a", "max_pages=1000",
                           "-a", "render=auto")
        assert single.returncode == 0, single.stderr[-3000:]
        workers = {n: redis_worker(server.url, tmp_path / "dist", n, redis_server.url,
                             "-a", "render=auto") for n in ("w1", "w2")}
        procs += workers.values()
        logs = {n: wait_log(p, tmp_path / "dist", n) for n, p in workers.items()}
    finally:
        server.close()
    for name, proc in workers.items():
        assert proc.returncode == 0, logs[name][-3000:]
        assert "cannot be queued" not in logs[name]
    everything = {a["id"] for a in site.articles}
    late = set(site.scripted_ids)
    assert set(feed_ids(tmp_path / "single")) == everything
    assert set(feed_ids(tmp_path / "dist")) == everything
    rendered = sum(int(m) for log in logs.values()
                   for m in re.findall(r"'render/playwright': (\d+)", log))
    assert rendered == len(late) and "'render/failed" not in "".join(logs.values())


# ---------------------------------------------------------------------- blocks
@dataclass
class OneWorkerBlocked(Outlet):
    """Challenges every request of the worker whose User-Agent is "blocked"; holds the
    other worker's requests (after its first few) until ``gate`` opens."""

    gate: threading.Event = field(default_factory=threading.Event)

    def answer(self, path: str, headers: dict[str, str], base: str
               ) -> tuple[int, dict[str, str], bytes]:
        agent = headers.get("User-Agent", "")
        if agent == "blocked":
            return 403, {"Server": "ddos-guard", "Content-Type": "text/html",
                         "Content-Length": str(len(CHALLENGE))}, CHALLENGE
        if agent == "held" and sum(1 for _, _, ua in self.hits if ua == "held") >= 3:
            self.gate.wait(120)
        return super().answer(path, headers, base)


def test_a_block_stops_every_worker_with_status_4_and_the_next_run_resumes(
        redis_server: RedisServer, tmp_path: Path, procs: list[Any]) -> None:
    site = build_site(articles=30, seed=4)
    outlet = OneWorkerBlocked(site)
    httpd = start_outlet(outlet)
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    client = redis_server.client()
    try:
        # one request at a time: the rest stays in the shared queue for the other worker
        held = redis_worker(url, tmp_path, "held", redis_server.url, USER_AGENT="held",
                      CONCURRENT_REQUESTS="1")
        procs.append(held)
        wait_for(lambda: any(ua == "held" for _, _, ua in outlet.hits), "the first worker")
        blocked = redis_worker(url, tmp_path, "blocked", redis_server.url, USER_AGENT="blocked",
                         KZNEWS_BLOCK_LIMIT="2", KZNEWS_BLOCK_BACKOFF="0.1")
        procs.append(blocked)
        wait_for(lambda: client.keys("kznews:centerinform:*:blocked"), "the block flag")
        outlet.gate.set()
        logs = {"held": wait_log(held, tmp_path, "held"),
                "blocked": wait_log(blocked, tmp_path, "blocked")}
        for name, proc in (("held", held), ("blocked", blocked)):
            lines = [ln for ln in logs[name].splitlines() if "next run resumes" in ln
                     and "[kznews.blocks]" in ln]
            assert proc.returncode == 4, logs[name][-3000:]
            assert len(lines) == 1 and f"blocked by ddos-guard at {url}/" in lines[0], lines
        assert "blocked/stopped_by_peer" in logs["held"]
        assert client.zcard(client.keys("kznews:centerinform:*:queue")[0]) > 0  # kept
        first = feed_ids(tmp_path)
        assert len(first) < len(site.articles)

        outlet.gate.set()  # the block is lifted: a plain worker resumes the crawl
        again = redis_worker(url, tmp_path, "again", redis_server.url)
        procs.append(again)
        log = wait_log(again, tmp_path, "again")
        assert again.returncode == 0, log[-3000:]
        assert " joined " in log  # the queue left by the blocked run, not a new crawl
        ids = feed_ids(tmp_path)
        assert set(ids) == {a["id"] for a in site.articles}
        assert [i for i, n in ids.items() if n > 1] == []
        assert not client.keys("kznews:centerinform:*:blocked")
    finally:
        outlet.gate.set()
        httpd.shutdown()
        httpd.server_close()
