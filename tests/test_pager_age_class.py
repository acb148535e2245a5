"""A pager link whose class names an age (Blogger's ``blog-pager-older-link``) leads where
that age lies, whatever its words say (kznews.sites.centerinform.pager): Blogger's Russian
"Предыдущие сообщения" ("previous posts") is the older page, and its address is a cursor
(``?updated-max=<moment>&max-results=10``) that numbers no page. The crawl read the first
listing page only."""

from __future__ import annotations

from kznews.sites.centerinform.listing import parse_listing

BASE = "https://ic24.kz"
ITEMS = "".join(f'<div class="news_text"><a href="/news/story-{i}-u{45000 + i}">Новость {i}</a>'
                f"<p>16 апреля 2021</p></div>" for i in range(10))
OLDER = "/novosti?updated-max=2021-04-16T10:00:00%2B06:00&max-results=10"
NEWER = "/novosti?updated-min=2021-04-17T10:00:00%2B06:00&max-results=10&reverse-paginate=true"


def pages(pager: str, url: str = f"{BASE}/novosti", page: int = 1) -> list[tuple[str, int]]:
    html = f"<html><body>{ITEMS}{pager}</body></html>"
    return parse_listing(html, url, page=page)[1]


def blogger(older: str = "Предыдущие сообщения", newer: str = "") -> str:
    links = (f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{NEWER}">'
             f"{newer}</a></span>" if newer else "")
    return (f'<div class="blog-pager" id="blog-pager">{links}<span id="blog-pager-older-link">'
            f'<a class="blog-pager-older-link" href="{OLDER}">{older}</a></span></div>')


def test_the_older_link_of_a_blog_pager_is_the_next_page() -> None:
    assert pages(blogger()) == [(f"{BASE}{OLDER}", 2)]
    assert pages(blogger(older="Older Posts")) == [(f"{BASE}{OLDER}", 2)]
    assert pages(blogger(older="Previous posts")) == [(f"{BASE}{OLDER}", 2)]


def test_the_newer_link_on_a_later_page_leads_back() -> None:
    found = dict(pages(blogger(newer="Следующие сообщения"), url=f"{BASE}{OLDER}", page=2))
    assert found.get(f"{BASE}{OLDER}") is None
    assert found.get(f"{BASE}{NEWER}") in (None, 1)


def test_previous_and_next_words_without_an_age_class_read_as_before() -> None:
    pager = ('<div class="pager"><a class="pager-prev" href="/novosti?page=1">Предыдущая</a>'
             '<a class="pager-next" href="/novosti?page=3">Следующая</a></div>')
    assert dict(pages(pager, url=f"{BASE}/novosti?page=2", page=2)).get(
        f"{BASE}/novosti?page=3") == 3
