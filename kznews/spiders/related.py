"""The spider's side of the related links a crawl owes (:mod:`kznews.state.related`).

Before an article's item leaves the spider, the related links the crawl follows from it are
noted in the store; a run that ends cleanly settles its notes. A run that starts with notes
left by runs cut short (killed, stopped, ended at ``max_articles`` or with failed pages)
requests, once it has run out of other work, the linked articles that neither this run nor
the store holds, at the hop they were noted at, so the ``related_depth`` bound holds as in one
uninterrupted crawl: ``discovery/related/owed`` links read, ``discovery/related/reseeded``
requested.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

import scrapy

from kznews.state.related import Owed, OwedLink

logger = logging.getLogger(__name__)


class OwedRelatedMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`."""

    args: Any
    store: Any
    known: Any
    run_id: str
    base_url: str
    incomplete: bool
    seen_ids: set[str]
    owed: Owed | None = None
    reseeded = False

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def _article_url(self, url: str) -> tuple[str | None, str | None]:
        raise NotImplementedError

    def article_request(self, url: str, listing_date: Any = None, via: str = "listing",
                        hop: int = 0, lang_hint: str | None = None, late: bool = False
                        ) -> scrapy.Request | None:
        raise NotImplementedError

    def read_owed(self) -> None:
        """What runs cut short left, read as the run starts (its own notes come later)."""
        if self.store is None or self.args.related_depth < 1:
            return
        try:
            self.owed = self.store.owed_related(self.run_id)
        except Exception as exc:  # noqa: BLE001 - a store out of reach: the crawl goes on
            self._store_failed("read", exc)
            return
        if self.owed.links:
            self._inc("discovery/related/owed", len(self.owed.links))

    def reseed_related(self) -> list[scrapy.Request]:
        """Requests for the owed links whose article this run has neither requested nor
        stored, once, when the crawl first runs out of work: by then the listing walk has
        marked the articles it shows as listed (hop 0), so a linked article that is also
        listed is not fetched early as a related one whose own links the bound cuts off."""
        if self.owed is None or self.reseeded:
            return []
        self.reseeded = True
        out = []
        for link in self.owed.links:
            if link.hop > self.args.related_depth or self.known.is_known(link.id) \
                    or link.id in self.seen_ids or self._stored(link.id):
                continue
            request = self.article_request(self.base_url + link.path, via="related",
                                           hop=link.hop, lang_hint=link.lang, late=True)
            if request is not None:
                self._inc("discovery/related/reseeded")
                out.append(request)
        return out

    def _stored(self, aid: str) -> bool:
        """Exported by this run already (a resumed JOBDIR queue's requests pass by the
        spider's own bookkeeping)."""
        try:
            return self.store.get(aid) is not None
        except Exception as exc:  # noqa: BLE001 - fetched once more; the store dedups
            self._store_failed("read", exc)
            return False

    def note_related(self, links: list[dict[str, Any]], hop: int) -> None:
        """Note the links the crawl follows at ``hop`` before the article they are on
        reaches the store (a kill between the two must not lose them)."""
        if self.store is None:
            return
        noted: dict[str, int] = self.__dict__.setdefault("_noted_hops", {})
        fresh = []
        for link in links:
            same, lid = self._article_url(link["url"])
            if not same or not lid or self.known.is_known(lid) or noted.get(lid, hop + 1) <= hop:
                continue
            noted[lid] = hop
            fresh.append(OwedLink(lid, urlsplit(same).path, link.get("lang"), hop))
        if not fresh:
            return
        try:
            self.store.note_related(self.run_id, fresh)
        except Exception as exc:  # noqa: BLE001 - a store out of reach: the crawl goes on
            for owed in fresh:
                noted.pop(owed.id, None)
            self._store_failed("note", exc)

    def settle_related(self) -> None:
        """The run ended cleanly: every link it noted or took over was followed."""
        try:
            self.store.settle_related(self.run_id, self.owed)
        except Exception as exc:  # noqa: BLE001 - the next run requests them once more
            self._store_failed("settle", exc)

    def _store_failed(self, what: str, exc: Exception) -> None:
        key = f"discovery/related/{what}_failed"
        self._inc(key)
        self.incomplete = True
        logged: set[str] = self.__dict__.setdefault("_related_failures", set())
        if key not in logged:
            logged.add(key)
            logger.warning("related links owed by runs cut short: %s failed (%s: %s); "
                           "further failures are counted in %s", what, type(exc).__name__,
                           exc, key)
