"""Content-Encoding read as a misconfigured server sends it.

:class:`DecodingMiddleware` replaces Scrapy's HttpCompressionMiddleware (590) and keeps its
limits (``DOWNLOAD_MAXSIZE`` during decompression, the ``httpcompression/*`` stats), with
three differences that each kept an article out of the feed or put a cut one into it:

* a gzip or deflate stream that ends before its end marker (the body was cut in transit, or
  the server gave up) is no longer taken for the whole page: the response is flagged
  ``partial`` and ``truncated`` (``httpcompression/truncated``), so the retry middleware
  fetches it again and never accepts it as confirmed;
* a body labelled with an encoding it is not in, that reads as plain markup (``gzip`` on a
  plain HTML page, ``gzip, gzip`` on a page gzipped once), is used as it came
  (``httpcompression/encoding_ignored``, logged once per encoding) instead of failing;
* a body that is neither decodable nor plain fails with one clear reason, ``BadEncodingError``
  (``drop/download/BadEncodingError``), instead of a library's bare ``error``.
"""

from __future__ import annotations

import logging
import zlib
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils._compression import _DecompressionMaxSizeExceeded

logger = logging.getLogger(__name__)

CHUNK = 64 * 1024
GZIP_WBITS = 31
ZLIB_WBITS = 15
RAW_DEFLATE_WBITS = -15
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class BadEncodingError(IgnoreRequest):
    """A body that its Content-Encoding cannot decode and that is not plain markup either."""


class TruncatedStreamError(Exception):
    """A compressed stream that ended before its end marker; ``output`` is what it held."""

    def __init__(self, output: bytes) -> None:
        super().__init__("compressed stream cut before its end")
        self.output = output


def looks_plain(body: bytes) -> bool:
    """Markup as it is (HTML, XML, a feed): what a mislabelled body starts with."""
    head = body[:1024].lstrip()
    for bom in BOMS:
        if head.startswith(bom):
            head = head[len(bom):].lstrip()
    return head.startswith(b"<")


def _inflate_stream(data: bytes, wbits: int, max_size: int, out: bytearray) -> bytes:
    """Inflate one stream into ``out``; return the bytes after it. Raises TruncatedStreamError
    when the data ends before the stream does."""
    stream = zlib.decompressobj(wbits)
    pending = data
    while True:
        chunk = stream.decompress(pending, CHUNK)
        out += chunk
        if max_size and len(out) > max_size:
            raise _DecompressionMaxSizeExceeded(len(out), max_size)
        pending = stream.unconsumed_tail
        if stream.eof:
            return stream.unused_data
        if not pending and not chunk:  # all input read, no output left, no end marker
            raise TruncatedStreamError(bytes(out))


def inflate(data: bytes, wbits: int, max_size: int) -> bytes:
    """Every gzip member (``wbits`` 31) or the zlib / raw deflate stream of ``data``."""
    out = bytearray()
    rest = _inflate_stream(data, wbits, max_size, out)
    while wbits == GZIP_WBITS and rest.strip(b"\0"):  # concatenated members; NUL padding
        rest = _inflate_stream(rest, wbits, max_size, out)
    return bytes(out)


def _inflate_deflate(body: bytes, max_size: int) -> bytes:
    # "deflate" is meant to be zlib-wrapped, and servers send raw deflate as often
    try:
        return inflate(body, ZLIB_WBITS, max_size)
    except zlib.error:
        return inflate(body, RAW_DEFLATE_WBITS, max_size)


class DecodingMiddleware(HttpCompressionMiddleware):
    """HttpCompressionMiddleware with cut, mislabelled and corrupt bodies told apart."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._logged: set[bytes] = set()
        self._truncated = False

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        self._truncated = False
        result = super().process_response(request, response)
        if self._truncated and isinstance(result, Response):
            self._inc("httpcompression/truncated")
            logger.info("compressed body of %s cut before its end: fetched again", response.url)
            result.flags += ["partial", "truncated"]
        return result

    def _inc(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def _handle_encoding(self, body: bytes, content_encoding: list[bytes], max_size: int
                         ) -> tuple[bytes, list[bytes]]:
        # "identity" is no coding (a server echoing Accept-Encoding's word): Scrapy took it for
        # an unknown one, warned, and left every layer under it undecoded (`gzip, identity`:
        # a gzip body parsed as bytes, the article lost)
        layers = [layer for layer in (part.strip().lower() for value in content_encoding
                                      for part in value.split(b","))
                  if layer and layer != b"identity"]
        to_decode, to_keep = self._split_encodings(layers)
        for encoding in to_decode:
            body = self._decode_layer(body, encoding, max_size)
        return body, to_keep

    def _decode_layer(self, body: bytes, encoding: bytes, max_size: int) -> bytes:
        try:
            if encoding in {b"gzip", b"x-gzip"}:
                return inflate(body, GZIP_WBITS, max_size)
            if encoding == b"deflate":
                return _inflate_deflate(body, max_size)
            return self._decode(body, encoding, max_size)
        except _DecompressionMaxSizeExceeded:
            raise
        except TruncatedStreamError as cut:
            self._truncated = True
            return cut.output
        except Exception as exc:  # zlib.error, brotli.error, zstd errors, OSError, EOFError
            if looks_plain(body):
                self._inc("httpcompression/encoding_ignored")
                if encoding not in self._logged:
                    self._logged.add(encoding)
                    logger.warning("a body labelled Content-Encoding: %s is plain markup: read "
                                   "as it came (further ones counted, "
                                   "httpcompression/encoding_ignored)", encoding.decode())
                return body
            raise BadEncodingError(f"body not decodable as {encoding.decode()}: "
                                   f"{type(exc).__name__}: {exc}") from exc
