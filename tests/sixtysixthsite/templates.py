# ruff: noqa: E501  (the master page is kept as IIS sends it, one element a line)
"""Markup of the sixty-sixth copy: one WebForms master page (``aspnetForm``, ``__VIEWSTATE``,
``ctl00_…`` ids) around the listing, the day archive, the article; plus sitemap, RSS, robots,
the ``Response.Redirect`` 302 and the IIS-style 404."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any
from urllib.parse import quote

from tests.copykit.catalogue import MONTHS, Response
from tests.copykit.text import cut_at_word

P = "ctl00_ContentPlaceHolder1_"
N = "ctl00$ContentPlaceHolder1$"
SITE_NAME = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
LABELS = {
    "ru": {"read": "Самое читаемое", "last": "Последние новости", "prev": "Предыдущая новость",
           "next": "Следующая новость", "share": "Поделиться:"},
    "en": {"read": "Most read", "last": "Latest news", "prev": "Previous", "next": "Next",
           "share": "Share:"},
    "kk": {"read": "Көп оқылған", "last": "Соңғы жаңалықтар", "prev": "Алдыңғы жаңалық",
           "next": "Келесі жаңалық", "share": "Бөлісу:"},
}
RUBRIC_IDS = {name: i + 1 for i, name in enumerate(
    ["Общество", "Экономика", "Политика", "Происшествия", "Культура", "Спорт", "Социум",
     "Society", "Economy", "Politics", "Incidents", "Culture", "Sport", "Қоғам"])}
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz", "Kazinform": "https://www.inform.kz",
                "EU Reporter": "https://www.eureporter.co", "Akorda": "https://www.akorda.kz"}


def _e(text: str) -> str:
    return escape(text, quote=False)


def _a(text: str) -> str:
    return escape(text, quote=True)


def date_label(art: Any, lang: str | None = None) -> str:
    """'20 Апреля 2023' (capitalised genitive), '2 August 2021', '20 Сәуір 2023'; with the
    clock after it when the page shows one."""
    month = MONTHS[lang or art.lang][art.day.month - 1]
    text = f"{art.day.day} {month[0].upper()}{month[1:]} {art.day.year}"
    return text + (f" {art.clock:%H:%M}" if art.clock else "")


def _state(seed: str, size: int) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}{i}".encode()).digest() for i in range(size // 32 + 1))
    return base64.b64encode(raw[:size]).decode()


def _ms(key: str) -> str:
    return f"0.{int(hashlib.md5(key.encode()).hexdigest()[:4], 16) % 900 + 31:03d}"  # noqa: S324


def _currency() -> str:
    rates = " ".join(f'<span id="ctl00_ucCurrency_lbl{c}">• {c}/KZT 0.0</span>'
                     for c in ("USD", "EUR", "RUB", "CNY"))
    return f'<div id="ctl00_ucCurrency_pnlRates" class="currency">{rates}</div>'


def _most_read(arts: Sequence[Any], lang: str) -> str:
    top = sorted((a for a in arts if a.views), key=lambda a: -a.views)[:5]
    items = "".join(
        f'<li><a href="/news.aspx?id={a.num}">{_e(cut_at_word(a.title, 70))}</a> '
        f'<span class="cnt">{a.views}</span></li>' for a in top)
    return (f'<div class="block most-read"><div class="block-title">{LABELS[lang]["read"]}'
            f'</div><ol>{items}</ol></div>')


def master(lang: str, title: str, content: str, arts: Sequence[Any], base: str, key: str,
           *, logo_h1: bool = False, head: str = "",
           charset: str = "utf-8") -> str:
    """The whole page: the form around everything, header, content, sidebar, footer."""
    logo = (f'<a href="/Default.aspx"><img src="/images/logo.png" alt="{SITE_NAME["ru"]}" />'
            f'</a>')
    logo = f'<h1 class="logo">{logo}</h1>' if logo_h1 else f'<div class="logo">{logo}</div>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="Content-Language" content="ru" />
<title>{_e(title)}</title>
<link href="/App_Themes/Main/style.css" type="text/css" rel="stylesheet" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.aspx" />
{head}</head>
<body>
<form name="aspnetForm" method="post" action="{_a(key)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{_state(key, 420)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=634245046914809245" type="text/javascript"></script>
<div id="ctl00_pnlCookies" class="cookie-banner">Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим. <a href="javascript:__doPostBack('ctl00$lbCookiesOk','')">OK</a></div>
<div class="banner-top"><a href="/banner.aspx?id=12" target="_blank"><img src="/Uploads/Banners/kaspi_970x90.gif" alt="Реклама" /></a></div>
<div id="header">
{logo}
{_currency()}
<div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="search-input" />
<input type="submit" name="ctl00$btnSearch" value="Найти" id="ctl00_btnSearch" /></div>
<div class="menu"><a href="/novosti">Новости</a> <a href="/rubric.aspx?id=1">Общество</a> <a href="/rubric.aspx?id=2">Экономика</a> <a href="/rubric.aspx?id=3">Политика</a> <a href="/contacts.aspx">Контакты</a></div>
</div>
<div id="content">
{content}
</div>
<div id="sidebar">
{_most_read(arts, lang)}
<div class="banner-side"><a href="/banner.aspx?id=7" target="_blank"><img src="/Uploads/Banners/240x400.jpg" alt="" /></a></div>
</div>
<div id="footer">
<p>© 2010–2026 «Центр информации». Все права защищены. При использовании материалов ссылка на ic24.kz обязательна.</p>
<p>Адрес: 050000, г. Алматы, ул. Толе би, 83, офис 412. Тел.: +7 (727) 272-15-40. E-mail: info@ic24.kz</p>
<!-- Yandex.Metrika counter --><script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(21456789, "init", {{clickmap:true}});</script><noscript><div><img src="https://mc.yandex.ru/watch/21456789" style="position:absolute; left:-9999px;" alt="" /></div></noscript><!-- /Yandex.Metrika counter -->
<!--LiveInternet counter--><a href="https://www.liveinternet.ru/click" target="_blank"><img src="https://counter.yadro.ru/hit?t44.6" alt="" width="31" height="31" /></a><!--/LiveInternet-->
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQL{_state(key + 'ev', 60)}" />
</div>
</form>
</body>
</html>
<!-- Page generated in {_ms(key)} s -->
"""


