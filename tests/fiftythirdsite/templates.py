"""The fifty-third copy's markup: a WordPress 6 news theme with its usual plugins.

Class names are WordPress' and its plugins' own defaults: ``entry-title``, ``entry-meta``,
``posted-on``/``entry-date published``, ``cat-links``/``tags-links`` with ``rel="category
tag"``/``rel="tag"``, ``entry-content``, block-editor figures (``wp-block-quote``,
``wp-block-list``, ``wp-block-table``, ``wp-block-embed``, ``wp-block-gallery``,
``wp-element-caption``), Post Views Counter (``post-views-count``), Yoast SEO (meta, JSON-LD
``@graph`` with UTC times), Polylang (``pll-switcher``, ``hreflang``), AddToAny share buttons
(``a2a_button_telegram``), YARPP related posts (``yarpp-related``), WordPress Popular Posts
(``wpp-list`` with view counts), Cookie Notice (``#cookie-notice``), the core comments and search
form; the theme's own parts are the currency strip, the ``.news_text`` listing items and the
"latest news" block with language badges.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, date

from tests.copykit.catalogue import MONTHS, Response
from tests.copykit.text import cut_at_word, translit
from tests.fiftythirdsite import site

E = html.escape
HTML_LANG = {"ru": "ru-RU", "en": "en-US", "kk": "kk"}
OG_LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
SITE_NAME = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
UNCATEGORISED = {"ru": "Без рубрики", "en": "Uncategorized", "kk": "Санатсыз"}
WORDS = {
    "ru": dict(latest="Последние новости", related="Похожие записи", popular="Самое читаемое",
               read_also="Читайте также:", comments="Комментарии", reply="Добавить комментарий",
               share="Поделиться", views="просмотров", search="Поиск", more="Далее »"),
    "en": dict(latest="Latest news", related="Related posts", popular="Most read",
               read_also="Read also:", comments="Comments", reply="Leave a Reply",
               share="Share", views="views", search="Search", more="Next »"),
    "kk": dict(latest="Соңғы жаңалықтар", related="Ұқсас жазбалар", popular="Көп оқылған",
               read_also="Оқи отырыңыз:", comments="Пікірлер", reply="Пікір қалдыру",
               share="Бөлісу", views="қаралым", search="Іздеу", more="Келесі »"),
}
COMMENTERS = [("Айгерим", "Спасибо за информацию!"), ("Ерлан К.", "Давно пора было это сделать."),
              ("Марина", "А когда начнут в нашем районе?")]


def info_date(lang: str, day: date) -> str:
    """The date as the theme prints it under the headline: '20 Апреля 2023', '2 August 2021'."""
    month = MONTHS[lang][day.month - 1]
    return f"{day.day} {month if lang == 'en' else month.capitalize()} {day.year}"


def _currency() -> str:
    rates = "".join(f'<li class="currency-item">• {pair} <span class="rate" data-pair="{pair}">0.0'
                    f"</span></li>" for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"))
    return f'<div class="header-currency"><ul class="currency-list">{rates}</ul></div>'


def _header(lang: str, base: str, path: str) -> str:
    w = WORDS[lang]
    switch = "".join(
        f'<li class="lang-item lang-item-{code}{" current-lang" if code == lang else ""}">'
        f'<a lang="{HTML_LANG[code]}" hreflang="{HTML_LANG[code]}" href="{base}/novosti">'
        f"{code}</a></li>" for code in ("ru", "en", "kk"))
    return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Перейти к содержимому</a>
<header id="masthead" class="site-header">
{_currency()}
<div class="site-branding"><a href="{base}/novosti" rel="home" class="custom-logo-link">
<img src="/wp-content/uploads/2021/01/logo-ic24.png" class="custom-logo" alt="Центр информации"
 width="220" height="60"></a><p class="site-description">Новости Алматы и Казахстана</p></div>
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">☰ Меню</button>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item current-menu-item"><a href="{base}/novosti">Новости</a></li>
<li class="menu-item"><a href="{base}/category/obshchestvo/">Общество</a></li>
<li class="menu-item"><a href="{base}/category/ekonomika/">Экономика</a></li>
<li class="menu-item"><a href="{base}/kontakty/">Контакты</a></li></ul></nav>
<ul class="pll-switcher">{switch}</ul>
<form role="search" method="get" class="search-form" action="{base}/">
<label><span class="screen-reader-text">Найти:</span>
<input type="search" class="search-field" placeholder="{w['search']}…" value="" name="s"></label>
<input type="submit" class="search-submit" value="{w['search']}"></form>
</header>
<div class="ad-slot ad-header"><ins class="adsbygoogle" data-ad-client="ca-pub-1234567890"
 data-ad-slot="556677"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
<a href="https://kaspi.kz/promo?utm_source=ic24" rel="nofollow sponsored">Kaspi Red: рассрочка
0-0-12</a></div>"""


