"""Fault injection for the ic24.kz mirror: the bad answers a real news site gives a crawler.

``serve(site, faults="all")`` or ``python -m kznews.mirror --faults all`` turns them on.
A SPEC is a comma list of items:

* ``all`` — every fault kind below at its default share, plus ``traps``;
  ``transient`` — only the kinds that fail the first attempts; ``none`` — nothing;
* ``KIND=SHARE`` — the share (0–1) of the site's article and listing URLs that get ``KIND``;
* ``traps`` — extra hostile links on listing page 1 and the endpoints behind them;
* ``seed=N`` (which URLs get which fault), ``fail=K`` (transient faults fail the first
  1..K attempts at a URL, default 2), ``retry_after=S`` (429's ``Retry-After``, default 1),
  ``slow_seconds=S`` (0.5), ``stall_seconds=S`` (1.0), ``canary=URL`` (another server the
  traps link to: a crawler that keeps to its host never contacts it).

Example: ``--faults "500=0.1,reset=0.05,429=0.05,traps,seed=3"``.

Kinds are assigned to the site's own pages (articles keyed by id, whatever the URL; listing
pages by page number) from a seeded shuffle, so a share always hits ``max(1, round(share * N))``
URLs and a run is reproducible. **Transient** kinds fail the first ``k`` (1..``fail``)
attempts at their URL, counted per URL, then the page is served normally — a crawler that
retries loses nothing. **Permanent** kinds serve the same content in a hostile form on every
attempt (its text is unchanged, so a correct crawler extracts the same article).
"""

from __future__ import annotations

import gzip
import random
import re
import socket
import struct
import threading
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from http.server import BaseHTTPRequestHandler

    from .site import Site

TRANSIENT = {
    "500": 0.04,  # 500 Internal Server Error
    "502": 0.03,  # 502 Bad Gateway
    "503": 0.03,  # 503 Service Unavailable
    "429": 0.04,  # 429 Too Many Requests with Retry-After
    "reset": 0.04,  # connection reset (RST) before any answer
    "truncate": 0.04,  # Content-Length larger than what is sent, then close
    "cut": 0.03,  # no Content-Length, half the body, then close
    "stall": 0.02,  # headers, then silence for stall_seconds, then close
    "empty": 0.03,  # 200 with an empty body
}
PERMANENT = {
    "slow": 0.03,  # the body trickles in over slow_seconds
    "redirect": 0.04,  # 301 -> 302 -> 307 chain before the page
    "mislabel": 0.04,  # cp1251 bytes, labelled UTF-8 in the header and <meta>
    "nocharset": 0.04,  # cp1251 bytes, no charset anywhere
    "unclosed": 0.04,  # optional end tags, </body> and </html> left out
    "gzip": 0.03,  # Content-Encoding: gzip
}
KINDS = {**TRANSIENT, **PERMANENT}
HOPS = 3  # redirect chain length
HOP_PARAM = "kzhop"
LOOP_PARAM = "kzloop"

# Trap article ids: far above the mirror's id range, never a real article.
TRAP_IDS = {
    "bomb": 9900001,  # gzip bomb: 64 MiB of spaces in ~64 KiB
    "huge": 9900002,  # 50 MB page with its Content-Length
    "stream": 9900003,  # 50 MB page, no Content-Length
    "loop": 9900004,  # redirect loop
    "away": 9900005,  # redirect to another host
    "closed": 9900006,  # in the section robots.txt forbids
    "gone": 9900007,  # 404
    "binary": 9900008,  # application/octet-stream
    "blank": 9900009,  # always an empty 200
    "broken": 9900010,  # always truncated
    "down": 9900011,  # always 503
}
CLOSED_SECTION = "/news/closed-"
VARIANT_ID = "u45694"  # a seed article, always on the site
HUGE_SIZE = 50 * 1000 * 1000
BOMB_SIZE = 64 * 1024 * 1024
CHUNK = 64 * 1024

