"""The fifty-fourth copy's markup: a 1C-Bitrix site template around ``bitrix:news.list`` and
``bitrix:news.detail``, as a small Almaty news site runs its "news portal" solution.

Every page: ``BX.message`` and ``BX.setCSSList`` scripts, composite-cache frame comments, a top
banner from the advertising module (``/bitrix/rk.php``, ``/upload/rk/`` picture), the currency
widget (values filled by JavaScript, 0.0 in the HTML), a ``bitrix:search.title`` form, a mobile
menu, a mobile app banner, a cookie banner, a "Популярное" ``news.list`` box with view counts
and ``/upload/resize_cache/`` thumbnails, Yandex.Metrika and Google counters and a footer with
the contacts. ``<html lang="ru">`` on every page (one Bitrix site ``s1`` serves all languages),
no ``og:locale``.
"""

from __future__ import annotations

from html import escape

from tests.copykit.catalogue import MONTHS, Response
from tests.copykit.text import cut_at_word
from tests.fiftyfourthsite import site

HEADERS = {"Content-Type": "text/html; charset=UTF-8",
           "X-Powered-CMS": "Bitrix Site Manager (3b5a2c1f0e9d8c7b6a5f4e3d2c1b0a99)",
           "P3P": 'policyref="/bitrix/p3p.xml", CP="NON DSP COR CUR ADM DEV PSA PSD OUR UNR '
                  'BUS UNI COM NAV INT DEM STA"',
           "Set-Cookie": "PHPSESSID=a1b2c3d4e5f6; path=/; HttpOnly"}

# The advertising module's banners (clicks counted through /bitrix/rk.php).
BANNER_TOP = ('<a href="/bitrix/rk.php?id=14&amp;site_id=s1&amp;event1=banner&amp;event2=click'
    '&amp;event3=1+%2F+%5B14%5D+%5BTOP%5D+Halyk&amp;goto=https%3A%2F%2Fhalykbank.kz%2F'
    '&amp;af=a1b2c3" target="_blank"><img alt="" title="" '
    'src="/upload/rk/5c1/970x90_halyk.jpg" width="970" height="90" style="border:0;" /></a>')
BANNER_SIDE = ('<a href="/bitrix/rk.php?id=17&amp;event1=banner'
    '&amp;goto=https%3A%2F%2Fkaspi.kz%2F" '
    'target="_blank"><img src="/upload/rk/0e8/300x600_kaspi.gif" alt="" width="300" '
    'height="600"/></a>')
BANNER_BOTTOM = ('<a href="/bitrix/rk.php?id=21&amp;goto=https%3A%2F%2Fbeeline.kz%2F"><img '
    'src="/upload/rk/a41/728x90_beeline.jpg" alt=""/></a>')


def _e(text: str) -> str:
    return escape(text, quote=False)


def _q(text: str) -> str:
    return escape(text, quote=True)


def date_words(art: site.Article) -> str:
    """'20 Апреля 2023' (ru and kk: the site's Russian locale, capitalised genitive),
    '2 August 2021' on English pages; the clock after it when the story has one."""
    lang = "en" if art.lang == "en" else "ru"
    month = MONTHS[lang][art.day.month - 1]
    text = f"{art.day.day} {month[0].upper()}{month[1:]} {art.day.year}"
    return text + (f" {art.clock:%H:%M}" if art.clock else "")


def _thumb(path: str, size: str = "320_200_2") -> str:
    """The resize_cache copy of an upload, as news.list shows it:
    /upload/iblock/abc/f.jpg -> /upload/resize_cache/iblock/abc/320_200_2/f.jpg."""
    folder, name = path.rsplit("/", 1)
    return folder.replace("/upload/iblock/", "/upload/resize_cache/iblock/") + f"/{size}/{name}"


def _frame(name: str, inner: str) -> str:
    return f"<!--'start_frame_cache_{name}'-->{inner}<!--'end_frame_cache_{name}'-->"


