"""Liferay DXP 7.4 markup of the ninety-first copy: the theme, the portlets, the pages.

Every page is the integrator's theme on a two-column widget layout (``columns-2``, 8/4): the
banner with the currency widget (0.0 until JavaScript fills it), the language selector (short
texts ``ru``/``en``/``kk`` linking ``/c/portal/update_language``), a sign-in link and a search
bar; the hidden page-title ``h2``; the breadcrumb portlet; the main portlet (Web Content
Display, or the ``/novosti`` Asset Publisher); social bookmarks; in the right column the
``ru``-badged "Последние новости" Asset Publisher, a "Популярное" one with view counts and a
banner; the footer with contacts, a subscription form whose action carries ``p_auth`` and
"Powered by Liferay"; ``themeDisplay``, Senna.js attributes and the portlets' registration.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime
from urllib.parse import quote

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word
from tests.ninetyfirstsite import site

HTML = "text/html;charset=UTF-8"
AUTH = "Xy7pQ2aB"  # Liferay.authToken, the p_auth of action URLs
STAMP = 1681970000000  # the theme's cache-busting t=
THEME = "/o/ic24-theme"
JOURNAL = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
PUBLISHER = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
RELATED = "com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet"
BREADCRUMB = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet"
LANGUAGE = "com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet"
BOOKMARKS = "com_liferay_social_bookmarks_web_portlet_SocialBookmarksPortlet"
SUBSCRIBE = "kz_ic24_subscribe_web_portlet_SubscribePortlet"
UI: dict[str, dict[str, str]] = {
    "ru": dict(
        lang="ru-RU", locale="ru_RU", name="Русский", home="Главная", news="Новости",
        about="О центре", contacts="Контакты", search="Поиск", rubric="Рубрика",
        region="Регион", views="{} Просмотров", views_row="Просмотров: {}", prev="Предыдущий",
        next="Следующий", latest="Последние новости", popular="Популярное",
        related="Связанные материалы", share="Поделиться", signin="Войти",
        skip="Перейти к основному содержимому", all_news="Все новости", back="Назад",
        rating="Средняя (0 Голосов)", shown="Показано с {} по {} из {} записей.",
        per_page="{} записей", not_found="Запрошенный ресурс не найден.",
        subscribe="Подписаться на рассылку", rates="Курсы валют", site="Центр информации"),
    "en": dict(
        lang="en-US", locale="en_US", name="English", home="Home", news="News",
        about="About", contacts="Contacts", search="Search", rubric="Section", region="Region",
        views="{} Views", views_row="Views: {}", prev="Previous", next="Next",
        latest="Latest news", popular="Popular", related="Related Assets", share="Share",
        signin="Sign In", skip="Skip to Main Content", all_news="All news", back="Back",
        rating="Average (0 Votes)", shown="Showing {} to {} of {} entries.",
        per_page="{} Entries", not_found="The requested resource could not be found.",
        subscribe="Subscribe", rates="Exchange rates", site="Information Center"),
    "kk": dict(
        lang="kk-KZ", locale="kk_KZ", name="Қазақша", home="Басты бет", news="Жаңалықтар",
        about="Орталық туралы", contacts="Байланыс", search="Іздеу", rubric="Айдар",
        region="Өңір", views="{} қаралым", views_row="Қаралым: {}", prev="Алдыңғы",
        next="Келесі", latest="Соңғы жаңалықтар", popular="Танымал",
        related="Байланысты материалдар", share="Бөлісу", signin="Кіру",
        skip="Негізгі мазмұнға өту", all_news="Барлық жаңалықтар", back="Артқа",
        rating="Орташа (0 дауыс)", shown="{}–{} көрсетілді, барлығы {}.",
        per_page="{} жазба", not_found="Сұралған ресурс табылмады.",
        subscribe="Жазылу", rates="Валюта бағамы", site="Ақпарат орталығы"),
}
MONTHS = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}
PAGES = {"/o-tsentre": "about", "/kontakty": "contacts", "/search": "search"}
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz/ru/", "Kazinform": "https://www.inform.kz/",
                "Tengrinews.kz": "https://tengrinews.kz/", "EU Reporter": "https://www.eureporter.co/",
                "The Astana Times": "https://astanatimes.com/", "Akorda": "https://www.akorda.kz/"}
e = html.escape


def prefix(ui: str) -> str:
    return "" if ui == "ru" else f"/{ui}"


def info_date(a: site.Article, ui: str) -> str:
    """The template's ``dd MMMM yyyy`` in the page's UI language, capitalised: '02 Августа
    2021', '20 April 2023', '16 Сәуір 2021'."""
    return f"{a.day.day:02d} {MONTHS[ui][a.day.month - 1].capitalize()} {a.day.year}"


