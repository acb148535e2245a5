"""What the fifteenth copy's four templates share: labels, dates shown relative to the day of the
request, the language switcher and ``hreflang`` links, the page frame and the listing."""

from __future__ import annotations

import html
from datetime import date, datetime

from tests.copykit.catalogue import AGENCY, ALMATY, MONTHS, Response
from tests.copykit.text import ru_slug
from tests.fifteenthsite.site import SECTIONS, Article, build, by_num, page_count, section

PER_PAGE_LABELS = {"ru": ("Новости", "Далее", "Назад"), "en": ("News", "Next", "Previous"),
                   "kk": ("Жаңалықтар", "Келесі", "Алдыңғы")}
SWITCH = (("ru", "РУС"), ("kk", "ҚАЗ"), ("en", "ENG"))
HREFLANG = {"ru": "ru", "en": "en", "kk": "kk"}
LABELS = {  # views, tags, photo, source, latest
    "ru": ("Просмотров", "Теги", "Фото", "Источник", "Последние новости"),
    "en": ("Views", "Tags", "Photo", "Source", "Latest news"),
    "kk": ("Қаралды", "Тегтер", "Фото", "Дереккөз", "Соңғы жаңалықтар"),
}
RATES = "".join(f'<li>{c}/KZT <span class="js-rate">0.0</span></li>'
                for c in ("USD", "EUR", "RUB", "CNY"))


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def thousands(n: int) -> str:
    """A count as the portals print it: ``1&nbsp;315``."""
    return f"{n:,}".replace(",", "&nbsp;")


def _clock(art: Article) -> str:
    assert art.clock is not None
    if art.lang != "en":
        return f"{art.clock:%H:%M}"
    hour = art.clock.hour % 12 or 12
    return f"{hour}:{art.clock:%M} {'AM' if art.clock.hour < 12 else 'PM'}"


def relative(art: Article, today: date) -> str | None:
    """'Сегодня, 15:40' / 'Бүгін 15:40' / 'Yesterday, 9:05 AM' for today and yesterday."""
    ago = (today - art.day).days
    if art.clock is None or ago not in (0, 1):
        return None
    word = {"ru": ("Сегодня,", "Вчера,"), "kk": ("Бүгін", "Кеше,"),
            "en": ("Today,", "Yesterday,")}[art.lang][ago]
    return f"{word} {_clock(art)}"


def shown_date(art: Article, style: str) -> str:
    """The page's date line, computed when the page is served (Asia/Almaty's today)."""
    near = relative(art, datetime.now(ALMATY).date())
    if near:
        return near
    if style == "numeric":
        day = f"{art.day:%d.%m.%Y}"
        return f"{day} | {art.clock:%H:%M}" if art.clock else day
    month = MONTHS[art.lang][art.day.month - 1]
    day = f"{art.day.day} {month} {art.day.year}"
    return f"{day}, {art.clock:%H:%M}" if art.clock else day


def versions(art: Article) -> dict[str, Article]:
    """The article in every language it exists in, itself included."""
    arts = by_num()
    return {art.lang: art, **{arts[n].lang: arts[n] for n in art.translations}}


def alternates(art: Article, base: str) -> str:
    found = versions(art)
    if len(found) == 1:
        return ""
    links = [f'<link rel="alternate" hreflang="{HREFLANG[lang]}" href="{base}{a.path}">'
             for lang, a in found.items()]
    default = found.get("ru", art)
    fallback = f'<link rel="alternate" hreflang="x-default" href="{base}{default.path}">'
    return "".join(links) + fallback


def switcher(lang: str, targets: dict[str, str]) -> str:
    """'РУС | ҚАЗ | ENG': the other language's version, else its section's front page."""
    items = "".join(
        f'<li class="{"active" if code == lang else ""}"><a href="'
        f'{targets.get(code, SECTIONS[code])}" hreflang="{HREFLANG[code]}">{label}</a></li>'
        for code, label in SWITCH)
    return f'<ul class="lang-switcher">{items}</ul>'


