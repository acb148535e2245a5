"""Rule makers and text helpers shared by the outlet's field chains."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.chain import Named, Rule
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
