"""One page in, one feed record out: the crawl's extraction without Scrapy.

``article_from_html(html, url)`` runs the same decoding, rule chains, loader, item and
schema check as a crawl, so its record has the same fields and values as the crawl's export
(``crawled_at`` is now), and a page the crawl would drop gives None.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kznews import processors as P
from kznews.items import item_dict
from kznews.loaders import build_article, missing_fields
from kznews.middlewares import decode_html
from kznews.pipelines.validate import problems
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform.article import extract_article

logger = logging.getLogger(__name__)


def article_from_html(html: str | bytes, url: str, *, listing_date: date | str | None = None,
                      today: date | str | None = None, content_type: str | None = None
                      ) -> dict[str, Any] | None:
    """The feed record of the article page ``html`` fetched from ``url``, or None when the
    page is not an article (no title, body, date or language found; an error page or a
    login wall served as one; its canonical naming another article) or its record fails the
    feed's schema, as a crawl would drop it (the reason is logged).

    ``url`` must be absolute and name an article (``…-u<N>``): ids, canonical URL and links
    come from it. An AMP twin of an article (``…-u<N>/amp``, ``…-u<N>/amp/``, ``…-u<N>?amp``,
    ``/amp/news/…-u<N>``) names that article: the page is read as the article's address (its
    ``canonical_url`` without a ``<link rel=canonical>``, its relative links) and the record's
    ``url`` is the one given. Spaces around ``url`` are ignored.
    ``listing_date`` is the date a listing page printed beside the link: it gives a year to
    a dateline without one. ``today`` is the day the page was fetched (in Almaty): a date
    shown relative to it (``Вчера, 15:40``, ``Today, 3:40 PM``) counts from it and it bounds
    that year; without it such a date is not read and the year is bounded by the current
    day. Both take
    a ``date`` or ``YYYY-MM-DD``; ``today`` also a zoned ``datetime`` (the response's ``Date``):
    a stamp of minutes or hours before it (``2 hours ago``, ``5 минут назад``) counts from it.
    ``bytes`` are decoded as a crawl decodes them (BOM, ``content_type``'s charset,
    ``<meta charset>``, and a cp1251 page labelled UTF-8 or not labelled at all is read as
    cp1251).

    Raises TypeError or ValueError, with one line, for arguments that cannot be right.
    """
    if isinstance(html, bytes | bytearray):
        html = decode_html(bytes(html), content_type)
    elif not isinstance(html, str):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    if not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")
    url = url.strip()
    address = _article_address(url)
    if address is None:
        raise ValueError(f"url names no article (an ic24.kz article URL ends in -u<N>): {url!r}")
    if not _ABSOLUTE.match(url):
        raise ValueError(f"url must be absolute (https://ic24.kz/news/…-u<N>), not {url!r}")
    day = _as_date("listing_date", listing_date)
    hints = [("listing", day)] if day else []
    ex = extract_article(html, address, hints, _as_date("today", today))
    if ex.refusal is not None:
        logger.info("%s: dropped, as a crawl would: %s (%s)", url, ex.refusal.why,
                    ex.refusal.reason)
        return None
    missing = missing_fields(ex)
    if missing:
        logger.info("%s: dropped, as a crawl would: no %s found%s", url, ", ".join(missing),
                    " (a date shown relative to the day of the fetch, \"Вчера, 15:40\", is "
                    "read only with `today`)" if "published" in missing and today is None else "")
        return None
    item = build_article(ex, address)
    found = problems(item)
    if found:
        name, message = found[0]
        logger.warning("%s: dropped, as a crawl would: %s %s", url, name, message)
        return None
    record = item_dict(item)
    if address != url:
        record["url"] = url  # the AMP twin, as fetched
    return record


_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s]")
_AMP_TAIL = re.compile(r"(?i)/amp/?\Z")


def _article_address(url: str) -> str | None:
    """The address of the article ``url`` names: ``url`` itself when its last path segment is
    an article's (``…-u45694``, also ``?amp``), the path without its last ``/amp`` segment for
    an AMP twin (``…-u45694/amp``, ``…-u45694/amp/``); None when it names no article."""
    if O.article_id(url):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    twin = _AMP_TAIL.search(parts.path)
    if twin is None:
        return None
    address = urlunsplit(parts._replace(path=parts.path[:twin.start()], fragment=""))
    return address if O.article_id(address) else None


def _as_date(name: str, value: date | str | None) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):  # a zoned moment: "2 часа назад" counts from it
        return P.reference_at(value) if value.tzinfo is not None else value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name} must be a date or YYYY-MM-DD, not {value!r}") from None
    raise TypeError(f"{name} must be a date or YYYY-MM-DD, not {type(value).__name__}")
