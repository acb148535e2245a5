"""kznews against a twenty-eighth copy of ic24.kz, with structured texts (tests/twentyeighthsite).

A plain hand-written template; inside the text: lists, a data table, sub-headings, quotations,
a quote box, a Q&A, footnotes, a ``<pre>`` schedule, inline links and emphasis, embedded posts,
numbered steps, a poem with ``<br>`` lines, one-sentence lines, one long paragraph with or
without ``<p>``, a closing fact box; a third of the texts run over two or three pages. How the
truth reads each structure is written down in ``tests/twentyeighthsite/__init__.py``. The crawl
uses the default discovery and arguments (``max_pages=50``, ``KZNEWS_RENDER=never``) and is
scored field by field, ``url`` (the first page's) included.
"""

from __future__ import annotations

import html
import re

import pytest

from tests.copykit import checks, scoring, seeds
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.twentyeighthsite import site, structures

FIELDS = (*scoring.SCORED_FIELDS, "image_urls", "url")
_INLINE = re.compile(r"</?(?:a|b|strong|em|i|sup)\b[^>]*>")
_TEXT = re.compile(r'<div class="story-text">\n(.*?)\n</div>\n<(?:nav|div class="share")', re.S)

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_structure_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    for lang in ("ru", "en"):
        assert {k for a in arts if a.lang == lang for k in a.kinds} == set(structures.KINDS)
    assert {a.shape for a in arts} == set(site.SHAPES)
    assert {(a.pages, a.paging) for a in arts} >= {(1, "query"), (2, "query"), (3, "query"),
                                                   (2, "path"), (3, "path")}
    assert {(a.lang, a.full_view) for a in arts if a.pages > 1} >= {
        ("ru", True), ("ru", False), ("en", True), ("en", False), ("kk", False)}
    assert any(a.fact and a.pages > 1 for a in arts) and any(a.images > 1 for a in arts)
    checks.check_leap_days(truth)
    ru, en = truth["u45694"], truth["u46768"]
    body = str(ru["body"]).split("\n\n")
    assert [p for p in body if p in seeds.ru().paragraphs] == list(seeds.ru().paragraphs)
    assert ru["dateline_place"] == "Алматы" and ru["url"] == "http://h" + site.by_num()[45694].path
    assert seeds.en().paragraphs[0] == str(en["body"]).split("\n\n")[0]
    checks.check_subbotnik(truth)


def _pages(art: site.Article) -> list[str]:
    """Every page of the article, the one-page view last when there is one."""
    wanted: list[int | None] = [*range(1, art.pages + 1)] + ([None] if art.full_view else [])
    out = []
    for page in wanted:
        status, headers, body = site.route(art.page_path(page), "h")
        assert status == 200 and headers["Content-Type"].endswith("utf-8"), (art.id, page)
        out.append(body.decode("utf-8"))
    return out


_MARKER = re.compile(r"<sup>.*?</sup>")


def _read(markup: str) -> str:
    """The words of markup: inline tags vanish, other tags part words; a footnote's marker
    is no text."""
    text = _INLINE.sub("", _MARKER.sub("", markup))
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", text)))


def _in_order(paragraphs: list[str], text: str, ident: str) -> None:
    at = 0
    for para in paragraphs:
        for piece in para.split(" | "):  # a table row: its cells, in order
            found = text.find(piece, at)
            assert found >= 0, (ident, piece[:60])
            at = found + len(piece)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        pages = _pages(a)
        texts = [_read("".join(_TEXT.findall(markup))) for markup in pages]
        _in_order(a.paragraphs, " ".join(texts[:a.pages]), a.id)
        if a.full_view:
            _in_order(a.paragraphs, texts[-1], a.id)
        for markup in pages:  # each page repeats headline, date line, rubric, tags, views
            shown = _read(markup)
            assert f"<h1 class=\"story-title\">{html.escape(a.title, quote=False)}</h1>" in markup
            assert f'datetime="{(a.local if a.clock else a.day).isoformat()}"' in markup
            assert a.category is None or a.category in shown
            assert all(t in shown for t in a.tags)
            assert a.views is None or re.search(rf"\b{a.views}\b", shown), a.id
            assert "USD/KZT 0.0" in shown
        everything = " ".join(_read(m) for m in pages)
        assert (f"{site.AGENCY[a.lang]} - " in texts[0]) == bool(a.place), a.id
        assert a.source is None or a.source in " ".join(texts[:a.pages])
        assert ("Источник:" in texts[a.pages - 1]) == a.source_line, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in _read(pages[0])
        assert all(p in "".join(pages[:a.pages]) for p in a.image_paths())
        assert ("pic.twitter.com" in everything or "Instagram" in everything) == \
            ("embed" in a.kinds), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, start=1)
    assert site.page_count() >= 5


@pytest.mark.parametrize("shape", ["query", "path"])
def test_pages_of_a_text_robots_and_404(base_url: str, shape: str) -> None:
    checks.check_robots(base_url)
    art = next(a for a in site.build() if a.pages == 3 and a.paging == shape and a.full_view)
    single = next(a for a in site.build() if a.pages == 1)
    status, headers, _ = get(f"{base_url}/news/old-slug-{art.id}")
    assert status == 301 and headers["Location"] == base_url + art.path
    for page in (2, 3, None):
        status, _, body = get(base_url + art.page_path(page))
        assert status == 200 and art.title in body.decode("utf-8"), page
    late = f"{art.path}/4/" if shape == "path" else f"{art.path}?page=4"
    for target in (late, f"{single.path}?page=2", f"{single.path}/2/", "/novosti?page=99",
                   "/news/whatever-u1", "/nothing"):
        assert get(base_url + target)[0] == 404, target


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("twentyeighthsite", site.truth, FIELDS)


def test_spider_on_structured_text_copy(crawl: scoring.Score) -> None:
    check_score(crawl)
