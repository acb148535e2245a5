"""RSS and Atom feeds: found from ``<link rel="alternate">`` or common paths, read with
feedparser (RSS 0.9x/1.0/2.0, Atom; loose parsing of broken XML)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
from parsel import Selector

from kznews.extract.markup import document_base

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json")
# Tried in order when no page names a feed; the first that parses as a feed ends the probe.
COMMON_PATHS = ("/rss", "/feed", "/rss.xml")
MAX_FEEDS = 3


@dataclass(frozen=True)
class FeedEntry:
    link: str
    published: datetime | None = None  # aware, UTC
    updated: datetime | None = None


def feed_links(html: str, url: str) -> list[str]:
    """Absolute URLs of the feeds a page announces, in page order."""
    sel = Selector(text=html or "<html></html>")
    out: list[str] = []
    base = document_base(sel.root.iter("base"), url)
    for link in sel.xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES[:3]:
            href = urljoin(base, link.attrib["href"].strip())
            if href not in out:
                out.append(href)
    return out[:MAX_FEEDS]


def _when(value: Any) -> datetime | None:
    if not value:
        return None
    try:  # feedparser gives UTC struct_time
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def parse_feed(body: bytes, url: str) -> list[FeedEntry] | None:
    """The items of an RSS/Atom document (links made absolute), or None when ``body`` is
    not a feed (an HTML page, a 404 page, garbage)."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version"):
        return None
    entries = []
    for item in parsed.entries:
        link = item.get("link") or ""
        if not link:
            link = next((x.get("href") for x in item.get("links", []) if x.get("href")), "")
        if not link:
            continue
        # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed,
        # with a deprecation warning
        entries.append(FeedEntry(urljoin(url, link.strip()),
                                 _when(dict.get(item, "published_parsed")),
                                 _when(dict.get(item, "updated_parsed"))))
    return entries
