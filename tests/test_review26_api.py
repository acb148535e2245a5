"""``article_from_html`` on an article's AMP twins and on bad input: a record under the
twin's url, or a one-line ValueError/TypeError, or None — never another exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kznews import article_from_html

PAGE = Path(__file__).parent / "fixtures" / "pages" / "mirror-classic-ru"
URL = "https://ic24.kz/" + json.loads((PAGE / "meta.json").read_text("utf-8"))["url"]
HTML = (PAGE / "page.html").read_text("utf-8")


@pytest.mark.parametrize("tail", ["", "/amp", "/amp/", "?amp=1", "/amp?utm_source=tg",
                                  "/AMP"])
def test_an_amp_twin_names_its_article(tail: str) -> None:
    record = article_from_html(HTML, f"  {URL}{tail}\n")
    assert record is not None
    assert record["url"] == URL + tail and record["id"] == URL.rsplit("-", 1)[1]


@pytest.mark.parametrize("url", [
    "", "   ", "/news/x-u45694", "//ic24.kz/news/x-u45694", "ic24.kz/news/x-u45694",
    "http://[::1/news/x-u45694", "https://ic24.kz/news/x-u45694/amp/amp",
    "javascript:x-u45694", "https://ic24.kz/news/x-u45694/amp\x00",
])
def test_a_bad_url_is_one_line(url: str) -> None:
    with pytest.raises(ValueError) as raised:
        article_from_html(HTML, url)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("html", ["", b"", b"\xff\xfe\x00", "\x00", "<?xml version='1.0' "
                                  "encoding='utf-8'?><html/>", "<html><body><h1>x</h1>"])
@pytest.mark.parametrize("url", [URL, URL + "/amp", "https://ic24.kz:abc/news/x-u45694"])
def test_a_page_that_is_no_article_is_none(html: str | bytes, url: str) -> None:
    assert article_from_html(html, url) is None
