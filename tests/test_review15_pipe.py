"""A reader that stops early (``kznews extract … | head``) ends a kznews command without a
traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "tests/fixtures/pages/mirror-bare-en"
URL = "http://127.0.0.1:44663/" + json.loads((PAGE / "meta.json").read_text())["url"]


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    read, write = os.pipe()
    os.close(read)  # nobody reads: the first write fails with EPIPE
    try:
        proc = subprocess.run([sys.executable, "-m", "kznews", "extract",
                               str(PAGE / "page.html"), "--url", URL], cwd=REPO,
                              stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 141
