"""Markup shared by the sixth copy's templates: the page frame, the text blocks, the listing.

The text of every template is built here from the same blocks, each template styling them its
own way: the dateline, photos with a "Фото: X" caption, a "Читайте также" block and an embed
inside the text, an empty paragraph, the ``Источник:`` paragraph and a share widget.
"""

from __future__ import annotations

import html
from datetime import date

from tests.copykit.text import ru_slug
from tests.sixthsite.site import Article, build, page_count, page_items

READ_ALSO = {"ru": "Читайте также", "en": "Read also", "kk": "Сондай-ақ оқыңыз"}
RATES = "".join(f'<span class="rate">{c}/KZT <b class="js-rate">0.0</b></span> • '
                for c in ("USD", "EUR", "RUB", "CNY"))


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def older(art: Article, step: int = 1) -> Article:
    """Another article of the copy (the next older one, wrapping round): read-also target."""
    arts = build()
    return arts[(arts.index(art) + step) % len(arts)]


def rubric_slug(name: str) -> str:
    return ru_slug(name) or "news"


def tweet(art: Article) -> str:
    words = {"ru": "Глава государства провёл встречу с представителями бизнеса.",
             "en": "The Head of State met with business representatives.",
             "kk": "Мемлекет басшысы бизнес өкілдерімен кездесті."}[art.lang]
    return (f'<blockquote class="twitter-tweet" data-lang="{art.lang}"><p lang="{art.lang}" '
            f'dir="ltr">{esc(words)} <a href="https://t.co/x{art.num}">pic.twitter.com/x'
            f"{art.num}</a></p>&mdash; Акорда (@AkordaPress) <a href=\"https://twitter.com/"
            f'AkordaPress/status/1{art.num}">{art.day:%B %d, %Y}</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8">'
            "</script>")


def embed(art: Article) -> str:
    if art.embed == "tweet":
        return tweet(art)
    if art.embed == "telegram":
        return ('<script async src="https://telegram.org/js/telegram-widget.js?22" '
                f'data-telegram-post="ic24kz/{art.num % 9000}" data-width="100%"></script>')
    return ('<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="'
            f'wp-block-embed__wrapper"><iframe width="640" height="360" src="https://www.youtube.'
            f'com/embed/v{art.num}" frameborder="0" allowfullscreen></iframe></div></figure>')


def first_paragraph(art: Article, raw: str, style: str) -> str:
    """The dateline run into the first paragraph: plain, or the place/day bold."""
    if not art.place:
        return esc(raw)
    if style == "bold":
        return f"<b>{esc(art.dateline().removesuffix(' - '))}</b> - {esc(raw)}"
    return esc(art.dateline() + raw)


def paragraphs(art: Article, style: str) -> list[str]:
    """The text paragraphs as inner HTML (hazards of the seed dumps kept)."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    return [first_paragraph(art, raw[0], style), *(esc(p) for p in raw[1:])]


def source_label(art: Article) -> str:
    return "Дереккөз:" if art.lang == "kk" and art.cms == "next" else "Источник:"


def source_paragraph(art: Article) -> str | None:
    if not (art.source and art.source_line):
        return None
    label, src = source_label(art), esc(art.source)
    if art.cms == "wp":
        return (f'<p>{label} <a href="https://{ru_slug(art.source)}.kz/" target="_blank" '
                f'rel="noopener noreferrer">{src}</a></p>')
    if art.cms == "bitrix":
        return f"<p><b>{label}</b> {src}</p>"
    return f"<p><em>{label} {src}</em></p>"


def sidebar_items(current: Article | None, tag: str = "li") -> str:
    newest = [a for a in build() if a is not current][:8]
    return "".join(f'<{tag}><span class="lang">{a.lang}</span> <a href="{a.path}">'
                   f"{esc(a.title[:52])}{'…' if len(a.title) > 52 else ''}</a></{tag}>"
                   for a in newest)


def header() -> str:
    return (f'<div class="currency-widget">• {RATES}</div><nav class="main-menu"><a href="/">'
            'Главная</a> <a href="/novosti/">Новости</a> <a href="/novosti/ekonomika/">Экономика'
            '</a> <a href="/novosti/obshchestvo/">Общество</a> <a href="/about/">О нас</a></nav>')


def footer() -> str:
    return ('<footer class="site-footer"><p>© 2012–2026 Центр информации. При цитировании '
            'гиперссылка на ic24.kz обязательна.</p><a href="https://t.me/ic24kz">Telegram</a> '
            '<a href="https://www.facebook.com/ic24kz">Facebook</a></footer>'
            '<script>document.querySelectorAll(".js-rate").forEach(function(e){/* rates */});'
            "</script>")


def day_numeric(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    items = page_items(n)
    cards = "".join(
        f'<div class="news-item" id="bx_3218110189_{a.num}"><a class="news-item__img" '
        f'href="{a.path}"><img src="/upload/resize_cache/{a.num}.jpg" alt=""></a>'
        f'<div class="news-item__body"><a class="news-item__title" href="{a.path}">'
        f'{esc(a.title)}</a><span class="news-item__date">{day_numeric(a.day)}</span>'
        f'<p class="news-item__preview">{esc(a.paragraphs[0][:140])}…</p></div></div>'
        for a in items)
    href = lambda k: "/novosti/" if k == 1 else f"/novosti/?PAGEN_1={k}"  # noqa: E731
    nums = " ".join(f'<span class="modern-page-current">{k}</span>' if k == n else
                    f'<a href="{href(k)}" class="modern-page-page">{k}</a>'
                    for k in range(1, page_count() + 1))
    prev = f'<a class="modern-page-previous" href="{href(n - 1)}">Пред.</a> ' if n > 1 else ""
    nxt = (f' <a class="modern-page-next" href="{href(n + 1)}">След.</a>'
           if n < page_count() else "")
    page = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Новости — '
            f'Центр информации</title><link rel="canonical" href="{base}/novosti/"></head><body>'
            f'{header()}<main><h1>Новости</h1><div class="news-list">{cards}</div>'
            f'<div class="modern-page-navigation"><span class="modern-page-title">Страницы:'
            f"</span> {prev}{nums}{nxt}</div></main>{footer()}</body></html>")
    return 200, {"Content-Type": "text/html; charset=UTF-8"}, page.encode()


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    from tests.sixthsite import modern, wordpress

    render = {"wp": wordpress.page, "bitrix": modern.bitrix, "next": modern.nextjs}[art.cms]
    return 200, {"Content-Type": "text/html; charset=UTF-8"}, render(art, base).encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><title>Страница не найдена</title></head>'
            "<body><h1>404</h1><p>Страница не найдена</p></body></html>").encode()
