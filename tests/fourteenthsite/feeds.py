"""The fourteenth copy's discovery surfaces: the "load more" listing, the sitemap index and RSS.

Listing page 1 is a whole HTML page with a ``<button class="load-more" data-url=…>`` and no
``<a>`` to page 2; ``/novosti?page=N`` (N ≥ 2) answers the next chunk of items, a bare HTML
fragment, except every third page, a whole page with ``<link rel="prev/next">``. Odd pages
group items under day headings ("Сегодня", "Вчера", "16 апреля", "15 Апреля 2021") with times
only; even pages are cards with relative dates ("2 часа назад", "кеше 15:40", "3 жыл бұрын").
Every item links its article twice or three times (picture, title, a short "Читать" link).
"""

from __future__ import annotations

from datetime import date
from email.utils import format_datetime
from html import escape

from tests.copykit.catalogue import Response
from tests.copykit.text import RU_MONTHS
from tests.fourteenthsite.site import Article, build, now, page_count, page_items
from tests.fourteenthsite.templates import HTML, WIDGET, t

MORE = ("Загрузить ещё", "Show more", "Тағы жүктеу")
READ = {"ru": "Читать", "en": "Read", "kk": "Оқу"}
XML = {"Content-Type": "application/xml; charset=UTF-8"}
RSS_ITEMS = 15
# (one, few, many) of each unit, per language; Kazakh and English need fewer forms
UNITS = {
    "ru": {"m": ("минуту", "минуты", "минут"), "h": ("час", "часа", "часов"),
           "d": ("день", "дня", "дней"), "mo": ("месяц", "месяца", "месяцев"),
           "y": ("год", "года", "лет")},
    "en": {"m": ("minute",) * 3, "h": ("hour",) * 3, "d": ("day",) * 3, "mo": ("month",) * 3,
           "y": ("year",) * 3},
    "kk": {"m": ("минут",) * 3, "h": ("сағат",) * 3, "d": ("күн",) * 3, "mo": ("ай",) * 3,
           "y": ("жыл",) * 3},
}
YESTERDAY = {"ru": ("вчера", "вчера в {}"), "en": ("yesterday", "yesterday at {}"),
             "kk": ("кеше", "кеше {}")}


def _ago(n: int, unit: str, lang: str) -> str:
    one, few, many = UNITS[lang][unit]
    if lang == "en":
        return f"{n} {one}{'' if n == 1 else 's'} ago"
    if lang == "kk":
        return f"{n} {one} бұрын"
    form = one if n % 10 == 1 and n % 100 != 11 else \
        few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many
    return f"{n} {form} назад"


def relative(a: Article) -> str:
    """How long before the listing was written the article appeared, in its own language."""
    days = (now().date() - a.day).days
    if days == 0:
        minutes = int((now() - a.local).total_seconds() // 60)
        return _ago(minutes // 60, "h", a.lang) if minutes >= 60 else _ago(minutes, "m", a.lang)
    if days == 1:
        bare, timed = YESTERDAY[a.lang]
        return timed.format(f"{a.clock:%H:%M}") if a.clock else bare
    if days < 31:
        return _ago(days, "d", a.lang)
    return _ago(days // 30, "mo", a.lang) if days < 365 else _ago(days // 365, "y", a.lang)


def heading(day: date) -> str:
    days = (now().date() - day).days
    if days in (0, 1):
        return ("Сегодня", "Вчера")[days]
    if day.year == now().year:
        return f"{day.day} {RU_MONTHS[day.month - 1]}"
    return f"{day.day} {RU_MONTHS[day.month - 1].capitalize()} {day.year}"


def _links(a: Article, k: int, title_class: str) -> tuple[str, str, str]:
    """(picture link, title link, "Читать" link) of item ``k``: some items lack the first or
    the last, so an article is linked once, twice or three times."""
    pic = (f'<a class="{title_class}__pic" href="{a.path}"><img src="/media/thumbs/{a.id}.jpg" '
           f'alt="{escape(a.title)}"></a>') if k % 3 != 1 else ""
    title = f'<a class="{title_class}__title" href="{a.path}">{t(a.title)}</a>'
    more = f'<a class="{title_class}__more" href="/news/{a.id}">{READ[a.lang]}</a>' \
        if k % 3 == 2 else ""
    return pic, title, more


def _grouped(items: tuple[Article, ...]) -> str:
    out, last = [], None
    for k, a in enumerate(items):
        if a.day != last:
            if last is not None:
                out.append("</ul></div>")
            out.append(f'<div class="news-day"><h3 class="news-day__title">{heading(a.day)}</h3>'
                       f'<ul class="news-day__list">')
            last = a.day
        pic, title, more = _links(a, k, "news-item")
        clock = f'<span class="news-item__time">{a.clock:%H:%M}</span>' if a.clock else ""
        out.append(f'<li class="news-item">{clock}{pic}{title}{more}</li>')
    return "".join(out) + "</ul></div>"


def _cards(items: tuple[Article, ...]) -> str:
    out = []
    for k, a in enumerate(items):
        pic, title, more = _links(a, k, "card")
        out.append(f'<div class="card">{pic}<div class="card__body">{title}<div class="card__meta">'
                   f'<span class="card__date">{relative(a)}</span></div>{more}</div></div>')
    return "".join(out)


def chunk(n: int) -> str:
    """Page ``n``'s items and the button that loads page ``n + 1`` (none on the last page)."""
    items = page_items(n)
    body = _grouped(items) if n % 2 else _cards(items)
    if n < page_count():
        body += (f'<button class="load-more" type="button" data-page="{n + 1}" '
                 f'data-url="/novosti?page={n + 1}">{MORE[n % 3]}</button>')
    return f'<div class="news-feed" data-page="{n}">{body}</div>'


def listing(n: int, base: str) -> Response:
    if n > page_count():
        return 200, dict(HTML), b""  # the script stops asking on an empty answer
    if n > 1 and n % 3:
        return 200, dict(HTML), chunk(n).encode("utf-8")
    # only the whole pages after the first announce their neighbours in the head
    rels = "" if n == 1 else f'<link rel="prev" href="/novosti?page={n - 1}">' + (
        f'<link rel="next" href="/novosti?page={n + 1}">' if n < page_count() else "")
    doc = ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
           '<title>Новости — Центр информации</title>'
           f'<link rel="alternate" type="application/rss+xml" href="/rss.xml">{rels}</head><body>'
           f'<header><a href="/"><img src="/static/logo.svg" alt="ic24"></a>{WIDGET}</header>'
           f'<main><h1>Новости</h1>{chunk(n)}</main>'
           '<script>document.addEventListener("click",e=>{const b=e.target.closest(".load-more");'
           'if(!b)return;fetch(b.dataset.url).then(r=>r.text()).then(h=>{b.outerHTML=h;});});'
           '</script></body></html>')
    return 200, dict(HTML), doc.encode("utf-8")


def _urlset(arts: tuple[Article, ...], base: str) -> str:
    urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{a.local.isoformat()}</lastmod>"
                   f"</url>" for a in arts)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{t(a.title)}</title><link>{base}{a.path}?utm_source=rss</link>"
        f'<guid isPermaLink="false">ic24-{a.id}</guid>'
        f"<pubDate>{format_datetime(a.local)}</pubDate>"
        + (f"<category>{t(a.category)}</category>" if a.category else "")
        + f"<description>{t(a.paragraphs[0])}</description></item>"
        for a in build()[:RSS_ITEMS])
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Центр информации</title><link>{base}/</link>"
            f"<description>Новости</description>{items}</channel></rss>")


def xml(path: str, base: str) -> Response:
    """The sitemap index, its two news sitemaps (newest half first) and the RSS feed."""
    arts, half = build(), len(build()) // 2
    if path == "/sitemap.xml":
        maps = "".join(f"<sitemap><loc>{base}/sitemap-news-{n}.xml</loc></sitemap>"
                       for n in (1, 2))
        text = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>')
    elif path == "/rss.xml":
        return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, \
            _rss(base).encode("utf-8")
    else:
        text = _urlset(arts[:half] if path.endswith("-1.xml") else arts[half:], base)
    return 200, dict(XML), text.encode("utf-8")
