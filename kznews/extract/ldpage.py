"""Which of a page's JSON-LD article objects is the page's own.

A CMS may print a related or recommended item's ``NewsArticle`` before the page's own (a
widget's block in the ``<head>``, a template that describes the teaser it renders): taking the
first would give the page another article's date, headline and pictures. The object that names
the page (its ``url``, ``@id`` or ``mainEntityOfPage`` is the page's address or canonical
address) is the page's; without one, the object whose headline the page shows; else the first
that names no other page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from kznews.extract import jsonld

_ADDRESS_KEYS = ("url", "@id", "mainEntityOfPage")
MIN_HEADLINE = 12  # characters: a shorter headline found inside the <title> proves nothing


def address_key(url: str) -> str:
    """A page address compared by its path only (host, scheme, query, fragment and a trailing
    slash dropped, percent-escapes decoded, case folded): a page served from a mirror host is
    the same page as the one its JSON-LD names on the outlet's host."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return ""
    return unquote(path).rstrip("/").casefold()


def _addresses(node: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in _ADDRESS_KEYS:
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and (found := address_key(value)):
            out.append(found)
    return out


def _plain(text: str | None) -> str:
    return " ".join(text.split()).casefold() if text else ""


def _shown(node: dict[str, Any], headlines: Sequence[str]) -> bool:
    """The object's headline is one the page shows (an ``<h1>``, an ``og:title``) or sits
    inside one (the ``<title>`` with the site's name after it)."""
    own = _plain(jsonld.text_of(node.get("headline") or node.get("name")))
    if not own:
        return False
    return any(own == shown or (len(own) >= MIN_HEADLINE and own in shown)
               for shown in map(_plain, headlines))


def own_article(blocks: list[Any], urls: Iterable[str],
                headlines: Callable[[], Sequence[str]]) -> dict[str, Any] | None:
    """The page's article object among ``blocks`` (``jsonld.parse_blocks``): see the module.

    ``urls`` are the page's addresses (where it was fetched, its canonical); ``headlines``
    gives the headlines the page shows, asked only when several objects conflict."""
    found = jsonld.articles_in(blocks)
    if len(found) < 2:
        return found[0] if found else jsonld.article_in(blocks)
    keys = {k for k in map(address_key, urls) if k}
    named = [(node, _addresses(node)) for node in found]
    for node, addresses in named:
        if keys.intersection(addresses):
            return node
    unnamed = [node for node, addresses in named if not addresses]
    shown = headlines()
    for node in found:
        if _shown(node, shown):  # its address may be another form of the page's (AMP, ?id=)
            return node
    return unnamed[0] if unnamed else found[0]