def publish_date(a: site.Article, ui: str) -> str:
    """Liferay's short date (with the time when the article's display date has one):
    '20.04.2023 16:07' (ru, kk) or '4/20/23 4:07 PM' (en)."""
    moment: datetime = a.local
    if ui == "en":
        day = f"{moment.month}/{moment.day}/{moment.strftime('%y')}"
        return day + (moment.strftime(" %I:%M %p").replace(" 0", " ") if a.clock else "")
    return moment.strftime("%d.%m.%Y %H:%M" if a.clock else "%d.%m.%Y")


def category_id(name: str) -> int:
    return 31000 + int(hashlib.md5(name.encode()).hexdigest()[:3], 16)  # noqa: S324


# --------------------------------------------------------------------------- the theme


def _head(title: str, ui: str, base: str, path: str, current: str, extra: str = "") -> str:
    """``path``: the page's address without a language prefix (canonical and alternates)."""
    u = UI[ui]
    alternates = "\n".join(
        f'<link data-senna-track="temporary" href="{base}{prefix(lang)}{path}" '
        f'hreflang="{UI[lang]["lang"]}" rel="alternate" />' for lang in site.LOCALES)
    others = "\n".join(f'<meta property="og:locale:alternate" content="{UI[lang]["locale"]}">'
                       for lang in site.LOCALES if lang != ui)
    js_url = current.replace("/", "\\x2f").replace("&", "\\x26")
    combo = (f"browserId=other&minifierType=js&languageId={u['locale']}&t={STAMP}"
             "&/o/frontend-js-jquery-web/jquery/jquery.min.js"
             "&/o/frontend-js-aui-web/aui/aui/aui-min.js")
    css = (f"browserId=other&themeId=ic24theme_WAR_ic24theme&languageId={u['locale']}"
           f"&t={STAMP}")
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{u['lang']}">
<head>
<title>{e(title)} - {u['site']}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{extra}
<script data-senna-track="permanent"
 src="{base}/combo?{e(combo)}" type="text/javascript"></script>
<link data-senna-track="temporary" href="{base}{prefix(ui)}{path}" rel="canonical" />
{alternates}
<link data-senna-track="temporary" href="{base}{path}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="{u['locale']}">
{others}
<meta property="og:site_name" content="{u['site']}">
<meta property="og:title" content="{e(title)} - {u['site']}">
<meta property="og:type" content="website">
<meta property="og:url" content="{base}{prefix(ui)}{path}">
<link href="{base}{THEME}/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary"
 href="{base}{THEME}/css/clay.css?{e(css)}" id="liferayAUICSS" rel="stylesheet"
 type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{acceptsGzip: function() {{return true;}}}};
