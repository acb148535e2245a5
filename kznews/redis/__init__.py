"""Distributed crawling on a shared Redis (``-s KZNEWS_REDIS_URL=redis://host:port/db``).

:class:`Distributed` is a Scrapy add-on listed in ``ADDONS``; it does nothing unless
``KZNEWS_REDIS_URL`` is set, and this module imports no Redis client, so a crawl without the
setting needs neither Redis nor the ``redis`` package. With the setting it switches the crawl
to the shared scheduler and duplicate filter of :mod:`kznews.redis.scheduler` (built on
scrapy-redis), the lease middleware and the worker extension of :mod:`kznews.redis.worker`;
``kznews.state.open_store`` then serves the article store from the same Redis
(:mod:`kznews.state.redis_store`). See docs/DISTRIBUTED.md.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from scrapy.settings import BaseSettings

#: Settings of distributed mode and their defaults (all can be given with ``-s``).
DEFAULTS: dict[str, Any] = {
    "KZNEWS_REDIS_PREFIX": "kznews",  # every key starts with it
    "KZNEWS_REDIS_WORKER_TTL": 30.0,  # s without heartbeat before a worker counts as dead
    "KZNEWS_REDIS_IDLE_TIMEOUT": 60.0,  # s an idle worker waits for busy peers, then closes
    "KZNEWS_REDIS_CRAWL_TTL": 7 * 86400.0,  # s after the last heartbeat the crawl keys expire
}


#: Environment variables read for the Redis password when the URL carries none (the URL
#: itself may come from the environment too: ``KZNEWS_REDIS_URL``, read by settings.py).
PASSWORD_ENV = ("KZNEWS_REDIS_PASSWORD", "REDISCLI_AUTH")


def enabled(settings: BaseSettings) -> bool:
    return bool(settings.get("KZNEWS_REDIS_URL"))


def with_password(url: str, env: Any = None) -> str:
    """``url`` with the password from the environment when it has none of its own: a
    secret passed with ``-s`` lands in Scrapyd's job list and logs, the environment does not."""
    env = os.environ if env is None else env
    password = next((env[name] for name in PASSWORD_ENV if env.get(name)), "")
    parts = urlsplit(url)
    if not password or parts.password is not None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


def setting(settings: BaseSettings, name: str) -> Any:
    value = settings.get(name)
    return DEFAULTS[name] if value in (None, "") else value


class Distributed:
    """Scrapy add-on: distributed mode when ``KZNEWS_REDIS_URL`` is set, else nothing."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not enabled(settings):
            return
        url = with_password(str(settings.get("KZNEWS_REDIS_URL")))
        settings.set("KZNEWS_REDIS_URL", url, settings.getpriority("KZNEWS_REDIS_URL") or "addon")
        settings.set("SCHEDULER", "kznews.redis.scheduler.RedisScheduler", "addon")
        settings.set("DUPEFILTER_CLASS", "kznews.redis.scheduler.ArticleDupeFilter", "addon")
        # scrapy-redis reads its connection from REDIS_URL.
        settings.set("REDIS_URL", settings.get("KZNEWS_REDIS_URL"), "addon")
        from kznews.redis.scheduler import OutageTolerantWorkerExtension  # needs redis
        from kznews.redis.worker import LeaseMiddleware

        # Outermost spider middleware: it sees every callback's whole output.
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", LeaseMiddleware, 5)
        settings.set_in_component_priority_dict("EXTENSIONS", OutageTolerantWorkerExtension,
                                                100)
        # A worker's own item count says little when peers share the work ("spider"
        # priority: above settings.py, below -s).
        settings.set("KZNEWS_MONITOR_MIN_ITEMS", 0, "spider")
