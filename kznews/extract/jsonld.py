"""JSON-LD article objects, tolerant of the ways publishers get JSON-LD wrong.

And of the ways a hostile server can: nesting deep enough to exhaust Python's recursion
(values deeper than ``MAX_DEPTH`` are dropped, ``jsonld/too_deep``), ``"\\ud800"`` escapes
that decode to lone surrogates (removed, ``jsonld/bad_value/<key>``), HTML inside string
values (read as HTML, see ``text_of``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from parsel import Selector

from kznews.extract.markup import value_text

ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
     "backgroundnewsarticle", "webpage"}
)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
MAX_DEPTH = 32  # real JSON-LD nests a few levels; nothing deeper is read
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_SURROGATE = re.compile("[\ud800-\udfff]")
_KEY = re.compile(r"[@A-Za-z][A-Za-z0-9_]{0,39}")


def _prune_text(text: str) -> str:
    """JSON text with every value nested deeper than ``MAX_DEPTH`` replaced by ``null``, so
    that json.loads does not recurse past Python's limit."""
    out: list[str] = []
    depth, pos, cut_at = 0, 0, -1
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
            if depth == MAX_DEPTH + 1 and cut_at < 0:
                cut_at = match.start()
        else:
            if depth == MAX_DEPTH + 1 and cut_at >= 0:
                out += [text[pos:cut_at], "null"]
                pos, cut_at = match.end(), -1
            depth -= 1
    out.append(text[pos:] if cut_at < 0 else text[pos:cut_at] + "null")
    return "".join(out)


def _parse(text: str, problems: list[str]) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        problems.append("jsonld/too_deep")
        return _parse(_prune_text(text), problems)
    except ValueError:
        pass
    try:  # trailing commas and raw newlines inside strings are the common breakages
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except (ValueError, RecursionError):
        return None


def _sanitise(data: Any, problems: list[str]) -> None:
    """In place: containers deeper than ``MAX_DEPTH`` become None, surrogates leave strings."""
    stack: list[tuple[Any, int, str]] = [(data, 1, "")]
    deep = False
    while stack:
        node, depth, key = stack.pop()
        pairs = node.items() if isinstance(node, dict) else enumerate(node)
        for name, value in list(pairs):
            label = name if isinstance(name, str) else key
            if isinstance(value, str) and _SURROGATE.search(value):
                node[name] = _SURROGATE.sub("", value)
                problems.append("jsonld/bad_value/" + (
                    label if _KEY.fullmatch(label) else "other"))
            elif isinstance(value, dict | list):
                if depth >= MAX_DEPTH:
                    node[name], deep = None, True
                else:
                    stack.append((value, depth + 1, label))
    if deep:
        problems.append("jsonld/too_deep")


def _loads(text: str, problems: list[str] | None = None) -> Any:
    problems = [] if problems is None else problems
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    data = _parse(text, problems)
    # Only a \u escape makes a surrogate, only many brackets make depth: most pages skip this.
    if isinstance(data, dict | list) and (
            "\\u" in text or text.count("[") + text.count("{") > MAX_DEPTH):
        _sanitise(data, problems)
    return data


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:  # iterative: a hostile graph cannot exhaust the recursion limit
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            yield node
            main = node.get("mainEntity")
            if isinstance(main, dict | list):
                stack.append(main)
            if "@graph" in node:
                stack.append(node["@graph"])


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", [])
    values = raw if isinstance(raw, list) else [raw]
    return {v.lower() for v in values if isinstance(v, str)}


def _scripts(sel: Selector) -> list[str]:
    return sel.xpath('//script[contains(@type, "ld+json")]/text()').getall()


def parse_blocks(scripts: Iterable[str], problems: list[str] | None = None) -> list[Any]:
    """Each ``ld+json`` script's content parsed (None for one beyond repair), in page order;
    ``problems`` collects stat keys for bad values met on the way (dropped or repaired)."""
    return [_loads(script, problems) for script in scripts]


def find_article(sel: Selector, problems: list[str] | None = None) -> dict[str, Any] | None:
    """The page's article object: the first NewsArticle-like node (WebPage only as last resort).

    ``problems`` collects stat keys for bad values met on the way (dropped or repaired)."""
    return article_in(parse_blocks(_scripts(sel), problems))


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


def articles_in(blocks: list[Any]) -> list[dict[str, Any]]:
    """Every NewsArticle-like node of the blocks (no WebPage), in page order."""
    wanted = ARTICLE_TYPES - {"webpage"}
    return [node for block in blocks for node in _walk(block) if _types(node) & wanted]


def page_of(blocks: list[Any], article: dict[str, Any]) -> dict[str, Any] | None:
    """The WebPage node beside ``article`` in its block (a ``@graph``), ``article`` itself
    excluded: Yoast-style graphs date the page, not the article."""
    for block in blocks:
        nodes = list(_walk(block))
        if not any(node is article for node in nodes):
            continue
        return next((node for node in nodes if node is not article
                     and "webpage" in _types(node)), None)
    return None


def text_of(value: Any) -> str | None:
    """A JSON-LD value as one string (first of a list, ``name`` of an object).

    A string holding HTML is read as HTML (paragraphs joined by a blank line, scripts
    dropped, entities decoded once); a value that is no string or number is none.
    """
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = value_text(str(value)).strip()
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


def _position(item: dict[str, Any]) -> float:
    position = item.get("position")
    if isinstance(position, str) and position.strip().isdecimal() and len(position) < 10:
        return int(position)
    return position if isinstance(position, int | float) and position == position else 0


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
                             key=_position)
            names = [text_of(i.get("name") or i.get("item")) for i in ordered]
            return [n for n in names if n and not n.startswith("http")]
    return []


def loads(text: str, problems: list[str] | None = None) -> Any:
    """JSON text read as JSON-LD is (pruned when too deep, trailing commas forgiven, lone
    surrogates removed), or None: for any JSON a page embeds."""
    return _loads(text, problems)
