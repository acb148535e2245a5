"""The sixty-third copy's markup: HostCMS 6/7 XSL output as a regional newsroom runs it.

One site-wide layout (``<html lang="ru">`` on every page, English ones too; Russian labels
everywhere): header with the currency widget, search form and menu; the item's
``hostcms_informationsystem`` block; a right column with "Самое читаемое" (titles with view
counts) and a banner; the "Лента новостей" block of ``ru``/``en``/``kk``-badged, cut
headlines; the footer with contacts, counters (Яндекс.Метрика, LiveInternet) and a cookie
banner.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from tests.copykit.catalogue import AGENCY, MONTHS, Response
from tests.copykit.text import cut_at_word

if TYPE_CHECKING:
    from tests.sixtythirdsite.site import Article

HTML = "text/html; charset=UTF-8"
WEEKDAYS = {
    "ru": ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "kk": ("Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі"),
}


def esc(text: str) -> str:
    """HostCMS's typograph: entities for quotes, dashes and ampersands."""
    out = html.escape(text, quote=False)
    for char, entity in (("«", "&laquo;"), ("»", "&raquo;"), ("—", "&mdash;"),
                         ("\u00a0", "&nbsp;")):
        out = out.replace(char, entity)
    return out


def line_date(lang: str, day: date) -> str:
    """'20 Апреля 2023' (SITE.md's info line), '2 August 2021', '20 Сәуір 2023'."""
    month = MONTHS[lang][day.month - 1]
    return f"{day.day} {month[0].upper()}{month[1:]} {day.year}"


def stat_date(art: Article) -> str:
    """'Четверг, 20 апреля 2023, 11:20' and its English and Kazakh forms."""
    month = MONTHS[art.lang][art.day.month - 1]
    weekday = WEEKDAYS[art.lang][art.day.weekday()]
    clock = f", {art.clock:%H:%M}" if art.clock else ""
    return f"{weekday}, {art.day.day} {month} {art.day.year}{clock}"


def robots(base: str) -> bytes:
    return (f"User-agent: *\nDisallow: /admin/\nDisallow: /search/\nDisallow: /users/\n"
            f"Disallow: /*?print\nDisallow: /news/tag/\n\nUser-agent: Yandex\nDisallow: /admin/\n"
            f"Host: {base.split('//')[-1]}\n").encode()


def _head(title: str, description: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} — Центр информации</title>
<meta name="description" content="{html.escape(description)}">
<meta name="keywords" content="новости Алматы, Центр информации, ic24">
<link rel="stylesheet" type="text/css" href="/templates/template1/style.css?1681984000">
<script src="/hostcmsfiles/jquery/jquery.js"></script>
<script src="/hostcmsfiles/main.js"></script>
</head>
<body class="pageBody">
<div class="cookie-notice" id="cookie_notice">Мы используем файлы cookie, чтобы сайт работал
удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.
<a href="#" class="cookie-accept">Согласен</a></div>
<div class="top-line">
<div class="currency"><span>• USD/KZT <b id="usd">0.0</b></span>
<span>• EUR/KZT <b id="eur">0.0</b></span>
<span>• RUB/KZT <b id="rub">0.0</b></span> <span>• CNY/KZT <b id="cny">0.0</b></span></div>
<form class="search" method="get" action="/search/"><input type="text" name="text"
placeholder="Поиск по сайту"><input type="submit" value="Найти"></form>
</div>
<div class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="Центр информации"></a>
<ul class="top_menu"><li><a href="/novosti">Новости</a></li>
<li><a href="/novosti/socium/">Социум</a></li>
<li><a href="/novosti/ekonomika/">Экономика</a></li><li><a href="/about/">О нас</a></li>
<li><a href="/contacts/">Контакты</a></li></ul></div>
<div class="banner banner-top"><a href="/banners/click/12/">
<img src="/upload/banners/12.gif" alt="Реклама"></a></div>
<div class="main">
"""


def _thousands(n: int) -> str:
    """'12 345': the "most read" block's counts with a space between thousands."""
    return f"{n:,}".replace(",", " ")


def _aside() -> str:
    from tests.sixtythirdsite import site

    top = sorted((a for a in site.build() if a.views), key=lambda a: -(a.views or 0))[:5]
    items = "\n".join(
        f'<div class="item"><img src="/upload/information_system_{site.INFO_SYSTEM}/'
        f'small_information_items_{a.num}.jpg" alt=""><a href="{a.path}">{esc(a.title)}</a>'
        f'<span class="views">{_thousands(a.views or 0)}</span></div>'
        for a in top)
    return f"""<div class="right_column">
<div class="most-read"><div class="h3">Самое читаемое</div>
{items}
</div>
<div class="banner banner-side"><a href="/banners/click/14/" rel="nofollow"><img
src="/upload/banners/14.jpg" alt="Реклама"></a><span class="adv">Реклама</span></div>
</div>
"""


