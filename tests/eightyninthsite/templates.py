"""Plone 6 Classic UI markup of the eighty-ninth copy: the news item view, the collection, 404.

Every page carries the portal chrome a government information centre's Plone site has: a
cookie banner, the currency widget in ``#portal-top``, the search box, global navigation,
breadcrumbs, an ad slot, a "most read" portlet, the ``ru``-badged latest-news portlet, share
buttons, Yandex.Metrika and LiveInternet counters and a footer with contacts.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from urllib.parse import quote

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word
from tests.eightyninthsite import site

HTML = "text/html; charset=UTF-8"
SITE_TITLE = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
NAV = (("Главная", "/"), ("Новости", "/novosti"), ("О центре", "/o-centre"),
       ("Контакты", "/kontakty"))
e = html.escape


def caps_day(day: date) -> str:
    """'20 Апреля 2023': the info line's and the listing's date."""
    return f"{day.day} {RU_MONTHS[day.month - 1].capitalize()} {day.year}"


def info_date(a: site.Article) -> str:
    if a.lang == "en" and a.look != "ru_ui":
        return f"{a.day.day} {EN_MONTHS[a.day.month - 1]} {a.day.year}"
    return caps_day(a.day)


def plone_time(moment: datetime, ru_ui: bool) -> str:
    """'Apr 20, 2023 04:07 PM' (English UI) or '20.04.2023 16:07' (Russian UI)."""
    if ru_ui:
        return moment.strftime("%d.%m.%Y %H:%M")
    return moment.strftime("%b %d, %Y %I:%M %p")


def _head(title: str, lang: str, base: str, path: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}" xml:lang="{lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="Plone - https://plone.org/" />
<title>{e(title)} — {SITE_TITLE['ru']}</title>
<link rel="canonical" href="{base}{path}" />
<link rel="stylesheet" href="{base}/++theme++ic24/css/theme.min.css" />
<link rel="icon" href="{base}/favicon.ico" />
{extra}
<script>window.PORTAL_URL = "{base}";</script>
</head>"""


def _top(base: str) -> str:
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{base}{href}">{name}</a></li>'
                  for name, href in NAV)
    return f"""
<div id="cookie-consent" class="alert alert-info" role="dialog">Сайт использует файлы cookie.
 Продолжая просмотр, вы соглашаетесь с их использованием.
 <button class="btn btn-sm">Принять</button></div>
<div class="outer-wrapper">
<header id="content-header">
<div id="portal-top" class="container">
<div class="currency-widget" id="ic24-rates">
 • USD/KZT <span data-rate="usd">0.0</span> • EUR/KZT <span data-rate="eur">0.0</span>
 • RUB/KZT <span data-rate="rub">0.0</span> • CNY/KZT <span data-rate="cny">0.0</span></div>
<div id="portal-header">
<a id="portal-logo" title="{SITE_TITLE['ru']}" href="{base}"><img alt="{SITE_TITLE['ru']}"
 src="{base}/@@site-logo/logo.png" /></a>
<div id="portal-searchbox">
<form id="searchGadget_form" action="{base}/@@search" role="search" class="d-flex">
<label class="hiddenStructure" for="searchGadget">Поиск по сайту</label>
<input name="SearchableText" type="text" size="18" id="searchGadget" title="Поиск по сайту"
 placeholder="Поиск по сайту" class="searchField form-control me-3" />
<button class="searchButton btn btn-outline-light" type="submit">Поиск</button>
</form></div>
</div>
</div>
<div id="mainnavigation-wrapper"><nav class="navbar navbar-expand-lg" id="portal-globalnav-wrapper">
<ul class="navbar-nav" id="portal-globalnav">{nav}</ul></nav></div>
</header>"""


def _crumbs(base: str, title: str | None) -> str:
    last = ("" if title is None else
            f'<li class="breadcrumb-item active" id="breadcrumbs-current">{e(title)}</li>')
    return f"""
<div id="above-content-wrapper"><nav id="portal-breadcrumbs" aria-label="breadcrumb">
<div class="container"><ol class="breadcrumb">
<li class="breadcrumb-item" id="breadcrumbs-home"><a href="{base}">Главная</a></li>
<li class="breadcrumb-item" id="breadcrumbs-1"><a href="{base}/novosti">Новости</a></li>{last}
</ol></div></nav></div>"""


