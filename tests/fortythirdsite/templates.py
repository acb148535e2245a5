"""The forty-third copy's markup: a modern card theme of the outlet that SITE.md guessed wrong.

One page frame for every language (``<html lang="ru">``, a Russian menu and footer); the parts
SITE.md guessed are printed the way each article's ``forms`` say.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from tests.copykit.catalogue import AGENCY, MONTHS
from tests.copykit.text import ru_slug

if TYPE_CHECKING:
    from tests.fortythirdsite.site import Article

ROBOTS = "User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\nDisallow: /personal/\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"

WEEKDAYS = {
    "ru": ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "kk": ["Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі"],
}
VIEWS = {"ru": "Просмотров:", "en": "Views:", "kk": "Қаралды:"}
TAGS = {"ru": "Теги:", "en": "Tags:", "kk": "Тегтер:"}
SOURCE = {"ru": "Источник:", "en": "Source:", "kk": "Дереккөз:"}
PHOTO = {"ru": "Фото:", "en": "Photo:", "kk": "Сурет:"}
READ_ALSO = {"ru": "Читайте также", "en": "Read also", "kk": "Тағы оқыңыз"}
SHARE = {"ru": "Поделиться", "en": "Share", "kk": "Бөлісу"}
LATEST = "Последние новости"
SOURCE_SITES = {
    "КазТАГ": "https://kaztag.kz/ru/", "Kazinform": "https://www.inform.kz/ru/",
    "Tengrinews.kz": "https://tengrinews.kz/",
    "пресс-служба акимата Алматы": "https://www.gov.kz/memleket/entities/almaty",
    "The Astana Times": "https://astanatimes.com/", "EU Reporter": "https://www.eureporter.co/",
    "Akorda": "https://www.akorda.kz/en/", "KazTAG": "https://kaztag.kz/en/",
}
MENU = ["Социум", "Общество", "Экономика", "Политика", "Происшествия", "Культура", "Спорт",
        "В мире"]
RATES = ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT")
BODY_LINK = {  # a sentence of the text whose one word links an earlier story
    "ru": ("Напомним, ранее сообщалось о похожих мерах в других регионах.", "сообщалось"),
    "en": ("Similar measures were reported earlier in other regions.", "reported"),
    "kk": ("Бұған дейін осындай шаралар туралы хабарланған болатын.", "хабарланған"),
}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def slug(word: str) -> str:
    return ru_slug(word) or "-".join(word.lower().split())


def shown_date(a: Article, form: str) -> str:
    """The info line's date: ``20 Апреля 2023``, ``20.04.2023``, ``2023-04-20``,
    ``Четверг, 20 апреля 2023, 15:40``, ``20 апреля 2023, 15:40`` (English: month first)."""
    d, lang = a.day, a.lang
    month = MONTHS[lang][d.month - 1]
    clock = a.clock.strftime("%H:%M") if a.clock else ""
    long = f"{month} {d.day}, {d.year}" if lang == "en" else f"{d.day} {month} {d.year}"
    if form == "genitive":
        return long if lang == "en" else f"{d.day} {month.capitalize()} {d.year}"
    if form == "dotted":
        return f"{d:%d.%m.%Y}"
    if form == "iso":
        return d.isoformat()
    if form == "weekday_time":
        return f"{WEEKDAYS[lang][d.weekday()]}, {long}, {clock}"
    if form == "time":
        return f"{d.day} {month} {d.year}, {clock}"
    raise ValueError(form)


def _tag_links(a: Article, sep: str = ", ") -> str:
    return sep.join(f'<a href="/tag/{slug(t)}/">{esc(t)}</a>' for t in a.tags)


def _rubric_link(a: Article) -> str:
    return f'<a href="/rubric/{slug(a.category or "")}/">{esc(a.category or "")}</a>'


def info(a: Article) -> tuple[str, str, str]:
    """(the info line under the headline, the tag block after the text, a <head> tag)."""
    form = a.forms["info"]
    if form == "time_only":
        return (f'<time class="news-detail__pubdate" datetime="{a.local.isoformat()}">'
                "</time>", "", "")
    if form == "meta_only":
        return "", "", (f'<meta property="article:published_time" '
                        f'content="{a.local.isoformat()}">')
    shown = shown_date(a, a.forms["date"])
    rubric, views = esc(a.category or ""), str(a.views)
    tags = esc(", ".join(a.tags))
    if form == "sitemd":
        line = " ".join(p for p in (shown, views, rubric, tags) if p)
        return f'<div class="news-detail__info">{line}</div>', "", ""
    if form == "rubric_views":
        line = " ".join(p for p in (shown, rubric, views, tags) if p)
        return f'<div class="news-detail__info">{line}</div>', "", ""
    if form == "tags_first":
        return ('<div class="news-meta">'
                f'<span class="news-meta__tags">{_tag_links(a)}</span> '
                f'<span class="news-meta__rubric">{_rubric_link(a)}</span> '
                f'<span class="news-meta__date">{shown}</span> '
                f'<span class="news-meta__views">{views}</span></div>'), "", ""
    if form == "spans":
        block = (f'<div class="article-tags">{TAGS[a.lang]} {_tag_links(a, " ")}</div>'
                 if a.tags else "")
        return ('<div class="article-meta">'
                f'<span class="article-meta__date">{shown}</span>'
                f'<span class="article-meta__rubric">{rubric}</span>'
                f'<span class="article-meta__views">{VIEWS[a.lang]} {views}</span>'
                '</div>'), block, ""
    if form == "list":
        tag_item = f'<li class="news-info__tags">{_tag_links(a)}</li>' if a.tags else ""
        return ('<ul class="news-info">'
                f'<li class="news-info__date">{shown}</li>'
                f'<li class="news-info__rubric">{_rubric_link(a)}</li>'
                '<li class="news-info__views"><i class="icon icon-eye" aria-hidden="true"></i> '
                f'{views}</li>{tag_item}</ul>'), "", ""
    raise ValueError(form)


def dateline(a: Article) -> str:
    """``Алматы. 16 апреля. Центр информации - `` and its variants (empty without a place)."""
    form = a.forms["dateline"]
    if not a.place or form == "none":
        return ""
    month = MONTHS[a.lang][a.day.month - 1]
    day = f"{month} {a.day.day}" if a.lang == "en" else f"{a.day.day} {month}"
    if form == "year":
        day += f", {a.day.year}" if a.lang == "en" else f" {a.day.year}"
    agency = AGENCY[a.lang].upper() if form == "caps" else AGENCY[a.lang]
    dash = {"emdash": "—", "endash": "–"}.get(form, "-")
    return f"{a.place}. {day}. {agency} {dash} "


def widget(a: Article) -> str:
    values = [f"{v}" for v in a.rates] if a.rates else ["0.0"] * 4
    items = "".join(f'<li class="currency__item">{name} <span class="currency__value">{v}'
                    "</span></li>" for name, v in zip(RATES, values, strict=True))
    return f'<div class="currency"><ul class="currency__list">{items}</ul></div>'


def header(a: Article | None) -> str:
    menu = "".join(f'<li><a href="/rubric/{slug(r)}/">{r}</a></li>' for r in MENU)
    return (f'<header class="site-header">{widget(a) if a else ""}'
            '<a class="logo" href="/"><img src="/local/templates/ic24/img/logo.svg" '
            'alt="Центр информации"></a>'
            f'<nav class="main-menu"><ul><li><a href="{"/novosti"}">Новости</a></li>{menu}'
            '</ul></nav></header>')


FOOTER = ('<footer class="site-footer"><p>© 2019–2026 Центр информации. Все права защищены.</p>'
          '<p>При использовании материалов ссылка на ic24.kz обязательна.</p></footer>')


def _text(a: Article, body_link: Article | None) -> str:
    raw = list(a.raw_paragraphs or a.paragraphs)
    paras = [esc(p) for p in raw]
    line = esc(dateline(a))
    if a.forms["dateline"] == "second":
        paras[0] = f'<p class="lead"><strong>{paras[0]}</strong></p>'
        paras[1] = f"<p>{line}{paras[1]}</p>"
        rest = range(2, len(paras))
    else:
        paras[0] = f"<p>{line}{paras[0]}</p>"
        rest = range(1, len(paras))
    for i in rest:
        paras[i] = f"<p>{paras[i]}</p>"
    if body_link is not None:
        sentence, word = BODY_LINK[a.lang]
        assert raw[-1] == sentence
        paras[-1] = paras[-1].replace(word, f'<a href="{body_link.path}">{word}</a>', 1)
    paras.append("<p>&nbsp;</p>")
    if a.source and a.source_line:
        name = esc(a.source)
        if a.forms["source"] == "link":
            name = (f'<a href="{SOURCE_SITES.get(a.source, "https://kaztag.kz/")}" '
                    f'target="_blank" rel="nofollow">{name}</a>')
        paras.append(f"<p>{SOURCE[a.lang]} {name}</p>")
    return "\n".join(paras)


def _photo(a: Article, base: str) -> str:
    form = a.forms["photo"]
    if not a.images:
        return ""
    img = f'<img src="{a.image_paths()[0]}" alt="{html.escape(a.title)}">'
    if form == "div":
        return (f'<figure class="news-detail__img">{img}</figure>'
                f'<div class="news-detail__photo">{PHOTO[a.lang]}{esc(a.photo_credit or "")}</div>')
    if form == "caption":
        return (f'<figure class="news-detail__img">{img}'
                f"<figcaption>{PHOTO[a.lang]} {esc(a.photo_credit or '')}</figcaption></figure>")
    return f'<figure class="news-detail__img">{img}</figure>'


def _related(a: Article, read_also: Sequence[Article], latest: Sequence[Article]) -> str:
    out = ""
    if read_also:
        items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in read_also)
        out += (f'<section class="read-also"><h3 class="read-also__title">{READ_ALSO[a.lang]}'
                f'</h3><ul class="read-also__list">{items}</ul></section>')
    if latest:
        items = "".join(f'<div class="latest__item"><span class="lang-badge">{b.lang}</span> '
                        f'<a href="{b.path}">{esc(truncate(b.title))}</a></div>' for b in latest)
        out += (f'<aside class="latest"><div class="latest__title">{LATEST}</div>{items}'
                "</aside>")
    return out


def truncate(title: str, limit: int = 60) -> str:
    """The sidebar's headline: cut at the last space before ``limit`` characters."""
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0]


