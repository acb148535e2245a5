"""The name and version an archive's ``warcinfo`` gives for the software that wrote it."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path


@cache
def kznews_version() -> str:
    try:
        return metadata.version("kznews")
    except metadata.PackageNotFoundError:  # run from a checkout: read pyproject.toml
        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown"


def software() -> str:
    parts = [f"kznews/{kznews_version()}"]
    for name in ("warcio", "Scrapy"):
        try:
            parts.append(f"{name}/{metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return f"{parts[0]} ({'; '.join(parts[1:])})"
