"""Which listing page a pager link leads to, as the pager itself says.

CMSs number listing pages differently: Drupal's ``?page=1`` is the second page (pages from
0), Bitrix's ``?PAGEN_1=2`` and DLE's ``/page/2/`` are the second (from 1), Joomla's
``?start=20`` and "load more" ``?offset=20`` count items (a timestamp there is a cursor:
Squarespace's ``?offset=<ms>``). What a pager shows a reader does not differ: the link
labelled "2" leads to the second page, a "next" link (``rel=next``, a ``…next`` class,
"Следующая", "Next", "Келесі", "›", "»") to the page after this one. Those
claims place a link in the walk. The URL's own number places the links the pager says
nothing about ("last »"), calibrated by the claims and by the page's own URL: a Drupal pager
labelling ``?page=1`` "2" makes its ``?page=4`` the fifth page. A page-size menu's numbers
("4 8 20 40 60" beside Liferay's pager) are sizes, not pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from kznews import processors as P
from kznews.extract.text import element_text

__all__ = ["PageRef", "order_pages", "page_ref"]

PAGE_PARAM = re.compile(r"^(page|pagen_\d+|p|pg|paged|page_?num(?:ber)?|page_?no|"
                        r"current_?page)$", re.I)
# ``page[number]=2`` (JSON:API): a page parameter's own number in a nested key
PAGE_NUMBER = re.compile(r"^(number|num|no|n|current)$", re.I)
# A key's names: ``tx_news_pi1[@widget_0][currentPage]`` -> tx_news_pi1, @widget_0, currentPage
KEY_NAMES = re.compile(r"[^\[\]]+")
# "Load more" links count items, not pages: ?offset=20, ?start=40, Joomla's ?limitstart=20.
OFFSET_PARAM = re.compile(r"^(offset|start|skip|limitstart|from)$", re.I)
PAGE_PATH = re.compile(r"/page[/-]?(\d+)(?:\.html?)?/?$", re.I)
# A list's size (``?limit=50``, ``?per_page=40``, Drupal's ``items_per_page``, Bitrix's
# ``SIZEN_1``, Liferay's ``delta``, which a portlet namespaces: ``_<portlet id>_delta``).
SIZE_PARAM = re.compile(r"^(?:_\w+_)?(delta|limit|per_?page|page_?size|items_?per_?page|"
                        r"posts_?per_?page|sizen_\d+)$", re.I)
# Calendar and search links multiply listings without end; never follow them.
TRAP_PARAM = re.compile(r"^(date|day|month|year|from|to|q|query|search|sort|order|filter)$", re.I)

# How sure a claim is (lower: surer). The listing root is page 1 whatever the pager says.
ROOT, LABEL, REL, NAMED, ARROW, DOUBLE_ARROW, URL_ONLY = range(-1, 6)

# "2", "Page 2", "Стр. 2", "2-бет": the page number a pager shows
NUMBER_LABEL = re.compile(r"^(?:page|p\.|стр\w*\.?|страница|бет)?\s*(\d{1,6})(?:\s*-?\s*бет)?$",
                          re.I)
# Words of pager links in ru/en/kk. "Last"/"first" come first: "последняя »" is no "next".
DIRECTION_WORDS = (
    ("last", re.compile(r"(?<!\w)(last|end|последн\w*|в конец|конец|соңғы\w*)(?!\w)", re.I)),
    ("first", re.compile(r"(?<!\w)(first|start|перв\w*|в начало|начало|бірінші|басы)(?!\w)",
                         re.I)),
    # "newer"/"older" name no way along the list until its order is known (see _claims)
    ("newer", re.compile(r"(?<!\w)(newer|more recent|later|нов(?:ые|ее|ей|ых)|свеж\w*|"
                         r"жаңа(?:рақ|лары)?)(?!\w)", re.I)),
    ("older", re.compile(r"(?<!\w)(older|earlier|стар(?:ые|ее|ых|ей|ше)|ранее|ранн\w*|"
                         r"ескі(?:рек|лері)?|бұрынғы)(?!\w)", re.I)),
    ("prev", re.compile(r"(?<!\w)(prev\w*|back|пред\w*|назад|алдыңғы|артқа)(?!\w)", re.I)),
    ("next", re.compile(r"(?<!\w)(next|more|след\w*|далее|дальше|впер[её]д|ещ[её]|"
                        r"больше|келесі|ары|әрі|тағы|көбірек)(?!\w)", re.I)),
)
# Where "newer"/"older" lead on a list shown newest first (the usual) and oldest first.
BY_AGE = {False: {"newer": "prev", "older": "next"}, True: {"newer": "next", "older": "prev"}}
ARROWS = {"›": ("next", ARROW), "→": ("next", ARROW), ">": ("next", ARROW),
          "❯": ("next", ARROW), "▶": ("next", ARROW), "»": ("next", DOUBLE_ARROW),
          ">>": ("next", DOUBLE_ARROW), "››": ("next", DOUBLE_ARROW), "‹‹": ("prev", DOUBLE_ARROW),
          "‹": ("prev", ARROW), "←": ("prev", ARROW),
          "<": ("prev", ARROW), "❮": ("prev", ARROW), "◀": ("prev", ARROW),
          "«": ("prev", DOUBLE_ARROW), "<<": ("prev", DOUBLE_ARROW)}
# class tokens: pager-next, bx-pag-next, page-item--prev, nextpostslink (not "context")
CLASS_WORDS = tuple((d, re.compile(rf"(?<![a-z]){d}", re.I))
                    for d in ("next", "prev", "first", "last", "newer", "older"))


@dataclass(frozen=True)
class PageRef:
    """What a listing URL says of its page: the root, or ``value`` in a numbering
    ``scheme`` (a page parameter, ``path`` for ``/page/N/`` and ``/novosti/N``, or
    ``+offset`` and the like for item offsets)."""
    scheme: str
    value: int

    @property
    def counts_items(self) -> bool:
        return self.scheme.startswith("+")


def _root_of(path: str, roots: Sequence[str]) -> str | None:
    for r in roots:
        root = r.rstrip("/") or "/"
        if path == root or path.startswith(root.rstrip("/") + "/"):
            return root
    return None


def _names(key: str) -> list[str]:
    """The names of a query key: one, or a PHP-style nested key's (``a[b][c]``)."""
    return KEY_NAMES.findall(key) if "[" in key else [key]


