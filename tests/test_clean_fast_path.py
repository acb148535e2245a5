"""Shortcuts give what the full paths give: clean_text for clean text, letter counts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.http import HtmlResponse

from kznews.extract.index import PageIndex
from kznews.language import letter_counts
from kznews.mirror import build_site
from kznews.processors import _clean_full, clean_text

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
# Letters either side of the shortcut's alphabet, lookalikes, marks, spaces of every kind.
TRICKY = ("aAеЕoОcСxХpРyУiІ ӘәҚқ\u0301\u0483\u0482\u00a0\u2009\u2000\x1c\x85\f"
          "\u200b\u200e\u202e\t\n\r"
          " «»—–…“”„‘’№•·éÉßё0129.,-/#ǅ\ufeff\u00ad")


def _full_equals_fast(text: str) -> None:
    assert clean_text(text) == _clean_full(text), repr(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY), max_size=40))
def test_shortcut_matches_full_path_on_tricky_text(text: str) -> None:
    _full_equals_fast(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_shortcut_matches_full_path_on_any_text(text: str) -> None:
    _full_equals_fast(text)


def _page_strings(html: str) -> set[str]:
    index = PageIndex(html)
    strings = {line.text for line in index.lines} | set(index.clean_lines)
    for el in index.every:
        strings.update(s for s in (el.text, el.tail, *el.values()) if s)
    return strings


def test_shortcut_matches_full_path_on_every_string_of_the_fixtures() -> None:
    checked = 0
    for folder in sorted(p for p in PAGES.iterdir() if (p / "page.html").exists()):
        response = HtmlResponse("https://ic24.kz/", body=(folder / "page.html").read_bytes())
        for text in _page_strings(response.text):
            _full_equals_fast(text)
            checked += 1
    assert checked > 1000


def test_shortcut_matches_full_path_on_every_string_of_the_mirror() -> None:
    site = build_site(articles=60, seed=3, variant="mixed")
    checked = 0
    for article in site.articles:
        status, _, body = site.render(article["path"], base="https://ic24.kz")
        assert status == 200
        for text in _page_strings(body.decode("utf-8")):
            _full_equals_fast(text)
            checked += 1
    assert checked > 5000


def _counts_by_letters(text: str) -> tuple[int, int, int]:
    """(Latin, Cyrillic, Kazakh-only Cyrillic) letters as first counted: every letter's script
    from its Unicode name."""
    cyr = lat = kk = 0
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                cyr += 1
                kk += ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
            elif name.startswith("LATIN"):
                lat += 1
    return lat, cyr, kk


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY + "ѐӀꙀᲀǄŉ𝐀ﬀ және бұл"), max_size=80))
def test_language_counts_match_letter_by_letter(text: str) -> None:
    assert letter_counts(text) == _counts_by_letters(text)
