"""The twenty-sixth copy's markup: an English-first news portal ("IC24 — Kazakhstan news in
English"), its article page, its listing ``/novosti?page=N`` and its 404.

The page frame is the same for every article; the labels follow the article's chrome (English
on most pages, Russian or Kazakh on some), the field boxes the article's styles.
"""

from __future__ import annotations

import html

from tests.twentysixthsite import dates
from tests.twentysixthsite.blocks import (
    category_top,
    facts_after,
    figure,
    meta_line,
    tags_after,
    text_blocks,
)
from tests.twentysixthsite.site import LISTING, Article, build, page_count, page_items

LOCALE = {"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}
RATES = " • ".join(f'{c}/KZT <b class="js-rate">0.0</b>' for c in ("USD", "EUR", "RUB", "CNY"))
HTML = {"Content-Type": "text/html; charset=utf-8"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _alternates(art: Article, base: str) -> str:
    if art.pair_mode != "hreflang" or art.pair is None:
        return ""
    other = next(a for a in build() if a.num == art.pair)
    return (f'<link rel="alternate" hreflang="{art.lang}" href="{base}{art.path}">'
            f'<link rel="alternate" hreflang="{other.lang}" href="{base}{other.path}">')


def _head(art: Article, base: str) -> str:
    images = art.image_paths()
    modified = (f'<meta property="article:modified_time" content="'
                f'{art.updated.isoformat()}">' if art.date_style == "updated" else "")
    image = f'<meta property="og:image" content="{base}{images[0]}">' if images else ""
    return (f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f"<title>{esc(art.title)} | IC24 Information Center</title>"
            f'<meta property="og:title" content="{esc(art.title)}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:locale" content="{LOCALE[art.html_lang]}">{image}{modified}'
            f'<link rel="canonical" href="{base}{art.path}">{_alternates(art, base)}</head>')


def masthead() -> str:
    return ('<header class="masthead"><a class="brand" href="/">IC24 <small>Information Center'
            ' · Kazakhstan news in English</small></a>'
            f'<div class="ticker">• {RATES}</div><nav class="primary"><a href="/">Home</a> '
            f'<a href="{LISTING}">Latest</a> <a href="/section/business">Business</a> '
            '<a href="/section/politics">Politics</a> <a href="/section/society">Society</a> '
            '<a href="/section/sport">Sport</a> <a href="/ru">Русский</a> '
            '<a href="/kz">Қазақша</a> <a href="/search">Search</a></nav></header>')


def most_popular(current: Article) -> str:
    others = sorted((a for a in build() if a is not current),
                    key=lambda a: -(a.views or a.num % 4000))[:5]
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="count">'
                   f"{a.views or a.num % 4000 + 100:,} views</span></li>" for a in others)
    return (f'<aside class="rail"><section class="most-popular"><h3>Most popular</h3><ol>{rows}'
            '</ol></section><section class="rail-newsletter"><h3>The Steppe Brief</h3><p>Our '
            'free weekday newsletter: the top stories from Kazakhstan before 8 a.m.</p><form '
            'action="/newsletter/subscribe"><input type="email" placeholder="you@example.com">'
            '<button>Sign up</button></form></section></aside>')


def footer() -> str:
    return ('<footer class="colophon"><p>© 2012–2026 IC24 Information Center. Reproduction '
            'only with a link to ic24.kz.</p><a href="/about">About us</a> <a href="/contacts">'
            'Contacts</a> <a href="https://t.me/ic24kz">Telegram</a></footer>'
            '<script>document.querySelectorAll(".js-rate").forEach(function(e){});</script>')


def share() -> str:
    return ('<div class="share"><span>Share this article</span> <a href="https://www.facebook.'
            'com/sharer">Facebook</a> <a href="https://x.com/intent/post">X</a> <a href="https://'
            't.me/share">Telegram</a> <a href="https://wa.me/">WhatsApp</a> <button>Copy link'
            "</button></div>")


def article_page(art: Article, base: str) -> str:
    lead = figure(art, 1)
    return (f'<!DOCTYPE html><html lang="{art.html_lang}">{_head(art, base)}<body>{masthead()}'
            f'<div class="layout"><main class="story"><article>{category_top(art)}'
            f'<header class="story-head"><h1 class="headline">{esc(art.title)}</h1>'
            f"{meta_line(art)}</header>{lead}"
            f'<div class="story-body">{"".join(text_blocks(art))}</div>'
            f"{tags_after(art)}{facts_after(art)}{share()}</article></main>"
            f"{most_popular(art)}</div>{footer()}</body></html>")


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    return 200, HTML, article_page(art, base).encode()


def _card(a: Article) -> str:
    return (f'<article class="card"><span class="badge">{a.lang.upper()}</span>'
            f'<h2 class="card-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
            f'<p class="card-meta"><time datetime="{a.day:%Y-%m-%d}">{a.day.day} '
            f"{dates.SHORT_MONTHS[a.day.month - 1]} {a.day.year}</time>"
            f'{f" · {esc(a.category)}" if a.category else ""}</p></article>')


def _pager(n: int) -> str:
    def href(k: int) -> str:
        return LISTING if k == 1 else f"{LISTING}?page={k}"

    nums = " ".join(f'<span aria-current="page">{k}</span>' if k == n else
                    f'<a href="{href(k)}">{k}</a>' for k in range(1, page_count() + 1))
    newer = f'<a class="newer" href="{href(n - 1)}">‹ Newer stories</a> ' if n > 1 else ""
    older = (f' <a class="older" rel="next" href="{href(n + 1)}">Older stories ›</a>'
             if n < page_count() else "")
    return f'<nav class="pagination" aria-label="Pages">{newer}{nums}{older}</nav>'


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    cards = "".join(_card(a) for a in page_items(n))
    nxt = f'<link rel="next" href="{base}{LISTING}?page={n + 1}">' if n < page_count() else ""
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Latest news — '
            f'page {n} | IC24 Information Center</title><link rel="canonical" href="{base}'
            f'{LISTING}{"" if n == 1 else f"?page={n}"}">{nxt}</head><body>{masthead()}'
            f'<main class="river"><h1>Latest news</h1><div class="cards">{cards}</div>'
            f"{_pager(n)}</main>{footer()}</body></html>")
    return 200, HTML, page.encode()


def not_found() -> bytes:
    return (b'<!DOCTYPE html><html lang="en"><head><title>Page not found | IC24</title></head>'
            b"<body><h1>404</h1><p>Sorry, we couldn't find that page.</p></body></html>")

