"""``scrapy crawl`` that rejects bad spider arguments with one clear line and exit status 2.

Scrapy reports an exception raised while a spider is created as a traceback; users of
this project get ``error: since must be a date YYYY-MM-DD, got '2021-13-01'`` instead.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from kznews.spiders.centerinform import (
    ARG_NAMES,
    ArgumentError,
    CenterinformSpider,
    CrawlArgs,
)


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args and args[0] == CenterinformSpider.name:
            known = {k: v for k, v in opts.spargs.items() if k in ARG_NAMES}
            try:
                CrawlArgs.parse(**known)
            except ArgumentError as exc:
                print(f"error: {exc}", file=sys.stderr)
                self.exitcode = 2
                return
        super().run(args, opts)
