"""The forty-eighth copy's markup: one plain article page, the live feed's listing forms."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS

if TYPE_CHECKING:
    from tests.fortyeighthsite.site import Article

ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /search\n"
WIDGET = ('<div class="rates">• USD/KZT <span>0.0</span> • EUR/KZT <span>0.0</span> '
          '• RUB/KZT <span>0.0</span> • CNY/KZT <span>0.0</span></div>')
ADS = ['<div class="adv"><a href="https://ad.example.kz/click?b=7" rel="sponsored nofollow">'
       'Реклама · Кредит наличными за 15 минут</a></div>',
       '<div class="adv adv--native"><span>Партнёрский материал</span> <a href="https://'
       'partner.example.com/promo" rel="sponsored">Лучшие туры в Турцию этой осени</a></div>']


def _e(text: str) -> str:
    return escape(text, quote=False)


def _hm(a: Article) -> str:
    return f"{a.clock:%H:%M}" if a.clock else ""


def page_date(a: Article) -> str:
    """The article page's date line: '20 Апреля 2023', '2 August 2021', '16 сәуір 2021'."""
    months = {"ru": [m.capitalize() for m in RU_MONTHS], "en": EN_MONTHS, "kk": KK_MONTHS}
    text = f"{a.day.day} {months[a.lang][a.day.month - 1]} {a.day.year}"
    return f"{text} {_hm(a)}" if a.clock else text


def _layout(title: str, lang: str, main: str, aside: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{_e(title)} - Центр информации</title></head><body>\n"
            f'<header><a class="logo" href="/">Центр информации</a> {WIDGET}'
            '<nav><a href="/novosti">Новости</a> <a href="/about">О нас</a></nav></header>\n'
            f'<div class="wrap"><main>{main}</main>{aside}</div>\n'
            "<footer>© 2012-2026 Центр информации</footer></body></html>")


def article_page(a: Article, latest: Sequence[Article]) -> str:
    paras = list(a.raw_paragraphs or a.paragraphs)
    paras[0] = a.dateline() + paras[0]
    body = "".join(f"<p>{_e(p)}</p>\n" for p in paras)
    if a.source_line:
        body += f"<p>Источник: {_e(a.source or '')}</p>\n"
    info = [f'<span class="date">{page_date(a)}</span>']
    if a.views is not None:
        info.append(f'<span class="views">{a.views}</span>')
    if a.category:
        info.append(f'<a class="rubric" href="/rubric/{a.category.lower()}">{_e(a.category)}</a>')
    if a.tags:
        info.append('<span class="tags">' + ", ".join(
            f'<a href="/tag/{_e(t)}">{_e(t)}</a>' for t in a.tags) + "</span>")
    credit = f'<div class="photo-credit">Фото:{_e(a.photo_credit)}</div>' if a.photo_credit else ""
    figure = "".join(f'<figure><img src="{p}" alt=""></figure>' for p in a.image_paths())
    more = "".join(f'<li><span class="badge">{b.lang}</span> <a href="{b.path}">{_e(b.title)}</a>'
                   "</li>" for b in latest)
    main = (f'<article class="news-full"><h1>{_e(a.title)}</h1>{credit}'
            f'<div class="news-info">{" ".join(info)}</div>{figure}'
            f'<div class="news-body">\n{body}</div></article>'
            f'<div class="last-news"><h4>Последние новости</h4><ul>{more}</ul></div>')
    return _layout(a.title, a.lang, main)


# ------------------------------------------------------------------------------- the listing


def listing_date(d: date) -> str:
    """SITE.md's listing date: '16 Апреля 2021'."""
    return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"


def day_heading(d: date, today: date) -> str:
    if d == today:
        return "Сегодня"
    if d == today - timedelta(days=1):
        return "Вчера"
    text = f"{d.day} {RU_MONTHS[d.month - 1]}"
    return text if d.year == today.year else f"{text} {d.year}"


def _stamp(a: Article) -> str:
    return a.local.isoformat() if a.clock else a.day.isoformat()


def news_text(a: Article, grouped: bool) -> str:
    when = _hm(a) if grouped else listing_date(a.day)
    p = f"<p>{when}</p>" if when else ""
    return f'<div class="news_text"><a href="{a.path}">{_e(a.title)}</a>{p}</div>'


def news_item(a: Article, grouped: bool) -> str:
    shown = _hm(a) if grouped else f"{a.day:%d.%m.%Y}" + (f" {_hm(a)}" if a.clock else "")
    return (f'<article class="news-item"><h2 class="news-item__title"><a href="{a.path}">'
            f'{_e(a.title)}</a></h2><time datetime="{_stamp(a)}">{shown}</time></article>')


def more_button(n: int) -> str:
    return (f'<button class="load-more" type="button" data-url="/novosti/more?page={n}" '
            f'data-page="{n}">Показать ещё</button>')


def fragment(items: Sequence[Article], n: int, last: int) -> str:
    """What "Показать ещё" loads: page ``n``'s items and the next button (empty past the end)."""
    out = "\n".join(news_item(a, False) for a in items)
    return out + ("\n" + more_button(n + 1) if items and n < last else "")


def _pager(n: int, last: int) -> str:
    links = []
    if n > 1:
        links.append(f'<a class="prev" href="{_href(min(n, last + 1) - 1)}">Предыдущая</a>')
    window = sorted({1, last, *range(max(1, n - 2), min(last, n + 2) + 1)})
    prev = 0
    for k in window:
        if k - prev > 1:
            links.append("<span>…</span>")
        links.append(f"<span class=\"current\">{k}</span>" if k == n
                     else f'<a href="{_href(k)}">{k}</a>')
        prev = k
    if n <= last:
        links.append(f'<a class="next" href="{_href(n + 1)}">Следующая</a>')
    return '<nav class="pagination">' + " ".join(links) + "</nav>"


def _href(k: int) -> str:
    return "/novosti" if k == 1 else f"/novosti?page={k}"


def listing_page(n: int, last: int, items: Sequence[Article], pinned: Article,
                 latest: Sequence[Article], most_read: Sequence[Article], today: date) -> str:
    """Listing page ``n`` (past the end: the last page's items) of a feed with ``last`` pages."""
    shown_as = min(n, last)
    grouped = shown_as in (1, 2, 5, 6, 9)
    item = news_text if shown_as % 2 else news_item
    parts = [f'<div class="pinned"><span class="pin">Закреплено</span>{item(pinned, False)}</div>']
    heading = None
    for i, a in enumerate(items):
        if grouped and a.day != heading:
            heading = a.day
            parts.append(f'<h3 class="news-day">{day_heading(a.day, today)}</h3>')
        parts.append(item(a, grouped))
        if i in (2, 4):
            parts.append(ADS[i // 4])
    if shown_as in (1, 2, 4, 7, 8, 10) or n > last:
        parts.append(_pager(n, last))
    elif n < last:
        parts.append(more_button(n + 1))
    side = ('<aside class="sidebar"><section class="most-read"><h4>Самое читаемое</h4><ul>'
            + "".join(f'<li><a href="{a.path}">{_e(a.title)}</a></li>' for a in most_read)
            + '</ul></section><section class="latest"><h4>Последние новости</h4><ul>'
            + "".join(f'<li><a href="{a.path}">{_e(a.title)}</a></li>' for a in latest)
            + "</ul></section></aside>")
    main = ('<h1>Новости</h1><div class="news-list">\n' + "\n".join(parts) + "\n</div>")
    return _layout("Новости", "ru", main, side)


def not_found() -> str:
    return _layout("Страница не найдена", "ru", "<h1>404</h1><p>Страница не найдена</p>")