def header(lang: str, targets: dict[str, str]) -> str:
    nav = {"ru": ("Новости", "Экономика", "Общество"), "en": ("News", "Economy", "Society"),
           "kk": ("Жаңалықтар", "Экономика", "Қоғам")}[lang]
    home = SECTIONS[lang]
    return (f'<header class="site-header"><a class="logo" href="{home}"><img src="/static/img/'
            f'logo-ic24.svg" alt="{AGENCY[lang]}"></a><ul class="currency">{RATES}</ul>'
            f'{switcher(lang, targets)}<nav class="menu"><a href="{home}">{nav[0]}</a> '
            f'<a href="{home}?rubric=economy">{nav[1]}</a> <a href="{home}?rubric=society">'
            f"{nav[2]}</a></nav></header>")


def footer() -> str:
    return ('<footer class="site-footer"><p>© 2012–2026 «Центр информации». Все права защищены. '
            'При использовании материалов ссылка на ic24.kz обязательна.</p>'
            '<div class="share"><a href="https://t.me/share/url">Telegram</a> <a href="https://'
            'wa.me/">WhatsApp</a></div></footer><script src="/static/js/rates.js"></script>')


def latest(art: Article) -> str:
    """The section's newest headlines with a language badge (a sidebar, not related stories)."""
    items = [a for a in section(art.lang) if a is not art][:6]
    rows = "".join(f'<li><span class="badge">{a.lang}</span> <a href="{a.path}">{esc(a.title)}'
                   "</a></li>" for a in items)
    return f'<aside class="sidebar"><h3>{LABELS[art.lang][4]}</h3><ul>{rows}</ul></aside>'


def frame(art: Article, base: str, head_extra: str, main: str, html_lang: str | None = None) -> str:
    targets = {lang: a.path for lang, a in versions(art).items()}
    return (f'<!DOCTYPE html><html lang="{html_lang or art.lang}"><head><meta charset="utf-8">'
            f"<title>{esc(art.title)} — {AGENCY[art.lang]}</title>"
            f'<link rel="canonical" href="{base}{art.path}">{alternates(art, base)}{head_extra}'
            f"</head><body>{header(art.lang, targets)}<div class=\"wrapper\"><main>{main}</main>"
            f"{latest(art)}</div>{footer()}</body></html>")


def first_inner(art: Article, bold: bool = False) -> list[str]:
    """The paragraphs' inner HTML, the dateline run into the first one."""
    inner = list(art.html)
    if art.place:
        line = art.dateline()
        head = f"<strong>{esc(line.removesuffix(' - '))}</strong> - " if bold else esc(line)
        inner[0] = head + inner[0]
    return inner


def rubric_href(art: Article) -> str:
    return f"{SECTIONS[art.lang]}?rubric={ru_slug(art.category or '') or 'news'}"


def tag_links(art: Article, cls: str) -> str:
    return " ".join(f'<a class="{cls}" href="/tag/{ru_slug(t) or t.lower()}">{esc(t)}</a>'
                    for t in art.tags)


def listing(lang: str, n: int, base: str) -> Response:
    from tests.fifteenthsite.site import PER_PAGE

    items = section(lang)[(n - 1) * PER_PAGE: n * PER_PAGE]
    cards = "".join(
        f'<div class="news-card"><a class="news-card__title" href="{a.path}">{esc(a.title)}</a>'
        f'<span class="news-card__date">{shown_date(a, "numeric")}</span></div>' for a in items)
    home, (title, nxt, prev) = SECTIONS[lang], PER_PAGE_LABELS[lang]
    pages = [f'<a href="{home}?page={k}">{k}</a>' if k != n else f"<span>{k}</span>"
             for k in range(1, page_count(lang) + 1)]
    if n > 1:
        pages.insert(0, f'<a rel="prev" href="{home}?page={n - 1}">{prev}</a>')
    if n < page_count(lang):
        pages.append(f'<a rel="next" class="next" href="{home}?page={n + 1}">{nxt}</a>')
    alts = "".join(f'<link rel="alternate" hreflang="{HREFLANG[k]}" href="{base}{v}">'
                   for k, v in SECTIONS.items())
    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — '
            f'{AGENCY[lang]}</title><link rel="canonical" href="{base}{home}">{alts}</head><body>'
            f'{header(lang, {})}<main><h1>{title}</h1><div class="news-list">{cards}</div>'
            f'<div class="pagination">{" ".join(pages)}</div></main>{footer()}</body></html>')
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>404</title></head>'
            "<body><h1>Страница не найдена</h1></body></html>").encode()


__all__ = ["build", "listing", "not_found"]