def _foot() -> str:
    return """</div>
<div class="footer">
<div class="contacts">© 2013–2026 «Центр информации». Все права защищены.<br>
г. Алматы, ул. Байзакова, 280, офис 12. Тел.: +7 (727) 300-24-24, e-mail: info@ic24.kz<br>
Свидетельство о постановке на учет СМИ № 13287-ИА от 14.01.2013.
При использовании материалов ссылка на ic24.kz обязательна. 18+</div>
<div class="counters"><!-- Yandex.Metrika counter --><script>(function(m,e,t,r,i,k,a){m[i]=m[i]||
function(){(m[i].a=m[i].a||[]).push(arguments)};})(window, document, "script",
"https://mc.yandex.ru/metrika/tag.js", "ym");ym(21954321, "init", {});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/21954321" alt=""></div></noscript>
<a href="//www.liveinternet.ru/click" target="_blank"><img src="//counter.yadro.ru/hit?t44.6"
alt="" title="LiveInternet" width="31" height="31"></a></div>
<div class="powered">Сайт работает на
<a href="https://www.hostcms.ru" rel="nofollow">HostCMS</a></div>
</div>
</body>
</html>
"""


def _feed(art: Article) -> str:
    """'Лента новостей': the twelve newest other stories, badged, headlines cut at 60."""
    from tests.sixtythirdsite import site

    others = [a for a in site.build() if a.num != art.num][:12]
    items = "\n".join(f'<li><span class="lang">{a.lang}</span> <a href="{a.path}">'
                      f"{esc(cut_at_word(a.title, 60))}</a></li>" for a in others)
    return (f'<div class="news-feed"><div class="h3">Лента новостей</div><ul>\n{items}\n'
            "</ul></div>\n")


def _tags(art: Article, sep: str) -> str:
    return sep.join(f'<a href="/news/tag/{i}/">{esc(t)}</a>' for i, t in enumerate(art.tags))


def _info(art: Article) -> str:
    """The block under the headline."""
    if art.forms["layout"] == "line":
        parts = [f'<span class="date">{line_date(art.lang, art.day)}</span>']
        if art.views is not None:
            parts.append(f'<span class="views" title="Просмотров">{art.views}</span>')
        if art.category:
            parts.append(f'<a class="rubric" href="/novosti/r{len(art.category)}/">'
                         f"{esc(art.category)}</a>")
        if art.tags:
            parts.append(f'<span class="tags">{_tags(art, ", ")}</span>')
        return (f'<div class="news_date_line">{" ".join(parts)}</div>\n'
                f'<div class="comments-count"><a href="#comments">Комментарии ({art.comments})'
                f"</a></div>\n")
    stat = [f'<span class="views">Просмотров: {art.views}</span>'] if art.views is not None else []
    stat.append(f'<span class="comments">Комментарии ({art.comments})</span>')
    out = [f'<div class="item-date">{stat_date(art)}</div>',
           f'<div class="item-stat">{" | ".join(stat)}</div>']
    if art.category:
        out.append(f'<div class="item-rubric">Рубрика: <a href="/novosti/r/">'
                   f"{esc(art.category)}</a></div>")
    if art.tags:
        out.append(f'<div class="item-tags">Метки: {_tags(art, " ")}</div>')
    return "\n".join(out) + "\n"


def _image(art: Article, base: str) -> str:
    if not art.images:
        return ""
    credit = art.photo_credit
    src = art.image_paths()[0]
    if art.forms["photo"] == "tight":
        note = f'<span class="photo-author">Фото:{esc(credit)}</span>' if credit else ""
        return (f'<div class="news-image"><img src="{src}" alt="{html.escape(art.title)}">'
                f"{note}</div>")
    note = f"<figcaption>Фото: {esc(credit)}</figcaption>" if credit else ""
    return (f'<figure class="news-image"><a href="{base}{src}" class="lightbox"><img '
            f'src="{src}" alt=""></a>{note}</figure>\n')


