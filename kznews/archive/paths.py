"""Where archive files are: a spider argument's path (a file, a directory or a glob) as files,
and the key under which a URL is looked up in an archive."""

from __future__ import annotations

import glob
from pathlib import Path
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url

SUFFIXES = (".warc", ".warc.gz")
# What a crawler names a file it is still writing (Heritrix, and tools modelled on it): read
# up to its last whole record like a cut-off file, never cut back (its writer goes on).
OPEN_SUFFIXES = tuple(f"{suffix}.open" for suffix in SUFFIXES)


class ArchiveError(ValueError):
    """An archive path or file a user got wrong; the message is the one line they see."""


def is_warc(path: Path) -> bool:
    return path.is_file() and path.name.lower().endswith(SUFFIXES + OPEN_SUFFIXES)


def is_open(name: str) -> bool:
    """Whether the file is named as one its crawler is still writing (``*.warc.gz.open``)."""
    return name.lower().endswith(OPEN_SUFFIXES)


def resolve(spec: str) -> tuple[str, ...]:
    """The WARC files ``spec`` names, sorted: the file itself, every ``*.warc``/``*.warc.gz``
    (or ``….open``, still being written) under a directory, or the files a glob matches."""
    spec = spec.strip()
    if not spec:
        raise ArchiveError("warc must name a WARC file, a directory or a glob")
    path = Path(spec).expanduser()
    if path.is_file():
        return (str(path.absolute()),)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if is_warc(p))
        if not found:
            raise ArchiveError(f"warc: no *.warc or *.warc.gz file under {spec!r}")
        return tuple(str(p.absolute()) for p in found)
    if glob.has_magic(spec):
        matched = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
        files = [p for p in matched if p.is_file()]
        if not files:
            raise ArchiveError(f"warc: no file matches {spec!r}")
        return tuple(str(p.absolute()) for p in files)
    raise ArchiveError(f"warc: no such file or directory: {spec!r}")


def host_key(url: str) -> str:
    """``host[:port]`` of ``url`` as the store names a copy of the outlet: without ``www.``
    and without the scheme's default port (so http/https and www. captures all match)."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    host = (parts.hostname or "").removeprefix("www.")
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if port in (None, default) else f"{host}:{port}"


def url_key(url: str) -> str:
    """Lookup key of a URL: host key + canonical path and query (percent-encoding, query
    order and fragments no longer tell two captures of one page apart)."""
    try:
        canonical = canonicalize_url(url.strip())
    except ValueError:
        canonical = url.strip()
    parts = urlsplit(canonical)
    query = f"?{parts.query}" if parts.query else ""
    return f"{host_key(canonical)}{parts.path or '/'}{query}"
