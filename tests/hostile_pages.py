"""Hostile article pages for the rendering tests: the mirror with extra markup on chosen
pages, and a canary listener on another port that counts every connection it gets."""

from __future__ import annotations

import socket
import threading
from typing import Any

from kznews.mirror import MirrorServer, Site
from kznews.sites.centerinform.outlet import article_id


class Canary:
    """A TCP listener on 127.0.0.1 (its own port): every connection is counted with the first
    line it sent (an HTTP request line, a WebSocket upgrade, or nothing at all). It answers none.

    ``dual_stack`` listens on IPv6 and IPv4 at once, so ``localhost`` resolving to ``::1`` is
    caught as well."""

    def __init__(self, dual_stack: bool = False) -> None:
        if dual_stack:
            self.sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
            self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            self.sock.bind(("::", 0))
        else:
            self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port: int = self.sock.getsockname()[1]
        self.origin = f"127.0.0.1:{self.port}"
        self.url = f"http://{self.origin}"
        self.hits: list[str] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True, name="canary")
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(2)
            try:
                first = conn.recv(300).split(b"\r\n", 1)[0].decode("latin-1")
            except OSError:
                first = ""
            conn.close()
            with self._lock:
                self.hits.append(first or "(connection, no request)")

    def close(self) -> None:
        self.sock.close()


class Injected:
    """The mirror's site, with ``extra`` markup put before ``</body>`` of chosen article pages
    (article id -> markup) and ``replace`` pairs applied to them (article id -> [(old, new)])."""

    def __init__(self, site: Site, extra: dict[str, str] | None = None,
                 replace: dict[str, list[tuple[str, str]]] | None = None) -> None:
        self.site = site
        self.extra = extra or {}
        self.replace = replace or {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.site, name)

    def render(self, path_with_query: str, *, base: str = "https://ic24.kz",
               headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        status, out, body = self.site.render(path_with_query, base=base, headers=headers)
        aid = article_id(path_with_query.split("?")[0]) if "/news/" in path_with_query else None
        if status != 200 or aid is None or (aid not in self.extra and aid not in self.replace):
            return status, out, body
        text = body.decode("utf-8")
        for old, new in self.replace.get(aid, []):
            assert old in text, f"{aid}: {old!r} not in the page"
            text = text.replace(old, new)
        text = text.replace("</body>", self.extra.get(aid, "") + "</body>", 1)
        body = text.encode("utf-8")
        return status, {**out, "Content-Length": str(len(body))}, body


def serve_injected(site: Injected) -> MirrorServer:
    return MirrorServer(site)  # type: ignore[arg-type]  # quacks like a Site
