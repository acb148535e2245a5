"""Listing links without an ``<a>``: a table row or a card that navigates when clicked, and a
``<select>`` of listing pages.

Some listings print no anchor at all: ``<tr onclick="location.href='/news/…'">``,
``<li onclick="window.location='…'">``, ``<div onclick="window.open('…')">`` or a card whose
script reads its ``data-href``/``data-url``/``data-link``. The URL is read from the attribute's
text (a quoted string assigned to ``location``/``location.href`` or passed to
``location.assign``/``location.replace``/``window.open``), never by running anything; only an
article URL on the listing's own site counts, and the row's own text gives its title and date.

A pager may be a ``<select>`` whose script goes to the page picked: its options' values are
the pages' URLs (``<option value="/lenta?page=2">2</option>``), or bare numbers a "go to page"
form puts in its URL (``<form action="/lenta"><select name="page"><option>2</option>``). Each
option is a pager link labelled by its text (:func:`kznews.sites.centerinform.pager
.order_pages`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlencode, urljoin

from lxml import etree

from kznews.origin import rebase
from kznews.sites.centerinform.pager import PAGE_PARAM

ROW_ATTRS = ("data-href", "data-url", "data-link")
_NEEDLES = ("onclick", *ROW_ATTRS)
_FIND = "//body//*[@onclick or " + " or ".join(f"@{a}" for a in ROW_ATTRS) + "]"
_NAVIGATE = re.compile(
    r"(?:\blocation(?:\.href)?\s*=|\blocation\.(?:assign|replace)\s*\(|\bwindow\.open\s*\()"
    r"\s*(['\"])(?P<url>[^'\"\s]+)\1")

__all__ = ["ROW_ATTRS", "pager_options", "row_links", "row_title"]


def _target(el: etree._Element) -> str | None:
    """The URL ``el`` navigates to when clicked: its ``onclick``'s, else its data attribute's."""
    script = el.get("onclick")
    if script:
        found = _NAVIGATE.search(script)
        if found:
            return found["url"]
    for attr in ROW_ATTRS:
        value = (el.get(attr) or "").strip()
        if value:
            return value
    return None


def row_links(html: str, root: etree._Element, article_url: Callable[[str], str | None]
              ) -> dict[etree._Element, str]:
    """Elements other than ``<a href>`` that lead to an article when clicked, with the
    article's URL as ``article_url`` gives it (None: not an article of this site)."""
    if not any(needle in html for needle in _NEEDLES):
        return {}
    out: dict[etree._Element, str] = {}
    for el in root.xpath(_FIND):
        if el.tag == "a" and el.get("href"):
            continue
        target = _target(el)
        if not target or target.lower().startswith(("javascript:", "#", "data:")):
            continue
        url = article_url(target)
        if url:
            out[el] = url
    return out


def row_title(el: etree._Element, is_date: Callable[[str], bool]) -> str:
    """A row's headline: its longest piece of text that is no date (``<td>06.10.2026</td>
    <td>Title</td>``, ``<span class="d">…</span> <span class="t">Title</span>``)."""
    pieces = [" ".join(t.split()) for t in el.itertext()]
    return max((t for t in pieces if t and not is_date(t)), key=len, default="")


def pager_options(html: str, root: etree._Element, base: str, url: str
                  ) -> list[tuple[str, etree._Element]]:
    """(same-site URL, ``<option>``) of the pages a ``<select>`` pager offers on the listing
    page ``url`` (its ``<base href>`` ``base``)."""
    if "<option" not in html and "<OPTION" not in html:
        return []
    out = []
    for option in root.xpath("//body//select/option"):
        value = (option.get("value") or " ".join(option.itertext())).strip()
        target = _option_url(option, value, base)
        found = rebase(target, url) if target else None
        if found:
            out.append((found, option))
    return out


def _option_url(option: etree._Element, value: str, base: str) -> str | None:
    """An option's URL: its value when it is one (``/lenta?page=2``, ``?page=2``, an absolute
    URL), else a bare number put in the URL of the GET form around a ``<select>`` named like
    a page parameter (``name="page"``)."""
    if not value or value.lower().startswith(("javascript:", "#", "data:")):
        return None
    if "/" in value or value.startswith("?"):
        return urljoin(base, value)
    select = option.getparent()
    while select is not None and select.tag != "select":
        select = select.getparent()
    form = next((f for f in option.iterancestors("form")), None)
    name = select.get("name") or "" if select is not None else ""
    if form is None or not value.isdigit() or not PAGE_PARAM.match(name) or \
            (form.get("method") or "get").lower() != "get":
        return None
    action = urljoin(base, (form.get("action") or "").strip())
    return action.split("?", 1)[0] + "?" + urlencode({name: value})