_TRAP_PATH = re.compile(r"^/news/(?:[^/]*-)?u(99000\d\d)/?$")
_ARTICLE = re.compile(r"^/news/(?:[^/]*-)?u(\d+)/?$")
_OPTIONAL_END = re.compile(rb"</(p|li|td|tr|option)>", re.I)
_META_CHARSET = re.compile(rb'<meta charset="utf-8">\n?', re.I)


@dataclass(frozen=True)
class FaultSpec:
    """What to inject; build with :meth:`parse`."""

    shares: dict[str, float] = field(default_factory=dict)
    traps: bool = False
    seed: int = 0
    fail: int = 2
    retry_after: int = 1
    slow_seconds: float = 0.5
    stall_seconds: float = 1.0
    canary: str | None = None

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        shares: dict[str, float] = {}
        opts: dict[str, Any] = {}
        traps = False
        for raw in str(text).split(","):
            item = raw.strip().lower()
            if not item or item == "none":
                continue
            if item in ("all", "transient"):
                shares.update(KINDS if item == "all" else TRANSIENT)
                traps = traps or item == "all"
                continue
            if item == "traps":
                traps = True
                continue
            name, eq, value = item.partition("=")
            if name == "canary" and value:
                opts["canary"] = raw.strip().partition("=")[2].rstrip("/")
                continue
            if not eq:
                raise ValueError(f"fault spec item {raw.strip()!r} is not NAME=VALUE")
            try:
                if name in KINDS:
                    share = float(value)
                    if not 0 <= share <= 1:
                        raise ValueError
                    shares[name] = share
                elif name == "traps":
                    traps = value not in ("0", "no", "false")
                elif name in ("seed", "fail", "retry_after"):
                    opts[name] = int(value)
                    if opts[name] < (1 if name == "fail" else 0):
                        raise ValueError
                elif name in ("slow_seconds", "stall_seconds"):
                    opts[name] = float(value)
                    if opts[name] < 0:
                        raise ValueError
                else:
                    known = ", ".join(sorted(KINDS))
                    raise ValueError(f"unknown fault {name!r} (kinds: {known})")
            except ValueError as exc:
                if "unknown fault" in str(exc):
                    raise
                raise ValueError(f"bad value in fault spec item {raw.strip()!r}") from None
        if sum(shares.values()) > 1:
            raise ValueError("fault shares add up to more than 1")
        return cls(shares={k: v for k, v in shares.items() if v > 0}, traps=traps, **opts)


def url_key(path_with_query: str) -> str | None:
    """The fault key of a request path: ``/news/u<N>`` for any URL of an article (slug and
    query do not matter), ``/novosti?page=N`` for a listing page, None for anything else."""
    parts = urlsplit(path_with_query)
    path = parts.path
    m = _ARTICLE.match(path)
    if m:
        return f"/news/u{m.group(1)}"
    if path.rstrip("/") == "/novosti":
        page = parse_qs(parts.query).get("page", ["1"])[-1]
        return f"/novosti?page={page}"
    return None


@dataclass
class Hit:
    """One request the faults layer saw."""

    path: str
    host: str
    attempt: int
    fault: str  # "" when served normally