var themeDisplay = Liferay.ThemeDisplay = {{
	getLayoutId: function() {{return "3";}},
	getLayoutRelativeURL: function() {{return "\\x2fnews";}},
	getPlid: function() {{return "38";}},
	getScopeGroupId: function() {{return "{site.GROUP}";}},
	getCompanyId: function() {{return "20097";}},
	getLanguageId: function() {{return "{u['locale']}";}},
	getPathThemeImages: function() {{return "{base}{THEME}\\x2fimages";}},
	getTimeZone: function() {{return "Asia/Almaty";}},
	isSignedIn: function() {{return false;}}
}};
Liferay.authToken = '{AUTH}';
Liferay.currentURL = '{js_url}';
Liferay.currentURLEncoded = '{quote(current, safe="")}';
// ]]>
</script>
</head>"""


def _language_selector(ui: str, path: str) -> str:
    entries = []
    for lang in site.LOCALES:
        if lang == ui:
            entries.append(f'<span class="language-entry-short-text" lang="{UI[lang]["lang"]}">'
                           f"{lang}</span>")
        else:
            href = (f"/c/portal/update_language?p_l_id=38&redirect={quote(path, safe='')}"
                    f"&languageId={UI[lang]['locale']}")
            entries.append(f'<a class="language-entry-short-text" href="{e(href)}" '
                           f'lang="{UI[lang]["lang"]}" title="{UI[lang]["name"]}">{lang}</a>')
    return _portlet(LANGUAGE, None, '<div class="truncate-text">' + " ".join(entries) + "</div>",
                    decorate=False)


def _banner(base: str, ui: str, path: str) -> str:
    u = UI[ui]
    nav = "".join(
        f'<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link text-truncate"'
        f' href="{base}{prefix(ui)}{href}" role="menuitem"><span class="text-truncate">'
        f"{u[key]}</span></a></li>"
        for key, href in (("home", "/home"), ("news", site.LISTING), ("about", "/o-tsentre"),
                          ("contacts", "/kontakty")))
    return f"""
<nav aria-label="{u['skip']}" class="bg-dark cadmin quick-access-nav text-center text-white"
 id="qkpe_quickAccessNav">
<a class="d-block p-2 sr-only sr-only-focusable text-reset"
 href="#main-content">{u['skip']}</a></nav>
<div class="d-flex flex-column min-vh-100"><div
 class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="px-0" id="banner">
<div class="ic-topbar"><div class="container d-flex justify-content-between">
<div class="ic-rates" title="{u['rates']}">
 • USD/KZT <span class="ic-rate" data-code="USD">0.0</span>
 • EUR/KZT <span class="ic-rate" data-code="EUR">0.0</span>
 • RUB/KZT <span class="ic-rate" data-code="RUB">0.0</span>
 • CNY/KZT <span class="ic-rate" data-code="CNY">0.0</span></div>
{_language_selector(ui, path)}
<a class="sign-in text-default" data-redirect="false" href="{base}/c/portal/login?p_l_id=38"
 role="button" rel="nofollow">{u['signin']}</a>
</div></div>
<div class="navbar navbar-classic navbar-top py-3"><div class="container user-personal-bar">
<a class="logo custom-logo align-items-center d-flex" href="{base}{prefix(ui)}/home"
 title="{u['site']}">
<img alt="{u['site']}" class="mr-2" height="56"
 src="{base}/image/layout_set_logo?img_id=40321&amp;t={STAMP}" /></a>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<ul aria-label="{u['news']}" class="navbar-blank navbar-nav navbar-site"
 role="menubar">{nav}</ul></nav>
<form action="{base}{prefix(ui)}/search" class="search-bar" method="get">
<input class="form-control search-bar-keywords-input" name="q" placeholder="{u['search']}..."
 title="{u['search']}" type="text" value="" />
<button aria-label="{u['search']}" class="btn btn-monospaced btn-unstyled" type="submit"><svg
 class="lexicon-icon lexicon-icon-search" role="presentation"><use
 href="{base}{THEME}/images/clay/icons.svg#search"></use></svg></button>
</form>
</div></div>
</header>"""


def _portlet(name: str, instance: str | None, inner: str, title: str | None = None,
             decorate: bool = True, extra_class: str = "") -> str:
    pid = f"{name}_INSTANCE_{instance}" if instance else name
    head = (f'<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">'
            f"{title}</h2></div>" if title else "")
    style = "portlet-decorate" if decorate else "portlet-barebone"
    return f"""
<div class="portlet-boundary portlet-boundary_{name}_ portlet-static portlet-static-end {style}
 {extra_class}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header">{head}
