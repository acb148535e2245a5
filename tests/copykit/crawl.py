"""Crawl a copy the way a user does (``scrapy crawl centerinform`` via tests/crawl_helpers)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.copykit import scoring
from tests.crawl_helpers import CrawlResult, run_crawl

MAX_PAGES = 50


def crawl_copy(base_url: str, workdir: Path, settings: dict[str, str] | None = None,
               max_pages: int = MAX_PAGES, args: Iterable[str] = ()) -> CrawlResult:
    """One full crawl of the copy (``args``: more ``-a name=value`` words); fails with the
    crawl's stderr tail when scrapy fails."""
    result = run_crawl(base_url, workdir, "-a", f"max_pages={max_pages}", *args,
                       settings=settings)
    assert result.returncode == 0, f"crawl failed ({result.returncode}):\n{result.stderr[-4000:]}"
    assert (workdir / "out.jsonl").exists(), result.stderr[-4000:]
    return result



def scored_crawl(name: str, base_url: str, workdir: Path,
                 truth: Mapping[str, Mapping[str, Any]], fields: Iterable[str],
                 same: scoring.Same = scoring.exact, shown: int = scoring.SHOWN,
                 args: Iterable[str] = ()) -> scoring.Score:
    """One plain-HTTP crawl of the copy scored against its truth; prints the score table."""
    items = crawl_copy(base_url, workdir, {"KZNEWS_RENDER": "never"}, args=args).items
    sc = scoring.score(truth, items, fields, ("published_date_precision",), same=same)
    print(f"\n{name}\n{scoring.report(sc, shown=shown)}")
    return sc


def check_score(sc: scoring.Score, min_found: float = 0.99, min_accuracy: float = 0.98) -> None:
    """No id twice, nearly every article found, nearly every field right (table on failure)."""
    text = scoring.report(sc)
    assert not sc.duplicates, text
    assert sc.found_rate >= min_found, text
    assert sc.accuracy >= min_accuracy, text


def crawl_fixture(name: str, truth: Callable[[str], Mapping[str, Mapping[str, Any]]],
                  fields: Iterable[str], same: scoring.Same = scoring.same_moment,
                  shown: int = 8) -> Any:
    """The module fixture ``crawl``: one crawl of the copy served at the module's ``base_url``
    (``server.served``), scored against ``truth(base_url)``; the tests of a copy read it."""
    @pytest.fixture(scope="module")
    def crawl(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> scoring.Score:
        return scored_crawl(name, base_url, tmp_path_factory.mktemp(name), truth(base_url),
                            fields, same=same, shown=shown)
    return crawl


def test_spider_crawl_is_clean(crawl: scoring.Score) -> None:
    """(Imported by each copy's test module.) What a crawl of any copy must be: no id twice,
    nothing outside the truth, some articles read."""
    assert not crawl.duplicates and not crawl.unexpected, scoring.report(crawl)
    assert crawl.found > 0
