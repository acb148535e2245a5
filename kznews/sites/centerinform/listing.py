"""ic24.kz listing pages (``/novosti``): article links with their dates, and pagination.

Nobody here knows how the outlet paginates, so any same-origin link that looks like
"another page of this listing" counts: ``?page=N``, Bitrix ``?PAGEN_1=N``, ``/page/N/``,
``?start=N`` item offsets, ``rel=next`` and numbered/next links under the listing path. Which
page each leads to is what the pager shows (:mod:`.pager`), not what its URL's number
suggests: Drupal's ``?page=1`` is the second page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector

from kznews import processors as P
from kznews.extract.markup import document_base, parse_page
from kznews.extract.text import element_text
from kznews.origin import rebase
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform.loadmore import load_more_links
from kznews.sites.centerinform.outlet import HOSTS as OUTLET_HOSTS
from kznews.sites.centerinform.outlet import LISTING_PATH, article_id, canonical_url
from kznews.sites.centerinform.pager import PAGE_PATH, order_pages, page_ref
from kznews.sites.centerinform.rows import pager_options, row_links, row_title

__all__ = ["OUTLET_HOSTS", "ListingEntry", "NearDates", "legacy_links", "oldest_first",
           "on_site", "page_number", "parse_listing"]


def on_site(href: str, base: str) -> str | None:
    """``href`` as a URL on the origin of ``base`` (the page it was found on), or None when
    it points at another server (see :func:`kznews.origin.rebase`)."""
    return rebase(href, base)


@dataclass
class ListingEntry:
    url: str
    id: str
    title: str
    listing_date: date | None
    # a date shown beside the link, placed or not: "2 часа назад", "вчера в 15:40", "15:40",
    # "16 апреля" mark a list entry as surely as "16 апреля 2021" (a sidebar shows none)
    shows_date: bool = False


# A date shown without its day and year: the time of day, a relative date, a day and month.
# Its day depends on when the listing was written (a cached page), so it places nothing.
_CLOCK = r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
_UNIT = (r"(?:секунд\w*|мин\w*|час\w*|д(?:ень|ня|ней)|недел\w*|месяц\w*|год\w*|лет|сағат|"
         r"минут|күн|апта|ай|жыл|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
         r"years?)")
PARTIAL_DATE = re.compile(
    rf"{_CLOCK}|\d+\s*{_UNIT}\.?\s+(?:назад|бұрын|ago)(?!\w)|"
    r"(?<!\w)(?:сегодня|вчера|позавчера|только что|бүгін|кеше|жаңа ғана|today|yesterday|"
    r"just now|an? (?:minute|hour|day|week|month|year) ago)(?!\w)", re.I)
_DAY_MONTH = re.compile(r"(?<!\d)\d{1,2}\s+([^\W\d_]{3,12})|([^\W\d_]{3,12})\.?\s+\d{1,2}(?!\d)")


def shows_partial_date(text: str) -> bool:
    """``text`` shows a date without its year: "2 часа назад", "кеше 19:00", "3 жыл
    бұрын", "yesterday", "16 апреля", "April 16"."""
    if PARTIAL_DATE.search(text):
        return True
    return any(P.month_number(m.group(1) or m.group(2)) for m in _DAY_MONTH.finditer(text))


