"""The copy served over HTTP with the ``Date`` header its router names (one per page).

``http.server`` stamps every answer with the current time; relative stamps on this copy's
pages are read against the ``Date`` the page was served with, so the router's value replaces
the clock's.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.copykit.server import answering, serve_quietly
from tests.twentyninthsite.site import route


def _answer(target: str, headers: dict[str, str], base: str) -> tuple[int, dict[str, str], bytes]:
    status, out, body = route(target, base.removeprefix("http://"))
    return status, {**out, "Content-Length": str(len(body))}, body


class _Handler(answering(_answer)):  # type: ignore[misc]
    def send_response(self, code: int, message: str | None = None) -> None:
        self.send_response_only(code, message)  # no Date of the clock: the router sends one
        self.send_header("Server", "nginx")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    httpd = serve_quietly(_Handler)
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
