"""Ghost 5 (Casper-like theme) markup of the seventieth copy: article, listing and 404 pages."""

from __future__ import annotations

import json
from datetime import UTC
from html import escape

from tests.copykit.catalogue import MONTHS, Response
from tests.copykit.text import cut_at_word, ru_slug
from tests.seventiethsite import site

HTML = "text/html; charset=UTF-8"
SITE_NAME = "Центр информации"
CURRENCY = ('<div class="currency-widget" data-rates="js">• USD/KZT <b>0.0</b> • EUR/KZT '
            '<b>0.0</b> • RUB/KZT <b>0.0</b> • CNY/KZT <b>0.0</b></div>')
READ = {"ru": "мин чтения", "en": "min read", "kk": "мин оқу"}


def _esc(text: str) -> str:
    return escape(text, quote=True)


def _slug(word: str) -> str:
    return ru_slug(word) or word.lower()


def day_text(art: site.Article) -> str:
    """'20 Апреля 2023' / '2 August 2021' / '20 Сәуір 2023'."""
    month = MONTHS[art.lang][art.day.month - 1]
    return f"{art.day.day} {month[0].upper()}{month[1:]} {art.day.year}"


def _utc(art: site.Article) -> str:
    return art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _all_tags(art: site.Article) -> list[str]:
    return ([art.category] if art.category else []) + list(art.tags)


def _jsonld(art: site.Article, base: str) -> str:
    url = base + art.path
    data: dict[str, object] = {
        "@context": "https://schema.org", "@type": "Article",
        "publisher": {"@type": "Organization", "name": SITE_NAME, "url": base + "/",
                      "logo": {"@type": "ImageObject",
                               "url": base + "/content/images/2021/01/logo.png"}},
        "author": {"@type": "Person", "name": SITE_NAME, "url": base + "/author/ic24/",
                   "sameAs": []},
        "headline": art.title, "url": url, "datePublished": _utc(art),
        "dateModified": _utc(art), "description": art.paragraphs[0][:150],
        "mainEntityOfPage": url,
    }
    if art.images:
        data["image"] = {"@type": "ImageObject",
                         "url": f"{base}/content/images/{art.folder()}/{art.image_name(1)}",
                         "width": 2000, "height": 1333}
    if _all_tags(art):
        data["keywords"] = ", ".join(_all_tags(art))
    return json.dumps(data, ensure_ascii=False, indent=4)


def _head(art: site.Article, base: str) -> str:
    url = base + art.path
    tags = "".join(f'<meta property="article:tag" content="{_esc(t)}">' for t in _all_tags(art))
    image = (f'<meta property="og:image" content="{base}/content/images/{art.folder()}/'
             f'{art.image_name(1)}">' if art.images else "")
    filed = (f'<meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" '
             f'content="{_esc(", ".join(_all_tags(art)))}">' if _all_tags(art) else "")
    return f"""<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{_esc(art.title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3f1c2a9b7e">
<meta name="description" content="{_esc(art.paragraphs[0][:150])}">
<link rel="icon" href="/favicon.png" type="image/png">
<link rel="canonical" href="{url}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_esc(art.title)}">
<meta property="og:description" content="{_esc(art.paragraphs[0][:150])}">
<meta property="og:url" content="{url}">{image}
<meta property="article:published_time" content="{_utc(art)}">
<meta property="article:modified_time" content="{_utc(art)}">{tags}
<meta property="article:publisher" content="https://www.facebook.com/ic24kz">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{_esc(art.title)}">
<meta name="twitter:url" content="{url}">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{SITE_NAME}">
{filed}
<script type="application/ld+json">
{_jsonld(art, base)}
</script>
<meta name="generator" content="Ghost 5.42">
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" href="{base}/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.30/umd/portal.min.js"
 data-i18n="false" data-ghost="{base}/" data-key="6b3c0a1e9d" data-api="{base}/ghost/api/content/"
 crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{{border-radius:3px}}</style>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
}})(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");ym(90817263,"init",{{}});
</script>
</head>"""