class NearDates:
    """The date printed beside each listing link: the nearest of its four closest ancestors
    that holds links to this article only and shows a date.

    Which article ids sit below each element, and how big each subtree is, is worked out
    once, bottom-up, for the whole page; an ancestor's date is read once. Reading stops for
    good once the subtrees read add up to ``READ_BUDGET`` times the page (a listing reads each
    part of itself a few times at most; only hostile nesting, thousands of single-article
    blocks inside each other, gets there): a page costs O(its size) however it is built.
    Before, each link re-collected every link below its ancestors: one container of 8,000
    links took minutes. ``visits`` counts the ancestors looked at.
    """

    READ_BUDGET = 8

    def __init__(self, root: etree._Element, rows: Mapping[etree._Element, str] = {}) -> None:
        # ``rows``: other elements leading to an article (a clickable row), with its id
        self.visits = 0
        self._ids: dict[etree._Element, object] = {}  # an id, or MANY; absent: no link
        self._dates: dict[etree._Element, date | None] = {}
        self._partial: dict[etree._Element, bool] = {}  # a date without its year shows
        self._page: set[etree._Element] = set()  # boxes holding the page's menu and its date
        self._size: dict[etree._Element, int] = {}  # nodes and characters in the subtree
        for el in reversed(list(root.iter())):  # children before parents
            size = self._size[el] = (self._size.get(el, 0) + 1 + len(el.text or "")
                                     + len(el.tail or ""))
            own = self._ids.get(el)
            if el.tag in LINK_TAGS:
                own = _merge(own, article_id(el.get("href") or ""))
            elif rows and el in rows:
                own = _merge(own, rows[el])
            parent = el.getparent()
            if parent is not None:
                self._size[parent] = self._size.get(parent, 0) + size
            if own is None:
                continue
            self._ids[el] = own
            if parent is not None:
                self._ids[parent] = _merge(self._ids.get(parent), own)
        self.budget = self.READ_BUDGET * self._size[root]

    def near(self, link: etree._Element) -> date | None:
        return self.shown(link)[0]

    def shown(self, link: etree._Element, itself: bool = False) -> tuple[date | None, bool]:
        """The date beside ``link`` (``itself``: in it too, a row holding its date), and
        whether any date shows there (placed or not)."""
        node, partial = link if itself else link.getparent(), False
        for _ in range(4):
            if node is None or self._ids.get(node) is MANY:
                break
            self.visits += 1
            if node not in self._dates:
                size = self._size.get(node)  # None: outside the tree read (a second top)
                if size is None or size > self.budget:
                    break
                self.budget -= size
                chunks = list(node.itertext())
                apart = " ".join(chunks)
                # text nodes apart: "Title</a><time>15:40" is no "Title15:40", and
                # "<time>16 апреля 2021</time><time>1 мая 2021</time>" (a post's published and
                # updated dates, WordPress's _s themes) no "20211 мая"
                found = (P.parse_date_text(P.clean_text(element_text(node)))
                         or P.parse_date_text(P.clean_text(apart)) or attribute_date(node))
                if found is not None and _page_level(node):
                    # the page's date (its header's "today"), not the entry's: nor is any
                    # date further up
                    self._dates[node], self._partial[node] = None, False
                    self._page.add(node)
                    break
                mention = _mention(chunks, found) if found is not None else None
                if mention is not None:  # a date the teaser names: the entry's is elsewhere
                    rest = " ".join(t for k, t in enumerate(chunks) if k != mention)
                    found = P.parse_date_text(P.clean_text(rest)) or attribute_date(node)
                self._dates[node] = _day(found)
                self._partial[node] = found is None and shows_partial_date(apart)
            if self._dates[node] is not None:
                return self._dates[node], True
            if node in self._page:
                break
            partial = partial or self._partial[node]
            node = node.getparent()
        return None, partial


_PAGE_PARTS = etree.XPath(
    "boolean(self::body or self::html or descendant::nav[descendant::a] or "
    "descendant::*[@role='navigation' or @role='banner'])")


def _page_level(node: etree._Element) -> bool:
    """``node`` holds the page's own parts (its menu, its banner, the body itself): it
    is past any entry's box, and a date in it (a header's "today", ``1 декабря 2026``) is the
    page's, even when the page lists one story only."""
    return bool(_PAGE_PARTS(node))


_WORD = re.compile(r"[^\W\d_]{2,}")
PROSE_WORDS = 6  # words of a text node that is running text (a teaser), not a date line


