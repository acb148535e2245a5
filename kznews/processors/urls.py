"""Content hash, ids in URLs, dates from ids, safe and canonical URLs."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date
from urllib.parse import unquote, urlsplit, urlunsplit

from kznews.processors.text import _INVISIBLE, _INVISIBLE_CHAR

# --------------------------------------------------------------------------- ids and URLs


def content_hash(title: str, body: str) -> str:
    """Hex SHA-256 of ``title``, a blank line and ``body`` (both already normalised)."""
    return hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()


def _last_segment(path: str) -> str:
    """The last path segment, decoded, without its ``;parameters`` (RFC 3986 leaves their
    meaning to the server: a servlet's ``…-u45694;jsessionid=0A1B`` still names ``…-u45694``);
    an escaped ``%3B`` is part of the name."""
    return unquote(path.rstrip("/").rpartition("/")[2].partition(";")[0])


_NOT_A_PLAIN_PATH = re.compile(r"[?#\t\n\r]")


def path_id(url: str, segment: re.Pattern[str]) -> str | None:
    """The ``id`` group of ``segment`` matching the whole last path segment, lower-cased
    (an outlet's article id: ``…-u45694`` -> ``u45694``), else None."""
    raw = str(url).strip()
    if raw.startswith("/") and not raw.startswith("//") and not _NOT_A_PLAIN_PATH.search(raw):
        path = raw  # a site-relative href is its own path: no URL parsing
    else:
        try:
            path = urlsplit(raw).path
        except ValueError:
            return None
    match = segment.fullmatch(_last_segment(path))
    return None if match is None else match["id"].lower()


def _id_number(aid: str) -> int | None:
    match = re.fullmatch(r"[uU]([0-9]{1,12})", aid.strip()) if isinstance(aid, str) else None
    return None if match is None else int(match[1])


def estimate_date_from_id(aid: str, known: Iterable[tuple[str, date]]) -> date | None:
    """Rough publication date of ``u<N>`` from articles of known date (ru and en share one
    id sequence): interpolated between the nearest known ids, extrapolated at the rate of the
    two nearest on one side. A hint for infer_year, not a publication date."""
    number = _id_number(aid)
    if number is None:
        return None
    points: dict[int, int] = {}
    for other, when in known:
        other_number = _id_number(other)
        if other_number is not None and isinstance(when, date):
            points[other_number] = when.toordinal()
    if not points:
        return None
    if number in points:
        return date.fromordinal(points[number])
    below = sorted(n for n in points if n < number)[-2:]
    above = sorted(n for n in points if n > number)[:2]
    if below and above:
        pair = (below[-1], above[0])
    elif len(below) == 2:
        pair = (below[0], below[1])
    elif len(above) == 2:
        pair = (above[0], above[1])
    else:
        return date.fromordinal(points[(below or above)[0]])
    (n1, d1), (n2, d2) = ((n, points[n]) for n in pair)
    if d2 < d1:  # ids and dates disagree: fall back to the nearest known article
        nearest = min(pair, key=lambda n: abs(n - number))
        return date.fromordinal(points[nearest])
    ordinal = d1 + round((number - n1) * (d2 - d1) / (n2 - n1))
    return date.fromordinal(
        min(max(ordinal, date(1990, 1, 1).toordinal()), date(2100, 12, 31).toordinal())
    )


_URL_UNSAFE = re.compile(r'[\x00-\x20"<>\\^`{|}\x7f]')
_URL_PLAIN = re.compile(r'[!#-;=?-\[\]_a-z~]*')  # printable ASCII but _URL_UNSAFE's


def _percent(match: re.Match[str]) -> str:
    return f"%{ord(match.group()):02X}"


def safe_url(url: str) -> str:
    """A URL as the feed carries it: format characters (bidi overrides that disguise a
    file name) and surrogates dropped, characters a URL may not hold as they are (spaces,
    quotes, ``<``/``>``, controls) percent-encoded, as a browser would send them."""
    text = str(url).strip()
    if _URL_PLAIN.fullmatch(text):  # the usual URL: nothing to drop or encode
        return text
    if _INVISIBLE_CHAR.search(text):
        text = "".join(ch for ch in text if ord(ch) not in _INVISIBLE or ch < " ")
    return _URL_UNSAFE.sub(_percent, text)


_TRACKING = re.compile(r"(?i)utm_.*|fbclid|gclid|yclid|_openstat")
TRACKING_PARAM = _TRACKING
"""Query parameter names a canonical URL drops."""
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}
SESSION_PARAM = re.compile(
    r";(?:(?:j|php|asp)?sess(?:ion)?_?id|sid|cfid|cftoken)=[^/;]*", re.I)
"""A session id a server wrote into the path (Java servlets' ``;jsessionid=…``, PHP's
``;PHPSESSID=…``, ``;sid=…``, ``;sessionid=…``, ColdFusion's ``;CFID=…``): the visitor's, not
the page's, so a canonical URL drops it (the page answers without it: a new session
starts)."""


def canonicalize_url(url: str, article_segment: re.Pattern[str] | None = None) -> str:
    """Stable form of a URL for deduplication: lower-case scheme and host, no default port,
    no fragment, no tracking parameters, no session id in the path (``SESSION_PARAM``), no
    trailing slash on an article path (a last segment ``article_segment`` matches)."""
    try:
        raw = str(url).strip()
        parts = urlsplit(raw)
        scheme = parts.scheme.lower()
        userinfo, at, hostport = parts.netloc.rpartition("@")
        hostport = hostport.lower()
        default = _DEFAULT_PORTS.get(scheme)
        if default and hostport.endswith(default):
            hostport = hostport[: -len(default)]
        hostport = hostport.rstrip(":")
        netloc = f"{userinfo}{at}{hostport}"
        path = parts.path
        if ";" in path:
            path = SESSION_PARAM.sub("", path)
        if path.endswith("/") and article_segment is not None \
                and article_segment.fullmatch(_last_segment(path)):
            path = path.rstrip("/")
        if not path and netloc:
            path = "/"
        kept = [
            pair
            for pair in parts.query.split("&")
            if pair and not _TRACKING.fullmatch(unquote(pair.partition("=")[0]))
        ]
        return urlunsplit((scheme, netloc, path, "&".join(kept), ""))
    except (ValueError, TypeError):
        return url
