"""The answers a copy's router gives besides its own pages: robots.txt, a 404, a redirect, and
the listing page a query asks for; ``answer`` is the whole router of a copy with a plain paged
listing.

A copy keeps its own URL scheme, robots rules and page markup; these helpers only spell the
(status, headers, body) triples and read the page number the same way in every copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from tests.copykit.catalogue import Catalogue, Response

HTML = "text/html; charset=utf-8"


def robots(body: bytes, content_type: str = "text/plain") -> Response:
    """``/robots.txt``: the copy's rules as given."""
    return 200, {"Content-Type": content_type}, body


def not_found(body: bytes, content_type: str = HTML) -> Response:
    """A 404 with the copy's own error page."""
    return 404, {"Content-Type": content_type}, body


def moved(url: str, status: int = 301) -> Response:
    """A redirect to ``url`` (301 unless told), with no body."""
    return status, {"Location": url}, b""


def page_in(query: str, count: int, name: str = "page") -> int | None:
    """The listing page ``?name=N`` asks for (page 1 without it), or None when N is not a
    number from 1 to ``count`` (the copy answers that with its 404)."""
    page = parse_qs(query).get(name, ["1"])[0]
    if not page.isdigit() or not 1 <= int(page) <= count:
        return None
    return int(page)


class Pages(Protocol):
    """What a copy's templates module renders for ``answer``."""

    def listing(self, page: int, base: str) -> Response: ...

    def article(self, art: Any, base: str) -> Response: ...

    def not_found(self) -> bytes: ...


def answer(target: str, host: str, catalogue: Catalogue, pages: Pages, robots_txt: bytes, *,
           listing: tuple[str, ...] = ("/novosti", "/novosti/"),
           page: Callable[[str], int | None] | None = None, home: str | None = None,
           home_status: int = 301, robots_type: str = "text/plain") -> Response:
    """One GET to a copy with one paged listing: ``/robots.txt``, the listing at the
    ``listing`` paths, ``/`` redirected to ``home`` when given, and the catalogue's article at
    its own path (301 from another slug, else the 404).

    ``page`` reads the listing's query into the number ``pages.listing`` takes (None: the
    copy's 404); by default a strict ``?page=N`` (``page_in``)."""
    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return robots(robots_txt, robots_type)
    if path in listing:
        number = (page_in(parts.query, catalogue.page_count()) if page is None
                  else page(parts.query))
        if number is None:
            return not_found(pages.not_found())
        return pages.listing(number, base)
    if path == "/" and home is not None:
        return moved(base + home, home_status)
    return catalogue.article_or_404(path, base, pages.article, pages.not_found)
