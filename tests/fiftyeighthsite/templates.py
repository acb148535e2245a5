"""The fifty-eighth copy's pages, as Django templates on Wagtail would render them.

``base.html`` (cookie banner, currency widget, Bootstrap navbar with a GET search form, a
sidebar with "Самое читаемое" counts, an ad and a newsletter form carrying Django's
``csrfmiddlewaretoken``, a footer with contacts and counters), ``news_page.html`` (headline,
hero rendition with ``srcset`` and the credit as its caption, the info line, the StreamField
blocks, share buttons, the ``ru``-badged "latest" block) and ``news_index_page.html`` (the
``.news_text`` items, a Bootstrap pagination on ``?page=N``).
"""

from __future__ import annotations

import html
import re
import zlib
from datetime import UTC
from functools import cache

from tests.copykit.catalogue import Response
from tests.copykit.routes import HTML
from tests.copykit.text import cut_at_word, ru_slug
from tests.fiftyeighthsite import site

LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
SITE_NAME = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
CSRF = "kq3VZp8wL1nR6tYx0bC4mE9aH2sJ7dFgUo5iWcXeQrTyNvBl"
SHARE = ("https://t.me/share/url?url={u}", "https://api.whatsapp.com/send?text={u}",
         "https://www.facebook.com/sharer/sharer.php?u={u}")
_CYR_O, _LAT_E = "\u043e", "\u0435"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _views(art: site.Article) -> str:
    assert art.views is not None
    grouped = f"{art.views:,}"
    return grouped if art.lang == "en" else grouped.replace(",", "\u00a0")


def _info(art: site.Article) -> str:
    """'20 Апреля 2023 683 Социум Алматы, аким, субботник' in Wagtail's spans and links."""
    parts = [f'<span class="news-info__date">{art.info_date()}</span>']
    if art.views is not None:
        label = ('<i class="bi bi-eye"></i>' if art.quirk != "views_label"
                 else "Views:" if art.lang == "en" else "Просмотров:")
        parts.append(f'<span class="news-info__views">{label} {_views(art)}</span>')
    if art.category:
        parts.append(f'<a class="news-info__rubric" href="/rubric/{ru_slug(art.category)}/">'
                     f"{esc(art.category)}</a>")
    if art.tags:
        links = ", ".join(f'<a href="/tags/{ru_slug(t)}/" rel="tag">{esc(t)}</a>'
                          for t in art.tags)
        parts.append(f'<span class="news-info__tags">{links}</span>')
    return '<div class="news-info text-muted small">' + "\n".join(parts) + "</div>"


def _rendition(name: str, alt: str) -> str:
    stem = f"/media/images/{name}"
    return (f'<img alt="{esc(alt)}" class="img-fluid" height="533" loading="lazy" '
            f'src="{stem}.width-800.jpg" srcset="{stem}.width-400.jpg 400w, '
            f'{stem}.width-800.jpg 800w" sizes="(max-width: 768px) 100vw, 800px" width="800">')


def _homoglyph(text: str, lang: str) -> str:
    """One letter of a long word swapped for its look-alike of the other script."""
    if lang == "en":
        m = re.search(r"\b[A-Za-z]*e[a-z]{2,}\b", text)
        return text if m is None else (text[:m.start()] + m.group().replace("e", _LAT_E, 1)
                                       + text[m.end():])
    m = re.search(rf"\b[а-яё]*{_CYR_O}[а-яё]{{2,}}\b", text)
    return text if m is None else (text[:m.start()] + m.group().replace(_CYR_O, "o", 1)
                                   + text[m.end():])


def _paragraphs(art: site.Article) -> list[str]:
    """The body paragraphs as escaped HTML, the page's hazards in them."""
    raw = art.raw_paragraphs or art.paragraphs
    paras = [esc(p) for p in raw]
    if art.quirk == "nbsp" and len(paras) > 1:
        paras[1] = paras[1].replace(" ", " \u200b", 1).replace(" ", "\u00a0", 1)
    if art.quirk == "homoglyph" and not art.raw_paragraphs:
        paras[-1] = _homoglyph(paras[-1], art.lang)
    first = paras[0]
    if art.quirk == "dateline_bold" and art.place:
        line = art.dateline()
        first = f"<strong>{esc(line[:-3])}</strong> - {first}"
    elif art.place:
        first = esc(art.dateline()) + first
    if art.quirk == "credit_inline":
        first = f"<em>Фото:{esc(art.photo_credit or '')}</em><br>{first}"
    return [first, *paras[1:]]


def _key(text: str) -> str:
    """Wagtail's draftail block key of a paragraph (five characters)."""
    return format(zlib.crc32(text.encode()) % 16**5, "05x")


def _rich(*paras: str) -> str:
    inner = "".join(f'<p data-block-key="{_key(p)}">{p}</p>' for p in paras)
    return f'<div class="block-paragraph"><div class="rich-text">{inner}</div></div>'