def _popular(base: str, lang: str) -> str:
    arts = sorted((a for a in site.build() if a.views), key=lambda a: -(a.views or 0))[:5]
    items = "".join(
        f'<li><a href="{base}{a.path}" class="wpp-post-title" target="_self">{E(a.title)}</a> '
        f'<span class="wpp-meta post-stats"><span class="wpp-views">{a.views:,}'.replace(",", " ")
        + f" {WORDS[lang]['views']}</span></span></li>" for a in arts)
    return (f'<section id="wpp-2" class="widget popular-posts"><h2 class="widget-title">'
            f'{WORDS[lang]["popular"]}</h2><ul class="wpp-list">{items}</ul></section>')


def _latest(base: str, lang: str) -> str:
    """The theme's "latest news" block: 30 newest headlines cut short, each with its badge."""
    items = "".join(
        f'<li class="latest-item"><span class="lang-badge">{a.lang}</span> '
        f'<a href="{base}{a.path}">{E(cut_at_word(a.title, 64))}</a></li>'
        for a in site.build()[:30])
    return (f'<section class="widget widget-latest-news"><h2 class="widget-title">'
            f'{WORDS[lang]["latest"]}</h2><ul class="latest-list">{items}</ul></section>')


def _footer(lang: str) -> str:
    return f"""<aside id="secondary" class="widget-area">
<section class="widget widget_text"><div class="textwidget"><script async
 src="https://telegram.org/js/telegram-widget.js?22" data-telegram-discussion="ic24kz"></script>
<a href="https://t.me/ic24kz">Подписывайтесь на наш Telegram-канал</a></div></section></aside>
<footer id="colophon" class="site-footer"><div class="footer-contacts">
<p>© 2015–2026 {SITE_NAME[lang]}. Все права защищены.</p>
<p>Адрес: 050000, г. Алматы, пр. Абая, 10, офис 5. Тел.: +7 (727) 300-00-00.
E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>
<p>Свидетельство о постановке на учёт СМИ № 12345-ИА выдано МИОР РК.</p>
<p>При использовании материалов ссылка на ic24.kz обязательна. 16+</p></div>
<div class="counters"><!-- Yandex.Metrika counter --><script>ym(12345678, "init", {{
clickmap:true, trackLinks:true }});</script><noscript><div><img
 src="https://mc.yandex.ru/watch/12345678" style="position:absolute; left:-9999px;" alt="">
</div></noscript><a href="https://www.liveinternet.ru/click" target="_blank"><img
 src="https://counter.yadro.ru/hit?t44.6" alt="" title="LiveInternet" width="31" height="31">
</a></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden
 cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span
 id="cn-notice-text" class="cn-text-container">Мы используем cookie для улучшения работы сайта.
Продолжая пользоваться сайтом, вы соглашаетесь с этим.</span><span id="cn-notice-buttons"
 class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept"
 class="cn-set-cookie cn-button">Хорошо</a></span></div></div>
<script src="/wp-content/plugins/add-to-any/addtoany.min.js?ver=1.1"></script>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.4.3"></script>"""


def _head(title: str, lang: str, extra: str = "") -> str:
    return f"""<!doctype html>
<html lang="{HTML_LANG[lang]}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} – {SITE_NAME[lang]}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="{OG_LOCALE[lang]}">
<meta property="og:site_name" content="{SITE_NAME[lang]}">
{extra}
<link rel="stylesheet" id="wp-block-library-css"
 href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<script src="https://www.googletagmanager.com/gtag/js?id=G-ABCDEF123"></script>
</head>"""


