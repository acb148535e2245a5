"""The fifty-seventh copy's markup: Joomla 4/5 ``com_content`` pages in a Helix-style template."""

from __future__ import annotations

import json
from datetime import UTC, date, timedelta
from html import escape
from typing import Any

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, ru_slug

HTML = "text/html; charset=utf-8"
LOCALE = {"ru": ("ru-ru", "ru_RU"), "en": ("en-gb", "en_GB"), "kk": ("kk-kz", "kk_KZ")}
HITS = {"ru": "Просмотров", "en": "Hits", "kk": "Қаралды"}
UPDATED = {"ru": "Обновлено", "en": "Updated", "kk": "Жаңартылды"}
DETAILS = {"ru": "Подробности", "en": "Details", "kk": "Толығырақ"}
READ_ALSO = {"ru": "Читайте также", "en": "Read also", "kk": "Оқи отырыңыз"}
PREV = {"ru": "Назад", "en": "Prev", "kk": "Артқа"}
AUTHOR = {"ru": "Автор", "en": "Written by", "kk": "Автор"}
EDITOR = {"ru": "Редакция", "en": "Editorial staff", "kk": "Редакция"}
NEXT = {"ru": "Вперёд", "en": "Next", "kk": "Алға"}


def info_date(lang: str, day: date) -> str:
    """The article-info date: ``20 Апреля 2023``, ``02 August 2021``, ``20 Сәуір 2023``."""
    if lang == "en":
        return f"{day.day:02d} {EN_MONTHS[day.month - 1]} {day.year}"
    months = KK_MONTHS if lang == "kk" else RU_MONTHS
    return f"{day.day} {months[day.month - 1].capitalize()} {day.year}"


def _site() -> Any:
    from tests.fiftyseventhsite import site
    return site


def _head(title: str, lang: str, base: str, canonical: str, extra: str = "") -> str:
    tag, locale = LOCALE[lang]
    return f"""<!DOCTYPE html>
<html lang="{tag}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(title)} - Центр информации</title>
<link href="{canonical}" rel="canonical">
<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="icon" \
type="image/vnd.microsoft.icon">
<link href="/media/vendor/bootstrap/css/bootstrap.min.css?5.3.2" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<meta property="og:locale" content="{locale}">
<meta property="og:site_name" content="Центр информации">
{extra}
<script type="application/json" class="joomla-script-options \
new">{{"csrf.token":"9f1c2e7a","system.paths":{{"root":"","base":""}}}}</script>
<script src="/media/system/js/core.min.js?576eb51"></script>
<script src="https://yastatic.net/share2/share.js" async></script>
</head>
<body class="site helix-ultimate hu com_content view-article layout-default task-none itemid-101 \
{tag} ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="moduletable currency">
<ul class="currency-rates"><li>• USD/KZT <span class="rate" data-code="USD">0.0</span></li> \
<li>• EUR/KZT <span class="rate" data-code="EUR">0.0</span></li> <li>• RUB/KZT <span \
class="rate" data-code="RUB">0.0</span></li> <li>• CNY/KZT <span class="rate" \
data-code="CNY">0.0</span></li></ul>
</div>
<ul class="mod-languages__list lang-inline"><li class="lang-active"><a \
href="{canonical}">RU</a></li><li><a href="{base}/novosti" hreflang="en-GB">EN</a></li><li><a \
href="{base}/novosti" hreflang="kk-KZ">KZ</a></li></ul>
</div></div>
<header id="sp-header"><div class="container"><div class="logo"><a href="{base}/"><img \
class="logo-image" src="/images/logo.png" alt="Центр информации"></a></div>
<nav class="sp-megamenu-wrapper" role="navigation"><ul class="sp-megamenu-parent \
menu-animation-fade-up d-none d-lg-block">
<li class="sp-menu-item current-item active"><a aria-current="page" \
href="{base}/novosti">Новости</a></li>
<li class="sp-menu-item"><a href="{base}/novosti/obshchestvo">Общество</a></li>
<li class="sp-menu-item"><a href="{base}/novosti/ekonomika">Экономика</a></li>
<li class="sp-menu-item"><a href="{base}/kontakty">Контакты</a></li></ul>
<a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" \
href="#"><div class="burger-icon"><span></span><span></span><span></span></div></a></nav>
<div class="search"><form class="mod-finder js-finder-searchform form-search" \
action="/component/finder/search" method="get" role="search"><label for="mod-finder-searchword" \
class="visually-hidden finder">Поиск</label><input type="text" name="q" \
id="mod-finder-searchword" class="js-finder-search-query form-control" value="" \
placeholder="Поиск..."></form></div>
</div></header>
<div class="moduletable banner-top"><div class="bannergroup"><div class="banneritem"><a \
href="/component/banners/click/3" target="_blank" rel="noopener noreferrer" title="Реклама"><img \
src="/images/banners/halyk-970x90.jpg" alt="Реклама" width="970" \
height="90"></a></div></div></div>
<section id="sp-main-body"><div class="container"><div class="row">
<main id="sp-component" class="col-lg-8"><div class="sp-column"><div \
id="system-message-container" aria-live="polite"></div>
"""


