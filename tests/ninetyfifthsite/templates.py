"""The markup of the ninety-fifth copy: a daily newspaper's site on a custom PHP CMS.

Every page carries the paper's chrome: the currency widget (0.0 until JavaScript fills it), the
masthead with the latest issue ("Свежий номер: № 141 (30 705) от 15.07.2026"), the sections of
the paper as navigation, a "Свежий номер" box with the issue's cover and PDF, "Самое
читаемое" with view counts, the ``ru``-badged latest-news block, a subscription banner and a
footer with the paper's registration and contacts, Yandex.Metrika and LiveInternet counters.
"""

from __future__ import annotations

import html
from datetime import date

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word
from tests.ninetyfifthsite import site

HTML = "text/html; charset=UTF-8"
PAPER = "Центр информации"
NAV = (("Главная", "/"), ("Новости", "/novosti"), ("Экономика", "/rubric/ekonomika/"),
       ("Регион", "/rubric/region/"), ("Общество", "/rubric/obshchestvo/"),
       ("Архив номеров", "/archive/"), ("Подписка", "/podpiska/"))
KICKERS = {"ru": ("АКТУАЛЬНО", "ИНТЕРВЬЮ"), "en": ("TOPICAL", "INTERVIEW"),
           "kk": ("ӨЗЕКТІ", "СҰХБАТ")}
PHOTO_AUTHOR = {"ru": "Фото автора", "en": "Photo by the author", "kk": "Фото автора"}
SUBSCRIBE = ("<b>Подпишитесь на газету «Центр информации»!</b> Подписной индекс 65125. "
             "Подписка принимается во всех отделениях АО «Казпочта» и на сайте "
             '<a href="https://podpiska.kazpost.kz/">podpiska.kazpost.kz</a>.')
e = html.escape


def thousands(n: int) -> str:
    """29876 as the paper prints it: '29 876' (a no-break space between the thousands)."""
    return f"{n:,}".replace(",", "\u00a0")


def caps_day(day: date) -> str:
    """'20 Апреля 2023': the info line's and the listing's date."""
    return f"{day.day} {RU_MONTHS[day.month - 1].capitalize()} {day.year}"


def info_date(a: site.Article) -> str:
    """The info line's date ('20 Апреля 2023', English pages '2 August 2021') with the time of
    day after a comma when the page prints it."""
    day = (f"{a.day.day} {EN_MONTHS[a.day.month - 1]} {a.day.year}" if a.lang == "en"
           else caps_day(a.day))
    if a.clock and a.look != "listing_time":
        day += f", {a.clock:%H:%M}"
    return day


def listing_date(a: site.Article) -> str:
    """The listing's date: '20 Апреля 2023, 11:20' (the day alone without a time of day)."""
    return caps_day(a.day) + (f", {a.clock:%H:%M}" if a.clock else "")


def issue_line(a: site.Article) -> str:
    """'№ 72 (29 876) от 20.04.2023'."""
    return f"№ {a.issue_no} ({thousands(a.issue_total)}) от {a.paper_day:%d.%m.%Y}"


def latest_issue() -> site.Article:
    return max((a for a in site.build() if a.issue), key=lambda a: a.paper_day)


def _head(title: str, lang: str, base: str, path: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(title)} | {PAPER}</title>
<link rel="canonical" href="{base}{path}">
<link href="/templates/gazeta/css/style.css?v=2.14" rel="stylesheet">
<link rel="shortcut icon" href="/favicon.ico">
<script src="/templates/gazeta/js/jquery-1.12.4.min.js"></script>
{extra}
</head>"""


def _top(base: str) -> str:
    latest = latest_issue()
    nav = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in NAV)
    return f"""
<body>
<div class="top-line"><div class="wrap">
<div class="kurs" id="kurs">
<span>• USD/KZT <b class="rate" data-cur="USD">0.0</b></span>
<span>• EUR/KZT <b class="rate" data-cur="EUR">0.0</b></span>
<span>• RUB/KZT <b class="rate" data-cur="RUB">0.0</b></span>
<span>• CNY/KZT <b class="rate" data-cur="CNY">0.0</b></span>
</div>
<div class="top-links"><a href="/podpiska/">Подписка</a> <a href="/reklama/">Реклама</a>
<a href="/kontakty/">Контакты</a></div>
</div></div>
<div class="header"><div class="wrap">
<a class="logo" href="{base}/"><img src="/templates/gazeta/img/logo.png" alt="{PAPER}"></a>
<div class="slogan">Общественно-политическая газета. Выходит с 1995 года</div>
<div class="fresh-issue">Свежий номер: <a href="{latest.issue_path}">{issue_line(latest)}</a></div>
<form class="search" action="/search/" method="get"><input type="text" name="q"
 placeholder="Поиск по сайту"><input type="submit" value="Найти"></form>