def _mention(chunks: Sequence[str], found: date | datetime) -> int | None:
    """Which of an element's text nodes (``chunks``) is a sentence naming the date ``found``
    mid-way ("Указ от 5 января 2021 года вступил в силу…": words on both sides), when that is
    where it was read: a teaser's date, not the entry's. A date line ("16.04.2021 Заголовок…",
    "Автор, 16 апреля 2021, 10:00") is none."""
    day = _day(found)
    for k, chunk in enumerate(chunks):
        if len(chunk) < 40:
            continue
        text = P.clean_text(chunk)
        hit = P._find_date(text)
        if hit is None or _day(hit[0]) != day:
            continue
        before, after = _WORD.findall(text[:hit[1]]), _WORD.findall(text[hit[2]:])
        if len(before) >= 2 and len(after) >= 3 and len(before) + len(after) >= PROSE_WORDS:
            return k
        return None
    return None


def _day(found: date | datetime | None) -> date | None:
    """The day of a date read: a moment with its offset on Almaty's calendar."""
    if isinstance(found, datetime):
        return (found.astimezone(P.ALMATY) if found.tzinfo is not None else found).date()
    return found


# Elements keeping a date in an attribute behind text that shows none, or only a relative or
# year-less one: ``<time datetime="2021-04-16T10:00+06:00">2 дня назад</time>``, a tooltip
# ``<span title="16.04.2021 10:00">3 дня назад</span>``, ``<div data-date="2021-04-16">``.
_DATED = etree.XPath("descendant-or-self::*[@datetime or @title or "
                     + " or ".join(f"@{a}" for a in S.STAMP_ATTRS) + "]")
TOOLTIP_MAX = 40  # characters: a date in a tooltip, maybe with a weekday or a clock


def attribute_date(node: etree._Element) -> date | datetime | None:
    """The first date an element under ``node`` keeps in an attribute: a ``<time datetime>``,
    a Unix timestamp or a date in ``data-date``/``data-timestamp``/``data-published`` and the
    like, a short ``title`` tooltip that is a date (never a link's or a picture's: a headline
    may name a day); a later change (``class="updated"``, ``itemprop="dateModified"``) never."""
    latest = datetime.now(P.ALMATY) + timedelta(days=2)
    for el in _DATED(node):
        if S.MODIFIED_TIME.search(f"{el.get('class') or ''} {el.get('itemprop') or ''}"):
            continue
        if el.tag == "time" and el.get("datetime"):
            found = P.parse_date_text(el.get("datetime") or "")
            if found:
                return found
        for name in S.STAMP_ATTRS:
            value = (el.get(name) or "").strip()
            found = P.unix_moment(value, latest) or (
                P.parse_date_text(value) if value and not value.isdigit() else None)
            if found:
                return found
        title = (el.get("title") or "").strip()
        if title and el.tag not in LINK_TAGS and el.tag not in ("img", "iframe") \
                and len(title) <= TOOLTIP_MAX:
            found = P.parse_date_text(title)
            if found:
                return found
    return None


MANY = object()  # more than one article id below an element
_LAST = 1 << 62  # the place of an entry not found again: after the others


def _merge(a: object, b: object) -> object:
    if a is None or a == b:
        return b
    return a if b is None else MANY


def page_number(url: str, listing_path: str | Sequence[str], per_page: int = 0) -> int | None:
    """The page number a listing URL's own numbering gives (1 for the listing root), else
    None; one-based unless a pager says otherwise (see :mod:`.pager`).

    An item offset becomes a page number by ``per_page`` (the items a listing page shows);
    unknown, the offset itself keeps the pages in order."""
    roots = [listing_path] if isinstance(listing_path, str) else list(listing_path)
    ref = page_ref(url, roots)
    if ref is None:
        return None
    if not ref.scheme:
        return 1
    if ref.counts_items:
        return ref.value // per_page + 1 if per_page > 0 else ref.value + 1
    return ref.value


