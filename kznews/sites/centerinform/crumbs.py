"""ic24.kz article pages: the breadcrumb trail and the rubric it ends with.

A trail is known by what a CMS marks it with — JSON-LD's ``BreadcrumbList``, a class or id
(``breadcrumbs``, ``trail``, ``nav-path``, ``kroshki``), an ``aria-label`` (``breadcrumb``,
``Хлебные крошки``), schema.org's type in microdata or RDFa — or, with no mark at all, by its
shape: a home link, a separator (``/ » › > →``) and one to three more links.
"""

from __future__ import annotations

import re

from lxml import etree

from kznews.extract import jsonld
from kznews.extract.chain import Named
from kznews.extract.text import SKIP_TAGS
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.page import ArticlePage as Page

CRUMB_SEP = re.compile(r"\s[/»›>→|]\s|^\s*[/»›>→|]\s|\s[/»›>→|]\s*$|^[/»›>→|]$")
_SEPARATORS = frozenset({"/", "»", "›", ">", "→", "|"})
_ROOT_HREF = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:index\.php|index\.html?)?$", re.I)
MAX_MORE_CRUMBS = 3  # links after the home one in a trail known by its shape only
MAX_CRUMB = 40  # characters: a longer crumb is the (maybe truncated) headline


def _crumb_texts(p: Page, block: etree._Element) -> list[tuple[str, bool]]:
    """Crumbs in page order, each with whether it is a link: links, spans without links, and
    plain text between them (``<a>Главная</a> » <a>Новости</a> » Социум``: an older CMS prints
    the last one bare). A link to the site's root is the home crumb whatever it says
    (``<a href="/">IC24</a>``, a site's name): left out."""
    out: list[tuple[str, bool]] = []
    _crumb_walk(p, block, out)
    return out


# (functions of the module, not closures: a nested function calling itself is a cycle through
# its cell, which would hold the page until the cycle collector ran)
def _crumb_plain(p: Page, text: str | None, out: list[tuple[str, bool]]) -> None:
    out.extend((c, False) for c in (p.index.clean(part) for part in CRUMB_SEP.split(text or ""))
               if c)


def _crumb_walk(p: Page, el: etree._Element, out: list[tuple[str, bool]]) -> None:
    _crumb_plain(p, el.text, out)
    for child in el:
        if child.tag == "a":
            if not _ROOT_HREF.match(child.get("href") or "#"):
                out.append((p.text(child), True))
        elif child.tag == "span" and next(child.iter("a"), None) is None:
            out.append((p.text(child), False))
        elif isinstance(child.tag, str) and child.tag not in SKIP_TAGS:
            _crumb_walk(p, child, out)
        _crumb_plain(p, child.tail, out)


def _shaped(p: Page, block: etree._Element) -> bool:
    """Small enough to be a trail: a few links, a line of text (not a menu nor a page part)."""
    links = sum(1 for _ in block.iter("a"))
    return links <= S.MAX_CRUMB_LINKS and len(p.text(block)) <= S.MAX_CRUMB_TEXT


def _whole(block: etree._Element) -> etree._Element:
    """The trail an element marked as one crumb (``<li class="crumb">``) stands in."""
    for tags in (("a", "span"), ("li",)):
        parent = block.getparent()
        if block.tag in tags and parent is not None and parent.tag != "body":
            block = parent
    return block


def _classed(p: Page) -> etree._Element | None:
    tokens = {t for t in p.index.class_tokens() if S.CRUMB_CLASS.search(t)}
    ids = {el for el in p.index.with_attr("id") if S.CRUMB_CLASS.search(el.get("id") or "")}
    if not tokens and not ids:
        return None
    for el in p.index.classed:
        if (el in ids or not tokens.isdisjoint((el.get("class") or "").split())) \
                and isinstance(el.tag, str) and el.tag not in SKIP_TAGS:
            block = _whole(el)
            if _shaped(p, block):
                return block
    return None


def _labelled(p: Page) -> etree._Element | None:
    """``<nav aria-label="breadcrumb">``; one labelled only ``Навигация`` when shaped as a trail
    (a home link first, then one to three more)."""
    for el in p.index.with_attr("aria-label"):
        label = (el.get("aria-label") or "").strip()
        if S.CRUMB_LABEL.search(label):
            if _shaped(p, el):
                return el
        elif S.NAV_LABEL.fullmatch(label):
            links = list(el.iter("a"))
            if 2 <= len(links) <= MAX_MORE_CRUMBS + 1 and _home(p, links[0]) and _shaped(p, el):
                return el
    return None


