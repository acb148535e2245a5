"""Per-language JSONL feeds that never hold a partial line, even after SIGKILL.

Why not Scrapy's FEEDS: its file storage writes through a buffer straight into the final
path, so a killed crawl leaves a cut line, and it has no notion of "export only what is
new". Here every line goes to a hidden ``.part`` file in ONE ``os.write`` of the whole
line (no user-space buffer to lose), and the file is renamed to its final name when the
run closes — or, if the run was killed, by the next run's ``recover``.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PART = re.compile(r"^\.(?P<final>.+\.jsonl)\.(?P<run>[A-Za-z0-9_-]+)\.part$")


def dumps(item: dict[str, Any]) -> bytes:
    return (json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


class FeedWriter:
    """Writes one run's lines into ``<feeds_dir>/<lang>/<spider>-<UTC time>.jsonl``."""

    def __init__(self, feeds_dir: str | Path, spider: str, run_id: str,
                 started: datetime | None = None) -> None:
        self.dir = Path(feeds_dir)
        self.spider = spider
        self.run_id = run_id
        stamp = (started or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        self.base = f"{spider}-{stamp}"
        self.fds: dict[str, int] = {}
        self.parts: dict[str, Path] = {}
        self.counts: dict[str, int] = {}
        self.finished: list[Path] = []

    def _open(self, lang: str) -> int:
        folder = self.dir / lang
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f".{self.base}.jsonl.{self.run_id}.part"
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.fds[lang], self.parts[lang] = fd, part
        return fd

    def write(self, lang: str, item: dict[str, Any]) -> None:
        fd = self.fds.get(lang)
        if fd is None:
            fd = self._open(lang)
        data = memoryview(dumps(item))
        while data:  # a regular-file write is complete in practice; loop for the rule's sake
            written = os.write(fd, data)
            data = data[written:]
        self.counts[lang] = self.counts.get(lang, 0) + 1

    def close(self) -> list[Path]:
        for lang, fd in self.fds.items():
            os.fsync(fd)
            os.close(fd)
            self.finished.append(finalise(self.parts[lang]))
        self.fds.clear()
        return self.finished


def finalise(part: Path) -> Path:
    """Rename a ``.part`` file to its final name (never overwriting another run's file)."""
    match = PART.match(part.name)
    final = part.with_name(match.group("final") if match else part.name + ".jsonl")
    stem, n = final.name.removesuffix(".jsonl"), 2
    while final.exists():
        final = part.with_name(f"{stem}-{n}.jsonl")
        n += 1
    os.replace(part, final)
    return final


def truncate_partial(path: Path) -> set[tuple[str, str]]:
    """Drop a cut last line (if any) and return the (id, content_hash) of every line."""
    data = path.read_bytes()
    keep = data[: data.rfind(b"\n") + 1]
    if len(keep) != len(data):
        with open(path, "r+b") as handle:
            handle.truncate(len(keep))
    written: set[tuple[str, str]] = set()
    for line in keep.splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict) and "id" in obj:
            written.add((str(obj["id"]), str(obj.get("content_hash", ""))))
    return written


def leftover_parts(feeds_dir: str | Path) -> dict[str, list[Path]]:
    """``.part`` files of any run, grouped by run id."""
    runs: dict[str, list[Path]] = {}
    root = Path(feeds_dir)
    if not root.is_dir():
        return runs
    for part in root.glob("*/.*.part"):
        match = PART.match(part.name)
        if match:
            runs.setdefault(match.group("run"), []).append(part)
    return runs
