"""An index of WARC files: which capture answers a URL, and its bytes.

:func:`scan` reads every record header of the files once (payloads are not kept) and notes
where each ``response``, ``revisit`` and ``conversion`` record starts. :class:`ArchiveIndex`
keeps the captures of one copy of the outlet (its host, with or without ``www.``, either
scheme) and picks one per URL: the latest ``200`` (a revisit counts as the response it refers
to), else the latest answer of another status (a redirect, a 404 …); a ``304`` is never
picked, it has no page. Revisits are resolved by ``WARC-Refers-To``, then by
``WARC-Refers-To-Target-URI`` + ``WARC-Refers-To-Date``, then by payload digest.

Any WARC with per-record (or no) compression works: ours, Heritrix', Common Crawl's, the
Wayback Machine's. A file whose end is cut off (a crawl killed mid-write, a partial download)
is read up to its last whole record.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.timeutils import iso_date_to_datetime

from kznews.archive.paths import ArchiveError, host_key, url_key


KINDS = ("response", "revisit", "conversion")
# Body framing the index undoes before Scrapy sees a body: de-chunked, decompressed.
FRAMING = ("transfer-encoding", "content-length")
READ_ERRORS = (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error)


@dataclass(frozen=True)
class Capture:
    file: str
    offset: int
    kind: str
    url: str
    when: float
    status: int
    record_id: str
    digest: str | None = None
    refers_to: str | None = None
    refers_uri: str | None = None
    refers_date: float | None = None

    @property
    def key(self) -> str:
        return url_key(self.url)


@dataclass
class Scan:
    """Every capture in a set of files, and what their ``warcinfo`` records say."""

    files: tuple[str, ...]
    captures: list[Capture] = field(default_factory=list)
    base_urls: list[str] = field(default_factory=list)
    cut_off: list[str] = field(default_factory=list)
    problems: dict[str, str] = field(default_factory=dict)  # cut-off file -> why
    ends: dict[str, int] = field(default_factory=dict)  # file -> end of its last whole record
    foreign: list[str] = field(default_factory=list)  # files that are no WARC (or ARC) at all
    one_stream: list[str] = field(default_factory=list)  # gzip as one stream: not read


def _when(value: str | None) -> float:
    try:
        return iso_date_to_datetime(value, tz_aware=True).timestamp() if value else 0.0
    except (ValueError, TypeError):
        return 0.0


def _capture(path: str, offset: int, record: ArcWarcRecord) -> Capture | None:
    head = record.rec_headers
    url = head.get_header("WARC-Target-URI") or ""
    if not url.startswith(("http://", "https://")):
        return None
    status = 0
    if record.http_headers is not None and record.rec_type != "conversion":
        try:
            status = int(record.http_headers.get_statuscode() or 0)
        except ValueError:
            status = 0
    return Capture(path, offset, record.rec_type, url, _when(head.get_header("WARC-Date")),
                   status, head.get_header("WARC-Record-ID") or f"{path}#{offset}",
                   head.get_header("WARC-Payload-Digest"), head.get_header("WARC-Refers-To"),
                   head.get_header("WARC-Refers-To-Target-URI"),
                   _when(head.get_header("WARC-Refers-To-Date")) or None)


def _warcinfo_base(record: ArcWarcRecord) -> str | None:
    for line in record.content_stream().read().decode("utf-8", "replace").splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "kznews-base-url" and value.strip():
            return value.strip()
    return None


def looks_like_warc(path: str) -> bool:
    """The file starts as a WARC (or ARC) record does, plain or gzip-compressed: an HTML page,
    a feed or any other file named as an archive is never read (or cut) as a damaged one."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://"))


