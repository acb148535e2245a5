"""The forty-second copy's markup: an old CMS's pages, hand-written from SITE.md's article page.

Two page shells of the same site (a table layout and a div one with the logo in ``<h1>``), a
currency widget on top, the rubric menu (absent on some pages), the headline, the photo and its
``Фото:X`` credit, the info line as one text node, the text (``<p>`` or ``<br><br>``), an
optional ``Источник:`` line, share links and the "latest news" block of language-badged,
truncated headlines; the listing of ``.news_text`` blocks paginated by ``?start=``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tests.copykit import catalogue
from tests.copykit.text import cut_at_word

if TYPE_CHECKING:
    from tests.fortysecondsite.site import Article

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /search/
Disallow: /*?print=1
Disallow: /*&print=1

User-agent: Yandex
Disallow: /admin/
Disallow: /search/
Host: ic24.kz
"""
PIXEL = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
         b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
SIDEBAR_ITEMS = 12
TRUNCATE = 60
RATES = ("USD", "EUR", "RUB", "CNY")


def _esc(text: str, entities: bool = False) -> str:
    out = html.escape(text, quote=False)
    if entities:
        for char, name in (("«", "&laquo;"), ("»", "&raquo;"), ("—", "&mdash;"),
                           ("–", "&ndash;"), ('"', "&quot;")):
            out = out.replace(char, name)
    return out


def truncate(title: str, limit: int = TRUNCATE) -> str:
    """The sidebar's headline: cut at the last space before ``limit``, no ellipsis."""
    return cut_at_word(title, limit)


def listing_date(art: Article) -> str:
    """'16 Апреля 2021' (the listing prints Russian months for every language)."""
    month = catalogue.MONTHS["ru"][art.day.month - 1].capitalize()
    return f"{art.day.day} {month} {art.day.year}"


def _head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="новости Казахстана, новости Алматы, Центр информации, ic24" />
<meta name="description" content="Центр информации - новости Алматы и Казахстана" />
<link href="/templates/ic24/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<link rel="shortcut icon" href="/favicon.ico" />
</head>
"""


def _rates(layout: str) -> str:
    if layout == "table":
        cells = " ".join(f'• {c}/KZT <b id="kurs_{c.lower()}">0.0</b>' for c in RATES)
        return f'<div class="kurs">{cells}</div>'
    items = "\n".join(f"  <li>• {c}/KZT\n    <span>0.0</span></li>" for c in RATES)
    return f'<ul class="valyuta">\n{items}\n</ul>'


RATES_SCRIPT = """<script type="text/javascript">
$(function(){ $.getJSON('/kurs.php', function(d){ $('#kurs_usd').text(d.usd); }); });
</script>"""


def menu() -> str:
    """Every rubric the site uses (ru, then the English and Kazakh sections)."""
    from tests.fortysecondsite.site import RUBRICS

    def links(lang: str) -> str:
        return " | ".join(f'<a href="/rubric/{slug}">{_esc(name)}</a>'
                          for slug, name in RUBRICS[lang])
    return (f'<a href="/">Главная</a> | <a href="/novosti">Новости</a> | {links("ru")}'
            f'<br />English: {links("en")} | Қазақша: {links("kk")}')


FOOTER = """© 2014–2025 «Центр информации». Все права защищены.<br />
При использовании материалов гиперссылка на ic24.kz обязательна.<br />
Адрес редакции: г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 000-00-00<br />
<!--LiveInternet counter--><a href="//www.liveinternet.ru/click" target="_blank"><img
 src="//counter.yadro.ru/hit?t44.6;r" alt="" title="LiveInternet" border="0" width="31"
 height="31" /></a><!--/LiveInternet-->"""


def _table_shell(title: str, with_menu: bool, main: str) -> str:
    menu_row = f'<tr><td class="menu" colspan="2">{menu()}</td></tr>\n' if with_menu else ""
    return (_head(title) + f"""<body>
<table class="osnova" width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="shapka" colspan="2">
{_rates("table")}
<a href="/"><img src="/images/logo.png" alt="Центр информации" width="300" height="70"
 border="0" /></a>
</td></tr>
{menu_row}<tr>
<td class="centr" valign="top">
{main}
</td>
<td class="pravo" valign="top" width="240">
<a href="/reklama"><img src="/images/banner240.gif" width="240" height="400" border="0"
 alt="Реклама" /></a>
</td>
</tr>
<tr><td class="podval" colspan="2">
{FOOTER}
</td></tr>
</table>
{RATES_SCRIPT}
</body>
</html>
""")


def _div_shell(title: str, with_menu: bool, main: str) -> str:
    menu_div = f'<div id="menu">{menu()}</div>\n' if with_menu else ""
    return (_head(title) + f"""<body>
