"""Per-language JSONL feeds that never hold a partial line, even after SIGKILL.

Why not Scrapy's FEEDS: its file storage writes through a buffer straight into the final
path, so a killed crawl leaves a cut line, and it has no notion of "export only what is
new". Here every line goes to a hidden ``.part`` file in ONE ``os.write`` of the whole
line (no user-space buffer to lose), and the file is renamed to its final name when the
run closes — or, if the run was killed, by the next run's ``recover``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PART = re.compile(r"^\.(?P<final>.+\.jsonl)\.(?P<run>[A-Za-z0-9_-]+)\.part$")

class FeedWriteError(OSError):
    """A feed line could not be written; the file was cut back to its last whole line."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause))
        self.path = path
        self.code = errno.errorcode.get(cause.errno or 0, "")

    def __str__(self) -> str:
        code = f" ({self.code})" if self.code else ""
        return f"cannot write feed {self.path}: {self.strerror}{code}"


def dumps(item: dict[str, Any]) -> bytes:
    return (json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


# The last line written and the dict it encodes: Scrapy's exporter (``-O``) writes the same
# record in the same encoding right after, and reuses it instead of encoding it again.
_last: tuple[dict[str, Any], bytes] | None = None


def last_line(item: dict[str, Any]) -> bytes | None:
    """The UTF-8 line the feeds last wrote, when it encodes ``item`` (the same keys in the
    same order, equal values); else None."""
    if _last is None:
        return None
    data, line = _last
    return line if data == item and list(data) == list(item) else None


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
        self.sizes: dict[str, int] = {}  # bytes of whole lines in each .part file
        self.finished: list[Path] = []

    def _open(self, lang: str) -> int:
        folder = self.dir / lang
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f".{self.base}.jsonl.{self.run_id}.part"
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.fds[lang], self.parts[lang], self.sizes[lang] = fd, part, 0
        return fd

    def write(self, lang: str, item: dict[str, Any]) -> None:
        """Append one line, or raise :class:`FeedWriteError` with the file cut back to the
        lines before it: a failed write (full disk) leaves no piece of the line behind."""
        fd = self.fds.get(lang)
        try:
            if fd is None:
                fd = self._open(lang)
            line = dumps(item)
            data = memoryview(line)
            size = len(data)
            while data:  # a full disk writes part of the line, then fails
                written = os.write(fd, data)
                data = data[written:]
        except OSError as exc:
            path = self.parts.get(lang) or self.dir / lang
            if fd is not None:
                self._cut_back(lang)
            raise FeedWriteError(path, exc) from exc
        self.sizes[lang] += size
        self.counts[lang] = self.counts.get(lang, 0) + 1
        global _last
        _last = (dict(item), line)

    def _cut_back(self, lang: str) -> None:
        # Shrinking a file needs no free space; should it fail anyway (EIO), close() and the
        # next run's recovery cut at the last newline.
        with contextlib.suppress(OSError):
            os.ftruncate(self.fds[lang], self.sizes[lang])

    def close(self) -> list[Path]:
        """fsync, cut each file to its whole lines and give it its final name. A failing
        fsync is raised after every file is renamed (its lines may not all be on disk)."""
        failed: FeedWriteError | None = None
        for lang, fd in self.fds.items():
            try:
                os.fsync(fd)
            except OSError as exc:
                failed = failed or FeedWriteError(self.parts[lang], exc)
            self._cut_back(lang)
            os.close(fd)
            if self.sizes[lang]:
                self.finished.append(finalise(self.parts[lang]))
            else:  # nothing was written whole: no empty feed file
                self.parts[lang].unlink(missing_ok=True)
        self.fds.clear()
        if failed:
            raise failed
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
