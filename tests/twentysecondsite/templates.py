"""The twenty-second copy's markup: one plain custom theme ("pub"), its print, AMP and mobile
versions, the listing with its decoys, the consent interstitial, error pages and the login wall.

Dates print as the theme's locale has it: ``16.04.2021, 10:15`` (ru), ``19 April 2021, 15:40``
(en), ``2021 ж. 16 сәуір, 10:15`` (kk); no JSON-LD, no Open Graph dates, no ``<time>``.
"""

from __future__ import annotations

from datetime import date
from html import escape

from tests.copykit.catalogue import MONTHS
from tests.copykit.text import ru_slug
from tests.twentysecondsite import site

WIDGET = ('<div class="rates">• USD/KZT <b class="js-rate">0.0</b> • EUR/KZT <b class="js-rate">'
          '0.0</b> • RUB/KZT <b class="js-rate">0.0</b> • CNY/KZT <b class="js-rate">0.0</b></div>')
LABELS = {
    "ru": {"tags": "Теги:", "views": "Просмотров", "print": "Версия для печати",
           "mobile": "Мобильная версия", "more": "Другие новости"},
    "en": {"tags": "Tags:", "views": "Views", "print": "Print version",
           "mobile": "Mobile version", "more": "More news"},
    "kk": {"tags": "Тегтер:", "views": "Қаралды", "print": "Басып шығару нұсқасы",
           "mobile": "Мобильді нұсқа", "more": "Басқа жаңалықтар"},
}
ERRORS = {
    "soft404": ("Страница не найдена", "Запрошенная страница не существует или была перемещена."),
    "404": ("Страница не найдена", "Запрошенная страница не существует или была перемещена."),
    site.GONE: ("Материал удалён", "Этот материал был удалён по решению редакции."),
    site.WORKS: ("Ведутся технические работы",
                 "Сайт временно недоступен. Приносим извинения за неудобства."),
}


def _page(title: str, body: str, lang: str = "ru", head: str = "") -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{escape(title)} | Центр информации</title>{head}</head>\n<body>\n"
            f'<header class="top"><a class="logo" href="/">Центр информации</a>{WIDGET}'
            f'<nav><a href="/novosti">Новости</a></nav></header>\n{body}\n'
            '<footer class="bottom">© Центр информации, 2012–2026</footer>\n'
            "</body></html>\n").encode()


def stamp(art: site.Article) -> str:
    if art.lang == "ru":
        text = f"{art.day:%d.%m.%Y}"
    elif art.lang == "en":
        text = f"{art.day.day} {MONTHS['en'][art.day.month - 1]} {art.day.year}"
    else:
        text = f"{art.day.year} ж. {art.day.day} {MONTHS['kk'][art.day.month - 1]}"
    return text + (f", {art.clock:%H:%M}" if art.clock else "")


def _paragraphs(art: site.Article) -> str:
    paras = [escape(p) for p in (art.raw_paragraphs or art.paragraphs)]
    paras[0] = escape(art.dateline()) + paras[0]
    out = [f"<p>{p}</p>" for p in paras]
    if art.source_line:
        out.append(f'<p class="src">Источник: <a href="#" rel="nofollow">{escape(art.source or "")}'
                   "</a></p>")
    return "\n".join(out)


def _more(art: site.Article, base: str) -> str:
    others = [a for a in site.build() if a.num != art.num][:3]
    links = "".join(f'<li><span class="badge">{a.lang}</span> <a href="{base}{a.path}">'
                    f"{escape(a.title[:50])}…</a></li>" for a in others)
    return f'<aside class="more"><h4>{LABELS[art.lang]["more"]}</h4><ul>{links}</ul></aside>'


def _figures(art: site.Article, base: str) -> str:
    credit = f"<figcaption>Фото: {escape(art.photo_credit)}</figcaption>" \
        if art.photo_credit else ""
    return "".join(f'<figure class="pub__photo"><img src="{base}{p}" alt="">'
                   f"{credit if k == 0 else ''}</figure>"
                   for k, p in enumerate(art.image_paths()))


def _meta_row(art: site.Article) -> str:
    row = f'<span class="pub__date">{stamp(art)}</span>'
    if art.views is not None:
        row += (f' <span class="pub__views" title="{LABELS[art.lang]["views"]}">'
                f'<svg class="i-eye" width="14" height="14"></svg> {art.views}</span>')
    return f'<div class="pub__info">{row}</div>'


def _tags(art: site.Article) -> str:
    if not art.tags:
        return ""
    links = ", ".join(f'<a href="/tag/{ru_slug(t)}">{escape(t)}</a>' for t in art.tags)
    return f'<div class="pub__tags">{LABELS[art.lang]["tags"]} {links}</div>'


def _head(art: site.Article, base: str, at: str | None) -> str:
    head = (f'<link rel="canonical" href="{base}{art.path}">'
            f'<link rel="amphtml" href="{base}/amp{at or art.path}">'
            '<link rel="alternate" media="only screen and (max-width: 640px)" '
            f'href="{base}/m{at or art.path}">')
    return head + ('<meta name="robots" content="noindex, follow">' if art.noindex else "")


