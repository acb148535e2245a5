"""The Webflow markup of the copy: the collection template page, the listing and the 404."""

from __future__ import annotations

import hashlib
from datetime import date
from html import escape

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word, day_words
from tests.eightysecondsite import site

HTML = "text/html; charset=utf-8"
WF_PAGE = "6412a0c0f1e2d3c4b5a69788"
JQUERY = "https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js"
CURRENCIES = ("USD", "EUR", "RUB", "CNY")
LABELS = {"ru": ("Поделиться", "Самое читаемое", "Последние новости"),
          "en": ("Share", "Most read", "Latest news"),
          "kk": ("Бөлісу", "Көп оқылған", "Соңғы жаңалықтар")}


def _wid(*parts: object) -> str:
    """A ``data-w-id`` as the Designer writes it (a UUID-like hex)."""
    h = hashlib.md5("-".join(map(str, parts)).encode()).hexdigest()  # noqa: S324
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def wf_date(day: date) -> str:
    """Webflow's date format ``April 20, 2023``."""
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def info_date(a: site.Article) -> str:
    """The date the info line prints (see the package docstring)."""
    if a.deviation == "clock" and a.clock is not None:
        if a.lang == "en":
            hour = a.clock.hour % 12 or 12
            ampm = "AM" if a.clock.hour < 12 else "PM"
            return f"{wf_date(a.day)} {hour}:{a.clock.minute:02d} {ampm}"
        return f"{a.day:%d.%m.%Y} {a.clock:%H:%M}"
    if a.deviation == "dotdate":
        return f"{a.day:%d.%m.%Y}"
    if a.lang == "en":
        return wf_date(a.day)
    if a.lang == "kk":
        return day_words("kk", a.day)
    return f"{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}"


def listing_date(a: site.Article) -> str:
    if a.lang == "en":
        return wf_date(a.day)
    return f"{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}"


def _head(title: str, description: str, image: str | None, canonical: str | None) -> str:
    og = f'<meta content="{escape(image)}" property="og:image">' if image else ""
    link = f'<link href="{escape(canonical)}" rel="canonical">' if canonical else ""
    return (
        '<!DOCTYPE html><!-- This site was created in Webflow. https://www.webflow.com -->'
        f'<!-- Last Published: Mon Nov 30 2026 08:12:44 GMT+0000 (Coordinated Universal Time) -->'
        f'<html data-wf-domain="ic24.kz" data-wf-page="{WF_PAGE}" data-wf-site="{site.SITE_ID}"'
        ' lang="ru"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | Центр информации</title>"
        f'<meta content="{escape(description)}" name="description">'
        f'<meta content="{escape(title)}" property="og:title">'
        f'<meta content="{escape(description)}" property="og:description">{og}'
        f'<meta content="{escape(title)}" property="twitter:title">'
        '<meta property="og:type" content="website">'
        '<meta content="summary_large_image" name="twitter:card">'
        '<meta content="width=device-width, initial-scale=1" name="viewport">'
        '<meta content="Webflow" name="generator">'
        f'<link href="https://assets-global.website-files.com/{site.SITE_ID}/css/'
        'ic24.webflow.a1b2c3.css" rel="stylesheet" type="text/css">'
        '<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js"></script>'
        '<script type="text/javascript">WebFont.load({google:{families:["Montserrat:400,700"]}});'
        "</script>"
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";'
        'n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)'
        '&&(n.className+=t+"touch")}(window,document);</script>'
        '<link href="https://assets-global.website-files.com/img/favicon.ico" rel="shortcut icon">'
        f"{link}"
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-IC24KZ0001"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());gtag('config','G-IC24KZ0001');</script>"
        '<script src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" '
        'fs-cc-mode="opt-in"></script></head><body class="body">'
    )


