"""Declared rule chains: one ``Field`` per feed field, its ``Rule``s in order of precedence.

A rule reads the page (and may read other fields' results) and returns a value for its own
field, or nothing; it writes nowhere. The first rule with a value wins and its name goes to
the item's ``extraction``. Because the declaration is the precedence, the docs' rule table is
generated from it (``rule_table``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

Page = TypeVar("Page")


class Named(NamedTuple):
    """A value together with the rule name it is reported under (``css:<the selector that
    matched>``, ``text:dateline+listing``), when one rule has several names."""

    value: Any
    rule: str


class Weak(NamedTuple):
    """A rule's value that any later rule's betters, for a reason of this page (a section
    written in another script than the page's text): it wins only when no later rule yields,
    as a value the field's ``weak`` names does."""

    value: Any


def empty(value: Any) -> bool:
    return value is None or value == "" or value == []


@dataclass(frozen=True)
class Rule(Generic[Page]):
    name: str
    """The name in ``extraction`` (a pattern such as ``css:<selector>`` when it varies)."""
    read: Callable[[Page], Any]
    doc: str = ""


@dataclass(frozen=True)
class Field(Generic[Page]):
    name: str
    rules: tuple[Rule[Page], ...]
    doc: str = ""
    keep: Callable[[Any], Any] | None = None
    """What of a rule's result is the field's value (a body rule returns a whole scan)."""
    refine: Callable[[Page, Any], Any] | None = None
    """What the page adds to the winning value (a day-only date takes the time the page shows
    for that day); the rule's name stays the winner's."""

    weak: Callable[[Any], bool] | None = None
    """Whether a value is one any later rule's betters (a date read off ``Сегодня, 15:40``,
    which counts from the day the page was fetched, not the day it was rendered): the chain
    goes on, and the weak value wins only when no later rule yields."""
    settle: Callable[[Any, Any], Any] | None = None
    """(weak value, the later rule's value) -> the field's value: what the weak one adds to
    the better one (the time of day to a listing's day-only date). When that is the weak
    value itself, the weak rule is named."""

    def run(self, page: Page, reads: Resolver[Page] | None = None
            ) -> tuple[Any, Any, str] | None:
        """(value, the winning rule's raw result, its name), or None when no rule yields.
        With ``reads``, a rule another rule reads too (``SHARED``) is read through it, once
        per page."""
        held: tuple[Any, Any, str] | None = None
        shared = SHARED
        for rule in self.rules:
            raw = rule.read(page) if reads is None or id(rule) not in shared else \
                reads.read(rule)
            name = rule.name
            weak = isinstance(raw, Weak)
            if weak:
                raw = raw.value
            if isinstance(raw, Named):
                raw, name = raw.value, raw.rule
            value = self.keep(raw) if self.keep is not None and raw is not None else raw
            if empty(value):
                continue
            if weak or (self.weak is not None and self.weak(value)):
                held = held or (value, raw, name)
                continue
            if held is not None and self.settle is not None:
                value = self.settle(held[0], value)
                if value == held[0]:  # the later rule only confirms the weak one
                    raw, name = held[1], held[2]
            return self._refined(page, value), raw, name
        return None if held is None else (self._refined(page, held[0]), held[1], held[2])

    def _refined(self, page: Page, value: Any) -> Any:
        return value if self.refine is None else self.refine(page, value)


def rule(name: str, doc: str = "") -> Callable[[Callable[[Page], Any]], Rule[Page]]:
    """Decorator: the function becomes a named rule."""
    def wrap(fn: Callable[[Page], Any]) -> Rule[Page]:
        return Rule(name, fn, doc or (fn.__doc__ or "").strip())
    return wrap


@dataclass(frozen=True)
class Refusal:
    """Why a page served under an article's URL is no article: dropped, counted as
    ``drop/<reason>`` and logged, never a record."""

    reason: str
    """The stat's last part: ``error_page``, ``login_wall``, ``canonical_elsewhere``."""
    why: str
    """The log line's explanation."""
    may_pass: bool = False
    """A failure the next run may not meet (a maintenance notice): the crawl is incomplete."""
    target: str = ""
    """The URL of the article the page stands for (its canonical naming another id)."""


@dataclass
class Extracted:
    """Raw field values and, for each, the rule that produced it."""

    values: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)
    id: str = ""
    """The page's article id, from its URL (empty when the URL names none)."""
    problems: list[str] = field(default_factory=list)
    """Stat keys of bad input repaired or dropped on the way (``jsonld/too_deep`` …)."""
    refusal: Refusal | None = None
    """Set when the page is no article at all (an error page served with 200, a login wall,
    another article's copy): whatever its fields hold, it makes no record."""

    def put(self, name: str, value: Any, rule: str) -> bool:
        if name in self.values or empty(value):
            return False
        self.values[name] = value
        self.rules[name] = rule
        return True


SHARED: set[int] = set()
"""The ids of the rules some rule reads itself (``Resolver.read``): learnt on first use,
as rules are module constants; their field's chain reads them through the resolver too."""


class Resolver(Generic[Page]):
    """Runs a page's fields on demand, each once: a rule may ask for another field's result,
    or read another rule (``read``), each such rule's result kept for the page."""

    def __init__(self, page: Page, fields: Iterable[Field[Page]]) -> None:
        self.page = page
        self.fields = {f.name: f for f in fields}
        self._done: dict[str, tuple[Any, Any, str] | None] = {}
        self._running: list[int] = []  # a serial number for each field being run, in order
        self._serial = 0
        self._reads: dict[int, tuple[Any, int, int, Rule[Page]]] = {}

    def hit(self, name: str) -> tuple[Any, Any, str] | None:
        if name not in self._done:
            self._done[name] = None  # a field asking for itself gets nothing, not a loop
            self._serial += 1
            self._running.append(self._serial)
            try:
                self._done[name] = self.fields[name].run(self.page, self)
            finally:
                self._running.pop()
        return self._done[name]

    def read(self, rule: Rule[Page]) -> Any:
        """``rule.read(page)``, once per page while what it saw holds: a result read while
        fields were being run (each then answering None to a question about itself) is
        reused only while every one of them still runs."""
        SHARED.add(id(rule))
        running = self._running
        held = self._reads.get(id(rule))
        if held is not None:
            raw, depth, serial, read = held
            if read is rule and depth <= len(running) and (
                    not depth or running[depth - 1] == serial):
                return raw
        raw = rule.read(self.page)
        self._reads[id(rule)] = (raw, len(running), running[-1] if running else 0, rule)
        return raw

    def value(self, name: str) -> Any:
        found = self.hit(name)
        return None if found is None else found[0]

    def raw(self, name: str) -> Any:
        found = self.hit(name)
        return None if found is None else found[1]

    def extracted(self) -> Extracted:
        out = Extracted()
        for name in self.fields:
            found = self.hit(name)
            if found is not None:
                out.put(name, found[0], found[2])
        return out


def rule_table(fields: Iterable[Field[Any]]) -> str:
    """The Markdown table of every field's rules, in order, for docs/EXTRACTION.md."""
    rows = ["| field | rules, in order (the first with a value wins) | notes |", "|---|---|---|"]
    for f in fields:
        name = "published_at" if f.name == "published" else f.name
        cells = " · ".join(f"`{r.name}`" + (f" ({r.doc})" if r.doc else "") for r in f.rules)
        rows.append(f"| `{name}` | {_cell(cells)} | {_cell(f.doc)} |")
    return "\n".join(rows) + "\n"


def _cell(text: str) -> str:
    return text.replace("\n", " ").replace("|", "\\|")
