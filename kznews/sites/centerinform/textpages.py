"""A text split over several pages: its own pager, and joining its pages into one article.

An article page may print only part of its text and link the rest: numbered pages of the same
article (``?page=2``, ``…-u123/2/``, ``/page/2/``, ``?PAGEN_1=2``), a "next page" link
(``Далее``, ``Next page``, ``Келесі бет``) or a view with the whole text on one page (``?full=1``,
``/all/``, ``Читать целиком``, ``Single page``, ``Толық оқу``). Only links to the same article
(its path up to the id segment) count: the site's listing pager and related links name another
path, and the article's own link with only a tracking or referral query (``?utm_source=…``,
``?from=…``) is the page itself. Pure functions over one page's HTML; the spider
(kznews.spiders.textpages) fetches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from kznews import processors as P
from kznews.extract.chain import Extracted
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform.article import FIELDS
from kznews.sites.centerinform.listing import on_site

MAX_TEXT_PAGES = 20  # pages of one text read at most (a pager that never ends is a trap)

# query keys and path steps naming a page of the text; values/steps naming all of it
_PAGE_KEY = re.compile(r"page(?:n(?:_\d+)?|num|_num|no)?|p|pg|str|part|seite", re.I)
_WHOLE_QUERY = re.compile(r"(?:full|all|single|showall|show_all|fulltext|onepage|one_page)"
                          r"=(?:1|y|yes|true|on|all)?|(?:view|page|mode|limit|show)="
                          r"(?:all|full|single|one)", re.I)
_PAGE_PATH = re.compile(r"/(?:(?:page|p|part|str|bet)[-/]?)?(\d{1,3})/?", re.I)
_WHOLE_PATH = re.compile(r"/(?:all|full|single|whole|onepage|one-page|fulltext)/?", re.I)
_NEXT_WORDS = re.compile(r"далее|дальше|следующ|продолжение|next|continue|келесі|әрі қарай"
                         r"|^\s*(?:→|»|>|›)\s*$", re.I)
_WHOLE_WORDS = re.compile(r"целиком|весь текст|полностью|на одной странице|single page|"
                          r"one page|view all|show all|full (?:text|story|article)|whole|"
                          r"толық|тұтас|бір бетте", re.I)
_BACK_WORDS = re.compile(r"назад|предыдущ|previous|prev\b|алдыңғы|по страницам|paged|беттеп"
                         r"|^\s*(?:←|«|<|‹)\s*$", re.I)
# What follows the article id in an href to another page of its text (``u123/2``,
# ``u123?page=2``). One pattern for every article: a pattern per id was compiled per page
# (a new id each time, past the regex cache), which cost more than the rest of the check.
_AFTER_ID = re.compile(r"/[^\"'<>\s]|/?\?[^\"'<>\s]")
# A visitor's trail, not a view of the text: referral keys (``?from=megamenu``, ``?ref=tg``)
# beside the tracking keys canonical URLs drop (``P.TRACKING_PARAM``: ``utm_*``, ``fbclid`` …;
# ``utm`` with no underscore too). A link carrying only these names the page itself, never
# another page of its text.
_TRAIL_KEY = re.compile(r"from|ref|ref_?src|referr?er|share|igshid|_ga|mc_cid|mc_eid|spm|utm\w*",
                        re.I)
_JOINED = ("tags", "photo_credit", "category", "dateline_place", "views", "related")


@dataclass(frozen=True)
class TextPager:
    """Where the rest of a text is: the whole-text view, or the next page(s) in order."""

    whole: str | None = None
    pages: tuple[str, ...] = ()
    """Further pages of the text, nearest first (numbered ones ordered by number)."""


def _base_path(path: str) -> str | None:
    """The article's own path: up to and including its id segment."""
    parts = path.split("/")
    for k in range(len(parts) - 1, -1, -1):
        if O.ID_SEGMENT.fullmatch(parts[k]):
            return "/".join(parts[:k + 1])
    return None


def page_of(url: str, base: str) -> int | str | None:
    """The page of the text at ``base`` (the article's path) that ``url`` shows: a number,
    ``"all"`` for the whole-text view, ``1`` for the article itself (also with nothing but a
    visitor's trail in its query, ``?utm_source=menu``), ``"other"`` for another view of it
    (its link's words may say which), None for another path."""
    parts = urlsplit(url)
    path = parts.path
    if not path.startswith(base):
        return None
    rest = path[len(base):]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRAIL_KEY.fullmatch(k) and not P.TRACKING_PARAM.fullmatch(k)]
    if rest in ("", "/"):
        for key, value in query:
            if _WHOLE_QUERY.fullmatch(f"{key}={value}"):
                return "all"
            if _PAGE_KEY.fullmatch(key) and value.isdigit():
                return int(value)
        return "other" if query else 1
    if not rest.startswith("/"):
        return None  # another article whose path begins with this one's
    if _WHOLE_PATH.fullmatch(rest):
        return "all"
    match = _PAGE_PATH.fullmatch(rest)
    return int(match[1]) if match else "other"