<div id="wrap">
<div id="top">
{_rates("div")}
<h1 class="logo"><a href="/"><img src="/images/logo.png" alt="Центр информации" /></a></h1>
</div>
{menu_div}<div id="content">
{main}
</div>
<div id="right">
<a href="/reklama"><img src="/images/banner240.gif" alt="Реклама" /></a>
</div>
<div class="clear"></div>
<div id="footer">
{FOOTER}
</div>
</div>
{RATES_SCRIPT}
</body>
</html>
""")


def _credit(art: Article) -> str:
    return f"Фото:{_esc(art.photo_credit or '')}"


def _text(art: Article) -> str:
    """The text: dateline + paragraphs, the no-break-space line, ``Источник:``."""
    paras = [_esc(p, art.entities) for p in (art.raw_paragraphs or art.paragraphs)]
    opening = _esc(art.dateline())
    if art.credit_form == "node":
        opening = _credit(art) + opening
    elif art.credit_form == "el":
        opening = f'<span class="foto_podpis">{_credit(art)}</span>' + opening
    paras[0] = opening + paras[0]
    tail = []
    if art.nbsp_line:
        tail.append(art.nbsp_line)
    if art.source_line:
        label = "<b>Источник:</b>" if art.num % 2 else "Источник:"
        tail.append(f"{label} {_esc(art.source or '')}")
    if art.text_form == "br":
        return ('<div class="tekst">' + "<br />\n<br />\n".join(paras + tail) + "</div>")
    return ('<div class="tekst">\n' + "\n".join(f"<p>{p}</p>" for p in paras + tail)
            + "\n</div>")


def _sidebar(art: Article, arts: Sequence[Article]) -> str:
    """The "latest news" block: the site's newest articles (never this one), badge + headline."""
    items = [a for a in arts if a.num != art.num][:SIDEBAR_ITEMS]
    if art.sidebar == "table":
        rows = "\n".join(f'<tr><td class="yazyk">{a.lang}</td><td><a href="{a.path}">'
                         f"{_esc(truncate(a.title))}</a></td></tr>" for a in items)
        return f'<table class="lenta" width="100%">\n{rows}\n</table>'
    rows = "\n".join(f'<div class="lenta_item"><span class="yazyk">{a.lang}</span> '
                     f'<a href="{a.path}">{_esc(truncate(a.title))}</a></div>' for a in items)
    return f'<div class="lenta">\n{rows}\n</div>'


SHARE = """<div class="share">Поделиться:
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a>
<a href="https://vk.com/share.php?url={url}" target="_blank">ВКонтакте</a>
<a href="https://t.me/share/url?url={url}" target="_blank">Telegram</a>
<a href="https://wa.me/?text={url}" target="_blank">WhatsApp</a>
</div>"""


def article(art: Article, arts: Sequence[Article]) -> bytes:
    photo = ""
    if art.images:
        imgs = "".join(f'<img src="{p}" alt="" width="600" border="0" />'
                       for p in art.image_paths())
        caption = f"<br />\n{_credit(art)}" if art.credit_form == "sep" else ""
        photo = f'<div class="foto">{imgs}{caption}</div>'
    info = f'<{art.info_tag} class="info">{_esc(art.info_line())}</{art.info_tag}>'
    if art.info_tag == "td":
        info = f'<table class="info_tab"><tr>{info}</tr></table>'
    headline = (f"<h1>{_esc(art.title)}</h1>" if art.layout == "table"
                else f'<h2 class="zagolovok">{_esc(art.title)}</h2>')
    share = SHARE.format(url=f"https://ic24.kz{art.path}") if art.share else ""
    main = "\n".join(x for x in (headline, photo, info, _text(art), share,
                                 _sidebar(art, arts)) if x)
    if art.layout == "div":
        main = f'<div class="news_full">\n{main}\n</div>'
    shell = _table_shell if art.layout == "table" else _div_shell
    page_title = f"{_esc(art.title)} - Центр информации"
    return shell(page_title, art.menu, main).encode("utf-8")


def _items(arts: Sequence[Article]) -> str:
    return "\n".join(f'<div class="news_text"><a href="{a.path}">{_esc(a.title)}</a>'
                     f"<p>{listing_date(a)}</p></div>" for a in arts)


def listing(arts: Sequence[Article], n: int, pages: int, per_page: int) -> bytes:
    """Listing page ``n``: "Начало ‹ Пред. 1 2 3 … След. › Конец" (``?start=`` offsets)."""
    def href(k: int) -> str:
        return "/novosti" if k == 1 else f"/novosti?start={(k - 1) * per_page}"
    links = []
    if n > 1:
        links += [f'<a href="{href(1)}">« Начало</a>', f'<a href="{href(n - 1)}">‹ Пред.</a>']
    links += [f"<span>{k}</span>" if k == n else f'<a href="{href(k)}">{k}</a>'
              for k in range(1, pages + 1)]
    if n < pages:
        links += [f'<a href="{href(n + 1)}">След. ›</a>', f'<a href="{href(pages)}">Конец »</a>']
    main = (f'<h1 class="razdel">Новости</h1>\n{_items(arts)}\n'
            f'<div class="pagination">Страница {n} из {pages}<br />{" ".join(links)}</div>')
    return _table_shell("Новости - Центр информации", True, main).encode("utf-8")


def rubric_page(name: str, arts: Sequence[Article]) -> bytes:
    main = f'<h1 class="razdel">{_esc(name)}</h1>\n{_items(arts)}'
    return _table_shell(f"{_esc(name)} - Центр информации", True, main).encode("utf-8")


def not_found() -> bytes:
    main = ('<h1>Ошибка 404</h1>\n<p>Страница не найдена. Вернуться на '
            '<a href="/">главную</a>.</p>')
    return _table_shell("404 - Центр информации", True, main).encode("utf-8")
