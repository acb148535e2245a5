"""The eighty-sixth copy's markup: a Rails 7 layout with Turbo, Stimulus, Active Storage
variants and Action Text bodies (see the package docstring for every guess)."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC
from html import escape
from urllib.parse import quote

from tests.copykit import routes
from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word, day_words, ru_slug
from tests.eightysixthsite import site

MORE = {"ru": "Показать ещё", "en": "Show more", "kk": "Тағы көрсету"}
CAPTION = {"ru": "Участники мероприятия", "en": "Participants of the event",
           "kk": "Іс-шара қатысушылары"}


def _e(text: str) -> str:
    return escape(text, quote=False)


def day_text(lang: str, art: site.Article) -> str:
    """The day as the page prints it: '20 Апреля 2023', '2 August 2021', Kazakh words."""
    d = art.day
    if lang == "ru":
        return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"
    if lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return day_words("kk", d)


def _views(art: site.Article) -> str:
    if art.views is None:
        return ""
    sep = "," if art.lang == "en" else "\u00a0"
    shown = f"{art.views:,}".replace(",", sep)
    return (f'<span class="news-meta__views" title="Просмотры"><svg class="icon icon-eye" '
            f'aria-hidden="true"><use href="#eye"></use></svg>{shown}</span>')


def _stamp(art: site.Article) -> str:
    text = day_text(art.lang, art)
    if art.clock is None:
        return f'<span class="news-meta__date">{text}</span>'
    utc = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (f'<time datetime="{utc}" data-local="time" data-format="%-d %B %Y" '
            f'class="news-meta__date">{text}</time>')


def _meta(art: site.Article) -> str:
    parts = [_stamp(art), _views(art)]
    if art.category:
        parts.append(f'<a class="news-meta__rubric" href="/categories/{ru_slug(art.category)}">'
                     f"{_e(art.category)}</a>")
    if art.tags:
        links = ", ".join(f'<a href="/tags/{quote(t)}" data-turbo-frame="_top">{_e(t)}</a>'
                          for t in art.tags)
        parts.append(f'<span class="news-meta__tags">{links}</span>')
    return (f'<div class="news-meta" data-controller="views-counter" '
            f'data-views-counter-url-value="/news/{art.id}/hit">\n  '
            + "\n  ".join(p for p in parts if p) + "\n</div>")


def _img(art: site.Article, k: int, alt: str) -> str:
    return (f'<img src="{art.variant(k, 800)}" srcset="{art.variant(k, 1600)} 2x" '
            f'alt="{escape(alt)}" width="800" height="533" loading="lazy">')


def _homoglyph(text: str, lang: str) -> str:
    """One word of the text written with a look-alike letter of the other script."""
    if lang == "en":
        return re.sub(r"\b([A-Za-z]*)e([a-z]{3,})", lambda m: m[1] + "е" + m[2], text, count=1)
    return re.sub(r"([а-яё]{2,})о([а-яё]{2,})", lambda m: m[1] + "o" + m[2], text, count=1)


def _attachment(art: site.Article, base: str) -> str:
    sgid = hashlib.sha1(f"sgid{art.num}".encode()).hexdigest()  # noqa: S324 - a look-alike
    return (f'<action-text-attachment sgid="{sgid}" content-type="image/jpeg" '
            f'url="{base}{art.original(1)}" filename="photo.jpg" filesize="348211" width="1600" '
            f'height="1067" previewable="true" presentation="gallery">'
            f'<figure class="attachment attachment--preview attachment--jpg">'
            f'{_img(art, 1, CAPTION[art.lang])}'
            f'<figcaption class="attachment__caption">{CAPTION[art.lang]}</figcaption>'
            f"</figure></action-text-attachment>")


def _read_also(art: site.Article) -> str:
    other = next(a for a in site.build() if a.num < art.num and a.lang == art.lang)
    label = {"ru": "Читайте также", "en": "Read also", "kk": "Оқи отырыңыз"}[art.lang]
    return f'{label}: <a href="{other.path}">{_e(other.title)}</a>'


def _body(art: site.Article, base: str) -> str:
    paras = [_e(p) for p in (art.raw_paragraphs or art.paragraphs)]
    paras[0] = _e(art.dateline()) + paras[0]
    if art.dev == "nbsp" and len(paras) > 1:
        paras[1] = _homoglyph(paras[1], art.lang).replace(" ", "\u00a0", 3)
        paras.insert(len(paras), "\u00a0")
    if art.dev == "read_also":
        paras.insert(min(2, len(paras)), _read_also(art))
    if art.images > 1:
        paras.insert(min(2, len(paras)), _attachment(art, base))
    if art.source and art.source_line:
        label = "<strong>Источник:</strong>" if art.dev == "strong_source" else "Источник:"
        paras.append(f"{label} {_e(art.source)}")
    if art.dev == "blocks":
        inner = "".join(f"<div>{p}</div>" for p in paras)
    else:
        inner = "<div>" + "<br><br>".join(paras) + "</div>"
    return f'<div class="trix-content">\n  {inner}\n</div>'


def _credit(art: site.Article) -> str:
    return f'<div class="news-show__credit">Фото:{_e(art.photo_credit)}</div>' if (
        art.photo_credit) else ""


def _cover(art: site.Article) -> str:
    if not art.images:
        return ""
    return (f'<figure class="news-show__cover" data-controller="lightbox" '
            f'data-action="click->lightbox#open">{_img(art, 0, art.title)}</figure>')


def _blocks(art: site.Article | None) -> str:
    others = [a for a in site.build() if art is None or a.num != art.num]
    latest = "\n".join(
        f'<li class="latest__item"><span class="lang-badge">{a.lang}</span> '
        f'<a href="{a.path}" data-turbo-frame="_top">{_e(cut_at_word(a.title, 60))}</a></li>'
        for a in others[:14])
    ranked = sorted(others, key=lambda a: hashlib.md5(str(a.num).encode()).hexdigest())[:5]
    popular = "\n".join(f'<li><a href="{a.path}">{_e(a.title)}</a> '
                        f'<span class="views">{a.views or 0}</span></li>' for a in ranked)
    return (f'<aside class="sidebar">\n<section class="most-read" data-controller="tabs">'
            f"<h3>Самое читаемое</h3><ol>\n{popular}\n</ol></section>\n"
            f'<div class="adv adv--sidebar" data-controller="adfox" data-adfox-owner-value="28'
            f'4512" data-adfox-params-value=\'{{"pp":"g","ps":"ewrd"}}\'>Реклама</div>\n'
            f'<section class="latest"><h3>Последние новости</h3><ul>\n{latest}\n</ul></section>'
            f"\n</aside>")


def _share(art: site.Article, base: str) -> str:
    url = quote(base + art.path, safe="")
    return (f'<div class="share" data-controller="share" data-share-url-value="{base}{art.path}">'
            f"<span>Поделиться:</span> "
            f'<a href="https://t.me/share/url?url={url}" data-action="share#open">Telegram</a> '
            f'<a href="https://wa.me/?text={url}" data-action="share#open">WhatsApp</a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> '
            f'<button type="button" data-action="share#copy">Скопировать ссылку</button></div>')


def layout(title: str, base: str, path: str, main: str, lang: str = "ru",
           head: str = "") -> bytes:
    token = hashlib.sha256(path.encode()).hexdigest()[:43]
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{_e(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{token}">
<meta name="turbo-cache-control" content="no-preview">
<meta name="turbo-refresh-method" content="morph">
<link rel="canonical" href="{base}{path}">
{head}
<link rel="stylesheet" href="/assets/application-3f1a9c2d.css" data-turbo-track="reload">
<script type="importmap" data-turbo-track="reload">{{"imports":{{"application":"/assets/\
application-8c2e.js","@hotwired/turbo-rails":"/assets/turbo.min-1e4f.js","@hotwired/stimulus":\
"/assets/stimulus.min-77aa.js","local-time":"/assets/local-time-5d1b.js"}}}}</script>
<script type="module">import "application"</script>
</head>
<body data-controller="cookie-consent currency">
<div class="cookie-banner" data-cookie-consent-target="banner">Мы используем файлы cookie, чтобы
сайт работал лучше. <button type="button" data-action="cookie-consent#accept">Принять</button></div>
<header class="site-header">
<a href="/novosti" class="logo">Центр информации</a>
<nav class="menu"><a href="/novosti">Новости</a> <a href="/categories/obshchestvo">Общество</a>
<a href="/categories/ekonomika">Экономика</a> <a href="/categories/sport">Спорт</a></nav>
<form action="/search" method="get" class="search" data-turbo-frame="_top"
 data-controller="search" data-action="submit->search#go"><input type="search" name="q"
 placeholder="Поиск по сайту"><button type="submit">Найти</button></form>
<div class="currency" data-currency-target="rates" data-currency-url-value="/api/rates">
  • USD/KZT <span data-currency-target="usd">0.0</span>
  • EUR/KZT <span data-currency-target="eur">0.0</span>
  • RUB/KZT <span data-currency-target="rub">0.0</span>
  • CNY/KZT <span data-currency-target="cny">0.0</span>
</div>
</header>
<div class="adv adv--top" data-controller="adfox" data-adfox-owner-value="284512">Реклама</div>
{main}
<footer class="site-footer">
<p>© 2015–2026 «Центр информации». Адрес: 050000, г. Алматы, ул. Толе би, 59, офис 12.
Тел.: +7 (727) 355-00-00. E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>
<p>При использовании материалов ссылка на ic24.kz обязательна.</p>
</footer>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
ym(71234567, "init", {{clickmap:true, trackLinks:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/71234567" style="position:absolute;
left:-9999px" alt=""></div></noscript>
<a href="https://www.liveinternet.ru/click" target="_blank"><img id="licnt" width="31" height="31"
 src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP" alt=""></a>
</body>
</html>
"""
    return page.encode("utf-8")


