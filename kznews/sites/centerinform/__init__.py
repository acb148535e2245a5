"""ic24.kz (Центр информации): the outlet's facts (``outlet``), its article field chains
(``article``) and its listing pages (``listing``).

The names below are loaded on first use, so that importing one module of the package (the
outlet's facts, which generic modules such as ``kznews.origin`` read) does not load the
article chains, which import those generic modules in turn.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kznews.extract.chain import Extracted
    from kznews.sites.centerinform.article import FIELDS, extract_article
    from kznews.sites.centerinform.outlet import BODY_CSS

__all__ = ["BODY_CSS", "FIELDS", "Extracted", "extract_article"]
_WHERE = {"BODY_CSS": "kznews.sites.centerinform.outlet",
          "FIELDS": "kznews.sites.centerinform.article",
          "extract_article": "kznews.sites.centerinform.article",
          "Extracted": "kznews.extract.chain"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
