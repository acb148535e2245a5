"""The ``centerinform`` spider: discovery and scheduling only; parsing lives in ``kznews.sites``."""

from __future__ import annotations

import bisect
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider
from scrapy.http import Response

from kznews import processors as P
from kznews.loaders import build_article, missing_fields
from kznews.sites.centerinform import extract_article
from kznews.sites.centerinform_listing import parse_listing

logger = logging.getLogger(__name__)

LANGS = ("ru", "en", "kk")
RENDER_MODES = ("auto", "always", "never")
DEFAULT_MAX_PAGES = 100
LISTING_PRIORITY = 10
RELATED_PRIORITY = -10
DEFERRED_PRIORITY = -100
# Rules that mean the page no longer looks like the outlet we know: logged and counted.
LAST_RESORT = {
    "title": ("text:title-tag",),
    "body": ("text:densest-block",),
    "published": ("text:dateline+crawl",),
}
ARG_NAMES = ("base_url", "max_pages", "max_articles", "since", "lang", "follow_related", "render")


class ArgumentError(ValueError):
    """A spider argument a user got wrong; its message is the one line they see."""


@dataclass(frozen=True)
class CrawlArgs:
    base_url: str
    max_pages: int
    max_articles: int
    since: date | None
    langs: frozenset[str]
    follow_related: bool
    render: str | None

    @classmethod
    def parse(cls, base_url: str = "https://ic24.kz", max_pages: Any = DEFAULT_MAX_PAGES,
              max_articles: Any = 0, since: Any = None, lang: Any = "ru,en,kk",
              follow_related: Any = "1", render: Any = None, **unknown: Any) -> CrawlArgs:
        parts = urlsplit(str(base_url).strip())
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ArgumentError(f"base_url must be an http(s) URL, got {base_url!r}")
        since_date = None
        if since not in (None, ""):
            try:
                since_date = date.fromisoformat(str(since).strip())
            except ValueError:
                raise ArgumentError(f"since must be a date YYYY-MM-DD, got {since!r}") from None
        langs = frozenset(x.strip().lower() for x in str(lang).split(",") if x.strip())
        bad = sorted(langs - set(LANGS))
        if bad or not langs:
            raise ArgumentError(f"lang must be a comma list of {','.join(LANGS)}, got {lang!r}")
        flag = str(follow_related).strip().lower()
        if flag not in {"1", "0", "true", "false", "yes", "no"}:
            raise ArgumentError(f"follow_related must be 1 or 0, got {follow_related!r}")
        if render is not None and str(render) not in RENDER_MODES:
            raise ArgumentError(f"render must be one of {'/'.join(RENDER_MODES)}, got {render!r}")
        return cls(
            base_url=f"{parts.scheme}://{parts.netloc}".lower(),
            max_pages=_positive("max_pages", max_pages, allow_zero=False),
            max_articles=_positive("max_articles", max_articles, allow_zero=True),
            since=since_date,
            langs=langs,
            follow_related=flag in {"1", "true", "yes"},
            render=None if render is None else str(render),
        )


def _positive(name: str, value: Any, allow_zero: bool) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ArgumentError(f"{name} must be a whole number, got {value!r}") from None
    if number < 0 or (number == 0 and not allow_zero):
        raise ArgumentError(f"{name} must be {'≥ 0' if allow_zero else '≥ 1'}, got {value!r}")
    return number


