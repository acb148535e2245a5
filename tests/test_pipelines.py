"""Validation, dedup and the article store, without a crawl."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from kznews import processors as P
from kznews.items import Article
from kznews.pipelines import InRunDedupPipeline, ValidationPipeline
from kznews.pipelines.feeds import FeedWriter, leftover_parts, truncate_partial
from kznews.spiders.centerinform import CenterinformSpider
from kznews.state import ArticleStore


def article(aid: str = "u45694", body: str = "Текст статьи.", **changes: Any) -> Article:
    title = changes.pop("title", "Заголовок")
    base = Article(
        id=aid, url=f"https://ic24.kz/news/x-{aid}",
        canonical_url=f"https://ic24.kz/news/x-{aid}",
        lang="ru", title=title, published_at="2021-04-16T00:00:00+06:00",
        published_date_precision="day", date_source="page", body=body,
        content_hash=P.content_hash(title, body), crawled_at="2026-11-23T10:00:00Z")
    return dataclasses.replace(base, **changes)


def make_spider() -> CenterinformSpider:
    crawler = get_crawler(CenterinformSpider)
    return CenterinformSpider.from_crawler(crawler)


def test_valid_article_passes_validation() -> None:
    crawler = get_crawler()
    item = article()
    assert ValidationPipeline(crawler).process_item(item) is item


@pytest.mark.parametrize("change, field", [
    ({"lang": "de"}, "lang"),
    ({"published_at": "2021-04-16"}, "published_at"),
    ({"body": ""}, "body"),
    ({"url": "ftp://x"}, "url"),
    ({"views": -1}, "views"),
])
def test_invalid_article_is_dropped_with_its_reason_counted(change: dict[str, Any],
                                                            field: str) -> None:
    crawler = get_crawler()
    crawler.stats = MemoryStatsCollector(crawler)
    with pytest.raises(DropItem, match=field):
        ValidationPipeline(crawler).process_item(article(**change))
    assert crawler.stats.get_value(f"validate/dropped/{field}") == 1


def test_in_run_dedup_keeps_the_first_item_of_an_id() -> None:
    pipeline = InRunDedupPipeline(get_crawler())
    pipeline.process_item(article())
    with pytest.raises(DropItem, match="duplicate"):
        pipeline.process_item(article(url="https://ic24.kz/news/new-slug-u45694"))


@pytest.mark.parametrize("variant", [
    "https://ic24.kz/news/u-kazakhstantsev-u45694?utm_source=tg&utm_medium=social",
    "https://ic24.kz/news/u-kazakhstantsev-u45694#comments",
    "https://ic24.kz/news/u-kazakhstantsev-u45694/",
    "http://ic24.kz/news/u-kazakhstantsev-u45694",
    "https://IC24.kz/news/other-slug-u45694",
])
def test_one_request_per_article_id_whatever_the_url_variant(variant: str) -> None:
    spider = make_spider()
    first = spider.article_request("https://ic24.kz/news/u-kazakhstantsev-u45694")
    assert first is not None and first.url == "https://ic24.kz/news/u-kazakhstantsev-u45694"
    assert spider.article_request(variant) is None


def test_offsite_and_non_http_links_are_never_requested() -> None:
    spider = make_spider()
    for url in ("https://evil.example/news/x-u1", "javascript:alert(1)",
                "mailto:a@ic24.kz", "data:text/html,u1"):
        assert spider.article_request(url) is None


def test_store_decides_new_unchanged_changed(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "a.sqlite3", "ic24.kz")
    first = article()
    assert store.claim(vars(first), "b1", "run1").kind == "new"
    store.confirm("run1", [first.id])
    assert store.claim(vars(first), "b1", "run2").kind == "unchanged"
    changed = article(body="Новый текст.")
    decision = store.claim(vars(changed), "b2", "run3")
    assert (decision.kind, decision.revision, decision.previous_hash) == (
        "changed", 2, first.content_hash)


def test_store_flags_the_same_body_under_another_id(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "a.sqlite3", "ic24.kz")
    store.claim(vars(article("u1")), "same-body", "run1")
    assert store.claim(vars(article("u2")), "same-body", "run1").duplicate_of == "u1"


def test_reconcile_keeps_written_claims_and_undoes_the_rest(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "a.sqlite3", "ic24.kz")
    a, b = article("u1"), article("u2")
    store.claim(vars(a), "x", "dead")
    store.claim(vars(b), "y", "dead")
    assert store.reconcile("dead", {("u1", a.content_hash)}) == (1, 1)
    assert store.get("u1")["pending_run"] is None and store.get("u2") is None


def test_two_crawls_claiming_one_article_export_it_once(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    ArticleStore(path, "ic24.kz").close()
    kinds: list[str] = []
    barrier = threading.Barrier(8)

    def claim(n: int) -> None:
        store = ArticleStore(path, "ic24.kz")
        barrier.wait()
        kinds.append(store.claim(vars(article()), "b", f"run{n}").kind)
        store.close()

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(kinds) == ["new"] + ["unchanged"] * 7


def test_feed_writer_renames_on_close_and_never_overwrites(tmp_path: Path) -> None:
    for run in ("r1", "r2"):
        writer = FeedWriter(tmp_path, "centerinform", run, started=None)
        writer.base = "centerinform-20261123T100000Z"
        writer.write("ru", vars(article()))
        assert leftover_parts(tmp_path) == {run: [tmp_path / "ru" /
                                                  f".{writer.base}.jsonl.{run}.part"]}
        writer.close()
    names = sorted(p.name for p in (tmp_path / "ru").iterdir())
    assert names == ["centerinform-20261123T100000Z-2.jsonl",
                     "centerinform-20261123T100000Z.jsonl"]


def test_a_cut_last_line_is_removed_on_recovery(tmp_path: Path) -> None:
    part = tmp_path / "x.part"
    part.write_bytes(b'{"id": "u1", "content_hash": "h"}\n{"id": "u2", "cont')
    assert truncate_partial(part) == {("u1", "h")}
    assert part.read_bytes().endswith(b"}\n")


def test_a_run_with_a_failed_page_makes_the_next_run_read_every_listing_page(
        tmp_path: Path) -> None:
    from twisted.python.failure import Failure

    spider = make_spider()
    assert not spider.incomplete
    spider.article_failed(Failure(ConnectionError("reset")))
    assert spider.incomplete
    store = ArticleStore(tmp_path / "a.sqlite3", "ic24.kz")
    assert store.begin_run("r1") is False  # nothing before it
    store.finish_run("r1", "finished:unclean")
    assert store.begin_run("r2") is True
    store.finish_run("r2", "finished")
    assert store.begin_run("r3") is False


def test_dates_are_judged_by_the_day_in_almaty() -> None:
    from datetime import datetime

    from kznews.processors import ALMATY

    assert make_spider().today == datetime.now(ALMATY).date()


def test_a_missing_page_does_not_make_every_next_run_read_everything() -> None:
    from scrapy.http import Request, Response
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.python.failure import Failure

    spider = make_spider()
    gone = Response("https://ic24.kz/news/x-u1", status=404, request=Request("https://ic24.kz"))
    spider.article_failed(Failure(HttpError(gone, "404")))
    assert not spider.incomplete
