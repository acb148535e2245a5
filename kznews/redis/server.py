"""A throw-away ``redis-server`` on a free loopback port, for tests, the benchmark and demos.

No persistence (no RDB, no AOF), its files in a directory of its own, stopped with
``SHUTDOWN NOSAVE``. Needs Debian's ``redis-server`` (``make sysdeps``).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class RedisServer:
    def __init__(self, workdir: str | Path, port: int = 0, maxmemory: str = "256mb",
                 binary: str | None = None, password: str | None = None) -> None:
        self.workdir = Path(workdir)
        self.password = password  # requirepass; the URL does not carry it
        self.port = port or free_port()
        self.maxmemory = maxmemory
        self.binary = binary or shutil.which("redis-server") or "/usr/bin/redis-server"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, password=self.password,
                           decode_responses=True)

    def start(self, timeout: float = 20.0) -> RedisServer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        cmd = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1",
               "--save", "", "--appendonly", "no", "--dir", str(self.workdir),
               "--daemonize", "no", "--maxmemory", self.maxmemory,
               "--maxmemory-policy", "noeviction", "--logfile", str(self.workdir / "redis.log")]
        if self.password:
            cmd += ["--requirepass", self.password]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        client = self.client()
        while True:  # wait for it to accept connections (bounded)
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"redis-server did not start on port {self.port}; "
                                       f"see {self.workdir / 'redis.log'}") from None
                time.sleep(0.05)
            finally:
                client.close()
        return self

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            # SHUTDOWN drops the connection on purpose: a client that retries would
            # reconnect to the dying server and back off for seconds (redis-py 8).
            client = redis.Redis(host="127.0.0.1", port=self.port, password=self.password,
                                 retry=Retry(NoBackoff(), 0))
            try:
                client.shutdown(nosave=True)
            except redis.RedisError:
                self.proc.terminate()
            finally:
                client.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
