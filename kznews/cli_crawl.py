"""``kznews crawl [scrapy crawl options]``: ``scrapy crawl centerinform`` with kznews' checks.

``kznews crawl --help`` lists every spider argument and kznews setting (the same text as
``scrapy crawl centerinform -a help=1``); any other option goes to ``scrapy crawl``
(``-a``, ``-s``, ``-O``, ``-o``, ``-L`` …).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Sequence

from kznews.spiders.argdocs import help_text


def main(argv: Sequence[str]) -> int:
    argv = list(argv)
    if any(a in {"-h", "--help"} for a in argv):
        print("usage: kznews crawl [-a NAME=VALUE] [-s NAME=VALUE] [-O FILE | -o FILE] "
              "[scrapy crawl options]\n")
        print(help_text())
        print("\n-O FILE overwrites FILE on every run, -o FILE appends; "
              "-O 'articles-%(time)s.jsonl' writes one file per run.")
        return 0
    unusable = settings_module_error()
    if unusable:
        print(f"error: {unusable}", file=sys.stderr, flush=True)
        return 2
    from scrapy.cmdline import execute

    try:
        execute(["scrapy", "crawl", "centerinform", *argv])
    except SystemExit as exc:  # execute() always leaves through sys.exit
        return int(exc.code or 0)
    return 0


def settings_module_error() -> str:
    """Why ``SCRAPY_SETTINGS_MODULE`` (an environment left from another project, a typo in a
    unit file) cannot be the crawl's settings, or "": Scrapy imports it before anything else,
    and a name that does not import was a ``ModuleNotFoundError`` traceback."""
    name = os.environ.get("SCRAPY_SETTINGS_MODULE", "")
    if not name:
        return ""
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return ""
    return (f"SCRAPY_SETTINGS_MODULE={name} names no module Python can import: unset it "
            "(the checkout's scrapy.cfg names kznews.settings), or give kznews.settings")
