"""Persistent crawl state under ``KZNEWS_STATE_DIR``: the article store and run locks."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from kznews.state.store import ArticleStore, Decision

__all__ = ["ArticleStore", "Decision", "RunLock", "open_store", "site_key", "store_path"]


def store_path(state_dir: str | Path) -> Path:
    return Path(state_dir) / "articles.sqlite3"


def site_key(base_url: str) -> str:
    """Store namespace: the crawled host (an id is unique within one copy of the outlet);
    ``www.`` and the scheme's default port name the same host."""
    parts = urlsplit(base_url)
    host = (parts.hostname or "").removeprefix("www.")
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if port in (None, default) else f"{host}:{port}"


def open_store(settings: Any, base_url: str) -> ArticleStore:
    """The article store a crawl with these settings uses (SQLite under KZNEWS_STATE_DIR),
    in the namespace ``KZNEWS_SITE_KEY`` (default: the crawled host and port)."""
    state_dir = Path(settings.get("KZNEWS_STATE_DIR") or ".kznews").absolute()
    key = settings.get("KZNEWS_SITE_KEY") or site_key(base_url)
    if settings.get("KZNEWS_REDIS_URL"):  # distributed mode (kznews.redis): the store in Redis
        from kznews.state.redis_store import open_redis_store  # imports redis: only here

        return open_redis_store(settings, store_path(state_dir), key)
    return ArticleStore(store_path(state_dir), key)


class RunLock:
    """An flock held for a run's lifetime: the kernel drops it when the process dies, which
    is how a later run tells a killed run's leftovers from a live run's files."""

    def __init__(self, state_dir: str | Path, run_id: str) -> None:
        self.path = Path(state_dir) / "runs" / f"{run_id}.lock"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Locked under a name of its own, then renamed into place: another run's `is_alive`
        # never finds the file unlocked (it would take the run for dead and unlink its lock).
        making = self.path.with_name(f".{run_id}.{os.getpid()}.making")
        self.handle: IO[str] | None = open(making, "w")  # noqa: SIM115 - held until release
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX)
            self.handle.write(str(os.getpid()))
            self.handle.flush()
            os.replace(making, self.path)
        except BaseException:  # not made (the state disk full): no file of it stays behind
            handle, self.handle = self.handle, None
            with contextlib.suppress(OSError):  # its unwritten pid fails the close again
                handle.close()
            making.unlink(missing_ok=True)
            raise

    def release(self) -> None:
        if self.handle:
            self.handle.close()
            self.handle = None
            self.path.unlink(missing_ok=True)

    @staticmethod
    def is_alive(state_dir: str | Path, run_id: str) -> bool:
        path = Path(state_dir) / "runs" / f"{run_id}.lock"
        try:
            handle = open(path)  # noqa: SIM115 - closed by the with below
        except FileNotFoundError:  # never made, or released meanwhile
            return False
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle, fcntl.LOCK_UN)
        path.unlink(missing_ok=True)
        return False
