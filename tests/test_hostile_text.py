"""End to end: ``scrapy crawl`` against a hostile server whose article pages carry markup,
bidi controls, lone surrogates, runaway nesting and parser traps in their fields.

Every page is a complete article to a reader: all of them must be exported, whole, with
no tag, control character or surrogate in any text field, and each repair counted.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.crawl_helpers import CrawlResult, run_crawl
from tests.hostile_text import cases, serve_hostile

TAG = re.compile(r"<[A-Za-z/!?][^<>]*>|<!--")
QUIET = {"KZNEWS_MONITORS_ENABLED": "0"}


def _stats(stderr: str) -> dict[str, int]:
    block = stderr.rsplit("Dumping Scrapy stats:", 1)[-1]
    return {m[1]: int(m[2]) for m in re.finditer(r"'([^']+)': (\d+)[,}]", block)}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrawlResult, dict[str, int]]:
    with serve_hostile(cases()) as url:
        result = run_crawl(url, Path(tmp_path_factory.mktemp("hostile")), "-a", "max_pages=5",
                           settings=QUIET)
    return result, _stats(result.stderr)


def _texts(item: dict[str, Any]) -> list[str]:
    fields = [item[name] or "" for name in ("title", "body", "category", "source",
                                            "photo_credit", "dateline_place")]
    return fields + item["tags"] + [link["title"] for link in item["related"]]


def _bad_chars(text: str) -> list[str]:
    return [f"U+{ord(ch):04X}" for ch in text
            if unicodedata.category(ch) in ("Cf", "Cs") or (
                unicodedata.category(ch) == "Cc" and ch not in "\n")]


def test_no_hostile_article_is_lost(crawl: tuple[CrawlResult, dict[str, int]]) -> None:
    result, stats = crawl
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert sorted(item["id"] for item in result.items) == sorted(c.id for c in cases())
    assert not [k for k in stats if k.startswith(("drop/", "extract/failed/"))]
    assert stats.get("render/playwright", 0) == 0  # the static HTML sufficed for every page


def test_exported_text_holds_no_markup_and_no_control_characters(
        crawl: tuple[CrawlResult, dict[str, int]]) -> None:
    result, _ = crawl
    for item in result.items + result.feed_lines():
        for text in _texts(item):
            assert not TAG.search(text), (item["id"], text)
            assert "alert" not in text and "junk" not in text, (item["id"], text)
            assert not _bad_chars(text), (item["id"], _bad_chars(text), text)


URL_BAD = re.compile(r'[\s"<>\\^`{|}\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]')


def test_exported_urls_are_percent_encoded_without_format_characters(
        crawl: tuple[CrawlResult, dict[str, int]]) -> None:
    result, _ = crawl
    urls = [u for item in result.items for u in
            [item["url"], item["canonical_url"], *item["image_urls"],
             *(link["url"] for link in item["related"])]]
    assert [u for u in urls if URL_BAD.search(u)] == []
    images = next(item["image_urls"] for item in result.items if item["id"] == "u1005")
    assert [u.split("/", 3)[3] for u in images] == [
        "upload/a%22b%3Ci%3E.jpg", "x.png", "upload/фото%201gpj.exe"]


def test_bodies_are_whole_and_fields_read_through_markup(
        crawl: tuple[CrawlResult, dict[str, int]]) -> None:
    result, _ = crawl
    got = {item["id"]: item for item in result.items}
    for case in cases():
        paragraphs = got[case.id]["body"].split("\n\n")
        assert [e for e in case.expect if e not in paragraphs] == [], (case.id, case.probe)
        assert got[case.id]["title"] == "Парк открыт", case.id
    assert got["u1001"]["tags"] == ["парк", "город"]
    assert (got["u1002"]["category"], got["u1002"]["tags"]) == ("Социум", ["парк"])
    assert (got["u1005"]["category"], got["u1005"]["source"]) == ("Социум", "КазТАГ")
    assert got["u1007"]["tags"] == ["парк", "город"]


def test_each_repair_is_counted(crawl: tuple[CrawlResult, dict[str, int]]) -> None:
    _, stats = crawl
    counted = {k: v for k, v in stats.items() if k.startswith(("jsonld/", "html/"))}
    assert counted == {"jsonld/too_deep": 1, "jsonld/bad_value/headline": 1,
                       "jsonld/bad_value/keywords": 1, "html/too_deep": 2,
                       "html/early_end": 1}
