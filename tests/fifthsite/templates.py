"""Markup of the fifth copy: DLE, Bitrix and Joomla 1.5 article pages and a DLE listing.

Everything old CMSs did is here on purpose: table layouts, the headline outside any ``<h1>``
on DLE and Joomla pages, text as ``<br>``-separated runs in one container (a photo, its
credit and the ``Источник:`` line inside it), breadcrumbs as the only place of the rubric,
``Теги:`` links next to rubric links, view counters, a "modified" date next to the created
one, windows-1251 pages and a DLE ``/novosti/page/N/`` listing.
"""

from __future__ import annotations

import html
import random
from datetime import timedelta
from urllib.parse import quote

from tests.copykit.text import ru_slug
from tests.fifthsite.site import MONTHS, Article, build, page_count, page_items

WEEKDAYS = {"ru": ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота",
                   "Воскресенье"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "kk": ["Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі"]}
LABELS = {  # home, news, tags, views, source
    "ru": ("Главная", "Новости", "Теги:", "Просмотров:", "Источник:"),
    "en": ("Home", "News", "Tags:", "Views:", "Источник:"),
    "kk": ("Басты бет", "Жаңалықтар", "Тегтер:", "Қаралды:", "Дереккөз:"),
}
SEPARATORS = {"dle": "<br><br>\n", "bitrix": "<br />\r\n<br />\r\n", "joomla": "<br>\n"}
RATES = "".join(f'<td class="rate">{c}/KZT <b>0.0</b></td>' for c in ("USD", "EUR", "RUB", "CNY"))


def esc(text: str) -> str:
    """Escape the way the old CMS stored text: typographic quotes and nbsp as entities."""
    out = html.escape(text, quote=False).replace('"', "&quot;")
    return out.replace("«", "&laquo;").replace("»", "&raquo;").replace("\u00a0", "&nbsp;")


def day_text(art: Article, style: str) -> str:
    d, clock = art.local, (f" {art.local:%H:%M}" if art.clock else "")
    if style == "numeric":
        return f"{d:%d.%m.%Y}" + (f", {d:%H:%M}" if art.clock else "")
    month = MONTHS[art.lang][d.month - 1]
    if style == "long":  # Joomla 1.5: weekday, day, capitalised month
        return f"{WEEKDAYS[art.lang][d.weekday()]}, {d.day} {month.capitalize()} {d.year}{clock}"
    return f"{d.day} {month} {d.year}{clock}"


def _crumbs(art: Article, sep: str, link: str, last: str) -> str:
    home, news = LABELS[art.lang][:2]
    crumbs = [link.format(href="/", text=home), link.format(href="/novosti/", text=news)]
    if art.crumbs == "linked" and art.category:
        crumbs.append(link.format(href=f"/novosti/{ru_slug(art.category)}/", text=art.category))
        crumbs.append(last.format(text=esc(art.title)))
    elif art.crumbs == "plain" and art.category:
        crumbs.append(last.format(text=esc(art.category)))
    else:
        crumbs.append(last.format(text=esc(art.title)))
    return sep.join(crumbs)


def _tags(art: Article, joiner: str) -> str:
    if not art.tags:
        return ""
    links = joiner.join(f'<a href="/tags/{quote(t)}/">{esc(t)}</a>' for t in art.tags)
    return f'<div class="tags">{LABELS[art.lang][2]} {links}</div>'


def _text(art: Article, base: str) -> str:
    """The one container's content: runs of text separated by <br>."""
    rng = random.Random(art.num)
    raw = art.raw_paragraphs or art.paragraphs
    paras = [esc(p) for p in raw]
    if art.place and art.cms == "joomla":
        paras[0] = f"<b>{esc(art.dateline().rstrip(' -'))}</b> - {paras[0]}"
    elif art.place:
        paras[0] = esc(art.dateline()) + paras[0]
    runs: list[str] = []
    images = art.image_paths()
    if images and art.cms != "bitrix":  # Bitrix shows its detail picture outside
        runs.append(f'<img src="{images[0]}" alt="{esc(art.title)}" align="left" hspace="6" '
                    f'border="0">' + (f"<i>Фото: {esc(art.photo_credit)}</i>"
                                      if art.photo_credit else ""))
    for i, para in enumerate(paras):
        runs.append(para)
        if i == 1 and len(images) > 1:
            runs.append(f'<div style="text-align:center"><img src="{images[1]}" border="0"></div>')
        if i == 0 and rng.random() < 0.3:
            runs.append("&nbsp;")  # an empty run the editor left
    if art.source and art.source_line:
        label = LABELS[art.lang][4] if art.lang != "en" or art.num % 2 else "Источник:"
        runs.append(f'<b>{label}</b> <a href="http://{ru_slug(art.source)}.kz/" '
                    f'target="_blank">{esc(art.source)}</a>')
    return SEPARATORS[art.cms].join(runs)