def _seo(art: site.Article, base: str) -> str:
    """Yoast SEO's head: canonical, og tags, article times in UTC and its JSON-LD graph (only
    on posts that carry a time of day; imported posts have the date alone)."""
    url = base + art.path
    out = [f'<link rel="canonical" href="{url}">',
           '<meta property="og:type" content="article">',
           f'<meta property="og:title" content="{E(art.title)}">',
           f'<meta property="og:url" content="{url}">']
    if art.image_paths():
        out.append(f'<meta property="og:image" content="{base}{art.image_paths()[0]}">')
    if art.clock:
        utc = art.local.astimezone(UTC).isoformat()
        out.append(f'<meta property="article:published_time" content="{utc}">')
        if art.style == "updated":
            later = art.local.replace(hour=23, minute=50).astimezone(UTC).isoformat()
            out.append(f'<meta property="article:modified_time" content="{later}">')
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": url + "#article", "headline": art.title,
             "datePublished": utc, "dateModified": utc, "inLanguage": HTML_LANG[art.lang],
             "author": {"name": "Редакция"}, "publisher": {"@id": base + "/#organization"}},
            {"@type": "Organization", "@id": base + "/#organization", "name": SITE_NAME["ru"]}]}
        out.append('<script type="application/ld+json" class="yoast-schema-graph">'
                   + json.dumps(graph, ensure_ascii=False) + "</script>")
    return "\n".join(out)


def _info_line(art: site.Article, base: str) -> str:
    """'20 Апреля 2023 683 Социум Алматы, аким, субботник' as the theme's entry-meta."""
    stamp = f' datetime="{art.local.isoformat()}"' if art.clock else ""
    parts = [f'<span class="posted-on"><time class="entry-date published"{stamp}>'
             f"{info_date(art.lang, art.day)}</time></span>"]
    if art.views is not None:
        parts.append(f'<span class="post-views content-post post-{art.num} entry-meta">'
                     f'<span class="post-views-icon dashicons dashicons-visibility"></span>'
                     f'<span class="post-views-count">{art.views}</span></span>')
    rubric = art.category or (UNCATEGORISED[art.lang] if art.uncategorised else None)
    if rubric:
        parts.append(f'<span class="cat-links"><a href="{base}/category/'
                     f'{translit(rubric).replace(" ", "-")}/" rel="category tag">{E(rubric)}</a>'
                     f"</span>")
    if art.tags:
        tags = ", ".join(f'<a href="{base}/tag/{translit(t)}/" rel="tag">{E(t)}</a>'
                         for t in art.tags)
        parts.append(f'<span class="tags-links">{tags}</span>')
    return '<div class="entry-meta">' + " ".join(parts) + "</div>"


def _figure(art: site.Article, base: str) -> str:
    if not art.images:
        return ""
    src = art.image_paths()[0]
    small = src.replace(".jpg", "-300x200.jpg")
    credit = (f'<figcaption class="wp-element-caption">Фото:{E(art.photo_credit)}</figcaption>'
              if art.photo_credit else "")
    return (f'<figure class="post-thumbnail"><img width="1024" height="683" src="{base}{src}" '
            f'class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" '
            f'decoding="async" fetchpriority="high" srcset="{base}{src} 1024w, {base}{small} 300w"'
            f' sizes="(max-width: 1024px) 100vw, 1024px">{credit}</figure>')


def _paragraphs(art: site.Article) -> list[str]:
    raw = art.raw_paragraphs or art.paragraphs
    return [E(p, quote=False) for p in raw]