<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>
<div class=" portlet-content-container">
<div class="portlet-body">
{inner}
</div></div></div></section></div>"""


def _breadcrumb(base: str, ui: str, title: str | None) -> str:
    u = UI[ui]
    items = [f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}{prefix(ui)}'
             f'/home" title="{u["home"]}"><span class="breadcrumb-text-truncate">{u["home"]}'
             f"</span></a></li>",
             f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}{prefix(ui)}'
             f'{site.LISTING}"><span class="breadcrumb-text-truncate">{u["news"]}</span></a>'
             f"</li>"]
    if title:
        items.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">'
                     f"{e(title)}</span></li>")
    return _portlet(BREADCRUMB, None, f'<nav aria-label="Breadcrumb" id="breadcrumbs"><ol '
                    f'class="breadcrumb">{"".join(items)}</ol></nav>', decorate=False)


def _sidebar(base: str, ui: str, current: int | None) -> str:
    u = UI[ui]
    others = [a for a in site.build() if a.num != current]
    latest = "".join(
        f'<li class="ic-latest__item"><span class="badge badge-info ic-lang">{a.lang}</span> '
        f'<a href="{a.path}">{e(cut_at_word(a.title, 64))}</a></li>' for a in others[:12])
    popular = sorted((a for a in others if a.views), key=lambda a: -(a.views or 0))[:5]
    most = "".join(
        f'<li class="ic-popular__item"><a href="{base}{a.path}">{e(a.title)}</a> '
        f'<span class="ic-popular__views"><svg class="lexicon-icon lexicon-icon-view">'
        f'<use href="{base}{THEME}/images/clay/icons.svg#view"></use></svg> {a.views}</span></li>'
        for a in popular)
    banner = (f'<a data-senna-off="true" href="https://egov.kz/" rel="nofollow" target="_blank">'
              f'<img alt="eGov.kz" src="{base}/documents/{site.GROUP}/0/egov-banner.png/'
              f'5f1c2d3e-0000-4a1b-9c2d-1e2f3a4b5c6d?t={STAMP}" /></a>')
    return (_portlet(PUBLISHER, "lAtEsT12nEwS",
                     f'<ul class="ic-latest list-unstyled">{latest}</ul>', u["latest"])
            + _portlet(PUBLISHER, "pOpUlArNeWs5", f'<ol class="ic-popular">{most}</ol>',
                       u["popular"])
            + _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet", "bAnNeR01",
                       f'<div class="journal-content-article">{banner}</div>', decorate=False))


def _footer(base: str, ui: str) -> str:
    u = UI[ui]
    action = (f"{base}{prefix(ui)}/home?p_p_id={SUBSCRIBE}&p_p_lifecycle=1&p_p_state=normal"
              f"&p_p_mode=view&_{SUBSCRIBE}_javax.portlet.action=subscribe&p_auth={AUTH}")
    return f"""
<footer id="footer" role="contentinfo"><div class="container">
<div class="row"><div class="col-md-8">
<p>© 2013–2026 КГУ «Центр информации». При перепечатке ссылка на ic24.kz обязательна.</p>
<p>050000, г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 271-65-00. E-mail: <a
 href="mailto:info@ic24.kz">info@ic24.kz</a></p>
</div><div class="col-md-4">
<form action="{e(action)}" class="ic-subscribe" method="post" name="_{SUBSCRIBE}_fm">
<input name="_{SUBSCRIBE}_formDate" type="hidden" value="{STAMP}" />
<input class="form-control" name="_{SUBSCRIBE}_email" placeholder="E-mail" type="email" />
<button class="btn btn-primary" type="submit">{u['subscribe']}</button></form>
<p class="powered-by">Powered by <a href="https://www.liferay.com" rel="external">Liferay</a></p>
</div></div></div></footer>
</div></div>"""


def _page(title: str, ui: str, base: str, path: str, current: str, column1: str,
          column2: str, extra_head: str = "", portlets: tuple[str, ...] = ()) -> bytes:
    register = "\n".join(f'Liferay.Portlet.register("{p}");' for p in portlets)
    body = f"""{_head(title, ui, base, path, current, extra_head)}
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
{_banner(base, ui, path)}
<section class="flex-fill" id="content">
<h2 class="hide-accessible sr-only" role="heading" aria-level="1">{e(title)}</h2>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first"
 id="layout-column_column-1">{column1}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last"
 id="layout-column_column-2">{column2}
</div></div>
</div></div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post"
 name="hrefFm"><span></span><button hidden type="submit">Hidden</button></form>
</section>{_footer(base, ui)}
<script type="text/javascript">
// <![CDATA[
{register}
Liferay.on('allPortletsReady', function() {{ Liferay.SPA && Liferay.SPA.app &&
 Liferay.SPA.app.setValidStatusCodes([404]); }});
