"""Spider arguments (``-a name=value``) and kznews settings (``-s NAME=value``): declared once.

``ARGS`` and ``SETTINGS`` below are the single source for checking a crawl's arguments, for
``scrapy crawl centerinform -a help=1`` / ``kznews crawl --help``, and for the tables in
README.md and docs/SETTINGS.md (``kznews.spiders.argdocs``; a test fails when they drift).
A new argument is one ``Arg`` entry (plus its ``CrawlArgs`` field); a new setting is one
``Setting`` entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from w3lib.url import safe_url_string

from kznews.hints import did_you_mean

LANGS = ("ru", "en", "kk")
RENDER_MODES = ("auto", "always", "never")
DISCOVER_MODES = ("listing", "sitemap", "feed")
DEFAULT_MAX_PAGES = 100
# Articles linked from a listing article's related block are followed; their own related
# links are not: a site whose every article links new ones would otherwise never end.
DEFAULT_RELATED_DEPTH = 1
DEFAULT_BASE_URL = "https://ic24.kz"
ALMATY = ZoneInfo("Asia/Almaty")  # the outlet's dates, and so `since`, are Almaty dates
HELP_ARG = "help"


class ArgumentError(ValueError):
    """A spider argument a user got wrong; its message is the one line they see."""


# ---------------------------------------------------------------------- value parsers
def _base_url(value: Any) -> str | None:
    if value is None:
        return None  # the archive's own (warc), else DEFAULT_BASE_URL: see CrawlArgs.parse
    try:
        parts = urlsplit(str(value).strip())
        _ = parts.port  # raises on a port out of range or not a number
    except ValueError:
        raise ArgumentError(f"base_url is not a valid URL: {value!r}") from None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        text = str(value).strip()
        hint = ""
        if "://" not in text and text and not text.startswith("/"):  # ic24.kz, 127.0.0.1:8000
            scheme = "http" if re.search(r":\d+(/|$)", text) else "https"
            hint = f" (did you mean {scheme}://{text}?)"
        raise ArgumentError(f"base_url must be an http(s) URL, got {value!r}{hint}")
    site = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}".lower()
    if "@" in parts.netloc:
        # Scrapy cannot fetch a URL holding credentials: every request would fail
        raise ArgumentError(f"base_url must not hold a user name or password: give {site}")
    # Scrapy requests an IDN host by its ASCII (punycode) name: a base in Unicode would make
    # every fetched page look like another site's
    site = safe_url_string(site)
    return site + _site_path(parts.path, site)


def _site_path(path: str, site: str) -> str:
    """The path prefix a copy of the outlet lives under (``http://host/ic24`` + /novosti).
    The listing page's own address (``…/novosti/``, ``…/novosti?page=2``) names its site; an
    article page is refused: the crawl would look for the listing under it and find nothing."""
    from kznews.sites.centerinform.outlet import LISTING_PATH, article_id

    path = path.rstrip("/")
    if path.lower().endswith(LISTING_PATH):
        return path[:-len(LISTING_PATH)]
    if article_id(site + path):
        raise ArgumentError(f"base_url is an article page ({site}{path}): give the site's "
                            f"address, e.g. {site} (`kznews extract` reads one page)")
    # a listing page's own address in another form (…/novosti/page/2, …/novosti/2): the
    # crawl would look for the listing under it and find nothing
    inside = path.lower().find(LISTING_PATH + "/")
    if inside >= 0:
        return path[:inside]
    return path


def _whole(name: str, allow_zero: bool) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ArgumentError(f"{name} must be a whole number, got {value!r}") from None
        if number < 0 or (number == 0 and not allow_zero):
            raise ArgumentError(f"{name} must be {'≥ 0' if allow_zero else '≥ 1'}, "
                                f"got {value!r}")
        return number
    return parse


def today_in_almaty() -> date:
    return datetime.now(ALMATY).date()


# Harmless spellings read as the canonical value (README's argument table lists them): `kz`
# is the country's code, often typed for its language, and the ISO 639-2 codes. `discover`
# takes its own words only (`rss` or `sitemaps` are refused: docs/DISCOVERY.md).
LANG_ALIASES = {"kz": "kk", "kaz": "kk", "rus": "ru", "eng": "en"}
_SEPARATORS = re.compile(r"[\s,;]+")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def _words(value: Any) -> list[str]:
    """A list argument's items: comma-separated, spaces and semicolons read as commas."""
    return [w for w in _SEPARATORS.split(str(value).strip().lower()) if w]


def _since(value: Any) -> date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    ymd, dmy = _YMD.fullmatch(text), _DMY.fullmatch(text)
    if dmy:  # 01.02.2024: day first as written in Kazakhstan, but refused rather than guessed
        day, month, year = dmy.groups()
        raise ArgumentError(f"since must be a date YYYY-MM-DD, got {value!r} (did you mean "
                            f"{year}-{int(month):02d}-{int(day):02d}?)")
    if not ymd:
        raise ArgumentError(f"since must be a date YYYY-MM-DD such as "
                            f"{today_in_almaty().isoformat()}, got {value!r}")
    year, month, day = (int(x) for x in ymd.groups())
    try:
        since = date(year, month, day)
    except ValueError as exc:
        why = str(exc)
        if month > 12 >= day:  # 2024-31-01: day and month the wrong way round
            why = f"did you mean {year}-{day:02d}-{month:02d}?"
        raise ArgumentError(f"since must be a date YYYY-MM-DD, got {value!r} ({why})") from None
    # A date after today can match no article: the crawl would read listing pages for
    # nothing and end with "0 articles", so it is refused before the first request.
    today = today_in_almaty()
    if since > today:
        raise ArgumentError(f"since {since} is in the future (today is {today} in Almaty): "
                            "no article can be that new")
    return since


def _choices(name: str, value: Any, known: tuple[str, ...],
             aliases: Mapping[str, str]) -> frozenset[str]:
    words = _words(value)
    unknown = [w for w in words if w not in known and w not in aliases]
    if unknown or not words:
        which = f" ({unknown[0]!r} is none of them)" if len(words) > 1 and unknown else ""
        raise ArgumentError(f"{name} must be a comma list of {','.join(known)}, "
                            f"got {value!r}{which}")
    return frozenset(aliases.get(w, w) for w in words)


def _langs(value: Any) -> frozenset[str]:
    return _choices("lang", value, LANGS, LANG_ALIASES)


def _flag(name: str) -> Callable[[Any], bool]:
    def parse(value: Any) -> bool:
        flag = str(value).strip().lower()
        if flag not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
            raise ArgumentError(f"{name} must be 1 or 0, got {value!r}")
        return flag in {"1", "true", "yes", "on"}
    return parse


def render_mode(name: str, value: Any) -> str:
    """``auto``/``always``/``never``, in any case (the argument and KZNEWS_RENDER)."""
    mode = str(value).strip().lower()
    if mode not in RENDER_MODES:
        raise ArgumentError(f"{name} must be one of {'/'.join(RENDER_MODES)}, got {value!r}")
    return mode


def _render(value: Any) -> str | None:
    return None if value is None else render_mode("render", value)


def _warc(value: Any) -> tuple[str, ...]:
    """The archive files ``warc`` names (a file, a directory or a glob), checked. An empty
    one (``-a warc=$ARCHIVE`` with the variable unset) is refused: the crawl would fetch the
    live site instead of replaying."""
    if value is None:
        return ()
    from kznews.archive.index import check  # reads WARC: only for a replay
    from kznews.archive.paths import ArchiveError, resolve

    try:
        files = resolve(str(value))
        check(files)
    except ArchiveError as exc:
        raise ArgumentError(str(exc)) from None
    except OSError as exc:
        raise ArgumentError(f"warc: cannot read {value!r}: {exc.strerror or exc}") from None
    return tuple(files)


def _discover(value: Any) -> frozenset[str]:
    return _choices("discover", value, DISCOVER_MODES, {})


def _default_base_url(files: tuple[str, ...]) -> str:
    if not files:
        return DEFAULT_BASE_URL
    from kznews.archive.index import base_url_of

    return _base_url(base_url_of(files)) or DEFAULT_BASE_URL


def _archive_holds(files: tuple[str, ...], base_url: str) -> None:
    """A replay of a site the archive holds no page of reads nothing, and used to end as
    "the first listing page could not be fetched": refused before it starts."""
    from kznews.archive.index import scan
    from kznews.archive.paths import host_key

    held = {host_key(c.url) for c in scan(files).captures}
    if host_key(base_url) not in held:
        some = ", ".join(sorted(held)[:3])
        raise ArgumentError(f"warc: the archive holds no page of {host_key(base_url)} (it "
                            f"holds {some}): leave base_url out to replay the archive's site")


# ---------------------------------------------------------------------- declarations
@dataclass(frozen=True)
class Arg:
    name: str
    default: Any  # passed to ``parse`` when the argument is not given
    shown: str  # the default as a user reads it
    meaning: str
    parse: Callable[[Any], Any]
    attr: str = ""  # the CrawlArgs field (default: the name)


@dataclass(frozen=True)
class Setting:
    name: str
    meaning: str
    group: str
    shown: str = ""  # the default as a user reads it (default: kznews/settings.py's value)


ARGS: tuple[Arg, ...] = (
    Arg("base_url", None, "`https://ic24.kz`",
        "site to crawl (a path prefix is kept); only its origin (scheme, host, port) is ever "
        "contacted; the listing's address (`…/novosti/`, `?page=2`) is read as its site, an "
        "article page or a user name/password is refused", _base_url),
    Arg("max_pages", DEFAULT_MAX_PAGES, f"`{DEFAULT_MAX_PAGES}`",
        "listing pages requested at most (articles reached through related links are not "
        "counted here: see related_depth, max_articles)", _whole("max_pages", False)),
    Arg("related_depth", DEFAULT_RELATED_DEPTH, f"`{DEFAULT_RELATED_DEPTH}`",
        "a related-link depth bound: related links followed from a listing article (`1`: its "
        "related articles, not theirs; `0`: none)", _whole("related_depth", True)),
    Arg("max_articles", 0, "`0` (no limit)",
        "stop after this many articles were scraped (any route: listing or related link)",
        _whole("max_articles", True)),
    Arg("since", None, "–", "`YYYY-MM-DD` (Almaty; `2024-1-2`, `2024/01/02` read too, "
        "`02.01.2024` refused): skip older articles, stop paging at a listing page holding "
        "only older ones; a future date is refused", _since),
    Arg("lang", "ru,en,kk", "`ru,en,kk`",
        "languages to keep (read from the content, not the URL); any case, commas, spaces "
        "or semicolons; `kz` and `kaz` read as `kk`, `rus` as `ru`, `eng` as `en`", _langs,
        "langs"),
    Arg("follow_related", "1", "`1`",
        "also follow the headline block on article pages (`0` = `related_depth=0`: listing "
        "pages only); `1`/`0`, `true`/`false`, `yes`/`no`, `on`/`off`",
        _flag("follow_related")),
    Arg("render", None, "`auto` (KZNEWS_RENDER)",
        "Playwright rendering: `auto`, `always`, `never` (any case); `always` without "
        "chromium is refused", _render),
    Arg("warc", None, "–", "replay: answer every request from these WARC files (a file, a "
        "directory or a glob) instead of the network; `base_url` defaults to the archive's",
        _warc),
    Arg("discover", ",".join(DISCOVER_MODES), f"`{','.join(DISCOVER_MODES)}`",
        "where article links come from, any subset: the listing walk (and headline blocks), "
        "sitemaps named in robots.txt (else `/sitemap.xml`), RSS/Atom feeds (announced by the "
        "listing page, else `/rss`, `/feed`, `/rss.xml`); `feed` alone makes a cheap "
        "\"latest news\" crawl (docs/DISCOVERY.md)", _discover),
)

SETTINGS: tuple[Setting, ...] = (
    Setting("KZNEWS_STATE_DIR", "article store (dedup, revisions) and run locks", "files"),
    Setting("KZNEWS_FEEDS_DIR", "per-language feeds `<lang>/<spider>-<UTC time>.jsonl`",
            "files"),
    Setting("KZNEWS_REPORTS_DIR", "end-of-crawl reports `.json` and `.html`", "files"),
    Setting("KZNEWS_FEEDS_ENABLED", "write the per-language feeds (`False`: store only)",
            "files"),
    Setting("KZNEWS_EXPORT_ENABLED", "dedup against the store and export at all", "files",
            "`True`"),
    Setting("KZNEWS_SITE_KEY", "store and report namespace (default: the crawled host:port)",
            "files"),
    Setting("KZNEWS_ARCHIVE_DIR", "WARC files of every response fetched (unset: none)",
            "files"),
    Setting("KZNEWS_ARCHIVE_MAX_BYTES", "a new WARC file after this many bytes", "files"),
    Setting("KZNEWS_INCREMENTAL", "repeated crawls stop paging once listing pages hold "
            "nothing new, and skip known articles not due for a re-check", "incremental"),
    Setting("KZNEWS_LISTING_OVERLAP", "listing pages with nothing new before paging stops",
            "incremental"),
    Setting("KZNEWS_RECHECK_HOURS", "hours before a known article is re-checked "
            "(conditional request)", "incremental"),
    Setting("KZNEWS_TRANSLATION_WINDOW", "parsed articles held back while a translation "
            "partner may still come (both then carry `translations`); more pairs far apart in "
            "the crawl, more memory and more to export at the end", "incremental"),
    Setting("KZNEWS_DEFERRED_KEEP_MB", "article pages (a year-less dateline read before its "
            "listing page) kept to be parsed again once the listing is read; past it such a page "
            "is fetched again", "incremental"),
    Setting("KZNEWS_HOLD_RELATED", "related and other-language links, and a listing's undated "
            "ones (a sidebar), to stories older than any the listing walk has dated wait until "
            "it reaches them (`discovery/held_for_listing`), so that such a page is fetched "
            "and parsed once, with its listing date; `0`: requested as found (a page with only "
            "a year-less dateline is then parsed, put off and parsed again)", "incremental"),
    Setting("KZNEWS_EXTRACT_WORKERS", "processes reading article pages beside the crawl's "
            "own (`kznews.spiders.workers`): `auto` one less than the cores, at most 2; a "
            "number, that many (at most one a core); `0` none, every page read in the crawl's "
            "process; the records are the same either way (a worker that dies: "
            "`workers/broken`, its pages read again here: `workers/pages_reread`)", "speed"),
    Setting("KZNEWS_EXTRACT_WORKERS_AFTER", "article pages the crawl reads itself before "
            "starting the workers (a worker's start costs about a second: a short crawl never "
            "starts one)", "speed"),
    Setting("KZNEWS_RENDER", "rendering mode when the `render` argument is not given: "
            "`auto`, `always`, `never`", "rendering"),
    Setting("KZNEWS_RENDER_WAIT", "seconds a rendered page may take to show its text",
            "rendering"),
    Setting("KZNEWS_RENDER_PAGE_BUDGET", "seconds from opening to closing a rendered page",
            "rendering"),
    Setting("KZNEWS_RENDER_MAX_MB", "resident memory of a page's renderer before it is killed",
            "rendering"),
    Setting("KZNEWS_RENDER_JS_HEAP_MB", "JavaScript heap of a rendered page (V8 flag)",
            "rendering"),
    Setting("KZNEWS_CONTACT", "e-mail or URL put in the User-Agent: set it before crawling "
            "the outlet", "politeness"),
    Setting("KZNEWS_POLITE_CONCURRENCY", "requests at once to a public host (loopback and "
            "private hosts keep Scrapy's rates)", "politeness"),
    Setting("KZNEWS_POLITE_DELAY", "seconds between requests to a public host (±50%)",
            "politeness"),
    Setting("KZNEWS_POLITE_AUTOTHROTTLE_TARGET", "AutoThrottle target concurrency for a "
            "public host", "politeness"),
    Setting("KZNEWS_IGNORE_CRAWL_DELAY", "ignore robots.txt Crawl-delay / Request-rate",
            "politeness"),
    Setting("KZNEWS_CRAWL_DELAY_MAX", "a longer robots.txt delay is capped to this (s)",
            "politeness"),
    Setting("KZNEWS_BLOCK_LIMIT", "challenge/captcha/WAF pages in a row that end the crawl "
            "(exit status 4)", "politeness"),
    Setting("KZNEWS_BLOCK_BACKOFF", "seconds after the first block, doubled per further one",
            "politeness"),
    Setting("KZNEWS_BLOCK_BACKOFF_MAX", "longest wait after a block (s)", "politeness"),
    Setting("KZNEWS_RETRY_BACKOFF", "seconds before the first retry, doubled per retry",
            "retries"),
    Setting("KZNEWS_RETRY_MAX_DELAY", "longest delay between retries (s)", "retries"),
    Setting("KZNEWS_RETRY_AFTER_MAX", "longest `Retry-After` waited for (s); a longer one "
            "gives the page up at once, `drop/retry_after`", "retries"),
    Setting("KZNEWS_COOKIES_MAX_BYTES", "cookies kept per cookie jar (names and values, "
            "bytes); more are refused, `cookies/refused`", "retries"),
    Setting("KZNEWS_REDIS_URL", "distributed mode: shared queue, dedup and store",
            "distributed"),
    Setting("KZNEWS_REDIS_PREFIX", "prefix of every Redis key", "distributed", "`kznews`"),
    Setting("KZNEWS_REDIS_WORKER_TTL", "seconds without heartbeat before a worker is dead",
            "distributed", "`30.0`"),
    Setting("KZNEWS_REDIS_IDLE_TIMEOUT", "seconds an idle worker waits for busy peers",
            "distributed", "`60.0`"),
    Setting("KZNEWS_REDIS_CRAWL_TTL", "seconds after the last heartbeat the crawl keys "
            "expire", "distributed", "`604800.0`"),
    Setting("KZNEWS_MONITORS_ENABLED", "judge every run (exit status 3 when a monitor fails)",
            "monitors"),
    Setting("KZNEWS_MONITOR_MIN_ITEMS", "fewer articles scraped or found unchanged: failed",
            "monitors"),
    Setting("KZNEWS_MONITOR_MAX_ERRORS", "more ERROR log lines: failed", "monitors"),
    Setting("KZNEWS_MONITOR_MAX_INVALID", "more articles failing the JSON Schema: failed",
            "monitors"),
    Setting("KZNEWS_MONITOR_MAX_FAILED_SHARE", "larger share of article pages that could not "
            "be fetched after their retries: failed", "monitors"),
    Setting("KZNEWS_MONITOR_FINISH_REASONS", "finish reasons that pass (and any "
            "`closespider_*`)", "monitors"),
    Setting("KZNEWS_MONITOR_COVERAGE", "minimum share of articles with a value, per field "
            "and language (fields not listed are reported, not judged)", "monitors"),
    Setting("KZNEWS_MONITOR_COVERAGE_MIN_ITEMS", "articles of a language needed before its "
            "field coverage is judged (fewer: reported only)", "monitors"),
    Setting("KZNEWS_DRIFT_HISTORY", "earlier runs averaged as the drift baseline", "monitors"),
    Setting("KZNEWS_DRIFT_MAX_RISE", "allowed rise of the fallback-rule share over the "
            "baseline", "monitors"),
    Setting("KZNEWS_DRIFT_MAX_SHARE", "allowed fallback-rule share with no earlier run",
            "monitors"),
    Setting("KZNEWS_DRIFT_MIN_ITEMS", "runs with fewer articles are neither judged for drift "
            "nor a baseline", "monitors"),
    Setting("KZNEWS_NOTIFY", "where failed runs are announced: URLs get a JSON POST, paths "
            "a JSON line", "monitors"),
    Setting("KZNEWS_NOTIFY_ON", "`failure`, or `always`", "monitors"),
    Setting("KZNEWS_NOTIFY_TIMEOUT", "seconds per notifier", "monitors"),
    Setting("KZNEWS_PROGRESS", "progress line: `auto`, `tty`, `log`, `off`", "progress"),
    Setting("KZNEWS_PROGRESS_INTERVAL", "seconds between redraws of the live line",
            "progress"),
    Setting("KZNEWS_PROGRESS_LOG_INTERVAL", "seconds between progress log lines", "progress"),
    Setting("KZNEWS_GC_THRESHOLD", "allocations between young collections of Python's "
            "cycle collector during a crawl, start-up objects frozen (`0`: Python's defaults)",
            "process"),
)

ARG_NAMES = tuple(a.name for a in ARGS)


@dataclass(frozen=True)
class CrawlArgs:
    base_url: str
    max_pages: int
    max_articles: int
    since: date | None
    langs: frozenset[str]
    follow_related: bool
    render: str | None
    warc: tuple[str, ...] = ()  # archive files to replay instead of fetching
    # related-link hops followed from a listing article (0: none; follow_related=0 forces 0)
    related_depth: int = DEFAULT_RELATED_DEPTH
    discover: frozenset[str] = frozenset(DISCOVER_MODES)  # where article links come from

    @classmethod
    def parse(cls, **given: Any) -> CrawlArgs:
        check_names(given)
        values = {(a.attr or a.name): a.parse(given.get(a.name, a.default)) for a in ARGS}
        if values["base_url"] is None:
            values["base_url"] = _default_base_url(values["warc"])
        elif values["warc"]:
            _archive_holds(values["warc"], values["base_url"])
        # either argument turns related links off
        values["related_depth"] = values["related_depth"] if values["follow_related"] else 0
        values["follow_related"] = values["related_depth"] > 0
        return cls(**{f.name: values[f.name] for f in fields(cls)})


def check_names(given: Mapping[str, Any]) -> None:
    """Unknown argument names are refused; Scrapyd's own (``_job``, ``_version``: every name
    it passes starts with ``_``) are let through."""
    for name in given:
        if name in ARG_NAMES or name.startswith("_"):
            continue
        hint = did_you_mean(name.strip().lower(), ARG_NAMES)
        raise ArgumentError(f"unknown argument {name!r}{hint}; "
                            f"`-a {HELP_ARG}=1` lists them: {', '.join(ARG_NAMES)}")
