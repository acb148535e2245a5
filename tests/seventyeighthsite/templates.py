"""The seventy-eighth copy's markup: an Elementor single-post template, archive and 404."""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Any

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, translit

HTML = "text/html; charset=UTF-8"
SITE_NAME = "Центр информации"
# Set by site.py: every article, newest first (for the sidebars).
OTHERS: Callable[[], Sequence[Any]] = tuple
_ids = itertools.count(1)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _reset() -> None:
    """Element ids numbered from 1 on every page (the same page, the same markup)."""
    global _ids
    _ids = itertools.count(1)


def _eid() -> str:
    return f"{next(_ids) * 2654435761 % 0xFFFFFFF:07x}"


def date_text(art: Any) -> str:
    """'20 Апреля 2023', '2 August 2021', '16 Сәуір 2021' (the post-info and listing date)."""
    months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[art.lang]
    return f"{art.day.day} {months[art.day.month - 1].capitalize()} {art.day.year}"


def _widget(kind: str, inner: str, extra: str = "") -> str:
    return (f'<div class="elementor-element elementor-element-{_eid()} elementor-widget '
            f'elementor-widget-{kind}{extra}" data-id="{_eid()}" data-element_type="widget" '
            f'data-widget_type="{kind}.default"><div class="elementor-widget-container">'
            f"{inner}</div></div>")


def _section(*columns: tuple[int, str], settings: dict[str, Any] | None = None) -> str:
    cols = "".join(
        f'<div class="elementor-column elementor-col-{w} elementor-element elementor-element-'
        f'{_eid()}" data-element_type="column"><div class="elementor-widget-wrap '
        f'elementor-element-populated">{inner}</div></div>' for w, inner in columns)
    data = _e(json.dumps(settings or {"background_background": "classic"}))
    return (f'<section class="elementor-section elementor-top-section elementor-element '
            f'elementor-element-{_eid()} elementor-section-boxed" data-element_type="section" '
            f'data-settings="{data}"><div class="elementor-container elementor-column-gap-default">'
            f"{cols}</div></section>")


def _lazy(src: str, alt: str, cls: str, srcset: bool = False) -> str:
    stem = src.removesuffix(".jpg")
    sset = (f' data-lazy-srcset="{stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w, {src} 1200w"'
            ' data-lazy-sizes="(max-width: 1200px) 100vw, 1200px"') if srcset else ""
    return (f'<img width="1200" height="800" src="data:image/svg+xml,%3Csvg%20xmlns=\'http://www.'
            f'w3.org/2000/svg\'%20viewBox=\'0%200%201200%20800\'%3E%3C/svg%3E" class="{cls}" '
            f'alt="{_e(alt)}" decoding="async" data-lazy-src="{src}"{sset}>'
            f'<noscript><img width="1200" height="800" src="{src}" class="{cls}" '
            f'alt="{_e(alt)}"></noscript>')


def _head(title: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="ru-RU"><head><meta charset="UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)} - {SITE_NAME}</title>{extra}"
            "<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/"
            "elementor/assets/css/frontend.min.css?ver=3.21.4' media='all'>"
            "<link rel='stylesheet' id='elementor-post-7-css' href='/wp-content/uploads/"
            "elementor/css/post-7.css?ver=1714031212' media='all'>"
            "<script>window.lazyLoadOptions={elements_selector:'img[data-lazy-src]'};</script>"
            "<script async src='https://www.googletagmanager.com/gtag/js?id=G-IC24KZ'></script>"
            "</head>")


def _header() -> str:
    rates = " ".join(f'<span class="rate">• {c}/KZT <b class="rate-val">0.0</b></span>'
                     for c in ("USD", "EUR", "RUB", "CNY"))
    menu = "".join(f'<li class="menu-item"><a href="/{s}/" class="elementor-item">{n}</a></li>'
                   for s, n in (("novosti", "Новости"), ("category/obshchestvo", "Общество"),
                                ("category/ekonomika", "Экономика"), ("en", "English")))
    search = ('<form class="elementor-search-form" role="search" action="/" method="get">'
              '<input class="elementor-search-form__input" type="search" name="s" '
              'placeholder="Поиск..."><button type="submit">Найти</button></form>')
    logo = _widget("image", '<a href="/"><img src="/wp-content/uploads/2020/01/logo-ic24.png" '
                            'alt="Центр информации" width="220" height="60"></a>')
    return ('<div data-elementor-type="header" data-elementor-id="11" class="elementor '
            'elementor-11 elementor-location-header">'
            + _section((100, _widget("html", f'<div class="currency-widget">{rates}</div>')))
            + _section((30, logo), (50, _widget("nav-menu", f'<nav><ul class="elementor-nav-'
                                                f'menu">{menu}</ul></nav>')),
                       (20, _widget("search-form", search)),
                       settings={"sticky": "top", "sticky_on": ["desktop", "tablet"]})
            + "</div>")