</div></div>
<div class="menu"><div class="wrap"><ul>{nav}</ul></div></div>
<div class="wrap main">"""


def _sidebar(current: int | None) -> str:
    latest = latest_issue()
    others = [a for a in site.build() if a.num != current]
    most = sorted((a for a in others if a.views), key=lambda a: -(a.views or 0))[:5]
    most_html = "".join(f'<li><a href="{a.path}">{e(a.title)}</a> <span class="cnt">'
                        f"{a.views}</span></li>" for a in most)
    return f"""
<div class="right-col">
<div class="box fresh"><div class="box-title">Свежий номер</div>
<a href="{latest.issue_path}"><img src="/upload/covers/{latest.paper_day:%Y%m%d}.jpg"
 alt="Обложка номера"></a>
<p><a href="{latest.issue_path}">{issue_line(latest)}</a></p>
<p><a class="pdf" href="{latest.pdf_path}" target="_blank">Читать номер в PDF</a></p></div>
<div class="box banner"><a href="https://ads.example.kz/go?b=7" rel="nofollow">
<img src="/upload/rk/240x400.gif" alt="Реклама"></a></div>
<div class="box popular"><div class="box-title">Самое читаемое</div><ul>{most_html}</ul></div>
</div>"""


def _latest(current: int | None) -> str:
    others = [a for a in site.build() if a.num != current][:12]
    items = "".join(f'<li><span class="lng">{a.lang}</span> <a href="{a.path}">'
                    f"{e(cut_at_word(a.title, 70))}</a></li>" for a in others)
    return (f'<div class="last-news"><div class="block-title">Последние новости</div>'
            f"<ul>{items}</ul></div>")


def _footer() -> str:
    return f"""
</div>
<div class="subscribe-line"><div class="wrap">Газета «{PAPER}» — подписной индекс 65125.
 <a href="/podpiska/">Оформить подписку</a></div></div>
<div class="footer"><div class="wrap">
<p>© 1995–2026 Газета «{PAPER}». Все права защищены. При использовании материалов ссылка на
 ic24.kz обязательна.</p>
<p>Свидетельство о постановке на учёт периодического печатного издания № 1234-Г выдано
 Министерством информации и общественного развития РК.</p>
<p>Адрес редакции: 050000, г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 271-65-00,
 e-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>