def oldest_first(entries: Sequence[ListingEntry]) -> bool | None:
    """Whether the list shows its oldest entries first, by its entries' listing dates in
    page order (most steps between neighbours go forward in time); None when the dates
    cannot tell (fewer than two, all on one day, as many steps each way)."""
    dated = [e.listing_date for e in entries if e.listing_date]
    up = sum(1 for a, b in zip(dated, dated[1:], strict=False) if b > a)
    down = sum(1 for a, b in zip(dated, dated[1:], strict=False) if b < a)
    return None if up == down else up > down


def parse_listing(html: str | bytes, url: str, listing_path: str = LISTING_PATH, page: int = 1,
                  ascending: bool | None = None
                  ) -> tuple[list[ListingEntry], list[tuple[str, int]]]:
    """Article entries in page order, and (url, page number) of other listing pages.
    ``ascending``: whether the listing shows its oldest entries first, as earlier pages
    told; None: as this page's dates tell (:func:`oldest_first`), else newest first.

    Pagination counts under the listing path we asked for and under the path the listing
    was served from (the outlet may redirect ``/novosti`` elsewhere); a ``rel=next`` link
    counts wherever it points.
    """
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    sel = Selector(root=parse_page(text or "<html></html>").root, type="html")
    roots = (listing_path, PAGE_PATH.sub("", urlsplit(url).path))
    base = document_base(sel.root.iter("base"), url)  # relative links resolve against it
    rows = row_links(text, sel.root, lambda h: _article_url(h, base, url))
    dates = NearDates(sel.root, {el: article_id(u) or "" for el, u in rows.items()})
    entries: dict[str, ListingEntry] = {}
    headed: dict[str, bool] = {}  # the ids whose title is a headline's (``_headline``)
    candidates: list[tuple[str, etree._Element]] = []
    for a in _LINKS(sel.root):
        href = on_site(urljoin(base, (a.get("href") or "").strip()), url) or ""
        if not href:
            continue
        aid = article_id(href)
        if aid:
            old = entries.get(aid)
            if old is None:
                entries[aid] = ListingEntry(canonical_url(href), aid, _label(a),
                                            *dates.shown(a))
                headed[aid] = _headline(a)
                continue
            if not old.title or (not headed[aid] and _headline(a)):
                # a card's picture or badge link first, its headline's link after it
                label = _label(a)
                if label:
                    old.title = label
                    if _headline(a):
                        headed[aid] = True
            if old.listing_date is None:
                old.listing_date, shown = dates.shown(a)
                old.shows_date = old.shows_date or shown
            continue
        candidates.append((href, a))
    if rows:
        _add_rows(entries, rows, dates, sel.root)
    if any(e.shows_date and e.listing_date is None for e in entries.values()):
        _date_by_headings(entries, dates, sel.root)
    per_page = sum(1 for e in entries.values() if e.shows_date) or len(entries)
    more = [(on_site(h, url) or "", el)
            for h, el in load_more_links(sel.root, url, page, roots, base)]
    heads = [(on_site(urljoin(base, (el.get("href") or "").strip()), url) or "", el)
             for el in sel.root.xpath('//link[@rel][@href]')]
    # a <select> pager's pages
    links = [*candidates, *pager_options(text, sel.root, base, url), *heads, *more]
    pages = order_pages(((canonical_url(h), el) for h, el in links if h and not article_id(h)),
                        canonical_url(url), page, roots, per_page,
                        anywhere={canonical_url(h) for h, _ in more if h},
                        ascending=bool(oldest_first(list(entries.values())) if ascending is None
                                       else ascending))
    return list(entries.values()), pages


HEADING_MAX = 60  # characters of a day heading: "Пятница, 16 апреля 2021 года"
_CLOCK_ONLY = re.compile(_CLOCK)
_FAR = 1 << 30  # the size of an element outside the tree read