class Faults:
    """The fault plan of one served site, its per-URL attempt counters and request log."""

    def __init__(self, spec: FaultSpec | str, site: Site) -> None:
        self.spec = FaultSpec.parse(spec) if isinstance(spec, str) else spec
        self.site = site
        self.log: list[Hit] = []
        self.counts: Counter[str] = Counter()
        self._attempts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._bomb: bytes | None = None
        self.plan: dict[str, tuple[str, int]] = self._assign()

    def _assign(self) -> dict[str, tuple[str, int]]:
        """key -> (kind, k): k = failing attempts of a transient kind."""
        site = self.site
        keys = [url_key(site.plan(i).path) or "" for i in range(site.n)]
        keys += [f"/novosti?page={n}" for n in range(1, site.pages + 1)]
        rng = random.Random(f"kznews-faults/{self.spec.seed}")
        rng.shuffle(keys)
        plan: dict[str, tuple[str, int]] = {}
        pos = 0
        for kind in sorted(self.spec.shares):
            count = max(1, round(self.spec.shares[kind] * len(keys)))
            for key in keys[pos : pos + count]:
                plan[key] = (kind, rng.randint(1, self.spec.fail))
            pos += count
        return plan

    def keys_of(self, kind: str) -> list[str]:
        return sorted(k for k, (v, _) in self.plan.items() if v == kind)

    def close(self) -> None:
        self._stop.set()

    # -- answering ----------------------------------------------------------------------------

    def handle(self, handler: BaseHTTPRequestHandler, head: bool) -> bool:
        """Answer the request when a fault applies; False lets the mirror answer normally."""
        path = handler.path
        host = handler.headers.get("Host") or ""
        key = url_key(path)
        parts = urlsplit(path)
        query = parse_qs(parts.query)
        with self._lock:
            self._attempts[key or path] += 1
            attempt = self._attempts[key or path]
        fault = ""
        try:
            fault = self._answer(handler, head, path, parts.path, query, key, attempt)
        finally:
            with self._lock:
                self.log.append(Hit(path, host, attempt, fault))
                if fault:
                    self.counts[fault] += 1
        return bool(fault)

    def _answer(self, h: BaseHTTPRequestHandler, head: bool, path: str, bare: str,
                query: dict[str, list[str]], key: str | None, attempt: int) -> str:
        spec = self.spec
        if spec.traps:
            trap = self._trap(h, head, path, bare, query, attempt)
            if trap:
                return trap
        if HOP_PARAM in query:
            hop = int(query[HOP_PARAM][-1]) if query[HOP_PARAM][-1].isdigit() else HOPS
            if hop < HOPS:
                self._redirect(h, (302, 307)[hop % 2], _with_param(path, HOP_PARAM, hop + 1))
                return "redirect"
            return ""
        if key is None or key not in self.plan:
            return ""
        kind, k = self.plan[key]
        if kind in TRANSIENT:
            if attempt > k:
                return ""
            self._transient(h, head, kind, path)
            return kind
        if kind == "redirect":
            self._redirect(h, 301, _with_param(path, HOP_PARAM, 1))
            return kind
        status, headers, body = self._render(h, path)
        if status != 200:
            return ""
        headers, body = self._mangle(kind, headers, body)
        self._send(h, head, status, headers, body, slow=kind == "slow")
        return kind

    def _render(self, h: BaseHTTPRequestHandler, path: str
                ) -> tuple[int, dict[str, str], bytes]:
        host = h.headers.get("Host") or "127.0.0.1"
        return self.site.render(path, base=f"http://{host}", headers={})

    def _mangle(self, kind: str, headers: dict[str, str], body: bytes
                ) -> tuple[dict[str, str], bytes]:
        headers = dict(headers)
        if kind in ("mislabel", "nocharset"):
            text = body.decode("utf-8")
            body = text.encode("cp1251", errors="xmlcharrefreplace")
            if kind == "nocharset":
                headers["Content-Type"] = "text/html"
                body = _META_CHARSET.sub(b"", body, count=1)
        elif kind == "unclosed":
            body = _OPTIONAL_END.sub(b"", body)
            body = body.replace(b"</body>", b"").replace(b"</html>", b"").rstrip() + b"\n"
        elif kind == "gzip":
            body = gzip.compress(body, mtime=0)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
        return headers, body

    def _transient(self, h: BaseHTTPRequestHandler, head: bool, kind: str, path: str) -> None:
        if kind in ("500", "502", "503", "429"):
            headers = {"Content-Type": "text/html; charset=utf-8"}
            if kind == "429":
                headers["Retry-After"] = str(self.spec.retry_after)
            body = f"<html><body><h1>{kind}</h1></body></html>\n".encode()
            self._send(h, head, int(kind), headers, body)
        elif kind == "reset":
            _reset(h)
        elif kind == "empty":
            self._send(h, head, 200, {"Content-Type": "text/html; charset=utf-8"}, b"")
        else:
            status, headers, body = self._render(h, path)
            h.close_connection = True
            h.send_response(status)
            for name, value in headers.items():
                if kind == "cut" and name == "Content-Length":
                    continue
                h.send_header(name, value)
            if kind == "cut":
                h.send_header("Connection", "close")
            h.end_headers()
            if kind == "stall":
                h.wfile.flush()
                self._stop.wait(self.spec.stall_seconds)
                return
            h.wfile.write(body[: len(body) // 2])

    def _send(self, h: BaseHTTPRequestHandler, head: bool, status: int,
              headers: dict[str, str], body: bytes, slow: bool = False) -> None:
        h.send_response(status)
        headers = {**headers, "Content-Length": str(len(body))}
        for name, value in headers.items():
            h.send_header(name, value)
        h.end_headers()
        if head:
            return
        if not slow:
            h.wfile.write(body)
            return
        pieces = 8
        step = max(1, len(body) // pieces)
        for start in range(0, len(body), step):
            h.wfile.write(body[start : start + step])
            h.wfile.flush()
            if self._stop.wait(self.spec.slow_seconds / pieces):
                return

    def _redirect(self, h: BaseHTTPRequestHandler, status: int, location: str) -> None:
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    # -- traps --------------------------------------------------------------------------------

    def trap_links(self, port: int) -> list[str]:
        """The hostile links injected at the end of listing page 1."""
        site = self.site
        vid = VARIANT_ID
        real = site.plan(site.index_of(vid) or 0).path
        links = [f"/news/{name}-story-u{num}" for name, num in TRAP_IDS.items()]
        links[list(TRAP_IDS).index("closed")] = f"{CLOSED_SECTION}story-u{TRAP_IDS['closed']}"
        links += [
            # the same article under many URL variants
            f"/news/{vid}", f"/news/another-slug-{vid}", f"{real}/", f"{real}?utm_source=trap",
            f"{real}#comments", f"/news/{vid}?utm_medium=x&utm_campaign=y",
            f"HTTP://127.0.0.1:{port}{real}",
            # endless pagination and calendars
            f"/novosti?page={site.pages + 1}", "/novosti?date=2021-04-16",
            "/novosti/?year=2021&month=4", "/novosti?page=2&day=16",
            "/novosti/2021/04/16/", "/calendar/2021-04-16/", "/novosti?sort=date&page=3",
            # offsite and other hosts
            f"http://offsite.invalid/news/x-u{TRAP_IDS['gone'] + 20}",
            "//offsite.invalid/novosti?page=2", f"https://127.0.0.1:{port}/novosti?page=2",
            f"http://127.0.0.2:{port}/news/x-{vid}", f"http://localhost:{port}{real}",
            # non-http schemes
            "javascript:void(0)", f"javascript:location.href='/news/js-u{TRAP_IDS['gone'] + 21}'",
            f"mailto:info@ic24.kz?subject=/news/u{TRAP_IDS['gone'] + 22}",
            f"data:text/html,<a href=/news/u{TRAP_IDS['gone'] + 23}>x</a>",
            "tel:+77272000000", f"ftp://127.0.0.1:{port}/news/ftp-u{TRAP_IDS['gone'] + 24}",
        ]
        if self.spec.canary:
            links += [f"{self.spec.canary}{real}", f"{self.spec.canary}/novosti?page=2"]
        return links

    def _trap(self, h: BaseHTTPRequestHandler, head: bool, path: str, bare: str,
              query: dict[str, list[str]], attempt: int) -> str:
        site = self.site
        if bare == "/robots.txt":
            status, headers, body = self._render(h, path)
            body += f"Disallow: {CLOSED_SECTION}\n".encode()
            self._send(h, head, status, headers, body)
            return "robots"
        if bare.rstrip("/") == "/novosti":
            raw = query.get("page", ["1"])[-1]
            page = int(raw) if raw.isdigit() else 0
            if page == 1 and set(query) <= {"page"}:
                kind, k = self.plan.get("/novosti?page=1", ("", 0))
                if kind in TRANSIENT and attempt <= k:
                    return ""  # let the transient fault of page 1 happen first
                status, headers, body = self._render(h, path)
                address: Any = h.server.server_address
                port = int(address[1])
                block = "".join(f'<li><a href="{_attr(x)}">{_attr(x)}</a></li>'
                                for x in self.trap_links(port))
                body = body.replace(b"</body>", f'<ul class="links">{block}</ul>\n</body>'
                                    .encode(), 1)
                self._send(h, head, status, headers, body)
                return "traps"
            if page > site.pages:  # endless pagination: the last page again, and a next
                status, headers, body = self._render(h, f"/novosti?page={site.pages}")
                more = (f'<a class="next" href="/novosti?page={page + 1}">»</a>'
                        f'<a href="/novosti?page={page + 2}">{page + 2}</a></body>')
                body = body.replace(b"</body>", more.encode(), 1)
                self._send(h, head, status, headers, body)
                return "endless"
            return ""
        m = _TRAP_PATH.match(bare)
        if not m:
            return ""
        name = {v: k for k, v in TRAP_IDS.items()}.get(int(m.group(1)))
        html = {"Content-Type": "text/html; charset=utf-8"}
        if name == "bomb":
            self._send(h, head, 200, {**html, "Content-Encoding": "gzip"}, self.bomb())
        elif name in ("huge", "stream"):
            h.close_connection = True
            h.send_response(200)
            h.send_header("Content-Type", html["Content-Type"])
            if name == "huge":
                h.send_header("Content-Length", str(HUGE_SIZE))
            else:
                h.send_header("Connection", "close")
            h.end_headers()
            if not head:
                chunk = b"<p>" + b"x" * (CHUNK - 8) + b"</p>\n\n"
                try:
                    for _ in range(HUGE_SIZE // len(chunk)):
                        h.wfile.write(chunk)
                        if self._stop.is_set():
                            break
                except OSError:
                    pass
        elif name == "loop":
            n = int(query.get(LOOP_PARAM, ["0"])[-1] or 0)
            self._redirect(h, 302, f"{bare}?{LOOP_PARAM}={(n + 1) % 2}")
        elif name == "away":
            self._redirect(h, 302, f"http://offsite.invalid/news/x-u{TRAP_IDS['away']}")
        elif name == "binary":
            self._send(h, head, 200, {"Content-Type": "application/octet-stream"},
                       bytes(range(256)) * 64)
        elif name == "blank":
            self._send(h, head, 200, html, b"")
        elif name == "broken":
            status, headers, body = self._render(h, site.plan(0).path)
            h.close_connection = True
            h.send_response(200)
            h.send_header("Content-Type", html["Content-Type"])
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[: len(body) // 3])
        elif name == "down":
            self._send(h, head, 503, html, b"<html><body>down</body></html>")
        else:  # gone, closed (only reached by a crawler that ignores robots.txt)
            status, headers, body = self.site.render("/no-such-page")
            self._send(h, head, status, headers, body)
        return f"trap:{name}"

    def bomb(self) -> bytes:
        if self._bomb is None:
            comp = zlib.compressobj(9, zlib.DEFLATED, 31)
            block = b" " * (1024 * 1024)
            out = [comp.compress(b"<html><body>")]
            out += [comp.compress(block) for _ in range(BOMB_SIZE // len(block))]
            out.append(comp.flush())
            self._bomb = b"".join(out)
        return self._bomb


def _with_param(path: str, name: str, value: int) -> str:
    parts = urlsplit(path)
    query = "&".join(x for x in parts.query.split("&") if x and not x.startswith(name + "="))
    query = f"{query}&{name}={value}" if query else f"{name}={value}"
    return f"{parts.path}?{query}"


def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;"))


def _reset(h: BaseHTTPRequestHandler) -> None:
    """Close the connection with a TCP RST and no answer."""
    h.close_connection = True
    sock: socket.socket = h.connection
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.rfile.close()
        sock.close()
    except OSError:
        pass