def _tail(lang: str, base: str, exclude: int = 0) -> str:
    arts = _site().build()
    latest = [a for a in arts if a.num != exclude][:12]
    items = "\n".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url">'
        f'<span class="badge lang-badge">{a.lang}</span> <span itemprop="name">'
        f"{escape(cut_at_word(a.title, 64))}</span></a></li>" for a in latest)
    popular = sorted((a for a in arts if a.views and a.num != exclude),
                     key=lambda a: -(a.views or 0))[:5]
    pop = "\n".join(f'<li><a href="{a.path}">{escape(a.title)}</a> <span class="badge hits">'
                    f"{a.views}</span></li>" for a in popular)
    return f"""</div></main>
<aside id="sp-right" class="col-lg-4"><div class="sp-column">
<div class="sp-module latest"><h3 class="sp-module-title">Последние новости</h3><div \
class="sp-module-content">
<ul class="mod-articleslatest latestnews mod-list">
{items}
</ul></div></div>
<div class="sp-module popular"><h3 class="sp-module-title">Самое читаемое</h3><div \
class="sp-module-content">
<ul class="mostread mod-list">
{pop}
</ul></div></div>
<div class="sp-module"><div class="bannergroup"><div class="banneritem"><a \
href="/component/banners/click/5" target="_blank" rel="noopener noreferrer"><img \
src="/images/banners/kaspi-300x250.jpg" alt="Реклама"></a></div></div></div>
</div></aside>
</div></div></section>
<footer id="sp-footer"><div class="container"><div class="moduletable contacts">
<p>© 2026 Центр информации. Все права защищены. При использовании материалов ссылка на ic24.kz \
обязательна.</p>
<p>Адрес: 050000, г. Алматы, пр. Абая, 10, офис 305. Тел.: +7 (727) 000-00-00. E-mail: <a \
href="mailto:info@ic24.kz">info@ic24.kz</a></p>
</div>
<div class="counters"><!-- Yandex.Metrika counter --><noscript><div><img \
src="https://mc.yandex.ru/watch/12345678" style="position:absolute; left:-9999px;" \
alt=""></div></noscript><!-- /Yandex.Metrika counter -->
<a href="https://www.liveinternet.ru/click" target="_blank"><img id="licnt1A2B" width="31" \
height="31" style="border:0" title="LiveInternet" \
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" \
alt=""></a></div>
</div></footer>
</div></div>
<div class="offcanvas-menu"><a href="#" class="close-offcanvas" aria-label="Close"><span \
class="fas fa-times"></span></a><div class="offcanvas-inner"><ul class="menu"><li \
class="item-101 current active"><a href="{base}/novosti">Новости</a></li><li class="item-102"><a \
href="{base}/kontakty">Контакты</a></li></ul></div></div>
<div id="cookie-banner" class="cookie-consent" role="dialog"><p>Мы используем файлы cookie, \
чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p><button \
type="button" class="btn btn-primary">Принять</button></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" \
aria-hidden="true"></span></a>
</body>
</html>"""


