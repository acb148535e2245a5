"""U+FFFE and U+FFFF, which lxml refuses in any string written back into the tree, go before
the page is parsed: a page with one after a hidden box keeps its article."""

from __future__ import annotations

import pytest

from kznews.extract.markup import parse_page
from tests.test_review21_extract import page, record


@pytest.mark.parametrize("odd", ["\ufffe", "\uffff"])
def test_a_noncharacter_after_a_hidden_box_loses_no_article(odd: str) -> None:
    inside = (f'<p>Министр отметил{odd}, что работа продолжится, и это важно для всех нас.</p>'
              f'<div hidden>скрыто</div>{odd}Хвост после скрытого блока.')
    body = record(page(inside=inside))["body"]
    assert "Министр отметил, что работа продолжится" in body
    assert odd not in body


def test_the_noncharacters_are_dropped_from_the_parsed_tree() -> None:
    root = parse_page("<html><body><p>a\ufffeb\uffffc ＡＢ\uffef</p></body></html>").root
    assert root is not None
    assert "".join(root.itertext()) == "abc ＡＢ\uffef"


@pytest.mark.parametrize("ref", ["&#1;", "&#x1F;", "&#X0b;", "&#xFFFE;", "&#65535;", "&#0;"])
def test_a_reference_to_such_a_character_loses_no_article(ref: str) -> None:
    inside = (f'<p>Министр отметил{ref}, что работа продолжится, и это важно для всех нас.</p>'
              f'<div hidden>скрыто</div>{ref}Хвост после скрытого блока.')
    body = record(page(inside=inside))["body"]
    assert "Хвост после скрытого блока." in body


def test_references_to_printing_characters_are_kept() -> None:
    root = parse_page("<p>a&#9;b&#10;c&#13;d&#32;e&#x2014;f&#8212;g&#128;h&#x1F600;</p>").root
    assert "".join(root.itertext()) == "a\tb\nc\rd e—f—g€h😀"
