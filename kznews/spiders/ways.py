"""What a listing section's first page named as other ways into its news, and how far they
have gone (:mod:`kznews.spiders.otherways`, :mod:`kznews.spiders.jsonwalk`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapy.http import Response

from kznews.sites.centerinform.menu import Candidate


@dataclass
class JsonWalk:
    """A section's walk of its JSON listing."""

    requested: set[str] = field(default_factory=set)
    sets: set[frozenset[str]] = field(default_factory=set)
    ascending: bool | None = None
    pages: int = 0  # answered as a JSON listing
    stale: int = 0  # pages in a row holding nothing new (a repeated crawl)


@dataclass
class Ways:
    """What a section's first page named as other ways in, and how far they have gone."""

    json_urls: list[str]
    menu: list[Candidate]
    stage: int = 0
    json_walk: JsonWalk | None = None
    probing: int = 0  # probes not answered yet
    found: list[tuple[tuple[int, bool, int, int], Response, str]] = field(default_factory=list)
