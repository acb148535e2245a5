"""The sixty-first copy's Hugo templates: baseof, single, list, the alias page, sitemap, RSS."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import UTC, date, timedelta
from urllib.parse import quote

from tests.copykit.catalogue import MONTHS, Response
from tests.copykit.routes import HTML
from tests.copykit.text import cut_at_word
from tests.sixtyfirstsite import site
from tests.sixtyfirstsite.site import Article

GENERATOR = "Hugo 0.121.2"
SITE_NAME = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
HTML_LANG = {"ru": "ru", "en": "en", "kk": "kk"}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
MENU = ["Социум", "Экономика", "Политика", "Происшествия", "Культура", "Спорт"]
_ENTITIES = {"«": "&laquo;", "»": "&raquo;", "—": "&mdash;", "–": "&ndash;", "’": "&rsquo;",
             "…": "&hellip;", "\u00a0": "&nbsp;"}


def esc(text: str) -> str:
    """Hugo's html/template escaping (a straight quote becomes ``&#39;``)."""
    return html.escape(text, quote=True).replace("&#x27;", "&#39;")


def md(text: str) -> str:
    """A typographed Markdown paragraph as Goldmark writes it: entities for the typography."""
    out = html.escape(text, quote=False)
    for char, entity in _ENTITIES.items():
        out = out.replace(char, entity)
    return out


def para_html(a: Article, text: str) -> str:
    return md(text) if a.markdown else html.escape(text, quote=False)


def date_line(a: Article) -> str:
    """'20 Апреля 2023', 'April 19, 2021', '2021 жылғы 16 сәуір'."""
    month = MONTHS[a.lang][a.day.month - 1]
    if a.lang == "en":
        return f"{month} {a.day.day}, {a.day.year}"
    if a.lang == "kk":
        return f"{a.day.year} жылғы {a.day.day} {month}"
    return f"{a.day.day} {month.capitalize()} {a.day.year}"


def stamp(a: Article) -> str:
    if a.dev == "utc":
        return a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return a.local.isoformat()


def term_url(kind: str, name: str) -> str:
    return f"/{kind}/{quote(name.lower().replace(' ', '-'))}/"


def _rates() -> str:
    items = "".join(f'<li class="rate">• {pair} <span class="rate-value" data-pair="{pair}">0.0'
                    "</span></li>" for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"))
    return f'<ul class="currency-widget" id="rates">{items}</ul>'


def _head(title: str, lang: str, canonical: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{HTML_LANG[lang]}" dir="ltr"><head>'
            '<meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="generator" content="{GENERATOR}">'
            f"<title>{title}</title>"
            f'<link rel="canonical" href="{canonical}">'
            '<link rel="stylesheet" href="/css/main.min.3f2a9c1e.css" integrity="sha256-Pz'
            'qcHi0x">'
            '<link rel="alternate" type="application/rss+xml" href="/novosti/index.xml" '
            f'title="{SITE_NAME["ru"]}">{extra}'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX1KZ24"></script>'
            "</head>")


def _header(lang: str) -> str:
    menu = "".join(f'<li><a href="{term_url("categories", r)}">{r}</a></li>' for r in MENU)
    return ('<div class="cookie-banner" id="cookie-consent" hidden><p>Мы используем cookie для '
            'статистики. <a href="/privacy/">Подробнее</a></p><button type="button">Понятно'
            '</button></div>'
            f'<header class="site-header"><div class="topbar">{_rates()}'
            '<time class="today" id="today"></time></div>'
            f'<a class="logo" href="/"><img src="/images/logo.svg" alt="{SITE_NAME["ru"]}"></a>'
            f'<nav class="main-menu"><ul>{menu}<li><a href="/en/">English</a></li></ul></nav>'
            '<form class="search" action="/search/" method="get" role="search">'
            '<input type="search" name="q" placeholder="Поиск по сайту" aria-label="Поиск">'
            '<button type="submit">Найти</button></form></header>')


def _ad(slot: str) -> str:
    return (f'<div class="ad ad-{slot}"><span class="ad-label">Реклама</span>'
            '<ins class="adsbygoogle" data-ad-client="ca-pub-4415161718190000" '
            f'data-ad-slot="{slot}"></ins><div id="yandex_rtb_R-A-1234567-{slot}"></div></div>')


def _most_read(current: Article | None) -> str:
    counted = sorted((a for a in site.build() if a.views and a is not current),
                     key=lambda a: -(a.views or 0))[:5]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="count">'
                    f"{a.views}</span></li>" for a in counted)
    return f'<section class="most-read"><h3>Самое читаемое</h3><ol>{items}</ol></section>'