def _sidebar(base: str, current: int | None) -> str:
    others = [a for a in site.build() if a.num != current]
    most = sorted((a for a in others if a.views), key=lambda a: -(a.views or 0))[:5]
    most_html = "".join(
        f'<li class="portletItem"><a href="{base}{a.path}">{e(a.title)}</a>'
        f' <span class="discreet">{a.views}</span></li>' for a in most)
    latest = "".join(
        f'<li class="portletItem"><span class="badge lang-badge">{a.lang}</span> '
        f'<a href="{a.path}" class="tile">{e(cut_at_word(a.title, 60))}</a></li>'
        for a in others[:12])
    return f"""
<aside id="portal-column-two" class="col-xs-12 col-md-3">
<div class="portletWrapper" id="portletwrapper-ad"><div class="ad-slot" data-zone="sidebar-240x400">
<a href="https://ads.example.kz/click?zone=12" rel="nofollow sponsored">Реклама</a></div></div>
<div class="portletWrapper"><section class="portlet portletMostRead">
<header class="portletHeader">Самое читаемое</header><ul class="portletContent">{most_html}</ul>
</section></div>
<div class="portletWrapper"><section class="portlet portletCollection portlet-latest">
<header class="portletHeader">Последние новости</header><ul class="portletContent">{latest}</ul>
</section></div>
</aside>"""


def _footer(base: str) -> str:
    return f"""
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer">
<div class="row"><div class="col-xs-12">
<p>© 2013–2026 КГУ «{SITE_TITLE['ru']}». При перепечатке ссылка на ic24.kz обязательна.</p>
<p>Адрес: 050000, г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 271-65-00.
 E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>
<ul id="portal-siteactions"><li><a href="{base}/sitemap">Карта сайта</a></li>
<li><a href="{base}/accessibility-info">Доступность</a></li></ul>
<p class="poweredby">Работает на <a href="https://plone.org">Plone</a></p>
</div></div></div></footer>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
ym(48116000, "init", {{clickmap:true, trackLinks:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/48116000"
 style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<a href="//www.liveinternet.ru/click" target="_blank" rel="nofollow"><img
 src="//counter.yadro.ru/hit?t44.1" alt="" title="LiveInternet" width="31" height="31" /></a>
</div>
</body>
</html>"""


def _share(a: site.Article, base: str) -> str:
    url = quote(base + a.path, safe="")
    return f"""<div id="viewlet-above-content-title"><div class="socialtags" id="plone-socialtags">
<span class="share-label">Поделиться:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}"
 rel="nofollow">Facebook</a>
<a class="share-tg" href="https://t.me/share/url?url={url}" rel="nofollow">Telegram</a>
<a class="share-wa" href="https://wa.me/?text={url}" rel="nofollow">WhatsApp</a>
<a class="share-vk" href="https://vk.com/share.php?url={url}" rel="nofollow">ВКонтакте</a>
</div></div>"""


def _byline(a: site.Article) -> str:
    ru_ui = a.look == "ru_ui"
    by, pub, mod = (("автор:", "опубликовано", "последнее изменение") if ru_ui
                    else ("by", "published", "last modified"))
    published = ""
    if a.clock:
        published = (f' — <span class="documentPublished"><span>{pub}</span> '
                     f"{plone_time(a.local, ru_ui)}</span>")
    assert a.modified is not None
    return f"""<div id="viewlet-below-content-title">
<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">{by}
 <a href="/author/admin">admin</a></span>{published} — <span class="documentModified">
<span>{mod}</span>
 {plone_time(a.modified, ru_ui)}</span></div></div>"""


