"""Links to other articles beyond a page's ``<a href>`` text links, for ``related``: the
previous/next navigation, JSON-LD references, cards clickable as a row, a card's headline
beside its picture link, and the test that a link names the crawled site at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

from lxml import etree

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.index import MEMOS
from kznews.language import normalize_lang_code
from kznews.origin import origin_of, rebase

# A box or link of the previous/next story navigation: ``rel="next"``, WordPress's
# ``nav-previous``, Joomla K2's ``k2Nav-prev``, ``post-nav__next``.
NAV_REL = frozenset({"prev", "previous", "next"})
_NAV_CLASS = re.compile(r"(?:^|[_-])(?:prev|previous|next)(?:$|[_-])", re.I)
NAV_REACH = 2  # the link's own class and its box's: a pager's arrows are no story's links

# JSON-LD properties of an article that name other articles: schema.org's ``relatedLink``,
# ``mentions``, ``citation``, ``isBasedOn``, ``hasPart``/``isPartOf`` (a series' parts).
LD_LINKS = ("relatedLink", "mentions", "citation", "isBasedOn", "hasPart", "isPartOf",
            "significantLink")

# A card's headline box beside its picture link: ``rel-card__title``, ``card-headline``,
# ``item-name``, ``caption``.
_TITLE_CLASS = re.compile(r"(?:^|[_-])(?:title|headline|heading|name|caption)(?:$|[_-])",
                          re.I)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A card's "read more" link, no headline: ``Читать далее``, ``Подробнее →``, ``Read more``,
# ``Узнать больше``, ``Learn more``.
_MORE = re.compile(r"(?i)[\s.…»>→]*(?:(?:читать|смотреть|узнать)(?:\s+(?:далее|полностью|больше|"
                   r"ещё|еще))?|далее|подробнее|больше|ещё|еще|(?:read|learn|see|view)(?:\s+"
                   r"(?:more|all|full(?:\s+story)?))?|more|continue(?:\s+reading)?|толығырақ|"
                   r"әрі\s+қарай(?:\s+оқу)?|)[\s.…»>→]*")
# Two words of letters: a headline, never a card's date, time, count or one-word label
# (``10.07.2023``, ``15:40``, ``12``, ``Видео``, ``Комментарии (3)``).
_TWO_WORDS = re.compile(r"[^\W\d_]{2,}\W+(?:\S*\W+)?[^\W\d_]{2,}")
CARD_REACH = 3  # ancestors of a picture link looked at for its card's headline
MAX_CARD_TITLE = 300  # characters: a longer text is the card's lead or a whole box

# ``onclick="location.href='/news/…'"``, ``window.location = "…"``
_ONCLICK_URL = re.compile(r"location(?:\.href)?\s*=\s*(['\"])([^'\"]+)\1")


def may_have_nav(source: str) -> bool:
    """Whether a page's markup may hold a previous/next link (``rel``/class words)."""
    return any(word in source for word in ("prev", "next", "Prev", "Next", "PREV", "NEXT"))


def is_nav(a: etree._Element) -> bool:
    """A link of the previous/next story navigation (the page's neighbours in the feed)."""
    rel = a.get("rel")
    if rel and NAV_REL.intersection(rel.lower().split()):
        return True
    node: etree._Element | None = a
    for _ in range(NAV_REACH):
        # substring needles first: this runs for every article link of every page
        if node is None:
            return False
        cls = node.get("class")
        if cls and ("prev" in cls or "next" in cls or "Prev" in cls or "Next" in cls) and \
                any(_NAV_CLASS.search(t) for t in cls.split()):
            return True
        node = node.getparent()
    return False


# The label a previous/next link carries beside (or instead of) the headline: ``« Prev``,
# ``Next story →``, ``Предыдущая запись``, ``Следующая новость``, ``Келесі жаңалық``. An
# English ``Next``/``Older`` starts headlines too: a label only before an arrow or alone.
_NOUN = (r"(?:\s+(?:post|story|article|entry|news|item|запись|новость|статья|материал|"
         r"публикация|жаңалық|жазба|мақала))?")
_MARK = "«»‹›←→<>|:•·-"
_SURE = rf"(?:prev(?:ious)?|предыдущ\w*|следующ\w*|алдыңғы|келесі){_NOUN}(?![^\W\d_])"
_PLAIN = rf"(?:next|older|newer|назад|впер[её]д|артқа|алға){_NOUN}(?=\s*[{_MARK}]|\s*$)"
_NAV_LABEL = re.compile(rf"^[\s{_MARK}]*(?:{_SURE}|{_PLAIN})[\s{_MARK}]*|"
                        rf"\s*[{_MARK}]+\s*(?:{_SURE}|{_PLAIN})[\s{_MARK}]*$", re.I)


def nav_title(text: str) -> str:
    """A previous/next link's text without its label: "" when the label is all it shows."""
    return _NAV_LABEL.sub("", text).strip() if text else text


MAX_NAV_LABEL = 40  # characters: a longer link text is a headline, whatever it opens with


def only_nav_label(text: str) -> bool:
    """A link's text that is a previous/next label and nothing else (``← Предыдущая
    новость``, ``Next story →``, ``Келесі жаңалық``): the story navigation's link, whatever
    its markup (an ASP.NET page's ``<a id="…_hlNext">`` has no ``rel`` nor class)."""
    return bool(text) and len(text) <= MAX_NAV_LABEL and not nav_title(text)


