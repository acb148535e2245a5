"""The sixty-fifth copy's markup: Blade views of a Laravel 11 news application (layouts.app,
news.index, news.show, errors.404), an Inertia root (``data-page``) on a few pages and a
Livewire views counter on others."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, date
from html import escape
from typing import Any

from tests.copykit.catalogue import MONTHS
from tests.copykit.text import EN_MONTHS, cut_at_word, ru_slug

VITE_CSS = "/build/assets/app-4f3a2c1b.css"
VITE_JS = "/build/assets/app-9c1d2e3f.js"
RATES = ("USD", "EUR", "RUB", "CNY")
UI = {
    "ru": {"latest": "Последние новости", "read": "Самое читаемое", "share": "Поделиться:",
           "ad": "Реклама", "caption": "Иллюстративное фото", "search": "Поиск по сайту"},
    "en": {"latest": "Latest news", "read": "Most read", "share": "Share:",
           "ad": "Advertisement", "caption": "Illustrative photo", "search": "Search"},
    "kk": {"latest": "Соңғы жаңалықтар", "read": "Көп оқылған", "share": "Бөлісу:",
           "ad": "Жарнама", "caption": "Көрнекі сурет", "search": "Іздеу"},
}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz", "Kazinform": "https://www.inform.kz",
                "EU Reporter": "https://www.eureporter.co"}


def _e(text: str) -> str:
    return escape(text, quote=True)


def _token(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:40]


# --------------------------------------------------------------------------- dates, numbers


def day_text(lang: str, day: date, form: str = "title_case") -> str:
    """Carbon's ``translatedFormat('j F Y')`` passed through ``mb_convert_case`` (Title Case):
    '20 Апреля 2023', '20 April 2023'; ``isoFormat('D MMM YYYY')`` on some English pages."""
    if lang == "en" and form == "short_en":
        return f"{day.day} {EN_MONTHS[day.month - 1][:3]} {day.year}"
    return f"{day.day} {MONTHS[lang][day.month - 1].capitalize()} {day.year}"


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    return few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many


def ago(lang: str, day: date, today: date | None = None) -> str:
    """Carbon's ``diffForHumans()``: '2 дня назад', '3 years ago', '1 жыл бұрын'."""
    days = ((today or date.today()) - day).days
    n, unit = (days // 365, 0) if days >= 365 else (days // 30, 1) if days >= 30 else (days, 2)
    n = max(n, 1)
    if lang == "en":
        word = ("year", "month", "day")[unit]
        return f"{n} {word}{'s' if n > 1 else ''} ago"
    if lang == "kk":
        return f"{n} {('жыл', 'ай', 'күн')[unit]} бұрын"
    forms = (("год", "года", "лет"), ("месяц", "месяца", "месяцев"), ("день", "дня", "дней"))
    return f"{n} {_plural(n, *forms[unit])} назад"


def views_text(lang: str, views: int) -> str:
    """``number_format``: '1 315' on Russian and Kazakh pages, '1,315' on English ones."""
    return f"{views:,}".replace(",", "," if lang == "en" else " ")


def views_label(lang: str, views: int) -> str:
    """``trans_choice('news.views', $n)``: 'просмотра', 'views', 'қаралым'."""
    if lang == "en":
        return "view" if views == 1 else "views"
    if lang == "kk":
        return "қаралым"
    return _plural(views, "просмотр", "просмотра", "просмотров")


# --------------------------------------------------------------------------- the layout


def _head(title: str, lang: str, base: str, extra: str = "", inertia: bool = False) -> str:
    mark = " inertia" if inertia else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{_token(title, 'csrf')}">
<title{mark}>{_e(title)}</title>
{extra}
<link rel="icon" href="{base}/favicon.ico">
<link rel="preconnect" href="https://fonts.bunny.net">
<link rel="preload" as="style" href="{base}{VITE_CSS}">
<link rel="modulepreload" href="{base}{VITE_JS}">
<link rel="stylesheet" href="{base}{VITE_CSS}"><script type="module" src="{base}{VITE_JS}"></script>
<!-- Livewire Styles -->
<style>[wire\\:loading][wire\\:loading], [wire\\:offline][wire\\:offline] {{display: none;}}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7KZ1C24XQ9"></script>
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-7KZ1C24XQ9');</script>
</head>
"""


def _header(lang: str) -> str:
    rubrics = [("Общество", "obshchestvo"), ("Экономика", "ekonomika"), ("Политика", "politika"),
               ("Социум", "socium"), ("Спорт", "sport")]
    nav = "".join(f'<li><a href="/category/{s}" class="nav-link">{n}</a></li>' for n, s in rubrics)
    rates = "\n".join(f'  <li class="currency__item">• {c}/KZT <span class="currency__value" '
                      f'data-currency="{c}">0.0</span></li>' for c in RATES)
    return f"""<div class="js-cookie-consent cookie-consent fixed bottom-0 inset-x-0 pb-2 z-50">
<div class="max-w-7xl mx-auto px-6">
<p class="cookie-consent__message">Для улучшения работы сайта мы используем файлы cookie.
Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p>
<button class="js-cookie-consent-agree cookie-consent__agree">Принять</button></div></div>
<header class="site-header">
<div class="topbar container">
<ul class="currency" id="currency-widget">
{rates}
</ul>
<div class="lang-switch"><a href="/locale/ru" class="{'active' if lang == 'ru' else ''}">RU</a>
<a href="/locale/en" class="{'active' if lang == 'en' else ''}">EN</a></div>
</div>
<div class="container header-main">
<a href="/" class="logo"><img src="/images/logo.svg" alt="Центр информации"></a>
<form action="/search" method="GET" class="search-form" role="search">
<input type="search" name="q" placeholder="{UI[lang]['search']}" autocomplete="off">
<button type="submit" aria-label="{UI[lang]['search']}">
<svg class="icon"><use href="/build/assets/sprite-1c2d.svg#search"></use></svg></button>
</form>
</div>
<nav class="main-nav container">
<ul><li><a href="/novosti" class="nav-link">Новости</a></li>{nav}</ul></nav>
</header>
"""


def _footer() -> str:
    return """<footer class="site-footer">
<div class="container footer-grid">
<div class="footer-about"><img src="/images/logo-white.svg" alt="Центр информации">
<p>Сетевое издание «Центр информации». Свидетельство о постановке на учёт № 16543-СИ.</p></div>
<div class="footer-contacts"><h4>Контакты</h4>
<p>Адрес: г. Алматы, пр. Абая, 10, офис 305</p>
<p>Тел.: <a href="tel:+77272500000">+7 (727) 250-00-00</a></p>
<p>E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>
<p>Реклама: <a href="mailto:adv@ic24.kz">adv@ic24.kz</a></p></div>
<div class="footer-social"><a href="https://t.me/ic24kz" rel="nofollow">Telegram</a>
<a href="https://www.instagram.com/ic24.kz" rel="nofollow">Instagram</a>
<a href="https://www.facebook.com/ic24kz" rel="nofollow">Facebook</a></div>
</div>
<p class="copyright container">© 2014–2026 Центр информации.
При использовании материалов гиперссылка на ic24.kz обязательна. 18+</p>
<script type="text/javascript">(function(m,e,t,r,i,k,a){
m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)}; m[i].l=1*new Date();
k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,
a.parentNode.insertBefore(k,a)})(window, document, "script",
"https://mc.yandex.ru/metrika/tag.js", "ym");
ym(87654321, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true});</script>
<noscript><div>
<img src="https://mc.yandex.ru/watch/87654321"
style="position:absolute; left:-9999px;" alt=""></div></noscript>
<!-- Livewire Scripts -->
<script src="/livewire/livewire.min.js?id=239a5c52" data-csrf="x"
data-update-uri="/livewire/update" data-navigate-once="true"></script>
</footer>
"""


# --------------------------------------------------------------------------- the article


def _credit(art: Any) -> str:
    return f"Фото:{art.photo_credit}"


def _figure(art: Any) -> str:
    if not art.images:
        return ""
    large = art.image_paths()[0]
    medium = large.replace("-large.jpg", "-medium.jpg")
    caption = ""
    if art.photo_credit and art.forms["credit"] == "caption":
        caption = f'<figcaption class="news-show__credit">{_e(_credit(art))}</figcaption>'
    elif art.photo_credit and art.forms["credit"] == "dash":
        caption = (f'<figcaption class="news-show__caption">{UI[art.lang]["caption"]} — '
                   f'{_e(_credit(art))}</figcaption>')
    alt = _e(art.title)
    if art.forms["photo"] == "picture":
        img = (f'<picture><source type="image/webp" srcset="{large[:-4]}.webp">'
               f'<img src="{large}" alt="{alt}" width="1200" height="675"></picture>')
    elif art.forms["photo"] == "responsive":  # medialibrary's responsive images view
        stem = large.replace("/conversions/", "/responsive-images/")[: -len("-large.jpg")]
        img = (f'<img srcset="{stem}___large_1200_675.jpg 1200w, {stem}___large_1003_564.jpg '
               f'1003w, {stem}___large_839_472.jpg 839w, data:image/svg+xml;base64,'
               f'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4= 32w" '
               'onload="window.requestAnimationFrame(function(){if(!(size=getBoundingClientRect()'
               '.width))return;onload=null;sizes=Math.ceil(size/window.innerWidth*100)+\'vw\';});"'
               f' sizes="1px" src="{large}" width="1200" height="675" alt="{alt}">')
    else:
        img = (f'<img src="{large}" srcset="{medium} 768w, {large} 1200w" '
               f'sizes="(max-width: 768px) 100vw, 800px" alt="{alt}" width="1200" height="675">')
    return f'<figure class="news-show__image">{img}{caption}</figure>'


def _views(art: Any) -> str:
    if art.views is None or art.forms["views"] == "hidden":
        return ""
    eye = ('<svg class="icon icon-eye" aria-hidden="true">'
           '<use href="/build/assets/sprite-1c2d.svg#eye"></use></svg>')
    shown = views_text(art.lang, art.views)
    if art.forms["views"] == "livewire":
        snap = json.dumps({"data": {"newsId": art.num, "views": art.views},
                           "memo": {"id": _token(art.num, "lw")[:20], "name": "news.views-counter",
                                    "path": art.path.lstrip("/"), "method": "GET",
                                    "children": [], "scripts": [], "assets": [], "errors": [],
                                    "locale": art.lang},
                           "checksum": _token(art.num, "sum") * 2}, separators=(",", ":"))
        return (f'<span class="news-show__views" wire:snapshot="{_e(snap)}" wire:effects="[]" '
                f'wire:id="{_token(art.num, "lw")[:20]}" wire:init="increment">'
                f"{eye} {shown}</span>")
    if art.forms["views"] == "labelled":
        return f'<span class="news-show__views">{shown} {views_label(art.lang, art.views)}</span>'
    return f'<span class="news-show__views">{eye}{shown}</span>'


def _date(art: Any) -> str:
    form = art.forms["date"]
    if form == "relative":
        stamp = art.local.isoformat()
        return (f'<time class="news-show__date" datetime="{stamp}" '
                f'title="{art.local:%d.%m.%Y %H:%M}">{ago(art.lang, art.day)}</time>')
    lang = "ru" if form == "ru_on_en" else art.lang  # Carbon's locale left at the app's
    return f'<span class="news-show__date">{day_text(lang, art.day, form)}</span>'


def _tag_links(art: Any, sep: str, hash_: str = "") -> str:
    return sep.join(f'<a href="/tags/{ru_slug(t)}" class="tag">{hash_}{_e(t)}</a>'
                    for t in art.tags)


def _meta_line(art: Any) -> str:
    parts = [_date(art), _views(art)]
    if art.category:
        parts.append(f'<a class="news-show__category" href="/category/{ru_slug(art.category)}">'
                     f'{_e(art.category)}</a>')
    if art.tags and art.forms["tags"] == "comma":
        parts.append(f'<span class="news-show__tags">{_tag_links(art, ", ")}</span>')
    if art.forms["updated"] == "shown":  # the model's updated_at
        label = "Updated:" if art.lang == "en" else "Обновлено:"
        parts.append(f'<span class="news-show__updated">{label} '
                     f"{day_text(art.lang, art.updated)}</span>")
    return '<div class="news-show__meta">\n' + "\n".join(p for p in parts if p) + "\n</div>"


def _source(art: Any) -> str:
    if not (art.source and art.source_line):
        return ""
    name = _e(art.source)
    form = art.forms["source"]
    if form == "link":
        href = SOURCE_SITES.get(art.source, "https://www.google.com/search?q=" + name)
        return (f'<p>Источник: <a href="{_e(href)}" target="_blank" '
                f'rel="nofollow noopener">{name}</a></p>')
    if form == "strong":
        return f"<p><strong>Источник:</strong> {name}</p>"
    return f"<p>Источник: {name}</p>"


def body_html(art: Any) -> str:
    """The editor's text as stored: dateline run into the lead, paragraphs, a "read also"
    line after the lead or a Telegram post before the end, a second photo after the second
    paragraph, an empty no-break-space paragraph, the source line."""
    paras = [_e(p) for p in art.raw()]
    dl = art.dateline()
    if dl and art.forms["dateline"] == "strong":
        paras[0] = f"<strong>{_e(dl.rstrip())}</strong> {paras[0]}"
    elif dl:
        paras[0] = _e(dl) + paras[0]
    out = [f"<p>{p}</p>" for p in paras]
    if art.forms["extra"] == "readalso" and art.read_also:
        label = "Read also:" if art.lang == "en" else "Читайте также:"
        path, title = art.read_also
        out.insert(1, f'<p><strong>{label} </strong><a href="{path}">{_e(title)}</a></p>')
    elif art.forms["extra"] == "telegram":
        post = f"ic24kz/{art.num % 9000}"
        out.insert(len(out) - 1, f'<script async src="https://telegram.org/js/telegram-widget.js'
                   f'?22" data-telegram-post="{post}" data-width="100%"></script>')
    for path in art.image_paths()[1:]:
        out.insert(min(2, len(out)), f'<figure class="image"><img src="{path}" alt=""></figure>')
    if art.nbsp_line:
        out.append("<p>&nbsp;</p>")
    out.append(_source(art))
    return "\n".join(o for o in out if o)


def _share(art: Any, base: str) -> str:
    url = base + art.path
    links = [("facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
             ("telegram", f"https://t.me/share/url?url={url}"),
             ("whatsapp", f"https://wa.me/?text={url}"),
             ("vk", f"https://vk.com/share.php?url={url}")]
    items = " ".join(f'<a href="{_e(h)}" class="share__{n}" target="_blank" rel="nofollow">'
                     f'{n.capitalize()}</a>' for n, h in links)
    return f'<div class="share"><span>{UI[art.lang]["share"]}</span> {items}</div>'


def _ad(lang: str, zone: int) -> str:
    return (f'<div class="adv adv--zone-{zone}"><span class="adv__label">{UI[lang]["ad"]}</span>'
            f'<a href="https://ads.ic24.kz/click/{zone}" rel="nofollow sponsored" target="_blank">'
            f'<img src="/storage/banners/zone-{zone}-728x90.jpg" alt=""></a></div>')


def _latest(art: Any, everything: Sequence[Any]) -> str:
    items = [a for a in everything if a.num != art.num][:14]
    rows = "\n".join(f'<li><a href="{a.path}"><span class="lang-badge">{a.lang}</span> '
                     f'{_e(cut_at_word(a.title, 55))}</a> <time class="muted">'
                     f'{ago(a.lang, a.day)}</time></li>' for a in items)
    return (f'<section class="latest-news"><h3>{UI[art.lang]["latest"]}</h3>\n<ul>\n{rows}\n'
            f"</ul></section>")


def _most_read(lang: str, everything: Sequence[Any]) -> str:
    top = sorted((a for a in everything if a.views), key=lambda a: -a.views)[:5]
    rows = "\n".join(f'<li><a href="{a.path}">{_e(a.title)}</a> <span class="views">'
                     f"{views_text(a.lang, a.views)}</span></li>" for a in top)
    return f'<aside class="most-read"><h3>{UI[lang]["read"]}</h3><ol>\n{rows}\n</ol></aside>'


def _article_markup(art: Any, base: str) -> str:
    credit_inline = (art.images and art.photo_credit and art.forms["credit"] == "inline")
    credit = f'<div class="news-show__credit">{_e(_credit(art))}</div>' if credit_inline else ""
    tags_below = ""
    if art.tags and art.forms["tags"] == "links":
        tags_below = f'<div class="news-show__hashtags">{_tag_links(art, " ", "#")}</div>'
    return f"""<article class="news-show">
