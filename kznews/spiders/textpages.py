"""Articles whose text runs over several pages: read them all, emit one article.

The first page's extraction travels in the request of the next page (``TEXT_META``); each
page's paragraphs are appended in order (kznews.sites.centerinform.textpages.join_page) until
the pager names no page not read yet, or ``MAX_TEXT_PAGES`` were read. A one-page view of the
whole text, when the pager offers one, is one request instead. A later page that fails ends
the chain: what was read goes out, counted (``article/page_failed``) and logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import Any

import scrapy
from scrapy.http import Response

from kznews.extract.chain import Extracted
from kznews.sites.centerinform.article import extract_article
from kznews.sites.centerinform.textpages import MAX_TEXT_PAGES, join_page, text_pager
from kznews.spiders.served import served_day
from kznews.spiders.walk import failure_line

logger = logging.getLogger(__name__)

TEXT_META = "kznews_text_pages"  # request meta: the article read so far (a dict, below)
TEXT_PRIORITY = 10  # an article half read goes out before new ones are started
CARRIED = ("kznews_related_hop", "kznews_alternate")  # page 1's meta the article needs


class TextPagesMixin:
    """For kznews.spiders.centerinform; ``emit_article(ex, response, url, validators)``
    makes the record."""

    today: date

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def emit_article(self, ex: Extracted, response: Response, url: str,
                     validators: tuple[str | None, str | None]) -> Iterator[Any]:
        raise NotImplementedError

    def rest_of_text(self, ex: Extracted, response: Response,
                     validators: tuple[str | None, str | None]) -> scrapy.Request | None:
        """The request for the rest of the text of ``response`` (the article's first page),
        or None when the page holds all of it."""
        pager = text_pager(response.text, response.url)
        if not pager.whole and not pager.pages:
            return None
        state = {"ex": ex, "url": response.url, "validators": validators,
                 "seen": [response.url], "whole": bool(pager.whole),
                 "rest": list(pager.pages)}
        meta = {k: response.meta[k] for k in CARRIED if k in response.meta}
        return self._text_request(pager.whole or pager.pages[0], state, meta)

    def _text_request(self, url: str, state: dict[str, Any], meta: dict[str, Any]
                      ) -> scrapy.Request:
        state["seen"] = [*state["seen"], url]
        # dont_filter: a resumed crawl's persisted fingerprints must not cut a text short;
        # the pages already read (``seen``) keep the chain from looping
        return scrapy.Request(url, callback=self.parse_text_page, errback=self.text_page_failed,
                              meta={**meta, TEXT_META: state}, priority=TEXT_PRIORITY,
                              dont_filter=True)

    def parse_text_page(self, response: Response) -> Iterator[Any]:
        state = response.meta[TEXT_META]
        ex: Extracted = state["ex"]
        page = extract_article(response.text, response.url, (), served_day(
            response.headers, response.meta, self.today)) \
            if isinstance(response, scrapy.http.TextResponse) else None
        if page is None or page.refusal is not None or not page.values.get("body"):
            yield from self._cut_short(state, response, "no text on the page")
            return
        join_page(ex, page, whole=state["whole"])
        self._inc("article/pages_joined")
        if state["whole"]:
            self._inc("article/whole_view")
            yield from self._done(state, response)
            return
        seen = frozenset(state["seen"])
        later = [u for u in text_pager(response.text, response.url, seen).pages
                 if u not in seen]
        if later and len(seen) >= MAX_TEXT_PAGES:
            self._inc("article/page_limit")
            logger.warning("%s: text read up to %d pages, the rest left", state["url"],
                           MAX_TEXT_PAGES)
        elif later:
            meta = {k: response.meta[k] for k in CARRIED if k in response.meta}
            yield self._text_request(later[0], state, meta)
            return
        yield from self._done(state, response)

    def text_page_failed(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        yield from self._cut_short(request.meta[TEXT_META], None, failure_line(failure),
                                   request.meta)

    def _cut_short(self, state: dict[str, Any], response: Response | None, why: str,
                   meta: dict[str, Any] | None = None) -> Iterator[Any]:
        """A later page (or the one-page view) could not be read. A one-page view that fails
        falls back on the numbered pages; else the article goes out with what was read."""
        url = state["seen"][-1]
        self._inc("article/page_failed")
        logger.warning("%s: page %s of the text not read (%s)", state["url"], url, why)
        meta = meta if meta is not None else (response.meta if response is not None else {})
        if state["whole"] and state["rest"]:
            state = {**state, "whole": False}
            yield self._text_request(state["rest"][0], state,
                                     {k: meta[k] for k in CARRIED if k in meta})
            return
        yield from self._done(state, response, meta)

    def _done(self, state: dict[str, Any], response: Response | None,
              meta: dict[str, Any] | None = None) -> Iterator[Any]:
        if response is None:  # a failed page: the article's record needs only its meta
            response = scrapy.http.TextResponse(state["url"], body=b"", encoding="utf-8",
                                                request=scrapy.Request(state["url"],
                                                                       meta=meta or {}))
        yield from self.emit_article(state["ex"], response, state["url"], state["validators"])