<p>Мнение авторов может не совпадать с позицией редакции.</p>
</div></div>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
ym(51234567, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/51234567" style="position:absolute;
 left:-9999px;" alt=""></div></noscript>
<a href="//www.liveinternet.ru/click" target="_blank"><img src="//counter.yadro.ru/hit?t14.6"
 alt="" title="LiveInternet" width="88" height="31"></a>
</body>
</html>"""


def _issue(a: site.Article) -> str:
    """The story's place in the paper above the headline (or the online-only mark)."""
    if not a.issue:
        return '<div class="issue-line web-only"><span>Только на сайте</span></div>'
    if a.look == "issue_dl":
        return f"""<ul class="issue-props">
<li>Номер: <a href="{a.issue_path}">{a.issue_no} ({thousands(a.issue_total)})</a></li>
<li>Дата выхода: {a.paper_day:%d.%m.%Y}</li>
<li>Полоса {a.strip}</li>
<li><a href="{a.pdf_path}" class="pdf-link" target="_blank">Скачать номер (PDF)</a></li>
</ul>"""
    strip = ("" if a.look == "rubric_page" else
             f' <span class="sep">|</span> <span class="strip">Полоса {a.strip}</span>')
    return (f'<div class="issue-line"><a href="{a.issue_path}">{issue_line(a)}</a>{strip}'
            f' <span class="sep">|</span> <a class="pdf-link" href="{a.pdf_path}" '
            f'target="_blank">PDF-версия номера</a></div>')


def _infoline(a: site.Article) -> str:
    parts = [f'<span class="news-date">{info_date(a)}</span>']
    if a.views is not None:
        parts.append(f'<span class="news-views" title="Просмотров">{a.views}</span>')
    if a.category and a.look != "rubric_page":
        parts.append(f'<span class="news-rubric"><a href="/rubric/{a.num % 7}/">'
                     f"{e(a.category)}</a></span>")
    if a.tags:
        links = ", ".join(f'<a href="/tags/{e(t)}/">{e(t)}</a>' for t in a.tags)
        parts.append(f'<span class="news-tags">{links}</span>')
    return '<div class="news-info">' + " ".join(parts) + "</div>"


def _photo(a: site.Article) -> str:
    if not a.images:
        return ""
    credit = ""
    if a.photo_credit and a.look not in ("photo_author", "photo_archive"):
        credit = f'<div class="photo-credit">Фото:{e(a.photo_credit)}</div>'
    return (f'<div class="news-photo"><img src="{a.image_paths()[0]}" alt="{e(a.title)}" '
            f'width="720" height="480">{credit}</div>')


def _signature(a: site.Article) -> str:
    if a.signer is None:
        return ""
    signed, _, city = a.signer
    where = city if a.look in ("sig_city", "photo_author") else (
        f"«{AGENCY[a.lang]}»" if a.lang != "en" else AGENCY["en"])
    if a.look == "photo_archive":
        where = ""
    line = f"<strong>{e(signed)}</strong>" + (f", {e(where)}" if where else "")
    out = f'<p style="text-align: right;">{line}</p>'
    if a.look == "photo_author":
        out += f'<p style="text-align: right;"><em>{PHOTO_AUTHOR[a.lang]}</em></p>'
    if a.look == "photo_archive":
        out += f'<p style="text-align: right;"><em>{site.ARCHIVE_CREDIT[a.lang][0]}</em></p>'
    return out


def _text(a: site.Article) -> str:
    raw = list(a.raw_paragraphs or a.paragraphs)
    questions = set(site.INTERVIEW[a.lang][::2]) if a.look == "interview" else set()
    out = []
    for i, p in enumerate(raw):
        text = e(p)
        if i == 0 and a.place:
            text = e(a.dateline()) + text
        if p in questions:
            text = f"<b>{text}</b>"
        out.append(f"<p>{text}</p>" if p.strip() else "<p>&nbsp;</p>")
        if i == 1 and a.look == "subscribe_box":
            out.append(f'<div class="subscribe-box"><p>{SUBSCRIBE}</p></div>')
    if a.num == 45694:
        out.append("<p>\u00a0</p>")  # the seed's no-break-space line before the source
    out.append(_signature(a))
    if a.source and a.source_line:
        out.append(f"<p>Источник: {e(a.source)}</p>")
    return "\n".join(x for x in out if x)


def _alternates(a: site.Article, base: str) -> str:
    twin = site.by_num().get(site.TWINS.get(a.num, 0))
    if twin is None:
        return ""
    return "\n".join(f'<link rel="alternate" hreflang="{x.lang}" href="{base}{x.path}">'
                     for x in (a, twin))


def article(a: site.Article, base: str) -> Response:
    desc = cut_at_word(a.paragraphs[0], 180)
    og_image = (f'<meta property="og:image" content="{base}{a.image_paths()[0]}">'
                if a.images else "")
    extra = f"""<meta name="description" content="{e(desc)}">
<meta name="keywords" content="{e(', '.join(a.tags))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a.title)}">
<meta property="og:description" content="{e(desc)}">
<meta property="og:url" content="{base}{a.path}">
<meta property="og:site_name" content="{PAPER}">
{og_image}
{_alternates(a, base)}"""
    kicker = ""
    if a.look in ("kicker", "interview"):
        kicker = (f'<div class="news-kicker">{KICKERS[a.lang][a.look == "interview"]}'
                  "</div>")
    rubric_line = ""
    if a.look == "rubric_page" and a.category:
        rubric_line = (f'<div class="news-rubric-line"><a href="/rubric/{a.num % 7}/">'
                       f"{e(a.category)}</a> | Полоса {a.strip}</div>")
    subtitle = ""
    if a.look == "subheadline":
        subtitle = f'<div class="news-subtitle">{e(site.SUBHEADLINES[a.lang])}</div>'
    body = f"""{_head(a.title, a.lang, base, a.path, extra)}{_top(base)}
<div class="left-col">
<div class="breadcrumbs"><a href="/">Главная</a> » <a href="/novosti">Новости</a></div>
<div class="news-detail">
{_issue(a)}
{rubric_line}{kicker}
<h1 class="news-title">{e(a.title)}</h1>
{subtitle}
{_photo(a)}
{_infoline(a)}
<div class="news-text">
{_text(a)}
</div>
<div class="share">Поделиться: <a href="https://www.facebook.com/sharer.php?u={base}{a.path}"
 rel="nofollow">Facebook</a> <a href="https://t.me/share/url?url={base}{a.path}"
 rel="nofollow">Telegram</a> <a href="https://wa.me/?text={base}{a.path}"
 rel="nofollow">WhatsApp</a> <a href="/print/{a.id}/" rel="nofollow">Версия для печати</a></div>
</div>
{_latest(a.num)}
</div>{_sidebar(a.num)}{_footer()}"""
    return 200, {"Content-Type": HTML, "X-Powered-By": "PHP/7.4.33"}, body.encode("utf-8")


def _entry(a: site.Article) -> str:
    issue = (f'<div class="news_issue">№ {a.issue_no} от {a.paper_day:%d.%m.%Y}</div>'
             if a.issue else '<div class="news_issue web">Только на сайте</div>')
    return f"""<div class="news_item">
<div class="news_text"><a href="{a.path}">{e(a.title)}</a><p>{listing_date(a)}</p></div>
{issue}
</div>"""


def listing(page: int, base: str) -> Response:
    count = site.page_count()
    items = "\n".join(_entry(a) for a in site.page_items(page))

    def target(n: int) -> str:
        return site.LISTING if n == 1 else f"{site.LISTING}?page={n}"

    links = []
    if page > 1:
        links.append(f'<a class="prev" href="{target(page - 1)}">«</a>')
    for n in range(1, count + 1):
        links.append(f"<span>{n}</span>" if n == page else f'<a href="{target(n)}">{n}</a>')
    if page < count:
        links.append(f'<a class="next" href="{target(page + 1)}">»</a>')
    body = f"""{_head('Новости', 'ru', base, site.LISTING)}{_top(base)}
<div class="left-col">
<h1 class="page-title">Новости</h1>
<div class="news-list">
{items}
</div>
<div class="pager">{" ".join(links)}</div>
</div>{_sidebar(None)}{_footer()}"""
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def issue(arts: list[site.Article], base: str) -> Response:
    """An issue's page: its stories by the page of the paper they were printed on."""
    first = arts[0]
    strips = "".join(f'<div class="strip"><h3>Полоса {a.strip}</h3><ul><li><a href="{a.path}">'
                     f"{e(a.title)}</a></li></ul></div>" for a in arts)
    days = sorted(site.issues())
    at = days.index(first.issue_path)
    nav = []
    if at > 0:
        nav.append(f'<a href="{days[at - 1]}">← Предыдущий номер</a>')
    if at + 1 < len(days):
        nav.append(f'<a href="{days[at + 1]}">Следующий номер →</a>')
    title = f"Номер {issue_line(first)}"
    body = f"""{_head(title, 'ru', base, first.issue_path)}{_top(base)}
<div class="left-col">
<h1 class="page-title">{title}</h1>
<p><a class="pdf-link" href="{first.pdf_path}" target="_blank">Скачать номер целиком (PDF)</a></p>
<div class="issue-strips">{strips}</div>
<div class="issue-nav">{" ".join(nav)}</div>
</div>{_sidebar(None)}{_footer()}"""
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def archive(base: str) -> Response:
    """The archive of issues, newest first, by year."""
    years: dict[int, list[str]] = {}
    for path, arts in sorted(site.issues().items(), reverse=True):
        years.setdefault(arts[0].paper_day.year, []).append(
            f'<li><a href="{path}">{issue_line(arts[0])}</a></li>')
    blocks = "".join(f"<h2>{year}</h2><ul>{''.join(items)}</ul>" for year, items in
                     years.items())
    body = f"""{_head('Архив номеров', 'ru', base, site.ARCHIVE)}{_top(base)}
<div class="left-col"><h1 class="page-title">Архив номеров</h1>
<div class="archive-years">{blocks}</div></div>{_sidebar(None)}{_footer()}"""
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return f"""{_head('Страница не найдена', 'ru', '', '/')}
<body><div class="wrap"><h1>404 — Страница не найдена</h1>
<p>Запрошенная страница не существует или была удалена. <a href="/">На главную</a></p>
</div></body></html>""".encode()