def article(art: site.Article, base: str, version: str | None, at: str | None = None
            ) -> bytes:
    """The article page (``version``: None, "print", "/amp" or "/m"); ``at``: the URL a merged
    story is served under."""
    if version == "print":
        return _print(art, base)
    if version == "/amp":
        return _amp(art, base)
    if version == "/m":
        return _mobile(art, base)
    here = at or art.path
    kicker = f'<a class="pub__kicker" href="/rubric/{ru_slug(art.category)}">' \
        f"{escape(art.category)}</a>" if art.category else ""
    body = (f'<main><article class="pub">{kicker}<h1 class="pub__title">{escape(art.title)}</h1>'
            f"{_meta_row(art)}{_figures(art, base)}\n<div class=\"pub__text\">\n"
            f"{_paragraphs(art)}\n</div>{_tags(art)}"
            f'<div class="pub__tools"><a href="{here}?print=1" rel="nofollow">'
            f'{LABELS[art.lang]["print"]}</a> · <a href="/m{here}">{LABELS[art.lang]["mobile"]}'
            f"</a></div></article>{_more(art, base)}</main>")
    return _page(art.title, body, art.lang, _head(art, base, at))


def _print(art: site.Article, base: str) -> bytes:
    """Title, date and text only: no photo, rubric, tags or counter."""
    return (f'<!DOCTYPE html><html lang="{art.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(art.title)}</title>"
            f'<link rel="canonical" href="{base}{art.path}">'
            '<meta name="robots" content="noindex, nofollow"></head>'
            '<body class="print" onload="window.print()"><div class="print-logo">'
            f"Центр информации — ic24.kz</div><h1>{escape(art.title)}</h1>"
            f"<div class=\"print-date\">{stamp(art)}</div>{_paragraphs(art)}"
            f'<div class="print-url">{base}{art.path}</div></body></html>').encode()


def _amp(art: site.Article, base: str) -> bytes:
    imgs = "".join(f'<amp-img src="{base}{p}" width="800" height="450" layout="responsive">'
                   "</amp-img>" for p in art.image_paths())
    return (f'<!doctype html><html ⚡ lang="{art.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(art.title)}</title>"
            f'<link rel="canonical" href="{base}{art.path}">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>'
            f"<h1>{escape(art.title)}</h1><p class=\"amp-date\">{stamp(art)}</p>{imgs}"
            f"{_paragraphs(art)}{_tags(art)}</body></html>").encode()


def _mobile(art: site.Article, base: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="{art.lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width">'
            f"<title>{escape(art.title)}</title>"
            f'<link rel="canonical" href="{base}{art.path}"></head><body class="mob">'
            f'<a href="/novosti">←</a><h1 class="m-title">{escape(art.title)}</h1>'
            f'<div class="m-date">{stamp(art)}</div>{_figures(art, base)}'
            f'<div class="m-text">{_paragraphs(art)}</div>{_tags(art)}'
            f'<a href="{base}{art.path}">Полная версия</a></body></html>').encode()


def consent(target: str) -> bytes:
    url = escape(target)
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0;url={url}">'
            "<title>Центр информации</title></head><body>"
            '<div class="consent"><h1>Мы используем файлы cookie</h1>'
            "<p>Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться "
            "сайтом, вы соглашаетесь с их использованием.</p>"
            f'<a class="btn" href="{url}">Принять</a></div></body></html>').encode()


def error_page(kind: str, base: str) -> bytes:
    """A site error shown in the theme, with the popular-news box real sites add."""
    title, text = ERRORS[kind]
    popular = "".join(f'<li><a href="{base}{a.path}">{escape(a.title)}</a></li>'
                      for a in site.build()[:3])
    body = (f'<main class="error"><h1>{title}</h1><p>{text}</p>'
            f'<a href="/novosti">На главную</a><aside><h4>Популярное</h4><ul>{popular}</ul>'
            "</aside></main>")
    return _page(title, body)


def login_wall(title: str, base: str) -> bytes:
    body = (f'<main><article class="pub pub--locked"><h1 class="pub__title">{escape(title)}</h1>'
            '<div class="locked"><p>Войдите, чтобы читать этот материал полностью.</p>'
            '<form action="/login" method="post"><input name="login" placeholder="E-mail">'
            '<input name="password" type="password"><button>Войти</button></form>'
            "</div></article></main>")
    return _page(title, body)


def _item(href: str, title: str, day: date) -> str:
    return (f'<article class="card"><a class="card__link" href="{href}"><h3>{escape(title)}</h3>'
            f'</a><span class="card__date">{day:%d.%m.%Y}</span></article>')


def _decoys(page: int) -> list[str]:
    out = [_item(f"/news/{ru_slug(title)}-u{num}", title, day)
           for num, _, title, on, day in site.DECOYS if on == page]
    if page == 3:
        target = site.merge_target()
        out.append(_item(f"/news/{target.slug}-u{site.MERGED}", target.title, target.day))
    if page == 1:
        out.append(f'<a href="/news/trap-u{site.TRAP_404}" style="display:none">.</a>')
    if page == site.page_count():
        out.append(f'<div style="display: none"><a href="/news/lovushka-u{site.TRAP_SOFT}">'
                   "Новости</a></div>")
    return out


def listing(page: int, base: str) -> bytes:
    items = [_item(a.path, a.title, a.day) for a in site.page_items(page)]
    for k, extra in enumerate(_decoys(page)):
        items.insert(min(2 + 3 * k, len(items)), extra)
    on = ' class="on"'
    links = "".join(f'<a href="/novosti?page={n}"{on if n == page else ""}>{n}</a>'
                    for n in range(1, site.page_count() + 1))
    if page < site.page_count():
        links += f'<a href="/novosti?page={page + 1}" rel="next">Следующая →</a>'
    body = (f'<main class="feed"><h1>Новости</h1>\n{chr(10).join(items)}\n'
            f'<div class="pager">{links}</div></main>')
    return _page("Новости", body)
