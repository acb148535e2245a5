"""kznews's JSON lines exporter writes exactly the bytes Scrapy's writes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

import pytest
from scrapy.exporters import JsonLinesItemExporter

from kznews import settings
from kznews.exporters import JsonLinesExporter
from kznews.items import item_dict
from kznews.loaders import build_article
from kznews.mirror import build_site
from kznews.pipelines.feeds import FeedWriter
from kznews.sites.centerinform import extract_article

BASE = "http://127.0.0.1:8000"


@cache  # built once: crawled_at is the time of building
def items() -> list[Any]:
    site = build_site(articles=8, seed=4)
    out: list[Any] = []
    for truth in site.articles:
        _, _, body = site.render(truth["path"], base=BASE)
        ex = extract_article(body.decode("utf-8"), BASE + truth["path"], [], date(2026, 11, 1))
        out.append(build_article(ex, BASE + truth["path"]))
    out.append(replace(out[0], translations=[{"id": "u1", "lang": "en"}], views=None,
                       duplicate_of="u2", title='"Кавычки" \\ \u2028 𝔘'))
    out.append({"id": "u3", "title": "a dict item"})
    return out


def export(cls: type, **options: Any) -> bytes:
    buffer = io.BytesIO()
    exporter = cls(buffer, **options)
    exporter.start_exporting()
    for item in items():
        exporter.export_item(item)
    exporter.finish_exporting()
    return buffer.getvalue()


@pytest.mark.parametrize("options", [
    {"encoding": "utf-8"}, {}, {"encoding": "utf-8", "export_empty_fields": True},
    {"encoding": "utf-8", "fields_to_export": ["title", "id"]},
    {"encoding": "utf-8", "fields_to_export": {"id": "article_id"}},
])
def test_same_bytes_as_scrapys_exporter(options: dict[str, Any]) -> None:
    ours = export(JsonLinesExporter, **options)
    assert ours == export(JsonLinesItemExporter, **options)
    assert ours.count(b"\n") == len(items())


def test_used_for_json_lines_feeds() -> None:
    assert settings.FEED_EXPORTERS == {"jsonlines": "kznews.exporters.JsonLinesExporter",
                                       "jsonl": "kznews.exporters.JsonLinesExporter"}


def _written_by_feeds(tmp_path: Any, item: Any) -> None:
    writer = FeedWriter(tmp_path, "centerinform", "run1")
    writer.write(item.lang, item_dict(item))
    writer.close()


def test_the_feeds_line_is_written_as_it_is(tmp_path: Any) -> None:
    item = items()[0]
    _written_by_feeds(tmp_path, item)
    (feed,) = tmp_path.glob("*/*.jsonl")
    buffer = io.BytesIO()
    exporter = JsonLinesExporter(buffer, encoding="utf-8")
    exporter.encoder = None  # type: ignore[assignment]  # encoding again would fail
    exporter.export_item(item)
    assert buffer.getvalue() == feed.read_bytes()
    scrapys = io.BytesIO()
    JsonLinesItemExporter(scrapys, encoding="utf-8").export_item(item)
    assert buffer.getvalue() == scrapys.getvalue()


@pytest.mark.parametrize("options", [{"encoding": "utf-8"}, {}, {"encoding": "utf-8",
                                                                   "indent": 2}])
def test_a_record_changed_since_the_feeds_wrote_it_is_encoded_again(
        tmp_path: Any, options: dict[str, Any]) -> None:
    item = items()[1]
    _written_by_feeds(tmp_path, item)
    changed = replace(item, title=item.title + " (updated)", revision=2)
    for record in (changed, item):  # ascii-escaped unless UTF-8: never the feeds' line
        ours, scrapys = io.BytesIO(), io.BytesIO()
        JsonLinesExporter(ours, **options).export_item(record)
        JsonLinesItemExporter(scrapys, **options).export_item(record)
        assert ours.getvalue() == scrapys.getvalue()
    assert b"(updated)" in _export_one(changed)


def _export_one(item: Any) -> bytes:
    buffer = io.BytesIO()
    JsonLinesExporter(buffer, encoding="utf-8").export_item(item)
    return buffer.getvalue()
