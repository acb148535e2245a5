"""Serve the independent copy of ic24.kz on 127.0.0.1 for kznews tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.othersite import site


class _Handler(BaseHTTPRequestHandler):
    server_version = "nginx"
    sys_version = ""

    def _answer(self, with_body: bool) -> None:
        host = self.headers.get("Host") or "127.0.0.1"
        status, headers, body = site.route(self.path, f"http://{host}")
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def start() -> tuple[str, Callable[[], None]]:
    """Start the server in a daemon thread; return its base URL and a stop function."""
    site.build()  # build once, before the first request
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="othersite", daemon=True)
    thread.start()
    port = httpd.server_address[1]

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

    return f"http://127.0.0.1:{port}", stop


if __name__ == "__main__":
    import time

    url, _stop = start()
    print(f"Serving {url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        _stop()
