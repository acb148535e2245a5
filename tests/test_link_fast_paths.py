"""Shortcuts of the related-links rule give what the general URL path gives."""

from __future__ import annotations

import itertools
from urllib.parse import urljoin

from kznews.sites.centerinform import links as L
from kznews.sites.centerinform import outlet as O

SITES = ["https://ic24.kz", "http://ic24.kz", "https://IC24.kz", "https://ic24.kz:443",
         "http://a.b-c.kz", "HTTPS://ic24.kz", "https://u@ic24.kz", "https://-a.kz"]
PATHS = ["/news/a-u1", "/news/a-u1/", "/news/x.html", "/news//a-u2", "/news/./a-u3",
         "/news/%41-u4", "/", "", "/news/slug_~-u5", "/news/Ab-U6"]
QUERIES = ["", "?", "?utm_source=a", "?utm_source=a&utm_medium=b", "?a=1&utm_x=2", "?a=1&&b",
           "?=x", "?UTM_SOURCE=1", "?fbclid=1&x", "#f", "?a=1#f", "?a%20=1", "?gclid",
           "?_openstat=1&a=b&c"]
PAGES = ["https://ic24.kz/news/p-u9", "http://ic24.kz/news/p-u9", "ftp://x/y"]


def test_simple_absolute_links_canonicalise_as_joined_urls() -> None:
    shortcut = 0
    for site, path, query in itertools.product(SITES, PATHS, QUERIES):
        raw = site + path + query
        for page in PAGES:
            want = O.canonical_url(urljoin(page, raw))
            assert L._link_url(L._site_origin(page), page, raw) == want, (raw, page)
            simple = L._SIMPLE_ABSOLUTE.fullmatch(raw)
            if simple:
                shortcut += 1
                assert L._simple_canonical(simple) == want, (raw, page)
                # the article id read off the matched path is the one of the whole URL
                assert O.article_id(simple["path"]) == O.article_id(raw), raw
                assert L._plain_link(raw) == (O.article_id(raw), want), raw
            else:
                assert L._plain_link(raw) is None, raw
    assert shortcut > 100  # the shortcut was taken, not only the general path