def _nav() -> str:
    return f"""<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="/">{SITE_NAME}</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg viewBox="0 0 24 24"><path d="M10 2a8 8 0 1 0 0 16"/></svg></button>
<button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">
<li class="nav-novosti"><a href="/novosti">Новости</a></li>
<li class="nav-socium"><a href="/tag/socium/">Социум</a></li>
<li class="nav-ekonomika"><a href="/tag/ekonomika/">Экономика</a></li>
<li class="nav-english"><a href="/tag/english/">English</a></li>
</ul></nav>
<div class="gh-head-actions">
<form class="search-form" action="/search/" method="get"><input type="search" name="q"
 placeholder="Поиск"></form>
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Войти</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Подписаться</a>
</div></div></header>"""


def _tag_link(tag: str, cls: str = "") -> str:
    return f'<a href="/tag/{_slug(tag)}/"{cls}>{_esc(tag)}</a>'


def _info(art: site.Article) -> str:
    """The info line: date, views, rubric, tags (each left out when the story has none)."""
    parts = [f'<time class="ic-date" datetime="{art.day.isoformat()}">{day_text(art)}</time>']
    if art.views is not None:
        parts.append(f'<span class="ic-views" title="Просмотры">{art.views}</span>')
    if art.category:
        parts.append(f'<span class="ic-rubric">{_tag_link(art.category)}</span>')
    if art.tags:
        parts.append('<span class="ic-tags">'
                     + ", ".join(_tag_link(t) for t in art.tags) + "</span>")
    return '<div class="ic-info">' + " ".join(parts) + "</div>"


def _credit(art: site.Article) -> str:
    if art.photo_credit is None:
        return ""
    sep = " " if art.quirk == "spaced_credit" else ""
    return f"Фото:{sep}{_esc(art.photo_credit)}"


def _feature(art: site.Article) -> str:
    if not art.images:
        return ""
    name, folder = art.image_name(1), art.folder()
    srcset = ", ".join(f"/content/images/size/w{w}/{folder}/{name} {w}w"
                       for w in (300, 600, 1000, 2000))
    return f"""<figure class="article-image">
<img srcset="{srcset}" sizes="(min-width: 1400px) 1400px, 92vw"
 src="/content/images/size/w600/{folder}/{name}" alt="{_esc(art.title)}">
<figcaption>{_credit(art)}</figcaption></figure>"""


def _body_image(art: site.Article) -> str:
    name, folder = art.image_name(2), art.folder()
    caption = _credit(art) if art.quirk == "caption_credit" else _esc(art.title[:40])
    return f"""<figure class="kg-card kg-image-card kg-card-hascaption"><img
 src="/content/images/{folder}/{name}" class="kg-image" alt="" loading="lazy" width="1280"
 height="853" srcset="/content/images/size/w600/{folder}/{name} 600w,
 /content/images/size/w1000/{folder}/{name} 1000w, /content/images/{folder}/{name} 1280w"
 sizes="(min-width: 720px) 720px"><figcaption>{caption}</figcaption></figure>"""


def _bookmark(other: site.Article) -> str:
    return f"""<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container"
 href="/news/{other.slug}-{other.id}"><div class="kg-bookmark-content"><div
 class="kg-bookmark-title">{_esc(other.title)}</div><div class="kg-bookmark-description">{
 _esc(other.paragraphs[-1])}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon"
 src="/content/images/size/w256h256/2021/01/icon.png" alt=""><span
 class="kg-bookmark-author">{SITE_NAME}</span></div></div></a></figure>"""


AD = ("<!--kg-card-begin: html--><div class=\"ad-slot\" data-ad=\"inread\"><span>Реклама</span>"
      "<a href=\"https://ads.example/click?id=77\">Кредит под 0% — узнайте условия</a></div>"
      "<!--kg-card-end: html-->")


