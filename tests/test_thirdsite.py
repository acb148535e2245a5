"""kznews against a third, independently written copy of ic24.kz (tests/thirdsite).

The copy's markup (four page styles, /novosti/page-N.html pagination) was written without
looking at the spider or the other copies, so the score measures how well extraction
generalises: at least 99 % of the articles must be found and 98 % of field values right.
"""

from __future__ import annotations

import contextlib
import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.copykit import checks, scoring
from tests.copykit.crawl import crawl_copy
from tests.copykit.server import CopyServer
from tests.copykit.text import normalise
from tests.thirdsite import site, texts

MIN_FOUND, MIN_ACCURACY = 0.99, 0.98


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with CopyServer(site.respond) as srv:
        yield srv.url


def get(url: str) -> tuple[int, str, bytes]:
    """(status, final url, body) — urllib follows redirects."""
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.geturl(), resp.read()
    except urllib.error.HTTPError as err:
        with contextlib.closing(err):
            return err.code, url, err.read()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.next: list[str] = []
        self._in_a: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "link" and a.get("rel") == "next" and a.get("href"):
            self.next.append(a["href"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
            self._in_a = a["href"]

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_a = None

    def handle_data(self, data: str) -> None:
        if self._in_a and "Следующая страница" in data:
            self.next.append(self._in_a)


ARTICLE_ID = re.compile(r"/news/[^/?#]+-(u\d+)(?:[?#].*)?$")


def crawl_listing(base: str, limit: int = 30) -> tuple[set[str], list[str]]:
    """Follow the listing's pagination like a minimal crawler; return article ids and pages."""
    url: str | None = base + "/novosti"
    seen_pages: list[str] = []
    ids: set[str] = set()
    while url and len(seen_pages) < limit:
        status, final, body = get(url)
        assert status == 200, (url, status)
        seen_pages.append(urlsplit(final).path)
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for href in parser.hrefs:
            m = ARTICLE_ID.search(urljoin(final, href))
            if m:
                ids.add(m.group(1))
        nexts = {urljoin(final, h) for h in parser.next}
        assert len(nexts) <= 1, nexts  # the head link and the visible link agree
        url = nexts.pop() if nexts else None
        assert url is None or urlsplit(url).path not in seen_pages
    return ids, seen_pages


# --- self-tests of the copy -------------------------------------------------------------------


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    ids, pages = crawl_listing(base_url)
    assert ids == set(site.truth())
    assert pages[0] == "/novosti"
    assert pages[1:] == [f"/novosti/page-{n}.html" for n in range(2, len(pages) + 1)]
    assert len(pages) == len(site.listing_pages()) >= 4


def test_robots_404_and_redirects(base_url: str) -> None:
    status, _, body = get(base_url + "/robots.txt")
    assert status == 200 and b"Allow: /" in body and b"Disallow" not in body
    assert get(base_url + "/no/such/page")[0] == 404
    assert get(base_url + "/news/whatever-u1")[0] == 404
    status, final, _ = get(base_url + "/novosti/page-1.html")
    assert status == 200 and final.endswith("/novosti")
    art = site.by_num()[46768]
    status, _, body = get(base_url + "/news/old-slug-" + art.id)  # slugs may change, ids stay
    assert status == 200 and art.title.encode() in body


def test_seed_articles_present() -> None:
    truth = site.truth()
    en, ru = truth["u46768"], truth["u45694"]
    assert en["lang"] == "en" and en["title"] == texts.SEED_EN_TITLE
    assert en["published_at"] == "2021-08-02T00:00:00+06:00"
    assert en["dateline_place"] == "Almaty" and en["source"] == "EU Reporter"
    assert "with the Embassies of Kazakhstan in India" in str(en["body"])
    assert str(en["body"]).startswith("The Kazakh diaspora gathered recently")
    assert ru["lang"] == "ru" and ru["title"] == texts.SEED_RU_TITLE
    assert ru["published_at"] == "2021-04-16T00:00:00+06:00"
    assert ru["source"] == "КазТАГ" and ru["dateline_place"] == "Алматы"
    assert str(ru["body"]).startswith("У казахстанцев в Японии появилась собственная ассоциация")
    assert str(ru["body"]).endswith("- добавили в МИД РК.")
    page = site.respond(site.by_num()[46768].path, "h")[2].decode()
    assert "\u0415mbassies" in page  # the live page's homoglyph, repaired in the truth


def test_truth_shape() -> None:
    arts = site.build()
    truth = site.truth()
    assert 55 <= len(arts) <= 65
    langs = [a.lang for a in arts]
    assert 0.5 <= langs.count("ru") / len(arts) <= 0.6
    assert 0.35 <= langs.count("en") / len(arts) <= 0.45
    assert 2 <= langs.count("kk") <= 3
    ordered = checks.ids_in_date_order(arts)
    assert ordered[0].local.year == 2020 and ordered[-1].local.year == 2026
    assert {a.style for a in arts} == {"modern", "old", "amp", "card"}
    switch = datetime(2024, 3, 1, tzinfo=site.ALMATY)
    for a in arts:
        rec = truth[a.id]
        offset = "+05:00" if a.local >= switch else "+06:00"
        assert str(rec["published_at"]).endswith(offset), rec["published_at"]
        assert a.has_time or "T00:00:00" in str(rec["published_at"])
        for key in ("title", "body"):
            text = str(rec[key])
            assert unicodedata.normalize("NFC", text) == text
            assert not re.search(r"[\u00a0\u200b\ufeff\u200d]|  ", text), (a.id, key)
        assert not str(rec["body"]).startswith(f"{rec['dateline_place']}.")
    assert {"2024-02-29T00:00:00+06:00", "2024-03-01T00:00:00+05:00"} <= {
        str(r["published_at"]) for r in truth.values()
    }
    for a in arts:
        if a.lang == "kk":
            assert re.search("[әғқңөұүһі]", a.title + " ".join(a.paragraphs))
            page = site.respond(a.path, "h")[2].decode()
            assert "Ақпарат орталығы" in page and site.fmt_day(a) in page


_FOLD = str.maketrans({lat: cyr for lat, cyr in site.LAT2CYR.items()})


def _page_text(art: site.Article) -> str:
    _, headers, body = site.respond(art.path, "h")
    encoding = "cp1251" if art.charset.startswith("cp1251") else "utf-8"
    assert ("windows-1251" in headers["Content-Type"]) == (art.charset == "cp1251")
    text = html.unescape(re.sub(r"<[^>]+>", " ", body.decode(encoding)))
    return normalise(text, homoglyphs=False)


def test_pages_carry_the_truth() -> None:
    for art in site.build():
        text = _page_text(art).translate(_FOLD)
        for para in art.paragraphs:
            assert para.translate(_FOLD) in text, (art.id, para[:60])
        for needle in [art.category, *art.tags, "USD/KZT 0.0"]:
            assert needle.translate(_FOLD) in text, (art.id, needle)
        assert re.search(r"Фото: ?" + re.escape(art.photo.translate(_FOLD)), text), art.id
        assert art.source is None or art.source.translate(_FOLD) in text
        assert art.title.translate(_FOLD) in text


# --- the spider against the copy --------------------------------------------------------------


def test_spider_on_thirdsite(base_url: str, tmp_path: Path) -> None:
    items = crawl_copy(base_url, tmp_path, {"KZNEWS_RENDER": "never"}).items
    # "id" stays a scored field here: this copy's accuracy has always counted it
    sc = scoring.score(site.truth(), items, site.TRUTH_FIELDS, same=scoring.nfc_stripped)
    print("\n" + scoring.report(sc))
    assert not sc.duplicates, sc.duplicates
    assert sc.found_rate >= MIN_FOUND, scoring.report(sc)
    assert sc.accuracy >= MIN_ACCURACY, scoring.report(sc)
