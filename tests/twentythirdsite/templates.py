"""The twenty-third copy's markup: one plain custom article page and four listing shapes.

The article: a masthead with a currency widget and the menu, crumbs naming the rubric (none on
some pages), the headline, a ``<dl>`` of facts (date as "16 апреля 2021, 10:45", "19 April
2021, 16:10" or the Kazakh year-first "2021 жылғы 16 сәуір"; views as a ``<dd>``), the first
photo in a ``<figure>`` with "Фото:gov.kz", the text (dateline in the first paragraph, other
photos inside it, "Источник: X" last), plain-text labels, then a "Свежие" column of badged
headlines. No ``<time>``, no meta dates, no JSON-LD.
"""

from __future__ import annotations

import calendar
import html
from datetime import date

from tests.copykit.catalogue import CopyArticle
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, RU_MONTHS_NOMINATIVE
from tests.twentythirdsite import site

LABELS = {
    "ru": {"date": "Опубликовано", "views": "Просмотров", "tags": "Метки:", "photo": "Фото:",
           "home": "Новости", "fresh": "Свежие новости"},
    "en": {"date": "Published", "views": "Views", "tags": "Labels:", "photo": "Photo:",
           "home": "News", "fresh": "Latest news"},
    "kk": {"date": "Жарияланды", "views": "Қаралым", "tags": "Белгілер:", "photo": "Фото:",
           "home": "Жаңалықтар", "fresh": "Соңғы жаңалықтар"},
}
MENU = ('<nav class="menu"><a href="/novosti">Новости дня</a> <a href="/lenta">Лента</a> '
        '<a href="/arhiv">Архив</a> <a href="/vse">Все новости</a></nav>')
KURS = ('<ul class="kurs">' + "".join(f"<li>{c}/KZT <b>0.0</b></li>"
                                      for c in ("USD", "EUR", "RUB", "CNY")) + "</ul>")
e = html.escape


def _shown_date(a: CopyArticle) -> str:
    month = a.day.month - 1
    if a.lang == "kk":
        text = f"{a.day.year} жылғы {a.day.day} {KK_MONTHS[month]}"
    elif a.lang == "en":
        text = f"{a.day.day} {EN_MONTHS[month]} {a.day.year}"
    else:
        text = f"{a.day.day} {RU_MONTHS[month]} {a.day.year}"
    return text + (f", {a.clock:%H:%M}" if a.clock else "")


def _page(title: str, main: str, lang: str = "ru", head: str = "") -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{e(title)}</title>{head}</head>\n<body>\n<header class=\"masthead\">"
            f'<a class="logo" href="/">Центр информации</a>{KURS}{MENU}</header>\n'
            f'<main id="content">{main}</main>\n<footer>© Центр информации, 2026</footer>'
            "</body></html>\n").encode()


def _facts(a: CopyArticle) -> str:
    lab = LABELS[a.lang]
    rows = f"<dt>{lab['date']}</dt><dd>{_shown_date(a)}</dd>"
    if a.views is not None:
        rows += f"<dt>{lab['views']}</dt><dd>{a.views}</dd>"
    return f'<dl class="story__facts">{rows}</dl>'


def _text(a: CopyArticle, base: str) -> str:
    paras = list(a.raw_paragraphs or a.paragraphs)
    paras[0] = a.dateline() + paras[0]
    out = [f"<p>{e(p)}</p>" for p in paras]
    for k, path in enumerate(a.image_paths()[1:], start=1):  # the other photos inside the text
        out.insert(min(2 * k, len(out)), f'<p class="pic"><img src="{path}" alt=""></p>')
    if a.source_line:
        out.append(f"<p>Источник: {e(a.source or '')}</p>")
    return '<div class="story__text">' + "\n".join(out) + "</div>"


