"""JavaScript object literals read as data: Nuxt 2's ``window.__NUXT__=(function(a,b){return
{…}}("ru",683))``.

Nuxt 2 writes its state as an immediately-invoked function whose parameters stand for the
values used more than once; the call's arguments are those values. The literal is JavaScript,
not JSON (unquoted keys, single quotes, ``\\uXXXX`` escapes, ``void 0``), so JSON's parser
cannot read it and a JS-to-JSON rewriter (chompjs) fails on the first expression and cannot
tell a parameter ``a`` from the string ``"a"``. This reader keeps literals and parameter names
apart, substitutes the arguments afterwards, and reads anything else (a call, an operator, a
``new Date(…)``) as an unknown value (None) — nothing is evaluated, and depth and size are
bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kznews.extract.packed import js_string

MAX_DEPTH = 120  # nested objects/arrays; deeper states are not read
MAX_VALUES = 200_000  # values of one literal
_IIFE = re.compile(r"(?:window|self|globalThis)\s*\.\s*[A-Za-z_$][\w$]*\s*=\s*\(?\s*function\s*"
                   r"\(([\w$\s,]*)\)\s*\{\s*return\s*(?=[{\[])")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"[-+]?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")
_WORDS: dict[str, Any] = {"true": True, "false": False, "null": None, "undefined": None,
                          "NaN": None, "Infinity": None}
_SPACE = re.compile(r"\s*")


class _Stop(Exception):
    """The literal cannot be read (unclosed, too deep, too large)."""


@dataclass(frozen=True)
class _Param:
    name: str


class _Reader:
    def __init__(self, code: str, start: int) -> None:
        self.code, self.i, self.count = code, start, 0

    def peek(self) -> str:
        self.i = _SPACE.match(self.code, self.i).end()  # type: ignore[union-attr]
        if self.i >= len(self.code):
            raise _Stop
        return self.code[self.i]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise _Stop
        self.i += 1

    def value(self, depth: int = 0) -> Any:
        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_VALUES:
            raise _Stop
        start, c = self.i, self.peek()
        if c == "{":
            found: Any = self.obj(depth)
        elif c == "[":
            found = self.arr(depth)
        else:
            found = self.atom()
        if self.peek() not in ",}])":  # an expression: `a+1`, `foo(1)`, `x.y`
            self.i = start
            self.skip()
            return None
        return found

    def atom(self) -> Any:
        c, code = self.code[self.i], self.code
        if c in "'\"":
            read = js_string(code, self.i)
            if read is None:
                raise _Stop
            text, self.i = read
            return text
        if number := _NUMBER.match(code, self.i):
            self.i = number.end()
            raw = number.group().lstrip("+")
            return int(raw, 16) if "x" in raw.lower() else float(raw) if any(
                ch in raw for ch in ".eE") else int(raw)
        word = _IDENT.match(code, self.i)
        if word is None:
            self.skip()
            return None
        self.i = word.end()
        if word.group() == "void":
            self.atom_after_void()
            return None
        return _WORDS[word.group()] if word.group() in _WORDS else _Param(word.group())

    def atom_after_void(self) -> None:
        self.peek()
        self.atom()

    def skip(self) -> None:
        """Past one expression: to the ``,`` or closing bracket that ends it."""
        depth, code = 0, self.code
        while self.i < len(code):
            c = code[self.i]
            if c in "'\"`":
                read = js_string(code, self.i) if c != "`" else None
                if read is None:
                    raise _Stop
                self.i = read[1]
                continue
            if c in "{[(":
                depth += 1
            elif c in "}])":
                if depth == 0:
                    return
                depth -= 1
            elif c == "," and depth == 0:
                return
            self.i += 1
        raise _Stop

    def key(self) -> str:
        c = self.peek()
        if c in "'\"":
            read = js_string(self.code, self.i)
            if read is None:
                raise _Stop
            key, self.i = read
            return key
        word = _IDENT.match(self.code, self.i) or _NUMBER.match(self.code, self.i)
        if word is None:
            raise _Stop
        self.i = word.end()
        return word.group()

    def obj(self, depth: int) -> dict[str, Any]:
        self.i += 1
        out: dict[str, Any] = {}
        while self.peek() != "}":
            name = self.key()
            if self.peek() in ",}":  # shorthand `{a}`: the variable's value
                out[name] = _Param(name)
            else:
                self.expect(":")
                out[name] = self.value(depth + 1)
            if self.peek() == ",":
                self.i += 1
        self.i += 1
        return out

    def arr(self, depth: int) -> list[Any]:
        self.i += 1
        out: list[Any] = []
        while self.peek() != "]":
            if self.code[self.i] == ",":  # a hole
                out.append(None)
                self.i += 1
                continue
            out.append(self.value(depth + 1))
            if self.peek() == ",":
                self.i += 1
        self.i += 1
        return out


def _bind(value: Any, args: dict[str, Any]) -> Any:
    if isinstance(value, _Param):
        return args.get(value.name)
    if isinstance(value, dict):
        return {k: _bind(v, args) for k, v in value.items()}
    if isinstance(value, list):
        return [_bind(v, args) for v in value]
    return value


def _call(reader: _Reader, params: list[str], body: Any) -> Any:
    """The body with the parameters bound to the call's literal arguments (``}("ru",683))``)."""
    if reader.peek() == ";":
        reader.i += 1
    reader.expect("}")
    if reader.peek() == ")":
        reader.i += 1
    reader.expect("(")
    values: list[Any] = []
    while reader.peek() != ")":
        values.append(_bind(reader.value(1), {}))  # a global named in the call: unknown
        if reader.peek() == ",":
            reader.i += 1
    return _bind(body, dict(zip(params, values, strict=False)))


def invoked_states(code: str) -> Iterator[Any]:
    """The objects ``window.__X__=(function(a,…){return {…}}(…))`` assignments of a script
    return, parameters bound to the call's arguments; an unreadable one is left out."""
    if "function" not in code:
        return
    for match in _IIFE.finditer(code):
        params = [p.strip() for p in match.group(1).split(",") if p.strip()]
        reader = _Reader(code, match.end())
        try:
            body = reader.value()
            value = _call(reader, params, body)
        except (_Stop, RecursionError, ValueError):
            continue
        if isinstance(value, dict | list):
            yield value
