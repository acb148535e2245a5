"""A listing that links some of its entries by an older address form (``/index.php?id=24703``,
``?news_id=``, ``?ELEMENT_ID=``) the site answers with a redirect to the article.

``legacy_links`` names them (only entries shown with a date: a menu's ``?id=5`` page is
none), the spider asks each once where it redirects (``parse_legacy``) and requests the
article found there. The crawl through such a listing is scored in
``tests/test_fortyfifthsite.py`` (a redesigned site whose old listing pages link this way).
"""

from __future__ import annotations

from datetime import date

from kznews.sites.centerinform.listing import legacy_links, parse_listing

URL = "https://ic24.kz/novosti/?PAGEN_1=8"


def _listing(rows: str, menu: str = "") -> str:
    return (f"<html><body><div class=\"menu\">{menu}</div><table class=\"news\">{rows}"
            "</table></body></html>")


def _row(day: str, href: str, title: str) -> str:
    return f'<tr><td class="date">{day}</td><td><a href="{href}">{title}</a></td></tr>'


def test_dated_entries_with_an_older_address_are_named_in_page_order() -> None:
    html = _listing(
        _row("23.01.2015", "/index.php?id=24703", "В Алматы открыли новый парк")
        + _row("22.01.2015", "/news/v-astane-u24690", "В Астане прошёл форум")
        + _row("21.01.2015", "news.php?news_id=24688&amp;lang=ru", "Сенат принял закон")
        + _row("20.01.2015", "/detail.php?ELEMENT_ID=24680", "Новый мост через Ишим")
        .replace("</td></tr>", ' <a href="/rubric/obshchestvo/">Общество</a></td></tr>'),
        menu='<a href="/index.php?id=5">О нас</a> <a href="/index.php?id=24703">дубль</a>')
    assert legacy_links(html, URL) == [
        ("https://ic24.kz/index.php?id=24703", date(2015, 1, 23)),
        ("https://ic24.kz/novosti/news.php?news_id=24688&lang=ru", date(2015, 1, 21)),
        ("https://ic24.kz/detail.php?ELEMENT_ID=24680", date(2015, 1, 20)),
    ]
    # the article's own address stays parse_listing's, with its id
    entries, _ = parse_listing(html, URL)
    assert [e.id for e in entries] == ["u24690"]


def test_no_dated_entry_no_older_address() -> None:
    menu = '<a href="/index.php?id=5">О нас</a><a href="/page.php?id=7">Контакты</a>'
    assert legacy_links(_listing(_row("", "/index.php?id=9", "Реклама"), menu), URL) == []
    # other servers' addresses and ids of another name are none
    rows = (_row("23.01.2015", "https://other.kz/index.php?id=24703", "Чужая новость")
            + _row("23.01.2015", "/index.php?page=2", "Следующая страница")
            + _row("23.01.2015", "/index.php?id=abc", "Не номер"))
    assert legacy_links(_listing(rows), URL) == []
    # a page with no such address is not parsed at all (an id attribute is no address)
    assert legacy_links('<div id="x"><a href="/news/a-u1">A</a> 23.01.2015</div>', URL) == []