def _footer() -> str:
    contacts = ('<p>Центр информации © 2016–2026. Все права защищены.</p><p>Адрес: 050000, '
                'г. Алматы, ул. Толе би, 101, офис 12</p><p>Тел.: +7 (727) 355-00-00, e-mail: '
                '<a href="mailto:info@ic24.kz">info@ic24.kz</a></p><p>При использовании '
                'материалов ссылка на ic24.kz обязательна. 18+</p>')
    counters = ('<div class="counters"><!-- Yandex.Metrika counter --><script>(function(m,e,t,'
                'r,i,k,a){m[i]=m[i]||function(){};})(window,document,"script","https://mc.'
                'yandex.ru/metrika/tag.js","ym");ym(12345678,"init",{});</script><noscript>'
                '<div><img src="https://mc.yandex.ru/watch/12345678" alt=""></div></noscript>'
                '<a href="https://www.liveinternet.ru/click"><img src="https://counter.yadro.'
                'ru/hit?t44.6" alt="" width="31" height="31"></a></div>')
    cookie = ('<div id="cookie-law-info-bar" data-nosnippet="true"><span>Мы используем cookie, '
              'чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с этим.</span>'
              '<a role="button" id="cookie_action_close_header" class="cli_action_button">'
              'Принять</a></div>')
    return ('<div data-elementor-type="footer" data-elementor-id="25" class="elementor '
            'elementor-25 elementor-location-footer">'
            + _section((60, _widget("text-editor", contacts)), (40, _widget("html", counters)))
            + f"</div>{cookie}"
            "<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4'>"
            "</script></body></html>")


def _most_read(art: Any | None) -> str:
    arts = [a for a in OTHERS() if a is not art and a.views][:40]
    top = sorted(arts, key=lambda a: -a.views)[:5]
    items = "".join(f'<li><a href="{a.path}">{_e(a.title)}</a> <span class="post-views-count">'
                    f"{a.views:,}".replace(",", " ") + "</span></li>" for a in top)
    return _widget("wp-widget-most_read", f'<h5>Самое читаемое</h5><ol class="most-read">'
                                          f"{items}</ol>")


def _latest(art: Any) -> str:
    arts = [a for a in OTHERS() if a is not art and a.lang == "ru"][:30]
    items = "".join(
        f'<article class="elementor-post elementor-grid-item post-{a.num} type-post">'
        f'<div class="elementor-post__text"><span class="lang-badge">ru</span> '
        f'<a href="{a.path}">{_e(cut_at_word(a.title, 60))}</a></div></article>' for a in arts)
    return _widget("posts", f'<div class="elementor-posts-container elementor-posts '
                            f'elementor-grid">{items}</div>', " elementor-grid-1")


def _info(art: Any) -> str:
    items = [("fa-calendar", "date", f"<time>{date_text(art)}</time>")]
    if art.views is not None:
        items.append(("fa-eye", "custom", f'<span class="post-views">{art.views}</span>'))
    if art.category:
        slug = "-".join(translit(art.category).split())
        items.append(("fa-folder", "terms", '<span class="elementor-post-info__terms-list">'
                      f'<a href="/category/{slug}/" class="elementor-post-info__terms-list-item">'
                      f"{_e(art.category)}</a></span>"))
    if art.tags:
        links = ", ".join(f'<a href="/tag/{_e(translit(t))}/" class="elementor-post-info__'
                          f'terms-list-item">{_e(t)}</a>' for t in art.tags)
        items.append(("fa-tags", "terms", f'<span class="elementor-post-info__terms-list">'
                      f"{links}</span>"))
    lis = "\n".join(f'<li class="elementor-icon-list-item elementor-inline-item" itemprop="'
                  f'{kind}"><span class="elementor-icon-list-icon"><i aria-hidden="true" '
                  f'class="fas {icon}"></i></span><span class="elementor-icon-list-text '
                  f'elementor-post-info__item elementor-post-info__item--type-{kind}">{inner}'
                  "</span></li>" for icon, kind, inner in items)
    return _widget("post-info", f'<ul class="elementor-inline-items elementor-icon-list-items '
                                f'elementor-post-info">{lis}</ul>')


