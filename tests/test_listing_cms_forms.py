"""Listing pages as popular CMS templates print them, at ic24.kz's addresses: every entry once,
in page order, with its headline and the date it is listed under; furniture undated."""

from __future__ import annotations

from datetime import date

from kznews.sites.centerinform.listing import parse_listing

BASE = "https://ic24.kz/novosti"
DAYS = [date(2021, 4, 16 - k // 2) for k in range(12)]
MONTHS_RU = ["", "января", "февраля", "марта", "апреля"]


def _page(body: str, lang: str = "ru") -> str:
    """A listing page with the outlet's furniture: menu, pinned story, banner, a "most read"
    box of other stories (view counts, no dates) and a footer linking two articles."""
    popular = "".join(f'<li><a href="/news/populyarnoe-{k}-u4300{k}">Популярное {k}</a> '
                      f'<span class="views">{683 + k}</span></li>' for k in range(5))
    return f"""<html lang="{lang}"><body><header><nav><a href="/">Главная</a>
      <a href="/novosti">Новости</a> <a href="/novosti/politika">Политика</a></nav>
      <div class="pinned"><a href="/news/obrashchenie-u44001">Обращение к народу</a></div>
      <a href="https://ads.example.com/click?id=5"><img src="/b.gif"></a></header>
      <main>{body}</main>
      <aside><h3>Самое читаемое</h3><ul>{popular}</ul></aside>
      <footer><a href="/news/o-proekte-u100">О проекте</a>
      <a href="/news/reklama-u101">Реклама</a> © 2021</footer></body></html>"""


def _check(html: str, days: list[date], url: str = BASE) -> list[tuple[str, int]]:
    entries, pages = parse_listing(html, url)
    listed = [(e.id, e.title, e.listing_date) for e in entries if e.shows_date]
    assert listed == [(f"u{45400 + k}", f"Заголовок новости {k}", d) for k, d in enumerate(days)]
    assert all(e.listing_date is None for e in entries if not e.shows_date)
    return pages


def test_wordpress_published_and_updated_times_side_by_side() -> None:
    # _s-based themes print both <time>s with nothing between them: "…2021</time><time>…"
    posts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/news/s-u{45400 + k}" '
        f'rel="bookmark">Заголовок новости {k}</a></h2><div class="entry-meta">'
        f'<span class="posted-on">Опубликовано <a href="/news/s-u{45400 + k}">'
        f'<time class="entry-date published" datetime="{d}T10:00:00+06:00">{d.day} '
        f'{MONTHS_RU[d.month]} {d.year}</time><time class="updated" datetime="2021-05-01">'
        f'1 мая 2021</time></a></span></div></article>' for k, d in enumerate(DAYS))
    nav = ('<nav class="navigation posts-navigation"><div class="nav-links"><div '
           'class="nav-previous"><a href="/novosti/page/2/">Older posts</a></div></div></nav>')
    assert _check(_page(posts + nav), DAYS) == [("https://ic24.kz/novosti/page/2/", 2)]


def test_a_card_date_beside_its_view_count() -> None:
    cards = "".join(
        f'<div class="card"><div class="card__body"><a href="/news/s-u{45400 + k}">'
        f'Заголовок новости {k}</a><div class="card__meta"><span class="card__date">'
        f'{d:%d.%m.%Y}</span><span class="card__views">683</span></div></div></div>'
        for k, d in enumerate(DAYS))
    assert _check(_page(cards), DAYS) == []


def test_an_image_first_card_takes_its_headline_link_as_title() -> None:
    # Bitrix news.list: the preview picture's link comes first; a grid card: a badge on it
    cards = "".join(
        f'<div class="card"><a href="/news/s-u{45400 + k}" class="card__image"><img src="/x.jpg"'
        f' alt="">{"<span>Видео</span>" if k % 2 else ""}</a><div class="card__body"><a '
        f'href="/novosti/socium">Социум</a><a href="/news/s-u{45400 + k}" class="card__title">'
        f'Заголовок новости {k}</a> <span class="date">{d:%d.%m.%Y}</span></div></div>'
        for k, d in enumerate(DAYS))
    more = '<a href="/news/s-u45400">Подробнее</a>'  # a later link that is no headline
    assert _check(_page(cards + more), DAYS) == []


def test_a_date_kept_in_an_attribute_behind_relative_or_no_text() -> None:
    forms = [
        lambda d: f'<time datetime="{d}T10:00:00+06:00">2 дня назад</time>',
        lambda d: f'<span class="ago" title="{d:%d.%m.%Y} 10:00">3 дня назад</span>',
        lambda d: f'<i class="icon-clock" title="{d.day} {MONTHS_RU[d.month]} {d.year}"></i>',
        lambda d: f'<span class="date" data-date="{d}">10:00</span>',
        lambda d: f'<time datetime="{d}T21:00:00Z">вчера</time>',  # Almaty's next day
    ]
    for k, form in enumerate(forms):
        days = [d if k < 4 else date.fromordinal(d.toordinal() + 1) for d in DAYS]
        rows = "".join(f'<div class="news"><a href="/news/s-u{45400 + n}">Заголовок новости {n}'
                       f'</a> {form(d)}</div>' for n, d in enumerate(DAYS))
        assert _check(_page(rows), days) == [], k


def test_a_headline_tooltip_or_a_later_change_dates_nothing() -> None:
    rows = "".join(
        f'<div class="news"><a href="/news/s-u{45400 + n}" title="Итоги 16.04.2020">'
        f'Заголовок новости {n}</a> <time class="updated" datetime="2021-05-01">15:40</time>'
        f'</div>' for n in range(3))
    entries, _ = parse_listing(_page(rows), BASE)
    assert [(e.id, e.listing_date, e.shows_date) for e in entries][1:4] == [
        ("u45400", None, True), ("u45401", None, True), ("u45402", None, True)]


def _timed(rows: list[tuple[str, str]]) -> str:
    """Entries showing a time alone, each under the heading before it (``("h", text)``)."""
    out, n = [], 0
    for kind, text in rows:
        if kind == "h":
            out.append(f'<h3 class="day__title">{text}</h3>')
        else:
            out.append(f'<div class="day__item"><span class="time">{text}</span> '
                       f'<a href="/news/s-u{45400 + n}">Заголовок новости {n}</a></div>')
            n += 1
    return "".join(out)


def test_time_only_entries_take_the_day_of_their_heading() -> None:
    groups = [("h", "16 апреля 2021"), ("t", "18:30"), ("t", "09:45"),
              ("h", "Четверг, 15.04.2021"), ("t", "20:00"), ("t", "11:15"), ("t", "08:00")]
    days = [date(2021, 4, 16)] * 2 + [date(2021, 4, 15)] * 3
    assert _check(_page(f'<div class="feed">{_timed(groups)}</div>'), days) == []
    # a day page's own heading dates its times
    day_page = _page('<h1>Новости за 14 апреля 2021</h1><ul>' + "".join(
        f'<li>1{n}:00 <a href="/news/s-u{45400 + n}">Заголовок новости {n}</a></li>'
        for n in range(3)) + '</ul>')
    assert _check(day_page, [date(2021, 4, 14)] * 3) == []


def test_no_heading_dates_what_it_does_not_head() -> None:
    times = [("t", f"1{n}:00") for n in range(4)]
    # the site's header date above its menu; a year-less heading; dates under their days
    for html in (_page(f'<div class="feed">{_timed(times)}</div>').replace(
                     "<body>", '<body><div class="topbar">Пятница, 16 апреля 2021</div>'),
                 _page(_timed([("h", "16 апреля"), *times])),
                 _page(_timed([*times[:2], ("h", "16.04.2021"), *times[2:]]))):
        assert _check(html, [None] * 4) == []  # type: ignore[list-item]
    # an entry dated by itself keeps its date; "Вчера, 15:40" under a heading stays undated
    mixed = _page(_timed([("h", "16.04.2021"), ("t", "15.04.2021 10:00"), ("t", "Вчера, 15:40")]))
    assert _check(mixed, [date(2021, 4, 15), None]) == []  # type: ignore[list-item]


def test_a_date_named_in_a_teaser_is_no_listing_date() -> None:
    # DataLife Engine: headline, teaser, then the date line ("Сегодня, 10:00" or a full date)
    stories = "".join(
        f'<div class="shortstory"><h2><a href="/news/s-u{45400 + n}">Заголовок новости {n}</a>'
        f'</h2><div class="text">Указ от 5 января 2021 года вступил в силу, сообщает КазТАГ.'
        f'</div><div class="info">{"Сегодня, 10:00" if n < 2 else "14-04-2021, 10:00"}</div>'
        f'</div>' for n in range(4))
    assert _check(_page(stories), [None, None, date(2021, 4, 14), date(2021, 4, 14)]) == []  # type: ignore[list-item]
    # a date line in one text node with the headline stays the entry's
    lines = "".join(f'<p><a href="/news/s-u{45400 + n}">Заголовок новости {n}</a> Автор: Иван '
                    f'Петров, 1{n} апреля 2021 в 10:00, Политика</p>' for n in range(3))
    assert _check(_page(lines), [date(2021, 4, 10 + n) for n in range(3)]) == []