// ]]>
</script>
</body>
</html>"""
    return body.encode("utf-8")


# --------------------------------------------------------------------------- the article


def _typography(text: str) -> str:
    """The editor's no-break spaces after one- and two-letter words (already escaped text)."""
    return re.sub(r"(?<= )(\w{1,2}) ", "\\1&nbsp;", text)


def _figure(a: site.Article, base: str) -> str:
    if not a.images:
        return ""
    src = e(a.image_paths()[0])
    credit = ("" if a.photo_credit is None or a.look == "glued_credit" else
              f'<figcaption class="ic-news__credit">Фото:{e(a.photo_credit)}</figcaption>')
    if a.look == "dm_preview":
        img = f'<img alt="" class="ic-news__image" src="{src}" />'
    else:
        img = (f'<picture data-fileentryid="{a.file_entry}">'
               f'<source media="(max-width:300px)" srcset="{e(a.adaptive("Thumbnail-300x300"))}" />'
               f'<source media="(max-width:1000px) and (min-width:300px)" '
               f'srcset="{e(a.adaptive("Preview-1000x0"))}" />'
               f'<img alt="{e(a.title)}" data-fileentryid="{a.file_entry}" src="{src}" />'
               f"</picture>")
    return f'<figure class="ic-news__figure">{img}{credit}</figure>'


def _info_line(a: site.Article, base: str, ui: str) -> str:
    parts = [f'<span class="ic-news__date">{info_date(a, ui)}</span>']
    if a.views is not None and a.look != "views_meta_only":
        parts.append(f'<span class="ic-news__views"><svg class="lexicon-icon lexicon-icon-view" '
                     f'role="presentation"><use href="{base}{THEME}/images/clay/icons.svg#view">'
                     f"</use></svg> {a.views}</span>")
    if a.category:
        parts.append(f'<a class="ic-news__rubric" href="{base}{prefix(ui)}/search?category='
                     f'{category_id(a.category)}">{e(a.category)}</a>')
    if a.tags and a.look != "tags_links_only":
        parts.append(f'<span class="ic-news__tags">{e(", ".join(a.tags))}</span>')
    return '<div class="ic-news__info">' + " ".join(parts) + "</div>"


def _text(a: site.Article) -> str:
    raw = list(a.raw_paragraphs or a.paragraphs)
    dateline = e(a.dateline())
    if dateline and a.strong_dateline:
        dateline = f"<strong>{dateline}</strong>"
    credit = (f'<span class="ic-news__credit">Фото:{e(a.photo_credit)}</span>'
              if a.look == "glued_credit" and a.photo_credit else "")
    paras = []
    for i, para in enumerate(raw):
        text = e(para)
        if a.typography:
            text = _typography(text)
        if not para.strip():
            paras.append("<p>&nbsp;</p>")
            continue
        paras.append(f"<p>{credit}{dateline}{text}</p>" if i == 0 else f"<p>{text}</p>")
    if a.num == 45694:
        paras.append("<p>&nbsp;</p>")  # the seed's no-break-space line before the source
    if a.source and a.source_line and a.look != "source_field":
        paras.append(f"<p>Источник: {e(a.source)}</p>")
    return '<div class="ic-news__text">' + "\n".join(paras) + "</div>"


def _source_field(a: site.Article) -> str:
    if not (a.source and a.source_line and a.look == "source_field"):
        return ""
    site_url = SOURCE_SITES.get(a.source, "https://www.gov.kz/")
    return (f'<div class="ic-news__source"><span class="ic-news__label">Источник:</span> '
            f'<a href="{site_url}" rel="nofollow" target="_blank">{e(a.source)}</a></div>')


