"""Checks every item against the feed's JSON Schema (shipped in the package).

jsonschema walks an article and its ~30 related links in ~2 ms, as much as extracting the
page. fastjsonschema compiles the same schema into plain Python that answers "valid?" in
~0.05 ms; jsonschema still judges every item that check rejects, so a drop's field and
message are jsonschema's. The compiled check is never more lenient than jsonschema on this
schema (its patterns end at ``\\Z``, stricter than ``$``), except that it takes a tuple
for an array: an item with a tuple where the schema wants an array goes to jsonschema too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema
from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from kznews.items import item_dict

logger = logging.getLogger(__name__)


@cache
def article_schema() -> dict[str, Any]:
    text = resources.files("kznews").joinpath("schema/article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(article_schema())


@cache
def quick_check() -> tuple[Callable[[Any], Any], tuple[str, ...]]:
    """The compiled validator, and the top-level fields the schema types as arrays."""
    schema = article_schema()
    arrays = tuple(name for name, rule in schema.get("properties", {}).items()
                   if rule.get("type") == "array")
    return fastjsonschema.compile(schema), arrays


def passes(data: dict[str, Any]) -> bool:
    """True when jsonschema would find nothing wrong with ``data`` (False: it may)."""
    check, arrays = quick_check()
    if any(isinstance(data.get(name), tuple) for name in arrays):
        return False
    try:
        check(data)
    except Exception:  # noqa: BLE001 - any doubt is settled by jsonschema
        return False
    return True


def problems(item: Any) -> list[tuple[str, str]]:
    """(field, message) for each schema violation of one item."""
    data = item_dict(item)
    if passes(data):
        return []
    out = []
    for err in sorted(validator().iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = str(err.absolute_path[0]) if err.absolute_path else (
            err.message.split("'")[1] if err.validator == "required" else "item")
        out.append((where, _message(err)))
    return out


def _message(err: Any) -> str:
    """The rule broken; a long value is described by its size, never quoted (a runaway page
    would put megabytes of it into the drop reason and the log)."""
    value = err.instance
    if isinstance(value, str | list | dict) and len(repr(value)) > 80:
        size = f"{len(value)} characters" if isinstance(value, str) else f"{len(value)} items"
        return f"fails {err.validator} {err.validator_value!r} ({size})"[:200]
    return str(err.message)[:200]


class ValidationPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidationPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        found = problems(item)
        if not found:
            return item
        field, message = found[0]
        if self.stats:
            self.stats.inc_value(f"validate/dropped/{field}")
            self.stats.inc_value("validate/dropped")
        url = ItemAdapter(item).get("url")
        raise DropItem(f"invalid article {url}: {field}: {message}")
