"""End to end: ``scrapy crawl centerinform`` against the offline mirror on 127.0.0.1:0."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest

from kznews import article_from_html
from kznews import processors as P
from kznews.mirror import build_site, serve
from kznews.sites.centerinform.listing import parse_listing
from tests.crawl_helpers import REPO, CrawlResult, crawl_command, run_crawl

FIELDS = ("lang", "title", "published_at", "published_date_precision", "date_source",
          "dateline_place", "body", "source", "photo_credit", "category", "tags", "views")


@pytest.fixture(scope="module")
def site() -> Any:
    return build_site()


@pytest.fixture(scope="module")
def server(site: Any) -> Iterator[Any]:
    srv = serve(site, port=0)
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def first_crawl(server: Any, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    workdir = tmp_path_factory.mktemp("crawl")
    return run_crawl(server.url, workdir, "-a", "max_pages=1000")


def _same_hint(truth: dict[str, Any], got: dict[str, Any]) -> bool:
    """A bare page's year comes from its listing date, or, when a related link reached it
    before its listing page was read, from its neighbours' ids: which hint came first is crawl
    order, the date is the same."""
    return truth["date_source"] == "dateline+listing" and \
        got.get("date_source") == "dateline+ids" and got["published_at"] == truth["published_at"]


def mismatches(truth: dict[str, Any], got: dict[str, Any]) -> list[str]:
    out = [f"{f}: want {truth[f]!r:.120} got {got.get(f)!r:.120}" for f in FIELDS
           if truth[f] != got.get(f) and not (f == "date_source" and _same_hint(truth, got))]
    if urlsplit(got["canonical_url"]).path != truth["canonical_path"]:
        out.append(f"canonical_url: {got['canonical_url']}")
    if [urlsplit(u).path for u in got["image_urls"]] != truth["image_paths"]:
        out.append(f"image_urls: want {truth['image_paths']} got {got['image_urls']}")
    if [r["id"] for r in got["related"]] != truth["related_ids"]:
        out.append("related ids differ")
    if got["content_hash"] != P.content_hash(truth["title"], truth["body"]):
        out.append("content_hash")
    return out


def test_crawl_finds_every_mirror_article_exactly_once(site: Any,
                                                       first_crawl: CrawlResult) -> None:
    assert first_crawl.returncode == 0, first_crawl.stderr[-3000:]
    ids = Counter(item["id"] for item in first_crawl.items)
    assert not [i for i, n in ids.items() if n > 1]
    assert set(ids) == {a["id"] for a in site.articles}


def test_every_field_matches_the_mirror_ground_truth(site: Any,
                                                     first_crawl: CrawlResult) -> None:
    got = {item["id"]: item for item in first_crawl.items}
    wrong = {a["id"]: m for a in site.articles if a["id"] in got
             for m in [mismatches(a, got[a["id"]])] if m}
    sample = dict(list(wrong.items())[:5])
    assert not wrong, f"{len(wrong)} articles with wrong fields, e.g. {sample}"


# Set by pipelines from other articles of the run, not by the page.
CROSS_ARTICLE = ("crawled_at", "translations", "revision", "previous_hash", "duplicate_of")


def test_one_page_api_gives_the_crawls_records(first_crawl: CrawlResult) -> None:
    compared = 0
    for item in first_crawl.items:
        if item["date_source"] == "dateline+ids":  # the crawl's neighbouring-id hint
            continue
        with urlopen(item["url"], timeout=10) as resp:
            html = resp.read().decode("utf-8")
        listing = date.fromisoformat(item["published_at"][:10]) \
            if item["date_source"] == "dateline+listing" else None
        record = article_from_html(html, item["url"], listing_date=listing)
        assert record is not None, item["url"]
        want = {k: v for k, v in item.items() if k not in CROSS_ARTICLE}
        assert {k: v for k, v in record.items() if k not in CROSS_ARTICLE} == want
        compared += 1
    assert compared >= len(first_crawl.items) * 0.9


@pytest.mark.parametrize("aid, lang, place, published, source, paragraphs", [
    ("u46768", "en", "Almaty", "2021-08-02T00:00:00+06:00", "EU Reporter", 7),
    ("u45694", "ru", "Алматы", "2021-04-16T00:00:00+06:00", "КазТАГ", 10),
])
def test_seed_articles_round_trip(first_crawl: CrawlResult, aid: str, lang: str, place: str,
                                  published: str, source: str, paragraphs: int) -> None:
    seed = next(item for item in first_crawl.items if item["id"] == aid)
    assert (seed["lang"], seed["dateline_place"], seed["published_at"], seed["source"]) == (
        lang, place, published, source)
    body = seed["body"].split("\n\n")
    assert len(body) == paragraphs
    assert not body[0].startswith(place)
    assert "Источник" not in seed["body"] and "USD/KZT" not in seed["body"]
    assert "\u0415mbassies" not in seed["body"]  # the seed's Cyrillic homoglyph is repaired


def test_feeds_are_split_by_language_and_match_the_run(first_crawl: CrawlResult) -> None:
    lines = first_crawl.feed_lines()
    assert sorted(x["id"] for x in lines) == sorted(x["id"] for x in first_crawl.items)
    for path in (first_crawl.workdir / "feeds").glob("*/*.jsonl"):
        assert {x["lang"] for x in map(json.loads, path.read_text("utf-8").splitlines())} == {
            path.parent.name}


def test_report_counts_rules_and_items(first_crawl: CrawlResult) -> None:
    report = first_crawl.report()
    assert report["items"] == len(first_crawl.items)
    assert sum(report["exported_per_lang"].values()) == len(first_crawl.items)
    assert sum(report["rules"]["title"].values()) == len(first_crawl.items)


@pytest.mark.parametrize("arg, message", [
    ("lang=de", "lang must be"),
    ("since=2021-13-01", "since must be a date"),
    ("base_url=ftp://example.org", "base_url must be an http"),
    ("max_pages=-3", "max_pages must be"),
    ("base_url=http://[::1", "base_url is not a valid URL"),
    ("base_url=http://127.0.0.1:99999", "base_url is not a valid URL"),
])
def test_bad_argument_stops_with_one_clear_line(tmp_path: Path, arg: str, message: str) -> None:
    cmd = crawl_command("http://127.0.0.1:9", tmp_path, "-a", arg, out="")
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args, check", [
    (("-a", "lang=en"), "lang"),
    (("-a", "since=2024-03-01"), "since"),
    (("-a", "max_articles=10"), "max_articles"),
    (("-a", "max_pages=2", "-a", "follow_related=0"), "max_pages"),
])
def test_spider_arguments_are_honoured(site: Any, server: Any, tmp_path: Path,
                                       args: tuple[str, ...], check: str) -> None:
    result = run_crawl(server.url, tmp_path, *args)
    assert result.returncode == 0, result.stderr[-2000:]
    ids = [item["id"] for item in result.items]
    assert len(ids) == len(set(ids))
    truth = site.articles
    if check == "lang":
        assert set(ids) == {a["id"] for a in truth if a["lang"] == "en"}
    elif check == "since":
        assert set(ids) == {a["id"] for a in truth if a["published_at"][:10] >= "2024-03-01"}
        assert result.report()["stats"].get("discovery/stopped/since") == 1
    elif check == "max_articles":
        assert len(ids) == 10
    else:  # the two listing pages' articles (and their "popular" sidebar links), no more
        listed = {e.id for path in ("/novosti", "/novosti?page=2")
                  for e in parse_listing(site.render(path)[2], server.url + path)[0]}
        assert {a["id"] for a in truth if a["listing_page"] <= 2} <= set(ids) == listed
        assert result.report()["stats"]["discovery/listing_pages"] == 2
