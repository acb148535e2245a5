"""The answers a copy's router gives besides its own pages: robots.txt, a 404, a redirect, and
the listing page a query asks for.

A copy keeps its own URL scheme, robots rules and page markup; these helpers only spell the
(status, headers, body) triples and read the page number the same way in every copy.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.copykit.catalogue import Response

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