def _journal(a: site.Article, base: str, ui: str, in_publisher: bool) -> str:
    """The structure's template output inside ``div.journal-content-article``: the
    publisher's full-content view prints the title and the metadata itself."""
    u = UI[ui]
    meta = title = ""
    if not in_publisher:
        views = (f' <span class="metadata-view-count">{u["views_row"].format(a.views)}</span>'
                 if a.look == "views_meta_only" else "")
        meta = (f'<div class="ic-news__meta"><span class="metadata-publish-date">'
                f"{publish_date(a, ui)}</span>{views}</div>")
        title = f'<h1 class="ic-news__title">{e(a.title)}</h1>'
    digest = a.digest.hex()
    return f"""<div class="clearfix journal-content-article"
 data-analytics-asset-id="{a.num + 310000}" data-analytics-asset-title="{e(a.title)}"
 data-analytics-asset-type="web-content">
<article class="ic-news" data-article-id="{a.num + 310000}"
 data-resource-uuid="{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}">
{meta}{title}
{_figure(a, base)}
{_info_line(a, base, ui)}
{_text(a)}
{_source_field(a)}
</article></div>"""


def _categorization(a: site.Article, base: str, ui: str) -> str:
    """The asset's categories (vocabularies in name order: "Регион" before "Рубрика") and its
    tags, lower-cased as Liferay keeps them, each a link to the search page."""
    u = UI[ui]
    out = []
    vocabularies = [(u["region"], a.region), (u["rubric"], a.category)]
    entries = "".join(
        f'<span class="asset-vocabulary">{name}:</span> <a class="asset-category" href="{base}'
        f'{prefix(ui)}/search?category={category_id(value)}">{e(value)}</a> '
        for name, value in vocabularies if value)
    if entries:
        out.append(f'<div class="asset-categories"><span class="taglib-asset-categories-summary">'
                   f"{entries}</span></div>")
    if a.tags:
        links = "".join(
            f'<span class="label label-lg label-secondary text-uppercase"><a href="{base}'
            f'{prefix(ui)}/search?tag={quote(t.lower())}" title="{e(t.lower())}"><span '
            f'class="label-item label-item-expand">{e(t.lower())}</span></a></span> '
            for t in a.tags)
        out.append(f'<div class="asset-tags"><span class="taglib-asset-tags-summary">{links}'
                   f"</span></div>")
    return "\n".join(out)


def _full_content(a: site.Article, base: str, ui: str) -> str:
    """The Asset Publisher showing one article (Show full content): ``h3.asset-title`` with the
    back link, the content, ratings, the metadata, categories and tags."""
    u = UI[ui]
    views = (f'<span class="metadata-entry metadata-view-count">{u["views"].format(a.views)}'
             f"</span>" if a.views is not None else "")
    return f"""<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<h3 class="asset-title"><span class="header-back-to"><a class="icon-monospaced"
 href="{base}{prefix(ui)}{site.LISTING}" title="{u['back']}"><svg
 class="lexicon-icon lexicon-icon-angle-left" role="presentation"><use
 href="{base}{THEME}/images/clay/icons.svg#angle-left"></use></svg></a></span>
{e(a.title)}</h3>
<div class="asset-content" id="{site.NS}{a.asset_entry}">
{_journal(a, base, ui, in_publisher=True)}
</div>
<div class="asset-ratings"><div class="taglib-ratings stars"><span
 class="rating-label">{u['rating']}</span></div></div>
<div class="asset-metadata"><span
 class="metadata-entry metadata-publish-date">{publish_date(a, ui)}</span>
{views}</div>
{_categorization(a, base, ui)}
</div>"""


def _related(a: site.Article, base: str, ui: str) -> str:
    twin = site.by_num().get(site.TWINS.get(a.num, 0))
    if twin is None:
        return ""
    item = (f'<li class="list-group-item"><span class="badge badge-info">{twin.lang}</span> '
            f'<a href="{base}{twin.path}">{e(twin.title)}</a></li>')
    return _portlet(RELATED, "rElAtEd01", f'<ul class="list-group asset-links">{item}</ul>',
                    UI[ui]["related"])


def _bookmarks(a: site.Article, base: str, ui: str) -> str:
    url = quote(base + a.path, safe="")
    links = "".join(
        f'<li class="taglib-social-bookmark taglib-social-bookmark-{name}"><a class="btn '
        f'btn-outline-borderless btn-monospaced" data-senna-off="true" href="{href}{url}" '
        f'rel="nofollow" target="_blank" title="{name}">{name}</a></li>'
        for name, href in (("facebook", "https://www.facebook.com/sharer/sharer.php?u="),
                           ("telegram", "https://t.me/share/url?url="),
                           ("whatsapp", "https://wa.me/?text="),
                           ("vk", "https://vk.com/share.php?url=")))
    return _portlet(BOOKMARKS, "sHaRe01", f'<ul class="taglib-social-bookmarks list-inline">'
                    f"{links}</ul>", UI[ui]["share"], decorate=False)