def _content(art: Any, base: str) -> str:
    written = art.written()
    dev = art.deviation
    blocks: list[str] = []
    for k, para in enumerate(written):
        text = _e(para)
        if k == 0 and art.place:
            line = _e(art.dateline())
            if dev == "dateline_strong":
                line = f"<strong>{line.rstrip()}</strong> "
            if dev == "credit_in_lead" and art.photo_credit:
                line = f"<em>Фото:{_e(art.photo_credit)}</em>" + line
            text = line + text
        if dev == "quote" and k == 1:
            blocks.append(f'<blockquote class="wp-block-quote"><p>{text}</p></blockquote>')
        else:
            blocks.append(f'<p class="wp-block-paragraph">{text}</p>')
        if dev == "empty_paras" or (dev != "quote" and k == 0 and art.num % 5 == 0):
            blocks.append("<p>\u00a0</p>")
        if k == 0 and dev == "ad_inside":
            blocks.append('<div class="code-block code-block-2" style="margin: 8px auto;">'
                          '<ins class="adsbygoogle" data-ad-client="ca-pub-1234"></ins>'
                          "<p>Реклама</p></div>")
        if k == 1 and dev == "embed":
            blocks.append('<figure class="wp-block-embed is-type-video is-provider-youtube '
                          'wp-block-embed-youtube"><div class="wp-block-embed__wrapper">'
                          '<iframe title="Видео" width="800" height="450" data-lazy-src="https://'
                          'www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" src="about:blank">'
                          "</iframe></div></figure>")
        if k == 1 and len(art.image_paths()) > 1:
            img = _lazy(base + art.image_paths()[1], art.title, f"wp-image-{art.num + 1}", True)
            blocks.append(f'<figure class="wp-block-image size-large">{img}</figure>')
    if art.source_line and art.source:
        if dev == "source_link":
            blocks.append(f'<p class="wp-block-paragraph">Источник: <a href="https://example.'
                          f'org/" target="_blank" rel="noopener">{_e(art.source)}</a></p>')
        else:
            blocks.append(f'<p class="wp-block-paragraph"><strong>Источник:</strong> '
                          f"{_e(art.source)}</p>")
    return _widget("theme-post-content", "\n".join(blocks))


def _yoast(art: Any, base: str) -> str:
    url = base + art.path
    stamp = art.local.astimezone(UTC) if art.deviation == "utc_ld" else art.local
    article: dict[str, Any] = {
        "@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
        "author": {"name": "Редакция", "@id": f"{base}/#/schema/person/1"},
        "headline": art.title, "datePublished": stamp.isoformat(),
        "dateModified": stamp.isoformat(), "mainEntityOfPage": {"@id": url},
        "wordCount": sum(len(p.split()) for p in art.paragraphs),
        "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "ru-RU"}
    if art.tags:
        article["keywords"] = list(art.tags)
    if art.category:
        article["articleSection"] = [art.category]
    if art.images:
        article["image"] = {"@id": f"{url}#primaryimage"}
        article["thumbnailUrl"] = base + art.image_paths()[0]
    graph: list[dict[str, Any]] = [
        article,
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{art.title} - {SITE_NAME}",
         "isPartOf": {"@id": f"{base}/#website"}, "datePublished": stamp.isoformat(),
         "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ru-RU"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Главная", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": art.title}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": base + "/", "name": SITE_NAME,
         "inLanguage": "ru-RU"},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE_NAME,
         "logo": {"@type": "ImageObject", "url": base + "/wp-content/uploads/2020/01/logo-ic24"
                                                       ".png"}}]
    if art.images:
        graph.insert(2, {"@type": "ImageObject", "@id": f"{url}#primaryimage",
                         "url": base + art.image_paths()[0], "width": 1200, "height": 800})
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return f'<script type="application/ld+json" class="yoast-schema-graph">{data}</script>'


def _meta(art: Any, base: str) -> str:
    url = base + art.path
    tags = [f'<link rel="canonical" href="{url}">', '<meta property="og:locale" content="ru_RU">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{_e(art.title)}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:site_name" content="{SITE_NAME}">']
    if art.images:
        tags.append(f'<meta property="og:image" content="{base + art.image_paths()[0]}">')
    if art.deviation != "no_yoast":
        tags.append(f'<meta property="article:published_time" content="'
                    f'{art.local.isoformat()}">')
        tags.append(_yoast(art, base))
    return "".join(tags)