def _latest() -> str:
    items = "".join(f'<li><span class="badge lang">{a.lang}</span> '
                    f'<a href="{a.path}">{esc(cut_at_word(a.title, 60))}</a></li>'
                    for a in site.build()[:12])
    return f'<aside class="latest-news"><h3>Последние новости</h3><ul>{items}</ul></aside>'


def _footer() -> str:
    return ('<footer class="site-footer"><div class="contacts"><p>Центр информации · '
            "г. Алматы, ул. Кабанбай батыра, 77, офис 12</p><p>Тел.: +7 (727) 250-14-14 · "
            '<a href="mailto:info@ic24.kz">info@ic24.kz</a></p><p>Свидетельство о постановке на '
            "учёт СМИ № 16789-СИ от 12.02.2018</p></div>"
            '<p class="copy">© 2017–2026 Центр информации. При использовании материалов '
            "ссылка на ic24.kz обязательна.</p>"
            '<p class="built">Сайт собран на <a href="https://gohugo.io/">Hugo</a></p></footer>'
            '<script src="https://gc.zgo.at/count.js" data-goatcounter="https://ic24.goatcounter.'
            'com/count" async></script><script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){'
            "(m[i].a=m[i].a||[]).push(arguments)};})(window,document,'script','https://mc.yand"
            "ex.ru/metrika/tag.js','ym');ym(87654321,'init',{webvisor:true});</script>"
            '<script src="/js/rates.min.js" defer></script><script src="/js/views.min.js" defer>'
            "</script><script src=\"/js/cookie.min.js\" defer></script></body></html>")


def page(body: str) -> Response:
    return 200, {"Content-Type": HTML, "Cache-Control": "public, max-age=600",
                 "Server": "cloudflare", "CF-Cache-Status": "HIT"}, body.encode("utf-8")


# --------------------------------------------------------------------------- the article


def _cover(a: Article, base: str) -> str:
    if not a.images:
        return ""
    src = a.image_paths()[0]
    credit = f"Фото:{a.photo_credit}" if a.photo_credit else ""
    if a.dev == "caption_credit":
        credit = f"Участники мероприятия. {credit}"
    caption = f"<figcaption><p>{esc(credit)}</p></figcaption>" if credit else ""
    return (f'<figure class="post-cover"><img src="{src}" alt="{esc(a.title)}" width="800" '
            f'height="533" loading="eager" decoding="async">{caption}</figure>')


def _views(a: Article) -> str:
    shown = "…" if a.views is None else str(a.views)
    return (f'<span class="post-views" title="Просмотры" data-goatcounter-path="{a.path}">'
            f'<svg class="icon" aria-hidden="true"><use href="#eye"></use></svg>'
            f'<span class="views-count">{shown}</span></span>')


