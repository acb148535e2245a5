"""Declared rule chains: precedence is the declaration, rules write nothing, docs follow."""

from __future__ import annotations

import json
from typing import Any

from kznews.extract.chain import Field, Named, Resolver, Rule
from kznews.sites.centerinform import doc
from kznews.sites.centerinform.article import FIELDS, extract_article

URL = "https://ic24.kz/news/test-u50001"


def test_rule_table_in_the_docs_is_generated_from_the_declarations() -> None:
    text = doc.DOC.read_text("utf-8")
    assert doc.with_table(text) == text, (
        "docs/EXTRACTION.md is stale: run python -m kznews.sites.centerinform.doc")


def test_every_field_of_the_feed_has_one_declared_chain() -> None:
    names = [f.name for f in FIELDS]
    assert len(names) == len(set(names))
    assert set(names) == {"title", "body", "published", "category", "tags", "views",
                          "photo_credit", "source", "image_urls", "related", "canonical_url",
                          "lang", "dateline_place", "alternates"}  # alternates: translations


def test_a_rule_name_in_extraction_points_at_one_rule_of_its_field() -> None:
    # `extraction` and the report name the rule that gave a value: two rules of a field with
    # one name would leave a reader guessing which line of the chain to change.
    for field in FIELDS:
        names = [rule.name for rule in field.rules]
        twice = sorted({name for name in names if names.count(name) > 1})
        assert not twice, f"{field.name}: rules named alike: {twice}"


def test_first_rule_with_a_value_wins_and_names_itself() -> None:
    calls: list[str] = []

    def read(name: str, value: Any) -> Rule[dict[str, Any]]:
        def fn(page: dict[str, Any]) -> Any:
            calls.append(name)
            return value
        return Rule(name, fn)

    field = Field("x", (read("a", None), read("b", ""), read("c", Named("v", "c:sel")),
                        read("d", "late")))
    assert field.run({}) == ("v", "v", "c:sel")
    assert calls == ["a", "b", "c"]


def test_a_field_reading_another_runs_it_once() -> None:
    runs: list[str] = []

    def base(page: Any) -> str:
        runs.append("base")
        return "B"

    fields = [Field("base", (Rule("r", base),)),
              Field("derived", (Rule("d", lambda p: p.fields.value("base") + "!"),))]

    class Page:
        fields: Resolver[Any]

    page = Page()
    page.fields = Resolver(page, fields)
    out = page.fields.extracted()
    assert out.values == {"base": "B", "derived": "B!"}
    assert runs == ["base"]


def _page(ld: dict[str, Any], body_lines: list[str]) -> str:
    paras = "".join(f"<p>{line}</p>" for line in body_lines)
    return (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            f'<body><h1>Заголовок статьи о субботнике</h1><div class="news-text">{paras}</div>'
            "</body></html>")


def test_jsonld_keywords_win_over_a_tags_line_as_declared() -> None:
    html = _page({"@type": "NewsArticle", "keywords": ["Алматы", "субботник"]},
                 ["Алматы. 16 апреля. Центр информации - Прошёл субботник.", "Теги: аким, город"])
    ex = extract_article(html, URL)
    assert ex.values["tags"] == ["Алматы", "субботник"]
    assert ex.rules["tags"] == "jsonld:keywords"
    assert ex.values["body"] == ["Прошёл субботник."]


def test_a_tags_line_still_gives_tags_when_nothing_ranks_above_it() -> None:
    html = _page({"@type": "NewsArticle"},
                 ["Алматы. 16 апреля. Центр информации - Прошёл субботник.", "Теги: аким, город"])
    ex = extract_article(html, URL)
    assert ex.values["tags"] == ["аким", "город"]
    assert ex.rules["tags"] == "text:tags-line"
