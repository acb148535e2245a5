"""``kznews.article_from_html``: the one-page API takes what a user is likely to hand it —
bytes in the outlet's old charset, a date as text — the way a crawl would, and refuses what
cannot be right with one line."""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from kznews import article_from_html

PAGE = Path(__file__).parent / "fixtures/pages/mirror-seed-u45694"
URL = "https://ic24.kz/" + json.loads((PAGE / "meta.json").read_text())["url"]
HTML = (PAGE / "page.html").read_text("utf-8")


def _same(record: dict[str, Any] | None) -> dict[str, Any]:
    assert record is not None
    return {k: v for k, v in record.items() if k != "crawled_at"}


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    return _same(article_from_html(HTML, URL))


def _cp1251(charset: str | None) -> bytes:
    text = HTML.replace("charset=utf-8", "charset=" + charset if charset else "").replace(
        'charset="utf-8"', f'charset="{charset}"' if charset else "")
    return text.encode("cp1251", errors="xmlcharrefreplace")


def test_the_seed_page_is_an_article(expected: dict[str, Any]) -> None:
    want = json.loads((PAGE / "expected.json").read_text())
    assert expected["title"] == want["title"] and expected["id"] == "u45694"
    assert "Казахстан" in expected["body"]


@pytest.mark.parametrize("label", ["windows-1251", "utf-8", None])
def test_cp1251_bytes_read_as_a_crawl_reads_them(label: str | None,
                                                 expected: dict[str, Any]) -> None:
    """Labelled right, labelled UTF-8 (a lie) or not labelled: the same record as the text."""
    body = _cp1251(label)
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert _same(article_from_html(body, URL)) == expected


def test_charset_of_the_content_type_header(expected: dict[str, Any]) -> None:
    body = _cp1251(None)
    got = article_from_html(body, URL, content_type="text/html; charset=windows-1251")
    assert _same(got) == expected


def test_utf8_bytes_with_a_bom(expected: dict[str, Any]) -> None:
    assert _same(article_from_html(b"\xef\xbb\xbf" + HTML.encode("utf-8"), URL)) == expected


def test_a_date_given_as_text_is_the_date() -> None:
    bare = ("<html><body><h1>Заголовок</h1><p>Алматы. 16 апреля. КАЗИНФОРМ - Текст статьи "
            "достаточно длинный. Ещё одно предложение здесь.</p></body></html>")
    url = "https://ic24.kz/news/zagolovok-u45694"
    as_date = article_from_html(bare, url, listing_date=date(2021, 4, 16))
    as_text = article_from_html(bare, url, listing_date="2021-04-16")
    as_moment = article_from_html(bare, url, listing_date=datetime(2021, 4, 16, 12, 0))
    assert as_date is not None and as_date["published_at"].startswith("2021-04-16")
    assert _same(as_text) == _same(as_date) == _same(as_moment)


@pytest.mark.parametrize(("kwargs", "error", "words"), [
    ({"html": None}, TypeError, "html must be str or bytes, not NoneType"),
    ({"html": 123}, TypeError, "html must be str or bytes, not int"),
    ({"url": None}, TypeError, "url must be a str"),
    ({"url": "not a url"}, ValueError, "url names no article"),
    ({"url": "https://ic24.kz/news/no-id-here"}, ValueError, "url names no article"),
    ({"listing_date": "16.04.2021"}, ValueError, "listing_date must be a date or YYYY-MM-DD"),
    ({"listing_date": 20210416}, TypeError, "listing_date must be a date or YYYY-MM-DD"),
    ({"today": "yesterday"}, ValueError, "today must be a date or YYYY-MM-DD"),
])
def test_arguments_that_cannot_be_right_get_one_line(kwargs: dict[str, Any],
                                                      error: type[Exception], words: str) -> None:
    args: dict[str, Any] = {"html": HTML, "url": URL, **kwargs}
    with pytest.raises(error) as caught:
        article_from_html(args.pop("html"), args.pop("url"), **args)
    message = str(caught.value)
    assert words in message and "\n" not in message


def test_a_record_the_crawl_would_drop_is_none_with_the_reason(
        caplog: pytest.LogCaptureFixture) -> None:
    url = URL.replace("https://", "ftp://")  # the feed's schema wants http(s) URLs
    with caplog.at_level(logging.WARNING, logger="kznews.api"):
        assert article_from_html(HTML, url) is None
    assert any(r.getMessage().startswith(f"{url}: dropped, as a crawl would: ")
               and "^https?://" in r.getMessage() for r in caplog.records)
    assert article_from_html(HTML, URL) is not None
