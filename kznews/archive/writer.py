"""The crawl's web archive: every response fetched, kept as WARC/1.1 under KZNEWS_ARCHIVE_DIR.

:class:`ArchiveMiddleware` sits right after the download handler (order 960: its
``process_response`` runs before any other middleware's), so it sees the body as the server
sent it, still gzip-encoded when the server compressed it, and every response the crawl got:
robots.txt, listing and article pages, redirects, errors that are retried later, 304s.

Each fetch becomes a ``request`` and a ``response`` record (the request's
``WARC-Concurrent-To`` names the response). A page rendered by the browser
(:mod:`kznews.render`) becomes a ``conversion`` record of the rendered DOM: scrapy-playwright
hands over the DOM, not the bytes chromium received, so the record refers
(``WARC-Refers-To``) to the static response of the same URL fetched earlier in the run, when
there was one (``render=auto``), and to nothing under ``render=always``.

:class:`WarcFileWriter` writes each record as its own gzip member and each request/response
pair with one ``write()`` on an unbuffered file, so a crawl killed at any moment leaves every
file readable up to its last whole record. Files rotate once they reach
``KZNEWS_ARCHIVE_MAX_BYTES``; each starts with a ``warcinfo`` record (crawler, version, spider
arguments) and is named ``kznews-<UTC start>-<pid>-<serial>.warc.gz``, created exclusively,
so two runs never write into one file.
"""

from __future__ import annotations

import http
import io
import json
import logging
import os
import socket
from collections import Counter, OrderedDict
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response, TextResponse
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kznews.archive.version import software
from kznews.robots import REUSED

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
# Hop-by-hop framing: the body is stored de-chunked, so the header would lie about it.
FRAMING = {"transfer-encoding"}
RECENT = 5000  # static response record ids kept for the conversion records that follow


class WarcFileWriter:
    """Appends records to rotating ``.warc.gz`` files in ``directory``."""

    def __init__(self, directory: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
                 info: dict[str, str] | None = None, prefix: str = "kznews") -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max(1, max_bytes)
        self.info = info or {}
        self.prefix = prefix
        self.stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
        self.serial = 0
        self.fd: int | None = None
        self.size = 0
        self.files: list[Path] = []
        self.records = 0
        self.bytes = 0
        self.builder = WARCWriter(io.BytesIO(), gzip=True, warc_version="1.1")

    # ------------------------------------------------------------------ records
    def request_response(self, request: ArcWarcRecord, response: ArcWarcRecord) -> None:
        buffer = io.BytesIO()
        self.builder.out = buffer
        self.builder.write_request_response_pair(request, response)
        self._append(buffer.getvalue(), 2)

    def record(self, record: ArcWarcRecord) -> None:
        buffer = io.BytesIO()
        self.builder.out = buffer
        self.builder.write_record(record)
        self._append(buffer.getvalue(), 1)

    def http_record(self, kind: str, url: str, http_headers: StatusAndHeaders, payload: bytes,
                    warc_headers: dict[str, str] | None = None) -> ArcWarcRecord:
        return self.builder.create_warc_record(
            url, kind, payload=io.BytesIO(payload), length=len(payload),
            http_headers=http_headers, warc_headers_dict=warc_headers or {})

    # ------------------------------------------------------------------ files
    def _open(self) -> None:
        while True:
            self.serial += 1
            path = self.directory / f"{self.prefix}-{self.stamp}-{os.getpid()}-" \
                                    f"{self.serial:05d}.warc.gz"
            try:
                self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND,
                                  0o644)
            except FileExistsError:
                continue
            break
        self.size = 0
        buffer = io.BytesIO()
        self.builder.out = buffer
        self.builder.write_record(self.builder.create_warcinfo_record(path.name, self.info))
        try:
            self._write(buffer.getvalue(), 1)
        except OSError:  # every file starts with its warcinfo: no file rather than one without
            if self.fd is not None:
                os.close(self.fd)
                self.fd = None
            path.unlink(missing_ok=True)
            raise
        self.files.append(path)

    def _append(self, data: bytes, records: int) -> None:
        if self.fd is None:
            self._open()
        self._write(data, records)
        if self.size >= self.max_bytes:
            self.close()

    def _write(self, data: bytes, records: int) -> None:
        """Write whole records or nothing: a write that fails part-way (a full disk) is cut
        back off the file, so the records after it (once there is room again) follow a whole
        one; a file that cannot be cut back is closed and left to ``kznews archive repair``,
        and the next record starts a new file."""
        assert self.fd is not None
        start = self.size
        try:
            self._write_all(data)
        except OSError:
            try:
                os.ftruncate(self.fd, start)  # the file is this writer's alone (O_EXCL)
            except OSError:
                os.close(self.fd)
                self.fd = None
            raise
        self.size += len(data)
        self.bytes += len(data)
        self.records += records

    def _write_all(self, data: bytes) -> None:
        assert self.fd is not None
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]

    def close(self) -> None:
        if self.fd is not None:
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = None