def _info(a: Article) -> str:
    date_cls = "dt-published post-date" if a.dev == "hentry" else "post-date"
    parts = [f'<time class="{date_cls}" datetime="{stamp(a)}">{date_line(a)}</time>']
    if a.dev == "readingtime":
        minutes = max(1, sum(len(p.split()) for p in a.paragraphs) // 200 + 1)
        word = "min read" if a.lang == "en" else "мин"
        parts.append(f'<span class="reading-time">· {minutes} {word}</span>')
    parts.append(_views(a))
    if a.category:
        cls = "p-category post-category" if a.dev == "hentry" else "post-category"
        parts.append(f'<a class="{cls}" href="{term_url("categories", a.category)}">'
                     f"{esc(a.category)}</a>")
    if a.tags:
        links = ", ".join(f'<a href="{term_url("tags", t)}" rel="tag">{esc(t)}</a>'
                          for t in a.tags)
        parts.append(f'<span class="post-tags">{links}</span>')
    line = " ".join(parts)
    if a.dev == "updated":
        later = a.day + timedelta(days=2)
        label = "Updated:" if a.lang == "en" else "Обновлено:"
        line += (f' <span class="post-updated">{label} <time datetime="{later.isoformat()}'
                 f'T10:00:00{a.local.isoformat()[-6:]}">{date_line_of(a, later)}</time></span>')
    return f'<div class="post-meta">{line}</div>'


def date_line_of(a: Article, day: date) -> str:
    return date_line(replace(a, day=day))


def _body(a: Article) -> str:
    raw = list(a.raw_paragraphs or a.paragraphs)
    blocks = [para_html(a, p) for p in raw]
    if a.place:
        blocks[0] = esc(a.dateline()).replace("&#39;", "'") + blocks[0]
    out = [f"<p>{b}</p>" for b in blocks]
    if a.dev == "list":
        items = "".join(f"<li>{b}</li>" for b in blocks[-2:])
        out[-2:] = [f"<ul>{items}</ul>"]
    elif a.dev == "quote":
        out[-1] = f"<blockquote>\n<p>{blocks[-1]}</p>\n</blockquote>"
    elif a.dev == "footnote":
        out[1] = out[1].replace("</p>", '<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" '
                                'role="doc-noteref">1</a></sup></p>')
    elif a.dev == "figure":
        src = a.image_paths()[1]
        cap = "На месте событий" if a.lang != "en" else "At the scene"
        out.insert(2, f'<figure><img src="{src}" alt="" loading="lazy"><figcaption>\n<p>'
                      f"{cap}. Фото:{a.photo_credit or 'пресс-служба'}</p>\n</figcaption>"
                      "</figure>")
    if a.raw_paragraphs is not None or a.num % 4 == 1:
        out.append("<p>&nbsp;</p>")
    if a.source_line and a.source:
        if a.dev == "source_link":
            out.append(f'<p><em>Источник: <a href="https://example.kz/" target="_blank" '
                       f'rel="noopener">{esc(a.source)}</a></em></p>')
        else:
            out.append(f"<p>Источник: {esc(a.source)}</p>")
    if a.dev == "footnote":
        note = a.footnote()
        out.append('<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n<li id="fn:1">\n'
                   f'<p>{note}&#160;<a href="#fnref:1" class="footnote-backref" '
                   'role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n</ol>\n</div>')
    return "\n".join(out)


def _share(a: Article, base: str) -> str:
    url = quote(base + a.path, safe="")
    return ('<div class="share"><span>Поделиться:</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>'
            f'<a href="https://t.me/share/url?url={url}">Telegram</a>'
            f'<a href="https://wa.me/?text={url}">WhatsApp</a>'
            f'<a href="https://vk.com/share.php?url={url}">ВКонтакте</a></div>')


def article(a: Article, base: str) -> Response:
    canonical = base + a.path
    image = base + a.image_paths()[0] if a.images else base + "/images/og-default.png"
    summary = esc(a.paragraphs[0][:160])
    tags = "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in a.tags)
    meta = (f'<meta name="description" content="{summary}">'
            f'<meta property="og:title" content="{esc(a.title)}">'
            f'<meta property="og:description" content="{summary}">'
            f'<meta property="og:type" content="article"><meta property="og:url" '
            f'content="{canonical}"><meta property="og:image" content="{image}">'
            f'<meta property="og:locale" content="{LOCALE[a.lang]}">'
            f'<meta property="og:site_name" content="{SITE_NAME[a.lang]}">'
            f'<meta property="article:section" content="news">'
            f'<meta property="article:published_time" content="{stamp(a)}">'
            f'<meta property="article:modified_time" content="{stamp(a)}">{tags}'
            f'<meta name="twitter:card" content="summary_large_image">'
            f'<meta name="twitter:title" content="{esc(a.title)}">'
            f'<meta itemprop="name" content="{esc(a.title)}">'
            f'<meta itemprop="datePublished" content="{stamp(a)}">'
            f'<meta itemprop="wordCount" content="{sum(len(p.split()) for p in a.paragraphs)}">'
            f'<meta itemprop="keywords" content="{esc(",".join(a.tags))}">')
    head = _head(f"{esc(a.title)} | {SITE_NAME[a.lang]}", a.lang, canonical, meta)
    hentry = a.dev == "hentry"
    art_cls = "h-entry post" if hentry else "post"
    title_cls = "p-name post-title" if hentry else "post-title"
    content_cls = "e-content" if hentry else "post-content"
    body = (f"{head}<body class=\"single kind-page section-news lang-{a.lang}\">{_header(a.lang)}"
            f'<main class="container"><div class="row"><div class="col-main">'
            f'<nav class="breadcrumbs"><a href="/">Главная</a> / <a href="{site.LISTING}">'
            f"Новости</a></nav>"
            f'<article class="{art_cls}">'
            f'<header class="post-header"><h1 class="{title_cls}">{esc(a.title)}</h1></header>'
            f"{_cover(a, base)}{_info(a)}{_ad('top')}"
            f'<div class="{content_cls}">\n{_body(a)}\n</div>'
            f"{_share(a, base)}</article>{_ad('bottom')}{_latest()}</div>"
            f'<div class="col-side">{_most_read(a)}{_ad("side")}</div></div></main>'
            f"{_footer()}")
    return page(body)


# --------------------------------------------------------------------------- the listing


def _item(a: Article) -> str:
    summary = md(a.paragraphs[0])
    if len(summary) > 200:
        summary = summary[:200].rsplit(" ", 1)[0] + " …"
    return (f'<article class="post-summary news_text">'
            f'<h2 class="post-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
            f'<p class="post-date"><time datetime="{stamp(a)}">{date_line(a)}</time></p>'
            f'<div class="post-excerpt">{summary}</div>'
            f'<a class="read-more" href="{a.path}">Читать далее →</a></article>')


def _pager(n: int, count: int) -> str:
    def href(k: int) -> str:
        return site.LISTING if k == 1 else f"{site.LISTING}page/{k}/"

    items = []
    if n > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(1)}" '
                     'aria-label="First">««</a></li>')
        items.append(f'<li class="page-item"><a class="page-link" href="{href(n - 1)}" '
                     'aria-label="Previous">«</a></li>')
    for k in range(max(1, n - 2), min(count, n + 2) + 1):
        active = " active" if k == n else ""
        items.append(f'<li class="page-item{active}"><a class="page-link" href="{href(k)}">'
                     f"{k}</a></li>")
    if n < count:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(n + 1)}" '
                     'aria-label="Next">»</a></li>')
        items.append(f'<li class="page-item"><a class="page-link" href="{href(count)}" '
                     'aria-label="Last">»»</a></li>')
    return f'<ul class="pagination pagination-default">{"".join(items)}</ul>'


