"""Shared fixtures: the bundled offline mirror of ic24.kz, served on a loopback port."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from kznews.mirror import MirrorServer, Site, build_site, serve


@pytest.fixture(scope="session")
def mirror_site() -> Site:
    """The default mirror (240 articles, seed 1, mixed variants), not served."""
    return build_site()


@pytest.fixture(scope="session")
def mirror(mirror_site: Site) -> Iterator[MirrorServer]:
    """The default mirror served on 127.0.0.1 (``mirror.url``, ``mirror.site``)."""
    server = serve(mirror_site, host="127.0.0.1", port=0)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def make_mirror() -> Iterator[Callable[..., MirrorServer]]:
    """Factory: ``make_mirror(articles=60, variant="bare", mutate=2, ...)`` builds and serves a
    mirror with custom options; every server it made is closed after the test."""
    servers: list[MirrorServer] = []

    def factory(**options: Any) -> MirrorServer:
        server = serve(build_site(**options), host="127.0.0.1", port=0)
        servers.append(server)
        return server

    yield factory
    for server in servers:
        server.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With KZNEWS_FORBID_SKIPS=1 (``make test``, CI) a skipped test fails the run: the tests
    that need chromium or redis-server skip only where those are missing, and CI installs
    them, so a skip there means a broken set-up, not a passing suite."""
    if not os.environ.get("KZNEWS_FORBID_SKIPS"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        if reporter:
            reporter.write_line(f"KZNEWS_FORBID_SKIPS: {len(skipped)} test(s) skipped", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