# ---------------------------------------------------------------------- HTTP messages
def request_headers(request: Request) -> StatusAndHeaders:
    parts = urlsplit(request.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = [(k.decode("latin-1"), v.decode("latin-1"))
               for k, values in request.headers.items() for v in values]
    if not any(k.lower() == "host" for k, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    return StatusAndHeaders(f"{request.method} {target} HTTP/1.1", headers,
                            protocol="", is_http_request=True)


def response_headers(response: Response) -> StatusAndHeaders:
    """The response's status line and headers, true to the stored (de-chunked) body."""
    headers = []
    for key, values in response.headers.items():
        name = key.decode("latin-1")
        if name.lower() in FRAMING:
            continue
        for value in values:
            text = value.decode("latin-1")
            if name.lower() == "content-length" and text.strip() != str(len(response.body)):
                text = str(len(response.body))
            headers.append((name, text))
    try:
        reason = http.HTTPStatus(response.status).phrase
    except ValueError:
        reason = "Unknown"
    protocol = getattr(response, "protocol", None) or "HTTP/1.1"
    return StatusAndHeaders(f"{response.status} {reason}", headers, protocol=protocol)


def warcinfo(crawler: Crawler) -> dict[str, str]:
    """The ``warcinfo`` fields: who wrote the archive, how, and the crawl's arguments."""
    spider = crawler.spider
    args = getattr(spider, "args", None)
    arguments = {} if args is None else {k: _plain(v) for k, v in asdict(args).items()}
    settings = crawler.settings
    return {
        "software": software(),
        "format": "WARC File Format 1.1",
        "conformsTo": "https://iipc.github.io/warc-specifications/specifications/"
                      "warc-format/warc-1.1/",
        "hostname": socket.gethostname(),
        "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        "http-header-user-agent": str(settings.get("USER_AGENT") or ""),
        "isPartOf": str(getattr(spider, "run_id", "") or ""),
        "kznews-spider": str(getattr(spider, "name", "") or ""),
        "kznews-base-url": str(getattr(spider, "base_url", "") or ""),
        "kznews-arguments": json.dumps(arguments, ensure_ascii=False, sort_keys=True),
        "kznews-render": str(settings.get("KZNEWS_RENDER_MODE") or
                             settings.get("KZNEWS_RENDER") or ""),
    }


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


# ---------------------------------------------------------------------- the middleware
class ArchiveMiddleware:
    """Downloader middleware writing the crawl's WARC files (off unless KZNEWS_ARCHIVE_DIR).

    Stats: ``archive/records``, ``archive/bytes``, ``archive/files``, ``archive/rendered``
    (conversion records), ``archive/write_failed`` (responses not archived: each kind of
    error logged once, the sum at the end; the ``archive`` monitor fails the run)."""

    def __init__(self, crawler: Crawler, writer: WarcFileWriter) -> None:
        self.crawler = crawler
        self.writer = writer
        self.recent: OrderedDict[str, str] = OrderedDict()
        self.failures: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        directory = crawler.settings.get("KZNEWS_ARCHIVE_DIR")
        if not directory:
            raise NotConfigured  # no message: Scrapy would log it as a warning
        if getattr(getattr(crawler.spider, "args", None), "warc", ()):
            logger.info("archive: not written during a replay of an archive")
            raise NotConfigured
        max_bytes = crawler.settings.getint("KZNEWS_ARCHIVE_MAX_BYTES", DEFAULT_MAX_BYTES)
        writer = WarcFileWriter(Path(directory).absolute(), max_bytes, warcinfo(crawler))
        mw = cls(crawler, writer)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        logger.info("archive: every response written as WARC to %s", writer.directory)
        return mw

    def process_response(self, request: Request, response: Response) -> Response:
        if urlsplit(request.url).scheme not in {"http", "https"} or REUSED in response.flags:
            return response  # a reused answer was written when it was downloaded
        try:
            if "playwright" in response.flags:
                self._conversion(response)
            else:
                self._exchange(request, response)
        except OSError as exc:
            self._inc("archive/write_failed")
            kind = exc.strerror or type(exc).__name__
            if not self.failures[kind]:
                logger.error("archive: could not write %s: %s (the response is not archived; "
                             "the crawl goes on, and further ones are counted in "
                             "archive/write_failed)", response.url, exc)
            self.failures[kind] += 1
        return response

    def _exchange(self, request: Request, response: Response) -> None:
        writer = self.writer
        now = _warc_date()
        extra = {"WARC-Date": now}
        if response.ip_address is not None:
            extra["WARC-IP-Address"] = str(response.ip_address)
        record = writer.http_record("response", response.url, response_headers(response),
                                    response.body, extra)
        req = writer.http_record("request", response.url, request_headers(request), b"",
                                 {"WARC-Date": now})
        writer.request_response(req, record)
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        self.recent[response.url] = record_id
        self.recent.move_to_end(response.url)
        while len(self.recent) > RECENT:
            self.recent.popitem(last=False)
        self._count(2)

    def _conversion(self, response: Response) -> None:
        encoding = response.encoding if isinstance(response, TextResponse) else "utf-8"
        extra = {"WARC-Date": _warc_date()}
        original = self.recent.get(response.url)
        if original is not None:
            extra["WARC-Refers-To"] = original
        record = self.writer.builder.create_warc_record(
            response.url, "conversion", payload=io.BytesIO(response.body),
            length=len(response.body), warc_content_type=f"text/html; charset={encoding}",
            warc_headers_dict=extra)
        self.writer.record(record)
        self._inc("archive/rendered")
        self._count(1)

    def _count(self, records: int) -> None:
        self._inc("archive/records", records)
        stats = self.crawler.stats
        if stats is not None:
            stats.set_value("archive/bytes", self.writer.bytes)
            stats.set_value("archive/files", len(self.writer.files))

    def _inc(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)

    def spider_closed(self) -> None:
        try:
            self.writer.close()
        except OSError as exc:
            self._inc("archive/write_failed")
            self.failures[exc.strerror or type(exc).__name__] += 1
            logger.error("archive: could not close %s: %s", self.writer.directory, exc)
        if self.failures:
            logger.warning("archive: %d response(s) not archived (%s); the archive holds whole "
                           "records only", sum(self.failures.values()),
                           ", ".join(f"{k}: {v}" for k, v in self.failures.most_common()))
        if self.writer.files:
            logger.info("archive: %d records, %.1f MB in %d file(s) under %s",
                        self.writer.records, self.writer.bytes / 1e6, len(self.writer.files),
                        self.writer.directory)


def _warc_date() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