def _typed(p: Page) -> etree._Element | None:
    """Schema.org's ``BreadcrumbList`` in microdata (``itemtype``) or RDFa (``typeof``)."""
    for attr in ("itemtype", "typeof"):
        for el in p.index.with_attr(attr):
            if S.CRUMB_TYPE in (el.get(attr) or "").casefold():
                return el
    return None


def _home(p: Page, a: etree._Element) -> bool:
    """A link to the site's front page, named as one (``Главная``, ``Home``) or an icon."""
    text = p.text(a).casefold()
    return bool(_ROOT_HREF.match(a.get("href") or "")) and (
        text in W.HOME_CRUMBS or (not text and next(a.iter("img", "svg", "i"), None) is not None))


def _home_trail(p: Page) -> etree._Element | None:
    """The element holding a trail that starts with a home link followed by an arrow
    (``<a href="/">Главная</a> » <a>Новости</a> » …``): a breadcrumb without a mark. In a
    menu's box (``<nav>``) only when the line is short: the home link first, then one to
    three more."""
    for a in p.index.links:
        if not _home(p, a):
            continue
        nxt = a.getnext()
        after = (a.tail or "").strip() or (p.text(nxt) if nxt is not None else "")
        if not (W.CRUMB_ARROW.match(after) or (not after and nxt is not None and nxt.tag == "img")):
            continue
        zone = p.zone(a)
        if zone is None:
            return a.getparent()
        block = _whole(a)
        links = list(block.iter("a"))
        if zone == "noise" and links[0] is a and 2 <= len(links) <= MAX_MORE_CRUMBS + 1 \
                and _shaped(p, block):
            return block
    return None


def _block(p: Page) -> tuple[str, etree._Element | None]:
    for name, find in (("css:breadcrumb", _classed), ("css:breadcrumb", _labelled),
                       ("microdata:BreadcrumbList", _typed), ("text:crumb-trail", _home_trail)):
        block = find(p)
        if block is not None:
            return name, block
    return "", None


def crumbs(p: Page) -> Named | None:
    """Last breadcrumb that is neither home, the site's name nor the headline (JSON-LD, else a
    marked trail, else a trail from a home link), and comes after the news listing's crumb
    when a crumb before it names a portal's section holding the news (``W.PORTAL_SECTION``:
    ``Пресс-центр``). In a trail, the last
    link: a bare crumb after it is the article's own (short) title; a bare one after home
    links only is the rubric."""
    title = (p.fields.value("title") or "").casefold()
    found = [(c, False) for c in jsonld.breadcrumbs_in(p.index.jsonld)]
    name = "jsonld:BreadcrumbList"
    if not found:
        name, block = _block(p)
        if block is not None:
            found = _crumb_texts(p, block)
    # a crumb before the news listing's is a section of a portal holding the news when it
    # names one (`Главная / Пресс-центр / Новости / …`), not the story's rubric; a rubric's
    # own news listing (`Главная / Спорт / Новости / …`) leaves the rubric
    listing = max((i for i, (c, _) in enumerate(found) if c and c.casefold() in W.HOME_CRUMBS),
                  default=-1)
    if any(c and W.PORTAL_SECTION.fullmatch(c.strip()) for c, _ in found[:listing]):
        found = found[listing + 1:]
    # the last crumb is often the (maybe truncated) headline itself: not a rubric
    names = [(c, linked) for c, linked in found if c and len(c) <= MAX_CRUMB
             and c.casefold() not in W.HOME_CRUMBS
             and not title.startswith(c.casefold().rstrip(".… ")) and c not in _SEPARATORS
             and not W.ARCHIVE_CRUMB.fullmatch(c) and not O.SITE_NAME.fullmatch(c)
             and not O.SITE_ABBREVIATION.fullmatch(c)]
    linked = [c for c, is_link in names if is_link]
    if linked:
        return Named(linked[-1], name)
    return Named(names[-1][0], name) if names else None