def _top() -> str:
    rates = "".join(
        f'<div class="currency-item div-block-24">• {c}/KZT <span class="rate-value" '
        f'data-w-id="{_wid("rate", c)}">0.0</span></div>' for c in CURRENCIES)
    return (
        '<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">'
        '<div class="fs-cc-banner_text">Мы используем cookie, чтобы сайт работал лучше. '
        '<a href="/cookie-settings" class="fs-cc-banner_text-link">Подробнее</a></div>'
        '<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Принять</a></div></div>'
        f'<div class="currency-bar div-block-23" data-w-id="{_wid("bar")}">{rates}</div>'
        '<div data-collapse="medium" data-animation="default" data-duration="400" role="banner"'
        ' class="navbar w-nav"><div class="container w-container">'
        '<a href="/" aria-current="page" class="brand w-nav-brand w--current">'
        f'<img src="https://assets-global.website-files.com/{site.SITE_ID}/logo.svg" '
        'loading="lazy" alt="Центр информации" class="image-logo"></a>'
        '<nav role="navigation" class="nav-menu w-nav-menu">'
        '<a href="/novosti" class="nav-link w-nav-link">Новости</a>'
        '<a href="/o-nas" class="nav-link w-nav-link">О нас</a>'
        '<a href="/kontakty" class="nav-link w-nav-link">Контакты</a></nav>'
        '<form action="/search" class="search w-form"><input type="search" class="search-input '
        'w-input" maxlength="256" name="query" placeholder="Поиск…" id="search" required="">'
        '<input type="submit" value="Найти" class="search-button w-button"></form>'
        '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>'
        "</div></div>"
        '<div class="ad-top w-embed w-script"><div id="yandex_rtb_R-A-1234567-1"></div>'
        '<script>window.yaContextCb.push(()=>{Ya.Context.AdvManager.render({renderTo:'
        "'yandex_rtb_R-A-1234567-1',blockId:'R-A-1234567-1'})})</script></div>"
    )


def _bottom() -> str:
    return (
        '<footer class="footer"><div class="container w-container"><div class="w-layout-grid '
        'grid-footer"><div class="footer-block"><div class="heading-footer">Центр информации'
        '</div><div class="text-block-30">Республика Казахстан, г. Алматы, ул. Абая, 10</div>'
        '<div class="text-block-30">Тел.: +7 (727) 000-00-00</div><a href="mailto:info@ic24.kz"'
        ' class="footer-link">info@ic24.kz</a></div><div class="footer-block">'
        '<div class="text-block-31">© 2026 ic24.kz. При цитировании ссылка на сайт '
        "обязательна.</div>"
        '<a href="https://www.liveinternet.ru/click" target="_blank"><img '
        'src="https://counter.yadro.ru/hit?t44.6" alt="" width="31" height="31"></a></div>'
        "</div></div></footer>"
        '<script type="text/javascript">(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){'
        "(m[i].a=m[i].a||[]).push(arguments)};})(window,document,'script',"
        "'https://mc.yandex.ru/metrika/tag.js','ym');ym(87654321,'init',{webvisor:true});"
        "</script>"
        '<noscript><div><img src="https://mc.yandex.ru/watch/87654321" style="position:absolute;'
        ' left:-9999px;" alt=""></div></noscript>'
        f'<script src="{JQUERY}?site={site.SITE_ID}" type="text/javascript" '
        'integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" '
        'crossorigin="anonymous"></script>'
        f'<script src="https://assets-global.website-files.com/{site.SITE_ID}/js/'
        'webflow.5e6f7a.js" type="text/javascript"></script>'
        '<script async src="https://cdn.jsdelivr.net/npm/@finsweet/attributes-cmsfilter@1/'
        'cmsfilter.js"></script></body></html>'
    )


def _image(url: str) -> str:
    stem = url.removesuffix(".jpg")
    return (f'<img src="{url}" loading="lazy" alt="" sizes="(max-width: 767px) 92vw, 700px" '
            f'srcset="{stem}-p-500.jpeg 500w, {stem}-p-800.jpeg 800w, {url} 1200w" '
            'class="image-5">')


