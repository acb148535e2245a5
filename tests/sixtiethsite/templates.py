"""Drupal 10 markup (Olivero sub-theme) of the sixtieth copy: the article node, the /novosti
view, the front page and the 404; every block a live install of the outlet would carry."""

from __future__ import annotations

import hashlib
import html
import json
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, ru_slug

if TYPE_CHECKING:
    from tests.sixtiethsite.site import Article

HTML = "text/html; charset=UTF-8"
LABEL = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
OG_LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
CAPTION = {"ru": "Иллюстративное фото", "en": "Illustrative photo", "kk": "Көрнекі сурет"}
SOURCE_HOME = {"КазТАГ": "https://kaztag.kz", "Kazinform": "https://www.inform.kz",
               "Tengrinews.kz": "https://tengrinews.kz", "EU Reporter": "https://www.eureporter.co",
               "The Astana Times": "https://astanatimes.com", "Akorda": "https://www.akorda.kz"}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def date_line(a: Article) -> str:
    """The node's "created" as the theme prints it: '20 Апреля 2023', '19 April 2021' (or
    'August 2, 2021' on the en_us_date pages), '16 Сәуір 2023'."""
    d = a.day
    if a.lang == "en":
        month = EN_MONTHS[d.month - 1]
        us = a.dev == "en_us_date"
        return f"{month} {d.day}, {d.year}" if us else f"{d.day} {month} {d.year}"
    months = KK_MONTHS if a.lang == "kk" else RU_MONTHS
    return f"{d.day} {months[d.month - 1].capitalize()} {d.year}"


def views_word(n: int, lang: str) -> str:
    """Statistics' counter through formatPlural: '683 просмотра', '1315 просмотров', '248 views'."""
    if lang == "en":
        return f"{n} view" if n == 1 else f"{n} views"
    if n % 10 == 1 and n % 100 != 11:
        word = "просмотр"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = "просмотра"
    else:
        word = "просмотров"
    return f"{n} {word}"


def _tid(text: str) -> int:
    return int(hashlib.md5(text.encode()).hexdigest()[:4], 16) % 900 + 10  # noqa: S324


def _token(a: Article) -> str:
    return hashlib.sha1(f"stat{a.num}".encode()).hexdigest()[:10]


def _stamps(a: Article) -> tuple[str, str] | None:
    """article:published_time / modified_time as metatag prints them (None without a clock)."""
    if a.clock is None or a.dev == "no_meta":
        return None
    moment, changed = a.local, a.local + timedelta(days=1, hours=3)
    if a.dev == "utc_meta":
        return (moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S%z"),
                changed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S%z"))
    return moment.isoformat(), changed.isoformat()


def _settings(a: Article | None, path: str) -> str:
    data = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": path,
                     "currentPathIsAdmin": False, "isFront": a is None, "currentLanguage": "ru"},
            "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
            "ajaxPageState": {"libraries": "eJxdjEEOwiAQRS9E4Ehkp",
                              "theme": "ic24_olivero", "theme_token": None},
            "statistics": {"data": {"nid": str(a.num)}, "url": "/core/modules/statistics/"
                           "statistics.php"} if a else {},
            "eu_cookie_compliance": {"popup_enabled": True, "popup_agreed_enabled": False}}
    return json.dumps(data, ensure_ascii=True).replace("/", "\\/")