def _content(art: site.Article, base: str) -> str:
    lang, style = art.lang, art.style
    paras = _paragraphs(art)
    blocks = [f"<p>{p}</p>" for p in paras]
    dateline = E(art.dateline(), quote=False)
    if style == "bold_lead":
        blocks[0] = f"<p><strong>{dateline}{paras[0]}</strong></p>"
    else:
        blocks[0] = f"<p>{dateline}{paras[0]}</p>" if dateline else blocks[0]
    if style == "quote":
        blocks[1] = f'<blockquote class="wp-block-quote"><p>{paras[1]}</p></blockquote>'
    if style == "list":
        n = len(site.LIST_ITEMS[lang])
        items = "".join(f"<li>{p}</li>" for p in paras[-n:])
        blocks[-n:] = [f'<ul class="wp-block-list">{items}</ul>']
    if style == "updated":
        blocks[-1] = f'<p class="has-small-font-size"><em>{paras[-1]}</em></p>'
    middle: list[str] = []
    if style == "table":  # its rows are paragraphs of the story, printed as the table
        del blocks[1:1 + len(site.TABLE_ROWS)]
        head, *rows = site.TABLE_ROWS
        cells = ["".join(f"<td>{E(c, quote=False)}</td>" for c in row) for row in rows]
        middle.append('<figure class="wp-block-table"><table><thead><tr>'
                      + "".join(f"<th>{E(c, quote=False)}</th>" for c in head)
                      + "</tr></thead><tbody>" + "".join(f"<tr>{c}</tr>" for c in cells)
                      + "</tbody></table></figure>")
    if style == "video":
        middle.append('<figure class="wp-block-embed is-type-video is-provider-youtube '
                      'wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div '
                      'class="wp-block-embed__wrapper"><iframe title="Видео ic24" width="800" '
                      'height="450" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"'
                      ' frameborder="0" allowfullscreen></iframe></div><figcaption '
                      'class="wp-element-caption">Видео: YouTube-канал ic24</figcaption></figure>')
    if style == "gallery":
        imgs = "".join(f'<figure class="wp-block-image size-large"><img src="{base}{p}" '
                       f'alt="" class="wp-image-{art.num}{k}"></figure>'
                       for k, p in enumerate(art.image_paths()[1:]))
        middle.append(f'<figure class="wp-block-gallery has-nested-images columns-3 '
                      f'is-cropped">{imgs}<figcaption class="blocks-gallery-caption '
                      f'wp-element-caption">Фото:{E(art.photo_credit or "")}</figcaption>'
                      "</figure>")
    if style == "readalso":
        other = next(a for a in site.build() if a.num != art.num and a.lang == lang)
        middle.append(f'<p class="read-also"><strong>{WORDS[lang]["read_also"]}</strong> '
                      f'<a href="{base}{other.path}">{E(other.title)}</a></p>')
    if style == "embed":
        middle.append('<blockquote class="instagram-media" data-instgrm-permalink='
                      '"https://www.instagram.com/p/Cabc123/" data-instgrm-version="14"><div>'
                      '<a href="https://www.instagram.com/p/Cabc123/" target="_blank">'
                      "Посмотреть эту публикацию в Instagram</a></div><p>Публикация от "
                      "Akimat Almaty (@almaty_akimat)</p></blockquote>"
                      '<script async src="//www.instagram.com/embed.js"></script>'
                      '<script async src="https://telegram.org/js/telegram-widget.js?22" '
                      'data-telegram-post="ic24kz/1234" data-width="100%"></script>')
    blocks[1:1] = middle
    if art.homoglyph:
        blocks.insert(2, "<p>&nbsp;</p>")
    if art.source_line and art.source:
        blocks.append("<p>\u00a0</p>")
        blocks.append(f"<p>Источник: {E(art.source, quote=False)}</p>")
    share = "".join(f'<a class="a2a_button_{net}" href="https://www.addtoany.com/add_to/{net}?'
                    f'linkurl={base}{art.path}" title="{net.title()}" rel="nofollow noopener" '
                    f'target="_blank"></a>' for net in ("telegram", "whatsapp", "facebook", "vk"))
    blocks.append(f'<div class="addtoany_share_save_container addtoany_content '
                  f'addtoany_content_bottom"><div class="addtoany_header">'
                  f'{WORDS[lang]["share"]}:</div><div class="a2a_kit a2a_kit_size_32 '
                  f'addtoany_list" data-a2a-url="{base}{art.path}">{share}</div></div>')
    return '<div class="entry-content">\n' + "\n".join(blocks) + "\n</div>"


def _related(art: site.Article, base: str) -> str:
    others = [a for a in site.build() if a.lang == art.lang and a.num != art.num][:3]
    items = "".join(f'<li><a href="{base}{a.path}" rel="bookmark" title="{E(a.title)}">'
                    f"{E(a.title)}</a></li>" for a in others)
    return (f"<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>"
            f"<h3>{WORDS[art.lang]['related']}:</h3><ol>{items}</ol></div>")


