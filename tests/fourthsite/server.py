"""Serve the hostile copy of ic24.kz on 127.0.0.1 for kznews tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from tests.fourthsite import site


class _Handler(BaseHTTPRequestHandler):
    server_version = "nginx"
    sys_version = ""

    def _respond(self, with_body: bool) -> None:
        parts = urlsplit(self.path)
        status, body, ctype = site.render(parts.path, parts.query)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(True)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def start() -> tuple[str, Callable[[], None]]:
    """Start the copy in a daemon thread; return its base URL and a function stopping it."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="fourthsite", daemon=True)
    thread.start()
    host, port = httpd.server_address[:2]

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

    return f"http://{host!s}:{port}", stop
