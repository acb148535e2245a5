"""Crawl a copy the way a user does (``scrapy crawl centerinform`` via tests/crawl_helpers)."""

from __future__ import annotations

from pathlib import Path

from tests.crawl_helpers import CrawlResult, run_crawl

MAX_PAGES = 50


def crawl_copy(base_url: str, workdir: Path, settings: dict[str, str] | None = None,
               max_pages: int = MAX_PAGES) -> CrawlResult:
    """One full crawl of the copy; fails with the crawl's stderr tail when scrapy fails."""
    result = run_crawl(base_url, workdir, "-a", f"max_pages={max_pages}", settings=settings)
    assert result.returncode == 0, f"crawl failed ({result.returncode}):\n{result.stderr[-4000:]}"
    assert (workdir / "out.jsonl").exists(), result.stderr[-4000:]
    return result

