"""The ``kznews`` command: its subcommands, ``kznews enqueue``'s checks, the demo's per-run
output, the console script."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.crawl_helpers import REPO

PY = sys.executable


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port  # nothing listens once the socket is closed


# ---------------------------------------------------------------------- one command
def test_kznews_command_lists_its_subcommands() -> None:
    from kznews.cli import COMMANDS

    proc = subprocess.run([PY, "-m", "kznews", "--help"], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0 and first_line(proc.stdout).startswith("usage: kznews COMMAND")
    assert {"mirror", "store", "report", "enqueue", "extract", "demo", "crawl"} <= set(COMMANDS)
    bad = subprocess.run([PY, "-m", "kznews", "mirrror"], cwd=REPO, capture_output=True,
                         text=True, timeout=60)
    assert bad.returncode == 2 and first_line(bad.stderr) == "error: unknown command 'mirrror'"


def test_kznews_mirror_prints_its_url_first() -> None:
    proc = subprocess.Popen([PY, "-m", "kznews", "mirror", "--port", "0", "--articles", "10"],
                            cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert re.fullmatch(r"Serving http://127\.0\.0\.1:\d+", line), line
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(30) == 0
        if proc.stdout is not None:
            proc.stdout.close()


def test_kznews_extract_one_page(tmp_path: Path) -> None:
    page = REPO / "tests/fixtures/pages/mirror-bare-en"
    url = "http://127.0.0.1:44663/" + json.loads((page / "meta.json").read_text())["url"]
    proc = subprocess.run([PY, "-m", "kznews", "extract", str(page / "page.html"), "--url", url],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "u51964"
    (tmp_path / "empty.html").write_text("<html></html>")
    bad = subprocess.run([PY, "-m", "kznews", "extract", str(tmp_path / "empty.html"), "--url",
                          url], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and first_line(bad.stderr).startswith("error: ")
    assert "no title" in bad.stderr


def test_kznews_extract_reads_a_cp1251_page_as_a_crawl_does(tmp_path: Path) -> None:
    """A Russian page saved in the outlet's old charset, its label gone: the same record."""
    page = REPO / "tests/fixtures/pages/mirror-seed-u45694"
    url = "https://ic24.kz/" + json.loads((page / "meta.json").read_text())["url"]
    html = (page / "page.html").read_text("utf-8")
    old = tmp_path / "cp1251.html"
    old.write_bytes(html.replace("charset=utf-8", "").encode("cp1251", errors="xmlcharrefreplace"))
    out = []
    for path in (page / "page.html", old):
        proc = subprocess.run([PY, "-m", "kznews", "extract", str(path), "--url", url],
                              cwd=REPO, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        out.append({k: v for k, v in json.loads(proc.stdout).items() if k != "crawled_at"})
    assert out[0] == out[1] and "Казахстан" in out[1]["body"]


def test_demo_rerun_keeps_the_first_result(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    outs = []
    for _ in range(2):
        proc = subprocess.run([PY, "-m", "kznews", "demo", "--articles", "8"], cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
        outs.append(proc.stdout)
    files = sorted((tmp_path / "runs").glob("articles-*.jsonl"))
    assert len(files) == 2
    assert len(files[0].read_text().splitlines()) == 8  # the first run's result is intact
    assert "feed: feeds/" in outs[0]
    assert "feed: " not in outs[1] and "nothing new since the last run" in outs[1]


# ---------------------------------------------------------------------- kznews enqueue
def enqueue(*argv: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home or REPO)}
    return subprocess.run([PY, "-m", "kznews", "enqueue", *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60)


def test_enqueue_fails_fast_with_one_line(tmp_path: Path) -> None:
    port = closed_port()
    url = f"http://127.0.0.1:{port}"
    bad = enqueue("--url", url, "--data", str(tmp_path), "-a", "maxpages=3")
    assert bad.returncode == 2
    assert first_line(bad.stderr).startswith("error: unknown argument 'maxpages' (did you mean "
                                             "max_pages?)")
    relative = enqueue("--url", url, "-s", "KZNEWS_FEEDS_DIR=feeds", "--data", str(tmp_path))
    assert relative.returncode == 2
    assert first_line(relative.stderr) == ("error: KZNEWS_FEEDS_DIR must be an absolute "
                                           "directory, got 'feeds'")
    nowhere = enqueue("--url", url)
    assert nowhere.returncode == 2 and "--data DIR" in first_line(nowhere.stderr)
    down = enqueue("--url", url, "--data", str(tmp_path))
    assert down.returncode == 75
    assert down.stderr.strip() == f"error: Scrapyd at {url} did not answer: ConnectionError"
    shown = enqueue("--show-url")
    assert shown.returncode == 0 and re.fullmatch(r"http://127\.0\.0\.1:\d+/", shown.stdout.strip())


def test_enqueue_skips_while_a_crawl_of_the_spider_runs() -> None:
    from kznews.enqueue import busy_job

    class Jobs:
        def __init__(self, answer: dict[str, Any]) -> None:
            self.answer = answer

        def jobs(self, project: str) -> dict[str, Any]:
            return self.answer

    running = Jobs({"pending": [], "running": [{"id": "j1", "spider": "centerinform"}]})
    assert busy_job(running, "kznews", "centerinform") == {
        "state": "running", "id": "j1", "spider": "centerinform"}
    other = Jobs({"pending": [{"id": "j2", "spider": "another"}], "running": []})
    assert busy_job(other, "kznews", "centerinform") is None


def test_kznews_console_script_is_declared() -> None:
    import tomllib

    from kznews import cli

    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    module, _, func = project["scripts"]["kznews"].partition(":")
    assert (module, func) == ("kznews.cli", "main") and callable(cli.main)
    assert "pip install -q --no-deps -e ." in (REPO / "Makefile").read_text()
