"""Rule makers and text helpers shared by the outlet's field chains."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.chain import Named, Rule
from kznews.extract.labels import values_in
from kznews.extract.text import is_inside
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform.page import HEADINGS
from kznews.sites.centerinform.page import ArticlePage as Page

AFFIX_SEP = re.compile(r"\s+(?:::|[|/«»·—–-])\s+|\s*\|\s*|(?<=\S):\s+")
"""What sets a site name or an SEO tail apart from the headline in a ``<title>`` or og:title
(``Headline | Site``, ``Site :: Headline``, ``ИЦ: Headline``)."""


def _splits(title: str) -> list[tuple[str, str]]:
    """(headline, affix) for every separator of ``title``: the affix after it (the last
    separator first), then before it."""
    found = list(AFFIX_SEP.finditer(title))
    return [*((title[:m.start()], title[m.end():]) for m in reversed(found)),
            *((title[m.end():], title[:m.start()]) for m in found)]


def is_site_name(affix: str, site_name: str | None = None) -> bool:
    """The outlet's name in any of its languages, its initials as the whole affix, or the
    page's own ``og:site_name``."""
    affix = affix.strip()
    return 0 < len(affix) < O.MAX_AFFIX and bool(
        O.SITE_SUFFIX.search(affix) or O.SITE_ABBREVIATION.fullmatch(affix)
        or (site_name and affix.casefold() == site_name.strip().casefold()))


def strip_site_suffix(title: str, site_name: str | None = None) -> str:
    """``Headline | Центр информации``, ``Центр информации :: Headline``, ``ИЦ: Headline``,
    ``Headline — <og:site_name>`` -> ``Headline``."""
    for head, affix in _splits(title) if title else ():
        if head.strip() and is_site_name(affix, site_name):
            return head.strip()
    return title


def shown_headline(p: Page, title: str | None) -> str | None:
    """The headline the page shows when ``title`` is it plus a short affix behind a separator
    (``Headline | Новости Казахстана``, ``ИЦ: Headline``): a line of its own above the text,
    in a heading or outside page furniture, of two words or more and longer than the affix,
    not the site's name."""
    if not title:
        return None
    lines, stop = p.clean, p.dateline_idx if p.dateline_idx is not None else len(p.clean)
    for head, affix in _splits(title):
        head = head.strip()
        # the affix is the lesser part: ``Имя Фамилия: цитата`` is no name plus a tail
        if len(affix) > min(O.MAX_AFFIX, len(head)) or " " not in head or \
                O.SITE_NAME.fullmatch(head):
            continue
        at = 0
        while True:
            try:
                at = lines.index(head, at, stop)
            except ValueError:
                break
            el = p.lines[at].element
            if (el.tag in HEADINGS or p.zone(el) is None) and not p.masthead(el):
                return head
            at += 1
    return None


def site_title(p: Page, title: str | None) -> str:
    """A ``<title>``-like headline (og:title, JSON-LD's, ``<title>``): the headline the page
    shows when it is that plus an affix, else without the site's name."""
    text = P.clean_text(title)
    return shown_headline(p, text) or strip_site_suffix(text, p.meta.get("og:site_name"))


_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold().replace("ё", "е"))


def same_words(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same words, one maybe with an affix the other lacks (``Срочно:
    X`` and ``X``, ``X | SEO tail``): case, punctuation and quotes aside."""
    short, long = sorted((_words(a), _words(b)), key=len)
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


_ELLIPSIS = ("…", "...")


def cut_from(stated: str, shown: str) -> bool:
    """``stated`` is ``shown`` cut short and closed by an ellipsis (``headline`` limited to 110
    characters by a CMS: ``Жителей … до конца следующего…``), at a word's end or inside one."""
    if not stated.endswith(_ELLIPSIS) or shown.endswith(_ELLIPSIS):
        return False
    stem = stated.rstrip(".…").rstrip()
    return len(_words(stem)) > 1 and len(stem) < len(shown) and \
        " ".join(_words(shown)).startswith(" ".join(_words(stem)))


def shown_h1(p: Page) -> str | None:
    """The article's headline as the page shows it: the first ``h1`` outside page furniture,
    not the site's name nor in a logo box, above the dateline when there is one; an ``h1``
    that links to another article (the next story of an endless feed) is not it."""
    for el in p.index.tag("h1"):
        text = p.text(el) if p.zone(el) is None else ""
        # a one-word ``h1`` names the section the page is in, not the story
        if " " not in text or p.masthead(el) or _links_away(p, el):
            continue
        lines = p.index.within(el) if p.dateline_idx is not None else ()
        if lines and lines[0] > p.dateline_idx:  # type: ignore[operator]
            return None
        return text
    return None


def _links_away(p: Page, el: etree._Element) -> bool:
    ids = {O.article_id(a.get("href") or "") for a in el.iter("a")}
    return bool(ids - {None, p.id})


def selectors_doc(selectors: Sequence[str]) -> str:
    return "first of " + ", ".join(f"`{s}`" for s in selectors)


def css_text(selectors: Sequence[str], then: Any = None) -> Rule[Page]:
    """``css:<selector>``: the text of the first element of the first selector that matches
    (a later selector is not tried once one matched)."""
    def read(p: Page) -> Named | None:
        found = p.index.css_first(selectors)
        if found is None:
            return None
        value = p.text(found[0])
        return Named(then(value) if then else value, f"css:{found[1]}")
    return Rule("css:<selector>", read, selectors_doc(selectors))


def jsonld_text(key: str, doc: str = "") -> Rule[Page]:
    return Rule(f"jsonld:{key}", lambda p: P.clean_text(jsonld.text_of(p.ld.get(key))), doc)


def meta_text(name: str, doc: str = "") -> Rule[Page]:
    return Rule(f"meta:{name}", lambda p: P.clean_text(p.meta.get(name)), doc)


def itemprop_values(p: Page, name: str, every: bool = False) -> tuple[str, ...]:
    """The value(s) of the first element with microdata ``itemprop`` ``name`` outside page
    furniture: its ``content`` (a ``<meta>``), else its links, items or text. ``every``: of
    each such element (a CMS may give each keyword an element of its own, ``<li
    itemprop="keywords">``), one inside another read once."""
    out: list[str] = []
    last: etree._Element | None = None
    for el in p.index.with_attr("itemprop"):
        if name not in (el.get("itemprop") or "").split() or p.zone(el) or (
                last is not None and is_inside(el, last)):
            continue
        content = el.get("content")
        values = (P.clean_text(content),) if content is not None else values_in(p.index, el, None)
        if any(values):
            if not every:
                return values
            out.extend(values)
            last = el
    return tuple(out)


def labelled(kind: str, pick: Any, doc: str) -> Rule[Page]:
    """``text:field-label`` / ``css:.<field class>``: the value(s) of ``kind`` printed under a
    label (``Рубрика:`` + its links) or in a field the CMS names by class; ``pick`` makes the
    field's value of them."""
    def read(p: Page) -> Named | None:
        found = p.labelled.get(kind)
        value = pick(found.values) if found else None
        return Named(value, found.rule) if found and value else None
    return Rule("text:field-label|css:.<field class>", read, doc)