def article(a: site.Article, base: str, ui: str, full_content: bool) -> Response:
    """An article's page in the ``ui`` language: the Web Content Display (template ``h1``, the
    content metadata below) or, on the listing page, the Asset Publisher's full content."""
    meta = ""
    desc = a.paragraphs[0]
    meta += f'<meta content="{e(desc)}" lang="{UI[ui]["lang"]}" name="description" />\n'
    if a.tags:
        meta += (f'<meta content="{e(",".join(t.lower() for t in a.tags))}" '
                 f'lang="{UI[ui]["lang"]}" name="keywords" />')
    if full_content:
        path = f"{site.LISTING}/-/asset_publisher/{site.INSTANCE}/content/{a.url_title}"
        main = _portlet(PUBLISHER, site.INSTANCE, _full_content(a, base, ui),
                        extra_class="portlet-asset-publisher")
        portlets = (site.PORTLET,)
    else:
        path = a.path
        body = _journal(a, base, ui, in_publisher=False)
        body += ('\n<div class="content-metadata-asset-addon-entries"><div class="content-metadata'
                 f'-entry">{_categorization(a, base, ui)}</div></div>')
        main = _portlet(JOURNAL, "aRtIcLe01", body, extra_class="portlet-journal-content")
        portlets = (f"{JOURNAL}_INSTANCE_aRtIcLe01",)
    column1 = (_breadcrumb(base, ui, a.title) + main + _bookmarks(a, base, ui)
               + _related(a, base, ui))
    page = _page(a.title, ui, base, a.path, prefix(ui) + path, column1,
                 _sidebar(base, ui, a.num), meta, portlets)
    return 200, {"Content-Type": HTML, "Liferay-Portal": "Liferay Digital Experience Platform "
                 "7.4.13 Update 92"}, page


# --------------------------------------------------------------------------- the listing


def _entry(a: site.Article, base: str, ui: str, listing_url: str) -> str:
    href = e(a.link(listing_url))
    thumb = (f'<a class="news_img" href="{href}"><img alt="" loading="lazy" '
             f'src="{e(a.adaptive("Thumbnail-300x300"))}" /></a>' if a.images else "")
    return (f'<div class="news_item" data-asset-entry-id="{a.asset_entry}">{thumb}'
            f'<div class="news_text"><a href="{href}">{e(a.title)}</a>'
            f"<p>{info_date(a, ui)}</p></div></div>")


def _pager(cur: int, delta: int, base: str, ui: str) -> str:
    u = UI[ui]
    count, total = site.page_count(delta), len(site.build())

    def link(n: int) -> str:
        return e(base + site.page_target(n, delta, prefix(ui)))

    menu = "".join(f'<li><a class="dropdown-item" href="'
                   f'{e(base + site.page_target(1, d, prefix(ui)))}">{d}</a></li>'
                   for d in site.DELTAS)
    items = [f'<li class="page-item{"" if cur > 1 else " disabled"}"><a class="page-link" '
             f'href="{link(cur - 1) if cur > 1 else "javascript:;"}"><svg class="lexicon-icon '
             f'lexicon-icon-angle-left"></svg><span class="sr-only">{u["prev"]}</span></a></li>']
    for n in range(1, count + 1):
        items.append(f'<li class="page-item{" active" if n == cur else ""}"><a class="page-link" '
                     f'href="{link(n)}">{n}</a></li>')
    items.append(f'<li class="page-item{"" if cur < count else " disabled"}"><a class="page-link"'
                 f' href="{link(cur + 1) if cur < count else "javascript:;"}"><span '
                 f'class="sr-only">{u["next"]}</span><svg class="lexicon-icon lexicon-icon-angle-'
                 f'right"></svg></a></li>')
    first, last = (cur - 1) * delta + 1, min(cur * delta, total)
    return f"""<div class="taglib-page-iterator" id="{site.NS}ocerSearchContainerPageIterator">
<div class="pagination-bar" data-qa-id="paginator">
<div class="dropdown pagination-items-per-page"><a aria-expanded="false" aria-haspopup="true"
 class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:;"
 role="button">{u['per_page'].format(delta)}<svg
 class="lexicon-icon lexicon-icon-caret-double-l"></svg></a>
<ul class="dropdown-menu dropdown-menu-top">{menu}</ul></div>
<p class="pagination-results">{u['shown'].format(first, last, total)}</p>
<ul class="pagination">{''.join(items)}</ul>
</div></div>"""


