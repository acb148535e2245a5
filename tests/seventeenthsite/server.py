"""The seventeenth copy's own HTTP/1.1 server: chunked bodies where the router asks for them
(``X-Copy-Chunked``), keep-alive, and HEAD refused with 405 as some IIS setups do.

It keeps ``CopyServer``'s interface (``url``, ``requests``, ``stop``), so tests use it the same
way; ``calm_route`` is the router without its one-off failures and gzip, for in-memory readers.
"""

from __future__ import annotations

import gzip
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.copykit.catalogue import Response
from tests.copykit.server import CopyServer, LoggingServer, Route
from tests.seventeenthsite import site

CHUNK = 700


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-IIS/10.0"
    sys_version = ""
    server: LoggingServer

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        host = self.headers.get("Host") or "127.0.0.1"
        status, headers, body = self.server.route(self.path, host)
        self.server.record("GET", self.path, status)
        headers = dict(headers)
        chunked = headers.pop("X-Copy-Chunked", None) is not None
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if not chunked:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for start in range(0, len(body), CHUNK):
            piece = body[start : start + CHUNK]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        self.wfile.write(b"0\r\n\r\n")

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self.server.record("HEAD", self.path, 405)
        self.send_response(405)
        self.send_header("Allow", "GET")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass


class _Server(LoggingServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up on a kept-alive connection is no error


class Server(CopyServer):
    """``with Server() as srv: srv.url`` — the copy on a free loopback port."""

    handler = _Handler
    server_class = _Server

    def __init__(self, route: Route = site.route) -> None:
        super().__init__(route)


def calm_route(target: str, host: str) -> Response:
    """The router as a patient client sees it: a one-off 503/429 retried, gzip undone."""
    status, headers, body = site.route(target, host)
    if status in (429, 503):
        status, headers, body = site.route(target, host)
    headers = {k: v for k, v in headers.items() if k not in ("Content-Encoding", "X-Copy-Chunked")}
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    return status, headers, body
