"""The article in a page's embedded JSON state: what a single-page app's script renders.

A script-built page (Next.js, a Redux/Vuex store, an Apollo cache) ships its article as data:
``<script id="__NEXT_DATA__" type="application/json">``, ``window.__INITIAL_STATE__ = {…};``,
``<script type="application/json" data-state>``. The state usually holds other articles too
(latest, related, popular) and often before the page's own, so the article is the record whose
id, slug or URL names this page, or the one a ``currentId``-like key points at. Scripts are
parsed as JSON only (never evaluated), each up to ``MAX_SCRIPT`` characters; ``__ref`` links of
a normalised cache are followed to the record they name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from kznews.extract import jsonld
from kznews.extract.jsliteral import invoked_states
from kznews.extract.packed import is_packed, js_string, unpack
from kznews.extract.statekeys import StateArticle, read_record, related_of

MAX_SCRIPT = 3_000_000  # characters: a state larger than this is not read
MAX_NODES = 60_000  # dicts and lists looked at in one page's states
_ASSIGN = re.compile(r"(?:window|self|globalThis)\s*(?:\.\s*[A-Za-z_$][\w$]*|\[\s*['\"][\w$]+"
                     r"['\"]\s*\])\s*=\s*(?:JSON\.parse\(\s*(?=['\"]))?(?=[{\"'])")
_JSON_TYPE = re.compile(r"json", re.I)
_TITLE_KEYS = ("title", "headline", "name")
_BODY_KEYS = ("bodyHtml", "body_html", "contentHtml", "content_html", "html", "body", "content",
              "blocks", "articleBody", "text", "fullText", "full_text")
_ID_KEYS = ("id", "_id", "key", "uid", "articleId", "article_id", "newsId", "news_id", "uuid")
_LINK_KEYS = ("url", "link", "href", "path", "permalink", "canonical", "canonicalUrl", "slug",
              "alias", "uri")
_CURRENT = re.compile(r"(?i)^(?:current|active|selected|opened?)\w*?(?:id|slug|key)$")
_ARTICLE_KEY = re.compile(r"(?i)^(?:article|post|news|story|item|entry|material|publication)$")
MIN_BODY = 80  # characters of text a record's body needs to be an article, not a card
ATTR_NAMES = ("id", "type")


@dataclass
class _Found:
    record: dict[str, Any]
    key: str  # the key holding it (``u45713``, ``Article:45713``, ``article``)
    caches: list[dict[str, Any]] = field(default_factory=list)  # dicts a ``__ref`` resolves in


def scripts_of(elements: Iterable[etree._Element]) -> Iterator[Any]:
    """The JSON values of the page's state scripts (JSON-LD aside), and of an Inertia root's
    ``data-page`` attribute among ``elements``."""
    for el in elements:
        if el.tag != "script":  # Inertia's root: ``<div id="app" data-page="{…}">``
            data = jsonld.loads(el.get("data-page") or "")
            if isinstance(data, dict):
                yield data
            continue
        kind, code = el.get("type") or "", el.text or ""
        if el.get("src") is not None or "ld+json" in kind or not code or len(code) > MAX_SCRIPT:
            continue
        if _JSON_TYPE.search(kind) or (el.get("id") or "").startswith("__"):
            data = jsonld.loads(code)
            if is_packed(data):
                yield unpack(data)
            if isinstance(data, dict | list):
                yield data
        elif "=" in code and not kind or "javascript" in kind or kind == "module":
            yield from _assigned(code)
            yield from invoked_states(code)


def _assigned(code: str) -> Iterator[Any]:
    """``window.__X__ = {…}`` and ``window.__X__ = JSON.parse("…")`` (or ``'…'``) values of a
    script."""
    decoder = json.JSONDecoder(strict=False)
    for match in _ASSIGN.finditer(code):
        value: Any = None
        try:
            value, _ = decoder.raw_decode(code, match.end())
        except (ValueError, RecursionError):
            if code[match.end()] in "'\"":  # a JS string JSON cannot read (\', \xNN)
                found = js_string(code, match.end())
                value = found[0] if found else None
        if isinstance(value, str):  # JSON.parse("…"): the string is the JSON
            value = jsonld.loads(value)
        if isinstance(value, dict | list):
            yield value


def _text_size(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(_text_size(v.get("text") or v.get("html") or v.get("content") or "")
                   if isinstance(v, dict) else _text_size(v) for v in value[:200])
    if isinstance(value, dict):
        return max((_text_size(value.get(k)) for k in ("html", "text", "blocks", "content")
                    if k in value), default=0)
    return 0


def _is_article(node: dict[str, Any]) -> bool:
    if not any(isinstance(node.get(k), str) and node[k].strip() for k in _TITLE_KEYS):
        return False
    return any(_text_size(node.get(k)) >= MIN_BODY for k in _BODY_KEYS if k in node)


def _candidates(states: list[Any]) -> tuple[list[_Found], set[str]]:
    """Every article-like record of the states (in order), and the values of ``currentId``-
    like keys."""
    found: list[_Found] = []
    current: set[str] = set()
    seen = 0
    for data in states:
        stack: list[tuple[Any, str, list[dict[str, Any]]]] = [(data, "", [])]
        while stack and seen < MAX_NODES:
            node, key, caches = stack.pop()
            seen += 1
            if isinstance(node, list):
                stack.extend((v, key, caches) for v in reversed(node))
                continue
            if not isinstance(node, dict):
                continue
            if _is_article(node):
                found.append(_Found(node, key, caches))
                continue
            inner = [*caches, node]
            for name, value in reversed(node.items()):
                if isinstance(value, dict | list):
                    stack.append((value, str(name), inner))
                elif _CURRENT.match(str(name)) and isinstance(value, str | int):
                    current.add(str(value))
    return found, current


def _digits(value: str) -> str:
    return value if value.isdigit() else ""


def _same_id(value: Any, page_id: str) -> bool:
    """``45713``, ``"u45713"``, ``"Article:45713"`` name the page ``u45713``."""
    text = str(value).rpartition(":")[2] if isinstance(value, str | int) else ""
    if not text or not page_id:
        return False
    if text == page_id:
        return True
    num = re.sub(r"^[A-Za-z]{1,3}", "", page_id)
    return bool(_digits(num)) and re.sub(r"^[A-Za-z]{1,3}", "", text) == num


def _links(node: dict[str, Any], path: str) -> Iterator[bool]:
    """For each URL, path or slug of a record: whether it names the page at ``path``."""
    last = path.rstrip("/").rpartition("/")[2]
    for key in _LINK_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            yield urlsplit(value).path.rstrip("/") == path.rstrip("/") or value.strip("/") == last


def _names_page(rec: _Found, page_id: str, path: str, current: set[str]) -> bool:
    node = rec.record
    ids = [node.get(k) for k in _ID_KEYS if k in node]
    if any(_same_id(v, page_id) for v in [*ids, rec.key]):
        return True
    if current & {str(v) for v in [*ids, rec.key] if v is not None}:
        return True
    return any(_links(node, path))


def article_in(elements: Iterable[etree._Element], page_id: str, url: str
               ) -> StateArticle | None:
    """The page's article in its embedded state, or None (no state, or none of its records
    names this page while several could)."""
    states = list(scripts_of(elements))
    if not states:
        return None
    found, current = _candidates(states)
    path = urlsplit(url).path
    mine = next((f for f in found if _names_page(f, page_id, path, current)), None)
    if mine is None:  # the one article of the state, unless it names another page
        found = [f for f in found if not any(_links(f.record, path))]
        single = [f for f in found if _ARTICLE_KEY.match(f.key)]
        mine = found[0] if len(found) == 1 else single[0] if len(single) == 1 else None
    if mine is None:
        return None
    art = read_record(mine.record, mine.caches, lambda src: urljoin(url, src))
    art.related = related_of([mine.record, *mine.caches[-1:]], [*mine.caches, mine.record])
    return art
