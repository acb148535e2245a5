"""HTTP server of the ic24.kz mirror (stdlib ThreadingHTTPServer, one daemon thread)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from .faults import Faults, FaultSpec
from .site import Site


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], site: Site, record: Any,
                 faults: Faults | None = None) -> None:
        self.site = site
        self.record = record
        self.faults = faults
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # clients hanging up mid-answer are normal for a crawler target; stay quiet
        pass


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""
    timeout = 30

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def _answer(self, head: bool) -> None:
        self.server.record(self.path)
        # fault injection (kznews.mirror.faults): answers the request itself when a fault applies
        if self.server.faults is not None and self.server.faults.handle(self, head):
            return
        addr = self.server.server_address
        host = self.headers.get("Host") or f"{addr[0]!s}:{addr[1]}"
        status, headers, body = self.server.site.render(
            self.path, base=f"http://{host}", headers=dict(self.headers.items())
        )
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class MirrorServer:
    """A running mirror: ``url``, ``port``, ``requests`` (paths served, in order), ``close()``."""

    def __init__(self, site: Site, host: str = "127.0.0.1", port: int = 0,
                 faults: str | FaultSpec | Faults | None = None) -> None:
        self.site = site
        self.requests: list[str] = []
        self._lock = threading.Lock()
        if faults is not None and not isinstance(faults, Faults):
            faults = Faults(faults, site)
        self.faults: Faults | None = faults
        self._httpd = _HTTPServer((host, port), site, self._record, faults)
        self.host = host
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="kznews-mirror",
            daemon=True,
        )
        self._thread.start()
        self._closed = False

    def replace_site(self, site: Site) -> None:
        """Serve another build of the outlet on the same address (e.g. ``mutate=3``), as the
        live outlet changes under a scheduled crawl."""
        self.site = site
        self._httpd.site = site

    def _record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.faults is not None:
            self.faults.close()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MirrorServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def serve(site: Site, host: str = "127.0.0.1", port: int = 0,
          faults: str | FaultSpec | Faults | None = None) -> MirrorServer:
    """Serve ``site`` in a daemon thread; returns at once. ``faults``: a fault SPEC (see
    :mod:`kznews.mirror.faults`) to serve it with injected faults."""
    return MirrorServer(site, host=host, port=port, faults=faults)