def article(art: Any, base: str) -> Response:
    """The single-post template: header, then title, credit, info line, featured image,
    content, share buttons, the latest-news posts widget; sidebar with the most read."""
    _reset()
    title = _widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-'
                                        f'default">{_e(art.title)}</h1>')
    credit = ""
    if art.photo_credit and art.deviation not in ("credit_caption", "credit_in_lead"):
        credit = _widget("text-editor", f'<p class="photo-credit">Фото:{_e(art.photo_credit)}'
                                        "</p>")
    image = ""
    if art.images:
        caption = (f'<figcaption class="widget-image-caption wp-caption-text">Фото:'
                   f"{_e(art.photo_credit)}</figcaption>"
                   if art.deviation == "credit_caption" and art.photo_credit else "")
        image = _widget("theme-post-featured-image", f'<figure class="wp-caption">'
                        f'{_lazy(base + art.image_paths()[0], art.title, "attachment-full")}'
                        f"{caption}</figure>", " elementor-widget-image")
    share_links = "".join(
        f'<div class="elementor-share-btn elementor-share-btn_{n}" role="button" tabindex="0" '
        f'aria-label="Share on {n}"><span class="elementor-share-btn__text"><span class="'
        f'elementor-share-btn__title">{label}</span></span></div>'
        for n, label in (("facebook", "Facebook"), ("telegram", "Telegram"),
                         ("whatsapp", "WhatsApp"), ("vk", "ВКонтакте")))
    share = _widget("share-buttons", f'<div class="elementor-grid">Поделиться: {share_links}'
                                     "</div>")
    ad = _widget("html", '<div class="banner-240"><a href="https://ads.example.kz/click?b=7">'
                         '<img src="/wp-content/uploads/2023/01/banner-240x400.gif" alt="Реклама"'
                         ' width="240" height="400"></a></div>')
    main = title + credit + _info(art) + image + _content(art, base) + share
    body = (f'<body class="post-template-default single single-post postid-{art.num} '
            f'single-format-standard elementor-default elementor-template-full-width '
            f'elementor-kit-7">{_header()}<div data-elementor-type="single-post" '
            f'data-elementor-id="212" class="elementor elementor-212 elementor-location-single '
            f'post-{art.num} post type-post status-publish">'
            + _section((66, main), (33, _most_read(art) + ad),
                       settings={"background_background": "classic", "stretch_section":
                                 "section-stretched"})
            + _section((100, _widget("heading", '<h3 class="elementor-heading-title">Последние '
                                                "новости</h3>") + _latest(art)))
            + "</div>" + _footer())
    page = _head(art.title, _meta(art, base)) + body
    return 200, {"Content-Type": HTML, "Link": f'<{base}/?p={art.num}>; rel=shortlink'}, \
        page.encode("utf-8")


def listing(items: Sequence[Any], number: int, count: int, base: str) -> Response:
    """The /novosti archive: an Elementor posts widget whose cards hold ``.news_text`` (a
    relative link and a ``p`` date), numbered pagination at /novosti/page/N/."""
    _reset()
    cards = "".join(
        f'<article class="elementor-post elementor-grid-item post-{a.num} type-post">'
        + (f'<a class="elementor-post__thumbnail__link" href="{a.path}"><div class="elementor-'
           f'post__thumbnail">{_lazy(a.image_paths()[0], a.title, "attachment-medium")}</div>'
           "</a>" if a.images else "")
        + f'<div class="news_text"><a href="{a.path}">{_e(a.title)}</a><p>{date_text(a)}</p>'
        "</div></article>" for a in items)

    def link(n: int) -> str:
        return "/novosti" if n == 1 else f"/novosti/page/{n}/"

    nums = "".join(f'<span aria-current="page" class="page-numbers current">{n}</span>'
                   if n == number else f'<a class="page-numbers" href="{link(n)}">{n}</a>'
                   for n in range(1, count + 1))
    if number < count:
        nums += f'<a class="page-numbers next" href="{link(number + 1)}">Вперёд »</a>'
    posts = _widget("posts", f'<div class="elementor-posts-container elementor-posts '
                             f'elementor-grid">{cards}</div><nav class="elementor-pagination" '
                             f'aria-label="Pagination">{nums}</nav>', " elementor-grid-2")
    extra = f'<link rel="canonical" href="{base}{link(number)}">'
    if number < count:
        extra += f'<link rel="next" href="{base}{link(number + 1)}">'
    page = (_head("Новости" + (f" - Страница {number}" if number > 1 else ""), extra)
            + f'<body class="page-template-default page elementor-page">{_header()}'
            + _section((66, _widget("heading", '<h1 class="elementor-heading-title">Новости'
                                               "</h1>") + posts), (33, _most_read(None)))
            + _footer())
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def not_found() -> bytes:
    _reset()
    page = (_head("Страница не найдена") + f"<body class=\"error404\">{_header()}"
            + _section((100, _widget("heading", '<h1 class="elementor-heading-title">Ошибка 404: '
                                                "страница не найдена</h1>")))
            + _footer())
    return page.encode("utf-8")

