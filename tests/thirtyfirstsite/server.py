"""The copy's HTTP server, which is also the crawl's HTTP(S) proxy: a request for the live
outlet (``https://ic24.kz/…``, ``http://www.ic24.kz/…``) reaches it instead of the internet,
is refused and is logged, so a test can tell which offsite links the crawl followed.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from tests.copykit.server import Route


class _Handler(BaseHTTPRequestHandler):
    server_version = "nginx"
    sys_version = ""
    server: _Server

    def _answer(self, with_body: bool) -> None:
        host = self.headers.get("Host") or "127.0.0.1"
        status, headers, body = self.server.route(self.path, host)
        self.server.record(self.command, self.path, status)
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

    def do_CONNECT(self) -> None:  # noqa: N802 - an https:// request through the proxy
        self.server.record(self.command, self.path, 403)
        self.send_error(403, "offsite request refused")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, route: Route) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.route = route
        self.log: list[tuple[str, str, int]] = []
        self.lock = threading.Lock()

    def record(self, method: str, target: str, status: int) -> None:
        with self.lock:
            self.log.append((method, target, status))


class ProxyingServer:
    """``with ProxyingServer(site.route) as srv:`` ``srv.url``, ``srv.proxy_env()``,
    ``srv.requests``."""

    def __init__(self, route: Route) -> None:
        self._httpd = _Server(route)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def proxy_env(self) -> dict[str, str]:
        """Environment making this server the proxy of every host but the loopback."""
        return {"http_proxy": self.url, "https_proxy": self.url,
                "no_proxy": "127.0.0.1,localhost"}

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        """(method, target, status) of every request answered so far."""
        with self._httpd.lock:
            return list(self._httpd.log)

    def __enter__(self) -> ProxyingServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
