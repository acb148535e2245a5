"""uCoz markup of the sixty-ninth copy: table layout, eBlock entries, windows-1251 pages."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word

HTML = "text/html; charset=windows-1251"
KK_CAP = [m.capitalize() for m in KK_MONTHS]


def encode(markup: str, charset: str = "cp1251") -> bytes:
    """The page in the charset (letters it lacks, such as Kazakh ones, as ``&#N;``)."""
    return markup.encode(charset, "xmlcharrefreplace")


def day_line(art: Any) -> str:
    """The info line's date: '20 Апреля 2023', 'August 2, 2021', '16 Сәуір 2021'."""
    day, lang = art.day, art.lang
    if lang == "en":
        return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if lang == "kk":
        return f"{day.day} {KK_CAP[day.month - 1]} {day.year}"
    return f"{day.day} {RU_MONTHS[day.month - 1].capitalize()} {day.year}"


def _head(title: str, charset: str = "windows-1251") -> str:
    return f"""<html><head>
<meta http-equiv="content-type" content="text/html; charset={charset}">
<title>{escape(title)} - Новости - Центр информации</title>
<link type="text/css" rel="StyleSheet" href="/_st/my.css" />
<script type="text/javascript">var uCoz_ajax = 1; var uCoz_module = 'news';</script>
<script src="/.s/src/jquery-1.12.4.min.js"></script><script src="/.s/src/uwnd.min.js"></script>
</head>
<body style="background:#FFFFFF; margin:0px; padding:0px;">
<div id="utbr8214" rel="s1"></div>
<div class="cookie-bar" id="cookieBar">Мы используем файлы cookie.
<a href="/index/0-3">Подробнее</a>
<button onclick="this.parentNode.style.display='none'">Принять</button></div>
<table cellpadding="0" cellspacing="0" border="0" width="100%" id="wrapper"><tr><td id="header">
<table width="100%"><tr><td class="logo"><a href="/"><img src="/.s/t/logo.png"
 alt="Центр информации"></a></td>
<td class="rates"><div class="kurs">• USD/KZT <span id="usd">0.0</span>
• EUR/KZT <span id="eur">0.0</span>
• RUB/KZT <span id="rub">0.0</span> • CNY/KZT <span id="cny">0.0</span></div></td>
<td><form action="/search/" method="get" onsubmit="this.sfSbm.disabled=true">
<input type="text" name="q"
 maxlength="30" class="queryField" placeholder="Поиск..."><input type="submit" class="searchSbmFl"
 name="sfSbm" value="Найти"></form></td></tr></table>
<div id="navigation"><a href="/">Главная</a> | <a href="/novosti">Новости</a> |
<a href="/index/0-2">О нас</a> | <a href="/index/0-3">Контакты</a></div></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" id="content">
"""


def _side(latest: Sequence[Any]) -> str:
    rows = "".join(f'<li><a href="{a.path}">{escape(cut_at_word(a.title, 50))}</a></li>'
                   for a in latest[:5])
    return f"""</td><td valign="top" width="220" id="sidebar">
<div class="boxTable"><div class="boxTitle">Самое читаемое</div>
<div class="boxContent"><ul class="uz">
{rows}</ul></div></div>
<div class="boxTable"><div class="boxTitle">Реклама</div><div class="boxContent">
<div class="adv"><script async src="//an.yandex.ru/system/context.js"></script>
<div id="yandex_rtb_R-A-1"></div></div></div></div>
<div class="boxTable"><div class="boxTitle">Статистика</div><div class="boxContent">
<!-- Yandex.Metrika counter --><script>ym(12345678, "init", {{}});</script>
<!-- /Yandex.Metrika counter -->
<a href="//www.liveinternet.ru/click" target="_blank"><img src="//counter.yadro.ru/hit?t14.6" alt=""
 title="LiveInternet: показано число просмотров за 24 часа" width="88" height="31"></a>
<hr /><div class="tOnline" id="onl1">Онлайн всего: <b>7</b></div>
<div class="gOnline" id="onl2">Гостей: <b>7</b></div>
<div class="uOnline" id="onl3">Пользователей: <b>0</b></div>
</div></div></td></tr></table></td></tr>
<tr><td id="footer"><table width="100%"><tr><td class="contacts">Центр информации. Адрес: г. Алматы,
пр. Абая, 10. Тел.: +7 (727) 000-00-00. E-mail: info@ic24.kz</td>
<td class="copy">Copyright Центр информации © 2026</td>
<td class="ucoz"><!-- "' --><span class="pbsfj0PT">Хостинг от
<a href="https://www.ucoz.ru/">uCoz</a></span></td>
</tr></table></td></tr></table>
<script type="text/javascript">
new _uWnd('LF',' ',-250,-100,{{closeonesc:1,resize:1}},{{url:'/index/40'}});</script>
</body></html>"""


def _info_line(art: Any) -> str:
    a = art
    date_text = (f"{a.day:%d.%m.%Y}" if a.dev == "date_numeric"
                 else day_line(a))
    parts = [f'<span class="e-date">{date_text}</span>']
    if a.views is not None and a.dev != "views_bottom":
        parts.append(f'<span class="e-reads">{a.views}</span>')
    if a.category:
        parts.append('<span class="e-category"><a href="/news/1-0-2">'
                     f"{escape(a.category)}</a></span>")
    if a.tags and a.dev != "tags_bottom":
        parts.append('<span class="e-tags">' + ", ".join(
            f'<a href="/search/{escape(t)}/" class="eTag">{escape(t)}</a>' for t in a.tags)
            + "</span>")
    return '<div class="eDetails1">' + " ".join(parts) + "</div>"


def _body(art: Any) -> str:
    a = art
    raw = list(a.raw_paragraphs or a.paragraphs)
    dateline = a.dateline()
    first = f"<b>{escape(dateline)}</b>" if dateline and a.dev != "photo_run" else escape(dateline)
    if a.dev == "photo_run":
        first = f"Фото:{escape(a.photo_credit)}" + first
    texts = [escape(p) for p in raw]
    texts[0] = first + texts[0]
    if a.dev == "br_body":
        out = "<br /><br />".join(texts)
    else:
        out = "".join(f"<p>{t}</p>" for t in texts)
        if a.lang == "ru" and a.num % 2 == 0:
            out = out.replace("</p><p>", "</p>\n<p>\u00a0</p>\n<p>", 1)
    if a.source and a.source_line:
        if a.dev == "source_link":
            out += (f'<p>Источник: <a href="https://example.kz/" target="_blank">{escape(a.source)}'
                    "</a></p><p>&nbsp;</p>")
        else:
            out += f"<p>Источник: {escape(a.source)}</p>"
    return out


def _related(art: Any, arts: Sequence[Any]) -> str:
    latest = [b for b in arts if b is not art][:12]
    rows = "".join(f'<div class="lastnews-item"><span class="lang-badge">ru</span> '
                   f'<a href="{b.path}">{escape(cut_at_word(b.title, 60))}</a></div>'
                   for b in latest)
    return f'<div class="lastnews"><div class="lastnews-title">Последние новости</div>{rows}</div>'


def article(art: Any, base: str, arts: Sequence[Any]) -> Response:
    a = art
    photos = "".join(f'<div class="eImg"><a href="{full}" class="ulightbox" target="_blank">'
                     f'<img src="{thumb}" alt="{escape(a.title)}" border="0"></a></div>'
                     for thumb, full in a.image_files())
    credit = (f'<div class="photo-author">Фото:{escape(a.photo_credit)}</div>'
              if a.photo_credit and a.dev != "photo_run" else "")
    details = []
    if a.views is not None:
        details.append(f'Просмотров: <span class="e-reads">{a.views}</span>')
    details.append('Добавил: <a href="javascript:;" rel="nofollow" class="e-author">admin</a>')
    if a.clock:
        details.append(f'<span class="e-date2">{a.day:%d.%m.%Y}, {a.clock:%H:%M}</span>')
    if a.tags:
        details.append("Теги: " + ", ".join(
            f'<noindex><a href="/search/{escape(t)}/" rel="nofollow" class="eTag">'
            f"{escape(t)}</a></noindex>"
            for t in a.tags))
    details.append(f'Рейтинг: <span id="entRating{a.entry}">0.0</span>/'
                   f'<span id="entRated{a.entry}">0</span>')
    title = a.title
    page = _head(title, "utf-8" if a.dev == "utf8_mislabel" else "windows-1251") + f"""
<table border="0" width="100%" cellspacing="0" cellpadding="0" class="eBlock"><tr><td>
<div class="eTitle" style="padding-bottom:3px;"><h1>{escape(title)}</h1></div>
</td></tr><tr><td>{photos}{credit}</td></tr><tr><td>{_info_line(a)}</td></tr>
<tr><td class="eMessage"><div id="nativeroll_video_cont" style="display:none;"></div>
<div class="news_body">{_body(a)}</div></td></tr>
<tr><td class="eDetails2">{' | '.join(details)}</td></tr>
<tr><td class="eLink"><a href="{a.ucoz_path}" class="entryLink">Постоянная ссылка</a></td></tr>
</table>
<div class="share"><div class="uSocial-Share" data-pid="1" data-type="share"
 data-options="round,style1,default,absolute,horizontal,size32,counter0"
 data-social="vk,fb,telegram,wa,ok" data-mobile="vi,wa,sms"></div></div>
{_related(a, arts)}
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td width="60%" height="25">
Всего комментариев: <b>0</b></td><td align="right" height="25"></td></tr></table>
<div id="newEntryT"></div><div id="allEntries"></div><div id="newEntryB"></div>
<form name="addform" id="acform" action="/index/" method="post"><div class="commFl">
Добавлять комментарии могут только зарегистрированные пользователи.<br />
[ <a href="/register">Регистрация</a> | <a href="javascript:;" onclick="new _uWnd('LF')">Вход</a> ]
</div></form>
""" + _side(arts)
    n = a.num
    if a.dev == "utf8_mislabel":
        return 200, {"Content-Type": HTML}, page.encode("utf-8")
    ctype = "text/html" if n % 4 == 0 else HTML
    return 200, {"Content-Type": ctype}, encode(page)


def listing(number: int, count: int, items: Sequence[Any], arts: Sequence[Any],
            base: str) -> Response:
    rows = []
    for a in items:
        rows.append(f"""<table border="0" width="100%" cellspacing="0" cellpadding="0"
 class="eBlock">
<tr><td><div class="news_text"><a href="{a.path}" class="entryLink">{escape(a.title)}</a>
<p class="news_date">{day_line(a)}</p></div></td></tr></table>""")
    pager = []
    for k in range(1, count + 1):
        href = "/novosti" if k == 1 else f"/novosti/?page{k}"
        pager.append(f"<b class=\"swchItemA\"><span>{k}</span></b>" if k == number
                     else f'<a class="swchItem" href="{href}"><span>{k}</span></a>')
    if number < count:
        pager.append(f'<a class="swchItem" href="/novosti/?page{number + 1}">'
                     "<span>&raquo;</span></a>")
    page = (_head("Новости") + '<div class="catsTable"><h1>Новости</h1></div>' + "".join(rows)
            + f'<div class="catPages1" id="pagesBlock1">{"".join(pager)}</div>' + _side(arts))
    return 200, {"Content-Type": HTML}, encode(page)


def not_found() -> bytes:
    return encode(_head("Страница не найдена") + "<h1>404</h1><p>Запрашиваемая страница не "
                  "найдена.</p>" + _side([]))
