"""Rendering with scrapy-playwright, only for the article pages that need a browser.

``render=auto`` (the default) parses every article page from its static HTML first and asks
Debian's chromium for a page only when static extraction is not enough: a required field is
missing, or the page looks built by script (:func:`script_hint`). That page is requested once
more, through Playwright, and parsed from the rendered DOM. ``render=always`` sends every
article page through the browser (listing pages stay static: they are plain link lists).
``render=never`` never installs the Playwright download handler, so no browser, and no
Playwright driver, is ever started.

The :class:`Rendering` add-on (``ADDONS`` in ``kznews.settings``) resolves the mode from the
spider argument ``render`` or the ``KZNEWS_RENDER`` setting and configures Scrapy before the
crawl starts; scrapy-playwright launches chromium lazily, on the first rendered request, so a
``render=auto`` crawl of a site that needs no JavaScript starts no browser either.

Stats: ``render/static`` (article pages taken from static HTML), ``render/requested[/why]``
(pages sent to the browser after a static attempt), ``render/playwright`` (rendered pages
parsed), ``render/failed[/why]`` (browser error or timeout, or still incomplete after
rendering), ``render/needed`` (pages that needed a browser under ``render=never``).
"""

from __future__ import annotations

import html as htmllib
import logging
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from kznews.browser import RECIPE_KEY
from kznews.browser import abort_request as abort_request  # the setting's former path
from kznews.extract.chain import Extracted
from kznews.loaders import missing_fields
from kznews.sites.centerinform.outlet import WIDGET_LINE
from kznews.sites.centerinform.words import SENTENCE_END

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

MODES = ("auto", "always", "never")
HANDLER = "kznews.playwright_handler.LazyPlaywrightHandler"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    # no UDP a page could send past the request routing and the context's proxy
    "--disable-quic", "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
)
JS_HEAP_MB = 512  # KZNEWS_RENDER_JS_HEAP_MB: a renderer's V8 heap; beyond it the page crashes
# Conditional headers of a re-check must not reach the browser: it asks for the full page.
CONDITIONAL = (b"If-None-Match", b"If-Modified-Since")
RENDER_KEY = "kznews_render"  # request meta: why this request goes through the browser
CONTEXT = "kznews"
# Meta that Scrapy's middlewares keep per download; a new request must not inherit it.
INTERNAL_META = frozenset({
    "download_latency", "download_slot", "retry_times", "redirect_times", "redirect_ttl",
    "redirect_urls", "redirect_reasons", "_auth_proxy", "_scheme_proxy", "_dont_cache",
    "cache_timestamp",
})

# A page's static body this long is an article, whatever its scripts hold.
ENOUGH_TEXT = 400
# Paragraphs ending in a sentence that make a static body a text of its own, however much
# script the page carries (a short news item on a page with a big inline state or bundle).
TEXT_PARAGRAPHS = 2


# ----------------------------------------------------------------------- Playwright settings
def launch_options(environ: Any = None, js_heap_mb: int = JS_HEAP_MB) -> dict[str, Any]:
    """``PLAYWRIGHT_LAUNCH_OPTIONS``: Debian's chromium (or ``$KZNEWS_CHROMIUM``), headless,
    each renderer's JavaScript heap capped at ``js_heap_mb``."""
    env = os.environ if environ is None else environ
    return {
        "executable_path": env.get("KZNEWS_CHROMIUM") or DEFAULT_CHROMIUM,
        "headless": True,
        "args": [*CHROMIUM_ARGS, f"--js-flags=--max-old-space-size={int(js_heap_mb)}"],
        "timeout": 30_000,
    }


# ----------------------------------------------------------------------- the signal
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.S | re.I)
_LITERAL = re.compile(r""""((?:[^"\\\n]|\\.){40,})"|'((?:[^'\\\n]|\\.){40,})'|`([^`]{40,})`""")
_TAG = re.compile(r"<[^>]+>")
_JS_HINT = re.compile(r"javascript|\bjs\b|включите|қосыңыз", re.I)
_LETTERS = re.compile(r"[^\W\d_]")


def _prose(literal: str) -> int:
    """Letters of natural language in one script string literal (markup removed)."""
    text = _TAG.sub(" ", literal.replace("\\/", "/").replace('\\"', '"'))
    if text.count(" ") < 5:
        return 0
    return len(_LETTERS.findall(text))


