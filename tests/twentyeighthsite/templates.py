"""The twenty-eighth copy's markup: a plain hand-written news template, a pager under the text,
a one-page view, the listing and the 404 page.

Every page of an article repeats the headline and the date line; the photo (with its
``Фото:X`` caption) is on the first page, the ``Источник:`` line closes the last one. A text on
several pages has a pager (``Страница 1 2 3 Далее →``, ``Page 2 of 3 · Next page``,
``Келесі бет →``) and, on some, a ``Читать целиком`` / ``Single page`` / ``Толық оқу`` link.
"""

from __future__ import annotations

import html

from tests.copykit.catalogue import AGENCY, MONTHS, Response
from tests.copykit.text import RU_MONTHS
from tests.twentyeighthsite.blocks import esc
from tests.twentyeighthsite.site import Article, build, page_count, page_items

HTML = {"Content-Type": "text/html; charset=utf-8"}
RATES = " ".join(f"• {c}/KZT <span class=\"rate\">0.0</span>" for c in ("USD", "EUR", "RUB",
                                                                           "CNY"))
LABELS = {
    "ru": {"page": "Страница", "next": "Далее →", "prev": "← Назад", "full": "Читать целиком",
           "paged": "Читать по страницам", "latest": "Последние новости", "views": "Просмотров",
           "share": "Поделиться", "cont": "Продолжение. Начало —", "start": "на первой странице"},
    "en": {"page": "Page", "next": "Next page", "prev": "Previous page", "full": "Single page",
           "paged": "Paged view", "latest": "Latest news", "views": "Views", "share": "Share",
           "cont": "Continued from", "start": "page 1"},
    "kk": {"page": "Бет", "next": "Келесі бет →", "prev": "← Алдыңғы бет", "full": "Толық оқу",
           "paged": "Беттеп оқу", "latest": "Соңғы жаңалықтар", "views": "Қаралды",
           "share": "Бөлісу", "cont": "Жалғасы. Басы —", "start": "бірінші бетте"},
}


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def date_line(art: Article) -> str:
    months = MONTHS[art.lang]
    if art.lang == "ru":
        text = f"{art.day.day} {RU_MONTHS[art.day.month - 1].capitalize()} {art.day.year}"
    elif art.lang == "en":
        text = f"{art.day.day} {months[art.day.month - 1]} {art.day.year}"
    else:
        text = f"{art.day.year} ж. {art.day.day} {months[art.day.month - 1]}"
    stamp = art.local.isoformat() if art.clock else art.day.isoformat()
    clock = f", {art.clock:%H:%M}" if art.clock else ""
    return f'<time class="story-date" datetime="{stamp}">{text}{clock}</time>'


def info(art: Article) -> str:
    words = LABELS[art.lang]
    parts = [date_line(art)]
    if art.views is not None:
        parts.append(f'<span class="story-views" title="{words["views"]}"><i class="icon-eye">'
                     f"</i>{art.views}</span>")
    if art.category:
        parts.append(f'<a class="story-rubric" href="/rubric/{attr(art.category.lower())}">'
                     f"{esc(art.category)}</a>")
    if art.tags:
        links = ", ".join(f'<a href="/tag/{attr(t)}">{esc(t)}</a>' for t in art.tags)
        parts.append(f'<span class="story-tags">{links}</span>')
    return f'<div class="story-info">{" ".join(parts)}</div>'


def photo(art: Article, base: str) -> str:
    if not art.images:
        return ""
    caption = (f"<figcaption>Фото:{esc(art.photo_credit)}</figcaption>"
               if art.photo_credit else "")
    return (f'<figure class="story-photo"><img src="{base}{art.image_paths()[0]}" '
            f'alt="{attr(art.title)}">{caption}</figure>')


def pager(art: Article, page: int) -> str:
    words = LABELS[art.lang]
    if art.lang == "en":
        links = [f"<span>Page {page} of {art.pages}</span>"]
    else:
        links = [f"{words['page']}:"] + [
            f'<span class="current">{n}</span>' if n == page
            else f'<a href="{art.page_path(n)}">{n}</a>' for n in range(1, art.pages + 1)]
    if page > 1:
        links.append(f'<a class="prev" rel="prev" href="{art.page_path(page - 1)}">'
                     f"{words['prev']}</a>")
    if page < art.pages:
        links.append(f'<a class="next" rel="next" href="{art.page_path(page + 1)}">'
                     f"{words['next']}</a>")
    if art.full_view:
        links.append(f'<a class="whole" href="{art.page_path(None)}">{words["full"]}</a>')
    return f'<nav class="pager">{" ".join(links)}</nav>'


