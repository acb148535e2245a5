"""kznews against a hostile-but-plausible copy of ic24.kz whose markup its authors never saw.

The copy (tests/fourthsite) mixes three sloppy CMS templates: sidebars and the latest-news
block before the article, the logo in an ``<h1>``, headlines in ``<h2>``, ``<div>``
paragraphs, widgets inside the text, JSON-LD with UTC times on some pages only, English pages
labelled ``lang="ru"``, a windows-1251 page and a page whose date only the listing carries.
The spider is run like a user runs it and scored field by field against the ground truth.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.copykit import scoring
from tests.copykit.crawl import crawl_copy
from tests.copykit.server import CopyServer
from tests.fourthsite import site

MIN_FOUND = 0.99
MIN_ACCURACY = 0.98
OUTLET_HOSTS = {"ic24.kz", "www.ic24.kz"}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with CopyServer(_route) as srv:
        yield srv.url


def _route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(target)
    status, body, ctype = site.render(parts.path, parts.query)
    return status, {"Content-Type": ctype}, body


# --------------------------------------------------------------------------- the crawl


def test_spider_on_hostile_copy(base_url: str, tmp_path: Path) -> None:
    settings = {"KZNEWS_RENDER": "never", "KZNEWS_MONITORS_ENABLED": "0"}
    items = crawl_copy(base_url, tmp_path, settings).items
    sc = scoring.score(site.truth(), items, site.FIELDS, same=scoring.same_moment)
    text = scoring.report(sc)
    print(text)
    assert not sc.duplicates, text
    assert sc.found_rate >= MIN_FOUND, text
    assert sc.accuracy >= MIN_ACCURACY, text


# --------------------------------------------------------------------------- the copy itself


class _Cards(HTMLParser):
    """Collect article links inside ``div.card`` and the "Загрузить ещё" link of a listing."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # open <div>s since the current card opened (0: outside any card)
        self.links: list[str] = []
        self.more: str | None = None
        self._href: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "div" and (self.depth or "card" in (attr.get("class") or "").split()):
            self.depth += 1
        if tag == "a":
            self._href, self._text = attr.get("href"), ""
            if self.depth and self._href:
                self.links.append(self._href)

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.depth:
            self.depth -= 1
        if tag == "a":
            if "Загрузить ещё" in self._text and self._href:
                self.more = self._href
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text += data


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, b""


def test_copy_lists_every_article(base_url: str) -> None:
    """Every truth id is reachable from /novosti by following "Загрузить ещё"."""
    own_host = urlsplit(base_url).netloc
    seen: set[str] = set()
    page: str | None = urljoin(base_url, site.LISTING)
    pages = 0
    while page is not None and pages < 10:
        status, body = _get(page)
        assert status == 200, page
        parser = _Cards()
        parser.feed(body.decode("utf-8"))
        for href in parser.links:
            parts = urlsplit(urljoin(page, href))
            assert parts.netloc in OUTLET_HOSTS | {own_host}, href
            match = re.search(r"-(u\d+)$", parts.path)
            assert match, href
            seen.add(match.group(1))
            status, _ = _get(urljoin(base_url, parts.path))
            assert status == 200, href
        page = urljoin(page, parser.more) if parser.more else None
        pages += 1
    assert pages == 3
    assert seen == set(site.truth())
    assert _get(urljoin(base_url, "/robots.txt")) == (200, b"User-agent: *\nAllow: /\n")
    assert _get(urljoin(base_url, "/news/nothing-here-u1"))[0] == 404


def test_truth_is_consistent() -> None:
    truth = site.truth()
    nums = [a.num for a in site.ARTICLES]
    assert nums == sorted(nums) and len(set(nums)) == len(nums) == len(truth)
    assert {a.template for a in site.ARTICLES} == {"A", "B", "C"}
    langs = Counter(t["lang"] for t in truth.values())
    assert langs["ru"] > langs["en"] > 0
    assert truth["u46768"]["published_at"] == "2021-08-02T10:30:00+06:00"
    assert truth["u46768"]["source"] == "EU Reporter"
    assert "Embassies" in truth["u46768"]["body"] and "\u0415" not in truth["u46768"]["body"]
    assert truth["u45694"]["published_at"] == "2021-04-16T00:00:00+06:00"
    assert truth["u45694"]["source"] == "КазТАГ"
    assert truth["u49120"]["views"] == 683
    assert any(t["published_at"].endswith("+05:00") for t in truth.values())
    for record in truth.values():
        assert "Центр информации -" not in record["body"]
        assert "Information Center -" not in record["body"]
        assert "Источник" not in record["body"] and "USD/KZT" not in record["body"]
        assert not re.search("[\u00a0\u200b]", record["body"] + record["title"])
    old = next(a for a in site.ARTICLES if "cp1251" in a.flags)
    body, ctype = site.article_page(old)
    assert "charset" not in ctype and old.title in body.decode("cp1251")