def article(art: site.Article, base: str) -> Response:
    head = [f'<meta property="og:title" content="{escape(art.title)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{base}{art.path}">']
    if art.og_original:
        head.append(f'<meta property="og:image" content="{base}{art.original(0)}">')
    title = art.title.replace(" ", "\u00a0", 1) if art.dev == "nbsp" else art.title
    if art.dev == "glued_credit":
        top = f"{_meta(art)}\n{_cover(art)}\n{_credit(art)}{_body(art, base)}"
    else:
        top = f"{_cover(art)}\n{_credit(art)}\n{_meta(art)}\n{_body(art, base)}"
    main = (f'<main class="container">\n<article class="news-show" data-controller="news" '
            f'data-news-id-value="{art.num}">\n<h1 class="news-show__title">{_e(title)}</h1>\n'
            f"{top}\n{_share(art, base)}\n</article>\n{_blocks(art)}\n</main>")
    lang = "ru" if art.dev == "html_lang" else art.lang
    return 200, {"Content-Type": routes.HTML.replace("utf-8", "UTF-8")}, layout(
        f"{art.title} — {AGENCY[art.lang]}", base, art.path, main, lang, "\n".join(head))


def _item(a: site.Article) -> str:
    thumb = (f'<img src="{a.variant(0, 320)}" alt="" loading="lazy" width="320" height="213">'
             if a.images else "")
    return (f'<div class="news_text" id="news_{a.num}" data-controller="news-item">{thumb}\n'
            f'  <a href="{a.path}" data-turbo-frame="_top">{_e(a.title)}</a>\n'
            f"  <p>{day_text(a.lang, a)}</p>\n</div>")


