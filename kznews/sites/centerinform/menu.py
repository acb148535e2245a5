"""Other listings of the same site: the menu's "all news", "feed" and "archive" links.

A start listing that is a date archive (a calendar of day pages, a few items each) or a
single page reaches old news slowly or not at all, while the same site's menu often links a
flat, paginated listing of every article ("Лента", "Все новости", "Архив", "News feed",
"All news", "Жаңалықтар легі", "Барлық жаңалықтар"). This module names such links, best
first, and tells whether a page read as one is a listing worth walking.

Only links whose words or path name a listing of all news are candidates: a rubric's
listing ("Политика", "/economy") is as dense and as paginated as the feed, but holds part of
the news; walking it instead of the calendar would lose the rest. Calendar and search URLs,
feeds (RSS/XML), article pages and other sites are never candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from kznews import processors as P
from kznews.extract.markup import document_base
from kznews.extract.text import element_text
from kznews.origin import rebase
from kznews.sites.centerinform.outlet import article_id, canonical_url
from kznews.sites.centerinform.pager import TRAP_PARAM

__all__ = ["Candidate", "MIN_ENTRIES", "MIN_SHARE", "is_listing", "menu_listings"]

# A menu label naming all the news, a feed of it or its archive (ru, en, kk; a short label
# only: a headline that mentions "новости" is no menu item).
LISTING_WORDS = re.compile(
    r"(?<!\w)(?:лент\w*|все\s+(?:новости|материалы|публикации|статьи)|архив\w*|"
    r"новости|последние\s+новости|news(?:\s*feed)?|newsfeed|all\s+(?:news|stories|posts)|"
    r"latest(?:\s+news)?|archives?|feed|жаңалықтар\w*|барлық\s+жаңалықтар|мұрағат\w*|"
    r"соңғы\s+жаңалықтар)(?!\w)", re.I)
# the same in a URL path segment (transliterated or English)
PATH_WORDS = re.compile(
    r"(?:^|[/_-])(?:lenta|lenta-novostey|vse|vse-novosti|all|all-news|allnews|arhiv|arkhiv|"
    r"archives?|news|novosti|latest|newsfeed|news-feed|zhanalyqtar|zhanalyktar|"
    r"barlyq-zhanalyqtar|muragat)(?:$|[/_.-])", re.I)
_FEED_PATH = re.compile(r"(?:^|/)(?:rss|atom|feed\.xml|sitemap)|\.(?:xml|rss|json)$", re.I)
_DATE_PATH = re.compile(r"/(?:19|20)\d\d(?:[/-]|$)")
_MENU_BOX = re.compile(r"nav|menu|header|footer|masthead|sidebar|rubric|sections", re.I)
MAX_LABEL = 40
MIN_ENTRIES = 5  # a listing page shows at least this many articles
MIN_SHARE = 0.3  # of the page's distinct same-site links, this many lead to articles


@dataclass(frozen=True)
class Candidate:
    url: str
    rank: int  # 3: labelled in a menu, 2: labelled elsewhere, 1: only its path says so


def menu_listings(root: etree._Element, url: str, skip: frozenset[str] = frozenset()
                  ) -> list[Candidate]:
    """Links of a parsed page to other listings of all the news of its site, best first
    (label in a menu, label elsewhere, path words; page order within a rank). ``skip``:
    paths never to name (the listings already walked)."""
    base = document_base(root.iter("base"), url)
    own = urlsplit(url).path.rstrip("/") or "/"
    best: dict[str, int] = {}
    for a in root.xpath("//body//a[@href]"):
        href = rebase(urljoin(base, (a.get("href") or "").strip()), url)
        if not href or not _may_list(href, own, skip):
            continue
        href = canonical_url(href)
        label = P.clean_text(element_text(a))
        rank = 0
        if 0 < len(label) <= MAX_LABEL and LISTING_WORDS.search(label):
            rank = 3 if _in_menu(a) else 2
        elif PATH_WORDS.search(urlsplit(href).path):
            rank = 1
        if rank > best.get(href, 0):
            best[href] = rank
    ranked = [Candidate(u, r) for u, r in best.items() if r]
    return sorted(ranked, key=lambda c: -c.rank)  # stable: page order within a rank


def _may_list(href: str, own: str, skip: frozenset[str]) -> bool:
    parts = urlsplit(href)
    path = parts.path.rstrip("/") or "/"
    if path == own or path in skip or path == "/" or article_id(href):
        return False
    if _FEED_PATH.search(path) or _DATE_PATH.search(path):
        return False
    return not any(TRAP_PARAM.match(k) for k, _ in parse_qsl(parts.query))


def _in_menu(el: etree._Element) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("nav", "header", "footer", "menu"):
            return True
        if _MENU_BOX.search(f"{anc.get('class') or ''} {anc.get('id') or ''} "
                            f"{anc.get('role') or ''}"):
            return True
    return False


def is_listing(entries: int, dated: int, links: int, paged: bool) -> bool:
    """Whether a page read as a candidate is a listing worth walking: enough articles, most
    of its links to articles, and more than one page (a pager or a JSON listing)."""
    shown = dated or entries
    return paged and shown >= MIN_ENTRIES and entries >= MIN_SHARE * max(links, 1)