def scan_file(path: str, out: Scan) -> None:
    if not looks_like_warc(path):
        if os.path.getsize(path):
            out.foreign.append(path)
        return  # an empty file (a crawl killed as it opened it) holds nothing
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle, check_digests=False)
        try:
            for record in records:
                if record.format == "warc" and (
                        not record.rec_type
                        or not (record.rec_headers.get_header("Content-Length") or "").strip()):
                    # a header cut off before its blank line: warcio yields what it read
                    raise EOFError("the last record's header ends early")
                base = _warcinfo_base(record) if record.rec_type == "warcinfo" else None
                # the offset is known once the record is read to its end
                offset = records.get_record_offset()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise EOFError("the last record ends early")
                inflating = records.reader.decompressor
                if inflating is not None and not getattr(inflating, "eof", True):
                    if records.reader.read(1):  # the member goes on past the record
                        raise _OneStream
                    # every byte of the record inflated, the end of its gzip member is cut
                    raise EOFError("the last record's gzip member ends early")
                out.ends[path] = offset + records.get_record_length()
                capture = _capture(path, offset, record) if record.rec_type in KINDS else None
                if capture is not None:
                    out.captures.append(capture)
                if base:
                    out.base_urls.append(base)
        except (*READ_ERRORS, AttributeError, _OneStream) as exc:
            if isinstance(exc, _OneStream) or "non-chunked gzip" in str(exc):
                # (warcio's word for it, once the stream's first record is read)
                out.one_stream.append(path)
                out.captures = [c for c in out.captures if c.file != path]
                out.ends.pop(path, None)
                return
            # (warcio raises AttributeError on a header cut off before its WARC-Target-URI)
            # reported by whoever reads the scan (logging may not be set up yet here)
            out.cut_off.append(path)
            out.problems[path] = ("the last record's header ends early"
                                  if isinstance(exc, AttributeError) or not str(exc)
                                  else str(exc).splitlines()[0])
            return
    left = _left_over(path, out.ends.get(path, 0))
    if left:  # warcio stops silently at a gzip member or record cut off in its first bytes
        out.cut_off.append(path)
        out.problems[path] = f"{left} bytes after the last whole record are no whole record"


class _OneStream(Exception):
    """A gzip-compressed WARC whose first gzip member holds more than one record."""


def one_stream_hint(path: str) -> str:
    return (f"{path} is compressed as one gzip stream, not one gzip member per record "
            f"(what lets a reader seek to a record): `warcio recompress {path} "
            f"FIXED.warc.gz` writes a copy kznews reads")


def _left_over(path: str, end: int) -> int:
    """Bytes of ``path`` after ``end`` (the end of its last whole record) other than the
    blank lines that close an uncompressed WARC's last record."""
    with open(path, "rb") as handle:
        handle.seek(end)
        tail = handle.read()
    return len(tail) if tail.strip(b"\r\n") else 0


def repair(path: str) -> int | None:
    """Cut a file whose end is cut off back to its last whole record (what a crawl killed in
    the middle of a write leaves); returns the bytes removed, None when it was whole."""
    found = Scan((path,))
    scan_file(path, found)
    if found.foreign:
        raise ArchiveError(f"{path} is not a WARC file: left as it is")
    if found.one_stream:
        raise ArchiveError(one_stream_hint(path) + "; left as it is")
    if not found.cut_off:
        return None
    size = Path(path).stat().st_size
    end = found.ends.get(path, 0)
    if end:  # the blank lines that close an uncompressed record belong to it
        with open(path, "rb") as handle:
            handle.seek(end)
            closing = handle.read(4)
        end += len(closing) - len(closing.lstrip(b"\r\n"))
    os.truncate(path, end)
    return size - end


