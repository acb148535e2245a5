"""``kznews extract FILE --url URL [--listing-date YYYY-MM-DD]``: one saved article page in,
one feed line (JSON) out, through the same rules as a crawl. Exit 1 when a required field
(title, body, date, language) cannot be found, with one line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any


def extract(html: bytes, url: str, listing_date: date | None) -> dict[str, Any]:
    from kznews import article_from_html  # the one-page extractor (kznews.api)

    article = article_from_html(html, url, listing_date=listing_date)
    if article is None:
        raise ValueError(f"{url}: not an article page (no title, body, date or language "
                         "found), or one a crawl would drop")
    return article


def main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(prog="kznews extract", description=__doc__)
    ap.add_argument("file", type=Path, help="saved article page (HTML)")
    ap.add_argument("--url", required=True, help="the page's URL (ids and links need it)")
    ap.add_argument("--listing-date", type=date.fromisoformat, default=None,
                    help="date the listing page showed, for a year-less dateline")
    args = ap.parse_args(list(argv))
    try:
        html = args.file.read_bytes()
        article = extract(html, args.url, args.listing_date)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(article, ensure_ascii=False, indent=1))
    return 0
