"""Walk a copy's listing like a minimal crawler: which article ids its pagination reaches."""

from __future__ import annotations

import html
import re
import urllib.request
from urllib.parse import urljoin, urlsplit

ARTICLE = re.compile(r"/news/[A-Za-z0-9-]+-(u\d+)")
_HREF = re.compile(r'href="([^"]+)"')


def _fetch(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - loopback only
        charset = resp.headers.get_content_charset() or "utf-8"
        return resp.status, resp.read().decode(charset)


def walk(base_url: str, start: str, is_page: re.Pattern[str],
         limit: int = 100, article: re.Pattern[str] = ARTICLE) -> tuple[set[str], set[str]]:
    """Article ids linked from ``start`` and every page whose path+query ``is_page`` matches;
    a link is an article's when its path matches ``article`` in full (group 1: the id).

    Returns (ids, pages visited); a listing page that does not answer 200 fails the walk."""
    queue, pages, ids = [start], set[str](), set[str]()
    while queue and len(pages) < limit:
        target = queue.pop()
        if target in pages:
            continue
        pages.add(target)
        status, text = _fetch(base_url + target)
        assert status == 200, target
        for href in _HREF.findall(text):
            parts = urlsplit(urljoin(base_url + target, html.unescape(href)))
            found = article.fullmatch(parts.path)
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if found:
                ids.add(found.group(1))
            elif is_page.fullmatch(link):
                queue.append(link)
    return ids, pages
