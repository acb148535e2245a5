"""The CSS subset outlet selector lists use, answered from a page index instead of the tree.

Descendant chains of compounds: ``tag``, ``.class``, ``[attr]``, ``[attr=v]``, ``[attr~=v]``,
``[attr*=v]`` (``h1.news-title``, ``.news-info .date``, ``a[rel~=category]``). Candidates come
from the index (one list per class token, tag or attribute name, in document order), so a
selector costs a look-up and a short filter, not a walk of the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

_COMPOUND = re.compile(r"(?P<tag>[a-zA-Z][\w-]*)?(?P<rest>(?:\.[\w-]+|\[[^\]]+\])*)$")
_PART = re.compile(r"\.(?P<cls>[\w-]+)|\[(?P<name>[\w-]+)(?:(?P<op>[~*]?=)(?P<value>[^\]]*))?\]")


@dataclass(frozen=True)
class Compound:
    tag: str | None
    classes: tuple[str, ...]
    attrs: tuple[tuple[str, str, str], ...]  # (name, op, value); op "" = present

    def matches(self, el: etree._Element) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if self.classes:
            tokens = (el.get("class") or "").split()
            if any(c not in tokens for c in self.classes):
                return False
        for name, op, value in self.attrs:
            got = el.get(name)
            if got is None:
                return False
            if (op == "=" and got != value) or (op == "~=" and value not in got.split()) \
                    or (op == "*=" and value not in got):
                return False
        return True


@lru_cache(maxsize=256)
def compile_css(css: str) -> tuple[Compound, ...]:
    """``css`` as compounds, outermost first; ValueError for anything outside the subset."""
    out = []
    for part in css.split():
        match = _COMPOUND.match(part)
        if match is None:
            raise ValueError(f"selector outside the supported subset: {css!r}")
        classes, attrs = [], []
        for sub in _PART.finditer(match["rest"]):
            if sub["cls"]:
                classes.append(sub["cls"])
            else:
                attrs.append((sub["name"], sub["op"] or "", (sub["value"] or "").strip("\"'")))
        out.append(Compound(match["tag"].lower() if match["tag"] else None, tuple(classes),
                            tuple(attrs)))
    if not out:
        raise ValueError("empty selector")
    return tuple(out)


Candidates = Callable[[Compound], Sequence[etree._Element]]


def select(css: str, candidates: Candidates) -> list[etree._Element]:
    """Elements matching ``css`` in document order; ``candidates`` gives, for a compound, a
    document-ordered list that holds every element it can match."""
    return _select(compile_css(css), candidates)


def _select(chain: tuple[Compound, ...], candidates: Candidates) -> list[etree._Element]:
    last = chain[-1]
    if len(chain) == 1:
        return [el for el in candidates(last) if last.matches(el)]
    scopes = _select(chain[:-1], candidates)
    if not scopes:
        return []  # the usual miss of ``.news-info .tags a``: nothing more to look at
    inside = set(scopes)
    found: list[etree._Element] = []
    for scope in scopes:
        if any(up in inside for up in scope.iterancestors()):
            continue  # a scope inside another: its descendants are listed already
        found.extend(el for el in scope.iterdescendants(last.tag or etree.Element)
                     if last.matches(el))
    return found
