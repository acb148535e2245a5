"""The names a user types before any option: the spider's (``scrapy crawl centerinfrm``) and
the settings module (``SCRAPY_SETTINGS_MODULE``, left from another project or mistyped in a
unit file). Each was a Python traceback (``KeyError: 'Spider not found: …'``,
``ModuleNotFoundError``); now one line and exit status 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kznews.cli_crawl import settings_module_error
from tests.crawl_helpers import REPO


def run(tmp_path: Path, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


@pytest.mark.parametrize("name, line", [
    ("centerinfrm", "error: no spider 'centerinfrm' in this project (did you mean "
                    "centerinform?); its spiders: centerinform"),
    ("CenterInform", "error: no spider 'CenterInform' in this project (did you mean "
                     "centerinform?); its spiders: centerinform"),
    ("ic24", "error: no spider 'ic24' in this project; its spiders: centerinform"),
])
def test_a_spider_name_the_project_lacks_is_one_line(tmp_path: Path, name: str,
                                                     line: str) -> None:
    proc = run(tmp_path, "scrapy", "crawl", name, "-a", "max_pages=1",
               "-s", f"KZNEWS_STATE_DIR={tmp_path / 'state'}")
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert proc.stderr.strip() == line
    assert not (tmp_path / "state").exists()


def test_a_settings_module_that_does_not_import_is_one_line(tmp_path: Path) -> None:
    proc = run(tmp_path, "kznews", "crawl", "-a", "max_pages=1",
               env={"SCRAPY_SETTINGS_MODULE": "kznews.setting"})
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert proc.stderr.strip() == (
        "error: SCRAPY_SETTINGS_MODULE=kznews.setting names no module Python can import: "
        "unset it (the checkout's scrapy.cfg names kznews.settings), or give kznews.settings")


@pytest.mark.parametrize("value, bad", [
    ("kznews.settings", False), ("", False), ("kznews.setting", True),
    ("kznws.settings", True), ("kznews..settings", True),
])
def test_settings_module_check(monkeypatch: pytest.MonkeyPatch, value: str, bad: bool) -> None:
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", value)
    assert bool(settings_module_error()) is bad