def _info(a: site.Article) -> str:
    views = (f'<div class="text-block-8 views-count">{a.views}</div>' if a.views is not None
             else '<div class="text-block-8 views-count w-dyn-bind-empty"></div>')
    rubric = (f'<div fs-cmsfilter-field="category" class="text-block-9">{escape(a.category)}'
              "</div>" if a.category
              else '<div fs-cmsfilter-field="category" class="text-block-9 w-dyn-bind-empty">'
              "</div>")
    if a.deviation == "tag_list":
        items = "".join(
            f'<div role="listitem" class="w-dyn-item"><a href="/tags/{i}" class="tag-link">'
            f'{escape(t)}</a>{"<span class=comma>, </span>" if i < len(a.tags) - 1 else ""}'
            "</div>" for i, t in enumerate(a.tags))
        tags = (f'<div class="tags-list w-dyn-list"><div role="list" class="tags-items '
                f'w-dyn-items">{items}</div></div>')
    elif a.tags:
        tags = (f'<div fs-cmsfilter-field="tags" class="text-block-10">'
                f'{escape(", ".join(a.tags))}</div>')
    else:
        tags = '<div fs-cmsfilter-field="tags" class="text-block-10 w-dyn-bind-empty"></div>'
    hidden = ('<div class="text-block-7 date-updated w-condition-invisible w-dyn-bind-empty">'
              "</div>")
    return (f'<div class="info-line div-block-25" data-w-id="{_wid("info", a.num)}">'
            f'<div class="text-block-7">{escape(info_date(a))}</div>{hidden}'
            f"{views}{rubric}{tags}</div>")


def _body(a: site.Article) -> str:
    paras = list(a.raw_paragraphs or a.paragraphs)
    images = a.image_paths()
    out: list[str] = []
    first = escape(a.dateline() + paras[0])
    if a.deviation == "credit_run" and images:
        out.append('<figure class="w-richtext-figure-type-image w-richtext-align-center" '
                   f'data-rt-type="image" data-rt-align="center"><div>{_image(images[0])}</div>'
                   f"<figcaption>Фото:{escape(a.photo_credit or '')}</figcaption></figure>"
                   f"<p>{first}</p>")
    else:
        out.append(f"<p>{first}</p>")
    for k, para in enumerate(paras[1:], 1):
        out.append(f"<p>{escape(para)}</p>")
        if k == 1 and a.deviation == "zwj":
            out.append("<p>\u200d</p><p>\u00a0</p>")
        if k == 1 and len(images) > 1:
            out.append('<figure class="w-richtext-figure-type-image w-richtext-align-center" '
                       'data-rt-type="image" data-rt-align="center" data-rt-max-width="">'
                       f'<div><img src="{images[1]}" loading="lazy" alt=""></div></figure>')
        if k == 1 and a.deviation == "embed":
            out.append('<div class="w-embed w-iframe"><iframe width="560" height="315" '
                       'src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video '
                       'player" frameborder="0" allowfullscreen></iframe></div>')
    if a.num == 45694:  # the seed's line of one no-break space before the source
        out.append("<p>\u00a0</p>")
    out.append("<p>\u200d</p>")
    if a.source_line and a.source:
        src = (f'<a href="https://{a.source.lower().replace(" ", "")}.kz" target="_blank">'
               f"{escape(a.source)}</a>" if a.deviation == "source_link" else escape(a.source))
        out.append(f"<p><strong>Источник:</strong> {src}</p>")
    return f'<div class="news_body w-richtext">{"".join(out)}</div>'


def _main_image(a: site.Article) -> str:
    images = a.image_paths()
    if not images or a.deviation == "credit_run":
        return (f'<img src="{site.PLACEHOLDER}" loading="lazy" alt="" '
                'class="image-5 w-dyn-bind-empty">'
                '<div class="photo-credit text-block-12 w-dyn-bind-empty"></div>')
    credit = (f'<div class="photo-credit text-block-12">Фото:{escape(a.photo_credit)}</div>'
              if a.photo_credit
              else '<div class="photo-credit text-block-12 w-dyn-bind-empty"></div>')
    return f'<div class="news-image-wrap div-block-26">{_image(images[0])}{credit}</div>'


def _share(a: site.Article, base: str) -> str:
    url = base + a.path
    label = LABELS[a.lang][0]
    return (f'<div class="share-block div-block-30"><div class="text-block-14">{label}</div>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" '
            'class="share-link w-inline-block"><img src="https://assets-global.website-files.com/'
            f'{site.SITE_ID}/fb.svg" alt="Facebook"></a>'
            f'<a href="https://t.me/share/url?url={url}" target="_blank" class="share-link '
            'w-inline-block">Telegram</a>'
            f'<a href="https://wa.me/?text={url}" target="_blank" class="share-link '
            'w-inline-block">WhatsApp</a></div>')


