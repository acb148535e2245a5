"""Serve the third copy of ic24.kz on 127.0.0.1 (a free port) from a daemon thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import site


class _Handler(BaseHTTPRequestHandler):
    server_version = "nginx"
    sys_version = ""

    def _answer(self, with_body: bool) -> None:
        host = self.headers.get("Host") or "127.0.0.1"
        status, headers, body = site.respond(self.path, host)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(with_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass


def start() -> tuple[str, Callable[[], None]]:
    """Start the server; return its base URL and a function that stops it."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="thirdsite", daemon=True)
    thread.start()
    host, port = httpd.server_address[:2]

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

    return f"http://{host!s}:{port}", stop
