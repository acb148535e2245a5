"""ArticleLoader: turns a page's raw extracted values into a normalised Article.

Input/output processors are the pure functions of ``kznews.processors``; the few
cross-field decisions (date + time zone, language, hash) are in ``build_article``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, ClassVar

from itemloaders import ItemLoader
from itemloaders.processors import Identity, MapCompose, TakeFirst
from itemloaders.utils import arg_to_iter

from kznews import processors as P
from kznews.extract.chain import Extracted
from kznews.extract.index import MEMOS
from kznews.items import Article

REQUIRED = ("title", "body", "published", "lang")


def _date_source(rule: str) -> str:
    """Map the rule that found the date to the feed's ``date_source`` vocabulary."""
    if rule.startswith("jsonld"):
        return "jsonld"
    if rule.startswith("meta"):
        return "meta"
    if "dateline+" in rule:
        return rule.split("text:", 1)[-1]
    if rule == "listing-date":
        return "listing"
    return "page"


class ArticleLoader(ItemLoader):
    default_item_class = dict
    default_output_processor = TakeFirst()

    title_in = MapCompose(P.clean_text)
    category_in = MapCompose(P.clean_text, P.rubric_name)
    source_in = MapCompose(P.clean_text, P.source_name)
    photo_credit_in = MapCompose(P.clean_text)
    dateline_place_in = MapCompose(P.clean_text)
    body_in = Identity()
    body_out = P.join_paragraphs
    tags_in = Identity()
    tags_out = P.split_tags
    image_urls_out = Identity()
    related_out = Identity()

    # The processors of a field never change: look each up once per process, not per value
    # (itemloaders resolves them through getattr, item metadata and a context manager).
    _processors: ClassVar[dict[tuple[str, str], Any]] = {}

    def get_input_processor(self, field_name: str) -> Any:
        key = (field_name, "in")
        found = self._processors.get(key)
        if found is None:
            found = self._processors[key] = super().get_input_processor(field_name)
        return found

    def get_output_processor(self, field_name: str) -> Any:
        key = (field_name, "out")
        found = self._processors.get(key)
        if found is None:
            found = self._processors[key] = super().get_output_processor(field_name)
        return found


_SCALARS = ("title", "category", "source", "photo_credit", "dateline_place", "views",
            "canonical_url", "lang")
_PROCESSORS: dict[str, tuple[Any, Any]] = {}


def _load(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``ArticleLoader``'s ``add_value`` of each (field, value) then ``load_item``, with the
    loader's processors applied the way itemloaders applies them (the values are converted
    with its ``arg_to_iter``; none of the processors reads a loader context), without the
    per-value machinery around them, which cost more than the processors."""
    if not _PROCESSORS:
        loader = ArticleLoader()
        for name in (*_SCALARS, "body", "tags", "image_urls", "related"):
            _PROCESSORS[name] = (loader.get_input_processor(name),
                                 loader.get_output_processor(name))
    data: dict[str, Any] = {}
    for name, value in pairs:
        if value is None:
            continue
        take_in, take_out = _PROCESSORS[name]
        processed = take_in(arg_to_iter(value))
        if processed:
            out = take_out(list(arg_to_iter(processed)))
            if out is not None:
                data[name] = out
    return data


# The headline block and sidebars link the same articles from every page.
_safe_url = lru_cache(maxsize=8192)(P.safe_url)
MEMOS.append(_safe_url.cache_clear)


def missing_fields(ex: Extracted) -> list[str]:
    return [name for name in REQUIRED if not ex.values.get(name)]


def build_article(ex: Extracted, url: str, crawled_at: datetime | None = None) -> Article:
    """Normalise one page's extracted values. Call only when ``missing_fields`` is empty."""
    values = ex.values
    data = _load([(name, values.get(name)) for name in _SCALARS] + [
        ("body", values["body"]), ("tags", values.get("tags") or []),
        ("image_urls", values.get("image_urls") or []), ("related", values.get("related") or [])])

    published: date | datetime = values["published"]
    published_at, precision = P.to_almaty(published)
    title, body = data["title"], data.get("body") or ""
    crawled = (crawled_at or datetime.now(UTC)).astimezone(UTC)
    extraction = dict(ex.rules)
    extraction["published_at"] = extraction.pop("published", "")
    return Article(
        id=ex.id,
        url=url,
        canonical_url=P.safe_url(data.get("canonical_url")
                                 or P.canonicalize_url(url).partition("?")[0]),
        lang=data["lang"],
        title=title,
        published_at=published_at,
        published_date_precision=precision,
        date_source=_date_source(ex.rules.get("published", "")),
        body=body,
        content_hash=P.content_hash(title, body),
        crawled_at=crawled.isoformat(timespec="seconds").replace("+00:00", "Z"),
        dateline_place=data.get("dateline_place"),
        source=data.get("source"),
        photo_credit=data.get("photo_credit"),
        image_urls=[_safe_url(u) for u in data.get("image_urls") or []],
        category=data.get("category"),
        tags=data.get("tags") or [],
        views=data.get("views"),
        related=[{**link, "url": _safe_url(link["url"])} for link in data.get("related") or []],
        extraction=extraction,
    )