def _latest(a: site.Article) -> str:
    others = [o for o in site.build() if o.num != a.num][:12]
    items = "".join(
        f'<div role="listitem" class="w-dyn-item"><a href="{o.path}" class="link-block-3 '
        f'w-inline-block"><div class="lang-badge">{o.lang}</div><div class="text-block-11">'
        f"{escape(cut_at_word(o.title, 48))}</div></a></div>" for o in others)
    return (f'<div class="latest-news"><div class="heading-4">{LABELS[a.lang][2]}</div>'
            f'<div class="w-dyn-list"><div role="list" class="w-dyn-items">{items}</div></div>'
            "</div>")


def _most_read(a: site.Article) -> str:
    top = sorted((o for o in site.build() if o.views), key=lambda o: -(o.views or 0))[:5]
    items = "".join(
        f'<div role="listitem" class="most-read-item w-dyn-item"><a href="{o.path}" '
        f'class="link-4">{escape(o.title)}</a><div class="text-block-20">{o.views}</div></div>'
        for o in top)
    return (f'<div class="sidebar div-block-40"><h4 class="heading-5">{LABELS[a.lang][1]}</h4>'
            f'<div class="w-dyn-list"><div role="list" class="w-dyn-items">{items}</div></div>'
            '<div class="ad-side w-embed"><a href="https://ads.example.kz/click?b=17">'
            '<img src="https://ads.example.kz/banner-300x600.gif" alt="Реклама"></a></div>'
            "</div>")


def _stale(a: site.Article) -> str:
    """What the stale_hidden pages carry: template values in conditionally hidden fields."""
    if a.deviation != "stale_hidden":
        return ('<div class="source-wrap w-condition-invisible"><div class="text-block-15">'
                'Источник:</div><div class="text-block-16 w-dyn-bind-empty"></div></div>')
    return ('<div class="text-block-7 w-condition-invisible">January 1, 2020</div>'
            '<div class="source-wrap w-condition-invisible"><div class="text-block-15">'
            'Источник:</div><div class="text-block-16">Tengrinews.kz</div></div>')


def article(a: site.Article, base: str) -> Response:
    images = a.image_paths()
    page = (
        _head(a.title, a.paragraphs[0][:150], images[0] if images else None, None)
        + _top()
        + '<div class="section-article"><div class="container w-container">'
        '<div class="w-layout-grid grid-article"><div class="article-main">'
        f'<h1 class="news-title heading-3">{escape(a.title)}</h1>'
        + _main_image(a) + _info(a) + _stale(a) + _body(a) + _share(a, base)
        + _latest(a) + "</div>" + _most_read(a) + "</div></div></div>" + _bottom()
    )
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def listing(page: int, base: str) -> Response:
    items = "".join(
        f'<div role="listitem" class="w-dyn-item"><div class="news_text" '
        f'data-w-id="{_wid("item", a.num)}"><a href="{a.path}" class="link-block w-inline-block">'
        f'<h3 class="heading-3">{escape(a.title)}</h3></a>'
        f'<p class="text-block-7">{escape(listing_date(a))}</p>'
        f'<div fs-cmsfilter-field="category" class="text-block-9">{escape(a.category or "")}'
        "</div></div></div>" for a in site.CATALOGUE.page_items(page))
    count = site.page_count()
    pager = ""
    if page > 1:
        pager += (f'<a href="?{site.PAGER}={page - 1}" aria-label="Previous Page" '
                  'class="w-pagination-previous"><div class="w-inline-block">Назад</div></a>')
    if page < count:
        pager += (f'<a href="?{site.PAGER}={page + 1}" aria-label="Next Page" '
                  'class="w-pagination-next"><div class="w-inline-block">Далее</div></a>')
    pager += f'<div aria-label="Page {page} of {count}" class="w-page-count">{page} / {count}</div>'
    body = (
        _head("Новости", "Новости Казахстана и Алматы", None, base + site.LISTING) + _top()
        + '<div class="section-news"><div class="container w-container">'
        '<h1 class="heading-2">Новости</h1><div class="w-dyn-list"><div role="list" '
        f'class="news-grid w-dyn-items w-row">{items}</div>'
        f'<div role="navigation" aria-label="List" class="w-pagination-wrapper">{pager}</div>'
        "</div></div></div>" + _bottom()
    )
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return (_head("Not Found", "Page not found", None, None)
            + '<div class="utility-page-wrap"><div class="utility-page-content w-form">'
            "<h2>Page Not Found</h2><div>The page you are looking for doesn&#x27;t exist or has "
            "been moved</div></div></div></body></html>").encode("utf-8")
