"""One page in, one feed record out: the crawl's extraction without Scrapy.

``article_from_html(html, url)`` runs the same rule chains, loader and item as a crawl, so
its record has the same fields and values as the crawl's export (``crawled_at`` is now).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kznews.items import item_dict
from kznews.loaders import build_article, missing_fields
from kznews.sites.centerinform.article import extract_article


def article_from_html(html: str | bytes, url: str, *, listing_date: date | None = None,
                      today: date | None = None) -> dict[str, Any] | None:
    """The feed record of the article page ``html`` fetched from ``url``, or None when the
    page is not an article (no title, body, date or language found).

    ``listing_date`` is the date a listing page printed beside the link: it gives a year to
    a dateline without one. ``today`` (default: today in Almaty) bounds that year.
    ``bytes`` are read as UTF-8; decode other charsets first.
    """
    hints = [("listing", listing_date)] if listing_date else []
    ex = extract_article(html, url, hints, today)
    if missing_fields(ex):
        return None
    return item_dict(build_article(ex, url))
