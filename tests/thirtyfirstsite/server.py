"""The copy's HTTP server, which is also the crawl's HTTP(S) proxy: a request for the live
outlet (``https://ic24.kz/…``, ``http://www.ic24.kz/…``) reaches it instead of the internet,
is refused and is logged, so a test can tell which offsite links the crawl followed.
"""

from __future__ import annotations

from tests.copykit.server import CopyHandler, CopyServer, LoggingServer


class _Handler(CopyHandler):
    server: LoggingServer

    def do_CONNECT(self) -> None:  # noqa: N802 - an https:// request through the proxy
        self.server.record(self.command, self.path, 403)
        self.send_error(403, "offsite request refused")


class ProxyingServer(CopyServer):
    """``with ProxyingServer(site.route) as srv:`` ``srv.url``, ``srv.proxy_env()``,
    ``srv.requests``."""

    handler = _Handler

    def proxy_env(self) -> dict[str, str]:
        """Environment making this server the proxy of every host but the loopback."""
        return {"http_proxy": self.url, "https_proxy": self.url,
                "no_proxy": "127.0.0.1,localhost"}
