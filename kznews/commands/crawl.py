"""``scrapy crawl`` for kznews: checks before the first request, a verdict as the last lines.

Before any logging: bad or unknown spider arguments, a setting out of range, a directory that
cannot be written and a site that does not answer each stop the crawl with one line
(``error: …``) and the exit status of ``kznews.verdict``. ``-a help=1`` prints every argument
and setting. After Scrapy's closing log the verdict (PASSED/FAILED, exported counts, the
report, the first error) is printed, and the exit status says the same.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from typing import Any

from scrapy.commands import ScrapyHelpFormatter
from scrapy.commands.crawl import Command as ScrapyCrawl

from kznews import blocks, politeness, preflight, verdict
from kznews.pipelines.export import EXIT_EXPORT_FAILED, export_failures
from kznews.spiders.argdocs import help_text
from kznews.spiders.args import HELP_ARG, RENDER_MODES, ArgumentError, CrawlArgs
from kznews.spiders.centerinform import CenterinformSpider
from kznews.state import open_store

logger = logging.getLogger("kznews.verdict")


class _Formatter(ScrapyHelpFormatter):
    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "".join(indent + line for line in text.splitlines(keepends=True))


def fail(message: str, status: int) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)
    sys.exit(status)


def check_state(settings: Any, base_url: str) -> None:
    """The article store opens (a state disk with room for an empty file but not for the
    store fails here in one line, exit 5, not as a traceback from Scrapy's pipeline
    start-up)."""
    if settings.get("KZNEWS_REDIS_URL"):
        return  # distributed mode: the store is in Redis (preflight.check_redis)
    try:
        open_store(settings, base_url).close()
    except (sqlite3.Error, OSError) as exc:
        where = settings.get("KZNEWS_STATE_DIR") or ".kznews"
        raise preflight.PreflightError(f"cannot open the article store under {where}: {exc} "
                                       "(is its disk full?)", EXIT_EXPORT_FAILED) from None


class Command(ScrapyCrawl):
    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.formatter_class = _Formatter
        parser.epilog = f"{CenterinformSpider.name}:\n{help_text()}"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if not args or args[0] != CenterinformSpider.name:
            return
        if HELP_ARG in opts.spargs:
            print(help_text())
            sys.exit(0)
        settings = self.settings
        assert settings is not None
        try:
            parsed = CrawlArgs.parse(**opts.spargs)
            render = str(settings.get("KZNEWS_RENDER") or "auto")
            if render not in RENDER_MODES:
                raise ArgumentError(f"KZNEWS_RENDER must be one of "
                                    f"{'/'.join(RENDER_MODES)}, got {render!r}")
            politeness.check_settings(settings)
            preflight.check_dirs(settings)
            check_state(settings, str(opts.spargs.get("base_url") or ""))
            if settings.get("KZNEWS_REDIS_URL"):
                preflight.check_redis(str(settings.get("KZNEWS_REDIS_URL")))
        except (ArgumentError, ValueError) as exc:
            fail(str(exc), verdict.EXIT_BAD_INPUT)
        except preflight.PreflightError as exc:
            fail(str(exc), exc.status)
        if parsed.warc:
            return  # a replay answers from the archive: nothing is fetched
        try:
            timeout = min(settings.getfloat("DOWNLOAD_TIMEOUT", 30.0), 15.0)
            preflight.check_reachable(parsed.base_url, timeout)
        except preflight.PreflightError as exc:
            fail(str(exc), verdict.EXIT_UNREACHABLE)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        for result in verdict.recorded():
            text = "\n".join(result.lines())
            if self.settings and self.settings.get("LOG_FILE"):
                logger.info("%s", text)  # Scrapyd's job log
            print(text, file=sys.stderr, flush=True)
        if self.exitcode:
            return  # Scrapy's own failure keeps its status
        # Articles that could not be saved (full disk …), then a crawl the outlet's protection
        # stopped, have their own statuses; else the verdict's (3 failed, 130 interrupted).
        if export_failures():
            self.exitcode = EXIT_EXPORT_FAILED
        elif blocks.stopped_runs():
            self.exitcode = blocks.EXIT_BLOCKED
        else:
            self.exitcode = max((r.exit_status for r in verdict.recorded()), default=0)
