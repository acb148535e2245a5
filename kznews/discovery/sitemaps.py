"""Sitemaps: robots.txt ``Sitemap:`` lines, sitemap indexes, plain and gzipped urlsets and
Google news sitemaps, read with Scrapy's own sitemap utilities.

Only the parsing lives here; the requests are made by :mod:`kznews.discovery.spider`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from lxml import etree
from scrapy.http import Response, XmlResponse
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

logger = logging.getLogger(__name__)

# W3C datetime (the profile of ISO 8601 sitemaps use): YYYY, YYYY-MM, YYYY-MM-DD, with
# hh:mm, hh:mm:ss or hh:mm:ss.s and a zone (Z or ±hh:mm; some servers write ±hhmm).
_W3C = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d+))?)?"
    r"\s*(?P<z>Z|[+-]\d{2}:?\d{2})?)?)?)?$", re.I)


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: datetime | None = None  # aware, UTC
    published: datetime | None = None  # news:publication_date, aware
    has_time: bool = False  # the publication date carried a time of day
    lang: str | None = None  # news:language


def parse_w3c(text: str | None) -> tuple[datetime, bool] | None:
    """(aware datetime, whether a time of day was given) for a W3C datetime, else None.

    A date without a zone is read as UTC (what the sitemap protocol implies)."""
    found = _parse(text)
    return None if found is None else (found[0], found[1] < timedelta(days=1))


def latest_moment(text: str | None) -> datetime | None:
    """The last moment a W3C datetime may mean: ``2021-04-16`` is any time that day and
    ``10:20`` any second of that minute, so a change later in it is not taken as older."""
    found = _parse(text)
    return None if found is None else found[0] + found[1] - timedelta(microseconds=1)


def _parse(text: str | None) -> tuple[datetime, timedelta] | None:
    """(aware datetime in UTC, the unit it was written to)."""
    match = _W3C.match((text or "").strip())
    if not match:
        return None
    g = match.groupdict()
    try:
        zone = UTC
        if g["z"] and g["z"].upper() != "Z":
            sign = -1 if g["z"][0] == "-" else 1
            digits = g["z"][1:].replace(":", "")
            zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        micro = int((g["f"] or "0")[:6].ljust(6, "0"))
        value = datetime(int(g["y"]), int(g["m"] or 1), int(g["d"] or 1), int(g["H"] or 0),
                         int(g["M"] or 0), int(g["S"] or 0), micro, tzinfo=zone)
    except ValueError:  # month 13, hour 25, zone +99:00
        return None
    unit = (timedelta(microseconds=1) if g["f"] else timedelta(seconds=1) if g["S"]
            else timedelta(minutes=1) if g["H"] else timedelta(days=1))
    return value.astimezone(UTC), unit


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """Every ``Sitemap:`` URL of a robots.txt, absolute, in file order, without repeats."""
    return list(dict.fromkeys(sitemap_urls_from_robots(body, base_url=base_url)))


def sitemap_body(response: Response, max_size: int, warn_size: int) -> bytes | None:
    """The XML of a sitemap response (gunzipped within ``max_size``), or None when the
    response is not a sitemap or unpacks past the limit."""
    if gzip_magic_number(response):
        try:
            body = gunzip(response.body, max_size=max_size)
        except _DecompressionMaxSizeExceeded:
            logger.warning("sitemap %s unpacks to more than %d bytes: skipped",
                           response.url, max_size)
            return None
        except (OSError, EOFError):
            return None
        if len(response.body) < warn_size <= len(body):
            logger.warning("sitemap %s unpacks to %d bytes", response.url, len(body))
        return body
    head = response.body.lstrip(b"\xef\xbb\xbf \t\r\n")[:5]
    if isinstance(response, XmlResponse) or head in (b"<?xml", b"<urls", b"<site") \
            or head.startswith(b"http"):  # XML, or the protocol's plain-text form
        return response.body
    return None


class _NewsSitemap(Sitemap):
    """Scrapy's parser keeps only direct children of ``<url>``; a news sitemap nests its
    publication date in ``<news:news>``, read here before the element is cleared."""

    def _process_sitemap_element(self, elem: etree._Element) -> dict[str, Any] | None:
        nested = {}
        for child in elem:
            if self._get_tag_name(child) == "news":
                for sub in child.iter():
                    name = self._get_tag_name(sub)
                    if name and sub.text:
                        nested[f"news_{name}"] = sub.text.strip()
        found = super()._process_sitemap_element(elem)
        if found is not None:
            found.update(nested)
        return found


def parse_sitemap(body: bytes) -> tuple[str, list[SitemapEntry]]:
    """(``urlset`` / ``sitemapindex`` / other root name, entries in file order). A text
    sitemap (one URL a line) is a ``urlset`` without dates."""
    lines = body.lstrip(b"\xef\xbb\xbf \t\r\n").splitlines()
    if lines and lines[0].strip().startswith((b"http://", b"https://")):
        urls = [line.strip().decode("utf-8", "replace") for line in lines if line.strip()]
        return "urlset", [SitemapEntry(u) for u in urls if u.startswith(("http://", "https://"))]
    try:
        sitemap = _NewsSitemap(body)
    except (etree.XMLSyntaxError, StopIteration):
        return "", []
    entries = []
    for item in sitemap:
        loc = (item.get("loc") or "").strip()
        if not loc:
            continue
        changed = latest_moment(item.get("lastmod"))
        published = parse_w3c(item.get("news_publication_date"))
        entries.append(SitemapEntry(
            loc, changed, published[0] if published else None, bool(published and published[1]),
            (item.get("news_language") or "").lower()[:2] or None))
    return sitemap.type, entries
