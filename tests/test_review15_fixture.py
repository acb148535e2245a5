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
        for when, payload in (("2026-11-01T10:00:00Z", old), ("2026-11-20T10:00:00Z", new)):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
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
