"""What sitemaps, feeds and links say about an article before it is fetched: its language
(badge, title, ``news:language``), when it last changed (``lastmod``) and its publication
time (news sitemap, feed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from kznews import processors as P
from kznews.items import Article

# ru and kk share the Cyrillic script: a title-only guess of one may be the other.
LANG_FAMILY = {"ru": {"ru", "kk"}, "kk": {"ru", "kk"}, "en": {"en"}}


class HintsMixin:
    args: Any

    def init_hints(self) -> None:
        self.lastmods: dict[str, datetime] = {}  # id -> newest lastmod/updated seen
        self.time_hints: dict[str, tuple[datetime, str]] = {}  # id -> (published, source)
        self.lang_skipped: set[str] = set()
        self.late: dict[str, tuple[str, str]] = {}  # id -> (url, via), fetched last

    def _note(self, aid: str, changed: datetime | None, published: datetime | None,
              source: str) -> None:
        if changed is not None and (aid not in self.lastmods or changed > self.lastmods[aid]):
            self.lastmods[aid] = changed
        if published is not None:
            local = published.astimezone(P.ALMATY)
            self._learn_date(aid, local.date())
            # midnight is how a feed writes "that day"; the news sitemap is preferred
            if (local.hour, local.minute, local.second) != (0, 0, 0) and (
                    aid not in self.time_hints or source == "sitemap"):
                self.time_hints[aid] = (local, source)

    def before_since(self, when: datetime | None) -> bool:
        """A sitemap or feed entry published (or last changed) before ``since``, in Almaty:
        not fetched (``discovery/skipped/since``)."""
        if self.args.since is None or when is None:
            return False
        if when.astimezone(P.ALMATY).date() >= self.args.since:
            return False
        self._inc("discovery/skipped/since")
        return True

    def lang_hint_excludes(self, aid: str, hint: str | None) -> bool:
        """True when a link's badge or title names a language the crawl does not keep."""
        if not hint or hint not in LANG_FAMILY:
            return False
        if LANG_FAMILY[hint] & set(self.args.langs):
            return False
        if aid not in self.lang_skipped:
            self.lang_skipped.add(aid)
            self._inc("discovery/skipped/lang_hint")
        return True

    def defer_unhinted(self, aid: str, url: str, via: str, hint: str | None) -> bool:
        """A sitemap or feed link without a language, in a crawl keeping only some
        languages: kept for the end of the crawl, when badges on the pages read meanwhile
        may have named its language."""
        if hint or via not in ("sitemap", "feed") or set(self.args.langs) >= set(LANG_FAMILY):
            return False
        self.late.setdefault(aid, (url, via))
        return True

    def release_late(self) -> list[tuple[str, str]]:
        late, self.late = self.late, {}
        return [(url, via) for aid, (url, via) in late.items() if aid not in self.lang_skipped]

    def with_time_hint(self, article: Article) -> Article:
        """A day-precision date given its time by the news sitemap or the feed, when both
        name the same day in Almaty."""
        hint = self.time_hints.get(article.id)
        if hint is None or article.published_date_precision != "day":
            return article
        when, source = hint
        if when.date().isoformat() != article.published_at[:10]:
            self._inc(f"discovery/{source}/day_disagrees")
            return article
        self._inc(f"extract/published/time_from_{source}")
        return replace(article, published_at=when.replace(second=0, microsecond=0).isoformat(),
                       published_date_precision="minute",
                       date_source=f"{article.date_source}+{source}")

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def _learn_date(self, aid: str, when: Any) -> None:
        raise NotImplementedError
