"""Rule makers and text helpers shared by the outlet's field chains."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.chain import Named, Rule
from kznews.extract.labels import values_in
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform.page import ArticlePage as Page


def strip_site_suffix(title: str) -> str:
    """``Headline | Центр информации`` or ``Центр информации :: Headline`` -> ``Headline``."""
    for sep in (" | ", " :: ", " — ", " – ", " - ", " / ", " » "):
        head, found, tail = title.rpartition(sep)
        if found and head and O.SITE_SUFFIX.search(tail) and len(tail) < 40:
            return head.strip()
        head, found, tail = title.partition(sep)
        if found and tail and O.SITE_SUFFIX.search(head) and len(head) < 40:
            return tail.strip()
    return title


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


def itemprop_values(p: Page, name: str) -> tuple[str, ...]:
    """The value(s) of the first element with microdata ``itemprop`` ``name`` outside page
    furniture: its ``content`` (a ``<meta>``), else its links, items or text."""
    for el in p.index.with_attr("itemprop"):
        if name not in (el.get("itemprop") or "").split() or p.zone(el):
            continue
        content = el.get("content")
        values = (P.clean_text(content),) if content is not None else values_in(p.index, el, None)
        if any(values):
            return values
    return ()


def labelled(kind: str, pick: Any, doc: str) -> Rule[Page]:
    """``text:field-label`` / ``css:.<field class>``: the value(s) of ``kind`` printed under a
    label (``Рубрика:`` + its links) or in a field the CMS names by class; ``pick`` makes the
    field's value of them."""
    def read(p: Page) -> Named | None:
        found = p.labelled.get(kind)
        value = pick(found.values) if found else None
        return Named(value, found.rule) if found and value else None
    return Rule("text:field-label|css:.<field class>", read, doc)