def _fresh(a: CopyArticle) -> str:
    others = [o for o in site.build() if o.num != a.num][:8]
    items = "".join(f'<li><span class="badge">{o.lang}</span> <a href="{o.path}">'
                    f"{e(o.title[:60])}</a></li>" for o in others)
    return f'<aside class="fresh"><h4>{LABELS[a.lang]["fresh"]}</h4><ul>{items}</ul></aside>'


def article(a: CopyArticle, base: str) -> tuple[int, dict[str, str], bytes]:
    lab = LABELS[a.lang]
    crumbs = f'<a href="/novosti">{lab["home"]}</a>'
    if a.category:
        crumbs += f' / <a href="/rubric/{a.category.lower()}">{e(a.category)}</a>'
    figure = ""
    if a.images:
        credit = f"<figcaption>{lab['photo']}{e(a.photo_credit)}</figcaption>" \
            if a.photo_credit else ""
        figure = f'<figure class="story__pic"><img src="{a.image_paths()[0]}" alt="">' \
                 f"{credit}</figure>"
    labels = ""
    if a.tags:
        spans = ", ".join(f'<span class="lbl">{e(t)}</span>' for t in a.tags)
        labels = f'<div class="story__labels">{lab["tags"]} {spans}</div>'
    main = (f'<div class="story" data-id="{a.id}"><div class="story__crumbs">{crumbs}</div>'
            f'<h1 class="story__head">{e(a.title)}</h1>{_facts(a)}{figure}{_text(a, base)}'
            f"{labels}</div>{_fresh(a)}")
    return 200, site.HTML, _page(f"{a.title} | Центр информации", main, a.lang)


def not_found() -> bytes:
    return _page("Страница не найдена", "<h1>404</h1><p>Страница не найдена.</p>")


# --------------------------------------------------------------------------- the date archive


