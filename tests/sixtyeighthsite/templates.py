"""The sixty-eighth copy's pages as a TYPO3 11/12 site with the news extension would render them."""

from __future__ import annotations

from html import escape

from tests.copykit.catalogue import Response
from tests.copykit.routes import HTML
from tests.copykit.text import cut_at_word
from tests.sixtyeighthsite import site

CURRENCY = ('<div class="currency-widget" id="c12"><ul>'
            + "".join(f'<li>• {pair}/KZT <span class="rate" data-pair="{pair}">0.0</span></li>'
                      for pair in ("USD", "EUR", "RUB", "CNY"))
            + "</ul></div>")
COOKIES = ('<div id="cookie-consent" class="cookie-banner" hidden><p>Мы используем файлы cookie, '
           'чтобы сайт работал лучше.</p><button type="button" class="btn">Принять</button>'
           '</div>')
SEARCH = ('<form class="search" method="get" action="/poisk"><input type="hidden" '
          'name="tx_indexedsearch_pi2[action]" value="search"><input type="search" '
          'name="tx_indexedsearch_pi2[search][sword]" placeholder="Поиск по сайту">'
          '<button type="submit">Найти</button></form>')
COUNTERS = ('<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[])'
            '.push(arguments)};})(window,document,"script","https://mc.yandex.ru/metrika/tag.js",'
            '"ym");ym(51234567,"init",{clickmap:true});</script><noscript><div><img '
            'src="https://mc.yandex.ru/watch/51234567" style="position:absolute;left:-9999px" '
            'alt=""></div></noscript><a href="https://www.liveinternet.ru/click" rel="nofollow">'
            '<img src="https://counter.yadro.ru/hit?t44.6" width="31" height="31" alt=""></a>')
FOOTER = ('<footer class="page-footer"><div class="contacts"><p>© 2014–2026 Центр информации. '
          'Все права защищены.</p><p>050000, г. Алматы, пр. Абая, 10, офис 305</p><p>Тел.: '
          '+7 (727) 250-00-00, e-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>'
          '<p>Свидетельство о постановке на учёт СМИ № 16247-ИА</p></div>'
          '<ul class="footer-nav"><li><a href="/o-nas">О нас</a></li><li><a href="/reklama">'
          'Реклама</a></li><li><a href="/kontakty">Контакты</a></li></ul></footer>')
POWERED = ("<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n"
           "\tTYPO3 is a free open source Content Management Framework initially created by "
           "Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright 1998-2026 of "
           "Kasper Skaarhoj. Extensions are copyright of their respective owners.\n"
           "\tInformation and contribution at https://typo3.org/\n-->")
CSS = ('<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-5e1f2a9c.css?1700000000"'
       ' media="all">')
LOGO = ('<a class="logo" href="/"><img src="/typo3conf/ext/site/Resources/Public/Images/logo.svg"'
        ' alt="Центр информации"></a>')
NAV = ('<nav class="main-nav"><ul><li><a href="/novosti">Новости</a></li><li><a href="/o-nas">'
       "О нас</a></li></ul></nav>")
AD = ('<div class="banner banner-{slot}"><a href="https://ads.example.kz/click?slot={slot}" '
      'rel="nofollow sponsored" target="_blank"><img src="/fileadmin/banners/{slot}_300x250.jpg" '
      'alt="Реклама"></a><span class="banner-label">Реклама</span></div>')


def _lang_menu(art: site.Article | None) -> str:
    other = None
    if art is not None and art.num in (45694, 45713):
        other = site.by_num()[45713 if art.num == 45694 else 45694]
    ru = '<li class="active"><a href="/novosti" hreflang="ru-RU" title="Русский">RU</a></li>'
    en = ('<li class="text-muted"><span hreflang="en-GB" title="English">EN</span></li>'
          if other is None else
          f'<li><a href="{other.path}" hreflang="{"en-GB" if other.lang == "en" else "ru-RU"}">'
          f'{other.lang.upper()}</a></li>')
    return f'<ul class="language-menu" role="menu">{ru}{en}</ul>'


def _most_read(skip: int) -> str:
    top = sorted((a for a in site.build() if a.views and a.num != skip),
                 key=lambda a: -(a.views or 0))[:5]
    items = "".join(f'<li><a href="{a.path}">{escape(a.title, False)}</a></li>' for a in top)
    return f'<div class="most-read"><h3>Самое читаемое</h3><ol>{items}</ol></div>'


def _shell(title: str, lang: str, head: str, body: str, art: site.Article | None) -> bytes:
    page = f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