def _head(title: str, base: str, a: Article | None, path: str) -> str:
    parts = [
        '<meta charset="utf-8" />',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-IC24KZ01"></script>',
        "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push("
        "arguments)};gtag('js', new Date());gtag('config', 'G-IC24KZ01');</script>",
        f'<link rel="canonical" href="{base}{path}" />',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
        '<meta name="MobileOptimized" content="width" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        '<meta property="og:site_name" content="Центр информации" />',
        '<link rel="icon" href="/themes/custom/ic24_olivero/favicon.ico" '
        'type="image/vnd.microsoft.icon" />',
    ]
    if a is not None:
        lead = a.paragraphs[0]
        parts += [
            f'<meta name="description" content="{attr(cut_at_word(lead, 160))}" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:url" content="{base}{a.path}" />',
            f'<meta property="og:title" content="{attr(a.title)}" />',
            f'<meta property="og:locale" content="{OG_LOCALE[a.lang]}" />',
            f'<link rel="shortlink" href="{base}/node/{a.num}" />',
        ]
        if a.images:
            parts.append(f'<meta property="og:image" content="{base}/sites/default/files/'
                         f'{a.upload_month()}/photo-{a.num}.jpg" />')
        stamps = _stamps(a)
        if stamps:
            parts += [f'<meta property="article:published_time" content="{stamps[0]}" />',
                      f'<meta property="article:modified_time" content="{stamps[1]}" />']
        if a.category:
            parts.append(f'<meta property="article:section" content="{attr(a.category)}" />')
        parts += [f'<meta property="article:tag" content="{attr(t)}" />' for t in a.tags]
        if stamps:
            graph = {"@type": "NewsArticle", "headline": a.title,
                     "name": a.title, "description": cut_at_word(lead, 160),
                     "datePublished": stamps[0], "dateModified": stamps[1],
                     "author": {"@type": "Organization", "name": "Центр информации",
                                "url": base + "/"},
                     "publisher": {"@type": "Organization", "name": "Центр информации",
                                   "logo": {"@type": "ImageObject",
                                            "url": base + "/themes/custom/ic24_olivero/logo.png"}},
                     "mainEntityOfPage": base + a.path}
            if a.images:
                graph["image"] = {"@type": "ImageObject", "representativeOfPage": "True",
                                  "url": base + a.image_paths()[0]}
            ld = json.dumps({"@context": "https://schema.org", "@graph": [graph]},
                            ensure_ascii=False, indent=4).replace("/", "\\/")
            parts.append(f'<script type="application/ld+json">{ld}</script>')
    parts += [
        f"<title>{esc(title)} | Центр информации</title>",
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/'
        'css_Xb3kT0dY.css?delta=0&amp;language=ru&amp;theme=ic24_olivero&amp;include=eJxdj" />',
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        f"{_settings(a, path.lstrip('/') if a is None else f'node/{a.num}')}</script>",
    ]
    return "\n".join(parts)


def _currency() -> str:
    rates = "".join(f'<span class="currency__item">• {c}/KZT <b class="currency__rate" '
                    f'data-code="{c}">0.0</b></span> ' for c in ("USD", "EUR", "RUB", "CNY"))
    return (f'<div id="block-ic24-currency" class="block block-ic24-currency">'
            f'<div class="currency">{rates}</div></div>')


def _header() -> str:
    menu = "".join(f'<li class="primary-nav__menu-item"><a href="{href}" class="primary-nav__'
                   f'menu-link">{name}</a></li>'
                   for href, name in (("/novosti", "Новости"), ("/rubric/obshchestvo", "Общество"),
                                      ("/rubric/ekonomika", "Экономика"),
                                      ("/rubric/politika", "Политика"),
                                      ("/rubric/kultura", "Культура"), ("/rubric/sport", "Спорт")))
    return (
        '<a href="#main-content" class="visually-hidden focusable skip-link">Перейти к основному '
        'содержанию</a>\n'
        '<header class="site-header" data-drupal-selector="site-header" role="banner">'
        + _currency()
        + '<div class="site-branding"><a href="/" rel="home" class="site-branding__logo">'
        '<img src="/themes/custom/ic24_olivero/logo.svg" alt="Главная" /></a>'
        '<div class="site-branding__name"><a href="/" rel="home">Центр информации</a></div></div>'
        '<nav id="block-ic24-main-menu" class="primary-nav" aria-labelledby="block-ic24-main-menu-'
        f'menu"><h2 class="visually-hidden" id="block-ic24-main-menu-menu">Основная навигация</h2>'
        f'<ul class="menu primary-nav__menu">{menu}</ul></nav>'
        '<div class="search-block-form block block-search" role="search"><form action="/search/'
        'node" method="get" id="search-block-form" accept-charset="UTF-8"><label for="edit-keys" '
        'class="visually-hidden">Поиск</label><input title="Введите ключевые слова для поиска." '
        'type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search" '
        '/><input type="submit" value="Поиск" class="button js-form-submit form-submit" /></form>'
        '</div></header>'
    )


