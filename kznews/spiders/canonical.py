"""Pages whose canonical names another article that could not be had.

A page whose ``<link rel=canonical>`` names another article of the site is that article's copy
(a story merged into another): it is dropped (``drop/canonical_elsewhere``) and the article it
names is asked for. That holds while the named article is had. Two listed stories naming each
other (a template's slip), or one naming an address that answers 404, lost both, or the one
page there was to read, while each held a whole article.

So a page reached by a listing, a sitemap, a feed or a related link (not itself by a canonical:
a chain naming a new id on every fetch stays dropped) is kept aside with what was read from
it. Once the crawl runs out of work, one whose named article the crawl asked for and did not
export (its page failed, was no article, or named another in turn) is exported as its own
article after all: ``discovery/canonical/kept_own``, one WARNING, its drop taken back. One
whose named article was exported, or was not asked for (known from an earlier run, not due),
stays dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from kznews.extract.chain import Extracted

logger = logging.getLogger(__name__)

KEPT_STAT = "discovery/canonical/kept_own"


class CanonicalFallbackMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`."""

    seen_ids: set[str]
    validators: dict[str, Any]  # the ids of the articles this run exported

    def init_canonical(self) -> None:
        # the id a page's canonical names -> (the page's reading, its response), kept aside
        self.canonical_aside: dict[str, list[tuple[Extracted, Response]]] = {}
        self.canonical_ready: list[tuple[Extracted, Response]] = []

    def set_aside(self, target_id: str, ex: Extracted, response: Response) -> None:
        """Keep the page until the article it names is exported (then it is let go: see the
        spider's ``emit_article``) or the crawl runs out of work."""
        if target_id not in self.validators:
            self.canonical_aside.setdefault(target_id, []).append((ex, response))

    def canonical_unhad(self) -> list[tuple[Extracted, Response]]:
        """At idle: the pages kept aside whose named article was asked for and not exported
        (those named articles' pages all answered by now); the rest stay aside."""
        kept = []
        for target in list(self.canonical_aside):
            if target in self.validators:  # exported: the page was its copy
                del self.canonical_aside[target]
            elif target in self.seen_ids:
                kept += self.canonical_aside.pop(target)
        return kept

    def release_kept_own(self, response: Response) -> Iterator[Any]:
        """Callback of the crawl's own ``data:`` request: the pages kept as their own."""
        ready, self.canonical_ready = self.canonical_ready, []
        for ex, page in ready:
            self._inc(KEPT_STAT)
            self._inc("drop/canonical_elsewhere", -1)
            logger.warning("kept %s as its own article: the article its canonical names was "
                           "not had in this crawl", page.url)
            yield from self.emit_kept(ex, page)

    def emit_kept(self, ex: Extracted, response: Response) -> Iterator[Any]:
        raise NotImplementedError

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError
