"""Markup shared by the thirty-seventh copy's pages: the frame (currency widget, language
switcher, the outlet's name in its three forms), text blocks, dates as each site prints them,
the Yii2-paginated listing and the dispatch to the seven page templates (``pages.py``).
"""

from __future__ import annotations

import html
from datetime import UTC, date

from tests.copykit.catalogue import AGENCY, MONTHS
from tests.copykit.text import ru_slug
from tests.thirtyseventhsite.site import Article, almaty_today, build, page_count, page_items

RATES = "".join(f'<li>{c}/KZT <span class="rate js-rate">0.0</span></li>'
                for c in ("USD", "EUR", "RUB", "CNY"))
READ_ALSO = {"ru": "Читайте также", "en": "Read also", "kk": "Сондай-ақ оқыңыз"}
SOURCE_LABEL = {"ru": "Источник:", "en": "Источник:", "kk": "Дереккөз:"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def month_day(day: date, lang: str) -> str:
    month = MONTHS[lang][day.month - 1]
    return f"{month} {day.day}" if lang == "en" else f"{day.day} {month}"


def long_date(art: Article, lang: str | None = None) -> str:
    """'16 апреля 2021, 10:40' / '16 сәуір 2021' in the given interface language."""
    lang = lang or art.lang
    month = MONTHS[lang][art.day.month - 1]
    text = f"{art.day.day} {month} {art.day.year}"
    return f"{text}, {art.clock:%H:%M}" if art.clock else text


def relative(art: Article) -> str:
    """What a big portal prints: 'Сегодня, 14:05' / 'Вчера, 09:10' near now, else the date."""
    words = {"ru": ("Сегодня", "Вчера"), "kk": ("Бүгін", "Кеше"), "en": ("Today", "Yesterday")}
    ago = (almaty_today() - art.day).days
    if ago in (0, 1) and art.clock:
        return f"{words[art.lang][ago]}, {art.clock:%H:%M}"
    return long_date(art)


def utc_z(art: Article) -> str:
    return art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def older(art: Article, step: int = 1) -> Article:
    arts = build()
    return arts[(arts.index(art) + step) % len(arts)]


def raw_paragraphs(art: Article) -> list[str]:
    return list(art.raw_paragraphs or art.paragraphs)


def kazinform_dateline(art: Article) -> str:
    """'Астана. Центр информации — ' (no day: the state agency's form)."""
    return f"{art.place}. {AGENCY[art.lang]} — " if art.place else ""


def plain_dateline(art: Article) -> str:
    """'Алматы. 16 апреля. Центр информации - '."""
    return art.dateline()


def read_also(art: Article, card_dir: str) -> str:
    other = older(art, 3)
    return (f'<div class="read-also"><div class="read-also__title">{READ_ALSO[art.lang]}</div>'
            f'<a class="read-also__card" href="{other.path}"><img src="{card_dir}/'
            f'{other.num}_thumb.jpg" alt="" loading="lazy"><span class="read-also__name">'
            f'{esc(other.title)}</span><span class="read-also__date">{long_date(other)}</span>'
            "</a></div>")


def extra_images(art: Article, start: int = 1) -> str:
    return "".join(f'<figure class="inline-photo"><img src="{p}" alt=""></figure>'
                   for p in art.image_paths()[start:])


def tag_href(tag: str) -> str:
    return f"/tag/{ru_slug(tag) or 'tag'}"


def rubric_href(name: str) -> str:
    return f"/novosti/{ru_slug(name) or 'news'}"


def switcher(lang: str) -> str:
    """Links of a bilingual site to the other language of the same address (a query)."""
    return ('<nav class="lang-switch">'
            f'<a href="?lang=kk" hreflang="kk"{" class=active" if lang == "kk" else ""}>ҚАЗ</a> '
            f'<a href="?lang=ru" hreflang="ru"{" class=active" if lang != "kk" else ""}>РУС</a>'
            "</nav>")


def frame(lang_attr: str, title: str, head: str, body: str, iface: str = "ru") -> str:
    menu = {"ru": ("Главная", "Новости", "Видео"), "kk": ("Басты бет", "Жаңалықтар", "Бейне"),
            "en": ("Home", "News", "Video")}[iface]
    return (f'<!DOCTYPE html><html lang="{lang_attr}"><head><meta charset="utf-8">'
            f"<title>{esc(title)} | Центр информации</title>{head}</head><body>"
            f'<header class="site-header"><ul class="currency">{RATES}</ul>'
            f'<a class="logo" href="/">IC24 · Центр информации</a>{switcher(lang_attr)}'
            f'<nav class="menu"><a href="/">{menu[0]}</a> <a href="/novosti">{menu[1]}</a> '
            f'<a href="/video/">{menu[2]}</a></nav></header>{body}'
            '<footer class="site-footer"><p>© 2012–2026 Центр информации · Ақпарат орталығы · '
            "Information Center. Материалдарды пайдаланғанда ic24.kz сайтына сілтеме міндетті."
            "</p></footer></body></html>")


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    cards = "".join(
        f'<div class="news-item" data-key="{a.num}"><a href="{a.path}" class="news-item__photo">'
        f'<img src="/upload/thumbs/{a.num}.jpg" alt=""></a><div class="news-item__text">'
        f'<a class="news-item__title" href="{a.path}">{esc(a.title)}</a>'
        f'<span class="news-item__date">{relative(a) if a.cms == "portal" else f"{a.day:%d.%m.%Y}"}'
        "</span></div></div>"
        for a in page_items(n))
    pages = "".join(
        f'<li class="active"><a href="/novosti?page={k}" data-page="{k - 1}">{k}</a></li>'
        if k == n else f'<li><a href="/novosti?page={k}" data-page="{k - 1}">{k}</a></li>'
        for k in range(1, page_count() + 1))
    prev = (f'<li class="prev"><a href="/novosti?page={n - 1}" data-page="{n - 2}">&laquo;</a>'
            "</li>" if n > 1 else '<li class="prev disabled"><span>&laquo;</span></li>')
    nxt = (f'<li class="next"><a href="/novosti?page={n + 1}" data-page="{n}">&raquo;</a></li>'
           if n < page_count() else '<li class="next disabled"><span>&raquo;</span></li>')
    body = (f'<main class="container"><h1>Новости</h1><div id="w0" class="list-view">{cards}'
            f'</div><ul class="pagination">{prev}{pages}{nxt}</ul></main>')
    head = f'<link rel="canonical" href="{base}/novosti?page={n}">'
    return 200, HTML, frame("ru", "Новости", head, body).encode()


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    from tests.thirtyseventhsite import pages

    return 200, HTML, getattr(pages, art.cms)(art, base).encode()


def not_found() -> bytes:
    return frame("ru", "404", "", "<main><h1>404</h1><p>Страница не найдена. Бет табылмады."
                 "</p></main>").encode()