def _ad(slot: str) -> str:
    return (f'<div class="block block-ad-entity ad-slot ad-slot--{slot}"><span class="ad-slot__'
            f'label">Реклама</span><ins class="adsbygoogle" style="display:block" '
            f'data-ad-client="ca-pub-3940256099942544" data-ad-slot="{_tid(slot)}"></ins>'
            "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>")


def _latest(base: str, exclude: int | None) -> str:
    """The "latest news" view block: a language badge and the headline cut to 70 characters."""
    from tests.sixtiethsite.site import build

    rows = []
    for other in [x for x in build() if x.num != exclude][:12]:
        cut = cut_at_word(other.title, 70)
        shown = cut if cut == other.title else cut + "…"
        rows.append(f'<div class="views-row"><span class="lang-badge lang-badge--{other.lang}">'
                    f'{other.lang}</span> <a href="{other.path}" hreflang="{other.lang}">'
                    f"{esc(shown)}</a></div>")
    return ('<div class="views-element-container block block-views block-views-blocklatest-news-'
            'block-1"><h2 class="block__title">Последние новости</h2><div class="view view-latest-'
            f'news view-display-id-block_1"><div class="view-content">{"".join(rows)}</div></div>'
            "</div>")


def _most_read_placeholder() -> str:
    return ('<div id="block-ic24-popular" class="block block-statistics block-statistics-popular'
            '-block"><h2 class="block__title">Самое читаемое</h2><span data-big-pipe-placeholder-'
            'id="callback=statistics_popular&amp;args%5B0%5D=5&amp;token=Qm9vc3Q"></span></div>')


def _bigpipe(selector_id: str, markup: str) -> str:
    """A BigPipe replacement as Drupal streams it before </body> (JSON with hex-escaped tags)."""
    command = [{"command": "insert", "method": "replaceWith",
                "selector": f'[data-big-pipe-placeholder-id="{selector_id}"]', "data": markup,
                "settings": None}]
    text = json.dumps(command, ensure_ascii=True).replace("<", "\\u003C").replace(
        ">", "\\u003E").replace('\\"', "\\u0022").replace("/", "\\/")
    return (f'<script type="application/vnd.drupal-ajax" data-big-pipe-replacement-for-'
            f'placeholder-with-id="{attr(selector_id)}">\n{text}\n</script>')


def _most_read_replacement() -> str:
    from tests.sixtiethsite.site import build

    top = sorted(build(), key=lambda x: -(x.views or 0))[:5]
    items = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in top)
    return _bigpipe("callback=statistics_popular&args%5B0%5D=5&token=Qm9vc3Q",
                    f'<div class="item-list"><ul>{items}</ul></div>')


