"""kznews: crawl ic24.kz into bilingual JSONL feeds; ``article_from_html`` for one page."""

from __future__ import annotations

from typing import Any

__all__ = ["article_from_html"]


def __getattr__(name: str) -> Any:
    # Imported on first use: Scrapy loads kznews.settings without needing the extractor.
    if name == "article_from_html":
        from kznews.api import article_from_html

        return article_from_html
    raise AttributeError(f"module 'kznews' has no attribute {name!r}")