def _infoline(a: site.Article) -> str:
    parts = [f'<span class="ic-date">{info_date(a)}</span>']
    if a.views is not None:
        parts.append(f'<span class="ic-views" title="Просмотры">{a.views}</span>')
    if a.category:
        parts.append(f'<a class="ic-rubric" href="/novosti">{e(a.category)}</a>')
    if a.tags and a.look != "tags_filed_only":
        parts.append('<span class="ic-tags">' + ", ".join(e(t) for t in a.tags) + "</span>")
    return '<div class="ic-infoline" id="viewlet-ic-info">' + " ".join(parts) + "</div>"


def _figure(a: site.Article, base: str) -> str:
    if not a.images:
        return ""
    credit = (f'<figcaption class="image-caption discreet">Фото:{e(a.photo_credit)}</figcaption>'
              if a.photo_credit else "")
    src = base + a.image_paths()[0]
    if a.look == "legacy_image":
        img = (f'<a href="{base}{a.path}/image"><img src="{src}" alt="{e(a.title)}" '
               f'title="{e(a.title)}" height="128" width="96" class="newsImage" /></a>')
    else:
        img = (f'<a href="{base}{a.path}/@@images/image/large"><img src="{src}" '
               f'alt="{e(a.title)}" title="{e(a.title)}" height="533" width="800" '
               f'class="newsImage image-richtext" /></a>')
    return f'<figure class="newsImageContainer">{img}{credit}</figure>'


def _homoglyph(text: str, lang: str) -> str:
    """One look-alike letter of the other script inside the first long word that has one."""
    old, new = ("o", "о") if lang == "en" else ("о", "o")
    m = re.search(rf"\w*\w{old}\w+", text)
    if m is None:
        return text
    word = m.group()
    return text.replace(word, word.replace(old, new, 1), 1)


def _paragraphs(a: site.Article) -> list[str]:
    raw = list(a.raw_paragraphs or a.paragraphs)
    if a.look == "homoglyph" and len(raw) > 1:
        raw[1] = _homoglyph(raw[1], a.lang)
    return raw


def _body(a: site.Article) -> tuple[str, str]:
    """The documentDescription and the #parent-fieldname-text markup."""
    raw = _paragraphs(a)
    dateline = a.dateline()
    if a.look == "desc_only":
        desc, rest, first = dateline + raw[0], raw[1:], ""
    else:
        desc, rest = a.paragraphs[0], raw[1:]
        strong = f"<strong>{e(dateline)}</strong>" if dateline else ""
        first = f"<p>{strong}{e(raw[0])}</p>"
    paras = first + "".join(f"<p>{e(p)}</p>" if p.strip() else "<p>&nbsp;</p>" for p in rest)
    if a.num == 45694:
        paras += "<p>\u00a0</p>"  # the seed's no-break-space line before the source
    if a.source and a.source_line:
        name = e(a.source)
        if a.look == "source_link":
            name = f'<a href="https://www.google.com/search?q={quote(a.source)}">{name}</a>'
        paras += f"<p>Источник: {name}</p>"
    return desc, paras


def _alternates(a: site.Article, base: str) -> str:
    twin = site.by_num().get(site.TWINS.get(a.num, 0))
    if twin is None:
        return ""
    return "\n".join(f'<link rel="alternate" hreflang="{x.lang}" href="{base}{x.path}" />'
                     for x in (a, twin))


