"""``-s NAME=value`` checked before a crawl: a misspelt kznews setting name, or a value of the
wrong kind (``KZNEWS_MONITOR_MIN_ITEMS=abc``), is one line and exit status 2.

Scrapy ignores a setting it does not know, so ``-s KZNEWS_FEED_DIR=/data`` would crawl into
the default ``feeds/`` without a word; and a number it cannot read only fails where a
component reads it, as a traceback after the crawl has started.
"""

from __future__ import annotations

import difflib
from typing import Any

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from kznews.extensions.progress import MODES as PROGRESS_MODES

PREFIX = "KZNEWS_"
# settings taking one of a few words (KZNEWS_RENDER: the crawl command checks it with `render`)
CHOICES = {"KZNEWS_PROGRESS": PROGRESS_MODES,
           "KZNEWS_NOTIFY_ON": ("failure", "always")}
KINDS = {bool: ("getbool", "True or False (1 or 0)"), int: ("getint", "a whole number"),
         float: ("getfloat", "a number")}


def check_settings(settings: BaseSettings) -> None:
    """Raise ValueError (one line) on an unknown ``KZNEWS_*`` name or an unreadable value
    given on the command line (``-s``, as Scrapyd passes a job's settings too)."""
    from kznews import settings as defaults
    from kznews.spiders.args import SETTINGS

    declared = sorted(s.name for s in SETTINGS)
    for name in sorted(given(settings)):
        if name not in declared:
            close = difflib.get_close_matches(name, declared, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ValueError(f"unknown setting {name}{hint}; `-a help=1` lists them")
        _check_kind(settings, name, getattr(defaults, name, None))
        words = CHOICES.get(name)
        if words and str(settings.get(name) or "").strip().lower() not in words:
            raise ValueError(f"{name} must be one of {'/'.join(words)}, "
                             f"got {settings.get(name)!r}")


def given(settings: BaseSettings) -> list[str]:
    """The ``KZNEWS_*`` names set on the command line."""
    cmdline = SETTINGS_PRIORITIES["cmdline"]
    return [name for name in settings.attributes
            if name.startswith(PREFIX) and settings.getpriority(name) == cmdline]


def _check_kind(settings: BaseSettings, name: str, default: Any) -> None:
    kind = KINDS.get(type(default))
    if kind is None or settings.get(name) in (None, ""):
        return  # a text, a list, a mapping or a setting without default: read as given
    getter, wanted = kind
    try:
        getattr(settings, getter)(name)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be {wanted}, got {settings.get(name)!r}") from None
