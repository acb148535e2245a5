"""The sixty-second copy's markup: a MODX Revolution template made of chunks (see __init__)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import quote

from tests.copykit.catalogue import MONTHS, Response
from tests.sixtysecondsite import site
from tests.sixtysecondsite.site import Article

HTML = "text/html; charset=UTF-8"
E = html.escape
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz", "Kazinform": "https://www.inform.kz",
                "EU Reporter": "https://www.eureporter.co", "Akorda": "https://www.akorda.kz"}
COMMENTS = ["Хорошая новость, давно пора.", "А когда у нас в районе сделают?",
            "Спасибо за информацию!"]


def day_line(art: Article) -> str:
    """The info line's date: '20 Апреля 2023', '2 August 2021' (``leading_zero``: '02 …'),
    with ', 14:35' on a ``time`` page."""
    month = MONTHS[art.lang][art.day.month - 1]
    month = month[:1].upper() + month[1:]
    day = f"{art.day.day:02d}" if art.deviation == "leading_zero" else str(art.day.day)
    text = f"{day} {month} {art.day.year}"
    if art.clock is not None:
        text += f", {art.clock:%H:%M}"
    return text


def _hits(art: Article) -> str:
    if art.views is None:
        return ""
    shown = f"{art.views:,}".replace(",", "\u00a0") if art.deviation == "hits_nbsp" else art.views
    return f'<span class="news-meta__hits"><i class="icon icon-eye"></i> {shown}</span>\n'


def _head(title: str, base: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<base href="{base}/">
<title>{E(title)} | Центр информации</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:locale" content="ru_RU">
<meta property="og:site_name" content="Центр информации">
{extra}<link rel="stylesheet" href="assets/templates/ic24/css/main.min.css?v=1.4.2">
<link rel="icon" href="assets/templates/ic24/img/favicon.ico">
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,
a.parentNode.insertBefore(k,a)}})(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");
ym(51234567,"init",{{clickmap:true,trackLinks:true,accurateTrackBounce:true}});</script>
</head>
"""


def _header() -> str:
    rates = "".join(f'<li>&bull; {pair} <span class="rate" data-pair="{pair}">0.0</span></li>'
                    for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"))
    return f"""<body class="page">
<!-- chunk: header -->
<div class="topline"><div class="container">
<ul class="currency">{rates}</ul>
<div class="topline__weather">Алматы <span class="weather-t">+0°</span></div>
</div></div>
<header class="header"><div class="container">
<a class="logo" href="./"><img src="assets/templates/ic24/img/logo.svg" alt="Центр информации"></a>
<nav class="main-menu"><ul>
<li class="active"><a href="novosti">Новости</a></li>
<li><a href="about">О нас</a></li>
<li><a href="contacts">Контакты</a></li>
</ul></nav>
<form class="search-form" action="search" method="get">
<input type="text" name="search" placeholder="Поиск по сайту">
<input type="hidden" name="id" value="7">
<button type="submit">Найти</button></form>
</div></header>
<div class="banner banner--top"><a href="https://ad.example.kz/click?b=17" rel="nofollow">
<img src="assets/images/banners/top-970x90.gif" alt="Реклама"></a></div>
"""


def _latest(exclude: int) -> str:
    """The 'Лента новостей' block: newest stories, a language badge before each headline."""
    items = [a for a in site.build() if a.num != exclude][:12]
    rows = "\n".join(
        f'<div class="lenta__item"><span class="lang-badge">{a.lang}</span> '
        f'<a href="{a.path.lstrip("/")}">{E(_cut(a.title))}</a></div>' for a in items)
    return f'<div class="lenta"><div class="lenta__title">Лента новостей</div>\n{rows}\n</div>\n'


def _cut(title: str, limit: int = 70) -> str:
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0]


def _most_read(exclude: int) -> str:
    """'Самое читаемое': pdoResources sorted by hits, each with its thumbnail and count."""
    top = sorted((a for a in site.build() if a.views and a.num != exclude),
                 key=lambda a: -(a.views or 0))[:5]
    rows = "\n".join(
        f'<li><a href="{a.path.lstrip("/")}"><img src="assets/cache_image/assets/images/news/'
        f'popular-{a.id}_120x80_{site.HASHES[0]}.jpg" alt=""> {E(a.title)}</a> '
        f'<span class="hits">{a.views}</span></li>' for a in top)
    return f'<aside class="sidebar"><div class="most-read"><h3>Самое читаемое</h3>' \
        f'<ul>\n{rows}\n</ul></div>\n' \
        '<div class="banner banner--side"><script async src="https://ad.example.kz/show.js?z=3">' \
        '</script></div></aside>\n'