<h1 class="news-show__title">{_e(art.title)}</h1>
{_figure(art)}
{_meta_line(art)}
{credit}<div class="news-show__body">
{body_html(art)}
</div>
{tags_below}
{_share(art, base)}
{_ad(art.lang, 3)}
</article>"""


def _page_props(art: Any, base: str) -> dict[str, Any]:
    """What the Inertia controller hands to ``News/Show`` (Eloquent's JSON: UTC timestamps
    with microseconds, spatie's translatable attributes in the current locale)."""
    stamp = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    media = [{"id": art.media_id + k, "original_url": base + p.replace("/conversions", "")
              .replace("-large.jpg", ".jpg"), "preview_url": base + p.replace("-large", "-thumb"),
              "large_url": base + p,
              "custom_properties": {"credit": art.photo_credit} if art.photo_credit and k == 0
              else []} for k, p in enumerate(art.image_paths())]
    return {
        "component": "News/Show",
        "props": {
            "errors": {}, "auth": {"user": None}, "locale": art.lang,
            "news": {"id": art.num, "slug": art.path.rsplit("/", 1)[1], "title": art.title,
                     "body": body_html(art), "published_at": stamp,
                     "views": art.views if art.forms["views"] != "hidden" else None,
                     "category": {"id": 7, "name": art.category,
                                  "slug": ru_slug(art.category)} if art.category else None,
                     "tags": [{"id": 100 + i, "name": t, "slug": ru_slug(t)}
                              for i, t in enumerate(art.tags)],
                     "media": media},
        },
        "url": art.path, "version": "a3f9c1e07b2d",
    }


def _data_page(props: dict[str, Any]) -> str:
    """PHP's ``json_encode``: \\uXXXX escapes and escaped slashes, HTML-escaped for the
    attribute."""
    return _e(json.dumps(props, separators=(",", ":")).replace("/", "\\/"))


def article(art: Any, base: str, everything: Sequence[Any]) -> bytes:
    """news.show: Blade, or Inertia rendered on the server, or an Inertia root only."""
    mode = art.forms["page"]
    lead = art.paragraphs[0][:160]
    large = art.image_paths()[0] if art.images else "/images/og-default.jpg"
    meta = [f'<meta name="description" content="{_e(lead)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{_e(art.title)}">',
            f'<meta property="og:description" content="{_e(lead)}">',
            f'<meta property="og:url" content="{base}{art.path}">',
            f'<meta property="og:image" content="{base}{large}">',
            f'<meta property="og:locale" content="{LOCALE[art.lang]}">',
            f'<link rel="canonical" href="{base}{art.path}">']
    if art.clock:  # toIso8601String(); some pages in the app's UTC
        stamp = art.local.astimezone(UTC) if art.forms["stamp"] == "utc" else art.local
        meta.append(f'<meta property="article:published_time" content="{stamp.isoformat()}">')
    if art.forms["updated"] == "shown":
        meta.append(f'<meta property="article:modified_time" '
                    f'content="{art.updated.isoformat()}T10:00:00+00:00">')
    if mode == "inertia_csr":
        head = _head("Центр информации", "ru", base, "\n".join(meta[1:]))
        main = f'<div id="app" data-page="{_data_page(_page_props(art, base))}"></div>'
    elif mode == "inertia_ssr":
        head = _head(f"{art.title} — Центр информации", art.lang, base,
                     "\n".join(m.replace("<meta ", "<meta inertia ", 1) for m in meta),
                     inertia=True)
        inner = _article_markup(art, base).replace('class="news-show', 'data-v-7b1e2d4a '
                                                   'class="news-show')
        main = (f'<div id="app" data-page="{_data_page(_page_props(art, base))}">'
                f"<!--[-->{inner}<!--]--></div>")
    else:
        head = _head(f"{art.title} — Центр информации", art.lang, base, "\n".join(meta))
        main = _article_markup(art, base)
    body = f"""<body class="font-sans antialiased">
{_header(art.lang)}
<main class="container">
<div class="row">
<div class="col-main">
{main}
</div>
<div class="col-side">
{_ad(art.lang, 1)}
{_most_read(art.lang, everything)}
</div>
</div>
{_latest(art, everything)}
</main>
{_footer()}
</body>
</html>
"""
    return (head + body).encode("utf-8")


# --------------------------------------------------------------------------- the listing


def _paginator(page: int, count: int, total: int, per_page: int, base: str) -> str:
    """Laravel's ``pagination::tailwind`` view (absolute URLs, page 1 as ``?page=1``)."""
    def url(n: int) -> str:
        return f"{base}/novosti?page={n}"

    prev = (f'<a href="{url(page - 1)}" rel="prev" class="relative inline-flex" '
            f'aria-label="&laquo; Назад">&lsaquo;</a>' if page > 1 else
            '<span aria-disabled="true" aria-label="&laquo; Назад"><span class="relative '
            'inline-flex" aria-hidden="true">&lsaquo;</span></span>')
    nxt = (f'<a href="{url(page + 1)}" rel="next" class="relative inline-flex" '
           f'aria-label="Вперёд &raquo;">&rsaquo;</a>' if page < count else
           '<span aria-disabled="true" aria-label="Вперёд &raquo;"><span class="relative '
           'inline-flex" aria-hidden="true">&rsaquo;</span></span>')
    numbers = "".join(
        f'<span aria-current="page"><span class="relative inline-flex">{n}</span></span>'
        if n == page else
        f'<a href="{url(n)}" class="relative inline-flex" aria-label="Перейти на страницу {n}">'
        f"{n}</a>" for n in range(1, count + 1))
    first, last = (page - 1) * per_page + 1, min(page * per_page, total)
    small_prev = prev.replace("&lsaquo;", "&laquo; Назад")
    small_next = nxt.replace("&rsaquo;", "Вперёд &raquo;")
    return f"""<nav role="navigation" aria-label="Pagination Navigation"
 class="flex items-center justify-between">
<div class="flex justify-between flex-1 sm:hidden">{small_prev}{small_next}</div>
<div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">
<div><p class="text-sm text-gray-700 leading-5">
Показано с <span class="font-medium">{first}</span>
по <span class="font-medium">{last}</span>
из <span class="font-medium">{total}</span>
результатов</p></div>
<div><span class="relative z-0 inline-flex rtl:flex-row-reverse shadow-sm rounded-md">
{prev}{numbers}{nxt}</span></div>
</div>
</nav>"""


def listing(items: Sequence[Any], page: int, count: int, total: int, base: str,
            everything: Sequence[Any]) -> bytes:
    """news.index: ``.news_text`` items (a relative link and a ``p`` date) and the paginator."""
    rows = []
    for a in items:
        thumb = (f'<a href="{a.path}" class="news-item__thumb"><img src="'
                 f'{a.image_paths()[0].replace("-large", "-thumb")}" loading="lazy" alt=""></a>'
                 if a.images else "")
        rows.append(f'<div class="news-item">{thumb}<div class="news_text">'
                    f'<a href="{a.path}">{_e(a.title)}</a>'
                    f"<p>{day_text(a.lang, a.day)}</p></div></div>")
    head = _head("Новости — Центр информации" + (f" — страница {page}" if page > 1 else ""),
                 "ru", base, f'<link rel="canonical" href="{base}/novosti'
                 f'{f"?page={page}" if page > 1 else ""}">')
    body = f"""<body class="font-sans antialiased">
{_header("ru")}
<main class="container">
<div class="row">
<div class="col-main">
<h1 class="page-title">Новости</h1>
<div class="news-list">
{chr(10).join(rows)}
</div>
{_paginator(page, count, total, 10, base)}
</div>
<div class="col-side">{_ad("ru", 1)}{_most_read("ru", everything)}</div>
</div>
</main>
{_footer()}
</body>
</html>
"""
    return (head + body).encode("utf-8")


def not_found() -> bytes:
    """Laravel's minimal error view."""
    return b"""<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Not Found</title></head>
<body class="antialiased"><div class="relative flex items-top justify-center min-h-screen">
<div class="max-w-xl mx-auto sm:px-6 lg:px-8">
<div class="flex items-center pt-8 sm:justify-start sm:pt-0">
<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">404</div>
<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Not Found</div>
</div></div></div></body>
</html>
"""
