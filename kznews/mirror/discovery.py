"""Discovery extras of the mirror, each on only when the site is built with it:

* ``sitemaps``: robots.txt names ``/sitemap_index.xml`` and ``/sitemap-news.xml``; the index
  lists gzipped children of 100 articles each (``/sitemaps/articles-K.xml.gz``, with
  ``lastmod`` in several W3C forms) and a plain one of non-article pages; the news sitemap
  holds the newest articles with ``news:publication_date``.
* ``feed``: an RSS 2.0 feed of the newest articles at ``/rss``, announced by
  ``<link rel="alternate">`` on listing pages and the home page.
* ``sitemap_only``: articles on no listing page and in no headline block.
* ``empty_tail``: that many listing pages past the last answer 200 with no items and a
  ``rel=next`` link onwards.
"""

from __future__ import annotations

import gzip
import html
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING

from .site import ALMATY, FEED_ITEMS

if TYPE_CHECKING:
    from .site import Site

CHUNK = 100
SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
FEED_LINK = '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss">\n'
Answer = tuple[int, str, bytes, datetime | None]


def robots_lines(site: Site, base: str) -> str:
    if not site.sitemaps:
        return ""
    return f"\nSitemap: {base}/sitemap_index.xml\nSitemap: {base}/sitemap-news.xml\n"


def w3c(when: datetime, form: int) -> str:
    """One of three W3C datetime forms a sitemap may use."""
    if form == 0:
        return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if form == 1:
        return when.astimezone(ALMATY).isoformat(timespec="minutes")
    return when.astimezone(ALMATY).date().isoformat()


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode("utf-8")


def _chunks(site: Site) -> list[range]:
    return [range(k, min(k + CHUNK, site.n)) for k in range(0, site.n, CHUNK)]


def sitemap_index(site: Site, base: str) -> bytes:
    out = [f"<sitemapindex {SITEMAP_NS}>\n"]
    for k, chunk in enumerate(_chunks(site)):
        newest = max(site.plan(i).modified for i in chunk)
        out.append(f"<sitemap><loc>{base}/sitemaps/articles-{k + 1}.xml.gz</loc>"
                   f"<lastmod>{w3c(newest, 0)}</lastmod></sitemap>\n")
    out.append(f"<sitemap><loc>{base}/sitemaps/pages.xml</loc></sitemap>\n</sitemapindex>\n")
    return _xml("".join(out))


def article_sitemap(site: Site, base: str, k: int) -> bytes | None:
    chunks = _chunks(site)
    if not 1 <= k <= len(chunks):
        return None
    out = [f"<urlset {SITEMAP_NS}>\n"]
    for i in chunks[k - 1]:
        p = site.plan(i)
        out.append(f"<url><loc>{base}{html.escape(p.path)}</loc>"
                   f"<lastmod>{w3c(p.modified, p.num % 3)}</lastmod></url>\n")
    out.append("</urlset>\n")
    return gzip.compress(_xml("".join(out)), mtime=0)


def pages_sitemap(base: str) -> bytes:
    urls = "".join(f"<url><loc>{base}{path}</loc></url>\n" for path in ("/", "/novosti", "/about"))
    return _xml(f"<urlset {SITEMAP_NS}>\n{urls}</urlset>\n")


def news_sitemap(site: Site, base: str) -> bytes:
    out = [f"<urlset {SITEMAP_NS} {NEWS_NS}>\n"]
    for i in range(min(FEED_ITEMS, site.n)):
        p = site.plan(i)
        out.append(
            f"<url><loc>{base}{html.escape(p.path)}</loc><lastmod>{w3c(p.modified, 0)}</lastmod>"
            "<news:news><news:publication><news:name>Центр информации</news:name>"
            f"<news:language>{p.lang}</news:language></news:publication>"
            f"<news:publication_date>{w3c(site.wire_time(i), 1)}</news:publication_date>"
            f"<news:title>{html.escape(p.title)}</news:title></news:news></url>\n")
    out.append("</urlset>\n")
    return _xml("".join(out))


def rss(site: Site, base: str) -> bytes:
    items = []
    for i in range(min(FEED_ITEMS, site.n)):
        p = site.plan(i)
        items.append(
            f"<item><title>{html.escape(p.title)}</title><link>{base}{html.escape(p.path)}</link>"
            f'<guid isPermaLink="false">{p.id}</guid>'
            f"<pubDate>{format_datetime(site.wire_time(i))}</pubDate></item>\n")
    return _xml(
        '<rss version="2.0"><channel><title>Центр информации</title>'
        f"<link>{base}/novosti</link><description>Новости</description>\n"
        + "".join(items) + "</channel></rss>\n")


def route(site: Site, path: str, base: str) -> Answer | None:
    """The answer to a discovery path, or None when it is not one (or is switched off)."""
    stamp = site.plan(0).modified
    if site.feed and path == "/rss":
        return 200, "application/rss+xml; charset=utf-8", rss(site, base), stamp
    if not site.sitemaps:
        return None
    if path == "/sitemap_index.xml":
        return 200, "application/xml; charset=utf-8", sitemap_index(site, base), stamp
    if path == "/sitemap-news.xml":
        return 200, "application/xml; charset=utf-8", news_sitemap(site, base), stamp
    if path == "/sitemaps/pages.xml":
        return 200, "application/xml; charset=utf-8", pages_sitemap(base), stamp
    if path.startswith("/sitemaps/articles-") and path.endswith(".xml.gz"):
        number = path.removeprefix("/sitemaps/articles-").removesuffix(".xml.gz")
        body = article_sitemap(site, base, int(number)) if number.isdigit() else None
        if body is not None:
            return 200, "application/x-gzip", body, stamp
    return None


def empty_page(site: Site, page: int, base: str) -> str:
    """A listing page past the last: no items, and a rel=next link onwards."""
    from .pages import SITE_NAME, currency, footer, head, header

    nxt = f"/novosti?page={page + 1}"
    return "".join((
        head(f"Новости — страница {page} | {SITE_NAME}", f"{base}/novosti?page={page}",
             f'<link rel="next" href="{nxt}">\n'),
        "<body>\n", header(), currency(),
        '<div class="content">\n<h1>Новости</h1>\n<div class="news-list">\n</div>\n',
        f'<div class="pagination"><a class="next" rel="next" href="{nxt}">»</a></div>\n</div>\n',
        footer()))
