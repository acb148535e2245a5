"""States a page ships in a packed form rather than as plain JSON.

- **Index-packed arrays** (Nuxt 3's ``__NUXT_DATA__``, SvelteKit's data, any serialiser in the
  devalue style): one flat JSON array whose first entry is the root value; inside objects and
  arrays every value is the index of another entry, so repeated values are stored once. A few
  entries are typed wrappers: ``["Reactive", i]``, ``["Date", "2023-04-20T08:35:00Z"]``,
  ``["Set", i, …]``, ``["Map", k, v, …]``. Negative indices stand for ``undefined``, holes and
  special numbers.
- **Single-quoted JavaScript strings** in ``JSON.parse('…')``: JSON inside a JS literal that
  JSON's own parser cannot read (``\\'`` and ``\\xNN`` escapes).

Both are read as data only: nothing is evaluated; unpacking is bounded by ``MAX_ENTRIES``.
"""

from __future__ import annotations

import re
from typing import Any

MAX_ENTRIES = 200_000  # entries of one packed array; a larger one is not unpacked
_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef",
                       "EmptyShallowRef", "Object", "BigInt", "Date", "RegExp", "Set", "Map",
                       "null", "URL", "URLSearchParams"})
_PASS_THROUGH = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "Object"})


def is_packed(data: Any) -> bool:
    """Whether a JSON value looks index-packed: a list whose root entry is a wrapper, or an
    object/array all of whose values are indices of the list."""
    if not isinstance(data, list) or len(data) < 2 or len(data) > MAX_ENTRIES:
        return False
    root = data[0]
    if isinstance(root, list) and root and isinstance(root[0], str):
        return root[0] in _WRAPPERS and all(_is_index(v, len(data)) for v in root[1:2])
    values = root.values() if isinstance(root, dict) else root if isinstance(root, list) else ()
    values = list(values)
    return bool(values) and all(_is_index(v, len(data)) for v in values)


def _is_index(value: Any, size: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -7 < value < size


def unpack(data: list[Any]) -> Any:
    """The root value of an index-packed array, with shared entries shared (cycles kept)."""
    done: dict[int, Any] = {}

    def at(i: Any) -> Any:
        if not isinstance(i, int) or isinstance(i, bool) or i < 0 or i >= len(data):
            return None  # undefined, a hole, NaN, infinities: nothing a record needs
        if i in done:
            return done[i]
        entry = data[i]
        if isinstance(entry, dict):
            out: dict[str, Any] = {}
            done[i] = out
            for key, ref in entry.items():
                out[key] = at(ref)
            return out
        if isinstance(entry, list):
            return _list(i, entry)
        done[i] = entry
        return entry

    def _list(i: int, entry: list[Any]) -> Any:
        kind = entry[0] if entry and isinstance(entry[0], str) else None
        if kind in _PASS_THROUGH and len(entry) == 2:
            done[i] = None  # a wrapper pointing at itself stays empty
            done[i] = value = at(entry[1])
            return value
        if kind in ("Date", "BigInt", "RegExp", "URL", "URLSearchParams"):
            done[i] = entry[1] if len(entry) > 1 else None
            return done[i]
        if kind in ("null", "EmptyRef", "EmptyShallowRef"):
            done[i] = None
            return None
        items: list[Any] = []
        done[i] = items
        refs = entry[1:] if kind in ("Set", "Map") else entry
        items.extend(at(ref) for ref in refs)
        return items

    return at(0)


_JS_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|\r\n|.)",
                        re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0",
           "\n": "", "\r\n": "", "\u2028": "", "\u2029": ""}


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] == "x" and len(code) == 3:
        return chr(int(code[1:], 16))
    if code[0] == "u" and len(code) > 1:
        return chr(int(code[1:].strip("{}"), 16))
    return _SIMPLE.get(code, code)


def js_string(code: str, start: int) -> tuple[str, int] | None:
    """The value of the quoted JavaScript string starting at ``code[start]`` (a ``'`` or
    ``"``) and the index after it; None when it never closes. UTF-16 surrogate pairs written
    as two ``\\u`` escapes are joined."""
    quote = code[start]
    i, size = start + 1, len(code)
    while i < size:
        c = code[i]
        if c == "\\":
            i += 2
            continue
        if c == quote:
            raw = code[start + 1:i]
            text = _JS_ESCAPE.sub(_unescape, raw) if "\\" in raw else raw
            return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"), i + 1
        if c in "\r\n":
            return None
        i += 1
    return None
