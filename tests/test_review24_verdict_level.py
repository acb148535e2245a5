"""A LOG_LEVEL given as a number (``LOG_LEVEL = logging.WARNING`` in a settings module) keeps
the verdict in the job's log like its name does."""

from __future__ import annotations

import logging

import pytest

from kznews.commands.crawl import verdict_level


@pytest.mark.parametrize("level, want", [
    (logging.WARNING, logging.WARNING), (logging.ERROR, logging.ERROR), (logging.DEBUG,
                                                                         logging.INFO),
    ("40", logging.ERROR), ("WARN", logging.WARNING), (" warning ", logging.WARNING),
])
def test_a_level_s_number_counts_as_its_name(level: object, want: int) -> None:
    assert verdict_level(level) == want
