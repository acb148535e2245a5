"""``kznews.article_from_html`` and the addresses a user hands it: an AMP twin of an article
(``…-u<N>/amp``, ``/amp/``, ``?amp``, ``?amp=1``) names that article and gives its record;
any other input gives a record, None, or one documented line (TypeError/ValueError), never a
traceback from inside the extractor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kznews import article_from_html
from tests.seventythirdsite import site as amp_copy

PAGE = Path(__file__).parent / "fixtures/pages/mirror-seed-u45694"
URL = "https://ic24.kz/" + json.loads((PAGE / "meta.json").read_text())["url"]
HTML = (PAGE / "page.html").read_text("utf-8")


def _same(record: dict[str, Any] | None) -> dict[str, Any]:
    assert record is not None
    return {k: v for k, v in record.items() if k not in ("crawled_at", "url")}


@pytest.mark.parametrize("tail", ["/amp", "/amp/", "/AMP", "?amp", "?amp=1"])
def test_an_amp_twin_address_names_its_article(tail: str) -> None:
    got = article_from_html(HTML, URL + tail)
    assert got is not None and got["url"] == URL + tail
    assert got["id"] == "u45694"
    assert _same(got) == _same(article_from_html(HTML, URL))


def test_an_amp_twin_page_gives_the_record_of_its_article() -> None:
    """A copy whose articles have an AMP twin at ``<path>/amp``: the twin's page read at the
    twin's address is the article (id, title, date, body) with the twin's ``url``."""
    art = next(a for a in amp_copy.build() if isinstance(a, amp_copy.Article) and a.twin)
    host = "127.0.0.1:8000"
    status, _, twin_page = amp_copy.route(art.amp_path, host)
    assert status == 200
    _, _, plain_page = amp_copy.route(art.path, host)
    twin_url = f"http://{host}{art.amp_path}"
    got = article_from_html(twin_page, twin_url)
    plain = article_from_html(plain_page, f"http://{host}{art.path}")
    assert got is not None and plain is not None
    assert got["url"] == twin_url and got["id"] == plain["id"] == art.id
    assert got["canonical_url"] == f"http://{host}{art.path}"
    for name in ("title", "published_at", "body", "lang"):
        assert got[name] == plain[name], name


@pytest.mark.parametrize(("url", "error", "words"), [
    ("/news/x-u45694", ValueError, "url must be absolute"),
    ("news/x-u45694", ValueError, "url must be absolute"),
    ("ic24.kz/news/x-u45694", ValueError, "url must be absolute"),
    ("https://ic24.kz/amp", ValueError, "url names no article"),
    ("https://ic24.kz/novosti/amp", ValueError, "url names no article"),
    ("", ValueError, "url names no article"),
    ("http://[::1", ValueError, "url names no article"),
    (b"https://ic24.kz/news/x-u45694", TypeError, "url must be a str, not bytes"),
    (None, TypeError, "url must be a str, not NoneType"),
])
def test_an_address_that_cannot_be_right_gets_one_line(url: Any, error: type[Exception],
                                                       words: str) -> None:
    with pytest.raises(error) as caught:
        article_from_html(HTML, url)
    message = str(caught.value)
    assert words in message and "\n" not in message


@pytest.mark.parametrize("html", ["", "   ", b"", "<html", "\x00\x00", b"\xff\xfe\x00",
                                  bytearray(b"<p>"), "<html><body><p>x</p></body></html>"])
def test_a_page_with_no_article_is_none(html: str | bytes) -> None:
    assert article_from_html(html, URL) is None


def test_bytes_give_the_record_of_the_text() -> None:
    assert _same(article_from_html(HTML.encode("utf-8"), URL)) == _same(
        article_from_html(HTML, URL))


def test_spaces_around_the_address_are_ignored() -> None:
    got = article_from_html(HTML, f"  {URL}\n")
    assert got is not None and got["url"] == URL
