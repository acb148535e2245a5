"""A text split over several pages: its pager found, its pages joined into one article."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kznews import article_from_html
from kznews.sites.centerinform.textpages import _names_more, first_page, join_page, text_pager
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl

HEAD = ('<html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<nav class="menu"><a href="/novosti">Новости</a></nav>')
TITLE = {31: "Аким открыл новую школу в Таразе",
         32: "Фермеры собрали рекордный урожай пшеницы",
         33: "В Шымкенте отремонтируют сорок улиц"}
PATHS = {31: "/news/akim-otkryl-shkolu-u31", 32: "/news/fermery-sobrali-urozhay-u32",
         33: "/news/remont-ulits-u33"}


def _text(num: int, page: int) -> list[str]:
    return [f"Абзац {k} страницы {page} статьи {num}: жители города обсуждают новость дня, "
            "и подробности приводятся в этом достаточно длинном предложении." for k in (1, 2)]


def _page_url(num: int, page: int | None) -> str:
    """u31 pages by query, u32 by path with a one-page view, u33 by query (page 3 fails)."""
    path = PATHS[num]
    if page == 1:
        return path
    if num == 32:
        return f"{path}/{'vse' if page is None else f'page/{page}'}/"
    return f"{path}?page={page}"


def _pager(num: int, page: int) -> str:
    links = " ".join(f'<a href="{_page_url(num, n)}">{n}</a>' if n != page else f"<b>{n}</b>"
                     for n in (1, 2, 3))
    nxt = f' <a href="{_page_url(num, page + 1)}">Следующая страница</a>' if page < 3 else ""
    whole = f' <a href="{_page_url(num, None)}">Весь текст на одной странице</a>' \
        if num == 32 else ""
    return f'<div class="pages">Стр.: {links}{nxt}{whole}</div>'


def article_page(num: int, page: int | None) -> str:
    pages = [1, 2, 3] if page is None else [page]
    body = "".join(f"<p>{p}</p>" for n in pages for p in _text(num, n))
    if 3 in pages:
        body += "<p>Источник: Kazinform</p>"
    photo = '<img src="/img/a.jpg" alt="">' if page in (1, None) else ""
    tail = "" if page is None else _pager(num, page)
    related = (f'<div class="also"><a href="{PATHS[31]}?page=2">{TITLE[31]}</a></div>'
               if num != 31 else "")
    return (HEAD.format(title=TITLE[num]) + f"<article><h1>{TITLE[num]}</h1>"
            '<div class="date">30.11.2026 10:15</div>'
            f"{photo}<div class=\"text\">{body}</div>{tail}</article>{related}"
            '<div class="listing-pager"><a href="/novosti?page=2">2</a></div></body></html>')


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    if target in ("/novosti", "/"):
        items = "".join(f'<li><a href="{PATHS[n]}">{TITLE[n]}</a> 30.11.2026</li>' for n in TITLE)
        return 200, html, (HEAD.format(title="Новости") + f"<ul>{items}</ul></body></html>"
                           ).encode()
    if target == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, b""
    for num in TITLE:
        for page in (1, 2, 3, None):
            if target == _page_url(num, page):
                if num == 33 and page == 3:
                    return 500, html, b"<html><body>error</body></html>"
                return 200, html, article_page(num, page).encode()
    return 404, html, b"<html><body>404</body></html>"


# --------------------------------------------------------------------------------- the pager
def test_pager_query_form_ignores_listing_and_related_links() -> None:
    url = "http://h" + PATHS[31]
    pager = text_pager(article_page(31, 1), url)
    assert pager.whole is None
    assert pager.pages == (f"{url}?page=2", f"{url}?page=3")
    assert text_pager(article_page(31, 2), f"{url}?page=2", frozenset([url])).pages == (
        f"{url}?page=3",)
    assert text_pager(article_page(31, 3), f"{url}?page=3").pages == ()


def test_pager_path_form_prefers_the_one_page_view() -> None:
    url = "http://h" + PATHS[32]
    pager = text_pager(article_page(32, 1), url)
    assert pager.whole == f"{url}/vse/"
    assert pager.pages[0] == f"{url}/page/2/"
    assert text_pager(article_page(32, None), f"{url}/vse/") == type(pager)()


def test_next_page_words_in_english_and_kazakh() -> None:
    for words in ("Next page", "Келесі бет →"):
        html = (f'<html><body><h1>T</h1><p>text</p><a href="/news/x-u9?start=2">{words}</a>'
                '<a href="/news/x-u9?start=0">Previous page</a></body></html>')
        assert text_pager(html, "http://h/news/x-u9").pages == ("http://h/news/x-u9?start=2",)


@pytest.mark.parametrize("query", ["utm_source=menu&amp;utm_medium=popular", "fbclid=IwAR0x",
                                   "from=lenta", "ref=tg&amp;gclid=1"])
def test_a_self_link_with_a_visitors_trail_is_no_page_of_the_text(query: str) -> None:
    """The page's own link in a menu, with a tracking or referral query, is the page itself:
    neither the whole-text view (whatever its words) nor a next page."""
    html = (f'<html><body><nav><a href="/news/x-u9?{query}">Весь текст: полностью</a>'
            f'<a href="/news/x-u9/?{query}">Next page</a></nav><h1>T</h1><p>text</p>'
            "</body></html>")
    assert text_pager(html, "http://h/news/x-u9") == text_pager("", "http://h/news/x-u9")


def test_page_of_a_text_stands_for_its_article() -> None:
    assert first_page("http://h/news/x-u9?page=2") == "http://h/news/x-u9"
    assert first_page("http://h/news/x-u9?full=1&lang=ru") == "http://h/news/x-u9?lang=ru"
    assert first_page("http://h/news/x-u9?from=lenta") == "http://h/news/x-u9?from=lenta"


def test_join_pages_appends_text_and_takes_missing_fields() -> None:
    url = "http://h" + PATHS[31]
    first = article_from_html(article_page(31, 1), url)
    assert "Источник" not in str(first.get("source"))
    from kznews.sites.centerinform.article import extract_article

    ex = extract_article(article_page(31, 1), url)
    for page in (2, 3):
        join_page(ex, extract_article(article_page(31, page), f"{url}?page={page}"))
    assert ex.values["body"] == [p for n in (1, 2, 3) for p in _text(31, n)]
    assert ex.values["source"] == "Kazinform"


# ---------------------------------------------------------------------------------- a crawl
def test_crawl_joins_pages_into_one_article(tmp_path: Path) -> None:
    with CopyServer(route) as srv:
        result = run_crawl(srv.url, tmp_path, settings={"KZNEWS_RENDER": "never"})
        asked = [urlsplit(path).path + (f"?{urlsplit(path).query}" if urlsplit(path).query
                                        else "") for _, path, _ in srv.requests]
    assert result.returncode == 0, result.stderr[-3000:]
    items = {item["id"]: item for item in result.items}
    assert sorted(items) == ["u31", "u32", "u33"]
    assert items["u31"]["body"] == "\n\n".join(p for n in (1, 2, 3) for p in _text(31, n))
    assert items["u31"]["source"] == "Kazinform"
    assert items["u31"]["url"].endswith(PATHS[31])
    # the one-page view: one request, not the numbered pages
    assert items["u32"]["body"] == items["u31"]["body"].replace("статьи 31", "статьи 32")
    assert items["u32"]["url"].endswith(PATHS[32])
    assert f"{PATHS[32]}/vse/" in asked and f"{PATHS[32]}/page/2/" not in asked
    # page 3 fails: pages 1 and 2 go out, counted
    assert items["u33"]["body"] == "\n\n".join(p for n in (1, 2) for p in _text(33, n))
    stats = result.report()["stats"]
    assert stats["article/pages_joined"] == 2 + 1 + 1
    assert stats["article/page_failed"] == 1
    assert "not read" in result.stderr
    # a related link to a later page of an article is that article, read once
    assert asked.count(f"{PATHS[31]}?page=2") == 1 and asked.count(PATHS[31]) == 1


@pytest.mark.parametrize(("html", "found"), [
    ('<a href="/news/x-u123/2">2</a>', True),
    ('<a href="/news/x-U123?page=2">2</a>', True),
    ("<a href='/news/x-u123/?full=1'>all</a>", True),
    ('<a href="/news/x-u1234/2">another article</a>', False),
    ('<a href="/news/x-u123">itself</a> u123 / 2', False),
    ('<a href="/news/x-a123/2">no id</a> 123/2', False),
    ('123 and later u123?p=2', True),
])
def test_the_cheap_test_for_links_to_further_pages(html: str, found: bool) -> None:
    assert _names_more(html, "u123") is found