def _footer() -> str:
    return (
        '<footer class="site-footer"><div class="site-footer__inner">'
        '<div id="block-ic24-contacts" class="block block-block-content"><div class="text-content '
        'clearfix field field--name-body"><p><strong>Центр информации</strong> — сетевое '
        'издание.</p><p>Адрес редакции: г.&nbsp;Алматы, пр. Абая, 10, офис 305</p><p>Тел.: '
        '+7 (727) 300-00-00, e-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>'
        '<p>Свидетельство о постановке на учёт № 16780-СИ от 12.03.2018. При использовании '
        'материалов ссылка на ic24.kz обязательна. 18+</p></div></div>'
        '<nav class="footer-menu"><a href="/about">О нас</a> <a href="/advertising">Реклама на '
        'сайте</a> <a href="/contacts">Контакты</a></nav>'
        '<div class="counters"><!-- Yandex.Metrika counter --><script>(function(m,e,t,r,i,k,a)'
        '{m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};})(window, document, '
        '"script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(87654321, "init", {});'
        '</script><noscript><div><img src="https://mc.yandex.ru/watch/87654321" style="position:'
        'absolute; left:-9999px;" alt="" /></div></noscript><!-- /Yandex.Metrika counter -->'
        '<a href="https://www.liveinternet.ru/click" target="_blank"><img id="licntB1C9" width="88"'
        ' height="15" style="border:0" title="LiveInternet: показано число посетителей за сегодня"'
        ' src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP" alt=""/></a></div>'
        "<p>© 2018–2026 Центр информации. Все права защищены.</p></div></footer>"
        '<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog">'
        '<div class="popup-content info"><div id="popup-text"><p>Мы используем файлы cookie, '
        'чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p>'
        '</div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-'
        'compliance-default-button">Согласен</button></div></div></div>'
    )


def _page(title: str, base: str, a: Article | None, path: str, main: str, tail: str = "") -> bytes:
    doc = (
        '<!DOCTYPE html>\n<html lang="ru" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n'
        + _head(title, base, a, path)
        + '\n</head>\n<body class="path-node page-node-type-article">\n'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        '<div id="page-wrapper" class="page-wrapper"><div id="page">'
        + _header() + _ad("top")
        + f'<div id="main-wrapper" class="layout-main-wrapper"><main id="main" class="main"'
        f' role="main"><a id="main-content" tabindex="-1"></a>{main}</main>'
        '<aside class="region region--sidebar">' + _most_read_placeholder() + _ad("sidebar")
        + _latest(base, a.num if a else None) + "</aside></div>"
        + _footer() + "</div></div></div>\n" + tail + _most_read_replacement()
        + '\n<script src="/sites/default/files/js/js_q8l2yU.js?scope=footer&amp;delta=0&amp;'
        'language=ru&amp;theme=ic24_olivero"></script>\n</body>\n</html>\n')
    return doc.encode("utf-8")


def _image(a: Article, base: str) -> str:
    if not a.images:
        return ""
    src = a.image_paths()[0]
    caption = (f"<figcaption>{CAPTION[a.lang]}. Фото:{esc(a.photo_credit or '')}</figcaption>"
               if a.dev == "credit_caption" else "")
    webp = src.replace("/styles/large/", "/styles/large_webp/").replace(".jpg?", ".jpg.webp?")
    picture = (f'<picture><source srcset="{webp} 1x" type="image/webp" width="900" height="600"/>'
               f'<img loading="eager" width="900" height="600" src="{src}" alt="{attr(a.title)}"'
               ' /></picture>')
    figure = (f'<div class="field field--name-field-image field--type-image field--label-hidden '
              f'field__item"><figure class="node__image">{picture}{caption}</figure></div>')
    credit = ""
    if a.photo_credit and a.dev != "credit_caption":
        credit = (f'<div class="field field--name-field-photo-credit field--type-string '
                  f'field--label-hidden field__item">Фото:{esc(a.photo_credit)}</div>')
    return figure + credit


