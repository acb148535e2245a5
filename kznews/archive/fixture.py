"""An archived page as a test fixture (``tests/fixtures/pages/<name>/``).

The layout is the one ``tests/fixtures/save_pages.py`` writes and
``tests/test_site_centerinform.py`` reads: ``page.html`` (the body as the crawler gets it:
de-chunked and decompressed, bytes otherwise untouched), ``meta.json`` (path, status, headers,
listing date, the day the page was captured, where in which archive it came from) and
``expected.json`` (what the extraction gives today, for a person to review and correct: the
test then holds the extractor to the corrected values).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.http import HtmlResponse

from kznews import processors as P
from kznews.archive.index import ArchiveIndex, Page, Scan, scan
from kznews.archive.paths import ArchiveError, host_key, resolve
from kznews.loaders import build_article, missing_fields
from kznews.middlewares import sniff_encoding
from kznews.sites.centerinform import extract_article
from kznews.sites.centerinform import outlet as O

FIELDS = ("id", "lang", "title", "published_at", "dateline_place", "body", "source",
          "photo_credit", "category", "tags", "views")


def archived_page(warc: str, url: str) -> Page:
    found = scan(resolve(warc))
    index = ArchiveIndex(found, url)
    try:
        capture = index.lookup(url)
        if capture is None:
            raise ArchiveError(f"the archive holds no capture of {url}{_nearest(found, url)}")
        return index.load(capture)
    finally:
        index.close()


def _nearest(found: Scan, url: str) -> str:
    """The archived page ``url`` most likely means (the same path on another host or port,
    or the same article id, as a link with a tracking query or a copy's address has it)."""
    parts = urlsplit(url if "//" in url else f"http://{url}")
    path = parts.path.rstrip("/") or "/"
    article = O.article_id(url)
    pages = {c.url for c in found.captures if c.kind in ("response", "revisit")}
    for same in (lambda u: (urlsplit(u).path.rstrip("/") or "/") == path,
                 lambda u: bool(article) and O.article_id(u) == article):
        near = sorted(u for u in pages if same(u))
        if near:
            return f"; did you mean {near[0]}?"
    hosts = sorted({host_key(u) for u in pages})
    return f" (it holds pages of {', '.join(hosts[:3])})" if hosts else " (it holds no page)"


def _headers(page: Page) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in page.headers:
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def make_fixture(warc: str, url: str, out: Path, listing_date: date | None = None
                 ) -> dict[str, Any]:
    """Write the fixture of ``url`` from the archive ``warc`` into ``out``; returns
    ``{"missing": [...], "meta": {...}, "captures": N}`` (fields the extraction did not
    find; how many captures of the URL the archive holds, of which the one a replay serves
    was taken). A folder
    already holding a fixture is refused: its expected.json may have been corrected by hand."""
    if (out / "expected.json").exists():
        raise ArchiveError(f"{out} already holds a fixture (its expected.json may have been "
                           "corrected by hand): give another --out, or remove it first")
    page = archived_page(warc, url)
    headers = _headers(page)
    if page.status != 200:  # the index serves a 200 whenever the archive holds one
        where = {k.lower(): v for k, v in headers.items()}.get("location")
        if 300 <= page.status < 400 and where:
            raise ArchiveError(f"the archive holds {url} only as a {page.status} redirect to "
                               f"{urljoin(url, where)}: give that as --url")
        raise ArchiveError(f"the archive holds {url} only as a {page.status} answer, no article "
                           "page: no fixture written")
    response = HtmlResponse(url, status=page.status, headers=headers, body=page.body)
    meta: dict[str, Any] = {}
    fixed = sniff_encoding(page.body, response._declared_encoding())
    if fixed:  # as kznews.middlewares.CharsetMiddleware reads it in a crawl
        meta["charset_repaired"] = f"{response._declared_encoding() or 'none'}->{fixed}"
        headers["Content-Type"] = f"text/html; charset={fixed}"
        response = HtmlResponse(url, status=page.status, headers=headers, body=page.body)
    captured = datetime.fromtimestamp(page.capture.when, UTC).astimezone(P.ALMATY).date()
    hints = [("listing", listing_date)] if listing_date else []
    ex = extract_article(response.text, url, hints, captured)
    missing = missing_fields(ex)
    values = vars(build_article(ex, url)) if not missing else dict(ex.values)
    meta = {"url": url.split("/", 3)[-1], "status": page.status, "headers": headers,
            "listing_date": listing_date.isoformat() if listing_date else None,
            "today": captured.isoformat(), **meta,
            "archive": {"file": page.capture.file, "record_id": page.capture.record_id,
                        "kind": page.capture.kind, "target_uri": page.capture.url,
                        "captured": datetime.fromtimestamp(page.capture.when, UTC)
                        .isoformat().replace("+00:00", "Z")}}
    expected = {f: _plain(values[f]) for f in FIELDS if f in values}
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / "page.html").write_bytes(page.body)
        (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                       "utf-8")
        (out / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1, default=str) + "\n", "utf-8")
    except OSError as exc:  # the archive was read: the fault is --out's, not the archive's
        raise ArchiveError(f"cannot write the fixture into {out}: "
                           f"{exc.strerror or exc}") from None
    key = page.capture.key
    captures = sum(1 for c in scan(resolve(warc)).captures
                   if c.key == key and c.kind in ("response", "revisit") and c.status != 304)
    return {"missing": missing, "meta": meta, "captures": captures}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value
