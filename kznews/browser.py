"""chromium under kznews: kept on the crawled origin, and within a budget per page.

A rendered article page is a page of a server kznews does not control. Whatever its markup
and scripts ask for, the browser talks to the crawled origin only (scheme, host and port,
80/443 implied): every request of every frame passes :func:`abort_request`; no other window
is opened (``window.open``, and links and forms aimed at another window, are refused in the
page; a window chromium opens anyway is closed and its requests refused); WebSockets are
refused in pages and frames; and the browser context has a proxy that leads nowhere for every
other origin, so what no Playwright hook sees (a worker's WebSocket, a speculative preconnect)
fails before leaving the machine.

A page has a budget: ``KZNEWS_RENDER_JS_HEAP_MB`` of JavaScript heap (a V8 flag: beyond it
the renderer dies), ``KZNEWS_RENDER_MAX_MB`` of resident memory (a watchdog kills a renderer
above it: typed arrays live outside the V8 heap) and ``KZNEWS_RENDER_PAGE_BUDGET`` seconds
(then the page is closed, whatever its scripts are doing). A page that crashed its renderer or
ran out of budget is not opened again in the same run.

What a rendered request waits for is a named *recipe* in its meta (``kznews_render_recipe``),
a plain string, so the request can travel through the shared queue of distributed mode; the
handler turns it into page actions when the page is open.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from contextlib import suppress
from typing import Any
from weakref import WeakKeyDictionary

from kznews.origin import Origin, origin_of, same_site

logger = logging.getLogger(__name__)

RECIPE_KEY = "kznews_render_recipe"
# Resource types a rendered article never needs.
ABORTED_TYPES = frozenset({"image", "media", "font"})
WATCH_INTERVAL = 0.25  # s between looks at the renderers' memory
# Script of every frame of a rendered page: no new windows, and none of the connections
# that Playwright cannot route (peer-to-peer, HTTP/3 sessions). WebSockets are routed.
# A new window is refused before chromium creates it: ``window.open`` returns null, a click on
# a link (or an image map's area) whose target is another window does nothing, and neither
# does a form sent to one (its submit event, ``form.submit()``, a button's ``formtarget``,
# the page's ``<base target>``). Each refusal is counted in the page, synchronously, so the
# count read before the page is closed (``BLOCKED_WINDOWS_JS``) misses none.
INIT_SCRIPT = """(() => {
  let blocked = 0;
  const refuse = function () { throw new DOMException('blocked by kznews', 'SecurityError'); };
  const block = function () { blocked += 1; return null; };
  try { Object.defineProperty(window, 'open', {value: block, writable: false}); } catch (e) {}
  for (const name of ['WebTransport', 'RTCPeerConnection', 'webkitRTCPeerConnection']) {
    try { Object.defineProperty(window, name, {value: refuse, writable: false}); } catch (e) {}
  }
  const elsewhere = (target) => {
    const name = (target || '').trim().toLowerCase();
    return name !== '' && name !== '_self' && name !== '_parent' && name !== '_top';
  };
  const base = () => {
    const tag = document.querySelector('base[target]');
    return tag ? tag.getAttribute('target') : '';
  };
  const aimed = (el, own) => elsewhere(own !== null && own !== '' ? own : base());
  const stop = (event) => { event.preventDefault(); block(); };
  try {
    window.addEventListener('click', (event) => {
      const el = event.target;
      const link = el && el.closest ? el.closest('a[href], area[href]') : null;
      if (link && aimed(link, link.getAttribute('target'))) stop(event);
    }, true);
    window.addEventListener('submit', (event) => {
      const form = event.target;
      const button = event.submitter;
      const own = button && button.hasAttribute('formtarget') ? button.getAttribute('formtarget')
                                                               : form.getAttribute('target');
      if (aimed(form, own)) stop(event);
    }, true);
    const send = HTMLFormElement.prototype.submit;
    Object.defineProperty(HTMLFormElement.prototype, 'submit', {writable: false, value:
      function () { return aimed(this, this.getAttribute('target')) ? block()
                                                                      : send.call(this); }});
    Object.defineProperty(window, '__kznewsBlockedWindows', {get: () => blocked});
  } catch (e) {}
})();"""
# The number of new windows a frame's INIT_SCRIPT refused (0 where it did not run).
BLOCKED_WINDOWS_JS = "() => Number(window.__kznewsBlockedWindows) || 0"


# The crawled origin of each page kznews opened; a page absent here (a popup) gets nothing.
_PAGE_ORIGINS: WeakKeyDictionary[Any, Origin] = WeakKeyDictionary()


def allow_page(page: Any, crawled: Origin) -> None:
    _PAGE_ORIGINS[page] = crawled


def abort_request(request: Any) -> bool:
    """``PLAYWRIGHT_ABORT_REQUEST``: True for images, fonts and media, for anything not
    http(s), and for every request (navigations of the page and its frames included) off the
    crawled origin of the page kznews opened."""
    if request.resource_type in ABORTED_TYPES:
        return True
    target = origin_of(request.url)
    if target is None:
        return True
    try:
        page = request.frame.page
    except Exception:  # a service worker's request has no frame
        return True
    return not same_site(_PAGE_ORIGINS.get(page), target)


# ----------------------------------------------------------------------- recipes
# What a rendered article page waits for: paragraphs in the article container when the page
# has one of the known containers, else two paragraphs of prose outside the page chrome.
ARTICLE_READY_JS = """(selectors) => {
  const size = (el) => (el.textContent || '').trim().length;
  for (const css of selectors) {
    const box = document.querySelector(css);
    if (box) return Array.from(box.querySelectorAll('p')).some((p) => size(p) >= 20);
  }
  const prose = Array.from(document.querySelectorAll('p'))
    .filter((p) => !p.closest('header, footer, nav, aside') && size(p) >= 40);
  return prose.length >= 2;
}"""


async def wait_for_article(page: Any, timeout_ms: float) -> bool:
    """Recipe ``wait-article``: wait until the article text is in the DOM.

    Returns False after ``timeout_ms`` rather than failing: the DOM is then parsed as it is
    and the extraction decides (a page still incomplete counts as ``render/failed``)."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    from kznews.sites.centerinform.outlet import BODY_CSS

    try:
        await page.wait_for_function(ARTICLE_READY_JS, arg=list(BODY_CSS), timeout=timeout_ms,
                                     polling=100)
    except PlaywrightTimeout:
        return False
    return True


