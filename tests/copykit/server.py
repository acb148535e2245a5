"""A real HTTP server for a copy of the outlet: 127.0.0.1, a free port, a request log.

Also the quiet threaded server the mirror-backed tests share (``serve_answers``).

The copy supplies one function, ``route(target, host) -> (status, headers, body)`` where
``target`` is the request's path with its query and ``host`` the request's Host header.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import pytest

Route = Callable[[str, str], tuple[int, dict[str, str], bytes]]


class CopyHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the server's route (with a Content-Length) and logs them."""

    server_version = "nginx"
    sys_version = ""
    server: LoggingServer

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

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass  # the request log below replaces stderr noise


class LoggingServer(ThreadingHTTPServer):
    """A copy's route on a free loopback port with ``handler``, keeping a request log."""

    daemon_threads = True

    def __init__(self, route: Route,
                 handler: type[BaseHTTPRequestHandler] = CopyHandler) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.route = route
        self.log: list[tuple[str, str, int]] = []
        self.lock = threading.Lock()

    def record(self, method: str, target: str, status: int) -> None:
        """Log one answered request as (method, target, status)."""
        with self.lock:
            self.log.append((method, target, status))


class CopyServer:
    """``with CopyServer(site.route) as srv: srv.url`` — serves from a daemon thread.

    A copy with its own wire behaviour names its ``handler`` (and ``server_class``)."""

    handler: type[BaseHTTPRequestHandler] = CopyHandler
    server_class: type[LoggingServer] = LoggingServer

    def __init__(self, route: Route) -> None:
        self._route = route
        self._httpd: LoggingServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> CopyServer:
        self._httpd = self.server_class(self._route, self.handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        """(method, target, status) of every request answered so far."""
        assert self._httpd is not None, "server not started"
        with self._httpd.lock:
            return list(self._httpd.log)

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> CopyServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    """One GET as the server answered it: redirects and errors are returned, not followed."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, dict(err.headers), err.read()


def served(route: Route) -> Callable[[], Iterator[str]]:
    """A module-scoped ``base_url`` fixture: the copy served for the module's tests."""

    @pytest.fixture(scope="module")
    def base_url() -> Iterator[str]:
        with CopyServer(route) as srv:
            yield srv.url

    return base_url


# (target, request headers, base URL) -> (status, headers, body); a body given as a list of
# parts is sent part by part, each flushed, a callable part called (to wait) in between
Body = bytes | list[bytes | Callable[[], None]]
Answer = Callable[[str, dict[str, str], str], tuple[int, dict[str, str], Body]]


def answering(answer: Answer) -> type[BaseHTTPRequestHandler]:
    """A keep-alive handler sending ``answer``'s headers as given (a 304 without its body)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            host = self.headers.get("Host") or "127.0.0.1"
            status, headers, body = answer(self.path, dict(self.headers.items()),
                                           f"http://{host}")
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            if status == 304:
                return
            for part in [body] if isinstance(body, bytes) else body:
                if isinstance(part, bytes):
                    self.wfile.write(part)
                    self.wfile.flush()
                else:
                    part()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
            pass

    return Handler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a crawler hanging up on a kept-alive connection is no error


def serve_quietly(handler: type[BaseHTTPRequestHandler]) -> QuietServer:
    """``handler`` on a free loopback port, served from a thread (shut it down after)."""
    httpd = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    return httpd