def _head(title: str, description: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html xml:lang="ru" lang="ru">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{_e(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="description" content="{_q(description)}" />
{extra}
<link href="/bitrix/js/ui/bootstrap4/css/bootstrap.min.css?16718234567891" type="text/css"
rel="stylesheet"/>
<link href="/bitrix/templates/ic24/template_styles.css?17012345678901" type="text/css"
rel="stylesheet" data-template-style="true"/>
<script type="text/javascript">if(!window.BX)window.BX={{}};
if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in
mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Загрузка...',
'JS_CORE_NO_DATA':'- Нет данных -','JS_CORE_WINDOW_CLOSE':'Закрыть','LANGUAGE_ID':'ru',
'FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM',
'SERVER_TZ_OFFSET':'18000','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'1764600000',
'USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'0f1e2d3c4b5a69788796a5b4c3d2e1f0'}});
</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1701234567225690"></script>
<script>BX.setJSList(['/bitrix/js/main/core/core_fx.js','/bitrix/templates/ic24/js/script.js']);
</script>
<script>BX.setCSSList(['/bitrix/templates/ic24/components/bitrix/news.detail/.default/style.css']);
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2LQ9M3P"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);
}}gtag('js', new Date());gtag('config', 'G-7XK2LQ9M3P');</script>
</head>
"""


def _currency() -> str:
    rows = "".join(f'<li class="currency-item">• {pair} <span class="currency-value" '
                   f'data-code="{pair[:3]}">0.0</span></li>'
                   for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"))
    return f'<div class="header-currency"><ul class="currency-list">{rows}</ul></div>'


def _popular() -> str:
    """A news.list "Популярное" box: the five most read stories with their counts."""
    top = sorted((a for a in site.build() if a.views), key=lambda a: -(a.views or 0))[:5]
    items = "".join(
        f'<div class="popular-item" id="bx_1373509569_{a.num}">'
        + (f'<img class="preview_picture" src="{_thumb(a.image_paths()[0], "90_60_2")}" '
           f'alt="{_q(a.title)}"/>' if a.images else "")
        + f'<a href="{a.path}" class="popular-title">{_e(a.title)}</a>'
        f'<span class="popular-views"><i class="fa fa-eye"></i> {a.views}</span></div>'
        for a in top)
    return (f'<aside class="sidebar-popular">{_frame("popular_box", "")}'
            f'<div class="sidebar-title">Популярное</div>{items}</aside>')


def _top(active: str) -> str:
    menu = "".join(f'<li class="{"active" if href == active else ""}"><a href="{href}">{name}'
                   f'</a></li>' for href, name in (("/novosti/", "Новости"),
                                                   ("/novosti/obshchestvo/", "Общество"),
                                                   ("/novosti/ekonomika/", "Экономика"),
                                                   ("/novosti/politika/", "Политика"),
                                                   ("/about/", "О нас"),
                                                   ("/contacts/", "Контакты")))
    return f"""<body>
<div id="panel"></div>
<div class="banner-top">{_frame("banner_top", BANNER_TOP)}</div>
<header class="header">
<div class="container">
<div class="header-top">{_currency()}<div class="header-lang"><a href="/">RU</a> <a href="/">EN</a>
</div></div>
<div class="header-logo"><a href="/"><img src="/bitrix/templates/ic24/images/logo.png" alt="Центр
информации"/></a></div>
<div id="title-search" class="bx-searchtitle">
<form action="/search/index.php">
<div class="bx-input-group"><input id="title-search-input" type="text" name="q" value=""
autocomplete="off" class="bx-form-control" placeholder="Поиск по сайту"/>
<span class="bx-input-group-btn"><button class="btn btn-default" type="submit" name="s"><i
class="fa fa-search"></i></button></span></div>
</form></div>
<script>BX.ready(function(){{new JCTitleSearch({{'AJAX_PAGE':'/novosti/',
'CONTAINER_ID':'title-search','INPUT_ID':'title-search-input','MIN_QUERY_LEN':2}});}});</script>
<button class="mobile-menu-toggle" aria-label="Меню"><span></span><span></span><span></span>
</button>
<nav class="bx-top-nav"><ul class="bx-nav-list-1-lvl">{menu}</ul></nav>
<div class="mobile-menu" style="display:none"><ul>{menu}</ul><div class="mobile-menu-social">
<a href="https://t.me/ic24kz">Telegram</a> <a href="https://instagram.com/ic24.kz">Instagram</a>
</div></div>
</div>
</header>
<div class="app-banner"><span>Скачайте приложение «Центр информации»</span>
<a href="https://apps.apple.com/kz/app/ic24/id1234567890">App Store</a>
<a href="https://play.google.com/store/apps/details?id=kz.ic24.news">Google Play</a>
<button class="app-banner-close">×</button></div>
<div class="workarea container"><div class="row"><div class="col-lg-8 col-md-12">
"""


def _bottom() -> str:
    return f"""</div><div class="col-lg-4 d-none d-lg-block">
{_popular()}
<div class="banner-side">{_frame("banner_side", BANNER_SIDE)}</div>
<div class="widget-telegram"><a href="https://t.me/ic24kz">Подписывайтесь на наш Telegram-канал</a>
</div>
</div></div></div>
<footer class="footer"><div class="container">
<div class="footer-about">Сетевое издание «Центр информации». Свидетельство о постановке на учёт №
16970-СИ от 12.03.2018 выдано Министерством информации и общественного развития РК.</div>
<div class="footer-contacts">Адрес: 050000, г. Алматы, ул. Жибек Жолы, 50, офис 412<br/>Тел.: +7
(727) 355-12-40<br/>E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></div>
<div class="footer-copy">© 2013–2026 Центр информации. Все права защищены. При использовании
материалов гиперссылка на ic24.kz обязательна.</div>
<div class="footer-dev"><a href="https://www.1c-bitrix.ru/">Работает на «1С-Битрикс: Управление
сайтом»</a></div>
</div></footer>
<div class="cookie-banner" id="cookie-banner">Мы используем файлы cookie, чтобы сайт работал
лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/privacy/">политикой конфиденциальности</a>.
<button class="btn btn-primary" onclick="BX.setCookie('BITRIX_SM_COOKIE_OK','Y');">Принять</button>
</div>
<!-- Yandex.Metrika counter -->
<script type="text/javascript">(function(m,e,t,r,i,k,
a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();
k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,
a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(54871203, "init",
 {{clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/54871203" style="position:absolute;
left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
<script>BX.ready(function(){{BX.bind(BX('cookie-banner'),'click',function(){{}});}});</script>
</body>
</html>
"""


def _paragraph(art: site.Article, i: int, text: str) -> str:
    body = _e(text)
    if art.entities:
        body = body.replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;")
        body = body.replace("\u00a0", "&nbsp;")
    kind = art.kind(i)
    if i == 0 and art.place:
        lead = _e(art.dateline())
        body = f"<b>{lead}</b>{body}" if art.num % 2 else lead + body
    if kind == "b":
        return f"<p><b>{body}</b></p>"
    if kind == "quote":
        return f"<blockquote><p>{body}</p></blockquote>"
    if kind == "upd":
        return f"<p><i>{body}</i></p>"
    if art.entities:
        return f'<p style="text-align: justify;">{body}</p>'
    return f"<p>{body}</p>"


def _detail_text(art: site.Article) -> str:
    """DETAIL_TEXT as the visual editor saved it: paragraphs, lists, tables, embeds."""
    out: list[str] = []
    paras = art.page_paragraphs()
    i = 0
    while i < len(paras):
        kind = art.kind(i)
        if kind in ("li", "row"):
            j = i
            while j < len(paras) and art.kind(j) == kind:
                j += 1
            if kind == "li":
                out.append("<ul>" + "".join(f"<li>{_e(p)}</li>" for p in paras[i:j]) + "</ul>")
            else:
                rows = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in p.split(" "))
                               + "</tr>" for p in paras[i:j])
                out.append(f'<table class="table" border="1" cellpadding="3"><tbody>{rows}'
                           f"</tbody></table>")
            i = j
            continue
        out.append(_paragraph(art, i, paras[i]))
        if i == 0 and art.extra == "video":
            out.append('<p><iframe width="560" height="315" src="https://www.youtube.com/embed/'
                       'q9Zr4YfX2mA" frameborder="0" allowfullscreen></iframe></p>')
        if i == 0 and art.extra == "instagram":
            out.append('<blockquote class="instagram-media" data-instgrm-permalink="https://www'
                       '.instagram.com/p/C1xYz2AbCdE/" data-instgrm-version="14"><div><a href='
                       '"https://www.instagram.com/p/C1xYz2AbCdE/" target="_blank">Посмотреть эту '
                       'публикацию в Instagram</a></div><p><a href="https://www.instagram.com/'
                       'akimat_almaty/">Публикация от Акимат Алматы (@akimat_almaty)</a></p>'
                       '</blockquote><script async src="//www.instagram.com/embed.js"></script>')
        i += 1
    if art.lang == "ru" and art.source_line:
        out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def _share(art: site.Article, base: str) -> str:
    url = f"{base}{art.path}"
    links = "".join(f'<li><a class="bx-share-icon" href="{href}" target="_blank" '
                    f'title="{name}"><span class="socserv-icon-{icon}"></span></a></li>'
                    for name, icon, href in (
                        ("ВКонтакте", "vk", f"http://vkontakte.ru/share.php?url={url}"),
                        ("Facebook", "fb", f"http://www.facebook.com/share.php?u={url}"),
                        ("Telegram", "tg", f"https://t.me/share/url?url={url}"),
                        ("WhatsApp", "wa", f"https://wa.me/?text={url}")))
    return (f'<div class="news-detail-share"><noindex><div class="bx-share-block">'
            f'<span class="bx-share-title">Поделиться:</span><ul class="bx-share-social">'
            f"{links}</ul></div></noindex></div>")


def _latest(art: site.Article) -> str:
    """The block of the newest headlines with their language badges (titles cut short)."""
    items = "".join(f'<li><span class="lang-badge">{a.lang}</span> <a href="{a.path}">'
                    f"{_e(cut_at_word(a.title, 70))}</a></li>"
                    for a in site.build()[:30] if a.num != art.num)
    return (f'<div class="last-news">{_frame("last_news", "")}<div class="last-news-title">'
            f"Последние новости</div><ul>{items}</ul></div>")


def _comments(art: site.Article) -> str:
    said = ("Наконец-то! Давно пора было этим заняться.",
            "А в нашем микрорайоне до сих пор ничего не сделали.")[: art.comments]
    items = "".join(f'<div class="reviews-post-block"><div class="reviews-post-author">Гость'
                    f'</div><div class="reviews-post-date">{date_words(art)}</div>'
                    f'<div class="reviews-text">{_e(t)}</div></div>' for t in said)
    return (f'<div class="reviews-block-container"><div class="reviews-header">Комментарии '
            f'({art.comments})</div>{items}<div class="reviews-note">Чтобы оставить комментарий, '
            f'<a href="/auth/?backurl=/news/">авторизуйтесь</a>.</div></div>')


def _info(art: site.Article) -> str:
    """The info line under the photo: date, views, rubric, tags."""
    parts = [f'<span class="news-date-time">{date_words(art)}</span>']
    if art.views is not None:
        parts.append(f'<span class="news-views"><i class="fa fa-eye"></i>{art.views}</span>')
    if art.category:
        parts.append(f'<a class="news-section" href="/novosti/">{_e(art.category)}</a>')
    if art.tags:
        tags = ", ".join(f'<a href="/search/?tags={_q(t)}">{_e(t)}</a>' for t in art.tags)
        parts.append(f'<span class="news-tags">{tags}</span>')
    return '<div class="news-detail-info">' + " ".join(parts) + "</div>"


def _pictures(art: site.Article) -> str:
    out = []
    for path in art.image_paths()[: art.images]:
        src = (f'src="/bitrix/templates/ic24/images/lazy.svg" data-src="{path}"'
               if art.lazy else f'src="{path}"')
        out.append(f'<div class="news-detail-img"><img class="detail_picture" border="0" '
                   f'{src} width="800" height="533" alt="{_q(art.title)}" '
                   f'title="{_q(art.title)}"/></div>')
    if art.photo_credit:
        out.append(f'<div class="news-detail-photo-author">Фото:{_e(art.photo_credit)}</div>')
    return "".join(out)


def _gallery(art: site.Article) -> str:
    if not art.gallery:
        return ""
    items = "".join(f'<a class="fancybox" rel="gallery" href="{p}"><img src="{_thumb(p)}" '
                    f'alt="Фото {k + 1}"/></a>'
                    for k, p in enumerate(art.image_paths()[art.images:]))
    return f'<div class="news-detail-gallery">{items}</div>'


def _properties(art: site.Article) -> str:
    """DISPLAY_PROPERTIES as the default template prints them: 'Name:&nbsp;value<br />'."""
    rows = []
    if art.author:
        rows.append(f"Автор:&nbsp;{_e(art.author)}<br />")
    if art.source_line and art.source:
        rows.append(f"Источник:&nbsp;{_e(art.source)}<br />")
    return f'<div class="news-detail-props">{"".join(rows)}</div>' if rows else ""


def article(art: site.Article, base: str) -> Response:
    desc = art.paragraphs[0][:160]
    og = "\n".join([
        f'<meta property="og:title" content="{_q(art.title)}" />',
        f'<meta property="og:description" content="{_q(desc)}" />',
        f'<meta property="og:url" content="{base}{art.path}" />',
        '<meta property="og:type" content="article" />',
        *([f'<meta property="og:image" content="{base}{art.image_paths()[0]}" />']
          if art.images else []),
        f'<link rel="canonical" href="{base}{art.path}" />'])
    body = f"""<div class="breadcrumb"><a href="/">Главная</a> / <a href="/novosti/">Новости</a>
</div>
<h1 id="pagetitle">{_e(art.title)}</h1>
<div class="news-detail bx-newsdetail">
<div class="bx-newsdetail-block" id="bx_1878455859_{art.num}">
{_pictures(art)}
{_info(art)}
<div class="news-detail-text bx-newsdetail-content">
{_detail_text(art)}
</div>
{_gallery(art)}
<div style="clear:both"></div>
{_properties(art)}
{_share(art, base)}
</div>
</div>
<div class="banner-in-text">{_frame("banner_bottom", BANNER_BOTTOM)}</div>
{_latest(art)}
{_comments(art) if art.comments else ""}
<script>BX.ajax.post('/bitrix/components/bitrix/news.detail/ajax.php',{{'ID':{art.num},
'IBLOCK_ID':1,'sessid':BX.bitrix_sessid()}});</script>
"""
    page = _head(art.title, desc, og) + _top("/novosti/") + body + _bottom()
    return 200, dict(HEADERS), page.encode("utf-8")


def _pagination(page: int) -> str:
    def href(n: int) -> str:
        return site.LISTING if n == 1 else f"{site.LISTING}?{site.PAGE_PARAM}={n}"

    count = site.page_count()
    items = []
    if page > 1:
        items.append(f'<li class="bx-pag-prev"><a href="{href(page - 1)}"><span>Назад</span>'
                     f"</a></li>")
    for n in range(1, count + 1):
        items.append(f'<li class="bx-active"><span>{n}</span></li>' if n == page else
                     f'<li class=""><a href="{href(n)}"><span>{n}</span></a></li>')
    if page < count:
        items.append(f'<li class="bx-pag-next"><a href="{href(page + 1)}"><span>Вперед</span>'
                     f"</a></li>")
    return (f'<div class="bx-pagination "><div class="bx-pagination-container"><ul>'
            f'{"".join(items)}</ul><div style="clear:both"></div></div></div>')


def listing(page: int, base: str) -> Response:
    items = []
    for a in site.page_items(page):
        pic = (f'<div class="news-img"><a href="{a.path}"><img class="preview_picture" '
               f'src="{_thumb(a.image_paths()[0])}" alt="{_q(a.title)}"/></a></div>'
               if a.images else "")
        items.append(f'<div class="news-item" id="bx_3218110189_{a.num}">{pic}'
                     f'<div class="news_text"><a href="{a.path}">{_e(a.title)}</a>'
                     f"<p>{date_words(a).rsplit(' ', 1)[0] if a.clock else date_words(a)}</p>"
                     f'</div><div class="news-preview">{_e(a.paragraphs[0][:120])}…</div></div>')
    body = (f'<h1 id="pagetitle">Новости</h1><div class="news-list">{"".join(items)}</div>'
            f"{_pagination(page)}")
    head = _head("Новости", "Новости Алматы и Казахстана",
                 f'<link rel="canonical" href="{base}{site.LISTING}" />')
    return 200, dict(HEADERS), (head + _top("/novosti/") + body + _bottom()).encode("utf-8")


def not_found() -> bytes:
    body = ('<h1 id="pagetitle">404 Не найдено</h1><div class="error-404">Запрашиваемая '
            'страница не найдена. Перейдите на <a href="/">главную</a>.</div>')
    return (_head("404 Не найдено", "") + _top("") + body + _bottom()).encode("utf-8")