def _paragraph(kind: str, text: str) -> str:
    t = escape(text, quote=False)
    return {"p": f"<p>{t}</p>", "quote": f"<blockquote><p>{t}</p></blockquote>",
            "li": f"<li>{t}</li>", "tr": "<tr>" + "".join(
                f"<td>{escape(c, quote=False)}</td>" for c in text.split(" ", 1)) + "</tr>"
            }[kind]


def _body(art: Any, base: str) -> str:
    blocks = art.blocks()
    fm = art.formats
    out: list[str] = []
    if "credit_in_body" in fm and art.photo_credit:
        out.append(f"<p><em>Фото:{escape(art.photo_credit)}</em></p>")
    first = escape(art.dateline() + blocks[0][1], quote=False)
    out.append(f"<p><strong>{first}</strong></p>" if "bold" in fm else f"<p>{first}</p>")
    if "readmore" in fm:
        out.append('<hr id="system-readmore">')
    others = [a for a in _site().build() if a.num != art.num][:3]
    open_list = open_table = False
    for n, (kind, text) in enumerate(blocks[1:], start=1):
        if kind != "li" and open_list:
            out.append("</ul>")
            open_list = False
        if kind == "li" and not open_list:
            out.append("<ul>")
            open_list = True
        if kind == "tr" and not open_table:
            out.append('<table class="table table-bordered"><tbody>')
            open_table = True
        if "spacers" in fm:
            out.append("<p>&nbsp;</p>")
        out.append(_paragraph(kind, text))
        if n == 1 and "video" in fm:
            out.append('<p><iframe width="560" height="315" src="https://www.youtube.com/embed/'
                       f'{art.num:011d}" frameborder="0" allowfullscreen></iframe></p>')
        if n == 1 and "loadposition" in fm:
            links = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in others)
            out.append(f'<div class="moduletable in-article"><h3>{READ_ALSO[art.lang]}</h3>'
                       f'<ul class="mod-articleslatest">{links}</ul></div>')
    if open_list:
        out.append("</ul>")
    if open_table:
        out.append("</tbody></table>")
    if art.num == 45694:
        out.append("<p>\u00a0</p>")
    if art.source and art.source_line:
        out.append(f"<p>Источник: {escape(art.source)}</p>")
    return "\n".join(out)


def _info(art: Any, base: str) -> str:
    lang, fm = art.lang, art.formats
    dd = [f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
          f'<span class="icon-user icon-fw" aria-hidden="true"></span>{AUTHOR[lang]}: '
          f'<span itemprop="name">{EDITOR[lang]}</span></dd>'] if "author" in fm else []
    dd += [f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
          f'<time datetime="{art.local.isoformat()}" itemprop="datePublished">'
          f"{info_date(lang, art.day)}</time></dd>"]
    if art.views is not None:
        shown = f"{HITS[lang]}: {art.views}" if "hits_label" in fm else str(art.views)
        dd.append(f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
                  f'<meta itemprop="interactionCount" content="UserPageVisits:{art.views}">'
                  f"{shown}</dd>")
    if art.category:
        dd.append(f'<dd class="category-name"><span class="icon-folder-open icon-fw" '
                  f'aria-hidden="true"></span><a href="{base}/novosti/{ru_slug(art.category)}" '
                  f'itemprop="genre">{escape(art.category)}</a></dd>')
    if "modified" in fm:
        later = art.local + timedelta(days=2, hours=3)
        dd.append(f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true">'
                  f'</span><time datetime="{later.isoformat()}" itemprop="dateModified">'
                  f"{UPDATED[lang]}: {info_date(lang, later.date())}</time></dd>")
    tags = ""
    if art.tags:
        lis = ", ".join(f'<li class="list-inline-item tag-{i + 2} tag-list{i}" itemprop="keywords">'
                        f'<a href="/tags/{i + 2}" class="btn btn-sm btn-info">{escape(t)}</a></li>'
                        for i, t in enumerate(art.tags))
        tags = f'<ul class="tags list-inline">{lis}</ul>'
    return (f'<dl class="article-info text-muted"><dt class="article-info-term">'
            f'<span class="visually-hidden">{DETAILS[lang]}</span></dt>\n'
            + "\n".join(dd) + f"\n</dl>\n{tags}")


