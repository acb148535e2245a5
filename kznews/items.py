"""Typed items of the kznews feed. One docstring per field: this is the feed's data dictionary."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from itemadapter import ItemAdapter


@dataclass
class RelatedLink:
    """A link to another article of the outlet found on an article page."""

    url: str
    """Absolute, canonicalised URL of the linked article."""
    id: str
    """The linked article's id (``u<N>``)."""
    title: str
    """The link's anchor text as the page shows it (the outlet truncates headlines)."""
    lang: str | None = None
    """Language badge beside the link (``ru``/``en``/``kk``), else the script of its text."""


@dataclass
class Article:
    """One article of the outlet, normalised. Field order is the order in the feed."""

    id: str
    """``u<N>`` from the URL: the outlet's stable key (one sequence for ru and en)."""
    url: str
    """Absolute URL as fetched (after redirects)."""
    canonical_url: str
    """``<link rel=canonical>`` (og:url, JSON-LD url next), else ``url`` minus query/fragment."""
    lang: str
    """``ru``, ``en`` or ``kk``, read from the content (the outlet's URLs carry no language)."""
    title: str
    """Normalised headline."""
    published_at: str
    """ISO 8601 in Asia/Almaty with its offset (+06:00 before 2024-03-01, +05:00 since)."""
    published_date_precision: str
    """``day`` when the page gives no time of day, ``minute`` otherwise."""
    date_source: str
    """Date origin: ``jsonld``, ``meta``, ``page``, ``dateline+listing|ids|crawl``."""
    body: str
    """Paragraphs joined by a blank line; no dateline, widgets, source line or links block."""
    content_hash: str
    """Hex SHA-256 of the normalised title and body: same text, same hash."""
    crawled_at: str
    """When the page was parsed, ISO 8601 UTC."""
    dateline_place: str | None = None
    """Place of the dateline (``Алматы``, ``Almaty``), as written."""
    source: str | None = None
    """Attribution: the ``Источник:`` line, else the agency named in the lead."""
    photo_credit: str | None = None
    """Credit of the lead photo (``Фото:gov.kz`` gives ``gov.kz``)."""
    image_urls: list[str] = field(default_factory=list)
    """Absolute URLs of the article's own images (not logos or widget icons)."""
    category: str | None = None
    """The outlet's rubric (``Социум``)."""
    tags: list[str] = field(default_factory=list)
    """The article's tags, in page order, without duplicates."""
    views: int | None = None
    """View counter shown on the page at crawl time."""
    related: list[dict[str, Any]] = field(default_factory=list)
    """Links to other articles on the page: ``{url, id, title, lang}`` each (see RelatedLink)."""
    extraction: dict[str, str] = field(default_factory=dict)
    """Per field, the rule that produced it (``jsonld:headline``, ``css:h1``, ``text:lead``)."""
    revision: int = 1
    """1 the first time an article is exported; n when its content changed n-1 times since."""
    previous_hash: str | None = None
    """The ``content_hash`` of the previous revision, when ``revision`` > 1."""
    duplicate_of: str | None = None
    """Id of an earlier article with the same body: a republished copy."""
    translations: list[dict[str, str]] = field(default_factory=list)
    """Other-language versions of the same story found in the crawl: ``{id, lang}`` each."""


def item_dict(item: Any) -> dict[str, Any]:
    """An item as a dict for validation and JSON. For an Article, a shallow view (lists and
    dicts shared, not copied): ItemAdapter.asdict() deep-copies the 30-odd related links of
    every article, a measurable share of a crawl's CPU."""
    if isinstance(item, Article):
        return {f.name: getattr(item, f.name) for f in fields(Article)}
    return ItemAdapter(item).asdict()