def _body(art: site.Article, others: list[site.Article]) -> str:
    raw = list(art.raw_paragraphs or art.paragraphs)
    out = []
    for k, para in enumerate(raw):
        text = _esc(para)
        if k == 0:
            text = _esc(art.dateline()) + text
        out.append(f"<p>{text}</p>")
        if k == 1 and art.quirk == "bookmark" and others:
            out.append(_bookmark(others[0]))
        if k == 0 and art.quirk == "ad_card":
            out.append(AD)
        if k == 1 and art.images >= 2:
            out.append(_body_image(art))
    if art.raw_paragraphs and art.lang == "ru":
        out.append("<p>\u00a0</p>")
    if art.source_line and art.source:
        out.append(f"<p>Источник: {_esc(art.source)}</p>")
    return "\n".join(out)


def _badged(arts: list[site.Article], title: str, cls: str) -> str:
    items = "".join(
        f'<li><a href="/news/{a.slug}-{a.id}"><span class="badge">{a.lang}</span> '
        f"{_esc(cut_at_word(a.title, 60))}</a></li>" for a in arts)
    return f'<aside class="{cls}"><h3>{title}</h3><ul>{items}</ul></aside>'


def _read_more(arts: list[site.Article]) -> str:
    cards = "".join(
        f'<article class="post-card post"><a class="post-card-content-link" '
        f'href="/news/{a.slug}-{a.id}"><header class="post-card-header"><h2 '
        f'class="post-card-title">{_esc(a.title)}</h2></header></a></article>' for a in arts)
    return (f'<aside class="read-more-wrap outer"><div class="read-more inner">{cards}</div>'
            "</aside>")


FOOTER = """<footer class="site-footer outer"><div class="inner">
<section class="copyright"><a href="/">Центр информации</a> © 2026</section>
<div class="contacts">Алматы, пр. Абая, 52, офис 12 · +7 (727) 355-00-24 ·
<a href="mailto:info@ic24.kz">info@ic24.kz</a></div>
<nav class="site-footer-nav"><a href="/about/">О нас</a> <a href="/reklama/">Реклама</a>
<a href="/rss/">RSS</a></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered
 by Ghost</a></div></div></footer>
<div class="cookie-banner" id="cookies">Мы используем файлы cookie. <button>Согласен</button></div>
<noscript><div><img src="https://mc.yandex.ru/watch/90817263" style="position:absolute"
 alt=""></div></noscript>"""


def _neighbours(art: site.Article) -> list[site.Article]:
    return [a for a in site.build() if a.num != art.num]