def first_page(url: str) -> str:
    """``url`` without the page of the text it names (``?page=2``, ``?full=1``; a
    numbered path is no article URL already): the article's own URL."""
    parts = urlsplit(url)
    if not parts.query or "=" not in parts.query:
        return url
    kept = [pair for pair in parts.query.split("&")
            if not _WHOLE_QUERY.fullmatch(pair)
            and not (_PAGE_KEY.fullmatch(pair.partition("=")[0])
                     and pair.partition("=")[2].isdigit())]
    return parts._replace(query="&".join(kept)).geturl()


def _names_more(html: str, aid: str) -> bool:
    """Whether ``html`` names article ``aid`` (``u`` and digits, either case) with something
    after the id: the cheap test before any link of the page is read."""
    letter, digits = aid[:1].lower(), aid[1:]
    pos = html.find(digits, 1)
    while pos != -1:
        if html[pos - 1].lower() == letter and _AFTER_ID.match(html, pos + len(digits)):
            return True
        pos = html.find(digits, pos + 1)
    return False


def text_pager(html: str, url: str, seen: frozenset[str] = frozenset()) -> TextPager:
    """The links of the page at ``url`` to the rest of its text (none: an empty pager).
    ``seen``: pages already read (never offered again)."""
    base = _base_path(urlsplit(url).path)
    aid = O.article_id(base or "")
    if base is None or aid is None or not _names_more(html, aid):
        return TextPager()
    here = page_of(url, base)
    if here == "all":
        return TextPager()
    current = here if isinstance(here, int) else 1
    whole: str | None = None
    numbered: dict[int, str] = {}
    nexts: list[str] = []
    sel = Selector(text=html)
    for link in sel.xpath("//a[@href] | //link[@href][contains(@rel, 'next')]"):
        href = on_site(urljoin(url, link.attrib["href"].strip()), url)
        if not href:
            continue
        href = href.split("#", 1)[0]
        where = page_of(href, base)
        words = " ".join(link.xpath(".//text()").getall())
        if href in seen or href == url or where is None:
            continue
        if where == "all" or (where != 1 and _WHOLE_WORDS.search(words)
                              and not _BACK_WORDS.search(words)):
            whole = whole or href
        elif isinstance(where, int) and where > current:
            numbered.setdefault(where, href)
        elif where == "other" and (link.root.tag == "link" or _NEXT_WORDS.search(words)) \
                and not _BACK_WORDS.search(words):
            nexts.append(href)
    ordered = [numbered[n] for n in sorted(numbered)] or nexts[:1]
    return TextPager(whole, tuple(ordered))


def _rank(name: str, rule: str | None) -> int:
    rules = next(f.rules for f in FIELDS if f.name == name)
    return next((k for k, r in enumerate(rules) if r.name == rule), len(rules))


def join_page(first: Extracted, later: Extracted, whole: bool = False) -> None:
    """Add a later page of the text (or, ``whole``, its one-page view) to ``first``: its
    paragraphs after the ones read (the headline or lead it repeats left out), its photos,
    and the fields the first page lacked; a source found by a surer rule replaces one read
    from the lead."""
    body = list(first.values.get("body") or [])
    more = list(later.values.get("body") or [])
    if whole:
        if sum(map(len, more)) >= sum(map(len, body)):
            first.values["body"] = more
    else:
        repeated = {str(first.values.get("title") or ""), *(body[:1])}
        first.values["body"] = body + [q for q in more if q not in repeated]
    images = list(first.values.get("image_urls") or [])
    images += [u for u in later.values.get("image_urls") or [] if u not in images]
    if images:
        first.values["image_urls"] = images
        first.rules.setdefault("image_urls", later.rules.get("image_urls", ""))
    source = later.values.get("source")
    if source and _rank("source", later.rules.get("source")) \
            < _rank("source", first.rules.get("source")):
        first.values["source"], first.rules["source"] = source, later.rules["source"]
    for name in _JOINED:
        if name in later.values:
            first.put(name, later.values[name], later.rules[name])
