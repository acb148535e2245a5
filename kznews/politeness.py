"""Crawl rates a small newsroom's server can bear, and who is asking (docs/POLITENESS.md).

The :class:`Politeness` add-on looks at the host of the spider's ``base_url`` before the crawl
starts. A loopback, private or link-local host (the offline mirror, tests, benchmarks) keeps
the fast project defaults; any other host — the live outlet — is crawled one request at a time,
at least ``KZNEWS_POLITE_DELAY`` seconds apart, with AutoThrottle aiming at one request in
flight. Whatever a user passes with ``-s`` (or a spider sets) wins over both.

The same add-on composes the User-Agent from ``KZNEWS_CONTACT`` and installs
:class:`CrawlDelay` (robots.txt ``Crawl-delay`` / ``Request-rate``) and the block guard of
:mod:`kznews.blocks`.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from kznews.blocks import BlockGuard

if TYPE_CHECKING:
    from scrapy.core.downloader import Slot
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

# Settings the add-on may set for a live host: only while nobody set them above the project's
# own defaults (settings.py is "project" priority; -s is "cmdline", a spider's is "spider").
PROJECT = SETTINGS_PRIORITIES["project"]
POLITE_KEYS = {
    "CONCURRENT_REQUESTS_PER_DOMAIN": "KZNEWS_POLITE_CONCURRENCY",
    "DOWNLOAD_DELAY": "KZNEWS_POLITE_DELAY",
    "AUTOTHROTTLE_TARGET_CONCURRENCY": "KZNEWS_POLITE_AUTOTHROTTLE_TARGET",
}
# Added to a robots.txt delay: the slot counts from when a request leaves the queue, the
# server from when it arrives; connection set-up and thread scheduling make that differ by
# milliseconds, and the server's clock is the one that matters.
CRAWL_DELAY_MARGIN = 0.1
_EMAIL = re.compile(r"^[^@\s<>()\[\];,]+@[^@\s<>()\[\];,]+\.[^@\s<>()\[\];,]+$")


# ----------------------------------------------------------------------- which host
def is_local_host(host: str | None) -> bool:
    """True for loopback, private (RFC 1918, fc00::/7), link-local hosts and ``localhost``.

    Decided from the name alone, never by resolving it: a host name other than
    ``localhost`` counts as remote."""
    name = (host or "").strip().lower().strip("[]").rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_private or address.is_link_local


@dataclass(frozen=True)
class Rates:
    """What one crawl runs at: per-domain concurrency, delay floor, AutoThrottle target."""

    local: bool
    concurrency: int
    delay: float
    autothrottle_target: float

    def describe(self) -> str:
        if self.delay > 0:
            pace = f"{self.concurrency} request(s) at a time, {self.delay:g} s apart"
        else:
            pace = f"{self.concurrency} requests at a time, no delay"
        return f"{pace}, AutoThrottle target {self.autothrottle_target:g}"


def _positive(settings: BaseSettings, name: str, kind: type, minimum: float) -> Any:
    raw = settings.get(name)
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {raw!r}") from None
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum:g}, got {raw!r}")
    return value


def polite_values(settings: BaseSettings) -> dict[str, Any]:
    """The live-host values from ``KZNEWS_POLITE_*``; ValueError on a bad one."""
    return {
        "CONCURRENT_REQUESTS_PER_DOMAIN": _positive(settings, "KZNEWS_POLITE_CONCURRENCY",
                                                    int, 1),
        "DOWNLOAD_DELAY": _positive(settings, "KZNEWS_POLITE_DELAY", float, 0),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": _positive(
            settings, "KZNEWS_POLITE_AUTOTHROTTLE_TARGET", float, 0.1),
    }


def resolve_rates(base_url: str, settings: BaseSettings) -> tuple[Rates, dict[str, Any]]:
    """The rates a crawl of ``base_url`` runs at, and the settings to change for them.

    Pure: reads ``settings``, changes nothing. A setting given above project priority
    (``-s``, a spider's custom_settings) is kept as given."""
    local = is_local_host(urlsplit(base_url).hostname)
    changes: dict[str, Any] = {}
    if not local:
        for name, value in polite_values(settings).items():
            if (settings.getpriority(name) or 0) <= PROJECT:
                changes[name] = value
    merged = {name: changes.get(name, settings.get(name)) for name in POLITE_KEYS}
    return Rates(local, int(merged["CONCURRENT_REQUESTS_PER_DOMAIN"]),
                 float(merged["DOWNLOAD_DELAY"] or 0),
                 float(merged["AUTOTHROTTLE_TARGET_CONCURRENCY"])), changes


# ----------------------------------------------------------------------- who is asking
def version() -> str:
    try:
        return metadata.version("kznews")
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0"


def contact_link(contact: str | None) -> str | None:
    """``mailto:`` link or http(s) URL for ``KZNEWS_CONTACT``; None when unset.

    ValueError with a one-line message for anything else."""
    text = (contact or "").strip()
    if not text:
        return None
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    if _EMAIL.match(text):
        return f"mailto:{text}"
    parts = urlsplit(text)
    if parts.scheme in ("http", "https") and parts.hostname and not re.search(r"\s", text):
        return text
    raise ValueError(f"KZNEWS_CONTACT must be an e-mail address or an http(s) URL, "
                     f"got {contact!r}")


def user_agent(contact: str | None) -> str:
    link = contact_link(contact)
    tail = f"+{link}; news archive crawler" if link else "news archive crawler"
    return f"kznews/{version()} ({tail})"


def check_settings(settings: BaseSettings) -> None:
    """Raise ValueError (one line) on a bad KZNEWS_CONTACT or KZNEWS_POLITE_*/block setting."""
    contact_link(settings.get("KZNEWS_CONTACT"))
    polite_values(settings)
    _positive(settings, "KZNEWS_CRAWL_DELAY_MAX", float, 0)
    _positive(settings, "KZNEWS_BLOCK_LIMIT", int, 1)
    _positive(settings, "KZNEWS_BLOCK_BACKOFF", float, 0)
    _positive(settings, "KZNEWS_BLOCK_BACKOFF_MAX", float, 0)


# ----------------------------------------------------------------------- the add-on
def _set(settings: BaseSettings, name: str, value: Any) -> None:
    settings.set(name, value, priority=max(PROJECT, settings.getpriority(name) or 0))


class Politeness:
    """Scrapy add-on: rates by host, User-Agent, robots.txt delays and the block guard."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Politeness:
        return cls(crawler)

    def update_settings(self, settings: BaseSettings) -> None:
        base_url = str(getattr(self.crawler.spider, "base_url", "") or "")
        rates, changes = resolve_rates(base_url, settings)
        for name, value in changes.items():
            _set(settings, name, value)
        host = urlsplit(base_url).hostname or "?"
        contact = settings.get("KZNEWS_CONTACT")
        if (settings.getpriority("USER_AGENT") or 0) <= PROJECT:
            _set(settings, "USER_AGENT", user_agent(contact))
        settings.set_in_component_priority_dict("EXTENSIONS", CrawlDelay, 600)
        settings.set_in_component_priority_dict(
            "DOWNLOADER_MIDDLEWARES", BlockGuard, 560)
        where = "loopback/private host" if rates.local else "live host"
        logger.info("politeness: %s %s: %s", where, host, rates.describe())
        if not rates.local and not contact_link(contact):
            logger.warning("no contact in the User-Agent: set KZNEWS_CONTACT to an e-mail "
                           "address or URL the outlet can reach you at, e.g. "
                           "-s KZNEWS_CONTACT=you@example.org")


# ----------------------------------------------------------------------- robots.txt delays
def robots_delay(parser: Any, agent: str) -> float | None:
    """The larger of robots.txt ``Crawl-delay`` and ``Request-rate`` (as seconds per
    request) for ``agent``, or None when it sets neither."""
    rp = getattr(parser, "rp", parser)  # scrapy's ProtegoRobotParser wraps a Protego
    delays = []
    crawl_delay = getattr(rp, "crawl_delay", None)
    if callable(crawl_delay) and (value := crawl_delay(agent)) is not None:
        delays.append(float(value))
    request_rate = getattr(rp, "request_rate", None)
    rate = request_rate(agent) if callable(request_rate) else None
    if rate is not None and rate.requests > 0:
        delays.append(rate.seconds / rate.requests)
    return max(delays) if delays else None


class CrawlDelay:
    """Honours robots.txt ``Crawl-delay`` and ``Request-rate`` per host.

    When robots.txt is parsed (before any other request to that host leaves), the host's
    downloader slot gets concurrency 1 and a delay of at least that many seconds, with no
    jitter, so the gap the server sees is real; the slot keeps it if Scrapy recreates it, and
    AutoThrottle never lowers it. ``KZNEWS_CRAWL_DELAY_MAX`` caps it,
    ``KZNEWS_IGNORE_CRAWL_DELAY`` turns it off; both say so in the log."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.ignore = settings.getbool("KZNEWS_IGNORE_CRAWL_DELAY", False)
        self.maximum = settings.getfloat("KZNEWS_CRAWL_DELAY_MAX", 60.0)
        self.agent = str(settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT"))
        self.floors: dict[str, float] = {}
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelay:
        return cls(crawler)

    def robots_parsed(self, robotparser: Any, request: Request) -> None:
        asked = robots_delay(robotparser, self.agent)
        if not asked:
            return
        host = urlsplit(request.url).hostname
        stats = self.crawler.stats
        if self.ignore:
            logger.warning("robots.txt of %s asks for %g s between requests: ignored "
                           "(KZNEWS_IGNORE_CRAWL_DELAY)", host, asked)
            return
        delay = min(asked, self.maximum)
        if delay < asked:
            logger.warning("robots.txt of %s asks for %g s between requests: capped to %g s "
                           "(KZNEWS_CRAWL_DELAY_MAX)", host, asked, delay)
        else:
            logger.info("robots.txt of %s asks for %g s between requests: one request at a "
                        "time, %g s apart", host, asked, delay)
        if stats is not None:
            stats.set_value("politeness/robots_delay_ms", round(delay * 1000))
        self._apply(request, delay + CRAWL_DELAY_MARGIN)

    def _apply(self, request: Request, floor: float) -> None:
        engine = self.crawler.engine
        if engine is None:
            return
        downloader = engine.downloader
        key = downloader.get_slot_key(request)
        self.floors[key] = floor
        own = dict(downloader.per_slot_settings.get(key, {}))
        own.update(concurrency=1, delay=max(float(own.get("delay", 0)), floor), jitter=0.0)
        downloader.per_slot_settings[key] = own  # a slot Scrapy drops and recreates keeps it
        slot = downloader.slots.get(key)
        if slot is not None:
            _floor(slot, floor)

    def response_downloaded(self, response: Response, request: Request) -> None:
        # Connected after AutoThrottle (extensions are built in order): undo any lowering.
        key = request.meta.get("download_slot")
        if key not in self.floors or self.crawler.engine is None:
            return
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is not None:
            _floor(slot, self.floors[key])


def _floor(slot: Slot, floor: float) -> None:
    slot.concurrency = 1
    slot.jitter = 0.0
    slot.delay = max(slot.delay, floor)
