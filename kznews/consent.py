"""Cookie-consent (and "confirm" / age) interstitials served with 200 in place of a page.

A client without the site's consent cookie gets a small page that sets the cookie (a
``Set-Cookie`` header or ``document.cookie = …``) and sends the browser back to the same URL
(``<meta http-equiv=refresh>`` or ``location.href = …`` / ``location.reload()``). Scrapy's
MetaRefreshMiddleware follows such a refresh, but to a URL already seen: the duplicate filter
drops it and the article (or listing page) is lost without a trace.

:class:`ConsentMiddleware` (a downloader middleware before MetaRefreshMiddleware, after the
cookie middleware has stored the interstitial's cookies) fetches such a page once more with
``dont_filter`` and the cookies the interstitial set, counted ``consent/retried``. A second
interstitial for the same request fails it with :class:`ConsentWall` (``consent/failed`` and
``drop/consent_wall``, logged): never parsed, and the run is incomplete, so the next one tries
again. A page that refreshes to itself but reads as a page (no consent words, or a page's worth
of text) is parsed as served on the second fetch (``consent/kept``).

An interstitial is
* any 200 HTML page whose meta refresh (delay under ``METAREFRESH_MAXDELAY``) points at the
  requested URL or one the request was redirected from, or
* a short page (little visible text) with consent words whose meta refresh without a URL or
  whose script sends the browser to the same page.
A refresh to another URL (a moved article) is not one: MetaRefreshMiddleware follows it.

A ``Refresh`` response header (``Refresh: 0; url=/news/…``) is a refresh as much as the
``<meta>`` is (browsers honour it, before any meta): :func:`refresh_of` reads it first, for
this middleware and for ``kznews.offsite.OriginMetaRefreshMiddleware``. Scrapy reads only the
meta, so an interstitial sent with the header was parsed as an article ("Cookies", "We use
cookies. Accept?") and a moved page's short stub dropped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from scrapy.utils.response import get_meta_refresh
from w3lib.url import canonicalize_url, safe_url_string

from kznews.blocks import Blocked

logger = logging.getLogger(__name__)

TRIED_META = "kznews_consent_tried"
# Pages this small are read for scripts and words; an article with its theme is ~20 KB of
# markup but far more than SHORT_TEXT characters of text.
TINY_PAGE = 64 * 1024
SHORT_TEXT = 1500
HEAD_SCAN = 4096  # where a browser honours a meta refresh (as Scrapy reads it)
# ru / kk / en words of consent banners and confirmation gates
CONSENT_WORDS = re.compile(
    r"cookie|куки|соглас|принять|принимаю|подтверд|consent|\bagree|\baccept|gdpr|"
    r"келіс|қабылда|растаңыз|растау", re.I)
MAX_PARAGRAPHS = 20  # <p> tags: an interstitial says a few lines; more is a page
_META = re.compile(r"<meta\b[^>]*>", re.I)
_REFRESH_ATTR = re.compile(r"http-equiv\s*=\s*[\"']?\s*refresh", re.I)
_CONTENT = re.compile(r"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_SELF = r"(?:window\.|document\.|self\.|top\.)?location(?:\.href)?"
_JS_TARGET = re.compile(
    rf"location(?:\.href)?\s*=\s*(?:([\"'])(.*?)\1|({_SELF})\b)|"
    rf"location\.(?:replace|assign)\(\s*(?:([\"'])(.*?)\4|({_SELF})\b)|"
    r"(location\.reload\s*\()", re.S)
_JS_COOKIE = re.compile(r"document\.cookie\s*=\s*([\"'])\s*([^=;\"'\s]+)=([^;\"']*)", re.I)
# a Refresh header's value as browsers read it: a delay, then `;` or `,` and the URL, with or
# without `url=` and quotes (`5; URL='/x'`)
_HEADER_REFRESH = re.compile(r"\s*(\d+(?:\.\d*)?)[^;,]*(?:[;,]\s*(?:url\s*=\s*)?(.*))?",
                             re.I | re.S)
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


class ConsentWall(Blocked):
    """The consent interstitial again, after fetching the page with its cookies."""


@dataclass
class Interstitial:
    how: str  # "refresh" or "script"
    strong: bool  # consent words on a short page: no page behind it was served
    cookies: dict[str, str] = field(default_factory=dict)  # set by its script


def _canonical(url: str) -> str:
    return canonicalize_url(url, keep_fragments=False)


def _same_page(target: str, request: Request) -> bool:
    here = {_canonical(u) for u in (request.url, *request.meta.get("redirect_urls", ()))}
    return _canonical(target) in here


def visible_text(markup: str) -> str:
    return _SPACE.sub(" ", _TAG.sub(" ", _HIDDEN.sub(" ", markup))).strip()


def _consent_page(markup: str) -> bool:
    """Consent words on a page with little else to read."""
    if CONSENT_WORDS.search(markup) is None:
        return False
    text = visible_text(markup)
    return len(text) <= SHORT_TEXT and CONSENT_WORDS.search(text) is not None


def header_refresh(response: Response) -> tuple[float, str | None] | None:
    """The page's ``Refresh`` header: (delay, absolute URL, or None for the page itself);
    None without one, or with a value no browser reads as a refresh."""
    raw = response.headers.get(b"Refresh")
    if not raw:
        return None
    m = _HEADER_REFRESH.match(raw.decode("latin-1"))
    if m is None:
        return None
    url = (m.group(2) or "").strip()
    if url[:1] in ("'", '"'):
        url = url[1:].partition(url[0])[0].strip()
    return float(m.group(1)), urljoin(response.url, safe_url_string(url)) if url else None


def refresh_of(response: HtmlResponse, ignore_tags: list[str]
               ) -> tuple[float | None, str | None]:
    """(delay, URL) of the page's refresh: its ``Refresh`` header, else its meta refresh;
    (delay, None) for a header reloading the page itself, (None, None) for no refresh."""
    if b"Refresh" in response.headers:
        header = header_refresh(response)
        if header is not None:
            return header
    return get_meta_refresh(response, ignore_tags=ignore_tags)


def _bare_refresh(head: str, maxdelay: float) -> bool:
    """A meta refresh without a URL: the browser reloads the page itself."""
    for tag in _META.findall(head):
        if not _REFRESH_ATTR.search(tag):
            continue
        m = _CONTENT.search(tag)
        value = next((g for g in m.groups() if g is not None), "") if m else ""
        delay, _, rest = value.strip().partition(";")
        delay = delay.strip().rstrip(",")
        if "url" not in rest.lower() and re.fullmatch(r"\d+(?:\.\d*)?", delay) \
                and float(delay) < maxdelay:
            return True
    return False


def _script_to_self(markup: str, request: Request) -> bool:
    for m in _JS_TARGET.finditer(markup):
        url = m.group(2) if m.group(1) else m.group(5) if m.group(4) else None
        if url is None or _same_page(urljoin(request.url, url), request):
            return True
    return False


def inspect(request: Request, response: HtmlResponse, maxdelay: float,
            ignore_tags: list[str]) -> Interstitial | None:
    """The interstitial ``response`` is, or None for a page (or a refresh elsewhere)."""
    interval, target = refresh_of(response, ignore_tags)
    if target is not None and interval is not None and interval < maxdelay \
            and _same_page(target, request):
        return Interstitial("refresh", _consent_page(response.text))
    if len(response.body) > TINY_PAGE:
        return None
    markup = response.text
    # Cheap shapes first: every page of a crawl comes here, and a words search over a whole
    # page cost more than extracting it. An interstitial reloads itself (a bare refresh in
    # its head, or a script naming ``location``) and holds a few lines, not an article.
    reloads = interval is not None and target is None and interval < maxdelay  # the header
    bare = reloads or (target is None and _REFRESH_ATTR.search(markup, 0, HEAD_SCAN) is not None)
    scripted = "location" in markup
    if not (bare or scripted) or markup.count("<p") > MAX_PARAGRAPHS \
            or not CONSENT_WORDS.search(markup):
        return None
    if bare and (reloads or _bare_refresh(markup[:HEAD_SCAN], maxdelay)) \
            and _consent_page(markup):
        return Interstitial("refresh", True)
    if scripted and _script_to_self(markup, request) and _consent_page(markup):
        cookies = {m.group(2): m.group(3).strip() for m in _JS_COOKIE.finditer(markup)}
        return Interstitial("script", True, cookies)
    return None


class ConsentMiddleware:
    """Fetches a consent interstitial's page once more, with the cookies it set."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.stats = crawler.stats
        self.maxdelay = settings.getfloat("METAREFRESH_MAXDELAY")
        self.ignore_tags: list[str] = settings.getlist("METAREFRESH_IGNORE_TAGS")
        self.jar = settings.getbool("COOKIES_ENABLED")
        self.logged = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConsentMiddleware:
        return cls(crawler)

    def _inc(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status != 200 or not isinstance(response, HtmlResponse) or \
                request.method == "HEAD" or request.meta.get("dont_redirect"):
            return response
        found = inspect(request, response, self.maxdelay, self.ignore_tags)
        if found is None:
            return response
        if not request.meta.get(TRIED_META):
            return self._again(request, response, found)
        if found.strong:
            self._inc("consent/failed")
            self._inc("drop/consent_wall")
            logger.warning("%s: the cookie-consent page again after accepting its cookies%s; "
                           "not parsed (the next run fetches it again)", response.url,
                           "" if self.jar else " (COOKIES_ENABLED is off)")
            raise ConsentWall("consent", response.url, response.status)
        # It refreshes to itself but reads as a page (a live page reloading itself): parse it,
        # and keep MetaRefreshMiddleware from requesting it a third time.
        self._inc("consent/kept")
        request.meta["dont_redirect"] = True
        return response

    def _again(self, request: Request, response: Response, found: Interstitial) -> Request:
        self._inc("consent/retried")
        if not self.logged:
            self.logged = True
            logger.info("%s: a cookie-consent page (%s back to the page); fetching it again "
                        "with its cookies (further ones counted in consent/retried)",
                        response.url, found.how)
        kwargs: dict[str, Any] = {"dont_filter": True,
                                  "meta": {**request.meta, TRIED_META: 1}}
        if found.cookies:  # the cookie middleware stores them in the jar for later requests
            kwargs["cookies"] = {**_cookie_dict(request.cookies), **found.cookies}
        if not self.jar:  # no cookie middleware: send the interstitial's cookies ourselves
            kwargs["headers"] = {**request.headers.to_unicode_dict(),
                                 "Cookie": _cookie_header(response, found.cookies)}
        return request.replace(**kwargs)


def _cookie_dict(cookies: Any) -> dict[str, str]:
    if isinstance(cookies, dict):
        return {str(k): str(v) for k, v in cookies.items()}
    return {str(c["name"]): str(c["value"]) for c in cookies or () if isinstance(c, dict)}


def _cookie_header(response: Response, more: dict[str, str]) -> str:
    pairs = {}
    for raw in response.headers.getlist("Set-Cookie"):
        name, _, value = raw.decode("latin-1").split(";", 1)[0].partition("=")
        if name.strip():
            pairs[name.strip()] = value.strip()
    return "; ".join(f"{k}={v}" for k, v in {**pairs, **more}.items())