def _footer() -> str:
    return """<!-- chunk: footer -->
<footer class="footer"><div class="container">
<div class="footer__about">Центр информации &copy; 2014&ndash;2026. Все права защищены.
При использовании материалов ссылка на ic24.kz обязательна.</div>
<div class="footer__contacts">г. Алматы, ул. Толе би, 101, офис 12<br>
Тел.: +7 (727) 000-00-00<br>E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></div>
<div class="footer__counters"><a href="https://www.liveinternet.ru/click" rel="nofollow">
<img src="https://counter.yadro.ru/hit?t44.6" width="31" height="31" alt=""></a>
<noscript><div><img src="https://mc.yandex.ru/watch/51234567"
style="position:absolute; left:-9999px;" alt=""></div></noscript></div>
</div></footer>
<div class="cookie-notice" id="cookieNotice">Мы используем файлы cookie. Продолжая пользоваться
сайтом, вы соглашаетесь с этим.
<button type="button" class="cookie-notice__ok">Понятно</button></div>
<script src="assets/templates/ic24/js/jquery.min.js"></script>
<script src="assets/components/pdotools/js/pdopage.min.js"></script>
<script src="assets/templates/ic24/js/rates.js"></script>
</body>
</html>
"""


def _body(art: Article) -> str:
    """``[[*content]]`` as the editor saved it: dateline in the first paragraph."""
    paras = list(art.raw_paragraphs or art.paragraphs)
    escaped = [E(p, quote=False) for p in paras]
    first = E(art.dateline(), quote=False) + escaped[0]
    if art.deviation == "glued" and art.photo_credit:
        first = f"Фото:{E(art.photo_credit)}" + first  # typed into the text, no markup
    escaped[0] = first
    if art.deviation == "messy":
        # TinyMCE with entity_encoding "named": quotes, dashes and the dateline's spaces
        escaped = [_named(p) for p in escaped]
        escaped[0] = escaped[0].replace(" ", "&nbsp;", 2)
        out = []
        for k, p in enumerate(escaped):
            if k == 1:
                p = p.replace(" ", "\u200b ", 1)
            out.append(f'<p style="text-align: justify;"><span style="font-size: 12pt;">{p}'
                       "</span></p>")
            out.append("<p>&nbsp;</p>")
        text = "\n".join(out)
    else:
        text = "\n".join(f"<p>{p}</p>" for p in escaped)
    if art.deviation == "second_photo" and len(art.image_paths()) > 1:
        img = art.image_paths()[1]  # CKEditor keeps the root-relative path
        text = text.replace("</p>\n", f'</p>\n<figure class="image"><img src="{img}" alt="" '
                                      'width="700"></figure>\n', 1)
    if art.num == 45694:
        text += "\n<p>\u00a0</p>"
    if art.source_line and art.source and art.deviation == "source_in_text":
        href = SOURCE_SITES.get(art.source, "https://example.kz")
        text += (f'\n<p><strong>Источник:</strong> <a href="{href}" target="_blank" '
                 f'rel="nofollow">{E(art.source)}</a></p>')
    return text


def _named(text: str) -> str:
    for char, name in (("«", "laquo"), ("»", "raquo"), ("—", "mdash"), ("–", "ndash")):
        text = text.replace(char, f"&{name};")
    return text


def _meta(art: Article) -> str:
    parts = [f'<span class="news-meta__date">{day_line(art)}</span>\n', _hits(art)]
    if art.category:
        parts.append(f'<span class="news-meta__rubric">{E(art.category)}</span>\n')
    if art.tags:
        links = ", ".join(f'<a href="tags/{quote(t)}">{E(t)}</a>' for t in art.tags)
        parts.append(f'<span class="news-meta__tags">{links}</span>\n')
    return '<div class="news-meta">\n' + "".join(parts) + "</div>\n"


def _photo(art: Article, base: str) -> str:
    if not art.images:
        return ""
    credit = ""
    if art.photo_credit and art.deviation != "glued":
        credit = f'<div class="news-photo__credit">Фото:{E(art.photo_credit)}</div>'
    src = art.image_paths()[0].lstrip("/")
    return (f'<div class="news-photo"><img src="{src}" alt="{E(art.title)}" '
            f'class="img-responsive">{credit}</div>\n')


def _crumbs(art: Article) -> str:
    crumbs = ['<li class="breadcrumb-item"><a href="./">Главная</a></li>',
              '<li class="breadcrumb-item"><a href="novosti">Новости</a></li>']
    crumbs.append(f'<li class="breadcrumb-item active">{E(_cut(art.title, 40))}</li>')
    return '<ul class="breadcrumb">' + "".join(crumbs) + "</ul>\n"