def _head(art: Article, base: str) -> str:
    charset = "windows-1251" if art.charset.startswith("cp1251") else "utf-8"
    keywords = ", ".join(w.strip(".,«»") for w in art.paragraphs[-1].split()[:8])
    og = ""
    if art.cms == "bitrix" and art.images:
        og = (f'<meta property="og:title" content="{esc(art.title)}">'
              f'<meta property="og:image" content="{base}{art.image_paths()[0]}">')
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{esc(art.title)} &raquo; Центр информации</title>"
            f'<meta name="keywords" content="{esc(keywords)}">{og}'
            f'<link rel="stylesheet" href="/templates/ic24/style.css"></head>')


def _sidebar(current: Article | None) -> str:
    newest = [a for a in build() if a is not current][:8]
    items = "".join(f'<li><span class="lang">{a.lang}</span> <a href="{a.path}">'
                    f"{esc(a.title[:48])}{'…' if len(a.title) > 48 else ''}</a></li>"
                    for a in newest)
    popular = "".join(f'<li><a href="{a.path}">{esc(a.title[:40])}</a> ({a.views or 0})</li>'
                      for a in sorted(build(), key=lambda a: -(a.views or 0))[:4])
    cloud = " ".join(f'<a href="/tags/{quote(t)}/">{esc(t)}</a>' for t in ("Алматы", "бюджет"))
    return (f'<td class="sidebar" width="240" valign="top"><div class="block">'
            f"<b>Последние новости</b><ul>{items}</ul></div>"
            f'<div class="block"><b>Популярное</b><ol>{popular}</ol></div>'
            f'<div class="block"><b>Облако тегов</b><br>{cloud}</div>'
            f'<img src="/banners/bank_240x400.gif" width="240" height="400" border="0"><br>'
            f'<img src="//counter.yadro.ru/hit?t14.6" width="88" height="31" alt=""></td>')


def _page(art: Article | None, head: str, content: str) -> str:
    return (f'{head}<body><table width="1000" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td colspan="2" class="header"><a href="/"><img src="/templates/ic24/logo.gif" '
            f'alt="Центр информации" border="0"></a><table class="rates"><tr>{RATES}</tr></table>'
            f'<div class="menu"><a href="/">Главная</a> | <a href="/novosti/">Новости</a> | '
            f'<a href="/about/">О нас</a></div></td></tr><tr><td class="content" valign="top">'
            f"{content}</td>{_sidebar(art)}</tr><tr><td colspan=\"2\" class=\"footer\">"
            f"&copy; 2008-2026 Центр информации. При использовании материалов ссылка "
            f"обязательна.</td></tr></table></body></html>")


def _dle(art: Article, base: str) -> str:
    views = LABELS[art.lang][3] if art.lang != "en" or art.num % 3 else "Просмотров:"
    crumbs = "" if art.crumbs == "absent" else (
        '<div class="speedbar">' + _crumbs(art, " &raquo; ", '<a href="{href}">{text}</a>',
                                           "{text}") + "</div>")
    info = f"{views} {art.views}" if art.views is not None else ""
    return (f'{crumbs}<div class="news-detail"><div class="ntitle">{esc(art.title)}</div>'
            f'<div class="ninfo"><span class="date">{day_text(art, "numeric")}</span> | {info}'
            f' | <a href="#comments">Комментарии (0)</a></div>'
            f'<div class="full-story" id="news-id-{art.num}">{_text(art, base)}</div>'
            f'{_tags(art, ", ")}<div class="print"><a href="{art.path}?print=1">Распечатать'
            f'</a></div></div><a name="comments"></a><div class="addcomment">Добавить '
            f"комментарий</div>")