def _figure(art: Any) -> str:
    paths = art.image_paths()
    if not paths and (not art.photo_credit or "credit_in_body" in art.formats):
        return ""
    credit = ("" if not art.photo_credit or "credit_in_body" in art.formats
              else f'<figcaption class="caption">Фото:{escape(art.photo_credit)}</figcaption>')
    imgs = "".join(f'<img src="{p}" itemprop="image" alt="{escape(art.title)}" width="800" '
                   f'height="450" loading="lazy">' for p in paths)
    return f'<figure class="left item-image">{imgs}{credit}</figure>'


def _pagenav(art: Any, base: str) -> str:
    arts = sorted(_site().build(), key=lambda a: a.num)
    i = next(k for k, a in enumerate(arts) if a.num == art.num)
    parts = []
    if i > 0:
        p = arts[i - 1]
        parts.append(f'<a class="btn btn-sm btn-secondary previous" href="{p.path}" rel="prev">'
                     f'<span class="visually-hidden">{escape(p.title)}</span>'
                     f'<span class="icon-chevron-left" aria-hidden="true"></span> '
                     f"<span aria-hidden=\"true\">{PREV[art.lang]}</span></a>")
    if i + 1 < len(arts):
        n = arts[i + 1]
        parts.append(f'<a class="btn btn-sm btn-secondary next" href="{n.path}" rel="next">'
                     f'<span class="visually-hidden">{escape(n.title)}</span>'
                     f"<span aria-hidden=\"true\">{NEXT[art.lang]}</span> "
                     f'<span class="icon-chevron-right" aria-hidden="true"></span></a>')
    return ('<nav class="pagenavigation" aria-label="Навигация по материалам"><span '
            f'class="pagination ms-0">{"".join(parts)}</span></nav>')


READ_MORE = "Подробнее"


def _schema(art: Any, url: str, base: str) -> str:
    """Joomla 5's schemaorg plugin: an ``@graph`` with the site and a BlogPosting whose dates
    are the stored UTC moments."""
    stamp = art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"{base}/#/schema/Organization/base",
         "name": "Центр информации", "url": f"{base}/"},
        {"@type": "WebSite", "@id": f"{base}/#/schema/WebSite/base", "url": f"{base}/",
         "name": "Центр информации", "publisher": {"@id": f"{base}/#/schema/Organization/base"}},
        {"@type": "WebPage", "@id": f"{url}#/schema/WebPage", "url": url,
         "isPartOf": {"@id": f"{base}/#/schema/WebSite/base"}},
        {"@type": "BlogPosting", "@id": f"{url}#/schema/com_content/article/{art.num}",
         "headline": art.title, "datePublished": stamp, "inLanguage": LOCALE[art.lang][0],
         "author": {"@type": "Person", "name": EDITOR[art.lang]},
         "isPartOf": {"@id": f"{url}#/schema/WebPage"}}]}
    body = json.dumps(graph, ensure_ascii=False)
    return f'\n<script type="application/ld+json" class="joomla-schemaorg">{body}</script>'


