"""HTML into trees and text (kznews.extract.markup) and JSON-LD's bad values
(kznews.extract.jsonld): nothing cut silently, nothing raised, every repair reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from parsel import Selector

from kznews.extract import jsonld
from kznews.extract.markup import flatten, fragment_paragraphs, parse_page, value_text
from kznews.extract.meta import MetaTags
from kznews.extract.text import element_text

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def _deep_page(depth: int) -> str:
    return ("<html><body><p>начало</p>" + "<div>" * depth + "<p>глубоко</p>" + "</div>" * depth
            + "<p>конец</p></body></html>")


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.iterdir() if p.is_dir()))
def test_ordinary_page_parses_as_parsel_parses_it(name: str) -> None:
    text = (PAGES / name / "page.html").read_bytes().decode("utf-8", "replace")
    parsed = parse_page(text)
    assert parsed.problems == []
    assert etree.tostring(parsed.root) == etree.tostring(Selector(text=text).root)


def test_libxml2_cuts_deep_pages_silently() -> None:
    """Why parse_page exists: parsel (huge_tree or not) drops everything after 2,048 levels."""
    assert "конец" not in element_text(Selector(text=_deep_page(3000)).root)


@pytest.mark.parametrize("depth", [300, 2100, 3000, 20_000])
def test_deep_page_is_read_whole(depth: int) -> None:
    parsed = parse_page(_deep_page(depth))
    text = element_text(parsed.root)
    assert text.split() == ["начало", "глубоко", "конец"]
    assert parsed.problems == ([] if depth < 2000 else ["html/too_deep"])


def test_flatten_keeps_every_text_and_the_shallow_structure() -> None:
    html = "<div class=a><p>x</p>" + "<span>" * 10 + "y" + "</span>" * 10 + "<p>z</p></div>"
    flat = flatten(html, cap=3)
    assert flat.startswith("<div class=a><p>x</p><span><span>")
    assert element_text(parse_page(flat).root).split() == ["x", "y", "z"]
    assert flatten("<script>if (a<b) x('</div>');</script><p>&amp;&#60;</p>", cap=1) == \
        "<script>if (a<b) x('</div>');</script><p>&amp;&#60;</p>"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>первый</p></html><p>второй</p></body></html>",
        "<html><body><p>первый</p></body><p>второй</p></html>",
        "<HTML><BODY><p>первый</p></BODY ><p>второй</p>",
    ],
)
def test_stray_end_of_page_does_not_end_the_page(html: str) -> None:
    parsed = parse_page(html)
    assert element_text(parsed.root.find("body")).split() == ["первый", "второй"]
    assert parsed.problems == ["html/early_end"]


@pytest.mark.parametrize(
    "html",
    [
        "<html/><!DOCTYPE html>\n<html lang='ru'><body><p>первый</p><p>второй</p></body></html>",
        "<HTML/>первый<p>второй</p>",
        "<html /><!-- 2 --><html><head><meta name='m' content='c'></head>"
        "<body>первый<p>второй</p></body></html>",
    ],
    ids=["self-closed", "upper-case", "comment-between"],
)
def test_an_empty_html_element_first_does_not_hide_the_page(html: str) -> None:
    """libxml2 closes the document at an empty ``<html/>`` and puts what follows beside it:
    the page a browser shows is read as one document."""
    parsed = parse_page(html)
    assert element_text(parsed.root.find("body")).split() == ["первый", "второй"]
    assert parsed.problems == ["html/second_top"]
    assert parsed.root.getnext() is None or not isinstance(parsed.root.getnext().tag, str) \
        or len(parsed.root.getnext()) == 0


def test_a_second_html_element_lends_its_attributes_and_head() -> None:
    parsed = parse_page("<html/><html lang='kk'><head><title>Т</title></head><body>x</body></html>")
    assert parsed.root.get("lang") == "kk"
    assert parsed.root.findtext("head/title") == "Т"


def test_page_end_followed_by_whitespace_or_comments_is_ordinary() -> None:
    assert parse_page("<html><body><p>x</p></body>\n</html>\n<!-- 0.1 s -->\n").problems == []


def test_page_text_with_a_lone_surrogate_is_read() -> None:
    parsed = parse_page("<html><body><p>a\ud800b</p></body></html>")
    assert element_text(parsed.root) == "a?b"
    assert parsed.problems == ["html/bad_text"]


# --------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Обычный текст", "Обычный текст"),
        ("AT&T и a=1&b=2", "AT&T и a=1&b=2"),  # no entity, no markup: as written
        ("A &amp; B", "A & B"),  # JSON-LD strings are decoded once ...
        ("A &amp;lt; B", "A &lt; B"),  # ... and only once
        ("&#1040;&#x411;", "АБ"),
        ("<p>один</p><script>alert(1)</script><p>два <b>жирный</b></p>", "один\n\nдва жирный"),
        ("<p>строка\nпродолжение</p>", "строка продолжение"),  # a newline in HTML is a space
        ("Абзац один\n\nАбзац <b>два</b>", "Абзац один\n\nАбзац два"),  # no blocks: kept
        ("<p>a</p></body></html><p>b</p>", "a\n\nb"),
        ("<xmp><b>x</b></xmp>текст<plaintext><i>y</i>", "текст"),
        ("<style>p{}</style><noembed>z</noembed>", ""),
    ],
)
def test_jsonld_value_text(value: str, expected: str) -> None:
    assert value_text(value) == expected


def test_attribute_values_are_not_decoded_twice() -> None:
    assert value_text("A &amp; B", entities=False) == "A &amp; B"
    assert value_text("<b>A &amp; B</b>", entities=False) == "A & B"


def test_fragment_paragraphs_of_deep_html_are_whole() -> None:
    deep = "<div>" * 3000 + "<p>глубоко</p>" + "</div>" * 3000 + "<p>конец</p>"
    assert fragment_paragraphs(deep) == ["глубоко", "конец"]


def test_meta_values_holding_html_are_read_as_text() -> None:
    sel = Selector(text='<html><head><meta property="og:title" content="&lt;b&gt;Парк&lt;/b&gt;'
                        ' &lt;script&gt;x()&lt;/script&gt;открыт"><meta name="d" content="A &amp;'
                        'amp; B"><meta name="e" content="&lt;br&gt;"></head></html>')
    tags = MetaTags(sel)
    assert tags.get("og:title") == "Парк открыт"
    assert tags.get("d") == "A &amp; B"
    assert tags.get("e") is None  # nothing left: as if absent


# --------------------------------------------------------------------------- JSON-LD


def _ld_page(*scripts: str) -> Selector:
    body = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    return Selector(text=f"<html><head>{body}</head><body></body></html>")


@pytest.mark.parametrize("depth", [40, 900, 10_000, 100_000])
def test_deep_jsonld_is_pruned_and_counted(depth: int) -> None:
    deep = "[" * depth + '"x"' + "]" * depth
    problems: list[str] = []
    node = jsonld.find_article(_ld_page(
        '{"@type": "NewsArticle", "about": ' + deep + ', "headline": "Заголовок"}'), problems)
    assert node is not None and jsonld.text_of(node["headline"]) == "Заголовок"
    assert problems == ["jsonld/too_deep"]


def test_deep_jsonld_graph_is_walked_without_recursion() -> None:
    graph = '{"@graph": ' * 30 + '{"@type": "NewsArticle", "headline": "В графе"}' + "}" * 30
    node = jsonld.find_article(_ld_page(graph))
    assert node is not None and node["headline"] == "В графе"


def test_lone_surrogates_leave_jsonld_values_and_are_counted() -> None:
    problems: list[str] = []
    node = jsonld.find_article(_ld_page(
        '{"@type": "NewsArticle", "headline": "Па\\ud800рк", "keywords": ["a\\udfff", "b"],'
        ' "author": {"name": "\\udc00X"}, "bad key!": "\\ud800", "emoji": "\\ud83d\\ude00"}'),
        problems)
    assert node is not None
    assert (node["headline"], node["keywords"], node["author"]["name"]) == ("Парк", ["a", "b"],
                                                                          "X")
    assert node["emoji"] == "\U0001f600"  # a valid pair is one character, kept
    assert sorted(problems) == ["jsonld/bad_value/headline", "jsonld/bad_value/keywords",
                                "jsonld/bad_value/name", "jsonld/bad_value/other"]
    json.dumps(node, ensure_ascii=False).encode("utf-8")  # no surrogate left anywhere


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"name": [[["x"]]]}, None),
        ([{"name": {"a": 1}}], None),
        (True, None),
        (12, "12"),
        ({"@value": "<b>Текст</b>"}, "Текст"),
        (["<i>первый</i>", "второй"], "первый"),
        ("<script>alert(1)</script>", None),
    ],
)
def test_text_of_takes_only_text(value: object, expected: str | None) -> None:
    assert jsonld.text_of(value) == expected


def test_breadcrumb_positions_of_any_type_do_not_raise() -> None:
    crumbs = json.dumps({"@type": "BreadcrumbList", "itemListElement": [
        {"position": "2", "name": "Социум"}, {"position": None, "name": "Главная"},
        {"position": [1], "name": "<b>Лента</b>"}, {"position": "9" * 5000, "name": "Z"},
        {"position": float("nan"), "name": "N"}]}, allow_nan=True)
    assert jsonld.breadcrumb_names(_ld_page(crumbs)) == ["Главная", "Лента", "Z", "N",
                                                         "Социум"]


def test_listing_nested_past_the_parser_limit_keeps_its_links() -> None:
    from kznews.sites.centerinform_listing import parse_listing

    links = "".join(f'<a href="/news/n-u{n}">Новость {n}</a>' for n in range(1, 4))
    html = ("<html><body>" + "<div>" * 3000 + "меню" + "</div>" * 3000 + links
            + '<a href="/novosti?page=2">2</a></body></html>')
    entries, pages = parse_listing(html, "http://127.0.0.1:1/novosti")
    assert [e.id for e in entries] == ["u1", "u2", "u3"]
    assert [n for _, n in pages] == [2]