def _babel(art: Article) -> str:
    pairs = {45694: 45713, 45713: 45694}
    other = site.by_num().get(pairs.get(art.num, 0))
    if other is None:
        return ""
    label = "English version" if other.lang == "en" else "Русская версия"
    return (f'<div class="lang-switch"><a href="{other.path.lstrip("/")}" '
            f'hreflang="{other.lang}">{label}</a></div>\n')


def _comments(art: Article) -> str:
    if art.deviation != "comments":
        return ('<div class="ticket-comments"><h3>Комментарии (0)</h3>'
                '<p class="no-comments">Комментариев пока нет.</p></div>\n')
    rows = "\n".join(f'<li class="ticket-comment"><div class="ticket-comment-header">'
                     f'<span class="ticket-comment-author">Гость{k + 1}</span></div>'
                     f'<div class="ticket-comment-text"><p>{c}</p></div></li>'
                     for k, c in enumerate(COMMENTS))
    return (f'<div class="ticket-comments" id="comments"><h3>Комментарии ({len(COMMENTS)})</h3>'
            f'<ol class="comment-list">\n{rows}\n</ol>'
            '<form class="comment-form"><textarea name="text"></textarea>'
            '<button type="submit">Отправить</button></form></div>\n')


def article(art: Article, base: str) -> Response:
    og = ""
    if art.images:
        og = f'<meta property="og:image" content="{base}{art.image_paths()[0]}">\n'
    og += f'<meta property="og:title" content="{E(art.title)}">\n'
    og += f'<link rel="canonical" href="{base}{art.path}">\n'
    source = ""
    if art.source_line and art.source and art.deviation != "source_in_text":
        source = f'<div class="news-source">Источник: {E(art.source)}</div>\n'
    page = (_head(art.title, base, og) + _header()
            + '<main class="content"><div class="container"><div class="row">\n'
            + '<article class="news-full col-md-8">\n' + _crumbs(art)
            + f'<h1 class="news-full__title">{E(art.title)}</h1>\n'
            + _photo(art, base) + _meta(art) + _babel(art)
            + f'<div class="news_content">\n{_body(art)}\n</div>\n' + source
            + '<div class="share"><span>Поделиться:</span> <div class="ya-share2" '
              'data-curtain data-services="vkontakte,facebook,telegram,whatsapp"></div></div>\n'
            + '<div class="banner banner--inline"><!-- Yandex.RTB R-A-123456-2 -->'
              '<div id="yandex_rtb_R-A-123456-2"></div></div>\n'
            + _latest(art.num) + _comments(art) + "</article>\n" + _most_read(art.num)
            + "</div></div></main>\n" + _footer())
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def _item(art: Article) -> str:
    img = ""
    if art.images:
        thumb = art.image_paths()[0].replace("_800x0_", "_360x240_").lstrip("/")
        img = f'<a class="news_img" href="{art.path.lstrip("/")}"><img src="{thumb}" alt=""></a>'
    month = MONTHS[art.lang][art.day.month - 1]
    when = f"{art.day.day} {month[:1].upper() + month[1:]} {art.day.year}"
    return (f'<div class="news_item">{img}<div class="news_text">'
            f'<a href="{art.path.lstrip("/")}">{E(art.title)}</a>'
            f"<p>{when}</p></div></div>")


def _pager(page: int, count: int) -> str:
    def href(n: int) -> str:
        return "novosti" if n == 1 else f"novosti?page={n}"

    items = []
    if page > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(1)}">&laquo;'
                     "</a></li>")
    for n in range(1, count + 1):
        active = " active" if n == page else ""
        items.append(f'<li class="page-item{active}"><a class="page-link" href="{href(n)}">{n}'
                     "</a></li>")
    if page < count:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(count)}">&raquo;'
                     "</a></li>")
    return '<ul class="pagination">' + "".join(items) + "</ul>"


def listing(page: int, base: str) -> Response:
    items: Sequence[Article] = site.page_items(page)  # type: ignore[assignment]
    rows = "\n".join(_item(a) for a in items)
    title = "Новости" if page == 1 else f"Новости — страница {page}"
    body = (_head(title, base) + _header()
            + '<main class="content"><div class="container"><div class="row">\n'
            + '<section class="col-md-8"><h1>Новости</h1>\n<div id="pdopage"><div class="rows">\n'
            + rows + "\n</div>\n" + _pager(page, site.page_count()) + "</div></section>\n"
            + _most_read(0) + "</div></div></main>\n" + _footer())
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return (_head("Страница не найдена", "") + _header()
            + '<main class="content"><div class="container"><h1>404</h1>'
              "<p>Страница не найдена.</p></div></main>\n" + _footer()).encode("utf-8")