def article(art: Any, base: str) -> Response:
    url = base + art.path
    paths = art.image_paths()
    extra = (f'<meta property="og:type" content="article">\n'
             f'<meta property="og:title" content="{escape(art.title)}">\n'
             f'<meta property="og:url" content="{url}">\n'
             + (f'<meta property="og:image" content="{base}{paths[0]}">\n' if paths else "")
             + f'<meta name="keywords" content="{escape(", ".join(art.tags))}">'
             + (_schema(art, url, base) if art.num % 4 == 0 else ""))
    intro = ""
    if "intro_repeat" in art.formats:
        intro = f'<div class="article-intro lead">{escape(art.paragraphs[0], quote=False)}</div>'
    share = ('<div class="article-social-share"><div class="ya-share2" data-curtain '
             'data-services="vkontakte,facebook,telegram,whatsapp,odnoklassniki" '
             f'data-url="{url}"><span>Поделиться:</span> ВКонтакте Facebook Telegram WhatsApp'
             "</div></div>")
    page = f"""{_head(art.title, art.lang, base, url, extra)}<div class="com-content-article \
item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{LOCALE[art.lang][0]}">
<div class="article-header"><h1 itemprop="headline">{escape(art.title)}</h1></div>
{_figure(art)}
{_info(art, base)}
{intro}
<div itemprop="articleBody" class="com-content-article__body">
{_body(art, base)}
</div>
{share}
{_pagenav(art, base)}
</div>
{_tail(art.lang, base, art.num)}"""
    return 200, {"Content-Type": HTML, "X-Powered-By": "PHP/8.2.12",
                 "Set-Cookie": "a1b2c3d4e5=9f8e7d; path=/; HttpOnly"}, page.encode("utf-8")


def listing(page: int, base: str) -> Response:
    site = _site()
    items = site.page_items(page)
    count = site.page_count()

    def item(a: Any) -> str:
        return (f'<div class="com-content-category-blog__item blog-item news_text" '
                f'itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<div class="item-content"><h2 class="item-title" itemprop="name">'
                f'<a href="{a.path}" itemprop="url">{escape(a.title)}</a></h2>'
                f'<p class="item-date">{info_date("ru", a.day)}</p>'
                f"<p>{escape(a.paragraphs[0], quote=False)}</p>"
                f'<p class="readmore"><a class="btn btn-secondary" href="{a.path}" '
                f'aria-label="{READ_MORE}: {escape(a.title)}"><span class="icon-chevron-right" '
                f'aria-hidden="true"></span> {READ_MORE}</a></p></div></div>')

    lead = item(items[0]) if page == 1 else ""
    rest = items[1:] if page == 1 else items
    rows = "\n".join(f'<div class="items-row">{item(a)}</div>' for a in rest)
    links = []
    for n in range(1, count + 1):
        href = "/novosti" if n == 1 else f"/novosti?start={(n - 1) * 20}"
        links.append(f'<li class="page-item active"><a aria-current="true" href="#" '
                     f'class="page-link">{n}</a></li>' if n == page else
                     f'<li class="page-item"><a aria-label="Перейти на страницу {n}" '
                     f'href="{href}" class="page-link">{n}</a></li>')
    body = f"""{_head("Новости", "ru", base, base + "/novosti")}<div \
class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<h1>Новости</h1>
<div class="com-content-category-blog__items blog-items items-leading">{lead}</div>
<div class="com-content-category-blog__items blog-items">
{rows}
</div>
<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Страница {page} из \
{count}</p>
<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" \
aria-label="Навигация по страницам"><ul class="pagination ms-0 mb-4">
{"".join(links)}
</ul></nav></div></div>
</div>
{_tail("ru", base)}"""
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return ("<!DOCTYPE html><html lang=\"ru-ru\"><head><meta charset=\"utf-8\"><title>404 - "
            "Статья не найдена</title></head><body class=\"error-page\"><h1>404</h1><p>"
            "Статья не найдена</p><p><a href=\"/\">Главная страница</a></p></body></html>"
            ).encode()