def _signature(files: Iterable[str]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for name in files:
        stat = Path(name).stat()
        out.append((name, stat.st_size, stat.st_mtime_ns))
    return tuple(out)


def scan(files: Iterable[str]) -> Scan:
    """The captures of ``files`` (cached per process while the files are unchanged: the
    spider's arguments and the replay share one pass over the archive)."""
    return _scan(_signature(files))


@lru_cache(maxsize=4)
def _scan(signature: tuple[tuple[str, int, int], ...]) -> Scan:
    out = Scan(tuple(name for name, _, _ in signature))
    for name, _, _ in signature:
        scan_file(name, out)
    return out


def check(files: Iterable[str]) -> Scan:
    """The scan of ``files``; an :class:`ArchiveError` when they hold no capture at all."""
    found = scan(files)
    if not found.captures:
        names = ", ".join(Path(f).name for f in found.files[:3])
        more = f" and {len(found.files) - 3} more" if len(found.files) > 3 else ""
        why = ""
        if found.foreign == list(found.files):
            why = " (not a WARC file)" if len(found.files) == 1 else " (no WARC files)"
        elif found.one_stream:
            raise ArchiveError(f"warc: no readable WARC record: {one_stream_hint(found.one_stream[0])}")
        raise ArchiveError(f"warc: no WARC response record in {names}{more}{why}")
    return found


def base_url_of(files: Iterable[str]) -> str:
    """The crawled copy of the outlet an archive holds: the base URL its ``warcinfo`` names,
    else the most common scheme and host of its 200 responses."""
    found = scan(files)
    if found.base_urls:
        return Counter(found.base_urls).most_common(1)[0][0]
    hosts = Counter(c.url.split("/", 3)[0] + "//" + c.url.split("/", 3)[2]
                    for c in found.captures if c.kind == "response" and c.status == 200)
    if not hosts:
        raise ArchiveError("warc: the archive holds no 200 response; pass base_url")
    return hosts.most_common(1)[0][0].lower()


# ---------------------------------------------------------------------- the index
@dataclass
class Page:
    """A capture as Scrapy gets it: status, headers and the decoded body."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    capture: Capture
    rendered: bool = False


class ArchiveIndex:
    """The captures of one host in a :class:`Scan`, one chosen per URL."""

    def __init__(self, found: Scan, base_url: str) -> None:
        self.host = host_key(base_url)
        self.files = found.files
        self.cut_off = list(found.cut_off)
        self.problems = dict(found.problems)
        self.counts: Counter[str] = Counter()
        self.pages: dict[str, Capture] = {}
        self.rendered: dict[str, Capture] = {}
        self.sources: dict[str, Capture] = {}  # revisit record id -> the response it means
        self._handles: dict[str, IO[bytes]] = {}
        self._build(found.captures)

    def _build(self, captures: list[Capture]) -> None:
        by_id = {c.record_id: c for c in captures if c.kind == "response"}
        # (URL, second): tools write WARC-Refers-To-Date with or without fractions
        by_uri = {(c.key, int(c.when)): c for c in captures if c.kind == "response"}
        by_digest: dict[str, Capture] = {}
        for c in captures:
            if c.kind == "response" and c.digest:
                by_digest.setdefault(c.digest, c)
        candidates: dict[str, list[tuple[tuple[int, float, int], Capture]]] = {}
        for order, c in enumerate(captures):
            if host_key(c.url) != self.host:
                self.counts["other_host"] += 1
                continue
            self.counts["captures"] += 1
            if c.kind == "conversion":
                old = self.rendered.get(c.key)
                if old is None or c.when >= old.when:
                    self.rendered[c.key] = c
                continue
            status = c.status
            if c.kind == "revisit":
                source = (by_id.get(c.refers_to or "")
                          or by_uri.get((url_key(c.refers_uri or ""), int(c.refers_date or 0)))
                          or by_digest.get(c.digest or ""))
                if source is None:
                    self.counts["revisit_unresolved"] += 1
                    continue
                self.sources[c.record_id] = source
                status = status if status not in (0, 304) else source.status
                c = replace(c, status=status)
            if status == 304:
                self.counts["not_modified"] += 1
                continue
            rank = (1 if status == 200 else 0, c.when, order)
            candidates.setdefault(c.key, []).append((rank, c))
        for key, ranked in candidates.items():
            self.pages[key] = max(ranked, key=lambda pair: pair[0])[1]
        self.counts["urls"] = len(self.pages)

    # ------------------------------------------------------------------ lookups
    def lookup(self, url: str, rendered: bool = False) -> Capture | None:
        return (self.rendered if rendered else self.pages).get(url_key(url))

    def load(self, capture: Capture) -> Page:
        """Status, headers and body of a capture; the body de-chunked and decompressed (and
        the headers saying so). Raises one of READ_ERRORS on a damaged record."""
        record = self._read(capture)
        if capture.kind == "conversion":
            kind = record.rec_headers.get_header("Content-Type") or "text/html"
            body = record.content_stream().read()
            return Page(200, [("Content-Type", kind)], body, capture, rendered=True)
        headers_from = record
        if capture.kind == "revisit":
            source = self._read(self.sources[capture.record_id])
            own = record.http_headers
            headers_from = record if own is not None and own.get_statuscode() != "304" \
                else source
            record = source
        body = record.content_stream().read()
        decoded = _decoded_encoding(record)
        http_headers = headers_from.http_headers
        status = capture.status or 200
        headers = [(k, v) for k, v in (http_headers.headers if http_headers else [])
                   if k.lower() not in FRAMING
                   and not (decoded and k.lower() == "content-encoding")]
        headers.append(("Content-Length", str(len(body))))
        return Page(status, headers, body, capture)

    def _read(self, capture: Capture) -> ArcWarcRecord:
        handle = self._handles.get(capture.file)
        if handle is None:
            handle = self._handles[capture.file] = open(capture.file, "rb")  # noqa: SIM115
        handle.seek(capture.offset)
        return next(iter(ArchiveIterator(handle, check_digests=False)))

    def close(self) -> None:
        for handle in self._handles.values():
            handle.close()
        self._handles.clear()


def _decoded_encoding(record: ArcWarcRecord) -> bool:
    """Whether warcio's content stream decompressed this record's body."""
    if record.http_headers is None:
        return False
    encoding = (record.http_headers.get_header("content-encoding") or "").lower()
    return bool(encoding) and encoding in BufferedReader.get_supported_decompressors()


def describe(capture: Capture) -> dict[str, Any]:
    return {"url": capture.url, "kind": capture.kind, "status": capture.status,
            "file": capture.file, "offset": capture.offset, "record_id": capture.record_id}
