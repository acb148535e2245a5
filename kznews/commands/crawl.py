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

EXIT_REDIS_UNREACHABLE = 75  # EX_TEMPFAIL: try again later


def check_redis(url: str) -> None:
    """Distributed mode: one line and exit 2 for a wrong URL or password, 75 for a Redis that
    does not answer, before any crawl starts (the password never shown)."""
    import redis  # distributed mode only

    from kznews.redact import mask_credentials
    from kznews.redis import with_password

    try:
        client = redis.Redis.from_url(with_password(url), socket_connect_timeout=10,
                                      socket_timeout=10)
        try:
            client.ping()
        finally:
            client.close()
    except redis.AuthenticationError as exc:
        print(f"error: Redis at {mask_credentials(url)} refused the connection: {exc} "
              "(give the password in KZNEWS_REDIS_PASSWORD)", file=sys.stderr)
        sys.exit(2)
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        print(f"error: Redis at {mask_credentials(url)} does not answer: {exc}",
              file=sys.stderr)
        sys.exit(EXIT_REDIS_UNREACHABLE)
    except (redis.RedisError, ValueError) as exc:
        print(f"error: Redis at {mask_credentials(url)}: {exc}", file=sys.stderr)
        sys.exit(2)


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
            if self.settings and self.settings.get("KZNEWS_REDIS_URL"):
                check_redis(str(self.settings.get("KZNEWS_REDIS_URL")))

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
