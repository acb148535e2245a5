"""JSON listings: the list a listing page's script reads, read as listing pages.

A listing page may hold only its first items and let a script fetch the rest from an API it
names: ``<link rel="alternate" type="application/json" href="/api/news?page=1">``, a JSON
Feed (``application/feed+json``), or a ``data-api``/``data-source``/``data-endpoint`` URL on the
list's box. The answer is read with generic keys, as any CMS writes them:

* the list: the document itself, or the first list of objects under ``items``, ``data``,
  ``results``, ``news``, ``articles``, ``posts`` … (nested too: ``data.items``; GraphQL's
  ``edges[].node``);
* an item's URL (``url``, ``link``, ``href``, ``path``, ``permalink`` …, or ``{"href": …}``),
  date (``date``, ``published``, ``published_at``, ``pubDate``, ``datePublished``,
  ``timestamp`` …: ISO, RFC 822, Unix seconds or milliseconds, a shown date) and title;
* the next page: ``next`` (``next_page``, ``links.next``, ``pagination.next`` …) as a URL, a page
  number or a cursor; ``has_more`` or ``page`` < ``pages`` as the page after this one; a
  ``null`` next is the end; with no word about it at all, a URL numbering its page goes on
  to the next number while items keep coming (the walk stops at an empty or repeated page).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree

from kznews import processors as P
from kznews.sites.centerinform.outlet import TIMEZONE

__all__ = ["JsonItem", "JsonListingError", "JsonPage", "json_listing_links", "read_json_listing"]

LINK_TYPES = frozenset({"application/json", "application/feed+json", "application/vnd.api+json"})
BOX_ATTRS = ("data-api", "data-source", "data-endpoint", "data-json", "data-feed-url")
LIST_KEYS = ("items", "data", "results", "news", "articles", "posts", "entries", "stories",
             "list", "records", "rows", "hits", "docs", "content", "nodes", "edges", "result",
             "response", "payload", "feed")
URL_KEYS = ("url", "link", "href", "permalink", "path", "canonical_url", "canonicalUrl",
            "web_url", "webUrl", "share_url", "shareUrl", "external_url", "uri", "links")
DATE_KEYS = ("date", "published", "published_at", "publishedAt", "pubDate", "pub_date",
             "datePublished", "date_published", "publish_date", "publishDate",
             "publication_date", "created_at", "createdAt", "created", "timestamp", "time",
             "datetime", "date_gmt", "updated_at")
TITLE_KEYS = ("title", "headline", "name")
NEXT_KEYS = ("next", "next_page", "nextPage", "next_url", "nextUrl", "next_page_url",
             "nextPageUrl", "next_cursor", "nextCursor", "next_link")
NEXT_BOXES = ("links", "_links", "pagination", "paging", "meta", "page_info", "pageInfo",
              "pager")
MORE_KEYS = ("has_more", "hasMore", "has_next", "hasNext", "hasNextPage", "more")
PAGE_PARAMS = ("page", "p", "pg", "paged", "pagenum", "page_number", "pageNumber", "pn")
OFFSET_PARAMS = ("offset", "start", "skip", "from")
CURSOR_PARAMS = ("cursor", "after", "before", "max_id", "since_id", "last_id", "from_id")
_DEPTH = 3
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif|mp4|mp3)$", re.I)


class JsonListingError(ValueError):
    """The answer is no JSON listing (bad JSON, no list of linked items)."""


@dataclass(frozen=True)
class JsonItem:
    url: str
    listing_date: date | None
    title: str


@dataclass(frozen=True)
class JsonPage:
    items: list[JsonItem]
    next_url: str | None  # None: the list says it ends here, or says nothing and cannot go on


def json_listing_links(root: etree._Element, base: str) -> list[str]:
    """The JSON listings a parsed page names, head links first, in page order."""
    out: list[str] = []
    for el in root.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        kind = (el.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in LINK_TYPES and el.get("href"):
            out.append(urljoin(base, el.get("href", "").strip()))
    xpath = "//body//*[" + " or ".join(f"@{a}" for a in BOX_ATTRS) + "]"
    for el in root.xpath(xpath):
        for attr in BOX_ATTRS:
            value = (el.get(attr) or "").strip()
            # a URL, not a name ("ТАСС") nor inline data nor a picture
            if value.startswith(("/", "http:", "https:", "?", "./")) \
                    and not _PICTURE.search(urlsplit(value).path):
                out.append(urljoin(base, value))
    return list(dict.fromkeys(u for u in out if urlsplit(u).scheme in ("http", "https")))


def read_json_listing(body: bytes | str, url: str) -> JsonPage:
    """The linked items of one JSON listing page and the URL of the next one; raises
    :class:`JsonListingError` when ``body`` is no JSON or holds no list of linked items."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise JsonListingError(f"not JSON ({exc.__class__.__name__})") from None
    found = _item_list(doc, _DEPTH)
    if found is None:
        raise JsonListingError("no list of linked items")
    items = [item for item in (_item(obj, url) for obj in found) if item is not None]
    return JsonPage(items, _next_url(doc, url, len(found)) if found else None)