def script_hint(html: str, ex: Extracted) -> str | None:
    """Why the page looks built by script, or None.

    Only a page whose static body is short (< ENOUGH_TEXT characters) can qualify, and then
    when one of: its inline scripts carry more prose than the page shows (``inline-data``: an
    article shipped as JSON or JS strings for a script to insert), a ``<noscript>`` asks for
    JavaScript (``noscript``), or inline script outweighs the body text fifty times over
    (``script-heavy``). ``inline-data`` and ``script-heavy`` also need a body that is no text
    of its own (fewer than ``TEXT_PARAGRAPHS`` paragraphs ending in a sentence: a placeholder,
    a lead): a short news item is the page's text whatever the size of the state beside it (a
    feed of hundreds of other stories). A page whose text was read from its embedded JSON
    state (a ``state:`` rule) needs no browser: the state is what its script renders."""
    if ex.rules.get("body", "").startswith("state:"):
        return None  # the text was read from the embedded state a browser would render from
    body = ex.values.get("body") or []
    shown = sum(len(p) for p in body) if isinstance(body, list) else len(str(body))
    if shown >= ENOUGH_TEXT:
        return None
    # server-rendered pages (Next.js, Nuxt) ship the text they show as JSON too: that is no sign
    seen = " ".join([str(ex.values.get("title") or ""), *(map(str, body) if isinstance(
        body, list) else [str(body)])])
    prose = script_bytes = 0
    for attrs, code in _SCRIPT.findall(html):
        attrs_l = attrs.lower()
        if "src=" in attrs_l or "ld+json" in attrs_l:
            continue
        script_bytes += len(code)
        for m in _LITERAL.finditer(code):
            literal = m.group(1) or m.group(2) or m.group(3) or ""
            if literal not in seen:
                prose += _prose(literal)
    # a body that reads as a text of its own is the article, however many other stories a
    # big state (a feed, a store of slices) holds beside it
    if prose >= 300 and prose >= 2 * shown and not _reads_as_text(body):
        return "inline-data"
    for inner in _NOSCRIPT.findall(html):
        if _JS_HINT.search(htmllib.unescape(_TAG.sub(" ", inner))):
            return "noscript"
    if shown < 200 and script_bytes >= 2000 and script_bytes >= 50 * max(shown, 1) and \
            not _reads_as_text(body):
        return "script-heavy"
    return None


def _reads_as_text(body: Any) -> bool:
    """The static body is a text of its own: paragraphs that end in sentences, not a lead
    or a "loading" placeholder a script would fill."""
    paras = body if isinstance(body, list) else [body]
    return sum(1 for p in paras if SENTENCE_END.search(str(p).strip())) >= TEXT_PARAGRAPHS


def drop_widget_lines(ex: Extracted) -> int:
    """Remove currency-widget lines from the extracted body; returns how many."""
    body = ex.values.get("body")
    if not isinstance(body, list):
        return 0
    kept = [p for p in body if not WIDGET_LINE.match(str(p))]
    if len(kept) != len(body):
        ex.values["body"] = kept
    return len(body) - len(kept)


def is_rendered(response: Response) -> bool:
    return "playwright" in response.flags


# ----------------------------------------------------------------------- the spider's side
@dataclass
class Verdict:
    """What the spider does with one parsed article page."""

    request: Request | None = None  # send this instead (the page through the browser)
    drop: bool = False  # drop even when no field is missing (built by script)
    note: str = ""  # added to the drop warning

    def why(self, missing: list[str]) -> str:
        head = (f"no {', '.join(missing)} found on the page" if missing
                else "its text is built by script")
        return head + self.note