def _date_by_headings(entries: Mapping[str, ListingEntry], dates: NearDates,
                      root: etree._Element) -> None:
    """Entries showing a time of day alone take the day of the heading above them in the
    list (``<h3>16 апреля 2021</h3> <li>10:00 <a>…</a></li> <li>09:15 …``, a separator row
    ``<div class="date">16.04.2021</div>``, a day page's ``Новости за 16 апреля 2021``).

    A heading is an element outside any entry's box, holding no article link, whose short
    text holds a full date. Its run ends at the first link outside the entries' boxes (a
    menu, a pager, the pinned story) and at an entry dated or undated by itself, so a date in
    the site's header ("Сегодня 16 апреля 2021") dates no list below its menu. A list whose
    first time-only entries have no heading above them dates none: its dates stand under their
    days (a day's footer), not over them. A year-less heading ("16 апреля") dates nothing."""
    heading: date | None = None
    found: dict[str, date | None] = {}
    for el in root.iter(etree.Element):
        if el.tag in LINK_TAGS:
            aid = article_id(el.get("href") or "")
            entry = entries.get(aid) if aid else None
            if entry is None:
                heading = heading if _in_box(el, dates) else None  # a rubric's link stays
            elif entry.id not in found:
                if _time_alone(entry, el, dates):
                    found[entry.id] = heading
                else:
                    heading = None
            continue
        if dates._size.get(el, _FAR) <= HEADING_MAX * 2 and el not in dates._ids \
                and not _in_box(el, dates):
            text = P.clean_text(element_text(el))
            when = P.parse_date_text(text) if len(text) <= HEADING_MAX else None
            if when is not None:
                heading = _day(when)
    if found and all(day is not None for day in found.values()):
        for aid, day in found.items():
            entries[aid].listing_date = day


def _in_box(el: etree._Element, dates: NearDates) -> bool:
    """``el`` is inside one entry's box: a close ancestor holds one article's links only."""
    node = el.getparent()
    for _ in range(4):
        if node is None:
            return False
        held = dates._ids.get(node)
        if held is MANY:
            return False
        if held is not None:
            return True
        node = node.getparent()
    return False


def _time_alone(entry: ListingEntry, link: etree._Element, dates: NearDates) -> bool:
    """``entry`` shows a time of day and no other date beside ``link`` (no "вчера", no
    "2 часа назад", no "16 апреля"), and has no listing date of its own."""
    if entry.listing_date is not None or not entry.shows_date:
        return False
    node, box = link.getparent(), None
    for _ in range(4):
        if node is None or dates._ids.get(node) is MANY:
            break
        box, node = node, node.getparent()
    text = " ".join(box.itertext()) if box is not None else ""
    return bool(_CLOCK_ONLY.search(text)) and not shows_partial_date(_CLOCK_ONLY.sub(" ", text))


# An address of an older form naming a record by a number in its query
# (``/index.php?id=24703``, ``news.php?news_id=5``, Bitrix's ``?ELEMENT_ID=5``): the site may
# answer it with a redirect to the article's own address.
LEGACY_QUERY = re.compile(r"[?&](?:amp;)?(?:id|news_?id|nid|element_id)=[0-9]{1,12}(?:[&#]|$)",
                          re.I)
_LEGACY_NEEDLE = re.compile(
    r"""href\s*=\s*["']?[^"'\s>]*[?&](?:amp;)?(?:id|news_?id|nid|element_id)=[0-9]""", re.I)


