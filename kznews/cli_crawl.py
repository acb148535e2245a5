"""``kznews crawl [scrapy crawl options]``: ``scrapy crawl centerinform`` with kznews' checks.

``kznews crawl --help`` lists every spider argument and kznews setting (the same text as
``scrapy crawl centerinform -a help=1``); any other option goes to ``scrapy crawl``
(``-a``, ``-s``, ``-O``, ``-o``, ``-L`` …).
"""

from __future__ import annotations

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
    from scrapy.cmdline import execute

    try:
        execute(["scrapy", "crawl", "centerinform", *argv])
    except SystemExit as exc:  # execute() always leaves through sys.exit
        return int(exc.code or 0)
    return 0