def _meta(a: Article) -> str:
    """The info line: date, views, rubric, tags ('20 Апреля 2023 683 Социум Алматы, аким,
    субботник' as text)."""
    out = [f'<span class="node__created">{date_line(a)}</span>']
    if a.views is not None:
        if a.dev == "views_bigpipe":
            out.append(f'<span class="node__views"><span data-big-pipe-placeholder-id="callback='
                       f'statistics_counter&amp;args%5B0%5D={a.num}&amp;token={_token(a)}">'
                       "</span></span>")
        elif a.dev == "views_word":
            out.append(f'<span class="node__views statistics-counter">'
                       f"{views_word(a.views, a.lang)}</span>")
        else:
            out.append('<span class="node__views"><svg class="icon icon--eye" aria-hidden="true"'
                       ' width="16" height="16"><use href="#eye"></use></svg> '
                       f"{a.views}</span>")
    if a.category:
        out.append('<span class="field field--name-field-rubric field--type-entity-reference '
                   f'field--label-hidden field__item"><a href="/rubric/{ru_slug(a.category)}" '
                   f'hreflang="{a.lang}">{esc(a.category)}</a></span>')
    if a.tags:
        items = ", ".join(f'<span class="field__item"><a href="/taxonomy/term/{_tid(t)}" '
                          f'hreflang="{a.lang}">{esc(t)}</a></span>' for t in a.tags)
        out.append('<span class="field field--name-field-tags field--type-entity-reference '
                   f'field--label-hidden field__items">{items}</span>')
    return '<div class="node__meta">' + " ".join(out) + "</div>"


def _body(a: Article) -> str:
    raw = a.raw_paragraphs or a.paragraphs
    paras = []
    for i, text in enumerate(raw):
        if i == 0 and a.place:
            line = a.dateline()
            if a.dev == "dateline_strong":
                head, _, _ = line.rpartition(" - ")
                paras.append(f"<p><strong>{esc(head)}</strong> - {esc(text)}</p>")
            else:
                paras.append(f"<p>{esc(line)}{esc(text)}</p>")
        else:
            paras.append(f"<p>{esc(text)}</p>")
        if a.dev == "hazards" and i == 0:
            paras.append("<p>&nbsp;</p>")
        if i == 1 and len(raw) > 2:
            paras.append(_ad("inread"))
    if a.dev == "hazards":
        paras.append("<p>\u00a0</p><p></p>")
    if a.source_line and a.source:
        if a.dev == "source_link":
            href = SOURCE_HOME.get(a.source, "https://ic24.kz")
            paras.append(f'<p>Источник:&nbsp;<a href="{href}" target="_blank" rel="nofollow">'
                         f"{esc(a.source)}</a></p>")
        else:
            paras.append(f"<p>Источник: {esc(a.source)}</p>")
    return ('<div class="text-content clearfix field field--name-body field--type-text-with-'
            'summary field--label-hidden field__item">' + "\n".join(paras) + "</div>")


def _gallery(a: Article) -> str:
    if a.images < 2:
        return ""
    slides = "".join(f'<div class="slick__slide slide"><img loading="lazy" src="{src}" alt="" '
                     'width="900" height="600" /></div>' for src in a.image_paths()[1:])
    return ('<div class="field field--name-field-gallery field--type-image field--label-hidden '
            f'field__items"><div class="slick slick--optionset--gallery">{slides}</div></div>')


def _share(a: Article, base: str) -> str:
    url = attr(base + a.path)
    links = "".join(f'<a class="a2a_button_{n}" href="https://www.addtoany.com/add_to/{n}?'
                    f'linkurl={url}" title="{n.capitalize()}" rel="nofollow noopener" '
                    f'target="_blank">{n.capitalize()}</a> '
                    for n in ("facebook", "telegram", "whatsapp", "vk"))
    return (f'<div class="addtoany"><span class="a2a_label">Поделиться:</span> <span class="a2a_kit'
            f' a2a_kit_size_24 addtoany_list" data-a2a-url="{url}">{links}</span></div>')


