"""The page index answers what whole-tree queries answered, on every fixture and mirror page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from kznews.extract.index import PageIndex
from kznews.extract.layout import zone
from kznews.extract.select import compile_css
from kznews.extract.text import element_text, page_lines
from kznews.mirror import build_site
from kznews.processors import clean_text
from kznews.sites.centerinform import outlet as O

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SELECTORS = (*O.TITLE_CSS, *O.BODY_CSS, *O.DATE_CSS, *O.VIEWS_CSS, *O.CATEGORY_CSS,
             *O.TAGS_CSS, *O.CREDIT_CSS, "body h1", "time[datetime]", "div p", "[class]",
             "a[href*=tag]", "[id~=main]")


@cache
def pages() -> list[str]:
    out = []
    for folder in sorted(p for p in PAGES.iterdir() if (p / "page.html").exists()):
        out.append(HtmlResponse("https://ic24.kz/", body=(folder / "page.html").read_bytes()).text)
    site = build_site(articles=40, seed=5, variant="mixed")
    for article in site.articles[::4]:
        out.append(site.render(article["path"], base="https://ic24.kz")[2].decode("utf-8"))
    return out


def _path(el: object) -> str:
    return el.getroottree().getpath(el)  # type: ignore[attr-defined]


@pytest.mark.parametrize("css", SELECTORS)
def test_selectors_find_what_parsel_finds(css: str) -> None:
    for html in pages():
        index = PageIndex(html)
        want = [_path(s.root) for s in Selector(text=html).css(css)]
        assert [_path(el) for el in index.css(css)] == want, css


def test_lines_are_those_of_the_tree_walk() -> None:
    for html in pages():
        index = PageIndex(html)
        root = Selector(text=html).xpath("//body")[0].root
        want = [(ln.text, _path(ln.element), [_path(a) for a in ln.links])
                for ln in page_lines(root)]
        got = [(ln.text, _path(ln.element), [_path(a) for a in ln.links]) for ln in index.lines]
        assert got == want
        assert index.clean_lines == [clean_text(ln.text) for ln in index.lines]


def test_zones_and_texts_are_those_of_the_tree() -> None:
    for html in pages():
        index = PageIndex(html)
        for el in index.every:
            assert index.zone(el) == zone(el), _path(el)
            assert index.text(el) == clean_text(element_text(el)), _path(el)


def test_selectors_outside_the_subset_are_refused() -> None:
    for css in ("a > b", "a:first-child", "a + b", ""):
        with pytest.raises(ValueError):
            compile_css(css)


ODD_TREES = [
    # a frameset holds the body: classed elements before, around and after it
    '<html class=h><head><link id=l></head><frameset class=f><frame class=g><body class=z>'
    '<p class=x>a</p><p id=i>b</p></body><frame class=k></frameset><!-- c --></html>',
    # skipped subtrees (button, noscript, template) and an inline widget keep their classes
    '<body><button class=x><span class=y>b</span></button><noscript><p class=x>n</p>'
    '</noscript><template><div class=x><a class=x href=/t>t</a></div></template>'
    '<p class=x>c<span class=w>USD/KZT 1</span></p></body>',
    '<p class=x>only</p>',
]


@pytest.mark.parametrize("html", ODD_TREES)
def test_class_index_and_links_are_those_of_libxml2(html: str) -> None:
    # the same tree the index parsed, asked the whole-tree way
    index = PageIndex(html, lambda el: el.get("class") == "w", frozenset({"span"}))
    assert index.classed == index.top.xpath("//*[@class or @id]")
    assert index.with_class("x") == index.top.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' x ')]")
    assert index.links == index.root.xpath(".//a[@href]")
