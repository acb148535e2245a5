""""Load more" controls: the next listing page a script would fetch.

Many listings have no ``<a>`` to page 2 at all: a button ("Загрузить ещё", "Показать ещё",
"Show more", "Тағы жүктеу") whose script fetches the URL in its ``data-url``/``data-href``/
``data-next``/``hx-get`` and puts the answer (a bare chunk of items, no ``<html>``) in its
place; or only a ``data-page="2"`` and the listing's own URL pattern to put it in. Such a
control leads on wherever it points on the site (``/ajax/news?page=2`` as well as
``/novosti?page=2``), like ``rel=next``; a calendar or search URL never.

Which elements count: those carrying one of these attributes that look like a "more"
control: the words of a "next" link, or a class or id such as ``load-more``, ``show-more``,
``btn-more``, ``js-next``, ``pager__more``. A feed's own ``<div data-page="2">`` (the chunk
saying which page it is) is no control and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree

from kznews import processors as P
from kznews.extract.text import element_text
from kznews.sites.centerinform.pager import DIRECTION_WORDS, PAGE_PATH, _is_trap, page_ref

__all__ = ["load_more_links"]

URL_ATTRS = ("data-url", "data-href", "data-next", "data-next-url", "data-link",
             "data-ajax-url", "data-load-url", "data-more-url", "hx-get")
PAGE_ATTRS = ("data-next-page", "data-page")
_FIND = "//body//*[" + " or ".join(f"@{a}" for a in (*URL_ATTRS, *PAGE_ATTRS)) + "]"
# parts of class names and ids: load-more, show_more, btn-more, js-next, pager__more,
# loadMore, moreNews, "loadmore" (not "lazyload", "loading", "nextgen")
MORE_PARTS = frozenset({"more", "next", "load", "loadmore", "showmore", "infinite"})
_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_NEXT_WORDS = dict(DIRECTION_WORDS)["next"]


def is_control(el: etree._Element) -> bool:
    """A "more"/"next" control by its class, id or (short) words."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if any(part.lower() in MORE_PARTS for part in _PART.findall(names)):
        return True
    text = P.clean_text(" ".join(el.itertext())) if el.tag == "button" else \
        P.clean_text(element_text(el))
    text = text or (el.get("aria-label") or el.get("title") or "").strip()
    return 0 < len(text) <= 40 and bool(_NEXT_WORDS.search(text))


def _with_page(url: str, number: int, roots: Sequence[str]) -> str:
    """``url`` turned into page ``number`` of its own numbering: its page parameter or
    ``/page/N/`` replaced; the listing root gets ``?page=N``."""
    parts = urlsplit(url)
    ref = page_ref(url, roots)
    if ref is not None and ref.scheme == "path" and PAGE_PATH.search(parts.path):
        path = PAGE_PATH.sub(lambda m: m.group(0).replace(m.group(1), str(number)), parts.path)
        return urlunsplit(parts._replace(path=path))
    key = ref.scheme if ref is not None and ref.scheme and not ref.counts_items else "page"
    query = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() != key]
    return urlunsplit(parts._replace(query=urlencode([*query, (key, str(number))])))


def _target(el: etree._Element, url: str, page: int, roots: Sequence[str], base: str
            ) -> str | None:
    for attr in URL_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith(("#", "javascript:")):
            return urljoin(base, value)  # a script's fetch resolves against <base href> too
    for attr in PAGE_ATTRS:
        value = (el.get(attr) or "").strip()
        if value.isdigit():
            # a counter of the pages shown so far (= this page) asks for the one after it
            return _with_page(url, max(int(value), page + 1), roots)
    return None


def load_more_links(root: etree._Element, url: str, page: int, roots: Sequence[str],
                    base: str | None = None) -> list[tuple[str, etree._Element]]:
    """(absolute URL, control) of the "load more" controls on a listing page read as page
    ``page`` at ``url`` (its ``<base href>`` ``base``); calendar and search URLs left out."""
    out = []
    for el in root.xpath(_FIND):
        if not is_control(el):
            continue
        target = _target(el, url, page, roots, base or url)
        if target is None:
            continue
        query = parse_qsl(urlsplit(target).query)
        if not any(_is_trap(k, v, query) for k, v in query):
            out.append((target, el))
    return out