class CenterinformSpider(scrapy.Spider):
    name = "centerinform"
    listing_path = "/novosti"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        known = {k: kwargs.pop(k) for k in list(kwargs) if k in ARG_NAMES}
        super().__init__(*args, **kwargs)
        self.args = CrawlArgs.parse(**known)
        self.base_url = self.args.base_url
        host = urlsplit(self.base_url).hostname or ""
        self.allowed_domains = [host]
        self.seen_ids: set[str] = set()
        # Listing dates by id, also for articles first reached through a related link.
        self.listing_dates: dict[str, date] = {}
        # (id number, date) of every article whose date is known: the id sequence is a
        # calendar for pages that carry only a year-less dateline.
        self.id_dates: list[tuple[int, date]] = []
        self.listing_urls: set[str] = set()
        self.listings_outstanding = 0
        self.pages_requested = 0
        self.articles_requested = 0
        self.items_emitted = 0
        self.today = datetime.now(UTC).date()

    # ------------------------------------------------------------------ discovery
    async def start(self) -> AsyncIterator[Any]:
        yield self.listing_request(self.base_url + self.listing_path, 1)

    def listing_request(self, url: str, page: int) -> scrapy.Request:
        # Listing pages first: they carry the dates that year-less datelines need.
        self.listing_urls.add(url)
        self.pages_requested += 1
        self.listings_outstanding += 1
        return scrapy.Request(url, callback=self.parse_listing, errback=self.listing_failed,
                              cb_kwargs={"page": page}, priority=LISTING_PRIORITY)

    def listing_failed(self, failure: Any) -> None:
        self.listings_outstanding -= 1
        self._inc("discovery/listing_failed")
        logger.warning("listing page failed: %s", failure.getErrorMessage())

    def _inc(self, key: str, count: int = 1) -> None:
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(key, count)

    def _on_host(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in {"http", "https"} and \
            f"{parts.scheme}://{parts.netloc}".lower() == self.base_url

    def article_request(self, url: str, listing_date: date | None = None,
                        via: str = "listing") -> scrapy.Request | None:
        """One request per article id, whatever the URL variant; respects max_articles."""
        url = P.canonicalize_url(url)
        aid = P.article_id(url)
        if not aid or not self._on_host(url) or aid in self.seen_ids:
            return None
        if self.args.max_articles and self.articles_requested >= self.args.max_articles:
            return None
        self.seen_ids.add(aid)
        self.articles_requested += 1
        self._inc(f"discovery/articles/{via}")
        return scrapy.Request(url, callback=self.parse_article,
                              cb_kwargs={"listing_date": listing_date},
                              meta={"article_id": aid},
                              priority=0 if via == "listing" else RELATED_PRIORITY)

    def parse_listing(self, response: Response, page: int) -> Iterator[Any]:
        self.listings_outstanding -= 1
        self._inc("discovery/listing_pages")
        entries, pages = parse_listing(response.body, response.url, self.listing_path)
        if not entries:
            logger.warning("listing page %s holds no article links", response.url)
            self._inc("discovery/empty_listing")
        older = 0
        for entry in entries:
            if self.args.since and entry.listing_date and entry.listing_date < self.args.since:
                older += 1
                self._inc("discovery/skipped/since")
                continue
            if entry.listing_date:
                self.listing_dates.setdefault(entry.id, entry.listing_date)
                self._learn_date(entry.id, entry.listing_date)
            req = self.article_request(entry.url, entry.listing_date)
            if req:
                yield req
        if entries and older == len(entries):
            return  # the whole page is older than `since`: nothing newer further on
        for url, number in pages:
            if number > self.args.max_pages or url in self.listing_urls or \
                    not self._on_host(url) or self.pages_requested >= self.args.max_pages:
                continue
            yield self.listing_request(url, number)

    def _learn_date(self, aid: str, when: date) -> None:
        bisect.insort(self.id_dates, (int(aid[1:]), when))

    def _date_hints(self, aid: str, listing_date: date | None) -> list[tuple[str, date]]:
        hints = [("listing", listing_date)] if listing_date else []
        if self.id_dates and aid[1:].isdigit():
            pos = bisect.bisect_left(self.id_dates, (int(aid[1:]), date.min))
            near = [self.id_dates[i] for i in (pos - 1, pos) if 0 <= i < len(self.id_dates)]
            if near:
                hints.append(("ids", min(near, key=lambda n: abs(n[0] - int(aid[1:])))[1]))
        return hints

    # ------------------------------------------------------------------ articles
    def parse_article(self, response: Response, listing_date: date | None = None
                      ) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            self._inc("drop/not_text")
            logger.warning("dropped %s: not a text response", response.url)
            return
        aid = P.article_id(response.url) or response.meta.get("article_id", "")
        listing_date = listing_date or self.listing_dates.get(aid)
        ex = extract_article(response.text, response.url, self._date_hints(aid, listing_date),
                             self.today)
        if ex.rules.get("published", "").startswith("text:dateline+") and not listing_date \
                and self.listings_outstanding > 0 and not response.meta.get("deferred") \
                and response.request is not None:
            # Only a year-less dateline and its listing page not read yet: parse it again
            # after the listing, once, rather than guess the year.
            self._inc("discovery/deferred_for_listing")
            yield response.request.replace(dont_filter=True, priority=DEFERRED_PRIORITY,
                                           meta={**response.meta, "deferred": True})
            return
        for name, rule in ex.rules.items():
            self._inc(f"extract/{name}/{rule}")
            if rule in LAST_RESORT.get(name, ()):
                self._inc(f"extract/fallback/{name}")
                logger.warning("%s: %s only found by the last-resort rule %s", response.url,
                               name, rule)
        if self.args.follow_related:
            for link in ex.values.get("related") or []:
                req = self.article_request(link["url"], via="related")
                if req:
                    yield req
        missing = missing_fields(ex)
        if missing:
            for name in missing:
                self._inc(f"extract/failed/{name}")
            self._inc("drop/incomplete")
            logger.warning("dropped %s: no %s found on the page", response.url,
                           ", ".join(missing))
            return
        article = build_article(ex, response.url)
        if not article.date_source.startswith("dateline+"):
            self._learn_date(aid, date.fromisoformat(article.published_at[:10]))
        if article.lang not in self.args.langs:
            self._inc(f"drop/lang/{article.lang}")
            return
        if self.args.since and article.published_at[:10] < self.args.since.isoformat():
            self._inc("drop/since")
            return
        if self.args.max_articles and self.items_emitted >= self.args.max_articles:
            raise CloseSpider("max_articles")
        self.items_emitted += 1
        yield article
