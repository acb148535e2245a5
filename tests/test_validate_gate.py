"""The validation pipeline asks a compiled validator first and jsonschema only about items it
rejects: whatever the item, the outcome must be jsonschema's."""

from __future__ import annotations

import copy
from datetime import date
from functools import cache
from typing import Any

import pytest

from kznews.items import item_dict
from kznews.loaders import build_article
from kznews.mirror import build_site
from kznews.pipelines.validate import passes, problems, validator
from kznews.sites.centerinform import extract_article

BASE = "http://127.0.0.1:8000"


@cache
def articles() -> list[dict[str, Any]]:
    site = build_site(articles=4, seed=3)
    out = []
    for truth in site.articles:
        _, _, body = site.render(truth["path"], base=BASE)
        ex = extract_article(body.decode("utf-8"), BASE + truth["path"], [], date(2026, 11, 1))
        out.append(item_dict(build_article(ex, BASE + truth["path"])))
    return out


def schema_errors(data: dict[str, Any]) -> list[str]:
    return sorted(str(e.message) for e in validator().iter_errors(data))


BAD_VALUES: list[Any] = [None, "", " ", "u12\n", "x", 0, -1, 1.0, 2.5, True, False, [], ["a"],
                         [""], ("a",), (), {}, {"a": 1}, "http://h/x", "ftp://h", "z" * 1001,
                         "2024-05-01T10:00:00+05:00", "2024-05-01T10:00:00+05:00\n",
                         "0" * 64, "0" * 64 + "\n", "2024-05-01T10:00:00Z", "ru", "day"]


def mutations(article: dict[str, Any]) -> list[dict[str, Any]]:
    out = [article]
    for name in list(article) + ["previous_hash", "duplicate_of", "translations", "extra"]:
        dropped = dict(article)
        dropped.pop(name, None)
        out.append(dropped)
        for value in BAD_VALUES:
            out.append({**article, name: value})
    for value in BAD_VALUES:
        related = copy.deepcopy(article["related"]) or [{"url": "u", "id": "u1", "title": "t"}]
        for key in ("url", "id", "title", "lang"):
            out.append({**article, "related": [{**related[0], key: value}, *related[1:]]})
        out.append({**article, "related": [value]})
        out.append({**article, "extraction": {"title": value}})
        out.append({**article, "translations": [value]})
        out.append({**article, "tags": [value], "image_urls": [value]})
    return out


def test_the_compiled_check_is_never_more_lenient_than_jsonschema() -> None:
    checked = rejected = 0
    for article in articles():
        for data in mutations(article):
            errors = schema_errors(data)
            if passes(data):
                assert errors == [], (data, errors)
            else:
                rejected += 1
            checked += 1
    assert rejected > checked // 2  # the mutations do break the schema


@pytest.mark.parametrize("field", ["tags", "image_urls", "related", "translations"])
def test_a_tuple_for_an_array_goes_to_jsonschema(field: str) -> None:
    data = {**articles()[0], field: ()}
    assert not passes(data)
    assert [f for f, _ in problems(data)] == [field]


def test_drop_reasons_are_jsonschemas() -> None:
    article = articles()[0]
    assert problems(article) == []
    assert problems({**article, "id": "u12\n"}) == []  # "$" before a final newline: jsonschema
    found = problems({**article, "views": -3, "title": ""})
    assert found == [("title", "'' should be non-empty"),
                     ("views", "-3 is less than the minimum of 0")]
