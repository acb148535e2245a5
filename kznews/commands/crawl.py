"""``scrapy crawl`` that rejects bad spider arguments with one clear line and exit status 2.

Scrapy reports an exception raised while a spider is created as a traceback after its
start-up log; users of this project get ``error: since must be a date YYYY-MM-DD, got
'2021-13-01'`` alone instead. The check runs while options are parsed, before any logging.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from kznews import blocks, monitors, politeness
from kznews.pipelines.export import EXIT_EXPORT_FAILED, export_failures
from kznews.spiders.centerinform import (
    ARG_NAMES,
    RENDER_MODES,
    ArgumentError,
    CenterinformSpider,
    CrawlArgs,
)


class Command(ScrapyCrawl):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if args and args[0] == CenterinformSpider.name:
            try:
                CrawlArgs.parse(**{k: v for k, v in opts.spargs.items() if k in ARG_NAMES})
                settings = self.settings
                render = str((settings.get("KZNEWS_RENDER") if settings else None) or "auto")
                if render not in RENDER_MODES:
                    raise ArgumentError(f"KZNEWS_RENDER must be one of "
                                        f"{'/'.join(RENDER_MODES)}, got {render!r}")
                if settings is not None:
                    politeness.check_settings(settings)
            except (ArgumentError, ValueError) as exc:
                print(f"error: {exc}", file=sys.stderr)
                sys.exit(2)

    # --- monitors hook (kznews.monitors) ------------------------------------------------------
    # A crawl that could not save an article it parsed (a feed or the store could not be
    # written: full disk, I/O error) exits with status 5; one whose monitors failed (see the
    # end-of-crawl report) with status 3, so cron, Scrapyd and CI see it; Scrapy's own
    # failures keep their exit status.
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        if not self.exitcode and export_failures():
            self.exitcode = EXIT_EXPORT_FAILED
        # A crawl the outlet's protection stopped (kznews.blocks) exits with status 4.
        if not self.exitcode and blocks.stopped_runs():
            self.exitcode = blocks.EXIT_BLOCKED
        if not self.exitcode and monitors.failed_runs():
            self.exitcode = monitors.EXIT_MONITOR_FAILED
