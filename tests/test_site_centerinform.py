"""Extraction on saved pages: one case per fixture page and field.

Fixtures are raw response bytes with their headers (``tests/fixtures/pages/<name>/``),
decoded the way Scrapy decodes them, so charset handling is part of what is tested.
Re-create them with ``python -m tests.fixtures.save_pages``.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import HtmlResponse

from kznews.loaders import build_article, missing_fields
from kznews.sites.centerinform import extract_article

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
NAMES = sorted(p.name for p in PAGES.iterdir() if (p / "page.html").exists())
FIELDS = ("id", "lang", "title", "published_at", "dateline_place", "body", "source",
          "photo_credit", "category", "tags", "views")


@cache
def parsed(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    folder = PAGES / name
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    url = "https://ic24.kz/" + meta["url"]
    response = HtmlResponse(url, status=meta["status"], headers=meta["headers"],
                            body=(folder / "page.html").read_bytes())
    hints = [("listing", date.fromisoformat(meta["listing_date"]))] \
        if meta.get("listing_date") else []
    ex = extract_article(response.text, url, hints, today=date(2026, 11, 23))
    assert not missing_fields(ex), f"{name}: {missing_fields(ex)} not found"
    article = build_article(ex, url)
    return vars(article), json.loads((folder / "expected.json").read_text("utf-8"))


def test_there_are_fixtures_of_every_kind() -> None:
    assert {n.rsplit("-", 1)[0] for n in NAMES} >= {
        "mirror-classic", "mirror-rich", "mirror-bare", "other-A", "other-B", "other-C",
        "other-D", "mirror-seed"}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("field", FIELDS)
def test_field_matches_expected(name: str, field: str) -> None:
    got, expected = parsed(name)
    if field not in expected:
        pytest.fail(f"{name}: expected.json has no {field}")
    assert got[field] == expected[field]


@pytest.mark.parametrize("name", NAMES)
def test_every_field_names_its_rule(name: str) -> None:
    got, _ = parsed(name)
    for field in ("title", "body", "published_at", "lang"):
        assert got["extraction"].get(field), f"{field} has no rule"