def _objects(value: Any) -> list[dict[str, Any]]:
    out = []
    for obj in value if isinstance(value, list) else ():
        if isinstance(obj, dict) and isinstance(obj.get("node"), dict):
            obj = obj["node"]  # GraphQL connection edges
        if isinstance(obj, dict):
            out.append(obj)
    return out


def _item_list(doc: Any, depth: int) -> list[dict[str, Any]] | None:
    """The first list of objects carrying a URL: the document, or under a list key."""
    objects = _objects(doc)
    if objects and any(_url_of(o) for o in objects[:20]):
        return objects
    if isinstance(doc, list):
        return [] if not doc else None
    if not isinstance(doc, dict) or depth == 0:
        return None
    for key in LIST_KEYS:
        if key in doc:
            found = _item_list(doc[key], depth - 1)
            if found is not None:
                return found
    return None


def _url_of(obj: dict[str, Any]) -> str | None:
    for key in URL_KEYS:
        value = obj.get(key)
        if isinstance(value, dict):  # {"href": …}, JSON:API links {"self": …}
            value = value.get("href") or value.get("self") or value.get("url")
        if isinstance(value, str) and value.strip() and not value.startswith(("#", "java")):
            return value.strip()
    return None


def _item(obj: dict[str, Any], url: str) -> JsonItem | None:
    href = _url_of(obj)
    if href is None:
        return None
    title = next((_text(obj[k]) for k in TITLE_KEYS if _text(obj.get(k))), "")
    when = next((d for d in (_date(obj.get(k)) for k in DATE_KEYS if k in obj) if d), None)
    return JsonItem(urljoin(url, href), when, title)


def _text(value: Any) -> str:
    if isinstance(value, dict):  # WordPress: {"rendered": "…"}
        value = value.get("rendered") or value.get("text")
    return P.clean_text(value) if isinstance(value, str) else ""


def _date(value: Any) -> date | None:
    """A listing date in Almaty from a JSON date value; None when it names none."""
    moment: date | datetime | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and value > 0:
        seconds = value / 1000 if value > 10**11 else value  # milliseconds
        try:
            moment = datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str) and value.strip():
        moment = _date_text(value.strip())
    if isinstance(moment, datetime):
        return moment.astimezone(TIMEZONE).date() if moment.tzinfo else moment.date()
    return moment


def _date_text(text: str) -> date | datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return P.parse_date_text(text)


def _next_values(doc: Any) -> Iterator[tuple[str, Any]]:
    """(key, value) of every "next" a listing document may carry, at its top or in a box."""
    if not isinstance(doc, dict):
        return
    for box in (doc, *(doc[k] for k in NEXT_BOXES if isinstance(doc.get(k), dict))):
        for key in (*NEXT_KEYS, *MORE_KEYS):
            if key in box:
                value = box[key]
                yield key, value.get("href") if isinstance(value, dict) else value
        if "page" in box and any(k in box for k in ("pages", "total_pages", "totalPages",
                                                      "last_page", "lastPage", "pageCount")):
            yield "pages", (box["page"], next(box[k] for k in ("pages", "total_pages",
                            "totalPages", "last_page", "lastPage", "pageCount") if k in box))


def _next_url(doc: Any, url: str, count: int) -> str | None:
    for key, value in _next_values(doc):
        if key in MORE_KEYS or key == "pages":
            more = value is True or (isinstance(value, tuple) and _int(value[0]) is not None
                                     and _int(value[1]) is not None
                                     and int(value[0]) < int(value[1]))
            return _step(url, count) if more else None
        if value is None or value is False or value == "":
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return _with_param(url, _param(url, PAGE_PARAMS) or "page", str(value))
        if isinstance(value, str):
            if value.startswith(("http:", "https:", "/", "?", ".")) or "/" in value:
                return urljoin(url, value)
            return _with_param(url, _param(url, CURSOR_PARAMS) or "cursor", value)
    return _step(url, count)  # nothing said: a numbered URL goes on while items come


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _param(url: str, names: tuple[str, ...]) -> str | None:
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    return next((n for n in names if n in query), None)


def _step(url: str, count: int) -> str | None:
    """The page after ``url`` in its own numbering (a page number or an item offset)."""
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    page = _param(url, PAGE_PARAMS)
    if page and _int(query[page]) is not None:
        return _with_param(url, page, str(int(query[page]) + 1))
    offset = _param(url, OFFSET_PARAMS)
    if offset and _int(query[offset]) is not None and count:
        return _with_param(url, offset, str(int(query[offset]) + count))
    return None


def _with_param(url: str, name: str, value: str) -> str:
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(k == name for k, _ in pairs):
        pairs = [(k, value if k == name else v) for k, v in pairs]
    else:
        pairs.append((name, value))
    return urlunsplit(parts._replace(query=urlencode(pairs)))
