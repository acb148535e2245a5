"""Finding article URLs beyond the listing walk: sitemaps (robots.txt, indexes, gzip, news
sitemaps) and RSS/Atom feeds, with the dates they give (lastmod, publication time)."""

from kznews.discovery.feeds import COMMON_PATHS, FeedEntry, feed_links, parse_feed
from kznews.discovery.sitemaps import (
    SitemapEntry,
    parse_sitemap,
    parse_w3c,
    robots_sitemaps,
    sitemap_body,
)

MODES = ("listing", "sitemap", "feed")

__all__ = ["COMMON_PATHS", "MODES", "FeedEntry", "SitemapEntry", "feed_links", "parse_feed",
           "parse_sitemap", "parse_w3c", "robots_sitemaps", "sitemap_body"]