def article(a: Article, base: str, body_link: Article | None, read_also: Sequence[Article],
            latest: Sequence[Article]) -> str:
    line, tag_block, head_meta = info(a)
    url = base + a.path
    share = quote(url, safe="")
    og_image = (f'<meta property="og:image" content="{base}{a.image_paths()[0]}">'
                if a.images else "")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | Центр информации</title>
<meta name="keywords" content="новости Казахстана, Алматы, Центр информации">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(a.title)}">
<meta property="og:url" content="{url}">
{og_image}
{head_meta}
<link rel="canonical" href="{url}">
</head>
<body>
{header(a)}
<main class="page">
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/novosti">Новости</a></div>
<article class="news-detail">
<h1 class="news-detail__title">{esc(a.title)}</h1>
{line}
{_photo(a, base)}
<div class="news-detail__text">
{_text(a, body_link)}
</div>
{tag_block}
<div class="share">{SHARE[a.lang]}:
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" rel="nofollow">Facebook</a>
<a href="https://t.me/share/url?url={share}" rel="nofollow">Telegram</a>
<a href="https://api.whatsapp.com/send?text={share}" rel="nofollow">WhatsApp</a></div>
</article>
{_related(a, read_also, latest)}
</main>
{FOOTER}
</body>
</html>
"""


def _page_link(n: int) -> str:
    return "/novosti" if n == 1 else f"/novosti/page/{n}/"


def listing(n: int, items: Sequence[Article], count: int) -> str:
    cards = []
    for a in items:
        image = (f'<a class="news-card__image" href="{a.path}"><img src="{a.image_paths()[0]}" '
                 'alt=""></a>' if a.images else "")
        cards.append(
            f'<article class="news-card">{image}<div class="news-card__body">'
            f'<h3 class="news-card__title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<time class="news-card__date" datetime="{a.day.isoformat()}">'
            f"{a.day:%d.%m.%Y}</time></div></article>")
    pages = "".join(f'<span class="pagination__current">{k}</span>' if k == n else
                    f'<a class="pagination__link" href="{_page_link(k)}">{k}</a>'
                    for k in range(1, count + 1))
    if n < count:
        pages += f'<a class="pagination__next" href="{_page_link(n + 1)}">Далее →</a>'
    title = "Новости" if n == 1 else f"Новости — страница {n}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>{title} | Центр информации</title></head>
<body>
{header(None)}
<main class="page">
<h1 class="page-title">Новости</h1>
<div class="news-feed">
{chr(10).join(cards)}
</div>
<nav class="pagination">{pages}</nav>
</main>
{FOOTER}
</body>
</html>
"""


def not_found() -> str:
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
            "<title>404 — страница не найдена</title></head><body>"
            f"{header(None)}<main><h1>Страница не найдена</h1>"
            '<p><a href="/novosti">Вернуться к новостям</a></p></main></body></html>')
