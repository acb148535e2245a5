"""``-s NAME=value`` checked before a crawl: a misspelt kznews setting name, or a value of the
wrong kind (``KZNEWS_MONITOR_MIN_ITEMS=abc``), is one line and exit status 2.

Scrapy ignores a setting it does not know, so ``-s KZNEWS_FEED_DIR=/data`` (or
``kznews_feeds_dir``) would crawl into the default ``feeds/`` without a word; and a number it
cannot read only fails where a component reads it, as a traceback after the crawl has started.
Scrapy's own numbers and flags given with ``-s`` (``DOWNLOAD_DELAY=abc``) are read here too,
and so are the mappings and lists among kznews' settings (``KZNEWS_MONITOR_COVERAGE``). Any
other name is refused when it is a slip of one Scrapy or the project knows (at most two
letters apart, each changed word mistyped rather than another word: ``DOWNLOAD_DELAYS``,
``CONCURENT_REQUESTS``, ``USER_AGNET``), since Scrapy would crawl without it; a name further
from every known one may belong to an extension (kznews cannot list those:
``PLAYWRIGHT_CONTEXTS``, ``REDIS_HOST``, a project's ``FEED_DIR``, a rotating middleware's
``USER_AGENTS`` list) and is left to it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings, default_settings

from kznews.extensions.progress import MODES as PROGRESS_MODES
from kznews.hints import did_you_mean

PREFIX = "KZNEWS_"
# settings taking one of a few words (KZNEWS_RENDER: the crawl command checks it with `render`)
CHOICES = {"KZNEWS_PROGRESS": PROGRESS_MODES,
           "KZNEWS_NOTIFY_ON": ("failure", "always")}
KINDS = {bool: ("getbool", "True or False (1 or 0)"), int: ("getint", "a whole number"),
         float: ("getfloat", "a number")}
# Scrapy reads most of its own numbers as floats (DOWNLOAD_TIMEOUT=7.5 works): a number will do
SCRAPY_KINDS = {bool: KINDS[bool], int: KINDS[float], float: KINDS[float]}
# KZNEWS_NOTIFY: http(s) URLs are POSTed to; anything else with a scheme (`htp://`, `mailto:`)
# would be written as a file of that odd name in the working directory
NOTIFY_SCHEMES = ("http", "https", "file")
# A number whose default is ≥ 0 means nothing below 0 (DOWNLOAD_MAXSIZE=-1 failed every
# request, RETRY_TIMES=-3 never retried, KZNEWS_MONITOR_MIN_ITEMS=-1 passed every run); only
# priorities and an indent take any sign. A timeout of 0 answered nothing (and the check that
# the site answers said "could not connect").
ANY_SIGN = ("PRIORITY", "INDENT")
ABOVE_ZERO = frozenset({"DOWNLOAD_TIMEOUT", "DNS_TIMEOUT", "KZNEWS_NOTIFY_TIMEOUT",
                        "KZNEWS_RENDER_PAGE_BUDGET"})
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):")


def check_settings(settings: BaseSettings) -> None:
    """Raise ValueError (one line) on an unknown ``KZNEWS_*`` name or an unreadable value
    given on the command line (``-s``, as Scrapyd passes a job's settings too)."""
    from kznews import settings as defaults
    from kznews.spiders.args import SETTINGS

    declared = sorted(s.name for s in SETTINGS)
    for name in sorted(given(settings)):
        if name not in declared:
            hint = did_you_mean(name.upper(), declared)
            raise ValueError(f"unknown setting {name}{hint}; `-a help=1` lists them")
        _check_kind(settings, name, getattr(defaults, name, None))
        words = CHOICES.get(name)
        if words and str(settings.get(name) or "").strip().lower() not in words:
            raise ValueError(f"{name} must be one of {'/'.join(words)}, "
                             f"got {settings.get(name)!r}")
    if "KZNEWS_NOTIFY" in given(settings):
        _check_notify(settings)
    if "KZNEWS_EXTRACT_WORKERS" in given(settings):
        from kznews.spiders.workers import worker_count
        worker_count(settings.get("KZNEWS_EXTRACT_WORKERS"), 1)  # ValueError: one line
    known = _known_names(settings)
    for name in sorted(given(settings, scrapy=True)):
        if name not in known:
            near = _slip_of(name, known)
            if near and _fits(settings.get(name), name, near):
                raise ValueError(f"unknown setting {name} (did you mean {near}?); Scrapy "
                                 "would crawl without it")
            continue
        default = getattr(defaults, name, getattr(default_settings, name, None))
        _check_kind(settings, name, default, SCRAPY_KINDS)
    if "LOG_LEVEL" in given(settings, scrapy=True):
        _log_level(settings)


def given(settings: BaseSettings, scrapy: bool = False) -> list[str]:
    """The ``KZNEWS_*`` names set on the command line (in any case: ``kznews_feeds_dir`` is
    one misspelt), or with ``scrapy`` the other names."""
    cmdline = SETTINGS_PRIORITIES["cmdline"]
    return [name for name in settings.attributes
            if name.upper().startswith(PREFIX) != scrapy
            and settings.getpriority(name) == cmdline]


def _known_names(settings: BaseSettings) -> set[str]:
    """Scrapy's settings, the project's and whatever the project set (addons included)."""
    from kznews import settings as defaults

    cmdline = SETTINGS_PRIORITIES["cmdline"]
    return ({n for n in dir(default_settings) if n.isupper()}
            | {n for n in dir(defaults) if n.isupper()}
            | {n for n in settings.attributes if settings.getpriority(n) != cmdline})


MAX_SLIP = 2  # letters changed, added, dropped or swapped


def _slip_of(name: str, known: set[str]) -> str | None:
    """The known name ``name`` is a slip of (the nearest; none for short names), else None.

    Difflib's ratio would take an extension's ``PLAYWRIGHT_CONTEXTS`` for Scrapy-Playwright's
    ``PLAYWRIGHT_MAX_CONTEXTS``; a typing slip is a count of letters, so this counts them (an
    edit distance with swaps, a dozen lines: not worth a dependency)."""
    upper = name.upper()
    if len(upper) < 6:
        return None
    best: tuple[int, str] | None = None
    for other in known:
        if abs(len(other) - len(upper)) > MAX_SLIP:
            continue
        d = _distance(upper, other)
        if d <= MAX_SLIP and _slipped_words(upper, other) and (best is None or (d, other) < best):
            best = (d, other)
    return best[1] if best else None


def _slipped_words(name: str, other: str) -> bool:
    """Whether each word (between ``_``) that differs is the other's word mistyped: one letter
    off, two in a word of eight or more, or letters left out (``LVL`` for ``LEVEL``). A short
    word changed whole is another word: ``FEED_DIR`` is no slip of ``FEED_URI``, ``LOG_LEVLE``
    and ``LOG_LVL`` are ones of ``LOG_LEVEL``. Names of different word counts (an ``_``
    dropped or added) are judged as wholes."""
    words, others = name.split("_"), other.split("_")
    if len(words) != len(others):
        return True
    return all(_distance(a, b) <= (2 if min(len(a), len(b)) >= 8 else 1)
               or _left_out(a, b) or _left_out(b, a)
               for a, b in zip(words, others, strict=True) if a != b)


def _left_out(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with letters left out (its first kept)."""
    if not short or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(letter in rest for letter in short)


def _fits(value: Any, name: str, meant: str) -> bool:
    """Whether ``value`` could be meant for ``meant``: a list given to the plural of a name
    taking one text (``-s USER_AGENTS=["…","…"]`` or ``a,b`` — a random-user-agent
    middleware's list) is another setting's, not a slip."""
    from kznews import settings as defaults

    default = getattr(defaults, meant, getattr(default_settings, meant, None))
    if not isinstance(default, str) or not isinstance(value, str):
        return True  # a number's slip stays one (`-s DOWNLOAD_DELAYS=1,5`)
    text = value.strip()
    listed = text.startswith("[") or (name.upper() == meant + "S" and _bare_comma(text))
    return not listed


def _bare_comma(text: str) -> bool:
    """Whether ``text`` has a comma outside parentheses: one user agent's ``(KHTML, like
    Gecko)`` is no list of two."""
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            return True
    return False


def _distance(a: str, b: str) -> int:
    """Letters changed, added, dropped, or two neighbours swapped, to make ``b`` of ``a``."""
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        now = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            now[j] = min(row[j] + 1, now[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                now[j] = min(now[j], before[j - 2] + 1)
        before, row = row, now
    return row[-1]


def _check_kind(settings: BaseSettings, name: str, default: Any,
                kinds: dict[type, tuple[str, str]] = KINDS) -> None:
    value = settings.get(name)
    if value in (None, ""):
        return
    if isinstance(default, dict):
        _check_mapping(settings, name, default)
        return
    kind = kinds.get(type(default))
    if kind is None:
        return  # a text, a list or a setting without default: read as given
    getter, wanted = kind
    try:
        number = getattr(settings, getter)(name)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be {wanted}, got {value!r}") from None
    if isinstance(default, bool) or not isinstance(number, int | float) \
            or default < 0 or any(word in name for word in ANY_SIGN):
        return
    if name in ABOVE_ZERO and number <= 0:
        raise ValueError(f"{name} must be above 0, got {value!r}")
    if number < 0:
        raise ValueError(f"{name} must be ≥ 0, got {value!r}")


def _check_mapping(settings: BaseSettings, name: str, default: dict[Any, Any]) -> None:
    """A JSON object (``-s 'KZNEWS_MONITOR_COVERAGE={"title": 0.9}'``) whose values are
    numbers when the default's are."""
    example = json.dumps(default, ensure_ascii=False)
    try:
        given_map = settings.getdict(name)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a JSON object such as '{example}', got "
                         f"{settings.get(name)!r}") from None
    numbers = name.startswith(PREFIX) and default  # Scrapy's orders may be null: disabled
    if numbers and all(isinstance(v, (int, float)) for v in default.values()):
        for key, number in given_map.items():
            try:
                float(number)
            except (TypeError, ValueError):
                raise ValueError(f"{name}: {key!r} must be a number, got {number!r} (e.g. "
                                 f"'{example}')") from None


def _log_level(settings: BaseSettings) -> None:
    """``-L debug`` is read as DEBUG (Python's logging knows the upper-case names only)."""
    level = str(settings.get("LOG_LEVEL") or "").strip().upper()
    if level not in LOG_LEVELS:
        raise ValueError(f"LOG_LEVEL must be one of {'/'.join(LOG_LEVELS)}, "
                         f"got {settings.get('LOG_LEVEL')!r}")
    settings.set("LOG_LEVEL", level, priority="cmdline")


def _check_notify(settings: BaseSettings) -> None:
    for target in settings.getlist("KZNEWS_NOTIFY"):
        scheme = _SCHEME.match(str(target).strip())
        if scheme and scheme.group(1).lower() not in NOTIFY_SCHEMES:
            raise ValueError(f"KZNEWS_NOTIFY: {target!r} is neither an http(s) URL nor a file "
                             "path (a file: URL or a plain path gets a JSON line)")
