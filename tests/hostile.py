"""A real HTTP server on 127.0.0.1 whose answers a test scripts, for hostile-server tests.

``HostileServer(answer)`` calls ``answer(path, port)`` for every GET; it returns
``(status, headers, body)``. Every request path is logged in ``requests``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

Answer = tuple[int, dict[str, str], bytes]
Responder = Callable[[str, int], Answer]
HTML = {"Content-Type": "text/html; charset=utf-8"}
ROBOTS: Answer = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n")
NOT_FOUND: Answer = (404, HTML, b"<html><body><h1>404</h1></body></html>")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    respond: Responder
    record: Callable[[str], None]

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up (or speaking TLS to plain HTTP) is not a test failure


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.server.record(self.path)
        status, headers, body = self.server.respond(self.path, self.server.server_address[1])
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class HostileServer:
    """``url``, ``port``, ``requests`` (paths asked for, in order), ``close()``."""

    def __init__(self, respond: Responder) -> None:
        self.requests: list[str] = []
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.respond = respond
        self._httpd.record = self._record
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def _record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def redirect(status: int, location: str) -> Answer:
    return status, {"Location": location}, b""


def article_html(num: int, related: list[int]) -> bytes:
    """An article page of the outlet's plain template: headline, date, three paragraphs
    naming ``num`` (each page's text is its own), and a related block linking ``related``."""
    paras = "".join(
        f"<p>{lead} Материал номер {num}, абзац {k}: жители города обсуждают новые правила "
        f"благоустройства дворов и сроки ремонта дорог в микрорайоне {num % 97 + k}.</p>\n"
        for k, lead in enumerate(("Алматы. 16 апреля. Центр информации -", "Кроме того,",
                                  "Как отметили в акимате,")))
    links = "".join(f'<div class="item"><a href="/news/story-u{r}">Связанная новость {r} о '
                    f"городе</a></div>\n" for r in related)
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
            f"<title>Новость {num} о благоустройстве</title></head><body>\n"
            f'<div class="news"><h1>Новость {num} о благоустройстве дворов</h1>\n'
            f'<div class="news-info"><span class="date">16.04.2021 10:{num % 60:02d}</span>'
            f'</div>\n<div class="news-text">\n{paras}</div></div>\n'
            f'<div class="last-news"><div class="last-news__title">Последние новости</div>\n'
            f"{links}</div>\n</body></html>\n").encode()


def listing_html(nums: list[int], extra: str = "") -> bytes:
    items = "".join(f'<div class="item"><a href="/news/story-u{n}">Новость {n} о '
                    f'благоустройстве дворов</a> <span>16.04.2021</span></div>\n' for n in nums)
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>Новости'
            f"</title></head><body>\n<div class=\"news-list\">\n{items}</div>\n{extra}"
            f"</body></html>\n").encode()