def legacy_links(html: str, url: str) -> list[tuple[str, date]]:
    """The entries of a listing page that link an article by an older address form
    (``LEGACY_QUERY``): (same-site URL, date shown), in page order, each once. Only a link
    shown with a date in a box of its own, as a list's entry is (a menu's ``?id=5`` page
    shows none), and never
    an article's own address (``parse_listing`` reads those). What article it is, the
    address it redirects to tells: its number is not the article's id."""
    if not _LEGACY_NEEDLE.search(html):
        return []
    root = parse_page(html).root
    base = document_base(root.iter("base"), url)
    found: dict[str, date] = {}
    for a in _LINKS(root):
        raw = (a.get("href") or "").strip()
        href = on_site(urljoin(base, raw), url)
        if not href or href in found or article_id(href) or not LEGACY_QUERY.search(href):
            continue
        when = _entry_date(a, raw)
        if when is not None:
            found[href] = when
    return list(found.items())


def _entry_link(other: str, href: str) -> bool:
    other = other.strip()
    return other != href and (LEGACY_QUERY.search(other) is not None or bool(article_id(other)))


def _entry_date(a: etree._Element, href: str) -> date | None:
    """The date shown in the list entry of link ``a``: in the nearest box up to a few
    levels that holds no other entry's link (a row, a card, maybe with its rubric's link);
    None past that (a menu, the list)."""
    node = a.getparent()
    for _ in range(4):
        if node is None or any(_entry_link(other.get("href") or "", href)
                               for other in node.iter("a")):
            return None
        found = P.parse_date_text(P.clean_text(element_text(node)))
        if found is not None:
            return found.date() if isinstance(found, datetime) else found
        node = node.getparent()
    return None


# The links a visitor clicks: anchors, and an image map's areas (a banner or a photo whose
# parts lead to articles: ``<map><area href="/news/…-u1" alt="Title"></map>``).
_LINKS = etree.XPath("//body//a[@href] | //body//area[@href]")
LINK_TAGS = frozenset({"a", "area"})


def _label(el: etree._Element) -> str:
    """A link's text; an area's (it has none) is its ``alt``, as a screen reader reads it."""
    if el.tag == "area":
        return P.clean_text(el.get("alt") or el.get("title") or "")
    return P.clean_text(element_text(el))


_HEADLINE_CLASS = re.compile(r"title|headline|heading|caption", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _headline(a: etree._Element) -> bool:
    """Link ``a`` is an entry's headline: in or around a heading (``<h2><a>``, ``<a><h3>``), or
    classed as one, itself or its box (``a.card__title``, ``div.news-title > a``); a card's
    picture, its badge ("Видео") or its "Подробнее" link is not."""
    parent = a.getparent()
    boxes = [a, parent] if parent is not None else [a]
    if any(el.tag in _HEADINGS for el in boxes) or any(
            isinstance(el.tag, str) and el.tag in _HEADINGS for el in a.iterdescendants()):
        return True
    return any(_HEADLINE_CLASS.search(el.get("class") or "") for el in boxes)


def _article_url(href: str, base: str, url: str) -> str | None:
    """``href`` as the canonical URL of an article on the listing's site, else None."""
    found = on_site(urljoin(base, href.strip()), url)
    return canonical_url(found) if found and article_id(found) else None


def _add_rows(entries: dict[str, ListingEntry], rows: Mapping[etree._Element, str],
              dates: NearDates, root: etree._Element) -> None:
    """Entries of the rows linked by a script (:mod:`.rows`) the anchors did not list, and
    all entries put back in page order."""
    ids = {el: article_id(link) or "" for el, link in rows.items()}
    for el, link in rows.items():
        if ids[el] not in entries:
            title = row_title(el, lambda t: P.parse_date_text(t) is not None)
            entries[ids[el]] = ListingEntry(link, ids[el], title, *dates.shown(el, itself=True))
    place: dict[str, int] = {}
    for k, el in enumerate(root.iter()):
        aid = ids.get(el) or (article_id(el.get("href") or "") if el.tag in LINK_TAGS
                              else None)
        if aid:
            place.setdefault(aid, k)
    ordered = sorted(entries.values(), key=lambda e: place.get(e.id, _LAST))
    entries.clear()
    entries.update((e.id, e) for e in ordered)