<meta charset="utf-8">
{POWERED}
<title>{escape(title, False)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
{CSS}
</head>
<body id="p{12 if art else 7}" class="{"news-detail" if art else "news-list"}">
{COOKIES}
<header class="page-header">{CURRENCY}{LOGO}
{_lang_menu(art)}{SEARCH}
{NAV}
</header>
<main id="content">
<!--TYPO3SEARCH_begin-->
{body}
<!--TYPO3SEARCH_end-->
</main>
<aside class="sidebar">{AD.format(slot="right")}{_most_read(art.num if art else 0)}</aside>
{FOOTER}
{COUNTERS}
<script src="/typo3temp/assets/compressed/merged-9b3c1d7e.js?1700000000"></script>
</body>
</html>
"""
    return page.encode("utf-8")


def _info(art: site.Article) -> str:
    parts = [f'<span class="news-list-date"><time itemprop="datePublished" '
             f'datetime="{art.day.isoformat()}">{art.date_line()}</time></span>']
    if art.views is not None:
        parts.append(f'<span class="news-list-views" title="Просмотры">{art.views}</span>')
    if art.category:
        parts.append(f'<span class="news-list-category">{escape(art.category)}</span>')
    if art.tags:
        links = ", ".join(f'<a href="/novosti/tag/{escape(t)}" title="{escape(t)}">{escape(t)}</a>'
                          for t in art.tags)
        parts.append(f'<span class="news-list-tags" itemprop="keywords">{links}</span>')
    return '<div class="news-list-date-cat">' + " ".join(parts) + "</div>"


def _text(art: site.Article) -> str:
    shown = list(art.raw_paragraphs or art.paragraphs)
    first = escape(art.dateline()) + escape(shown[0], False)
    if art.quirk == "credit_bold":
        first = f"<strong>Фото:{escape(art.photo_credit or '')}</strong>{first}"
    paras = [f"<p>{first}</p>", *(f"<p>{escape(p, False)}</p>" for p in shown[1:])]
    if art.quirk == "empty_para" or art.num == 45694:
        paras.append("<p>&nbsp;</p>")
    if art.source_line and art.source:
        name = escape(art.source, False)
        if art.quirk == "source_link":
            site_url = "https://" + art.source.lower().replace(" ", "")
            name = f'<a href="{site_url}" target="_blank">{name}</a>'
        paras.append(f"<p>Источник: {name}</p>")
    return "\n".join(paras)


def _photo(art: site.Article, base: str) -> str:
    paths = art.image_paths()
    if not paths:
        return ""
    credit = ""
    if art.photo_credit and art.quirk != "credit_bold":
        credit = (f'<figcaption class="news-img-caption"><span class="news-img-copyright">'
                  f"Фото:{escape(art.photo_credit, False)}</span></figcaption>")
    return (f'<div class="news-img-wrap"><figure class="image"><img itemprop="image" '
            f'src="{paths[0]}" width="750" height="422" alt="{escape(art.title)}" '
            f'title="{escape(art.title)}">{credit}</figure></div>')


def _related(art: site.Article) -> str:
    newest = [a for a in site.build() if a.num != art.num][:12]
    items = "".join(f'<li><span class="news-lang">{a.lang}</span> <a href="{a.path}">'
                    f"{escape(cut_at_word(a.title, 60), False)}</a></li>" for a in newest)
    return (f'<div class="news-related-wrap"><div class="news-related news-related-news">'
            f"<h4>Последние новости</h4><ul>{items}</ul></div></div>")


def _share(url: str) -> str:
    return (f'<div class="social-share"><span>Поделиться:</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> '
            f'<a href="https://t.me/share/url?url={url}">Telegram</a> '
            f'<a href="https://wa.me/?text={url}">WhatsApp</a></div>')


def article(art: site.Article, base: str) -> Response:
    url = base + art.path
    title = escape(art.title, False)
    if art.quirk == "zw_title":
        head_word, _, rest = title.partition(" ")
        title = f"{head_word}\u200b {rest}"
    alt = ""
    if art.num in (45694, 45713):
        other = site.by_num()[45713 if art.num == 45694 else 45694]
        alt = "".join(f'<link rel="alternate" hreflang="{a.lang}" href="{base + a.path}">'
                      for a in (art, other))
    locale = "en_GB" if art.html_lang == "en-GB" else "ru_RU"
    photo = art.image_paths()
    head = (f'<meta property="og:title" content="{escape(art.title)}">'
            f'<meta property="og:type" content="article"><meta property="og:locale" '
            f'content="{locale}"><meta property="og:url" content="{url}">'
            + (f'<meta property="og:image" content="{base + photo[0]}">' if photo else "")
            + f'<link rel="canonical" href="{url}">{alt}')
    body = f"""<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{title}</h1></div>
{_info(art)}
{_photo(art, base)}<div class="news-text-wrap" itemprop="articleBody">
{_text(art)}
</div>
{AD.format(slot="incontent")}
{_share(url)}
{_related(art)}
<div class="news-backlink-wrap"><a href="/novosti">Назад к списку</a></div>
</div>
</div>"""
    page = _shell(f"{art.title} - Центр информации", art.html_lang, head, body, art)
    return 200, {"Content-Type": HTML}, page


def listing(page: int, base: str) -> Response:
    items = []
    for a in site.page_items(page):
        items.append(f'<div class="article articletype-0" itemscope="itemscope" '
                     f'itemtype="http://schema.org/Article"><div class="news_text">'
                     f'<a href="{a.path}" title="{escape(a.title)}">{escape(a.title, False)}</a>'
                     f'<p>{a.date_line()}</p></div></div>')
    links = []
    if page > 1:
        links.append(f'<li class="previous"><a href="{escape(site.page_target(page - 1))}">'
                     "Предыдущая</a></li>")
    for n in range(1, site.page_count() + 1):
        links.append(f'<li class="current">{n}</li>' if n == page else
                     f'<li><a href="{escape(site.page_target(n))}">{n}</a></li>')
    if page < site.page_count():
        links.append(f'<li class="next"><a href="{escape(site.page_target(page + 1))}">'
                     "Следующая</a></li>")
    body = ('<div class="news"><h1>Новости</h1><div class="news-list-view" '
            'id="news-container-21">' + "\n".join(items)
            + '</div><div class="page-navigation"><ul class="f3-widget-paginator">'
            + "".join(links) + "</ul></div></div>")
    head = f'<link rel="canonical" href="{base + site.page_target(page)}">'
    return 200, {"Content-Type": HTML}, _shell("Новости - Центр информации", "ru-RU", head, body,
                                               None)


def not_found() -> bytes:
    return _shell("Страница не найдена - Центр информации", "ru-RU", "",
                  '<div class="error"><h1>404</h1><p>Страница не найдена.</p>'
                  '<p><a href="/novosti">К новостям</a></p></div>', None)