RECIPES = {"wait-article": wait_for_article}


# ----------------------------------------------------------------------- refusals
class RenderRefused(Exception):
    """A rendered request kznews does not open a page for (counted by the errback)."""

    kind = "refused"


class NavigatedAway(RenderRefused):
    """The rendered page ended on another page than the one requested: another origin (a
    blocked refresh or script navigation leaves chromium's error page) or another article
    (a script navigation, or ``history.pushState`` naming one). What is in it is not the
    requested article, and its address would give the item a wrong id."""

    kind = "navigated"


class RendererCrashed(Exception):
    kind = "crashed"


class PageBudgetExceeded(Exception):
    kind = "budget"


def blackhole() -> socket.socket:
    """A loopback port that refuses every connection: bound, never listening, held by this
    process for as long as the browser runs (so no other program can take it)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


def context_proxy(crawled: Origin, dead: int) -> dict[str, str]:
    """Playwright's per-context proxy: everything but the crawled origin to a dead port."""
    host = f"[{crawled.host}]" if ":" in crawled.host else crawled.host
    return {"server": f"http://127.0.0.1:{dead}",
            "bypass": f"{crawled.scheme}://{host}:{crawled.port}"}


async def refuse_route(route: Any) -> None:
    """Context route: reached only by pages without their own routing, i.e. popups."""
    await route.abort("blockedbyclient")


class RendererWatch:
    """Kills a renderer process of this crawl's chromium whose memory passes the limit."""

    def __init__(self, root_pid: int, limit_mb: int, stats: Any) -> None:
        import psutil

        self.psutil = psutil
        self.root = psutil.Process(root_pid)
        self.limit = limit_mb << 20
        self.stats = stats
        self.renderers: dict[int, Any] = {}
        self.peak = 0

    def _scan(self) -> None:
        # A renderer is forked from chromium's zygote and renames itself afterwards: a
        # process not (yet) named a renderer is looked at again on the next scan.
        for proc in self.root.children(recursive=True):
            if self.renderers.get(proc.pid) is None:
                try:
                    if "--type=renderer" in " ".join(proc.cmdline()):
                        self.renderers[proc.pid] = proc
                except self.psutil.Error:
                    continue

    def check(self) -> None:
        self._scan()
        for pid, proc in list(self.renderers.items()):
            try:
                rss = proc.memory_info().rss
                if rss > self.limit:
                    proc.kill()
                    self.stats.inc_value("render/killed_memory")
                    logger.warning("rendering: killed a renderer using %d MB (limit %d MB)",
                                   rss >> 20, self.limit >> 20)
            except self.psutil.Error:
                del self.renderers[pid]
                continue
            if rss > self.peak:
                self.peak = rss
                self.stats.set_value("render/renderer_peak_mb", rss >> 20)

    async def run(self) -> None:
        while True:
            with suppress(self.psutil.Error):  # the browser went away; it may be restarted
                self.check()
            await asyncio.sleep(WATCH_INTERVAL)