def _is_trap(key: str, value: str, query: list[tuple[str, str]]) -> bool:
    """A calendar or search parameter, at any level of a nested key
    (``tx_news_pi1[overwriteDemand][year]``). ``?from=20`` alone is an item offset; a date
    (``from=20210416``), a timestamp or a ``from``/``to`` range is a calendar."""
    if key.lower() == "from" and value.isdigit() and len(value) <= 6:
        return any(k.lower() == "to" for k, _ in query)
    return any(TRAP_PARAM.match(name) for name in _names(key))


def _number_key(key: str) -> str:
    """How ``key`` numbers a listing: "page", "offset" or "" (it does not). A nested key
    numbers pages by its last name (TYPO3's ``tx_news_pi1[@widget_0][currentPage]``,
    ``tx_news_pi1[page]``) or by a number below a page name (``page[number]``)."""
    names = _names(key)
    last = names[-1] if names else ""
    if PAGE_PARAM.match(last) or (len(names) > 1 and PAGE_NUMBER.match(last)
                                  and PAGE_PARAM.match(names[-2])):
        return "page"
    return "offset" if OFFSET_PARAM.match(last) else ""


CURSOR_DIGITS = 9
"""Digits of the smallest Unix timestamp a cursor may be (seconds from 1995 on)."""


def _cursor(value: str) -> bool:
    """An item offset that is a moment, a cursor (Squarespace's ``?offset=1681970000000``,
    the publication in Unix milliseconds of the previous page's last post: it falls along a
    newest-first list), not a count of the entries above the page."""
    latest = datetime.now(P.ALMATY) + timedelta(days=CURSOR_AHEAD_DAYS)
    return P.unix_moment(value, latest) is not None


CURSOR_AHEAD_DAYS = 2  # a post scheduled a little ahead of the clock


