"""``kznews extract FILE --url URL [--listing-date YYYY-MM-DD]``: one saved article page in,
one feed line (JSON) out, through the same rules as a crawl. Exit 1 when a required field
(title, body, date, language) cannot be found, with one line. Without ``--url`` the page's
own ``<!-- saved from url=(NNNN)URL -->`` line (what a browser's "Save page as" writes), or
its ``<base href>`` naming an article, gives the URL."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


def extract(html: bytes, url: str, listing_date: date | None) -> dict[str, Any]:
    from kznews import article_from_html  # the one-page extractor (kznews.api)

    article = article_from_html(html, url, listing_date=listing_date)
    if article is None:
        raise ValueError(f"{url}: not an article page (no title, body, date or language "
                         "found), or one a crawl would drop")
    return article


def listing_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date YYYY-MM-DD, got {value!r}") from None


SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)


BASE_HREF = re.compile(rb"<base\s[^>]*?href\s*=\s*[\"']?(https?://[^\"'\s>]+)", re.I)


def saved_from(html: bytes) -> str | None:
    """The URL a browser noted at the top of a page it saved, else the page's ``<base
    href>`` when that names an article (what saving tools that keep relative links write)."""
    from kznews.sites.centerinform import outlet

    found = SAVED_FROM.search(html[:4096])
    if found:
        return found.group(1).decode("ascii", "replace")
    base = BASE_HREF.search(html[:65536])
    url = base.group(1).decode("ascii", "replace") if base else None
    return url if url and outlet.article_id(url) else None


# A browser's "Save page as… (complete)" points the page's pictures at copies in a folder
# beside it, named after the file or the title (``./Title_files/photo.jpg``): resolved against
# the article's URL they name nothing on the outlet.
LOCAL_COPY = re.compile(rb"""\b(?:src|srcset|data-src|href)\s*=\s*"""
                        rb"""(?:["'](?:\./)?([^"'/<>]+_files)/|(?:\./)?([^"'\s/<>]+_files)/)""",
                        re.I)


def local_copies(html: bytes, article: dict[str, Any]) -> list[str]:
    """Take out of ``image_urls`` the pictures the page points at in a saved page's own
    folder; returns them (their addresses on the outlet are not in the page)."""
    folders = {unquote((m.group(1) or m.group(2)).decode("utf-8", "replace"))
               for m in LOCAL_COPY.finditer(html)}
    if not folders:
        return []
    kept: list[str] = []
    local: list[str] = []
    for url in article.get("image_urls") or []:
        segments = {unquote(part) for part in urlsplit(url).path.split("/")}
        (local if segments & folders else kept).append(url)
    if local:
        article["image_urls"] = kept
    return local


def usage_error(args: argparse.Namespace) -> str | None:
    """A page's address given as FILE, or a --url that is no http(s) URL: the extraction
    would fail on the image links (or the file name) with a misleading line."""
    if re.match(r"(?i)https?://", args.file):
        return (f"{args.file} is a URL: kznews extract reads a saved page (save it first, "
                f"e.g. curl -o page.html '{args.file}', then --url '{args.file}')")
    parts = urlsplit(args.url.strip())
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return f"--url must be the page's http(s) URL, got {args.url!r}" + (
            f" (did you mean https://{args.url.strip().lstrip('/')}?)" if not parts.scheme
            else "")
    return None


def main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(prog="kznews extract", description=__doc__)
    ap.add_argument("file", help="saved article page (HTML)")
    ap.add_argument("--url", help="the page's URL (ids and links need it); default: the "
                    "`saved from url` line a browser wrote into the page")
    ap.add_argument("--listing-date", type=listing_date, default=None,
                    help="date the listing page showed, for a year-less dateline")
    args = ap.parse_args(list(argv))
    html = b""
    if args.url is None and not re.match(r"(?i)https?://", args.file):
        try:
            html = Path(args.file).read_bytes()
        except OSError as exc:
            print(f"error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        args.url = saved_from(html)
        if args.url is None:
            print(f"error: --url is needed: {args.file} does not say which URL it was saved "
                  "from (give the article's address, e.g. --url https://ic24.kz/news/…-u123)",
                  file=sys.stderr)
            return 2
    wrong = usage_error(args) if args.url is not None else usage_error(
        argparse.Namespace(file=args.file, url="https://x"))
    if wrong:
        print(f"error: {wrong}", file=sys.stderr)
        return 2
    try:
        html = html or Path(args.file).read_bytes()
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        article = extract(html, args.url.strip(), args.listing_date)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    local = local_copies(html, article)
    if local:
        print(f"warning: {len(local)} picture(s) point at the saved page's own folder "
              f"({unquote(urlsplit(local[0]).path.rsplit('/', 2)[-2])}/…), not at the outlet: "
              "left out of image_urls (save the page's HTML only, or give the original page)",
              file=sys.stderr)
    print(json.dumps(article, ensure_ascii=False, indent=1))
    return 0
