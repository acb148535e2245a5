"""An article page a protection answered for is asked once more in the same run
(kznews.spiders.centerinform._after_block): a CDN's browser check on a page's first visit
(HTTP 503, ``cf-mitigated: challenge``) that a second request passes cost the article until
the next run, and the run was reported complete with the articles missing from its feed."""

from __future__ import annotations

import threading
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from kznews.blocks import Blocked, BlockGuard
from kznews.mirror import build_site
from kznews.mirror.site import Site
from tests.copykit.server import Body, answering, serve_quietly
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.test_politeness import CHALLENGE, project
from tests.test_render import stat

CHECK = (b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
         b"<p>Checking your browser before accessing the site.</p></body></html>")


@dataclass
class Checked:
    """The mirror behind a CDN that checks the browser on some article pages."""

    site: Site
    paths: list[str]
    always: bool = False  # every visit checked, not only the first
    off: bool = False
    seen: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str, headers: dict[str, str], base: str
               ) -> tuple[int, dict[str, str], Body]:
        with self.lock:
            self.seen[path] += 1
            first = self.seen[path] == 1
        if not self.off and path in self.paths and (first or self.always):
            return 503, {"Content-Type": "text/html; charset=utf-8",
                         "cf-mitigated": "challenge", "Server": "cloudflare",
                         "Content-Length": str(len(CHECK))}, CHECK
        status, head, body = self.site.render(path, base=base, headers=headers)
        return status, {**head, "Content-Length": str(len(body))}, body


@pytest.fixture
def outlet() -> Iterator[tuple[Checked, str]]:
    site = build_site(articles=24, seed=7)
    checked = Checked(site, sorted(site.plan(i).path for i in range(site.n))[:3])
    httpd = serve_quietly(answering(checked.answer))
    yield checked, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def crawl(url: str, workdir: Path, out: str = "items.jsonl") -> CrawlResult:
    # the retry is what is tested, not the guard's stop: three pages blocked on every visit
    # make six blocks, and five of them in a row (as the answers happen to come back) would
    # stop the crawl before the last retry is sent
    return run_crawl(url, workdir, "-a", "follow_related=0", out=out,
                     settings={"KZNEWS_BLOCK_BACKOFF": "0.1", "KZNEWS_BLOCK_LIMIT": "20"})


def every_id(site: Site) -> set[str]:
    return {f"u{site.plan(i).num}" for i in range(site.n)}


def test_a_page_checked_on_its_first_visit_is_read_in_the_same_run(
        outlet: tuple[Checked, str], tmp_path: Path) -> None:
    checked, url = outlet
    result = crawl(url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    ids = Counter(item["id"] for item in result.items)
    assert set(ids) == every_id(checked.site) and max(ids.values()) == 1
    assert all(checked.seen[p] == 2 for p in checked.paths), checked.seen
    assert stat(result, "blocked/retried") == 3


def test_a_page_blocked_every_time_is_asked_twice_and_left_to_the_next_run(
        outlet: tuple[Checked, str], tmp_path: Path) -> None:
    checked, url = outlet
    checked.always = True
    first = crawl(url, tmp_path)
    assert all(checked.seen[p] == 2 for p in checked.paths), checked.seen
    assert len(first.items) == checked.site.n - 3
    assert stat(first, "blocked/retried") == 3
    checked.off = True  # the next run, the check gone: it fetches the three, nothing twice
    after = crawl(url, tmp_path, out="again.jsonl")
    assert after.returncode == 0, after.stderr[-3000:]
    feed = Counter(line["id"] for line in after.feed_lines())  # both runs' feed lines
    assert set(feed) == every_id(checked.site) and max(feed.values()) == 1


def guard_and_slot() -> tuple[BlockGuard, Any]:
    """A block guard alone, with the downloader slot of ic24.kz whose queue it watches."""
    slot = SimpleNamespace(queue=deque(), delay=0.0, transferring=set())
    engine = SimpleNamespace(downloader=SimpleNamespace(slots={"ic24.kz": slot}))
    stub: Any = SimpleNamespace(settings=project(KZNEWS_BLOCK_LIMIT=5), stats=None,
                                engine=engine,
                                signals=SimpleNamespace(connect=lambda *a, **k: None,
                                                        send_catch_log=lambda s, **k: None))
    return BlockGuard(stub), slot


def entered(guard: BlockGuard, slot: Any, n: int) -> Request:
    """Story ``n``'s request, through the guard into the slot's queue."""
    request = Request(f"https://ic24.kz/news/story-u{n}", meta={"download_slot": "ic24.kz"})
    guard.process_request(request)
    guard._reached(request)
    slot.queue.append((request, None))
    return request


def test_a_request_entered_before_the_streak_and_sent_after_it_ends_the_streak() -> None:
    # The guard alone, with a downloader slot whose queue it watches: a request that entered
    # the downloader before the first block but waited in the slot's queue (the back-off's
    # delay) and was sent after it, answered in full, shows the outlet answers again; one
    # sent before the block, answered after it, still proves nothing.
    guard, slot = guard_and_slot()

    def enter(n: int) -> Request:
        return entered(guard, slot, n)

    def send() -> Request:
        request, _ = slot.queue.popleft()
        return request  # type: ignore[no-any-return]

    def answer(request: Request, status: int, body: bytes) -> None:
        guard.process_response(request, HtmlResponse(request.url, status=status, body=body,
                                                     request=request))

    page = b"<html><head><title>News</title></head><body><p>text</p></body></html>"
    blocked, early, waiting = enter(1), enter(2), enter(3)
    first, second = send(), send()
    assert (first, second) == (blocked, early)
    with pytest.raises(Blocked):
        answer(blocked, 403, CHALLENGE)
    answer(early, 200, page)  # sent before the block: the streak goes on
    assert guard.in_row == 1
    assert send() is waiting  # entered before the block, sent after it
    answer(waiting, 200, page)
    assert guard.in_row == 0


def test_during_a_streak_the_host_is_asked_one_page_at_a_time() -> None:
    # Scrapy's downloader sends "while the slot's queue is not empty and a transfer slot is
    # free". During a streak the queue reads as empty while a page sent into the streak is in
    # transfer; pages sent before the streak (a slow body still arriving) hold nothing back.
    guard, slot = guard_and_slot()
    for n in range(6):
        entered(guard, slot, n)
    blocked, slow = slot.queue.popleft()[0], slot.queue.popleft()[0]
    assert slot.transferring == {blocked, slow}  # counted in transfer as they are sent
    slot.transferring.discard(blocked)
    with pytest.raises(Blocked):
        guard.process_response(blocked, HtmlResponse(blocked.url, status=403, body=CHALLENGE,
                                                     request=blocked))
    assert slot.queue  # only `slow`, sent before the streak, is in transfer
    probe = slot.queue.popleft()[0]
    assert not slot.queue and len(slot.queue) == 3  # the probe is in transfer: the rest wait
    slot.transferring.discard(probe)
    with pytest.raises(Blocked):
        guard.process_response(probe, HtmlResponse(probe.url, status=403, body=CHALLENGE,
                                                   request=probe))
    assert guard.in_row == 2 and slot.queue  # answered: the next may go
    slot.queue.popleft()
    assert not slot.queue
    guard.in_row = 0  # the streak ended
    assert slot.queue