def page_ref(url: str, roots: Sequence[str]) -> PageRef | None:
    """How ``url`` numbers its listing page, or None when it is no listing page."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    root = _root_of(path, roots)
    query = parse_qsl(parts.query)
    if root is None or any(_is_trap(k, v, query) for k, v in query):
        return None
    for key, value in query:
        kind = _number_key(key) if value.isdigit() else ""
        if kind == "offset" and len(value) >= CURSOR_DIGITS and _cursor(value):
            continue  # a moment, not a count: only the pager's words place its page
        if kind:  # the other parameters (TYPO3's cHash signing the query) stay as written
            return PageRef(("+" if kind == "offset" else "") + key.lower(), int(value))
    match = PAGE_PATH.search(path)
    if match:
        return PageRef("path", int(match.group(1)))
    if path == root and not query:
        return PageRef("", 1)
    tail = path[len(root):].strip("/")
    return PageRef("path", int(tail)) if tail.isdigit() else None


def _unread_query(url: str, roots: Sequence[str]) -> bool:
    """A link to a listing root itself whose query numbers its page in a way
    :func:`page_ref` cannot read (a CMS's own keys, a signature beside them) and holds no
    calendar or search parameter: what the pager's label says of it places it."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    if not parts.query or _root_of(path, roots) != path:
        return False
    query = parse_qsl(parts.query)
    return bool(query) and not any(_is_trap(k, v, query) for k, v in query)


def _size_item(href: str, el: etree._Element, ref: PageRef | None) -> bool:
    """A link of a pager's page-size menu: labelled with the number its URL's size parameter
    holds (Liferay's items-per-page "4 8 20 40 60", ``…_delta=40`` labelled "40"; Joomla's
    ``?limit=50``), the same list at another size, no page of it. A link whose own page
    number is its label (page 20 of a list twenty a page) is a page."""
    if "=" not in href or el.tag not in ("a", "option"):
        return False
    label = NUMBER_LABEL.match(P.clean_text(
        element_text(el) if el.tag == "a" else " ".join(el.itertext())))
    if label is None or (ref is not None and not ref.counts_items
                         and ref.value == int(label.group(1))):
        return False
    return any(SIZE_PARAM.match(k) and v == label.group(1)
               for k, v in parse_qsl(urlsplit(href).query))


def _direction(el: etree._Element) -> tuple[str, int] | None:
    """("next"|"prev"|"first"|"last", rank) of a pager link: its rel, its words, its class
    (``pager-next``), then its arrow."""
    rel = (el.get("rel") or "").lower().split()
    for d in ("next", "prev"):
        if d in rel:
            return d, REL
    # element_text skips buttons (page chrome); a "load more" button's words are its label
    text = P.clean_text(element_text(el) if el.tag == "a" else
                        " ".join(el.itertext()) if el.tag == "button" else "")
    text = text or (el.get("aria-label") or el.get("title") or "").strip()
    parent = el.getparent()
    classes = f"{el.get('class') or ''} {parent.get('class') or '' if parent is not None else ''}"
    by_class = next(((d, NAMED) for d, word in CLASS_WORDS if word.search(classes)), None)
    age = _age_class(el)
    if by_class is not None and by_class[0] in ("newer", "older") and age:
        # an age the markup names is surer than "previous"/"next" words, which name either
        # way on a blog (Blogger's "Предыдущие сообщения" is its blog-pager-older-link)
        return age, NAMED
    if re.search(r"[^\W\d_]", text):
        found = next(((d, NAMED) for d, words in DIRECTION_WORDS if words.search(text)), None)
        if found:
            return found
    return by_class or ARROWS.get(text.replace(" ", ""))


_AGES = tuple((d, word) for d, word in CLASS_WORDS if d in ("newer", "older"))


def _age_class(el: etree._Element) -> str | None:
    """The one age (``newer``/``older``) the link's class names, else its parent's; None
    where the nearer class names both (a pager's box classed ``newer-older`` says nothing of
    either link)."""
    for node in (el, el.getparent()):
        if node is None:
            return None
        ages = [d for d, word in _AGES if word.search(node.get("class") or "")]
        if ages:
            return ages[0] if len(ages) == 1 else None
    return None


def _claims(el: etree._Element, page: int, way: int = 0, ascending: bool = False
            ) -> list[tuple[int, int]]:
    """(rank, page number) the link's own label or direction give. ``way`` is where the
    link's URL says it leads (1: further along the list, -1: back, 0: the URL cannot tell):
    against it, "previous"/"next" name the other way along the list: LiveJournal's
    "Предыдущие 10" and a blog theme's "Предыдущие записи" are the older entries, further on.
    "Newer"/"older" lead back/on on a list shown newest first, on/back when ``ascending``."""
    if el.tag in ("a", "option"):  # a ``<select>`` pager's option is labelled like a link
        label = NUMBER_LABEL.match(P.clean_text(
            element_text(el) if el.tag == "a" else " ".join(el.itertext())))
        if label and int(label.group(1)) > 0:
            return [(LABEL, int(label.group(1)))]
    found = _direction(el)
    if found is None:
        return []
    direction, rank = found
    direction = BY_AGE[ascending].get(direction, direction)
    if way and {"next": way < 0, "prev": way > 0}.get(direction):
        direction = "prev" if direction == "next" else "next"
    elif way > 0 and direction == "first":
        return []
    target = {"next": page + 1, "prev": page - 1, "first": 1}.get(direction, 0)
    return [(rank, target)] if target > 0 else []


def _way(ref: PageRef | None, own: PageRef | None, page: int) -> int:
    """Whether ``ref`` lies further along the list than this page (1), before it (-1), or
    the URLs cannot tell (0). An item offset counts the entries above the page, so it grows
    along the list whatever the pager's words mean. A page number tells only when this
    page's own number in the same scheme is its place in the walk (counted from 0 or 1):
    numbers that run backwards (the newest page numbered highest) tell nothing."""
    if ref is None or own is None:
        return 0
    if ref.counts_items and not own.scheme:
        here = 0  # the listing root shows the first entries
    elif own.scheme == ref.scheme and (ref.counts_items or own.value - page in (-1, 0)):
        here = own.value
    else:
        return 0
    return (ref.value > here) - (ref.value < here)


def _calibrate(pairs: Iterable[tuple[PageRef, int]]) -> dict[str, tuple[int, int]]:
    """Per numbering scheme, (step, shift) such that page = value // step + shift, by the
    pages the pager vouches for: most agree, a stray link does not decide."""
    votes: dict[str, Counter[tuple[int, int]]] = {}
    for ref, number in pairs:
        if ref.counts_items:
            if number > 1 and ref.value > 0 and ref.value % (number - 1) == 0:
                votes.setdefault(ref.scheme, Counter())[(ref.value // (number - 1), 1)] += 1
        elif ref.scheme:
            votes.setdefault(ref.scheme, Counter())[(1, number - ref.value)] += 1
    out = {scheme: c.most_common(1)[0][0] for scheme, c in votes.items()}
    out.setdefault("", (1, 0))
    return out


def _url_number(ref: PageRef, cal: dict[str, tuple[int, int]], per_page: int) -> int:
    if ref.scheme in cal:
        step, shift = cal[ref.scheme]
        return ref.value // step + shift
    if ref.counts_items:  # unknown: the items the page showed, else the offset keeps order
        return ref.value // per_page + 1 if per_page > 0 else ref.value + 1
    return ref.value


def order_pages(links: Iterable[tuple[str, etree._Element]], url: str, page: int,
                roots: Sequence[str], per_page: int = 0, anywhere: Collection[str] = (),
                ascending: bool = False) -> list[tuple[str, int]]:
    """(url, page number) of the other listing pages ``links`` (canonical same-site URLs
    with their ``<a>``/``<link>``/"load more" elements) lead to, read on page ``page`` served
    at ``url``. URLs in ``anywhere`` (a "load more" control's) lead on wherever they point.
    ``ascending``: the list shows its oldest entries first ("newer" leads on).

    Each URL gets one number and each number one URL, the surest claim first: so a
    "»" that is really "last" yields its number to the page labelled with it."""
    claims: dict[str, list[tuple[int, int]]] = {}
    refs: dict[str, PageRef] = {}
    own = page_ref(url, roots)
    for href, el in links:
        ref = page_ref(href, roots)
        if href == url or _size_item(href, el, ref):
            continue
        if ref is None and href not in anywhere \
                and "next" not in (el.get("rel") or "").lower().split():
            # "Ещё новости" to a rubric is no page; rel=next and a "load more" control count
            # wherever they point, and a pager link to the listing itself whose query we
            # cannot read by what it says
            found = _claims(el, page, 0, ascending) if _unread_query(href, roots) else []
            if found:
                claims.setdefault(href, []).extend(found)
            continue
        claims.setdefault(href, []).extend(_claims(el, page, _way(ref, own, page), ascending))
        if ref is not None:
            refs[href] = ref
    vouched = [(refs[h], n) for h, cs in claims.items() if h in refs for r, n in cs if r <= NAMED]
    cal = _calibrate([*vouched, *([(own, page)] if own else [])])
    for href, ref in refs.items():
        claims[href].append((ROOT, 1) if not ref.scheme else
                            (URL_ONLY, _url_number(ref, cal, per_page)))
    ranked = sorted((rank, order, number, href) for order, (href, cs) in enumerate(claims.items())
                    for rank, number in cs)
    taken: dict[int, str] = {page: url}
    placed: dict[str, int] = {}
    for _, _, number, href in ranked:
        if href not in placed and number not in taken and number > 0:
            taken[number], placed[href] = href, number
    return sorted(placed.items(), key=lambda kv: kv[1])
