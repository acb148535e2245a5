"""scrapy-playwright's download handler as kznews runs it (see :mod:`kznews.browser`).

It starts the Playwright driver on the first rendered request rather than with the engine,
confines every page to the crawled origin, applies the request's render recipe, and holds each
page to its time and memory budget. It overrides private methods of scrapy-playwright 0.0.48
(``_maybe_launch_in_thread``, ``_launch``, ``_close``, ``_download_request``,
``_create_browser_context``, ``_create_page``, ``_apply_page_methods``), which is pinned:
re-check them when upgrading.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from contextlib import suppress
from typing import Any

from playwright._impl._errors import TargetClosedError
from scrapy import Request
from scrapy.http import Response
from scrapy_playwright.handler import BrowserContextWrapper, ScrapyPlaywrightDownloadHandler

from kznews.browser import (
    BLOCKED_WINDOWS_JS,
    INIT_SCRIPT,
    RECIPE_KEY,
    RECIPES,
    NavigatedAway,
    PageBudgetExceeded,
    RendererCrashed,
    RendererWatch,
    RenderRefused,
    allow_page,
    blackhole,
    context_proxy,
    refuse_route,
)
from kznews.origin import Origin, origin_of, same_site
from kznews.sites.centerinform.outlet import article_id

logger = logging.getLogger(__name__)

ANY_URL = re.compile(r".*")
CLOSE_TIMEOUT = 10.0  # s to close a page that ran out of budget
MAX_LINE = 500  # characters of one scrapy-playwright log line


class OneLine(logging.Filter):
    """scrapy-playwright logs a failed page with its traceback and Playwright's call log (a
    hostile page makes many): one line each, the errback says why the page was dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info or record.args or "\n" in str(record.msg):
            line = record.getMessage().splitlines()[0] if record.getMessage() else ""
            record.msg = line if len(line) <= MAX_LINE else line[:MAX_LINE] + "…"
            record.args = None
            record.exc_info = record.exc_text = None
        return True


def quiet_playwright_log() -> None:
    log = logging.getLogger("scrapy-playwright")
    if not any(isinstance(flt, OneLine) for flt in log.filters):
        log.addFilter(OneLine())


class LazyPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, started on the first rendered request, kept on the
    crawled origin. Requests without ``playwright`` meta go through Scrapy's HTTP/1.1
    handler as before."""

    _kznews_started = False

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        quiet_playwright_log()
        settings = crawler.settings
        self.crawler = crawler
        self.page_budget = settings.getfloat("KZNEWS_RENDER_PAGE_BUDGET", 60.0)
        self.wait_ms = settings.getfloat("KZNEWS_RENDER_WAIT", 10.0) * 1000
        self.max_mb = settings.getint("KZNEWS_RENDER_MAX_MB", 1024)
        #: URL -> why: pages not to open again in this run (a crash, the budget).
        self.broken: dict[str, str] = {}
        self.crawled: Origin | None = None
        # id(request) -> its open page, its budget's timer; requests whose budget ran out
        self.pages: dict[int, Any] = {}
        self.timers: dict[int, asyncio.TimerHandle] = {}
        self.expired: set[int] = set()
        self._dead: Any = None
        self._watch: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ start and stop
    async def _maybe_launch_in_thread(self) -> None:  # engine_started: nothing yet
        return None

    async def _launch(self) -> None:
        self._dead = blackhole()
        await super()._launch()
        self._start_watch()

    def _start_watch(self) -> None:
        try:  # the driver, chromium and its renderers all descend from this process
            watch = RendererWatch(os.getpid(), self.max_mb, self.stats)
        except ImportError as exc:
            logger.warning("rendering: no renderer memory watch (%s); the JavaScript heap "
                           "limit still applies", exc)
            return
        self._watch = asyncio.ensure_future(watch.run())

    async def _close(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            with suppress(asyncio.CancelledError):
                await self._watch
        await super()._close()
        if self._dead is not None:
            self._dead.close()

    # ------------------------------------------------------------------ contexts and pages
    async def _create_browser_context(self, name: str, context_kwargs: dict | None,
                                      spider: Any = None) -> BrowserContextWrapper:
        kwargs = dict(context_kwargs or {})
        kwargs["service_workers"] = "block"
        if self.crawled is not None and self._dead is not None:
            kwargs["proxy"] = context_proxy(self.crawled, self._dead.getsockname()[1])
        wrapper = await super()._create_browser_context(name, kwargs, spider)
        context = wrapper.context
        await context.add_init_script(INIT_SCRIPT)
        await context.route("**", refuse_route)
        await context.route_web_socket(ANY_URL, self._refuse_websocket)
        return wrapper

    async def _create_page(self, request: Request, spider: Any) -> Any:
        page = await super()._create_page(request, spider)
        if self.crawled is not None:
            allow_page(page, self.crawled)
        self._start_budget(request, page)
        url = request.url
        page.on("crash", lambda _page: self._crashed(url))
        page.on("popup", self._close_popup)
        return page

    async def _refuse_websocket(self, ws: Any) -> None:
        self.stats.inc_value("render/blocked/websocket")
        await ws.close(code=1008, reason="blocked by kznews")

    async def _close_popup(self, popup: Any) -> None:
        """A window chromium opened although the page's script refuses them."""
        self.stats.inc_value("render/blocked/popup")
        with suppress(Exception):
            await popup.close()

    def _crashed(self, url: str) -> None:
        if self.broken.get(url) == "crashed":  # the event and the failed call both tell
            return
        self.broken[url] = "crashed"
        self.stats.inc_value("render/crashed")
        logger.warning("rendering: the renderer of %s crashed; it is not rendered again in this "
                       "run", url)

    async def _apply_page_methods(self, page: Any, request: Request, spider: Any) -> None:
        name = request.meta.get(RECIPE_KEY)
        if name:
            recipe = RECIPES.get(str(name))
            if recipe is None:
                raise RenderRefused(f"unknown render recipe {name!r} (known: "
                                    f"{', '.join(sorted(RECIPES))})")
            await recipe(page, self.wait_ms)
        await super()._apply_page_methods(page, request, spider)
        await self._count_blocked_windows(page)

    async def _count_blocked_windows(self, page: Any) -> None:
        """Windows the page's frames asked for and were refused (see ``INIT_SCRIPT``), read
        while the page is still open: counted as ``render/blocked/popup``."""
        blocked = 0
        for frame in page.frames:
            with suppress(Exception):  # a detached or crashed frame: nothing to read
                value = await asyncio.wait_for(frame.evaluate(BLOCKED_WINDOWS_JS), CLOSE_TIMEOUT)
                blocked += value if isinstance(value, int) and value > 0 else 0
        if blocked:
            self.stats.inc_value("render/blocked/popup", blocked)

    # ------------------------------------------------------------------ one rendered request
    async def _download_request(self, request: Request, spider: Any = None) -> Response:
        if not self._kznews_started:
            async with self.browser_launch_lock:
                if not self._kznews_started:
                    self._set_crawled(request)
                    await self._maybe_future_from_coro(self._launch())
                    self._kznews_started = True
        self._admit(request)
        key = id(request)
        try:
            return self._stayed(request, await self._render(request, spider))
        except asyncio.CancelledError:
            if key not in self.expired:
                raise
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
            await self._close_expired(request)
            raise PageBudgetExceeded(f"still busy after {self.page_budget:g}s: page closed, "
                                     "not rendered again in this run") from None
        finally:
            timer = self.timers.pop(key, None)
            if timer is not None:
                timer.cancel()
            self.pages.pop(key, None)
            self.expired.discard(key)

    def _stayed(self, request: Request, response: Response) -> Response:
        """``response`` when the page is still the requested article, else NavigatedAway."""
        if same_site(origin_of(response.url), self.crawled) and (
                article_id(response.url) == article_id(request.url)):
            return response
        self.stats.inc_value("render/refused/navigated")
        where = response.url if len(response.url) <= 200 else response.url[:200] + "…"
        raise NavigatedAway(f"the page went from {request.url} to {where}")

    def _set_crawled(self, request: Request) -> None:
        spider = self.crawler.spider
        self.crawled = (origin_of(str(getattr(spider, "base_url", "") or ""))
                        or origin_of(request.url))

    def _admit(self, request: Request) -> None:
        why = self.broken.get(request.url)
        if why is not None:
            self.stats.inc_value(f"render/refused/{why}")
            raise RenderRefused("its renderer crashed earlier in this run" if why == "crashed"
                                else "it ran out of its budget earlier in this run")
        if not same_site(origin_of(request.url), self.crawled):
            self.stats.inc_value("render/refused/offsite")
            raise RenderRefused(f"not on the crawled origin {self.crawled}")

    async def _render(self, request: Request, spider: Any) -> Response:
        """scrapy-playwright's loop, except that a crashed page is not opened again."""
        attempts = self.config.target_closed_max_retries + 1
        for attempt in range(attempts):
            try:
                return await self._download_request_with_retry(request=request, spider=spider)
            except Exception as exc:
                if self.broken.get(request.url) == "crashed" or "crash" in str(exc).lower():
                    self._crashed(request.url)
                    raise RendererCrashed("the page crashed its renderer (memory, or a "
                                          "browser fault); not rendered again") from exc
                if not isinstance(exc, TargetClosedError) or attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    def _start_budget(self, request: Request, page: Any) -> None:
        """The budget runs from the moment the page exists (not while waiting for one)."""
        key = id(request)
        self.pages[key] = page
        old = self.timers.pop(key, None)
        if old is not None:
            old.cancel()
        task = asyncio.current_task()
        if task is None:
            return

        def expire() -> None:
            self.expired.add(key)
            task.cancel()

        self.timers[key] = asyncio.get_running_loop().call_later(self.page_budget, expire)

    async def _close_expired(self, request: Request) -> None:
        """Whatever the page is doing (a script that never yields), close it."""
        self.broken[request.url] = "budget"
        self.stats.inc_value("render/over_budget")
        logger.warning("rendering: %s still busy after %gs; page closed, not rendered again in "
                       "this run", request.url, self.page_budget)
        page = self.pages.get(id(request))
        if page is None or page.is_closed():
            return
        try:
            await asyncio.wait_for(page.close(run_before_unload=False), CLOSE_TIMEOUT)
            self.stats.inc_value("playwright/page_count/closed")
        except Exception as exc:
            logger.warning("rendering: could not close %s: %s", request.url, exc)
