"""Requests in the shared queue as JSON, never pickle: any worker can read what another wrote,
and a queue entry can never run code when it is loaded.

``Request.to_dict`` gives str/bytes/number/list/dict values plus whatever a spider put into
``meta`` and ``cb_kwargs``; bytes (headers, body), dates (the spider's listing dates) and
dicts with bytes keys (headers) are tagged objects here. A value JSON cannot hold raises
:class:`TypeError` in :func:`dumps`.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from typing import Any

_BYTES, _DATE, _DATETIME, _MAP = "__b64__", "__date__", "__datetime__", "__map__"


def _prepare(value: Any) -> Any:
    """Dicts whose keys are not all str (request headers: bytes) become tagged pair lists."""
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: _prepare(v) for k, v in value.items()}
        return {_MAP: [[_prepare(k), _prepare(v)] for k, v in value.items()]}
    if isinstance(value, list | tuple):
        return [_prepare(v) for v in value]
    return value


def _default(value: Any) -> Any:
    if isinstance(value, bytes | bytearray):
        return {_BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, datetime):  # before date: a datetime is a date
        return {_DATETIME: value.isoformat()}
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} cannot go into the shared queue as JSON")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if _BYTES in obj:
            return base64.b64decode(obj[_BYTES])
        if _DATE in obj:
            return date.fromisoformat(obj[_DATE])
        if _DATETIME in obj:
            return datetime.fromisoformat(obj[_DATETIME])
        if _MAP in obj:
            return {k: v for k, v in obj[_MAP]}
    return obj


def dumps(obj: Any) -> str:
    return json.dumps(_prepare(obj), default=_default, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes) -> Any:
    return json.loads(text, object_hook=_hook)
