"""A hurried user's wrong commands, run as the user runs them (``python -m kznews …`` in a
subprocess): each ends with one line saying what is wrong and a non-zero exit status, never a
traceback, and never destroys or loses what the user already had."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.crawl_helpers import REPO

PAGE = "<!DOCTYPE html>\n<html><head><title>Новости</title></head><body>…</body></html>\n"


def kznews(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kznews", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def one_line(proc: subprocess.CompletedProcess[str], status: int = 2) -> str:
    assert proc.returncode == status, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-2000:]
    return lines[0]


# ---------------------------------------------------------------------- kznews archive
def test_archive_repair_of_a_file_that_is_no_warc_leaves_it_as_it_is(tmp_path: Path) -> None:
    """`repair` cut an HTML page "back to its last whole record": to nothing."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    line = one_line(kznews("archive", "repair", str(page)))
    assert line == f"error: {page} is not a WARC file: left as it is"
    assert page.read_text("utf-8") == PAGE


def test_archive_list_of_a_file_that_is_no_warc_says_so(tmp_path: Path) -> None:
    """It exited 0 with a warning about a "cut-off" archive (or with warcio's own warnings
    and bytes for a binary file)."""
    page, binary, empty = tmp_path / "page.html", tmp_path / "x.bin", tmp_path / "empty.warc"
    page.write_text(PAGE, "utf-8")
    binary.write_bytes(bytes(range(256)) * 20)
    empty.write_bytes(b"")
    assert one_line(kznews("archive", "list", str(page))) == \
        f"error: {page} is not a WARC file"
    assert one_line(kznews("archive", "list", str(binary))) == \
        f"error: {binary} is not a WARC file"
    assert one_line(kznews("archive", "list", str(empty))) == \
        f"error: no WARC record in {empty} (an empty file?)"


def test_replay_of_a_binary_file_is_one_line(tmp_path: Path) -> None:
    """warcio printed its own warnings and the file's bytes before the error line."""
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 20)
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "centerinform", "-a",
                           f"warc={binary}", "-s", f"KZNEWS_STATE_DIR={tmp_path / 'state'}"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert one_line(proc) == "error: warc: no WARC response record in x.bin (not a WARC file)"
