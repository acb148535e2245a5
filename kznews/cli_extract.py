"""``kznews extract FILE --url URL [--listing-date YYYY-MM-DD]``: one saved article page in,
one feed line (JSON) out, through the same rules as a crawl. Exit 1 when a required field
(title, body, date) cannot be found; the line says which."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any


def extract(html: bytes, url: str, listing_date: date | None) -> dict[str, Any]:
    import kznews

    one_page = getattr(kznews, "article_from_html", None)
    if one_page is not None:  # the public one-page extractor, where the package has it
        return dict(one_page(html, url, listing_date=listing_date))
    from kznews.items import item_dict
    from kznews.loaders import build_article, missing_fields
    from kznews.sites.centerinform import extract_article

    hints = [("listing", listing_date)] if listing_date else []
    ex = extract_article(html, url, hints)
    missing = missing_fields(ex)
    if missing:
        raise ValueError(f"{url}: no {', '.join(missing)} found on the page")
    return item_dict(build_article(ex, url))


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