def article(a: Article, base: str) -> Response:
    h1 = ('<div id="block-ic24-page-title" class="block block-core block-page-title-block">'
          '<h1 class="title page-title"><span class="field field--name-title field--type-string '
          f'field--label-hidden">{esc(a.title)}</span></h1></div>')
    lang_attr = f' lang="{a.lang}"' if a.lang != "ru" else ""
    node = (f'<article data-history-node-id="{a.num}"{lang_attr} class="node node--type-article '
            f'node--promoted node--view-mode-full"><div class="node__content">'
            + _image(a, base) + _meta(a) + _body(a) + _gallery(a) + _share(a, base)
            + "</div></article>")
    tail = ""
    if a.dev == "views_bigpipe" and a.views is not None:
        tail = _bigpipe(f"callback=statistics_counter&args%5B0%5D={a.num}&token={_token(a)}",
                        f'<span class="statistics-counter">{a.views}</span>') + "\n"
    main = ('<div class="region region--content-above">' + h1 + "</div>"
            '<div class="region region--content" id="content">' + node + "</div>")
    return 200, {"Content-Type": HTML, "X-Generator": "Drupal 10 (https://www.drupal.org)",
                 "Cache-Control": "max-age=300, public", "X-Drupal-Cache": "HIT"}, _page(
        a.title, base, a, a.path, main, tail)


def _row(a: Article) -> str:
    return (f'<div class="views-row"><div class="news_text"><a href="{a.path}" hreflang='
            f'"{a.lang}">{esc(a.title)}</a><p>{date_line(a)}</p></div></div>')


def _pager(page: int, count: int) -> str:
    """Drupal's full pager: 0-based ``?page=N`` links relative to the view's path."""
    cur = page - 1
    items = []
    if cur > 0:
        items += ['<li class="pager__item pager__item--first"><a href="?page=0" title="Перейти на'
                  ' первую страницу">« Первая</a></li>',
                  f'<li class="pager__item pager__item--previous"><a href="?page={cur - 1}" '
                  'title="Перейти на предыдущую страницу" rel="prev">‹ Предыдущая</a></li>']
    for k in range(count):
        if k == cur:
            items.append(f'<li class="pager__item is-active">{k + 1}</li>')
        else:
            items.append(f'<li class="pager__item"><a href="?page={k}">{k + 1}</a></li>')
    if cur < count - 1:
        items += [f'<li class="pager__item pager__item--next"><a href="?page={cur + 1}" '
                  'title="Перейти на следующую страницу" rel="next">Следующая ›</a></li>',
                  f'<li class="pager__item pager__item--last"><a href="?page={count - 1}" '
                  'title="Перейти на последнюю страницу">Последняя »</a></li>']
    return ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id='
            '"pagination-heading" class="visually-hidden">Постраничная навигация</h4><ul class='
            f'"pager__items js-pager__items">{"".join(items)}</ul></nav>')


def listing(page: int, base: str) -> Response:
    from tests.sixtiethsite.site import build, page_count, page_items

    featured = ""
    if page == 1:
        top = max(build(), key=lambda x: x.views or 0)
        featured = (f'<div class="featured"><h2>Главное</h2><a href="{top.path}" class="featured'
                    f'__link">{esc(top.title)}</a></div>')
    rows = "".join(_row(a) for a in page_items(page))
    main = ('<h1 class="title page-title">Новости</h1>' + featured
            + '<div class="views-element-container"><div class="view view-novosti view-id-novosti'
            f' view-display-id-page_1"><div class="view-content">{rows}</div>'
            + _pager(page, page_count()) + "</div></div>")
    path = "/novosti" if page == 1 else f"/novosti?page={page - 1}"
    return 200, {"Content-Type": HTML}, _page("Новости", base, None, path, main)


def front(base: str) -> bytes:
    from tests.sixtiethsite.site import page_items

    rows = "".join(_row(a) for a in page_items(1))
    main = (f'<div class="view view-frontpage"><div class="view-content">{rows}</div></div>'
            '<a href="/novosti" class="more-link">Все новости</a>')
    return _page("Главная", base, None, "/", main)


def not_found() -> bytes:
    main = ('<h1 class="title page-title">Страница не найдена</h1><div class="text-content">'
            "<p>Запрашиваемая страница не найдена.</p></div>")
    return _page("Страница не найдена", "", None, "/404", main)
