"""kznews against a hostile-but-plausible copy of ic24.kz whose markup its authors never saw.

The copy (tests/fourthsite) mixes three sloppy CMS templates: sidebars and the latest-news
block before the article, the logo in an ``<h1>``, headlines in ``<h2>``, ``<div>``
paragraphs, widgets inside the text, JSON-LD with UTC times on some pages only, English pages
labelled ``lang="ru"``, a windows-1251 page and a page whose date only the listing carries.
The spider is run like a user runs it and scored field by field against the ground truth.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.fourthsite import server, site

REPO = Path(__file__).resolve().parents[1]
MIN_FOUND = 0.95
MIN_ACCURACY = 0.90
OUTLET_HOSTS = {"ic24.kz", "www.ic24.kz"}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    url, stop = server.start()
    try:
        yield url
    finally:
        stop()


# --------------------------------------------------------------------------- scoring


def _same_value(field: str, got: Any, want: Any) -> bool:
    if field == "published_at":
        if not isinstance(got, str) or not got:
            return False
        try:
            got_dt = datetime.fromisoformat(got)
        except ValueError:
            return False
        want_dt = datetime.fromisoformat(want)
        return got_dt == want_dt and got_dt.utcoffset() == want_dt.utcoffset()
    if field == "views":
        return got is None if want is None else type(got) is int and got == want
    if field == "tags":
        return isinstance(got, list) and got == want
    return bool(got == want)


def _difference(got: Any, want: Any) -> str:
    """Both values, or for long texts the stretch around their first difference."""
    if not (isinstance(got, str) and isinstance(want, str)) or max(len(got), len(want)) < 120:
        return f"got {got!r} want {want!r}"
    at = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), None)
    at = min(len(got), len(want)) if at is None else at
    start = max(at - 40, 0)
    return f"at char {at}: got …{got[start : at + 80]!r} want …{want[start : at + 80]!r}"


def score(
    items: list[dict[str, Any]], truth: dict[str, dict[str, Any]]
) -> tuple[float, dict[str, tuple[int, int]], dict[str, list[str]]]:
    """Found share, per-field (right, total) over the found articles, and mismatch notes."""
    by_id = {item.get("id"): item for item in items}
    found = [aid for aid in truth if aid in by_id]
    table: dict[str, tuple[int, int]] = {}
    notes: dict[str, list[str]] = {}
    for field in site.FIELDS:
        right = 0
        for aid in found:
            got, want = by_id[aid].get(field), truth[aid][field]
            if _same_value(field, got, want):
                right += 1
            else:
                notes.setdefault(field, []).append(f"{aid}: {_difference(got, want)}")
        table[field] = (right, len(found))
    return len(found) / len(truth), table, notes


def report(found: float, table: dict[str, tuple[int, int]], notes: dict[str, list[str]]) -> str:
    lines = [f"found {found:.1%} of {len(site.ARTICLES)} articles", f"{'field':<16}accuracy"]
    for field, (right, total) in table.items():
        lines.append(f"{field:<16}{right}/{total} = {right / max(total, 1):.1%}")
        lines.extend(f"    {note[:300]}" for note in notes.get(field, [])[:3])
    right_all = sum(r for r, _ in table.values())
    total_all = sum(t for _, t in table.values())
    lines.append(f"{'overall':<16}{right_all}/{total_all} = {right_all / max(total_all, 1):.1%}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the crawl


def test_spider_on_hostile_copy(base_url: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "centerinform",
        "-a",
        f"base_url={base_url}",
        "-a",
        "max_pages=50",
        "-O",
        str(out),
        "-s",
        f"KZNEWS_STATE_DIR={tmp_path / 'state'}",
        "-s",
        f"KZNEWS_FEEDS_DIR={tmp_path / 'feeds'}",
        "-s",
        f"KZNEWS_REPORTS_DIR={tmp_path / 'reports'}",
        "-s",
        "KZNEWS_RENDER=never",
        "-s",
        "KZNEWS_MONITORS_ENABLED=0",
    ]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-4000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]

    ids = Counter(item.get("id") for item in items)
    duplicates = sorted(aid for aid, n in ids.items() if n > 1)
    truth = site.truth()
    extra = sorted(str(aid) for aid in ids if aid not in truth)

    found, table, notes = score(items, truth)
    text = report(found, table, notes)
    missing = sorted(set(truth) - set(ids))
    text += f"\nmissing: {missing}\nextra ids: {extra}\nduplicates: {duplicates}"
    print(text)

    right_all = sum(r for r, _ in table.values())
    total_all = sum(t for _, t in table.values())
    assert not duplicates, text
    assert found >= MIN_FOUND, text
    assert right_all / total_all >= MIN_ACCURACY, text


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