def article(a: site.Article, base: str) -> Response:
    lang = "ru" if a.look == "lang_default" else a.lang
    desc, text = _body(a)
    og_image = (f'<meta property="og:image" content="{base}{a.image_paths()[0]}" />'
                if a.images else "")
    extra = f"""<meta name="description" content="{e(desc)}" />
<meta property="og:title" content="{e(a.title)}" />
<meta property="og:type" content="website" />
<meta property="og:locale" content="{LOCALE[lang]}" />
<meta property="og:url" content="{base}{a.path}" />
<meta property="og:site_name" content="{SITE_TITLE['ru']}" />
{og_image}
{_alternates(a, base)}"""
    filed = ""
    if a.tags:
        links = ", ".join(
            f'<span><a href="{base}/@@search?Subject%3Alist={quote(t)}" class="link-category" '
            f'rel="tag">{e(t)}</a></span>' for t in a.tags)
        filed = (f'<div id="category" class="documentByLine" role="navigation">'
                 f"Filed under: {links}</div>")
    figure, info = _figure(a, base), _infoline(a)
    middle = f"{info}\n{figure}" if a.look == "glued_credit" else f"{figure}\n{info}\n"
    body = f"""{_head(a.title, lang, base, a.path, extra)}
<body class="template-newsitem_view portaltype-news-item site-Plone section-novosti
 subsection-{a.slug[:40]} icons-on thumbs-on frontend viewpermission-view userrole-anonymous
 mosaic-grid" id="visual-portal-wrapper" dir="ltr">{_top(base)}{_crumbs(base, a.title)}
<div id="portal-columns" class="container"><div class="row">
<main id="portal-column-content" class="col-xs-12 col-md-9">
<article id="content">
<header>
{_share(a, base)}
<h1 class="documentFirstHeading">{e(a.title)}</h1>
{_byline(a)}
<p class="documentDescription description">{e(desc)}</p>
</header>
<div id="content-core">
{middle}<div id="parent-fieldname-text" class="stx">{text}</div>
</div>
<footer><div class="visualClear"></div>
<div id="viewlet-below-content">{filed}
<div class="ad-slot" data-zone="below-content-728x90"><a href="https://ads.example.kz/click?zone=14"
 rel="nofollow sponsored">Реклама на сайте</a></div></div></footer>
</article>
</main>{_sidebar(base, a.num)}
</div></div>{_footer(base)}"""
    return 200, {"Content-Type": HTML, "X-Powered-By": "Zope (www.zope.dev), Python"}, \
        body.encode("utf-8")


def _entry(a: site.Article, base: str) -> str:
    href = (base if a.look == "abs_href" else "") + a.path
    return f"""<article class="entry">
<header><span class="summary" title="News Item"><a href="{href}"
 class="contenttype-news-item state-published url" title="News Item">{e(a.title)}</a></span>
</header>
<div class="news_text"><a href="{href}">{e(a.title)}</a><p>{caps_day(a.day)}</p></div>
</article>"""


def listing(page: int, base: str) -> Response:
    count = site.page_count()
    items = "\n".join(_entry(a, base) for a in site.page_items(page))
    links = []
    if page > 1:
        links.append(f'<li class="page-item previous"><a class="page-link" '
                     f'href="{base}{site.page_target(page - 1)}">« Previous 20 items</a></li>')
    for n in range(1, count + 1):
        links.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>'
                     if n == page else
                     f'<li class="page-item"><a class="page-link" '
                     f'href="{base}{site.page_target(n)}">{n}</a></li>')
    if page < count:
        rest = min(site.PER_PAGE, len(site.build()) - page * site.PER_PAGE)
        links.append(f'<li class="page-item next"><a class="page-link" '
                     f'href="{base}{site.page_target(page + 1)}">Next {rest} items »</a></li>')
    bar = f'<nav class="pagination listingBar"><ul class="pagination">{"".join(links)}</ul></nav>'
    body = f"""{_head('Новости', 'ru', base, site.LISTING)}
<body class="template-summary_view portaltype-collection site-Plone section-novosti icons-on
 frontend viewpermission-view userrole-anonymous">{_top(base)}{_crumbs(base, None)}
<div id="portal-columns" class="container"><div class="row">
<main id="portal-column-content" class="col-xs-12 col-md-9">
<article id="content"><header><h1 class="documentFirstHeading">Новости</h1>
<p class="documentDescription">Новости. {AGENCY['ru']}, Алматы</p></header>
<div id="content-core"><div class="entries">
{items}
</div>
{bar}
</div></article></main>{_sidebar(base, None)}
</div></div>{_footer(base)}"""
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return f"""{_head('Страница не найдена', 'ru', '', '/')}
<body class="template-404 site-Plone"><main id="portal-column-content">
<h1 class="documentFirstHeading">Ой! Такой страницы нет.</h1>
<p>Мы не смогли найти запрошенную вами страницу. Воспользуйтесь поиском.</p>
</main></body></html>""".encode()