def _html(markup: str, base: str, charset: str = "utf-8") -> Response:
    body = markup.encode(charset, errors="xmlcharrefreplace")
    return 200, {"Content-Type": f"text/html; charset={charset}", "Cache-Control": "private",
                 "X-AspNet-Version": "2.0.50727", "X-Powered-By": "ASP.NET",
                 "Set-Cookie": "ASP.NET_SessionId=r2kq1v55vfs0mj45xo3ikn55; path=/; HttpOnly"
                 }, body


def _paragraphs(art: Any) -> list[str]:
    """The page's paragraphs: hazards kept, the dateline before the first one."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    raw[0] = art.dateline() + raw[0]
    return raw


def _source(art: Any) -> str:
    if not (art.source and art.source_line):
        return ""
    if art.dev == "source_link":
        site = SOURCE_SITES.get(art.source, "https://ic24.kz")
        return (f'<p><strong>Источник:</strong> <a href="{site}" target="_blank" '
                f'rel="nofollow">{_e(art.source)}</a></p>')
    return f"<p>Источник: {_e(art.source)}</p>"


def _text(art: Any) -> str:
    paras = _paragraphs(art)
    glued = art.dev == "glued_photo" and art.photo_credit
    credit = (f'<span id="{P}lblPhotoAuthor" class="photo-author">Фото:'
              f'{_e(art.photo_credit)}</span>' if glued else "")
    if art.dev == "br_body":
        inner = credit + "<br />\r\n<br />\r\n".join(_e(p) for p in paras) + "<br />\r\n"
        inner = f'<span id="{P}lblText">{inner}</span>'
    else:
        inner = "\r\n".join(f"<p>{credit if k == 0 else ''}{_e(p)}</p>"
                            for k, p in enumerate(paras))
    tail = "<p>&nbsp;</p>\r\n" + _source(art) if art.source_line else ""
    return f'<div id="{P}pnlText" class="news-text">\r\n{inner}\r\n{tail}</div>'


def _info(art: Any) -> str:
    lang = "ru" if art.dev == "kk_like_ru" else art.lang
    parts = [f'<span id="{P}lblDate" class="date">{date_label(art, lang)}</span>']
    if art.views is not None:
        parts.append(f'<span id="{P}lblViews" class="views">{art.views}</span>')
    if art.category:
        rid = RUBRIC_IDS.get(art.category, 1)
        parts.append(f'<a id="{P}hlRubric" class="rubric" href="/rubric.aspx?id={rid}">'
                     f'{_e(art.category)}</a>')
    if art.tags:
        links = ", ".join(f'<a href="/search.aspx?tag={quote(t)}">{_e(t)}</a>' for t in art.tags)
        parts.append(f'<span id="{P}lblTags" class="tags">{links}</span>')
    return f'<div class="news-info">{" ".join(parts)}</div>'


def _photo(art: Any, base: str) -> str:
    if not art.images:
        return ""
    imgs = "".join(f'<img id="{P}imgNews" src="{p}" alt="{_a(art.title)}" />'
                   for p in art.image_paths())
    credit = ("" if art.dev == "glued_photo" or not art.photo_credit else
              f'<span id="{P}lblPhotoAuthor" class="photo-author">Фото:{_e(art.photo_credit)}'
              f'</span>')
    return f'<div class="news-photo">{imgs}{credit}</div>'


def _neighbours(art: Any, arts: Sequence[Any]) -> str:
    ordered = sorted(arts, key=lambda a: a.num)
    k = ordered.index(art)
    links = []
    if k > 0:
        links.append(f'<a id="{P}hlPrev" href="{ordered[k - 1].path}">← '
                     f'{LABELS[art.lang]["prev"]}</a>')
    if k + 1 < len(ordered):
        links.append(f'<a id="{P}hlNext" href="{ordered[k + 1].path}">'
                     f'{LABELS[art.lang]["next"]} →</a>')
    return f'<div class="news-nav">{" ".join(links)}</div>'


def _latest(art: Any, arts: Sequence[Any]) -> str:
    items = "".join(
        f'<li><span class="lang">{a.lang}</span> <a href="{a.path}">'
        f'{_e(cut_at_word(a.title, 60))}</a></li>' for a in arts[:13] if a is not art)
    return (f'<div class="block last-news"><div class="block-title">{LABELS[art.lang]["last"]}'
            f'</div><ul>{items}</ul></div>')


def _share(art: Any, base: str) -> str:
    url = quote(base + art.path, safe="")
    return (f'<div class="share">{LABELS[art.lang]["share"]} '
            f'<a href="https://www.facebook.com/sharer.php?u={url}" target="_blank">Facebook</a> '
            f'<a href="https://vk.com/share.php?url={url}" target="_blank">ВКонтакте</a> '
            f'<a href="https://t.me/share/url?url={url}" target="_blank">Telegram</a> '
            f'<a href="https://wa.me/?text={url}" target="_blank">WhatsApp</a></div>')


def article(art: Any, arts: Sequence[Any], base: str) -> Response:
    tag = "h2" if art.dev == "logo_h1" else "h1"
    headline = (f'<{tag} class="news-title"><span id="{P}lblTitle">{_e(art.title)}</span>'
                f'</{tag}>')
    content = "\r\n".join([
        '<div class="breadcrumbs"><a href="/Default.aspx">Главная</a> / '
        '<a href="/novosti">Новости</a></div>',
        headline, _photo(art, base), _info(art), _text(art), _share(art, base),
        _neighbours(art, arts), _latest(art, arts)])
    image = art.image_paths()
    head = (f'<meta property="og:title" content="{_a(art.title)}" />\n'
            f'<meta property="og:url" content="{base}{art.path}" />\n'
            + (f'<meta property="og:image" content="{base}{image[0]}" />\n' if image else ""))
    charset = "windows-1251" if art.dev == "cp1251" else "utf-8"
    page = master(art.lang, f"{art.title} - {SITE_NAME[art.lang]}", content, arts, base,
                  art.path, logo_h1=art.dev == "logo_h1", head=head, charset=charset)
    return _html(page, base, charset)


def _pager(count: int) -> str:
    links = ['<span class="current">1</span>']
    for n in range(2, min(count, 10) + 1):
        links.append(f"<a href=\"javascript:__doPostBack('{N}gvNews','Page${n}')\">{n}</a>")
    links.append(f"<a href=\"javascript:__doPostBack('{N}gvNews','Page$Last')\">Последняя"
                 f"</a>")
    return f'<div class="pager">{" ".join(links)}</div>'


def _calendar() -> str:
    days = " ".join(f"<a href=\"javascript:__doPostBack('{N}calArchive','{9800 + d}')\">{d}</a>"
                    for d in range(1, 31))
    return f'<div id="{P}calArchive" class="calendar"><div>Архив новостей</div>{days}</div>'


def listing(items: Sequence[Any], arts: Sequence[Any], base: str,
            day: date | None = None) -> Response:
    rows = []
    for k, a in enumerate(items, 1):
        thumb = (f'<a href="{a.path}"><img src="{a.image_paths()[0].replace("_main", "_thumb")}" '
                 f'alt="" /></a>' if a.images else "")
        rows.append(
            f'<div class="news_item">{thumb}<div class="news_text">'
            f'<a id="{P}rptNews_ctl{k:02d}_hlTitle" href="{a.path}">{_e(a.title)}</a>'
            f'<p><span id="{P}rptNews_ctl{k:02d}_lblDate">{date_label(a)}</span></p>'
            f'</div></div>')
    title = "Новости" if day is None else f"Новости за {day:%d.%m.%Y}"
    pager = _pager(-(-len(arts) // 15)) if day is None else ""
    empty = "" if rows else '<div class="empty">Новостей за этот день нет.</div>'
    content = (f'<h2 class="page-title">{title}</h2>\r\n<div id="{P}pnlNews">'
               + "\r\n".join(rows) + f"{empty}</div>\r\n{pager}\r\n{_calendar()}")
    key = "/novosti" + (f"?date={day.isoformat()}" if day else "")
    return _html(master("ru", f"{title} - Центр информации", content, arts, base, key), base)


def sitemap(arts: Sequence[Any], base: str) -> bytes:
    urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{a.day.isoformat()}</lastmod>"
                   f"<changefreq>never</changefreq></url>\n" for a in arts)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{urls}</urlset>\n").encode()


def rss(arts: Sequence[Any], base: str) -> bytes:
    items = []
    for a in arts:
        stamp = a.local.strftime("%a, %d %b %Y %H:%M:%S %z")
        items.append(f"<item><title>{_e(a.title)}</title><link>{base}{a.path}</link>"
                     f"<guid isPermaLink=\"true\">{base}{a.path}</guid><pubDate>{stamp}</pubDate>"
                     f"<description>{_e(a.paragraphs[0])}</description></item>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>Центр информации</title><link>{base}/</link>"
            "<description>Новости Казахстана</description><language>ru</language>"
            + "\n".join(items) + "</channel></rss>\n").encode()


def robots(base: str) -> bytes:
    return ("User-agent: *\nDisallow: /admin/\nDisallow: /WebResource.axd\n"
            "Disallow: /ScriptResource.axd\nDisallow: /search.aspx\nDisallow: /banner.aspx\n"
            f"\nSitemap: {base}/sitemap.xml\n").encode()


def redirect(url: str) -> Response:
    """``Response.Redirect``: a 302 with IIS's 'Object moved' body."""
    body = (f'<html><head><title>Object moved</title></head><body>\r\n'
            f'<h2>Object moved to <a href="{_a(url)}">here</a>.</h2>\r\n</body></html>\r\n')
    return 302, {"Location": url, "Content-Type": "text/html; charset=utf-8",
                 "Set-Cookie": "ASP.NET_SessionId=r2kq1v55vfs0mj45xo3ikn55; path=/; HttpOnly"
                 }, body.encode()


def not_found() -> bytes:
    return ("<!DOCTYPE html><html><head><title>Страница не найдена - Центр информации</title>"
            "</head><body><h2>Ошибка 404</h2><p>Запрошенная страница не найдена или была "
            'удалена. <a href="/novosti">Перейти к новостям</a></p></body></html>').encode()


def missing() -> Response:
    return 404, {"Content-Type": "text/html; charset=utf-8"}, not_found()
