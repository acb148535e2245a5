"""The tenth copy's pages: an article in its template (``amp.py``, ``substack.py``,
``react.py``), the listing (an endless feed's server-rendered pages) and the 404."""

from __future__ import annotations

from tests.copykit.catalogue import Response
from tests.tenthsite import amp, react, substack
from tests.tenthsite.parts import CURRENCY, e
from tests.tenthsite.site import Article, page_count, page_items

HTML = {"Content-Type": "text/html; charset=utf-8"}


def article(art: Article, base: str) -> Response:
    render = {"amp": amp.page, "substack": substack.page, "react": react.page}[art.cms]
    return 200, HTML, render(art, base).encode("utf-8")


def listing(page: int, base: str) -> Response:
    """An endless feed's server-rendered page: cards and a "load more" link to ``?page=N+1``."""
    cards = []
    for a in page_items(page):
        cards.append(
            f'<article class="css-1q2w3e"><a class="css-9o8i7u" href="{a.path}">'
            f'<h3 class="css-5t6y7u">{e(a.title)}</h3></a>'
            f'<span class="css-3e4r5t">{a.day:%d.%m.%Y}</span></article>')
    more = ""
    if page < page_count():
        more = (f'<a class="css-0p9o8i" rel="next" href="/novosti?page={page + 1}">'
                f"Показать ещё</a>")
    head_next = f'<link rel="next" href="/novosti?page={page + 1}">' if more else ""
    body = (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>Новости — Центр информации</title>{head_next}</head><body>"
        f'<div id="root">{CURRENCY}<main class="css-7y6t5r"><h1>Новости</h1>'
        f'<div class="css-feed1">{"".join(cards)}</div>{more}</main></div></body></html>')
    return 200, HTML, body.encode("utf-8")


def not_found() -> bytes:
    return ('<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>404</title>'
            '</head><body><div id="root"><h1>Страница не найдена</h1></div></body></html>'
            ).encode()
