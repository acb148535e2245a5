"""The "did you mean …?" of a one-line error about a mistyped name."""

from __future__ import annotations

import difflib
from collections.abc import Sequence


def did_you_mean(name: str, names: Sequence[str], shown: str = "{}") -> str:
    """`` (did you mean X?)`` for the one of ``names`` nearest ``name`` (``shown`` formats it:
    ``%({})s``), or "" when none is near."""
    near = difflib.get_close_matches(name, names, n=1)
    return f" (did you mean {shown.format(near[0])}?)" if near else ""