def _bitrix(art: Article, base: str) -> str:
    crumbs = "" if art.crumbs == "absent" else (
        '<div class="breadcrumbs">' + _crumbs(art, " <span>&raquo;</span> ",
                                              '<a href="{href}" title="{text}">{text}</a>',
                                              "<span>{text}</span>") + "</div>")
    images = art.image_paths()
    picture = (f'<img class="detail_picture" src="{images[0]}" width="300" alt="">'
               if images else "")
    credit = f'<div class="photo-author">Фото:{esc(art.photo_credit)}</div>' if (
        images and art.photo_credit) else ""
    views = (f'<div class="news-views">Количество просмотров: {art.views}</div>'
             if art.views is not None else "")
    return (f"{crumbs}<h1>{esc(art.title)}</h1><div class=\"news-detail\">"
            f'<span class="news-date-time">{day_text(art, "text")}</span>{picture}{credit}'
            f'{_text(art, base)}<div style="clear:both"></div><br />{views}'
            f"{_tags(art, ' | ')}</div>")


def _joomla(art: Article, base: str) -> str:
    crumbs = "" if art.crumbs == "absent" else (
        '<span class="breadcrumbs pathway">' + _crumbs(
            art, ' <img src="/templates/ja/images/arrow.png" alt=""> ',
            '<a href="{href}" class="pathway">{text}</a>', "{text}") + "</span>")
    hits = "Hits:" if art.lang == "en" else LABELS[art.lang][3]
    hits_line = f'<span class="hits">{hits} {art.views}</span>' if art.views is not None else ""
    modified = art.local + timedelta(days=3, hours=2)
    return (f'{crumbs}<table class="contentpaneopen"><tr><td class="contentheading" '
            f'width="100%">{esc(art.title)}</td></tr></table><table class="contentpaneopen">'
            f'<tr><td valign="top" class="createdate">{day_text(art, "long")}</td></tr>'
            f'<tr><td valign="top">{_text(art, base)}</td></tr><tr><td class="modifydate">'
            f"Обновлено {modified:%d.%m.%Y %H:%M}</td></tr><tr><td>{hits_line}"
            f"{_tags(art, ', ')}</td></tr></table>")


RENDER = {"dle": _dle, "bitrix": _bitrix, "joomla": _joomla}


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    page = _page(art, _head(art, base), RENDER[art.cms](art, base))
    if art.charset.startswith("cp1251"):
        ctype = "text/html" if art.charset == "cp1251-meta" else "text/html; charset=windows-1251"
        return 200, {"Content-Type": ctype}, page.encode("cp1251", "xmlcharrefreplace")
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8")


def page_href(n: int) -> str:
    return "/novosti/" if n == 1 else f"/novosti/page/{n}/"


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    items = page_items(n)
    stories = "".join(
        f'<div class="shortstory"><div class="sheading"><a href="{a.path}">{esc(a.title)}</a>'
        f'</div><span class="date">{day_text(a, "numeric")}</span><div class="stext">'
        f"{esc(a.paragraphs[0][:160])}…</div><div class=\"more\"><a href=\"{a.path}\">"
        f"Подробнее &raquo;</a></div></div>" for a in items)
    pages = " ".join(f"<span>{k}</span>" if k == n else f'<a href="{page_href(k)}">{k}</a>'
                     for k in range(1, page_count() + 1))
    prev = f'<a href="{page_href(n - 1)}">&laquo; Назад</a> ' if n > 1 else ""
    nxt = f' <a href="{page_href(n + 1)}">Далее &raquo;</a>' if n < page_count() else ""
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<title>Новости &raquo; Центр информации</title></head>")
    content = f'{stories}<div class="navigation">{prev}{pages}{nxt}</div>'
    return 200, {"Content-Type": "text/html; charset=utf-8"}, _page(None, head, content).encode()


def not_found() -> bytes:
    return "<html><body><h1>404</h1>Страница не найдена</body></html>".encode()