def article(art: site.Article, base: str) -> Response:
    others = _neighbours(art)
    tag_class = f" tag-{_slug(art.category)}" if art.category else " no-primary-tag"
    primary = (f'<section class="article-tag post-card-tags"><span class="post-card-primary-tag">'
               f"{_tag_link(art.category)}</span></section>" if art.category else "")
    share = ('<div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u='
             f'{base}{art.path}">Facebook</a> <a href="https://t.me/share/url?url={base}'
             f'{art.path}">Telegram</a> <a href="https://wa.me/?text={base}{art.path}">WhatsApp'
             "</a> <button class=\"copy-link\">Копировать ссылку</button></div>")
    page = f"""<!DOCTYPE html>
<html lang="ru">
{_head(art, base)}
<body class="post-template{tag_class} is-head-left-logo has-cover">
<div class="viewport">
{_nav()}
{CURRENCY}
<div class="ad-top"><span>Реклама</span><img src="/content/images/2024/01/banner-970.jpg"
 alt="Баннер"></div>
<main id="site-main" class="site-main">
<article class="article post{tag_class}">
<header class="article-header gh-canvas">
{primary}
<h1 class="article-title">{_esc(art.title)}</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list">
<li class="author-list-item"><a href="/author/ic24/" class="author-avatar"><img
 class="author-profile-image" src="/content/images/size/w100/2021/01/avatar.png"
 alt="{SITE_NAME}"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a
 href="/author/ic24/">{SITE_NAME}</a></h4><div class="byline-meta-content"><span
 class="byline-reading-time"><span class="bull">•</span> {len(art.paragraphs) + 1}
 {READ[art.lang]}</span></div></div></section></div>
{_feature(art)}
{_info(art)}
</header>
<section class="gh-content gh-canvas">
{_body(art, others)}
</section>
{share}
<section class="footer-cta outer"><div class="inner"><h3 class="footer-cta-title">Подпишитесь на
 рассылку «Центра информации»</h3><a class="footer-cta-button" href="#/portal"
 data-portal>Ваш e-mail <span>Подписаться</span></a></div></section>
</article>
{_badged(others[:12], "Последние новости", "latest-news")}
{_badged(sorted(others, key=lambda a: -(a.views or 0))[:5], "Самое читаемое", "most-read")}
</main>
{_read_more(others[:3])}
{FOOTER}
</div></body></html>"""
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def listing(n: int, base: str) -> Response:
    cards = []
    for a in site.page_items(n):
        image = (f'<a class="post-card-image-link" href="/news/{a.slug}-{a.id}"><img '
                 f'class="post-card-image" src="/content/images/size/w300/{a.folder()}/'
                 f'{a.image_name(1)}" alt="" loading="lazy"></a>' if a.images else "")
        rubric = (f'<div class="post-card-primary-tag">{_esc(a.category)}</div>'
                  if a.category else "")
        cards.append(f"""<article class="post-card post{' no-image' if not a.images else ''}">
{image}
<div class="post-card-content news_text">
<a class="post-card-content-link" href="/news/{a.slug}-{a.id}">
<header class="post-card-header"><div class="post-card-tags">{rubric}</div>
<h2 class="post-card-title">{_esc(a.title)}</h2></header>
<div class="post-card-excerpt">{_esc(a.paragraphs[0][:140])}</div></a>
<footer class="post-card-meta"><p><time class="post-card-meta-date"
 datetime="{a.day.isoformat()}">{day_text(a)}</time></p></footer>
</div></article>""")
    nav = []
    if n == 2:
        nav.append('<a class="newer-posts" href="/novosti">← Новее</a>')
    elif n > 2:
        nav.append(f'<a class="newer-posts" href="/novosti/page/{n - 1}/">← Новее</a>')
    nav.append(f'<span class="page-number">Страница {n} из {site.page_count()}</span>')
    if n < site.page_count():
        nav.append(f'<a class="older-posts" href="/novosti/page/{n + 1}/">Старше →</a>')
    canonical = base + ("/novosti/" if n == 1 else f"/novosti/page/{n}/")
    page = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Новости – {SITE_NAME}</title>
<link rel="canonical" href="{canonical}"><meta name="generator" content="Ghost 5.42">
</head><body class="tag-template tag-novosti paged">
<div class="viewport">{_nav()}{CURRENCY}
<main id="site-main" class="site-main outer"><div class="inner posts">
<div class="post-feed">
{''.join(cards)}
</div>
<nav class="pagination" role="navigation">{' '.join(nav)}</nav>
</div></main>
{FOOTER}</div></body></html>"""
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def not_found() -> bytes:
    recent = "".join(
        f'<article class="post-card"><a class="post-card-content-link" href="/news/{a.slug}-'
        f'{a.id}"><h2 class="post-card-title">{_esc(a.title)}</h2></a></article>'
        for a in site.build()[:3])
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>404 — Page not '
            f'found</title></head><body class="error-template"><main class="outer error-content">'
            f'<h1 class="error-code">404</h1><p class="error-description">Page not found</p>'
            f'<a class="error-link" href="/">Вернуться на главную →</a></main>'
            f'<aside class="read-more-wrap"><div class="post-feed">{recent}</div></aside>'
            f"</body></html>").encode()