class Renderer:
    """Decides, per article page, between static HTML and the browser; counts it in stats."""

    def __init__(self, mode: str = "never", crawler: Crawler | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"render must be one of {'/'.join(MODES)}, got {mode!r}")
        self.mode = mode
        self.crawler = crawler
        self.needed = 0

    def _inc(self, key: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def render_request(self, request: Request, why: str) -> Request:
        """``request`` through the browser: waits for the article text (the ``wait-article``
        recipe, :mod:`kznews.browser`), never retried."""
        headers = request.headers.copy()
        for name in CONDITIONAL:
            headers.pop(name, None)
        meta = {
            **{k: v for k, v in request.meta.items() if k not in INTERNAL_META},
            "playwright": True,
            "playwright_context": CONTEXT,
            "playwright_context_kwargs": {"service_workers": "block"},
            "playwright_page_goto_kwargs": {"wait_until": "domcontentloaded"},
            # a name, not page methods: the request may travel through the shared queue
            RECIPE_KEY: "wait-article",
            "dont_retry": True,
            RENDER_KEY: why,
        }
        spider = self.crawler.spider if self.crawler is not None else None
        errback = getattr(spider, "render_failed", None) or request.errback
        return request.replace(headers=headers, meta=meta, dont_filter=True, errback=errback)

    def check(self, response: Response, ex: Extracted) -> Verdict:
        """After static or rendered extraction of an article page: go on, render, or drop."""
        missing = missing_fields(ex)
        if is_rendered(response):
            self._inc("render/playwright")
            drop_widget_lines(ex)
            if missing:
                self._inc("render/failed")
                self._inc("render/failed/incomplete")
                return Verdict(note=" (not even after rendering)")
            return Verdict()
        hint = script_hint(response.text, ex)
        if not missing and hint is None:
            self._inc("render/static")
            return Verdict()
        why = f"script-built/{hint}" if hint else "missing"
        if self.mode == "never" or response.request is None or response.meta.get(RENDER_KEY):
            self.needed += 1
            self._inc("render/needed")
            if hint:
                return Verdict(drop=True, note=f" (the page looks built by script: {hint}; "
                                              "render=never leaves it unrendered)")
            return Verdict(note=" (render=never: the page may need JavaScript)")
        self._inc("render/requested")
        self._inc(f"render/requested/{why}")
        logger.debug("rendering %s: %s", response.url, why)
        return Verdict(request=self.render_request(response.request, why))

    def failed(self, failure: Any) -> None:
        """Errback of a rendered request: the browser gave up (error, timeout, a crash, the
        page's budget) or kznews refused to open the page (``RenderRefused``)."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        kind = getattr(failure.value, "kind", None)
        if not isinstance(kind, str):
            kind = "timeout" if "Timeout" in type(failure.value).__name__ else "error"
        self._inc("render/failed")
        self._inc(f"render/failed/{kind}")
        self._inc("drop/incomplete")
        logger.warning("dropped %s: rendering failed (%s: %s)", url, type(failure.value).__name__,
                       str(failure.value).splitlines()[0] if str(failure.value) else "")

    def spider_closed(self) -> None:
        if self.needed:
            logger.warning("render=never: %d article page(s) needed a browser and were dropped "
                           "(counted in drop/incomplete)", self.needed)


# ----------------------------------------------------------------------- always mode
class AlwaysRenderMiddleware:
    """Downloader middleware of ``render=always``: article requests go through the browser
    (listing pages and anything else stay static)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AlwaysRenderMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Request | None:
        if not request.meta.get("article_id") or request.meta.get("playwright"):
            return None
        renderer = getattr(self.crawler.spider, "renderer", None)
        if not isinstance(renderer, Renderer):
            return None
        return renderer.render_request(request, "always")


# ----------------------------------------------------------------------- the add-on
def resolve_mode(argument: str | None, settings: BaseSettings) -> str:
    mode = argument if argument is not None else str(settings.get("KZNEWS_RENDER") or "auto")
    mode = mode.strip().lower()
    if mode not in MODES:
        raise ValueError(f"KZNEWS_RENDER must be one of {'/'.join(MODES)}, got {mode!r}")
    return mode


class Rendering:
    """Scrapy add-on: configures rendering for the crawl's mode before the crawl starts.

    Runs after the spider is built (its ``render`` argument is parsed) and before settings
    freeze. ``never`` changes nothing; ``auto`` and ``always`` route http(s) through the
    scrapy-playwright download handler (which fetches non-Playwright requests exactly like
    Scrapy's own handler); ``always`` also adds :class:`AlwaysRenderMiddleware`."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Rendering:
        return cls(crawler)

    def update_settings(self, settings: BaseSettings) -> None:
        spider = self.crawler.spider
        args = getattr(spider, "args", None)
        mode = resolve_mode(getattr(args, "render", None), settings)
        settings.set("KZNEWS_RENDER_MODE", mode, priority="addon")
        renderer = Renderer(mode, self.crawler)
        if spider is not None and hasattr(spider, "renderer"):
            spider.renderer = renderer
            self.crawler.signals.connect(renderer.spider_closed, signal=signals.spider_closed)
        if mode == "never":
            logger.info("rendering: never (no browser)")
            return
        handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
        handlers.update({"http": HANDLER, "https": HANDLER})
        priority = max(settings.getpriority("DOWNLOAD_HANDLERS") or 0,
                       SETTINGS_PRIORITIES["addon"])
        settings.set("DOWNLOAD_HANDLERS", handlers, priority=priority)
        if mode == "always":
            settings.set_in_component_priority_dict(
                "DOWNLOADER_MIDDLEWARES", AlwaysRenderMiddleware, 950)
        heap = settings.getint("KZNEWS_RENDER_JS_HEAP_MB", JS_HEAP_MB)
        launch = {**launch_options(js_heap_mb=heap),
                  **settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")}
        settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch,
                     priority=max(settings.getpriority("PLAYWRIGHT_LAUNCH_OPTIONS") or 0,
                                  SETTINGS_PRIORITIES["addon"]))
        logger.info("rendering: %s, with %s (started on the first rendered page)", mode,
                    launch["executable_path"])