def nav_said_title(a: etree._Element) -> str:
    """The headline a previous/next link showing only its label (``Назад``, ``Вперёд``) says
    to screen readers: its ``aria-label`` or ``title`` (Joomla 3's ``aria-label="Предыдущая
    статья: X"``), else its whole text with the visually hidden part (Joomla 4's ``<span
    class="visually-hidden">Предыдущий материал: X</span>``), the label dropped."""
    for said in (a.get("aria-label"), a.get("title"), " ".join(a.itertext())):
        title = nav_title(P.clean_text(said or ""))
        if title:
            return title
    return ""


def head_nav(links: list[etree._Element]) -> Iterator[str]:
    """The hrefs of ``<link rel="prev|next">``: on a story page, its neighbours."""
    for el in links:
        rel = (el.get("rel") or "").lower().split()
        href = el.get("href")
        if href and NAV_REL.intersection(rel):
            yield href


# One walk of the tree for the three attributes (this runs on every page).
_CLICKABLE = etree.XPath(
    "descendant-or-self::*[@data-href or @data-url or contains(@onclick, 'location')]")


def clickable_rows(top: etree._Element, source: str) -> Iterator[tuple[etree._Element, str]]:
    """(element, href) of boxes clickable as a whole: ``data-href``, ``data-url``, an
    ``onclick`` that sets ``location`` (the page's markup ``source`` names one first)."""
    if "data-href" not in source and "data-url" not in source and (
            "onclick" not in source or "location" not in source):
        return
    for el in _CLICKABLE(top):
        href = el.get("data-href") or el.get("data-url")
        if not href:
            found = _ONCLICK_URL.search(el.get("onclick") or "")
            href = found.group(2) if found else ""
        if href:
            yield el, href


def ld_links(ld: dict[str, Any]) -> Iterator[tuple[str, str, str | None]]:
    """(href, title, language) of the articles the page's JSON-LD names: plain URL strings
    or objects with a ``url`` (or ``@id``), titled by their ``headline``/``name``."""
    for key in LD_LINKS:
        value = ld.get(key)
        for entry in value if isinstance(value, list) else (value,):
            if isinstance(entry, str):
                yield entry, "", None
            elif isinstance(entry, dict):
                href = jsonld.text_of(entry.get("url")) or jsonld.text_of(entry.get("@id"))
                if href:
                    title = jsonld.text_of(entry.get("headline")) or \
                        jsonld.text_of(entry.get("name")) or ""
                    yield href, title, normalize_lang_code(
                        jsonld.text_of(entry.get("inLanguage")))


def card_title(link: etree._Element, text: Any) -> str:
    """The headline of the card a text-less (picture) link opens: its box's title-classed
    element or heading, else the text of the box's first other link to the same story reading
    as a headline (``<a><img></a><a>Headline</a>``; a "read more" label, a date, a count or a
    one-word label such as ``Видео`` aside), looked for up to ``CARD_REACH`` boxes up
    while the box opens no other address; "" when none."""
    href = link.get("href")
    node = link
    for _ in range(CARD_REACH):
        node = node.getparent()
        if node is None:
            return ""
        if any(a.get("href") not in (None, href) for a in node.iter("a")):
            return ""
        same = ""  # the card's text link to the story
        for el in islice(node.iter(etree.Element), 1, None):
            if el.tag in _HEADINGS or _TITLE_CLASS.search(el.get("class") or ""):
                found = text(el)
                if found and len(found) <= MAX_CARD_TITLE:
                    return str(found)
            elif not same and el.tag == "a" and el is not link and href is not None and \
                    el.get("href") == href:
                said = str(text(el) or "")
                if len(said) <= MAX_CARD_TITLE and _TWO_WORDS.search(said) and \
                        not _MORE.fullmatch(said):
                    same = said
        if same:
            return same
    return ""


_CARD_PARTS = frozenset({"div", "p", "span", "h2", "h3", "h4", "h5", "h6", "strong", "b"})


def title_inside(link: etree._Element, text: Any) -> str:
    """The headline of a card the link wraps whole (a Ghost ``kg-bookmark-container``: its
    title, description and site name in boxes of their own inside the link): its
    title-classed element or heading, when the link holds more text than that; "" when the
    link holds no such part."""
    for el in islice(link.iter(etree.Element), 1, None):
        if el.tag in _CARD_PARTS and (el.tag in _HEADINGS or
                                      _TITLE_CLASS.search(el.get("class") or "")):
            found = str(text(el) or "")
            return found if found and len(found) <= MAX_CARD_TITLE else ""
    return ""


def headline_link(a: etree._Element) -> bool:
    """Link ``a`` is a card's headline: in a heading (``<h3><a>``) or classed as a title, itself
    or its box (``a.post-title``, ``div.item-title > a``); a picture or a "Подробнее" is not."""
    parent = a.getparent()
    return any(el is not None and (el.tag in _HEADINGS or _TITLE_CLASS.search(el.get("class")
                                                                               or ""))
               for el in (a, parent))


def page_origin(page: str) -> str:
    """``scheme://host[:port]/`` of the page a link is on, "" when it has none."""
    key = ORIGIN_KEY.match(page)
    return _page_origin(key.group() + "/" if key else page)


ORIGIN_KEY = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\\s]+(?=/)")


@lru_cache(maxsize=256)
def _page_origin(page: str) -> str:
    where = origin_of(page)
    return f"{where}/" if where else ""


def on_site(url: str, origin: str) -> str | None:
    """``url`` (canonical, absolute) on the page's ``origin`` (``page_origin``), or None when
    it names another server (another outlet, a look-alike host); as it is when the page has
    no origin."""
    if not origin or url.startswith(origin):  # most links: the page's own origin
        return url
    return _on_site(url, origin)


@lru_cache(maxsize=8192)
def _on_site(url: str, origin: str) -> str | None:
    return rebase(url, origin)


MEMOS.extend((_page_origin.cache_clear, _on_site.cache_clear))
