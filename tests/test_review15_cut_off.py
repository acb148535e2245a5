"""A WARC file cut off anywhere in its last record (a crawl killed mid-write, a partial copy)
is reported as cut off by ``kznews archive list`` and cut back by ``kznews archive repair``,
whichever byte the cut falls on: inside the record's gzip header, its WARC header or its
HTTP header too, where warcio stops without an error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kznews.archive.__main__ import main as archive_main

URL = "https://ic24.kz/news/page-u{}"


def _write(path: Path, gzip: bool) -> int:
    """Three responses; returns the offset where the last one starts."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        start = 0
        for n in range(3):
            start = handle.tell()
            body = f"<html><body>page {n}</body></html>".encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                URL.format(n), "response", payload=io.BytesIO(body), length=len(body),
                http_headers=http))
        return start


@pytest.mark.parametrize("gzip", [True, False], ids=["per-record-gzip", "uncompressed"])
def test_every_cut_in_the_last_record_is_reported_and_repaired(tmp_path: Path, gzip: bool,
                                                              capsys) -> None:
    whole = tmp_path / ("whole.warc.gz" if gzip else "whole.warc")
    start = _write(whole, gzip)
    data = whole.read_bytes()
    assert archive_main(["list", str(whole)]) == 0
    assert capsys.readouterr().err == ""
    cut = tmp_path / whole.name.replace("whole", "cut")
    # every byte of the record's start (its framing and headers), then a few further in
    ends = list(range(start + 1, min(start + 400, len(data) - 4))) + [len(data) - 20]
    for end in ends:
        cut.write_bytes(data[:end])
        assert archive_main(["list", str(cut)]) == 0, end
        out = capsys.readouterr()
        assert "is read up to its last whole record" in out.err, (end, out.err)
        assert out.out.count("\tresponse\t") == 2, end
        assert archive_main(["repair", str(cut)]) == 0, end
        assert f"({end - start} bytes removed)" in capsys.readouterr().out, end
        assert cut.read_bytes() == data[:start], end


def test_a_warc_gzipped_as_one_stream_is_named_so_and_never_cut(tmp_path: Path,
                                                                capsys) -> None:
    """``gzip file.warc`` (one stream, not one member per record) is a whole archive: list,
    repair and a replay say how to make it readable, and repair leaves it as it is."""
    import gzip

    plain = tmp_path / "plain.warc"
    _write(plain, gzip=False)
    one = tmp_path / "one.warc.gz"
    one.write_bytes(gzip.compress(plain.read_bytes()))
    before = one.read_bytes()
    for command in (["list", str(one)], ["repair", str(one)]):
        assert archive_main(command) == 2
        err = capsys.readouterr().err
        assert "one gzip stream" in err and "warcio recompress" in err, err
    assert one.read_bytes() == before
    from kznews.archive.index import check
    from kznews.archive.paths import ArchiveError
    with pytest.raises(ArchiveError, match="one gzip stream"):
        check([str(one)])
    # beside a readable file it is skipped with a warning
    _write(tmp_path / "ok.warc.gz", gzip=True)
    assert archive_main(["list", str(tmp_path / "*.gz")]) == 0
    out = capsys.readouterr()
    assert out.out.count("\tresponse\t") == 3 and "one gzip stream" in out.err


def test_a_file_its_crawler_is_still_writing_is_read_but_never_cut(tmp_path: Path,
                                                                   capsys) -> None:
    """Heritrix names the file it writes ``….warc.gz.open`` until it closes it: a directory
    replay or listing reads it up to its last whole record, and repair leaves it alone (its
    crawler is still appending)."""
    start = _write(tmp_path / "closed.warc.gz", gzip=True)
    data = (tmp_path / "closed.warc.gz").read_bytes()
    writing = tmp_path / "ARCHIVE-20261201-00001.warc.gz.open"
    writing.write_bytes(data[:start + 60])  # the third record half written
    assert archive_main(["list", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert out.out.count("\tresponse\t") == 3 + 2, out.out
    assert f"{writing} is read up to its last whole record" in out.err
    assert archive_main(["repair", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert f"{writing}: still being written" in err and "left as it is" in err
    assert writing.read_bytes() == data[:start + 60]
    assert (tmp_path / "closed.warc.gz").read_bytes() == data
