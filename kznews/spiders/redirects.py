"""Article requests redirected onto an address the crawl had asked for already.

Scrapy's duplicate filter drops such a request without a word (``dupefilter/filtered``, at
DEBUG): the article is then the one the earlier request for that address reads. That holds
unless the earlier request was itself redirected onto an address asked for already, and so on
round: two article addresses redirecting to each other (``u30 → u31``, ``u31 → u30``), both
listed, were both lost with nothing counted. (A chain coming back to its own start is caught
in the chain itself: ``kznews.offsite.RedirectLoop``.)

Each such drop is noted (Scrapy's ``request_dropped`` signal); once the crawl runs out of work
(every request answered or dropped), a drop whose noted drops lead back round is a loop:
counted as ``redirect/loop`` and ``drop/download/RedirectLoop``, as a loop within one chain is,
and logged with its chain. A drop that reaches an article's address whose request was answered
(or failed with a counted reason) is the merge it looks like: nothing is counted; one that
reaches a page with no article id (a removed story sent to the listing) is
``drop/redirected_away``, logged, as reading that page would have dropped it. Nothing is kept
for the requests that are not dropped.
"""

from __future__ import annotations

import logging

from scrapy import Request
from w3lib.url import canonicalize_url

logger = logging.getLogger(__name__)


class RedirectDropsMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`: notes article
    requests the duplicate filter dropped after a redirect, counts the ones that went round."""

    def init_redirect_drops(self) -> None:
        # each address a dropped chain went through -> the address it was dropped at
        self.redirect_drops: dict[str, str] = {}
        # (the chain's first address, the address it was dropped at), not judged yet
        self.redirect_unjudged: list[tuple[str, str]] = []

    def request_dropped(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls")
        if not chain or not request.meta.get("article_id"):
            return  # not redirected (a plain duplicate), or no article page
        target = canonicalize_url(request.url)
        for url in chain:
            self.redirect_drops.setdefault(canonicalize_url(url), target)
        self.redirect_unjudged.append((canonicalize_url(chain[0]), target))

    def judge_redirect_drops(self) -> None:
        """At idle, every request of the drops noted answered or dropped: a drop whose chain
        of drops comes back round lost its article."""
        unjudged, self.redirect_unjudged = self.redirect_unjudged, []
        for first, target in unjudged:
            path, here = [first], target
            while here in self.redirect_drops and here not in path:
                path.append(here)
                here = self.redirect_drops[here]
            if here not in path:
                if self._article_url(here)[1] is None:
                    # a removed story sent to the listing (or another page the crawl read):
                    # no article there, as when the redirect is followed and read
                    self._inc("drop/redirected_away")
                    logger.warning("dropped %s: it redirects to %s, a page the crawl read "
                                   "already, no article", first, here)
                continue  # else the article is read there (a merged story)
            self._inc("redirect/loop")
            self._inc("drop/download/RedirectLoop")
            logger.warning("article page failed: %s: redirect loop through addresses the crawl "
                           "asked for already: %s", first,
                           " -> ".join([*path[:6], here])[:400])

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def _article_url(self, url: str) -> tuple[str | None, str | None]:
        raise NotImplementedError
