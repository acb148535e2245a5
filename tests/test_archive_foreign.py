"""Archives written by other tools (Common Crawl, the Wayback Machine, Heritrix …) replay too:
gzip- and chunk-encoded payloads, cp1251 pages, revisit records, several captures of one URL,
records of other hosts. Built here with warcio, as such a tool would write them."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kznews.archive.index import ArchiveIndex, scan
from kznews.archive.replay import ReplayMiddleware
from kznews.archive.writer import ArchiveMiddleware, WarcFileWriter
from kznews.mirror import build_site
from kznews.sites.centerinform_listing import parse_listing
from tests.test_archive import replay

BASE = "https://ic24.kz"


class Archive:
    def __init__(self, path: Path) -> None:
        self.handle = path.open("wb")
        self.writer = WARCWriter(self.handle, gzip=True, warc_version="1.0")

    def response(self, url: str, body: bytes, when: str, status: str = "200 OK",
                 headers: list[tuple[str, str]] | None = None) -> Any:
        http = StatusAndHeaders(status, headers or [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                length=len(body), http_headers=http,
                                                warc_headers_dict={"WARC-Date": when})
        self.writer.write_record(record)
        return record

    def revisit(self, url: str, when: str, digest: str | None,
                refers: tuple[str, str] | None) -> None:
        """By payload digest, or (no digest) a server-not-modified revisit of a 304."""
        status = "200 OK" if digest else "304 Not Modified"
        http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        profile = "identical-payload-digest" if digest else "server-not-modified"
        extra = {"WARC-Date": when,
                 "WARC-Profile": f"http://netpreserve.org/warc/1.0/revisit/{profile}"}
        if digest:
            extra["WARC-Payload-Digest"] = digest
        if refers:
            extra |= {"WARC-Refers-To-Target-URI": refers[0], "WARC-Refers-To-Date": refers[1]}
        self.writer.write_record(self.writer.create_warc_record(
            url, "revisit", http_headers=http, warc_headers_dict=extra))

    def close(self) -> None:
        self.handle.close()


def chunked(body: bytes, size: int = 1000) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
             for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


@pytest.fixture(scope="module")
def foreign(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    site = build_site(articles=60, seed=1)
    truth = {a["id"]: a for a in site.articles}
    _, _, listing = site.render("/novosti", base=BASE)
    entries, _ = parse_listing(listing.decode("utf-8"), BASE + "/novosti")
    pages = {e.id: site.render(truth[e.id]["path"], base=BASE)[2] for e in entries[:7]}
    ids = list(pages)
    path = tmp_path_factory.mktemp("foreign") / "crawl-00000.warc.gz"
    out = Archive(path)
    html = [("Content-Type", "text/html; charset=utf-8")]
    out.response(BASE + "/robots.txt", b"User-agent: *\nDisallow: /admin/\n",
                 "2024-05-01T00:00:00Z", headers=[("Content-Type", "text/plain")])
    out.response("https://example.org/novosti", b"<html>other</html>", "2024-05-01T00:00:01Z")
    out.response(BASE + "/novosti", chunked(listing), "2024-05-01T00:00:02Z",
                 headers=html + [("Transfer-Encoding", "chunked")])
    a, b, c, d, e, f, g = (truth[i] for i in ids)
    out.response(BASE + a["path"], gzip.compress(pages[a["id"]]), "2024-05-01T00:00:03Z",
                 headers=html + [("Content-Encoding", "gzip")])
    cp1251 = pages[b["id"]].decode("utf-8").replace('charset="utf-8"', 'charset="windows-1251"')
    out.response(BASE + b["path"], cp1251.encode("cp1251", "xmlcharrefreplace"),
                 "2024-05-01T00:00:04Z",
                 headers=[("Content-Type", "text/html; charset=windows-1251")])
    gz = gzip.compress(pages[c["id"]])
    out.response(BASE + c["path"], chunked(gz, 700), "2024-05-01T00:00:05Z",
                 headers=html + [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])
    # d: only a 304 revisit at its URL, pointing (URI + date) at a capture under another URL
    out.response(BASE + d["path"] + "?utm_source=feed", pages[d["id"]],
                 "2024-04-01T00:00:00.250Z")
    out.revisit(BASE + d["path"], "2024-05-01T00:00:06Z", None,
                (BASE + d["path"] + "?utm_source=feed", "2024-04-01T00:00:00Z"))
    # e: an old capture with another title, the right one, then a 503: the latest 200 wins
    old = pages[e["id"]].replace(e["title"].encode(), b"Old headline of yesterday")
    out.response(BASE + e["path"], old, "2024-03-01T00:00:00Z")
    out.response(BASE + e["path"], pages[e["id"]], "2024-05-01T00:00:07Z")
    out.response(BASE + e["path"], b"busy", "2024-06-01T00:00:00Z", status="503 Busy")
    # f: captured under www.; g: a revisit found by its payload digest alone
    out.response("https://www." + BASE[8:] + f["path"], pages[f["id"]], "2024-05-01T00:00:08Z")
    twin = out.response("https://mirror.example.net" + g["path"], pages[g["id"]],
                        "2024-04-02T00:00:00Z")
    out.revisit(BASE + g["path"], "2024-05-01T00:00:09Z",
                twin.rec_headers.get_header("WARC-Payload-Digest"), None)
    out.close()
    return {"path": path, "expected": [a, b, c, d, e, f, g], "listed": len(entries)}


def test_a_foreign_archive_replays(foreign: dict[str, Any], tmp_path: Path) -> None:
    # base_url from the archive (https://ic24.kz): with no http(s) handler at all, as a guard
    # that nothing could reach the outlet if the replay let a request through
    result = replay(tmp_path, foreign["path"], "-a", "max_pages=1", "-a", "render=never",
                    settings={"DOWNLOAD_HANDLERS": '{"http": null, "https": null}'})
    assert result.returncode == 0, result.stderr[-3000:]
    items = {item["id"]: item for item in result.items}
    for truth in foreign["expected"]:
        assert truth["id"] in items, truth["id"]
        assert items[truth["id"]]["title"] == truth["title"]
        assert items[truth["id"]]["body"] == truth["body"]
    assert set(items) == {t["id"] for t in foreign["expected"]}
    stats = result.report()["stats"]
    assert stats["archive/other_host"] == 2  # example.org, mirror.example.net
    assert stats["archive/missing"] >= foreign["listed"] - 7
    assert all(item["url"].startswith(BASE + "/news/") for item in result.items)
    assert "NotSupported" not in result.stderr


def test_the_index_picks_the_latest_200_and_decodes_payloads(foreign: dict[str, Any]) -> None:
    index = ArchiveIndex(scan([str(foreign["path"])]), BASE)
    try:
        e = foreign["expected"][4]
        capture = index.lookup(BASE + e["path"])
        assert capture is not None and capture.status == 200
        page = index.load(capture)
        assert e["title"].encode() in page.body and b"Old headline" not in page.body
        c = index.load(index.lookup(BASE + foreign["expected"][2]["path"]))  # type: ignore[arg-type]
        names = {k.lower() for k, _ in c.headers}
        assert "content-encoding" not in names and "transfer-encoding" not in names
        assert c.body.rstrip().endswith(b"</html>")
        assert index.lookup("http://ic24.kz/novosti") is not None  # either scheme
    finally:
        index.close()


# ---------------------------------------------------------------------- in-process units
def _stats() -> Any:
    values: dict[str, int] = {}
    return SimpleNamespace(values=values,
                           inc_value=lambda k, n=1: values.__setitem__(k, values.get(k, 0) + n),
                           set_value=values.__setitem__)


def test_gzip_bytes_are_kept_and_a_rendered_dom_refers_to_them(tmp_path: Path) -> None:
    url = BASE + "/news/test-u100"
    page = b"<html><body><h1>T</h1><p>" + "Текст".encode() * 50 + b"</p></body></html>"
    crawler = SimpleNamespace(stats=_stats())
    mw = ArchiveMiddleware(crawler, WarcFileWriter(tmp_path, info={"kznews-base-url": BASE}))  # type: ignore[arg-type]
    request = Request(url, headers={"Accept-Encoding": "gzip"})
    static = HtmlResponse(url, body=gzip.compress(page), request=request,
                          headers={"Content-Encoding": "gzip", "Transfer-Encoding": "chunked",
                                   "Content-Type": "text/html; charset=utf-8"})
    mw.process_response(request, static)
    rendered = HtmlResponse(url, body=page.replace(b"<h1>T", b"<h1>Rendered"),
                            encoding="utf-8", flags=["playwright"], request=request)
    mw.process_response(request, rendered)
    mw.spider_closed()
    files = sorted(tmp_path.glob("kznews-*.warc.gz"))
    found = scan(map(str, files))
    kinds = {c.kind: c for c in found.captures}
    assert set(kinds) == {"response", "conversion"}
    assert kinds["conversion"].refers_to == kinds["response"].record_id
    raw = files[0].read_bytes()
    assert re.search(rb"Content-Encoding: gzip", gzip.decompress(raw))
    index = ArchiveIndex(found, BASE)
    replayer = ReplayMiddleware(SimpleNamespace(stats=_stats()), index)  # type: ignore[arg-type]
    try:
        static_back = replayer.process_request(Request(url))
        shown = replayer.process_request(Request(url, meta={"playwright": True}))
    finally:
        index.close()
    assert static_back is not None and static_back.body == page
    assert b"Content-Encoding" not in static_back.headers
    assert shown is not None and "playwright" in shown.flags and b"Rendered" in shown.body
    assert crawler.stats.values["archive/rendered"] == 1


def test_304s_are_never_served_and_redirects_are(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    out = Archive(path)
    page = b"<html><body><p>page</p></body></html>"
    out.response(BASE + "/news/a-u1", page, "2024-01-01T00:00:00Z")
    out.response(BASE + "/news/a-u1", b"", "2024-02-01T00:00:00Z", status="304 Not Modified")
    out.response(BASE + "/news/b-u2", b"", "2024-02-01T00:00:00Z", status="304 Not Modified")
    out.response(BASE + "/old", b"", "2024-02-01T00:00:00Z", status="301 Moved Permanently",
                 headers=[("Location", BASE + "/news/a-u1")])
    out.close()
    index = ArchiveIndex(scan([str(path)]), BASE)
    try:
        assert index.load(index.lookup(BASE + "/news/a-u1")).body == page  # type: ignore[arg-type]
        assert index.lookup(BASE + "/news/b-u2") is None
        moved = index.load(index.lookup(BASE + "/old"))  # type: ignore[arg-type]
        assert moved.status == 301 and ("Location", BASE + "/news/a-u1") in moved.headers
        assert index.counts["not_modified"] == 2
    finally:
        index.close()