def text(art: Article, page: int | None) -> str:
    blocks = [b for p in art.blocks for b in p] if page is None else art.blocks[page - 1]
    inner = "\n".join(b.html for b in blocks)
    if art.source_line and (page is None or page == art.pages):
        inner += f'\n<p class="story-source">Источник: {esc(art.source or "")}</p>'
    return f'<div class="story-text">\n{inner}\n</div>'


def links(art: Article, page: int | None, base: str) -> str:
    """canonical (the first page for ``?page=N`` texts and the one-page view, else the page
    itself) and prev/next."""
    own = art.page_path(page)
    canonical = own if art.paging == "path" and page is not None else art.path
    out = [f'<link rel="canonical" href="{base}{canonical}">']
    if page is not None and page > 1:
        out.append(f'<link rel="prev" href="{base}{art.page_path(page - 1)}">')
    if page is not None and page < art.pages:
        out.append(f'<link rel="next" href="{base}{art.page_path(page + 1)}">')
    return "\n".join(out)


def latest(art: Article) -> str:
    others = [a for a in build() if a is not art][:10]
    items = "".join(f'<li><span class="badge">{a.lang}</span> <a href="{a.path}">'
                    f"{esc(a.title)}</a></li>" for a in others)
    return (f'<aside class="latest"><h3>{LABELS[art.lang]["latest"]}</h3><ul>{items}</ul>'
            "</aside>")


def frame(lang: str, title: str, head: str, main: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)} | {AGENCY[lang]}</title>\n{head}\n</head>\n<body>\n"
            f'<header class="top"><a class="logo" href="/">{AGENCY[lang]}</a>\n'
            '<nav class="menu"><a href="/novosti">Новости</a> <a href="/rubric/obshchestvo">'
            'Общество</a> <a href="/rubric/ekonomika">Экономика</a></nav>\n'
            f'<div class="rates">{RATES}</div></header>\n<main class="layout">\n{main}\n</main>\n'
            '<footer class="bottom">© 2014–2026 ic24.kz</footer>\n</body>\n</html>\n'
            ).encode()


def article(art: Article, page: int | None, base: str) -> Response:
    """Page ``page`` of the article (None: all its text on one page)."""
    words = LABELS[art.lang]
    numbered = f" — {words['page']} {page}" if page is not None and page > 1 else ""
    head = links(art, page, base) + (
        f'\n<meta property="og:title" content="{attr(art.title)}">'
        f'\n<meta property="og:type" content="article">')
    parts = [f'<article class="story" data-id="{art.id}">',
             f'<h1 class="story-title">{esc(art.title)}</h1>']
    if page in (1, None):
        parts.append(photo(art, base))
    parts.append(info(art))
    if page is not None and page > 1:
        parts.append(f'<p class="continued">({words["cont"]} <a href="{art.path}">'
                     f"{words['start']}</a>)</p>")
    parts.append(text(art, page))
    if page is not None and art.pages > 1:
        parts.append(pager(art, page))
    elif page is None:
        parts.append(f'<nav class="pager"><a href="{art.path}">{words["paged"]}</a></nav>')
    parts.append(f'<div class="share">{words["share"]}: <a href="https://t.me/share/url?url='
                 f'{base}{art.path}">Telegram</a> <a href="https://wa.me/?text={base}{art.path}">'
                 "WhatsApp</a></div>\n</article>")
    parts.append(latest(art))
    return 200, HTML, frame(art.lang, art.title + numbered, head, "\n".join(parts))


def listing(n: int, base: str) -> Response:
    items = "\n".join(
        f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
        f"<p>{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}</p></div>"
        for a in page_items(n))
    nums = " ".join(f"<span>{k}</span>" if k == n else f'<a href="/novosti?page={k}">{k}</a>'
                    for k in range(1, page_count() + 1))
    if n < page_count():
        nums += f' <a class="next" href="/novosti?page={n + 1}">Следующая »</a>'
    main = (f'<h1>Новости</h1>\n<div class="news-list">\n{items}\n</div>\n'
            f'<div class="pagination">{nums}</div>')
    head = f'<link rel="canonical" href="{base}/novosti{f"?page={n}" if n > 1 else ""}">'
    return 200, HTML, frame("ru", "Новости" + (f" — страница {n}" if n > 1 else ""), head, main)


def missing() -> Response:
    return 404, HTML, frame("ru", "Страница не найдена", "",
                            "<h1>404</h1><p>Страница не найдена.</p>")