def listing(n: int, base: str) -> Response:
    count = site.page_count()
    here = base + (site.LISTING if n == 1 else f"{site.LISTING}page/{n}/")
    extra = ""
    if n > 1:
        extra += f'<link rel="prev" href="{base}{site.LISTING}">'
    head = _head("Новости | Центр информации" + (f" | Страница {n}" if n > 1 else ""), "ru",
                 here, extra)
    items = "".join(_item(a) for a in site.page_items(n))
    body = (f'{head}<body class="list kind-section section-news">{_header("ru")}'
            f'<main class="container"><div class="row"><div class="col-main">'
            f'<h1 class="list-title">Новости</h1>{_ad("list")}'
            f'<div class="news-list">{items}</div>{_pager(n, count)}</div>'
            f'<div class="col-side">{_most_read(None)}</div></div></main>{_footer()}')
    return page(body)


def alias(target: str) -> Response:
    """Hugo's alias page (what ``/novosti/page/1/`` is)."""
    return page(f'<!DOCTYPE html><html lang="ru"><head><title>{target}</title>'
                f'<link rel="canonical" href="{target}"><meta name="robots" content="noindex">'
                f'<meta charset="utf-8"><meta http-equiv="refresh" content="0; url={target}">'
                "</head></html>")


def sitemap(base: str) -> Response:
    urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{stamp(a)}</lastmod></url>"
                   for a in site.build())
    body = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.'
            f'sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}{site.LISTING}</loc></url>{urls}'
            "</urlset>")
    return 200, {"Content-Type": "application/xml"}, body.encode("utf-8")


def rss(base: str) -> Response:
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{base}{a.path}</link>"
        f"<pubDate>{a.local.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
        f"<guid>{base}{a.path}</guid><description>{esc(md(a.paragraphs[0]))}</description></item>"
        for a in site.page_items(1))
    body = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0"><channel>'
            f"<title>Новости on Центр информации</title><link>{base}{site.LISTING}</link>"
            f"<generator>Hugo -- gohugo.io</generator><language>ru</language>{items}"
            "</channel></rss>")
    return 200, {"Content-Type": "application/rss+xml"}, body.encode("utf-8")


def not_found() -> bytes:
    return (f'{_head("404 — страница не найдена", "ru", "/404.html")}<body class="page-404">'
            f'{_header("ru")}<main class="container"><h1>404</h1><p>Страница не найдена. '
            f'<a href="{site.LISTING}">Все новости</a></p></main>{_footer()}').encode()

