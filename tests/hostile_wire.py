"""A real HTTP server on 127.0.0.1 that misbehaves below HTTP's rules: lying Content-Length
and Content-Encoding, truncated and corrupt compressed bodies, bodies that drip or never end,
resets after the headers, contradicting headers.

``WireServer(route)`` serves on a port of its own; ``route(path, head)`` maps a request
path (query included; ``head`` is the raw request line and headers) to a ``Reply``: raw
status, header lines and body, and how to send them. Every request path is logged in
``requests``. Each connection is closed after one answer unless the reply says
``keep_alive``.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

Route = Callable[[str, bytes], "Reply | None"]


@dataclass
class Reply:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    # Content-Length to announce: None = the body's length, -1 = none (close-delimited)
    length: int | None = None
    # after the headers: "send" the body, "drip" it forever (one byte per drip_seconds),
    # "endless" (a chunked body that never ends), "reset" (RST after the headers)
    mode: str = "send"
    drip_seconds: float = 0.2
    keep_alive: bool = False


def html_reply(body: bytes, **kw: object) -> Reply:
    return Reply(headers=[("Content-Type", "text/html; charset=utf-8")], body=body, **kw)  # type: ignore[arg-type]


class WireServer:
    """``url``, ``port``, ``requests`` (request paths in order), ``close()``."""

    def __init__(self, route: Route) -> None:
        self.route = route
        self.requests: list[str] = []
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="wire-server")
        self._thread.start()
        self._ready.wait(10)
        self.url = f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port: int = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        # stopped by close(): end the connections still open (a drip, an endless body)
        self._server.close()
        tasks = asyncio.all_tasks(self._loop)
        for task in tasks:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        self._loop.run_until_complete(self._server.wait_closed())
        self._loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b"\r\n", 1)[0].split(b" ")[1].decode("latin-1")
                self.requests.append(path)
                reply = self.route(path, head) or Reply(404, [("Content-Type", "text/html")],
                                                  b"<html><body>404</body></html>")
                await self._send(reply, writer)
                if not reply.keep_alive:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _send(self, reply: Reply, writer: asyncio.StreamWriter) -> None:
        lines = [f"HTTP/1.1 {reply.status} X"]
        lines += [f"{name}: {value}" for name, value in reply.headers]
        if reply.mode == "endless":
            lines.append("Transfer-Encoding: chunked")
        elif reply.length != -1:
            length = len(reply.body) if reply.length is None else reply.length
            lines.append(f"Content-Length: {length}")
        lines.append("Connection: " + ("keep-alive" if reply.keep_alive else "close"))
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        await writer.drain()
        if reply.mode == "reset":
            writer.transport.abort()  # RST: no body, no orderly close
            return
        if reply.mode == "drip":
            for byte in reply.body:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(reply.drip_seconds)
            return
        if reply.mode == "endless":
            chunk = b"<p>" + b"x" * 8000 + b"</p>\n"
            frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            while True:
                writer.write(frame)
                await writer.drain()
        writer.write(reply.body)
        await writer.drain()

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def __enter__(self) -> WireServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