def _grid(year: int, month: int) -> str:
    """A month grid: days with news are links, other days plain numbers; ‹ › months."""
    news = {a.day for a in site.build()}
    rows = []
    for week in calendar.Calendar().monthdayscalendar(year, month):
        cells = []
        for d in week:
            if not d:
                cells.append("<td></td>")
            elif date(year, month, d) in news:
                cells.append(f'<td><a href="/novosti/{year}/{month:02d}/{d:02d}/">{d}</a></td>')
            else:
                cells.append(f"<td><span>{d}</span></td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    nav = f'<a class="cal-prev" href="/novosti/{prev_y}/{prev_m:02d}/">‹</a>'
    nav += f" {RU_MONTHS_NOMINATIVE[month - 1].capitalize()} {year} "
    if date(next_y, next_m, 1) <= site.today():
        nav += f'<a class="cal-next" href="/novosti/{next_y}/{next_m:02d}/">›</a>'
    head = "".join(f"<th>{d}</th>" for d in ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"))
    return (f'<div class="calendar"><div class="cal-nav">{nav}</div><table><tr>{head}</tr>'
            + "".join(rows) + "</table></div>")


def _day_link(day: date, text: str) -> str:
    return f'<a href="/novosti/{day:%Y/%m/%d}/">{text}</a>'


def day_page(day: date, base: str, front: bool = False) -> bytes:
    items = "".join(f'<div class="news_item"><span class="time">'
                    f"{a.clock.strftime('%H:%M') if a.clock else ''}</span> "
                    f'<a href="{a.path}">{e(a.title)}</a></div>' for a in site.on_day(day))
    if not items:
        items = '<p class="empty">За этот день новостей нет.</p>'
    prev, nxt = site.neighbours(day)
    label = f"{day.day} {RU_MONTHS[day.month - 1]} {day.year}"
    pager = _day_link(prev, f"← {prev.day} {RU_MONTHS[prev.month - 1]}")
    if nxt:
        pager += " " + _day_link(nxt, f"{nxt.day} {RU_MONTHS[nxt.month - 1]} →")
    title = "Новости сегодня" if front else f"Новости за {label}"
    main = (f"<h1>{title}</h1><p class=\"day\">{label}</p><div class=\"day-news\">{items}</div>"
            f'<div class="day-pager">{pager}</div>{_grid(day.year, day.month)}')
    return _page(f"{title} | Центр информации", main)


def month_page(year: int, month: int, base: str) -> bytes:
    title = f"Архив: {RU_MONTHS_NOMINATIVE[month - 1]} {year}"
    return _page(title, f"<h1>{title}</h1><p>Выберите день в календаре.</p>{_grid(year, month)}")


# --------------------------------------------------------------------------- the other listings


def _numeric(a: CopyArticle) -> str:
    return f"{a.day:%d.%m.%Y}" + (f" {a.clock:%H:%M}" if a.clock else "")


def lenta(n: int, base: str) -> bytes:
    """Rows linked by ``onclick`` (odd) or ``data-href`` (even), a ``<select>`` pager + form."""
    rows = []
    for k, a in enumerate(site.page_items(n)):
        cells = f'<span class="d">{_numeric(a)}</span> <span class="t">{e(a.title)}</span>'
        if k % 2 == 0:
            rows.append(f"<tr class=\"row\" onclick=\"location.href='{a.path}'\">"
                        f"<td>{_numeric(a)}</td><td>{e(a.title)}</td></tr>")
        else:
            rows.append(f'<tr><td colspan="2"><div class="card" data-href="{a.path}">{cells}'
                        "</div></td></tr>")
    options = "".join(f'<option value="/lenta?page={k}"{" selected" if k == n else ""}>{k}'
                      "</option>" for k in range(1, site.page_count() + 1))
    pager = (f'<div class="pager">Страница <select onchange="location.href=this.value">{options}'
             '</select><form action="/lenta" method="get"><input type="number" name="page" '
             f'min="1" max="{site.page_count()}"><button type="submit">Перейти</button></form>'
             "</div>")
    main = (f'<h1>Лента новостей</h1><table class="lenta">{"".join(rows)}</table>{pager}'
            '<script>document.querySelectorAll("[data-href]").forEach(function (el) {'
            'el.addEventListener("click", function () { location.href = el.dataset.href; });'
            "});</script>")
    return _page("Лента новостей | Центр информации", main)


def arhiv(n: int, base: str) -> bytes:
    """Oldest first: page 1 holds the oldest news; "Новые →" leads to page n+1."""
    items = "".join(f'<article class="arh"><h3><a href="{a.path}">{e(a.title)}</a></h3>'
                    f'<p class="date">{_numeric(a)}</p></article>'
                    for a in site.oldest_first_items(n))
    pager = ""
    if n > 1:
        pager += f'<a class="older" href="/arhiv?p={n - 1}">← Старые</a> '
    if n < site.page_count():
        pager += f'<a class="newer" href="/arhiv?p={n + 1}">Новые →</a>'
    main = f'<h1>Архив новостей</h1>{items}<div class="arh-pager">{pager}</div>'
    return _page(f"Архив, страница {n} | Центр информации", main)


def vse(base: str) -> bytes:
    """The API's first page in HTML; a button's script asks the API for the next pages."""
    items = "".join(f'<li><a href="{a.path}">{e(a.title)}</a> <i>{_numeric(a)}</i></li>'
                    for a in site.page_items(1))
    head = '<link rel="alternate" type="application/json" href="/api/news?page=1">'
    script = (
        "<script>var next = '/api/news?page=2';"
        "document.getElementById('more').onclick = function () {"
        "fetch(next).then(function (r) { return r.json(); }).then(function (d) {"
        "d.items.forEach(function (it) { var li = document.createElement('li');"
        "li.innerHTML = '<a href=\"' + it.url + '\">' + it.title + '</a>';"
        "document.getElementById('all').appendChild(li); });"
        "next = d.next; if (!next) { this.remove(); } }); };</script>")
    main = (f'<h1>Все новости</h1><ul id="all">{items}</ul>'
            f'<button id="more" type="button">Показать ещё</button>{script}')
    return _page("Все новости | Центр информации", main, head=head)