def listing(page: int, base: str) -> Response:
    items = "\n".join(_item(a) for a in site.page_items(page))
    if page < site.page_count():
        nxt = page + 1
        items += (f'\n<turbo-frame id="news_page_{nxt}" loading="lazy" src="/novosti?page={nxt}"'
                  f' target="_top"><a href="/novosti?page={nxt}" class="btn btn-more" '
                  f'data-turbo-frame="news_page_{nxt}">{MORE["ru"]}</a></turbo-frame>')
    if page > 1:
        items = f'<turbo-frame id="news_page_{page}" target="_top">\n{items}\n</turbo-frame>'
    path = "/novosti" + (f"?page={page}" if page > 1 else "")
    main = (f'<main class="container">\n<h1>Новости</h1>\n<div id="news_list" '
            f'data-controller="infinite-scroll">\n{items}\n</div>\n{_blocks(None)}\n</main>')
    return 200, {"Content-Type": routes.HTML}, layout("Новости — Центр информации", base, path,
                                                        main)


def not_found() -> bytes:
    return (b"<!DOCTYPE html>\n<html><head><title>The page you were looking for doesn't exist "
            b"(404)</title></head><body><div class=\"dialog\"><h1>The page you were looking for "
            b"doesn't exist.</h1><p>You may have mistyped the address or the page may have "
            b"moved.</p></div></body></html>\n")