def _body(art: Article) -> str:
    paras = list(art.raw_paragraphs or art.paragraphs)
    out = []
    for i, para in enumerate(paras):
        text = esc(para)
        if i == 0 and art.place:
            text = f"<strong>{esc(art.dateline().rstrip(' -'))}</strong> - {text}" \
                if art.forms["layout"] == "stat" else esc(art.dateline()) + text
        out.append(f"<p>{text}</p>")
        if i == 0 and (art.raw_paragraphs or art.forms["extra"] == "nbsp"):
            out.append("<p>&nbsp;</p>")
        if i == 1 and art.forms["extra"] == "banner":
            out.append('<div class="banner-in-text"><span>Реклама</span><a href="/banners/'
                       'click/21/"><img src="/upload/banners/21.jpg" alt=""></a></div>')
    if art.source and art.source_line:
        name = esc(art.source)
        form = art.forms["source"]
        if form == "link":
            out.append(f'<p>Источник: <a href="https://ic24.kz/go/?{len(name)}" rel="nofollow" '
                       f'target="_blank">{name}</a></p>')
        elif form == "plain":
            out.append(f"<p>Источник: {name}</p>")
        else:
            out.append(f'<p class="copyright">© {name}</p>')
    if art.forms["extra"] == "orphus":
        out.append('<p class="orphus"><i>Если вы заметили ошибку в тексте, выделите её и нажмите '
                   "Ctrl+Enter</i></p>")
    if art.forms["extra"] == "share":
        out.append('<div class="ya-share2" data-services="vkontakte,facebook,whatsapp,telegram">'
                   "Поделиться: ВКонтакте Facebook WhatsApp Telegram</div>")
    return "\n".join(out)


def article(art: Article, base: str) -> Response:
    if art.forms["layout"] == "stat":  # the counters above the photo, its credit against the text
        top = _info(art) + _image(art, base).rstrip("\n")
    else:
        top = _image(art, base) + "\n" + _info(art)
    sep = "" if art.forms["layout"] == "stat" else "\n"
    share = ("" if art.forms["extra"] == "share" else
             '<div class="ya-share2" data-services="vkontakte,facebook,whatsapp,telegram"></div>')
    rating = (f'<div class="rating">Рейтинг: {art.rating} <span class="votes">'
              f"(голосов: {art.votes})</span></div>")
    page = (_head(art.title, (art.paragraphs[0] if art.paragraphs else "")[:150])
            + f"""<div class="left_column">
<div class="hostcms_informationsystem informationsystem_item" data-id="{art.num}">
<h1 class="item_title">{esc(art.title)}</h1>
{top}{sep}<div class="news_text_full" itemprop="articleBody">{_body(art)}</div>
<div class="item-tools"><a href="#" onclick="window.print(); return false;" class="print">Версия для
печати</a> <span class="error-note">Нашли ошибку? Выделите её и нажмите Ctrl+Enter</span></div>
{rating}
{share}
<div class="comments" id="comments"><div class="h3">Комментарии ({art.comments})</div>
<p>Комментарии могут оставлять только зарегистрированные пользователи.</p></div>
</div>
{_feed(art)}</div>
{_aside()}{_foot()}""")
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def listing(n: int, base: str) -> Response:
    from tests.sixtythirdsite import site

    items = "\n".join(
        f'<div class="news_text"><a href="{a.path}"><img src="/upload/information_system_'
        f'{site.INFO_SYSTEM}/small_information_items_{a.num}.jpg" alt=""></a>\n'
        f'<a href="{a.path}" class="title">{esc(a.title)}</a>\n'
        f"<p>{line_date('ru', a.day)}</p></div>"
        for a in site.page_items(n))
    count = site.page_count()
    links = [f'<a href="{site.page_path(k)}" class="page_link">{k}</a>' if k != n
             else f'<span class="current">{k}</span>' for k in range(1, count + 1)]
    if n < count:
        links.append(f'<a href="{site.page_path(n + 1)}" class="page_next">→</a>')
    title = "Новости" if n == 1 else f"Новости, страница {n}"
    page = (_head(title, "Новости Алматы и Казахстана")
            + f"""<div class="left_column"><h1>Новости</h1>
<div class="hostcms_informationsystem news_list">
{items}
</div>
<div class="pagination">{" ".join(links)}</div>
</div>
{_aside()}{_foot()}""")
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def not_found() -> bytes:
    return (_head("Страница не найдена", "404")
            + '<div class="left_column"><h1>Ошибка 404</h1><p>Запрашиваемая страница не '
            "найдена.</p></div>" + _foot()).encode("utf-8")


__all__ = ["AGENCY", "article", "listing", "not_found", "robots"]
