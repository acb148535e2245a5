"""ic24.kz listing pages (``/novosti``): article links with their dates, and pagination.

Nobody here knows how the outlet paginates, so any same-host link that looks like
"another page of this listing" counts: ``?page=N``, Bitrix ``?PAGEN_1=N``, ``/page/N/``,
``rel=next`` and numbered/next links under the listing path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree
from parsel import Selector

from kznews import processors as P
from kznews.extract.markup import parse_page
from kznews.extract.text import element_text
from kznews.sites.centerinform.outlet import HOSTS, LISTING_PATH, article_id, canonical_url

PAGE_PARAM = re.compile(r"^(page|pagen_\d+|p|pg|paged|page_num)$", re.I)
# "Load more" links count items, not pages: ?offset=20, ?start=40, Joomla's ?limitstart=20.
OFFSET_PARAM = re.compile(r"^(offset|start|skip|limitstart)$", re.I)
PAGE_PATH = re.compile(r"/page[/-]?(\d+)/?$", re.I)
# Calendar and search links multiply listings without end; never follow them.
TRAP_PARAM = re.compile(r"^(date|day|month|year|from|to|q|query|search|sort|order|filter)$", re.I)

OUTLET_HOSTS = HOSTS  # the name callers used before the outlet's facts had a module


def on_site(href: str, host: str, scheme: str) -> str | None:
    """``href`` as a URL of the crawled site (``host``, in ``scheme``), or None when it
    points off the site. ``www.`` and links to the outlet's own hosts count as the site."""
    parts = urlsplit(href)
    if parts.scheme not in {"http", "https"}:
        return None
    netloc, host = parts.netloc.lower(), host.lower()
    if netloc != host and netloc.removeprefix("www.") != host.removeprefix("www.") \
            and netloc not in HOSTS:
        return None
    return parts._replace(scheme=scheme, netloc=host).geturl()


@dataclass
class ListingEntry:
    url: str
    id: str
    title: str
    listing_date: date | None


def _date_near(link: etree._Element) -> date | None:
    """The date printed beside a listing link: the nearest ancestor holding only this link."""
    node = link.getparent()
    for _ in range(4):
        if node is None:
            return None
        ids = {article_id(a.get("href") or "") for a in node.iter("a")} - {None}
        if len(ids) > 1:
            return None
        found = P.parse_date_text(P.clean_text(element_text(node)))
        if found is not None:
            return found.date() if isinstance(found, datetime) else found
        node = node.getparent()
    return None


def page_number(url: str, listing_path: str | Sequence[str], per_page: int = 0) -> int | None:
    """The page number a listing URL points at (1 for the listing root), else None.

    An item offset becomes a page number by ``per_page`` (the items a listing page shows);
    unknown, the offset itself keeps the pages in order."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    roots = [listing_path] if isinstance(listing_path, str) else list(listing_path)
    root = next((r.rstrip("/") or "/" for r in roots
                 if path == (r.rstrip("/") or "/") or path.startswith(r.rstrip("/") + "/")),
                None)
    if root is None:
        return None
    query = parse_qsl(parts.query)
    if any(TRAP_PARAM.match(k) for k, _ in query):
        return None
    for key, value in query:
        if PAGE_PARAM.match(key) and value.isdigit():
            return int(value)
        if OFFSET_PARAM.match(key) and value.isdigit():
            return int(value) // per_page + 1 if per_page > 0 else int(value) + 1
    match = PAGE_PATH.search(path)
    if match:
        return int(match.group(1))
    if path == root and not query:
        return 1
    tail = path[len(root):].strip("/")
    return int(tail) if tail.isdigit() else None


def parse_listing(html: str | bytes, url: str, listing_path: str = LISTING_PATH, page: int = 1
                  ) -> tuple[list[ListingEntry], list[tuple[str, int]]]:
    """Article entries in page order, and (url, page number) of other listing pages.

    Pagination counts under the listing path we asked for and under the path the listing
    was served from (the outlet may redirect ``/novosti`` elsewhere); a ``rel=next`` link
    counts wherever it points.
    """
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    sel = Selector(root=parse_page(text or "<html></html>").root, type="html")
    host, scheme = urlsplit(url).netloc, urlsplit(url).scheme
    roots = (listing_path, PAGE_PATH.sub("", urlsplit(url).path))
    entries: dict[str, ListingEntry] = {}
    pages: dict[str, int] = {}
    candidates: list[str] = []
    for a in sel.xpath("//body//a[@href]"):
        href = on_site(urljoin(url, (a.root.get("href") or "").strip()), host, scheme) or ""
        if not href:
            continue
        aid = article_id(href)
        if aid:
            title = P.clean_text(element_text(a.root))
            old = entries.get(aid)
            if old is None:
                entries[aid] = ListingEntry(canonical_url(href), aid, title,
                                            _date_near(a.root))
            elif old.listing_date is None:
                old.listing_date = _date_near(a.root)
            continue
        candidates.append(href)
    per_page = sum(1 for e in entries.values() if e.listing_date) or len(entries)
    for href in candidates:
        number = page_number(href, roots, per_page)
        if number is not None:
            pages.setdefault(canonical_url(href), number)
    for raw in sel.xpath('//link[@rel="next"]/@href | //a[@rel="next"]/@href').getall():
        href = on_site(urljoin(url, raw.strip()), host, scheme) or ""
        if href and not article_id(href):
            pages.setdefault(canonical_url(href),
                             page_number(href, roots, per_page) or page + 1)
    return list(entries.values()), sorted(pages.items(), key=lambda kv: kv[1])
