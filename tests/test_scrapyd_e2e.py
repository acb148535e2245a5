"""docs/SCRAPYD.md, walked as written on a fresh copy of the checkout: the "Step by step" block
runs in bash with a real Scrapyd (started by deploy/start-scrapyd.sh on a non-default port,
set by the documented one-line edit of scrapy.cfg), a real scrapyd-deploy and two
`kznews enqueue --wait` crawls of the offline mirror. The second crawl must export nothing
new: the jobs deduplicate through the shared absolute data directory."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(sys.prefix)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def fresh_clone(dest: Path) -> Path:
    """The checkout's tracked files (as they are now), plus the venv `make setup` makes."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    (dest / ".venv").symlink_to(VENV)
    return dest


def documented_block() -> str:
    text = (ROOT / "docs" / "SCRAPYD.md").read_text("utf-8")
    section = text.split("## Step by step on a fresh clone", 1)[1]
    match = re.search(r"```sh\n(.*?)```", section, re.S)
    assert match, "no sh block in the step-by-step section"
    return match.group(1)


def clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SCRAPY_", "SCRAPYD_", "KZNEWS_")) and "proxy" not in k.lower()}
    env.update(HOME=str(home), NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    return env


def test_scrapyd_doc_walked_end_to_end_on_a_non_default_port(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "kznews")
    home = tmp_path / "home"
    home.mkdir()
    scrapyd_port, mirror_port = free_port(), free_port()
    block = documented_block()
    assert "6900" in block and "8765" in block and block.startswith("make setup\n")
    # `make setup` made the venv already (the clone links it); the ports are free ones
    script = "set -euo pipefail\n" + block.removeprefix("make setup\n") \
        .replace("6900", str(scrapyd_port)).replace("8765", str(mirror_port))
    # the first job reads its pages in a worker process, as a long crawl does (a short one
    # never starts it): the worker must find kznews in the job's egg
    enqueue = "kznews enqueue --data \"$DATA\" -a base_url="
    assert script.count(enqueue) == 2
    script = script.replace(enqueue, "kznews enqueue -s KZNEWS_EXTRACT_WORKERS=1 "
                            "-s KZNEWS_EXTRACT_WORKERS_AFTER=0 --data \"$DATA\" -a base_url=", 1)
    console = tmp_path / "console.txt"
    with console.open("w") as sink:  # a file: Scrapyd and the mirror outlive bash's pipe
        proc = subprocess.Popen(["bash", "-c", script], cwd=clone, env=clean_env(home),
                                stdout=sink, stderr=subprocess.STDOUT,
                                start_new_session=True)  # Scrapyd and the mirror go with it
        try:
            proc.wait(timeout=600)
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
    out = console.read_text(errors="replace")
    log = "\n".join(out.splitlines()[-80:])
    assert proc.returncode == 0, log
    assert f"url = http://127.0.0.1:{scrapyd_port}/" in (clone / "scrapy.cfg").read_text()
    assert f"start-scrapyd: http://127.0.0.1:{scrapyd_port}/" in out, log
    assert '"status": "ok"' in out and "\n401\n" in out, log
    finished = re.findall(r"^job \S+ finished: (.*)$", out, re.M)
    assert len(finished) == 2, log
    assert finished[0].startswith("PASSED: 40 articles scraped, exported to feeds: "), log
    assert finished[1].startswith("PASSED: 0 articles scraped, exported to feeds: none"), log
    feeds = home / "kznews-data" / "feeds"
    ids = [json.loads(line)["id"] for path in sorted(feeds.glob("*/*.jsonl"))
           for line in path.read_text("utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 40
    logs = sorted((clone / ".scrapyd" / "logs" / "kznews" / "centerinform").glob("*.log"),
                  key=lambda path: path.stat().st_mtime)
    assert len(logs) == 2
    assert re.search(r"'workers/pages_read': 40[,}]", logs[0].read_text("utf-8")), \
        logs[0].read_text("utf-8")[-3000:]
    assert "workers/pages_read" not in logs[1].read_text("utf-8")


def test_egg_carries_package_data(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "kznews")
    egg = tmp_path / "kznews.egg"
    build = subprocess.run([str(VENV / "bin" / "scrapyd-deploy"), "--build-egg", str(egg)],
                           cwd=clone, env=clean_env(tmp_path), capture_output=True, text=True,
                           timeout=300)
    assert build.returncode == 0, build.stderr
    with zipfile.ZipFile(egg) as zf:
        names = set(zf.namelist())
        entry_points = zf.read("EGG-INFO/entry_points.txt").decode()
    seeds = {f"kznews/mirror/data/{p.name}" for p in (ROOT / "kznews/mirror/data").iterdir()}
    schemas = {f"kznews/schema/{p.name}" for p in (ROOT / "kznews").glob("schema/*.json")}
    assert seeds and seeds <= names, sorted(seeds - names)
    assert schemas <= names, sorted(schemas - names)
    assert "kznews/spiders/centerinform.py" in names
    assert not any(n.startswith(("tests/", "bench/")) for n in names)
    assert "settings = kznews.settings" in entry_points
