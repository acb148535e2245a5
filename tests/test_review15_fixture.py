"""``kznews archive fixture`` on a URL the archive holds twice (two crawls, the page edited
in between): the fixture is the capture a replay serves, and the command says there are
others."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kznews.archive.__main__ import main as archive_main
from kznews.mirror import build_site

BASE = "https://ic24.kz"


def test_a_url_captured_twice_gives_the_latest_and_says_so(tmp_path: Path, capsys) -> None:
    site = build_site(articles=5, seed=3)
    article = site.articles[0]
    _, _, body = site.render(article["path"], base=BASE)
    old = body.replace(b"</body>", b"<!-- first crawl --></body>")
    new = body.replace(b"</body>", b"<!-- second crawl --></body>")
    with (tmp_path / "a.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for when, payload, status in (("2026-11-01T10:00:00Z", old, "200 OK"),
                                      ("2026-11-20T10:00:00Z", new, "200 OK"),
                                      ("2026-11-25T10:00:00Z", b"", "304 Not Modified")):
            http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                BASE + article["path"], "response", payload=io.BytesIO(payload),
                length=len(payload), http_headers=http, warc_headers_dict={"WARC-Date": when}))
    out = tmp_path / "fixture"
    assert archive_main(["fixture", "--warc", str(tmp_path), "--url", BASE + article["path"],
                         "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 captures of this URL" in err, err
    assert (out / "page.html").read_bytes() == new
    meta = json.loads((out / "meta.json").read_text("utf-8"))
    assert meta["archive"]["captured"].startswith("2026-11-20") and meta["today"] == "2026-11-20"
    assert json.loads((out / "expected.json").read_text("utf-8"))["title"] == article["title"]


def test_a_url_not_in_the_archive_names_the_page_it_likely_means(tmp_path: Path,
                                                                 capsys) -> None:
    """A link copied with a tracking query, a trailing slash or the live site's host instead
    of the crawled copy's: the error names the archived page of the same path or article."""
    site = build_site(articles=5, seed=3)
    article = site.articles[0]
    _, _, body = site.render(article["path"], base="http://127.0.0.1:8080")
    with (tmp_path / "a.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "http://127.0.0.1:8080" + article["path"], "response", payload=io.BytesIO(body),
            length=len(body), http_headers=http))
    archived = "http://127.0.0.1:8080" + article["path"]
    for url in (archived + "?from=lenta", archived + "/", BASE + article["path"]):
        assert archive_main(["fixture", "--warc", str(tmp_path), "--url", url,
                             "--out", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.rstrip().endswith(f"did you mean {archived}?"), err
    assert archive_main(["fixture", "--warc", str(tmp_path), "--url", BASE + "/news/x-u1",
                         "--out", str(tmp_path / "out")]) == 2
    assert "(it holds pages of 127.0.0.1:8080)" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_url_archived_only_as_a_redirect_or_an_error_writes_no_fixture(
        tmp_path: Path, capsys) -> None:
    """Such a fixture would fail its own test (no title, body or date): the command says what
    the archive holds instead, and where a redirect leads."""
    site = build_site(articles=5, seed=3)
    article = site.articles[0]
    _, _, body = site.render(article["path"], base=BASE)
    with (tmp_path / "a.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, headers, payload in (
                (BASE + "/news/old-slug-u1", "301 Moved Permanently",
                 [("Location", article["path"])], b""),
                (BASE + "/news/gone-u2", "404 Not Found", [("Content-Type", "text/html")],
                 b"<html><body>gone</body></html>"),
                (BASE + article["path"], "200 OK",
                 [("Content-Type", "text/html; charset=utf-8")], body)):
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), length=len(payload),
                http_headers=http))
    for url, said in ((BASE + "/news/old-slug-u1",
                       f"301 redirect to {BASE + article['path']}: give that as --url"),
                      (BASE + "/news/gone-u2", "only as a 404 answer")):
        out = tmp_path / url.rsplit("-", 1)[-1]
        assert archive_main(["fixture", "--warc", str(tmp_path), "--url", url,
                             "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and said in err, err
        assert not out.exists()
