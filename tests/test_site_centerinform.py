"""Extraction on saved pages: one case per fixture page and field.

Fixtures are raw response bytes with their headers (``tests/fixtures/pages/<name>/``),
decoded the way Scrapy decodes them, so charset handling is part of what is tested.
Re-create them with ``python -m tests.fixtures.save_pages``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import HtmlResponse

from kznews.loaders import build_article, missing_fields
from kznews.sites.centerinform import extract_article
from tests.hostile_text import Case as HostileCase
from tests.hostile_text import article_page
from tests.hostile_text import cases as hostile_cases

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
    # fixtures made from an archive (python -m kznews.archive fixture) carry their capture day
    today = date.fromisoformat(meta.get("today", "2026-11-23"))
    ex = extract_article(response.text, url, hints, today=today)
    assert not missing_fields(ex), f"{name}: {missing_fields(ex)} not found"
    article = build_article(ex, url)
    return vars(article), json.loads((folder / "expected.json").read_text("utf-8"))


def test_there_are_fixtures_of_every_kind() -> None:
    assert {n.rsplit("-", 1)[0] for n in NAMES} >= {
        "mirror-classic", "mirror-rich", "mirror-bare", "other-A", "other-B", "other-C",
        "other-D", "mirror-seed", "oldcms-dle", "oldcms-bitrix", "oldcms-joomla"}


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


# --------------------------------------------------------------------------- hostile pages

TAG_SHAPED = re.compile(r"<[A-Za-z/!?][^<>]*>|<!--")
HOSTILE_PROBLEMS = {
    "u1006": ["jsonld/too_deep"],
    "u1007": ["jsonld/bad_value/headline", "jsonld/bad_value/keywords"],
    "u1008": ["html/too_deep"],
    "u1009": ["html/too_deep"],
    "u1010": ["html/early_end"],
}


def _text_fields(article: dict[str, Any]) -> list[str]:
    fields = [article[f] or "" for f in ("title", "body", "category", "source", "photo_credit",
                                         "dateline_place")]
    return fields + article["tags"] + [r["title"] for r in article["related"]]


@pytest.mark.parametrize("case", hostile_cases(), ids=lambda c: c.id)
def test_hostile_page_keeps_its_article_whole_and_clean(case: HostileCase) -> None:
    url = f"https://ic24.kz/news/park-{case.id}"
    ex = extract_article(article_page(case), url, today=date(2026, 11, 23))
    assert missing_fields(ex) == [], case.probe
    article = vars(build_article(ex, url))
    assert article["title"] == "Парк открыт"
    paragraphs = article["body"].split("\n\n")
    assert [e for e in case.expect if e not in paragraphs] == [], case.probe
    for text in _text_fields(article):
        assert not TAG_SHAPED.search(text), (case.probe, text)
        assert "alert" not in text and "junk" not in text, (case.probe, text)
        assert not [ch for ch in text if unicodedata.category(ch) in ("Cf", "Cs")
                    or (unicodedata.category(ch) == "Cc" and ch != "\n")], (case.probe, text)
    assert sorted(ex.problems) == HOSTILE_PROBLEMS.get(case.id, [])


@pytest.mark.parametrize(
    ("probe", "raw", "expected"),
    [
        ("xmp", "<xmp><b>x</b></xmp>", "x"),
        ("noembed", "<noembed><img src=x onerror=y></noembed>", "onerror"),
        ("noframes", "<noframes><i>y</i></noframes>", "<i>"),
        ("plaintext", "<plaintext><b>z</b>", "</html>"),
        ("listing", "<listing><b>w</b></listing>", "w"),
        ("iframe", "<iframe><b>v</b></iframe>", "v"),
        ("textarea", "<textarea><b>u</b></textarea>", "u"),
    ],
)
def test_raw_text_elements_are_no_article_text(probe: str, raw: str, expected: str) -> None:
    html = ('<html lang="ru"><body><h1 class="news-title">Парк открыт</h1><div class="news-text">'
            "<p>Алматы. 16 апреля. Центр информации - Текст статьи.</p>" + raw +
            "<p>Конец.</p></div></body></html>")
    ex = extract_article(html, "https://ic24.kz/news/x-u1", [("listing", date(2021, 4, 16))],
                         today=date(2026, 11, 23))
    body = "\n\n".join(ex.values["body"])
    assert expected not in body and "<" not in body, probe
    assert body.startswith("Текст статьи."), probe


@pytest.mark.parametrize("query", ["?from=lenta", "?from=lenta&utm_source=x#top", "?page=2"])
def test_canonical_url_without_a_canonical_link_drops_the_query(query: str) -> None:
    from kznews import article_from_html

    folder = PAGES / "mirror-classic-ru"
    url = "https://ic24.kz/" + json.loads((folder / "meta.json").read_text("utf-8"))["url"]
    html = re.sub(r'<link rel="canonical"[^>]*>', "", (folder / "page.html").read_text("utf-8"))
    assert 'rel="canonical"' not in html
    record = article_from_html(html, url + query, today=date(2026, 11, 23))
    assert record is not None
    assert record["canonical_url"] == url
    assert record["extraction"]["canonical_url"] == "url"
    assert record["url"] == url + query  # the URL as fetched stays as it was


@pytest.mark.parametrize(("title", "want"), [
    ("Headline | Центр информации", "Headline"),
    ("Центр информации :: Заголовок статьи", "Заголовок статьи"),
    ("Ақпарат орталығы :: Шымкентте жастар форумы өтті", "Шымкентте жастар форумы өтті"),
    ("Astana hosts a forum - Information Centre", "Astana hosts a forum"),
    ("Информационный центр — Заголовок", "Заголовок"),
    ("IC24.kz | Новость", "Новость"),
    ("Выборы - 2024 | Итоги", "Выборы - 2024 | Итоги"),  # no site name: left as it is
])
def test_the_site_name_is_stripped_from_a_title_in_every_language(title: str, want: str) -> None:
    from kznews.sites.centerinform.rules import strip_site_suffix

    assert strip_site_suffix(title) == want