def listing(cur: int, delta: int, base: str, ui: str) -> Response:
    """The ``/novosti`` page: the Asset Publisher's display template writes the outlet's
    ``.news_text`` items, then the pagination bar."""
    here = base + site.page_target(cur, delta, prefix(ui))
    items = "\n".join(_entry(a, base, ui, here) for a in site.page_items(cur, delta))
    inner = f'<div class="ic-news-list">\n{items}\n</div>\n{_pager(cur, delta, base, ui)}'
    current = (prefix(ui) + site.LISTING if (cur, delta) == (1, site.PER_PAGE)
               else site.page_target(cur, delta, prefix(ui)))
    column1 = _breadcrumb(base, ui, None) + _portlet(PUBLISHER, site.INSTANCE, inner,
                                                      UI[ui]["news"])
    page = _page(UI[ui]["news"], ui, base, site.LISTING, current, column1,
                 _sidebar(base, ui, None), portlets=(site.PORTLET,))
    return 200, {"Content-Type": HTML}, page


def home(base: str, ui: str) -> Response:
    items = "\n".join(_entry(a, base, ui, base + prefix(ui) + "/home")
                      for a in site.build()[:6])
    inner = (f'<div class="ic-news-list">\n{items}\n</div><a class="btn btn-link" href="{base}'
             f'{prefix(ui)}{site.LISTING}">{UI[ui]["all_news"]}</a>')
    column1 = _portlet(PUBLISHER, "hOmE6mAiN", inner, UI[ui]["news"])
    page = _page(UI[ui]["home"], ui, base, "/home", prefix(ui) + "/home", column1,
                 _sidebar(base, ui, None), portlets=(f"{PUBLISHER}_INSTANCE_hOmE6mAiN",))
    return 200, {"Content-Type": HTML}, page


def plain_page(path: str, base: str, ui: str) -> Response:
    u = UI[ui]
    title = u[PAGES[path]]
    texts = {"about": f"<p>{AGENCY['ru']} — информационное агентство, Алматы.</p>",
             "contacts": "<p>050000, г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 271-65-00.</p>",
             "search": '<div class="search-results" data-qa-id="searchResults"></div>'}
    column1 = _portlet(JOURNAL, "pAgE01", f'<div class="journal-content-article">'
                       f"{texts[PAGES[path]]}</div>", title)
    page = _page(title, ui, base, path, prefix(ui) + path, column1, _sidebar(base, ui, None))
    return 200, {"Content-Type": HTML}, page


def not_found(ui: str = "ru") -> bytes:
    u = UI[ui]
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{u['lang']}"><head><title>404 - {u['site']}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>
<body class="portal-popup"><section class="container" id="content">
<h3 class="alert alert-danger">{u['not_found']}</h3>
<a href="javascript:history.go(-1);">« {u['back']}</a></section></body></html>""".encode()


def sitemap(base: str) -> bytes:
    """Liferay's sitemap of the site's pages (layouts), each with its language alternates."""
    urls = []
    for path in ("/home", site.LISTING, "/o-tsentre", "/kontakty"):
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{UI[lang]["lang"]}" '
            f'href="{base}{prefix(lang)}{path}"/>' for lang in site.LOCALES)
        urls.append(f"<url><loc>{base}{path}</loc>{alternates}<xhtml:link rel=\"alternate\" "
                    f'hreflang="x-default" href="{base}{path}"/><changefreq>daily</changefreq>'
                    f"<priority>0.5</priority></url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
            + "".join(urls) + "</urlset>").encode()