def _body(art: site.Article) -> str:
    paras = _paragraphs(art)
    blocks = [_rich(paras[0])]
    rest = paras[1:]
    if art.quirk == "embed_ad":
        blocks.append('<div class="block-embed"><div class="ratio ratio-16x9"><iframe '
                      'src="https://www.youtube.com/embed/x8Qm2kP0aZc" title="YouTube video" '
                      'frameborder="0" allowfullscreen></iframe></div></div>')
        blocks.append('<div class="adv adv-inline"><span class="adv-label">Реклама</span>'
                      '<a href="https://ads.example.kz/click?b=17" rel="nofollow sponsored">'
                      '<img src="/media/banners/halyk-728x90.jpg" alt="" width="728" '
                      'height="90"></a></div>')
    if art.quirk == "quote" and rest:
        blocks.append(f'<div class="block-quote"><blockquote class="blockquote"><p>{rest[0]}'
                      "</p></blockquote></div>")
        rest = rest[1:]
    for name in art.image_names[1:]:
        half = len(rest) // 2
        if rest[:half]:
            blocks.append(_rich(*rest[:half]))
        rest = rest[half:]
        caption = ('<figcaption class="figure-caption">Во время мероприятия</figcaption>'
                   if art.quirk == "caption" else "")
        blocks.append(f'<div class="block-image"><figure class="figure">'
                      f'{_rendition(name, art.title)}{caption}</figure></div>')
    if art.quirk == "read_also":
        other = next(a for a in site.build() if a.num != art.num and a.lang == art.lang)
        label = "Read also" if art.lang == "en" else "Читайте также"
        rest = [rest[0], f'<strong>{label}:</strong> <a href="{other.path}">{esc(other.title)}</a>',
                *rest[1:]] if rest else rest
    tail = [*rest, "&nbsp;"] if art.quirk == "nbsp" else rest
    if tail:
        blocks.append(_rich(*tail))
    if art.source_line and art.source:
        name = esc(art.source)
        if art.quirk == "source_link":
            name = f'<a href="https://kaztag.kz/" rel="noopener" target="_blank">{name}</a>'
        blocks.append(_rich(f"Источник: {name}"))
    return '<div class="news-body">' + "\n".join(blocks) + "</div>"


def _latest(art: site.Article) -> str:
    items = [a for a in site.build() if a.num != art.num][:12]
    links = "\n".join(f'<li><a href="{a.path}"><span class="badge bg-secondary">ru</span> '
                      f"{esc(cut_at_word(a.title, 70))}</a></li>" for a in items)
    return (f'<section class="latest-news"><h3 class="h5">Последние новости</h3>'
            f'<ul class="list-unstyled">{links}</ul></section>')


@cache
def _most_read() -> str:
    top = sorted((a for a in site.build() if a.views), key=lambda a: -(a.views or 0))[:5]
    items = "\n".join(f'<li><a href="{a.path}">{esc(a.title)}</a> '
                      f'<span class="most-read__count"><i class="bi bi-eye"></i> {a.views}'
                      "</span></li>" for a in top)
    return (f'<div class="most-read card"><h3 class="card-header h6">Самое читаемое</h3>'
            f'<ol class="list-group list-group-flush">{items}</ol></div>')


_CURRENCY = ('<div class="currency-widget d-none d-md-flex" id="rates">'
             + "".join(f'<span class="rate">• {c}/KZT <b data-rate="{c.lower()}">0.0</b></span> '
                       for c in ("USD", "EUR", "RUB", "CNY")) + "</div>")


def _page(lang: str, title: str, head: str, main: str, body_class: str) -> bytes:
    sidebar = (f'<aside class="col-lg-4 sidebar">{_most_read()}'
               '<div class="adv adv-sidebar"><span class="adv-label">Реклама</span>'
               '<a href="https://ads.example.kz/click?b=3" rel="nofollow sponsored">'
               '<img src="/media/banners/kaspi-300x250.jpg" alt="" width="300" height="250">'
               "</a></div>"
               '<form class="newsletter card card-body" action="/newsletter/subscribe/" '
               f'method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">'
               '<label for="nl-email">Подпишитесь на рассылку</label>'
               '<input type="email" name="email" id="nl-email" class="form-control" required>'
               '<button type="submit" class="btn btn-primary btn-sm">Подписаться</button>'
               "</form></aside>")
    doc = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/main.8c1f2e.css">
<link rel="icon" href="/static/img/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2KZ4N1P"></script>
</head>
<body class="{body_class}">
<div class="cookie-banner alert alert-dark fixed-bottom" id="cookie-consent" role="alert">
Мы используем файлы cookie для улучшения работы сайта.
<button type="button" class="btn btn-light btn-sm" data-cookie-accept>Принять</button></div>
<header class="site-header border-bottom">
{_CURRENCY}
<nav class="navbar navbar-expand-lg navbar-light"><div class="container">
<a class="navbar-brand" href="/novosti"><img src="/static/img/logo.svg" alt="Центр информации"
 height="40"></a>
<ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/novosti">Новости</a>
</li><li class="nav-item"><a class="nav-link" href="/about/">О нас</a></li>
<li class="nav-item"><a class="nav-link" href="/contacts/">Контакты</a></li></ul>
<form class="d-flex search-form" action="/search/" method="get" role="search">
<input class="form-control me-2" type="search" name="query" placeholder="Поиск по сайту"
 aria-label="Поиск"><button class="btn btn-outline-secondary" type="submit">Найти</button></form>
</div></nav></header>
<main class="container my-4"><div class="row">
{main}
{sidebar}
</div></main>
<footer class="site-footer bg-dark text-light py-4"><div class="container">
<p>© 2014–2026 Центр информации. Все права защищены. При использовании материалов ссылка на
ic24.kz обязательна.</p>
<address>050000, г. Алматы, ул. Толе би, 101, офис 12 · +7 (727) 250-00-00 ·
<a href="mailto:info@ic24.kz">info@ic24.kz</a></address>
<div class="counters"><img src="https://counter.yadro.ru/hit?t44.1" alt="" width="31" height="31">
<noscript><div><img src="https://mc.yandex.ru/watch/90123456" style="position:absolute;
 left:-9999px;" alt=""></div></noscript></div>
</div></footer>
<script src="/static/js/bootstrap.bundle.min.js"></script>
<script src="/static/js/rates.js" defer></script>
</body>
</html>
"""
    return doc.encode("utf-8")


def _head(art: site.Article, base: str) -> str:
    url = base + art.path
    locale = "ru_RU" if art.quirk == "lang_ru" else LOCALE[art.lang]
    image = base + (art.image_paths()[0] if art.image_names else "/static/img/og-default.png")
    lines = [f'<link rel="canonical" href="{url}">',
             f'<meta name="description" content="{esc(cut_at_word(art.paragraphs[0], 150))}">',
             f'<meta property="og:title" content="{esc(art.title)}">',
             '<meta property="og:type" content="article">',
             f'<meta property="og:url" content="{url}">',
             f'<meta property="og:image" content="{image}">',
             f'<meta property="og:locale" content="{locale}">']
    if art.clock:
        stamp = art.local.isoformat()
        if art.quirk == "utc_meta":
            stamp = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(f'<meta property="article:published_time" content="{stamp}">')
    return "\n".join(lines)


def article(art: site.Article, base: str) -> Response:
    lang = "ru" if art.quirk == "lang_ru" else art.lang
    hero = ""
    if art.image_names:
        caption = (f'<figcaption class="photo-credit small text-muted">Фото:{esc(art.photo_credit)}'
                   "</figcaption>" if art.photo_credit and art.quirk != "credit_inline" else "")
        photo = _rendition(art.image_names[0], art.title)
        hero = f'<figure class="news-hero">{photo}{caption}</figure>'
    url = base + art.path
    share = " ".join(f'<a class="share-{n}" href="{u.format(u=url)}" target="_blank" '
                     f'rel="noopener">{n.capitalize()}</a>'
                     for n, u in zip(("telegram", "whatsapp", "facebook"), SHARE, strict=True))
    main = f"""<article class="col-lg-8 news-detail">
<h1 class="news-title">{esc(art.title)}</h1>
{hero}
{_info(art)}
{_body(art)}
<div class="share-buttons">Поделиться: {share}</div>
{_latest(art)}
</article>"""
    title = f"{art.title} — {SITE_NAME['ru' if art.quirk == 'lang_ru' else art.lang]}"
    doc = _page(lang, title, _head(art, base), main, "template-newspage")
    return 200, {"Content-Type": HTML, "X-Frame-Options": "DENY",
                 "Vary": "Cookie, Accept-Language"}, doc


def listing(page: int, base: str) -> Response:
    items = "\n".join(f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
                      f'<p class="text-muted">{a.info_date()}</p></div>'
                      for a in site.page_items(page))
    count = site.page_count()
    pages = []
    for n in range(1, count + 1):
        href = site.LISTING if n == 1 else f"?page={n}"
        active = ' active" aria-current="page' if n == page else ""
        pages.append(f'<li class="page-item{active}"><a class="page-link" href="{href}">{n}</a>'
                     "</li>")
    nav = f'<nav aria-label="Страницы"><ul class="pagination">{"".join(pages)}</ul></nav>'
    main = (f'<section class="col-lg-8 news-index"><h1>Новости</h1>\n{items}\n{nav}</section>')
    doc = _page("ru", "Новости — Центр информации", f'<link rel="canonical" href="{base}/novosti">',
                main, "template-newsindexpage")
    return 200, {"Content-Type": HTML}, doc


def not_found() -> bytes:
    return _page("ru", "Страница не найдена — Центр информации", "",
                 '<section class="col-lg-8"><h1>Страница не найдена</h1><p>Запрошенная страница '
                 'не существует. <a href="/novosti">Вернуться к новостям</a></p></section>',
                 "template-404")