def _comments(art: site.Article) -> str:
    w = WORDS[art.lang]
    items = ""
    for k in range(art.comments):
        name, text = COMMENTERS[k % len(COMMENTERS)]
        next_day = art.day.day + 1 if art.day.day < 28 else 1
        when = f"{next_day:02d}.{art.day.month:02d}.{art.day.year}"
        items += (f'<li id="comment-{art.num}{k}" class="comment even thread-even depth-1">'
                  f'<article class="comment-body"><footer class="comment-meta"><div '
                  f'class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/'
                  f'avatar/0?s=32&amp;d=mm" class="avatar avatar-32 photo" height="32" width="32">'
                  f'<b class="fn">{name}</b> <span class="says">говорит:</span></div><div '
                  f'class="comment-metadata"><a href="#comment-{art.num}{k}"><time>{when} в '
                  f"1{k}:0{k}</time></a></div></footer><div class=\"comment-content\"><p>{text}"
                  f"</p></div></article></li>")
    listed = (f'<h2 class="comments-title">{w["comments"]}: {art.comments}</h2>'
              f'<ol class="comment-list">{items}</ol>') if art.comments else ""
    return (f'<div id="comments" class="comments-area">{listed}<div id="respond" '
            f'class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
            f'{w["reply"]}</h3><form action="/wp-comments-post.php" method="post" '
            f'id="commentform" class="comment-form"><p class="comment-notes">Ваш адрес email не '
            f'будет опубликован.</p><p class="comment-form-comment"><textarea id="comment" '
            f'name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input '
            f'name="submit" type="submit" id="submit" class="submit" value="Отправить '
            f'комментарий"><input type="hidden" name="comment_post_ID" value="{art.num}">'
            f"</p></form></div></div>")


def article(art: site.Article, base: str) -> Response:
    body = f"""{_head(art.title, art.lang, _seo(art, base))}
<body class="post-template-default single single-post postid-{art.num} single-format-standard
 wp-embed-responsive">
{_header(art.lang, base, art.path)}
<main id="primary" class="site-main">
<article id="post-{art.num}" class="post-{art.num} post type-post status-publish format-standard
 has-post-thumbnail hentry">
<header class="entry-header"><h1 class="entry-title">{E(art.title, quote=False)}</h1></header>
{_figure(art, base)}
{_info_line(art, base)}
{_content(art, base)}
</article>
{_latest(base, art.lang)}
{_related(art, base)}
<div class="ad-slot ad-after-content"><a href="https://halykbank.kz/?utm_source=ic24"
 rel="nofollow sponsored"><img src="/wp-content/uploads/banners/halyk-728x90.gif" alt="Реклама"
 width="728" height="90"></a></div>
{_comments(art)}
</main>
{_popular(base, art.lang)}
{_footer(art.lang)}
</body></html>"""
    return 200, {"Content-Type": "text/html; charset=UTF-8",
                 "Link": f'<{base}/?p={art.num}>; rel=shortlink'}, body.encode("utf-8")


def listing(page: int, base: str) -> bytes:
    items = "".join(
        f'<article class="post-{a.num} post type-post status-publish"><div class="news_text">'
        f'<a href="{a.path}">{E(a.title, quote=False)}</a><p>{info_date(a.lang, a.day)}</p>'
        f"</div></article>\n" for a in site.CATALOGUE.page_items(page))
    count = site.page_count()
    links = []
    for n in range(1, count + 1):
        href = site.LISTING if n == 1 else site.PAGE_FORM.format(n)
        links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>'
                     if n == page else f'<a class="page-numbers" href="{href}">{n}</a>')
    if page < count:
        links.append(f'<a class="next page-numbers" href="{site.PAGE_FORM.format(page + 1)}">'
                     f'{WORDS["ru"]["more"]}</a>')
    nav = ('<nav class="navigation pagination" aria-label="Записи"><div class="nav-links">'
           + "".join(links) + "</div></nav>")
    body = f"""{_head("Новости", "ru", f'<link rel="canonical" href="{base}/novosti">')}
<body class="page-template-default page">
{_header("ru", base, site.LISTING)}
<main id="primary" class="site-main"><header class="page-header"><h1 class="page-title">Новости
</h1></header>
{items}{nav}</main>
{_popular(base, "ru")}
{_footer("ru")}
</body></html>"""
    return body.encode("utf-8")


def not_found() -> bytes:
    return (f"{_head('Страница не найдена', 'ru')}<body class=\"error404\"><main>"
            '<section class="error-404 not-found"><h1 class="page-title">Ой! Эта страница не '
            "может быть найдена.</h1><p>Похоже, здесь ничего нет. Попробуйте воспользоваться "
            "поиском.</p></section></main></body></html>").encode()

