"""Which server a URL belongs to: the one test of "same site" every part of kznews uses.

An origin is scheme + host + port. Comparing host names alone (as Scrapy's offsite filter
does) lets a hostile page send the crawler to another server on the same address — a
redirect to ``//127.0.0.1:OTHER/…`` — and export that server's articles as the outlet's.

Equivalences, and nothing else:

* the port a scheme implies is the same as no port (``http://h:80`` = ``http://h``,
  ``https://h:443`` = ``https://h``); host names compare case-blind, a trailing dot ignored;
* when the crawled base is the live outlet (``ic24.kz`` or ``www.ic24.kz``), both hosts of the
  outlet, over http or https on their default ports, are the base: the outlet itself moves
  visitors between them.

A scheme change on the same host is another origin (``http://h:8000`` → ``https://h:8000``
is not followed; for a copy served over plain HTTP on port 80, ``https://h`` is a different
server, on 443). Links in pages are a different matter: :func:`rebase` maps a link that names
the outlet onto the crawled copy, so the outlet itself is never contacted.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple
from urllib.parse import SplitResult, urlsplit

# The outlet's own hosts (its facts live in one place): a copy served elsewhere may keep
# absolute links to them.
from kznews.sites.centerinform.outlet import HOSTS as OUTLET_HOSTS

DEFAULT_PORTS = {"http": 80, "https": 443}


class Origin(NamedTuple):
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        implied = DEFAULT_PORTS.get(self.scheme) == self.port
        return f"{self.scheme}://{host}" + ("" if implied else f":{self.port}")

    @property
    def on_outlet(self) -> bool:
        """One of the live outlet's hosts, on its scheme's default port."""
        return self.host in OUTLET_HOSTS and self.port == DEFAULT_PORTS[self.scheme]


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises on a port out of range or not a number
    except (ValueError, AttributeError):
        return None
    return parts


def _origin(parts: SplitResult | None) -> Origin | None:
    if parts is None:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return None
    return Origin(scheme, host, parts.port or DEFAULT_PORTS[scheme])


@lru_cache(maxsize=64)
def _base(base: str) -> tuple[Origin | None, str]:
    """The origin of a base URL and its netloc without credentials (a crawl has one base:
    cached)."""
    parts = _split(base)
    return _origin(parts), parts.netloc.rpartition("@")[2].lower() if parts else ""


def origin_of(url: str) -> Origin | None:
    """(scheme, host, port) of an http(s) URL, the port its scheme implies when none is
    written; None for other schemes, relative or malformed URLs."""
    return _origin(_split(url))


def same_site(mine: Origin | None, theirs: Origin | None) -> bool:
    """Two origins of one server: equal, or both the live outlet's own hosts."""
    if mine is None or theirs is None:
        return False
    return mine == theirs or (mine.on_outlet and theirs.on_outlet)


def same_origin(url: str, base: str) -> bool:
    """True when ``url`` is served by the same server as ``base`` (see the module notes)."""
    return same_site(origin_of(url), _base(base)[0])


def rebase(href: str, base: str) -> str | None:
    """``href`` as a URL on ``base``'s origin (its scheme and host as ``base`` writes them),
    or None when it points at another server.

    Besides :func:`same_origin` links, a link to one of the outlet's own host names or of the
    base host's (``www.`` and the mobile ``m.`` of either, over either scheme on its default
    port, or on the base's scheme and port) is the crawled copy's link written in absolute
    form: it is mapped onto the base, never requested where it points."""
    parts = _split(href)
    mine = _origin(parts)
    theirs, netloc = _base(base)
    if parts is None or mine is None or theirs is None:
        return None
    if not (same_site(mine, theirs) or _own_name(mine, theirs)):
        return None
    # the base's netloc, never the link's credentials
    return parts._replace(scheme=theirs.scheme, netloc=netloc).geturl()


# The names a site serves its pages under besides its bare host: the ``www.`` host and the
# mobile one. A look-alike (``ic24.kz.news-24.example``) is another server.
OWN_PREFIXES = ("www.", "m.", "mobile.")
_OUTLET_BARE = frozenset(h.removeprefix("www.") for h in OUTLET_HOSTS)


def _bare(host: str) -> str:
    for prefix in OWN_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix):]
    return host


def _own_name(mine: Origin, theirs: Origin) -> bool:
    """``mine`` is one of the outlet's host names, or one of the base host's on the base's
    scheme and port or on its own scheme's default port."""
    bare = _bare(mine.host)
    default = DEFAULT_PORTS[mine.scheme] == mine.port
    if bare in _OUTLET_BARE:
        return default
    return bare == _bare(theirs.host) and (
        (mine.scheme, mine.port) == (theirs.scheme, theirs.port)
        or (default and DEFAULT_PORTS[theirs.scheme] == theirs.port))
