"""The eighth copy's markup: what the three templates share, the uCoz listing and the 404 page.

The article templates live in ``ucoz.py``, ``instant.py`` and ``ghost.py``; each renders the
text from :func:`blocks` in its own way and puts the extras (credit, poll, signature, source and
"original" lines) where its CMS does.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import quote

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, translit
from tests.eighthsite import site

Block = tuple[str, str | tuple[tuple[str, ...], ...]]
LABELS = {
    "ru": {"cat": "Категория", "views": "Просмотров", "added": "Добавил", "date": "Дата",
           "tags": "Теги", "source": "Источник", "photo": "Фото:", "related": "Похожие материалы",
           "comments": "Комментарии", "rating": "Рейтинг", "home": "Главная", "news": "Новости",
           "more": "Подробнее", "original": "Оригинал статьи:"},
    "en": {"cat": "Category", "views": "Views", "added": "Added by", "date": "Date",
           "tags": "Tags", "source": "Источник", "photo": "Photo:", "related": "Related news",
           "comments": "Comments", "rating": "Rating", "home": "Home", "news": "News",
           "more": "Read more", "original": "Original article:"},
    "kk": {"cat": "Санат", "views": "Қаралды", "added": "Қосқан", "date": "Күні",
           "tags": "Тегтер", "source": "Дереккөз", "photo": "Сурет:", "related": "Ұқсас жаңалықтар",
           "comments": "Пікірлер", "rating": "Рейтинг", "home": "Басты бет", "news": "Жаңалықтар",
           "more": "Толығырақ", "original": "Толығырақ:"},
}
SOURCE_SITES = {"КазТАГ": "kaztag.kz", "Kazinform": "inform.kz", "Tengrinews.kz": "tengrinews.kz",
                "пресс-служба акимата Алматы": "almaty.gov.kz", "The Astana Times":
                "astanatimes.com", "EU Reporter": "eureporter.co", "Akorda": "akorda.kz"}
POLL = {"ru": ("Как вы оцениваете это решение?", "Положительно", "Отрицательно", "Затрудняюсь"),
        "en": ("What do you think of this decision?", "Good", "Bad", "Not sure"),
        "kk": ("Бұл шешімді қалай бағалайсыз?", "Жақсы", "Жаман", "Білмеймін")}
CURRENCY = ('<div class="informer-rates"><ul><li>USD/KZT <span>0.0</span></li>'
            '<li>EUR/KZT <span>0.0</span></li><li>RUB/KZT <span>0.0</span></li>'
            '<li>CNY/KZT <span>0.0</span></li></ul></div>')


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def slug(word: str) -> str:
    return "-".join(translit(word).split())


def blocks(a: site.Article) -> list[Block]:
    """The text as ('p', escaped html) and ('table', rows), the dateline on the first."""
    out: list[Block] = []
    shown = a.shown()
    k = 0
    while k < len(shown):
        if k == a.table_at:
            out.append(("table", a.table))
            k += len(a.table)
            continue
        out.append(("p", esc((a.dateline() if k == 0 else "") + shown[k])))
        k += 1
    return out


def table_html(rows: tuple[tuple[str, ...], ...], cls: str = "") -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table{cls} border="1" cellpadding="4"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def poll_html(a: site.Article, prefix: str) -> str:
    """A poll form (a widget, not body)."""
    q, *answers = POLL[a.lang]
    items = "".join(f'<div class="{prefix}Ans"><input type="radio" name="answer" value="{k}" '
                    f'id="a{a.num}{k}"> <label for="a{a.num}{k}">{esc(t)}</label></div>'
                    for k, t in enumerate(answers, 1))
    return (f'<div class="{prefix}-wrap"><form id="pollForm{a.num}" method="post" '
            f'action="/poll/"><div class="{prefix}Que"><b>{esc(q)}</b></div>{items}'
            f'<div class="{prefix}Button"><input type="submit" value="OK"></div>'
            f'<div class="{prefix}Tot">Всего ответов: {a.num % 300}</div></form></div>')


def source_link(a: site.Article) -> str:
    assert a.source is not None
    host = SOURCE_SITES.get(a.source, "kz.example")
    return f'<a href="https://{host}/" rel="nofollow" target="_blank">{esc(a.source)}</a>'


def original_line(a: site.Article) -> str:
    """'Оригинал статьи: URL' or 'Подробнее на X: URL' — a link line, not body."""
    assert a.source is not None
    url = f"https://{SOURCE_SITES.get(a.source, 'kz.example')}/news/{a.num}"
    link = f'<a href="{url}" rel="nofollow">{esc(url)}</a>'
    if a.lang == "ru" and a.num % 2:
        return f"Подробнее на {esc(a.source)}: {link}"
    return f"{LABELS[a.lang]['original']} {link}"


def long_date(a: site.Article, style: str) -> str:
    """'16 апреля 2021', '16 сәуір 2021', 'Apr 16, 2021', '16 April 2021' (no time)."""
    d = a.day
    if a.lang == "en":
        if style == "short":
            return f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if a.lang == "kk":
        return f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}"


def encode(a: site.Article, markup: str) -> Response:
    charset = "windows-1251" if a.cp1251 else "utf-8"
    body = markup.replace("%CHARSET%", charset).encode(charset, errors="xmlcharrefreplace")
    return 200, {"Content-Type": f"text/html; charset={charset}"}, body


def related_links(a: site.Article, item: Callable[[site.Article], str]) -> str:
    arts = {r.num: r for r in site.build()}
    return "".join(item(arts[n]) for n in a.related)


def article(a: site.Article, base: str) -> Response:
    from tests.eighthsite import ghost, instant, ucoz

    render = {"ucoz": ucoz.article, "instant": instant.article, "ghost": ghost.article}[a.cms]
    return encode(a, render(a, base))


def _entry(a: site.Article) -> str:
    lab = LABELS[a.lang]
    teaser = esc(a.shown()[0][:140].rsplit(" ", 1)[0]) + "..."
    cat = (f'{lab["cat"]}: <a href="/news/1-0-{len(a.category) % 9 + 1}">{esc(a.category)}</a>'
           f" | " if a.category else "")
    views = f'{lab["views"]}: {a.views} | ' if a.views is not None else ""
    return (f'<table border="0" width="100%" cellspacing="0" cellpadding="0" class="eBlock">'
            f'<tr><td style="padding:3px;"><div class="eTitle" style="text-align:left;">'
            f'<a href="{a.path}">{esc(a.title)}</a></div><div class="eMessage" '
            f'style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">{teaser}'
            f'</div><div class="eDetails" style="clear:both;">{cat}{views}'
            f'{lab["added"]}: <a href="javascript:;" rel="nofollow">admin</a> | '
            f'{lab["date"]}: {a.day:%d.%m.%Y} | <a href="{a.path}#comments">{lab["comments"]} '
            f'(0)</a></div></td></tr></table>')


def _pager(page: int) -> str:
    count = site.page_count()
    items = []
    for n in range(1, count + 1):
        href = "/novosti/" if n == 1 else f"/novosti/?page{n}"
        if n == page:
            items.append(f'<b class="swchItemA"><span>{n}</span></b>')
        else:
            items.append(f'<a class="swchItem" href="{href}" onclick="spages(\'{n}\', \'\');'
                         f'return false;"><span>{n}</span></a>')
    if page < count:
        items.append(f'<a class="swchItem swchItem-next" href="/novosti/?page{page + 1}" '
                     f'onclick="spages(\'{page + 1}\', \'\');return false;">'
                     "<span>&raquo;</span></a>")
    return (f'<div class="catPages1" align="center" id="pagesBlock1" style="clear:both;">'
            f'<span class="pagesBlockuz1">{" ".join(items)}</span></div>')


def listing(page: int, base: str) -> Response:
    shown = site.build()[(page - 1) * site.PER_PAGE : page * site.PER_PAGE]
    entries = "".join(_entry(a) for a in shown)
    markup = (f'<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; '
              f'charset=UTF-8"><title>Новости - Центр информации</title>'
              f'<script src="/.s/src/jquery-1.12.4.min.js"></script></head><body>'
              f'<div id="header"><h1 class="logo"><a href="/">Центр информации</a></h1></div>'
              f'{CURRENCY}<div id="content"><div id="allEntries">{entries}</div>'
              f'{_pager(page)}</div><div id="footer">Хостинг от <a href="https://www.ucoz.ru/">'
              f"uCoz</a></div></body></html>")
    return 200, {"Content-Type": "text/html; charset=utf-8"}, markup.encode("utf-8")


def not_found() -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
            '<h1>Страница не найдена</h1><p>Запрашиваемая страница не существует. '
            '<a href="/">На главную</a></p></body></html>').encode()


def tag_search(tag: str) -> str:
    return f"/search/{quote(tag)}/"
