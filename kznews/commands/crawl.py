"""``scrapy crawl`` for kznews: checks before the first request, a verdict as the last lines.

Before any logging: bad or unknown spider arguments, a setting out of range, a directory that
cannot be written and a site that does not answer each stop the crawl with one line
(``error: …``) and the exit status of ``kznews.verdict``. ``-a help=1`` prints every argument
and setting. After Scrapy's closing log the verdict (PASSED/FAILED, exported counts, the
report, the first error) is printed, and the exit status says the same.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any, NoReturn

from scrapy import signals
from scrapy.commands import ScrapyHelpFormatter
from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler
from scrapy.settings import SETTINGS_PRIORITIES

from kznews import blocks, politeness, preflight, setting_checks, verdict
from kznews.hints import did_you_mean
from kznews.pipelines.export import EXIT_EXPORT_FAILED, export_failures
from kznews.spiders.argdocs import help_text
from kznews.spiders.args import HELP_ARG, ArgumentError, CrawlArgs, render_mode
from kznews.spiders.centerinform import CenterinformSpider
from kznews.state import open_store, store_path

logger = logging.getLogger("kznews.verdict")


def verdict_level(log_level: object) -> int:
    """The level the verdict is logged at: INFO, or the log's own level when that is
    higher (a run's outcome is never filtered out of its log). The level is a name
    (``WARNING``) or a number (``LOG_LEVEL = logging.WARNING`` in a settings module, ``30``)."""
    if isinstance(log_level, int) and not isinstance(log_level, bool):
        return max(logging.INFO, log_level)
    text = str(log_level or "INFO").strip().upper()
    named = int(text) if text.isdigit() else logging.getLevelNamesMapping().get(text)
    return max(logging.INFO, named if isinstance(named, int) else logging.INFO)


class _Formatter(ScrapyHelpFormatter):
    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "".join(indent + line for line in text.splitlines(keepends=True))


def fail(message: str, status: int, log_file: Any = None) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)
    if log_file:  # a Scrapyd job: its log is where the operator looks, not Scrapyd's stderr
        try:
            with open(log_file, "a", encoding="utf-8") as log:
                log.write(f"error: {message}\n")
        except OSError:
            pass  # the line is on stderr (Scrapyd's own log) all the same
    sys.exit(status)


def check_state(settings: Any, base_url: str) -> None:
    """The article store opens (a state disk with room for an empty file but not for the
    store fails here in one line, exit 5, not as a traceback from Scrapy's pipeline
    start-up)."""
    if settings.get("KZNEWS_REDIS_URL"):
        return  # distributed mode: the store is in Redis (preflight.check_redis)
    where = settings.get("KZNEWS_STATE_DIR") or ".kznews"
    try:
        open_store(settings, base_url).close()
    except (sqlite3.Error, OSError) as exc:
        odd = store_files_problem(Path(where))
        if odd:  # not the disk's fault: "is its disk full?" and exit 5 sent the user astray
            raise preflight.PreflightError(f"cannot open the article store under {where}: "
                                           f"{odd}") from None
        _store_failed(exc, where)


def store_files_problem(state_dir: Path) -> str:
    """What is wrong with the store's own files (the database, its journal and lock) when one
    is no file (a folder made in its place) or this user cannot write it, else ""."""
    path = store_path(state_dir)
    for name in ("", "-wal", "-shm", ".init-lock"):
        file = path.with_name(path.name + name)
        if not os.path.lexists(file):
            continue
        if not file.is_file():
            return f"{file} is no file (a folder, a broken link?): move it away"
        if not os.access(file, os.R_OK | os.W_OK):
            return f"{file} cannot be written by this user (its permissions)"
    return ""


def _store_failed(exc: Exception, where: str) -> NoReturn:
    if isinstance(exc, sqlite3.DatabaseError):
        if getattr(exc, "sqlite_errorname", "").startswith(DISK_ERRORS):
            raise preflight.PreflightError(f"cannot open the article store under {where}: "
                                           f"{exc} (is its disk full?)",
                                           EXIT_EXPORT_FAILED) from None
        # a damaged file, or one kznews did not write: the directory is unusable as it is
        raise preflight.PreflightError(f"the article store under {where} cannot be read: "
                                       f"{exc} (damaged, or not kznews's: move it away to "
                                       "start afresh)") from None
    raise preflight.PreflightError(f"cannot open the article store under {where}: {exc} "
                                   "(is its disk full?)", EXIT_EXPORT_FAILED) from None


def check_depth(settings: Any, max_pages: int) -> None:
    """``DEPTH_LIMIT`` below ``max_pages``: the listing walk goes one page at a time, each page
    a link deeper than the one before, and Scrapy drops the deeper ones without a word
    (``depth/request_ignored_count``, at DEBUG): the crawl read a few pages and passed. One
    given with ``-s`` is refused; the project's own is raised above a larger ``max_pages``."""
    depth = settings.getint("DEPTH_LIMIT")
    if not 0 < depth < max_pages + DEPTH_MARGIN:
        return
    if settings.getpriority("DEPTH_LIMIT") >= SETTINGS_PRIORITIES["cmdline"]:
        if depth < max_pages:
            raise ArgumentError(f"DEPTH_LIMIT={depth} is below max_pages={max_pages}: Scrapy "
                                "would drop the listing pages (and their articles) deeper "
                                "than that without a word; leave DEPTH_LIMIT out, and bound "
                                "the crawl with max_pages, related_depth or max_articles")
        return
    settings.set("DEPTH_LIMIT", max_pages + DEPTH_MARGIN, priority=settings.getpriority(
        "DEPTH_LIMIT"))


def check_browser(settings: Any, argument: str | None) -> None:
    """``render=always`` renders every page: without chromium every article would be dropped
    one by one, and the crawl would end as "0 articles" with the cause in warnings."""
    from kznews.render import launch_options

    mode = render_mode("render" if argument else "KZNEWS_RENDER",
                       argument or settings.get("KZNEWS_RENDER") or "auto")
    if mode != "always":
        return
    path = str(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS").get("executable_path")
               or launch_options()["executable_path"])
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise ArgumentError(f"render=always needs chromium, and {path} is not an executable "
                            "(install Debian's chromium, or set KZNEWS_CHROMIUM to its path)")


def repeats(spargs: list[str]) -> list[str]:
    """``-a max_pages=1 … -a max_pages=5``: Scrapy keeps the last one, and wrappers rely on
    it to override their defaults; a user who repeated one by mistake is told which won."""
    seen: dict[str, str] = {}
    out = []
    for name, _, value in (a.partition("=") for a in spargs):
        if name in seen and seen[name] != value:
            out.append(f"argument {name} given twice ({seen[name]!r}, then {value!r}): the "
                       "last one is used")
        seen[name] = value
    return out


def usage_error(message: str) -> NoReturn:
    """A command line the option parser cannot read (``-a max_pages`` without a value, ``-o``
    without a file, an output without a format): one line, exit status 2, instead of
    Scrapy's usage block and ``__main__.py: error: …``."""
    print(f"error: {message} (`kznews crawl --help` lists every option)", file=sys.stderr,
          flush=True)
    sys.exit(verdict.EXIT_BAD_INPUT)


def stray_word(word: str) -> str:
    """Why a word after the spider's name is wrong, and what was meant: Scrapy's own answer
    ("running 'scrapy crawl' with more than one spider is not supported", with its usage)
    names neither the word nor the fix."""
    from kznews.spiders.args import ARG_NAMES

    name, sep, value = word.lstrip("-").partition("=")
    arg = name.replace("-", "_")
    if word.startswith("-"):
        hint = (f" (spider arguments are -a NAME=VALUE: -a {arg}={value or '…'})"
                if arg in ARG_NAMES else "")
        return f"unknown option {word!r}{hint}; `kznews crawl --help` lists every one"
    if sep and arg.lower() in ARG_NAMES:
        return f"{word!r} is a spider argument: give it as -a {arg.lower()}={value}"
    if sep and name.isupper():
        return f"{word!r} is a setting: give it as -s {word}"
    return (f"unexpected {word!r}: spider arguments are -a NAME=VALUE, settings -s NAME=VALUE "
            "(`kznews crawl --help` lists them)")


def unknown_spider(settings: Any, name: str) -> str:
    """Why ``scrapy crawl NAME`` names no spider of the project, or "" (Scrapy's answer was a
    ``KeyError`` traceback)."""
    from scrapy.spiderloader import get_spider_loader

    names = sorted(get_spider_loader(settings).list())
    if name in names:
        return ""
    hint = did_you_mean(name.lower(), names)
    return f"no spider {name!r} in this project{hint}; its spiders: {', '.join(names)}"


def mapping_slip(settings: Any, pairs: list[str]) -> str:
    """Why a ``-s NAME=VALUE`` of a setting that takes a mapping (``FEEDS``, ``EXTENSIONS``,
    ``ITEM_PIPELINES`` …) cannot be read, or "": Scrapy reads its value as JSON while it parses
    the command line, and a list (``-s FEEDS=[…]``) was a traceback, broken JSON "Invalid -s
    value, use -s NAME=VALUE" (which it was)."""
    from scrapy.settings import BaseSettings

    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not isinstance(settings.get(name), BaseSettings):
            continue
        try:
            BaseSettings().update(value)
        except (TypeError, ValueError) as exc:
            why = f": {exc}" if isinstance(exc, json.JSONDecodeError) else ""
            return f"-s {name} must be a JSON object such as '{_example(settings, name)}', " \
                   f"got {value!r}{why}"
    return ""


def _example(settings: Any, name: str) -> str:
    """A JSON object of the kind ``name`` takes: its default when short."""
    if name == "FEEDS":
        return '{"out.jsonl": {"format": "jsonlines"}}'
    default = json.dumps(settings.getdict(name), ensure_ascii=False, default=str)
    return default if 2 < len(default) <= 80 else '{"name": 100}'


# DEPTH_LIMIT's room above max_pages: related links, canonicals, other ways into the listing
DEPTH_MARGIN = 1000

# sqlite's result codes for a disk that is full, failing or read-only (its other errors are
# a damaged or foreign file)
DISK_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN")


class Command(ScrapyCrawl):
    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.formatter_class = _Formatter
        parser.epilog = f"{CenterinformSpider.name}:\n{help_text()}"
        parser.error = usage_error  # type: ignore[method-assign]

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        self.repeated = repeats(list(opts.spargs or []))
        bad = mapping_slip(self.settings, list(opts.set or []))
        if bad:
            fail(bad, verdict.EXIT_BAD_INPUT)
        super().process_options(args, opts)
        if args and args[0] != CenterinformSpider.name:
            unknown = unknown_spider(self.settings, args[0])
            if unknown:
                fail(unknown, verdict.EXIT_BAD_INPUT)
        if not args or args[0] != CenterinformSpider.name:
            return
        try:
            self.check(args, opts)
        except KeyboardInterrupt:  # Ctrl-C while a slow site, Redis or archive is checked
            print("INTERRUPTED: stopped during the checks before the first request (Ctrl-C); "
                  "nothing was fetched", file=sys.stderr, flush=True)
            sys.exit(verdict.EXIT_INTERRUPTED)

    def check(self, args: list[str], opts: argparse.Namespace) -> None:
        """Everything a crawl of kznews' spider checks before its first request."""
        # `kznews crawl centerinform …` (the name `scrapy crawl` wants) is read as meant
        extra = [word for word in args[1:] if word != CenterinformSpider.name]
        del args[1:]
        if extra:
            assert self.settings is not None
            fail(stray_word(extra[0]), verdict.EXIT_BAD_INPUT, self.settings.get("LOG_FILE"))
        if HELP_ARG in opts.spargs:
            print(help_text())
            sys.exit(0)
        settings = self.settings
        assert settings is not None
        try:
            parsed = CrawlArgs.parse(**opts.spargs)
            setting_checks.check_settings(settings)
            check_depth(settings, parsed.max_pages)
            check_browser(settings, parsed.render)
            politeness.check_settings(settings)
            preflight.check_dirs(settings)
            preflight.check_feeds(settings, set(dir(CenterinformSpider())))
            check_state(settings, parsed.base_url)
            if settings.get("KZNEWS_REDIS_URL"):
                preflight.check_redis(str(settings.get("KZNEWS_REDIS_URL")))
        except (ArgumentError, ValueError) as exc:
            fail(str(exc), verdict.EXIT_BAD_INPUT, settings.get("LOG_FILE"))
        except preflight.PreflightError as exc:
            fail(str(exc), exc.status, settings.get("LOG_FILE"))
        if parsed.warc:
            return  # a replay answers from the archive: nothing is fetched
        try:
            timeout = min(settings.getfloat("DOWNLOAD_TIMEOUT", 30.0), 15.0)
            preflight.check_reachable(parsed.base_url, timeout)
        except preflight.PreflightError as exc:
            fail(str(exc), verdict.EXIT_UNREACHABLE, settings.get("LOG_FILE"))

    def _create_crawler(self, spname: Any) -> Crawler:
        crawler: Crawler = super()._create_crawler(spname)
        self.stages: list[str] = []  # "opened", then the finish reason once it closed
        crawler.signals.connect(lambda: self.stages.append("opened"),
                                signal=signals.spider_opened, weak=False)
        crawler.signals.connect(lambda reason: self.stages.append(str(reason)),
                                signal=signals.spider_closed, weak=False)
        return crawler

    def interrupted(self) -> bool:
        """A crawl stopped by a signal: closed for "shutdown", or never closed at all (a
        second Ctrl-C stops the process before Scrapy's close; no verdict is recorded)."""
        stages = getattr(self, "stages", [])
        return stages == ["opened"] or "shutdown" in stages

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        for line in getattr(self, "repeated", []):
            logger.warning("%s", line)  # logging is set up by now: the job log has it too
        super().run(args, opts)
        if self.interrupted() and not verdict.recorded():
            print("INTERRUPTED: the crawl was stopped (Ctrl-C, SIGTERM); the next run "
                  "finishes its feeds", file=sys.stderr, flush=True)
            self.exitcode = verdict.EXIT_INTERRUPTED
            return
        for result in verdict.recorded():
            text = "\n".join(result.lines())
            if self.settings and self.settings.get("LOG_FILE"):
                # Scrapyd's job log, where `kznews enqueue --wait` reads it: at INFO, or at the
                # level the log is kept at (-s LOG_LEVEL=WARNING would hide it)
                logger.log(verdict_level(self.settings.get("LOG_LEVEL")), "%s", text)
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
