"""JSON-LD article objects, tolerant of the ways publishers get JSON-LD wrong."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from parsel import Selector

ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
     "backgroundnewsarticle", "webpage"}
)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _loads(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:  # trailing commas and raw newlines inside strings are the common breakages
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except ValueError:
        return None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for sub in node:
            yield from _walk(sub)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk(node["@graph"])
        main = node.get("mainEntity")
        if isinstance(main, dict | list):
            yield from _walk(main)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", [])
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).lower() for v in values}


def _scripts(sel: Selector) -> list[str]:
    return sel.xpath('//script[contains(@type, "ld+json")]/text()').getall()


def parse_blocks(scripts: Iterable[str]) -> list[Any]:
    """Each ``ld+json`` script's content parsed (None for one beyond repair), in page order."""
    return [_loads(script) for script in scripts]


def find_article(sel: Selector) -> dict[str, Any] | None:
    """The page's article object: the first NewsArticle-like node (WebPage only as last resort)."""
    return article_in(parse_blocks(_scripts(sel)))


def article_in(blocks: list[Any]) -> dict[str, Any] | None:
    """``find_article`` over blocks already parsed (``parse_blocks``)."""
    fallback: dict[str, Any] | None = None
    for block in blocks:
        for node in _walk(block):
            types = _types(node)
            if types & (ARTICLE_TYPES - {"webpage"}):
                return node
            if "webpage" in types and fallback is None and node.get("headline"):
                fallback = node
    return fallback


def text_of(value: Any) -> str | None:
    """A JSON-LD value as one string (first of a list, ``name`` of an object)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def strings_of(value: Any) -> list[str]:
    """A JSON-LD value as a list of strings (keywords may be a list or one comma string)."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        text = text_of(item)
        if text:
            out.append(text)
    return out


def image_urls(value: Any) -> list[str]:
    """URLs from ``image``: a string, an ImageObject, or a list of either."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("url") or item.get("contentUrl")
        if isinstance(item, str) and item.strip():
            out.append(item.strip())
    return out


def breadcrumb_names(sel: Selector) -> list[str]:
    """Item names of the page's JSON-LD BreadcrumbList, in position order."""
    return breadcrumbs_in(parse_blocks(_scripts(sel)))


def breadcrumbs_in(blocks: list[Any]) -> list[str]:
    """``breadcrumb_names`` over blocks already parsed (``parse_blocks``)."""
    for block in blocks:
        for node in _walk(block):
            if "breadcrumblist" not in _types(node):
                continue
            items = node.get("itemListElement")
            if not isinstance(items, list):
                continue
            ordered = sorted((i for i in items if isinstance(i, dict)),
                             key=lambda i: i.get("position") or 0)
            names = [text_of(i.get("name") or i.get("item")) for i in ordered]
            return [n for n in names if n and not n.startswith("http")]
    return []
