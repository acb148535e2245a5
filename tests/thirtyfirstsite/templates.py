"""The thirty-first copy's markup: one plain article template, the listing, the calendar.

Every link the server writes carries a fresh ``sid`` (new on every request). The listing's
article links take one of ``FORMS`` by position; its sidebar links the most viewed articles at
their other addresses; its pager changes from page to page (a visible protocol-relative link, a
``<link rel="next">`` only, a ``../`` link, an ``href`` with newlines and ``;jsessionid``).
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from urllib.parse import quote

from tests.copykit.catalogue import MONTHS
from tests.thirtyfirstsite.site import (
    LIVE_HOSTS,
    Article,
    area_article,
    build,
    listed,
    page_count,
    page_items,
)

RATES = " ".join(f"• {c}/KZT <b>0.0</b>" for c in ("USD", "EUR", "RUB", "CNY"))
ALSO = {"ru": "Читайте также", "en": "Read also", "kk": "Сондай-ақ оқыңыз"}
AGENCY_TITLE = "Центр информации"
FORMS = ("plain", "encoded", "protocol", "relative", "spaced", "amp-amp", "jsession",
         "hashbang", "raw", "absolute", "split", "encoded-dash", "upper", "slash", "dots")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def date_line(art: Article) -> str:
    """'20 Апреля 2023' / 'April 20, 2023' / '20 сәуір 2023', with ', 11:20' when timed."""
    month = MONTHS[art.lang][art.day.month - 1]
    if art.lang == "en":
        text = f"{month} {art.day.day}, {art.day.year}"
    else:
        text = f"{art.day.day} {month.capitalize() if art.lang == 'ru' else month} {art.day.year}"
    return text + (f", {art.clock:%H:%M}" if art.clock else "")


def href(art: Article, form: str, host: str, sid: str, nested: bool) -> str:
    """The article's link as the listing writes it (already HTML-escaped)."""
    path, q = art.path, f"?sid={sid}"
    slug = art.cyrillic_slug
    if form == "encoded" and slug:
        return f"/news/{quote(slug)}-{art.id}{q}"
    if form == "raw" and slug:
        return esc(f"/news/{slug}-{art.id}{q}")
    if form in ("encoded", "raw"):
        return f"{path}{q}#comments"
    return {
        "plain": f"{path}{q}",
        "protocol": f"//{host}{path}{q}",
        "relative": f"../../..{path}{q}" if nested else f".{path}{q}",
        "spaced": f"\n\t  {path}{q}\n  ",
        "amp-amp": f"{path}{q}&amp;amp;from=feed",
        "jsession": f"{path};jsessionid=0A1B2C3D4E{q}",
        "hashbang": f"{path}{q}#!/comments",
        "absolute": f"http://{host}{path}{q}",
        # a newline inside the path: the URL parser drops it (WHATWG URL, "ASCII tab or newline")
        "split": f"{path[:12]}\n{path[12:]}{q}",
        "encoded-dash": f"{path[: -len(art.id) - 1]}%2D{art.id}{q}",
        "upper": f"HTTP://{host.upper()}{path}{q}",
        "slash": f"{path}/{q}",
        "dots": f"/novosti/./../news/{art.slug}-{art.id}{q}",
    }[form]


def thumb(art: Article, form: str, host: str, sid: str, nested: bool) -> str:
    """The item's picture link: the same page written another way where the title link has a
    Cyrillic slug (raw where that one percent-encodes it, lower-case escapes where it is raw),
    else the title link's own address."""
    slug = art.cyrillic_slug
    if form == "encoded" and slug:
        return esc(f"/news/{slug}-{art.id}?sid={sid}")
    if form == "raw" and slug:
        return f"/news/{quote(slug).lower()}-{art.id}?sid={sid}"
    return href(art, form, host, sid, nested)


def _aliases(art: Article, sid: str) -> list[str]:
    """The same article at every other address the copy answers."""
    slug = art.cyrillic_slug or art.slug
    return [f"{LIVE_HOSTS[0]}{art.path}", f"{LIVE_HOSTS[1]}{art.path}?sid={sid}",
            f"/ru/news/{art.id}?sid={sid}", f"/en{art.path}?sid={sid}",
            f"/{art.id}/amp?sid={sid}", f"/index.php?id={art.num}&amp;sid={sid}",
            f"/news/{art.num}/{art.slug}?sid={sid}", esc(f"/news/{slug}-{art.id}?sid={sid}")]


def _frame(lang: str, title: str, head: str, body: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n{head}</head>\n<body>\n"
            f'<div class="ticker">{RATES}</div>\n{body}\n'
            '<footer class="bottom">© Центр информации</footer>\n</body>\n</html>\n'
            ).encode()


def _pager(n: int, host: str, sid: str) -> tuple[str, str]:
    """(head links, visible pager) of listing page ``n``: each page its own way."""
    nxt = f"/novosti/page/{n + 1}/?sid={sid}"
    head = f'<link rel="next" href="{nxt}">\n' if n < page_count() else ""
    if n > 1:
        head += f'<link rel="prev" href="/novosti/page/{n - 1}/?sid={sid}">\n'
    visible = {
        1: f'<a class="more" href="//{host}{nxt}">Следующая страница →</a>',
        2: "",  # only the <link rel="next"> in the head
        3: " ".join(f'<a href="../{k}/?sid={sid}">{k}</a>' for k in range(1, page_count() + 1)
                    if k != 3),
        4: f'<a class="more" href="\n   /novosti/page/5/;jsessionid=9F8E7D6C5B?sid={sid}\n">'
           "Дальше</a>",
    }.get(n, "")
    return head, f'<div class="pages">{visible}</div>'


def _tools(path: str, query: str, sid: str) -> str:
    """Sort and view switches (the same page again), a reload link that grows its query, and
    the calendar (whose "next day" never ends)."""
    grown = esc(f"{path}?{query}&r=1" if query else f"{path}?sid={sid}&r=1")
    return ('<nav class="tools">'
            f'<a href="?sort=date&amp;sid={sid}">По дате</a> '
            f'<a href="?sort=views&amp;sid={sid}">По просмотрам</a> '
            f'<a href="{path}?view=grid&amp;sid={sid}">Плиткой</a> '
            f'<a href="{grown}">Обновить</a> '
            f'<a href="/novosti/date/{date.today():%Y-%m-%d}/?sid={sid}">Календарь</a></nav>')


def _item(art: Article, form: str, host: str, sid: str, nested: bool) -> str:
    picture = thumb(art, form, host, sid, nested)
    return (f'<li class="feed-item"><a class="feed-item__thumb" href="{picture}">'
            f'<img src="/static/thumbs/{art.id}.jpg" alt=""></a><a class="feed-item__title" '
            f'href="{href(art, form, host, sid, nested)}">{esc(art.title)}</a>'
            f'<small class="feed-item__date">{date_line(art)}</small></li>')


def listing(n: int, path: str, query: str, base: str, sid: str) -> bytes:
    host = base.split("://", 1)[1]
    head, pager = _pager(n, host, sid)
    start = listed().index(page_items(n)[0])
    items = "\n".join(_item(a, FORMS[(start + k) % len(FORMS)], host, sid, n > 1)
                      for k, a in enumerate(page_items(n)))
    promo = ""
    if n == 1:
        art = area_article()
        promo = (f'<img src="/static/promo.png" usemap="#promo" alt="">\n<map name="promo">'
                 f'<area shape="rect" coords="0,0,600,300" href="{art.path}?sid={sid}" '
                 f'alt="{esc(art.title)}"></map>')
    top = sorted((a for a in build() if a.views), key=lambda a: -(a.views or 0))[:3]
    side = "\n".join(f'<li><a href="{alias}">{esc(a.title)}</a></li>'
                     for a in top for alias in _aliases(a, sid))
    body = (f"{_tools(path, query, sid)}\n{promo}\n<h1>Новости</h1>\n"
            f'<ul class="feed">\n{items}\n</ul>\n{pager}\n'
            f'<aside class="popular"><h2>Популярное</h2><ul>\n{side}\n</ul></aside>')
    return _frame("ru", f"Новости — страница {n}", head, body)


def calendar(day: date, base: str, sid: str) -> bytes:
    """One day's news (usually none) with links to the day before and the day after."""
    items = "\n".join(_item(a, "plain", "", sid, False) for a in build() if a.day == day)
    prev, nxt = day - timedelta(days=1), day + timedelta(days=1)
    body = (f"<h1>Новости за {day:%d.%m.%Y}</h1>\n<ul class=\"feed\">\n{items}\n</ul>\n"
            f'<a href="/novosti/date/{prev:%Y-%m-%d}/?sid={sid}">← {prev:%d.%m.%Y}</a> '
            f'<a href="/novosti/date/{nxt:%Y-%m-%d}/?sid={sid}">{nxt:%d.%m.%Y} →</a>')
    return _frame("ru", f"Новости за {day:%d.%m.%Y}", "", body)


def _text(art: Article) -> str:
    paras = list(art.raw_paragraphs or art.paragraphs)
    paras[0] = art.dateline() + paras[0]
    out = [f"<p>{esc(p)}</p>" for p in paras]
    if art.source_line and art.source:
        out.append(f"<p>Источник: {esc(art.source)}</p>")
    return "\n".join(out)


def _photos(art: Article) -> str:
    out = []
    for k, src in enumerate(art.image_paths()):
        credit = f"<figcaption>Фото:{esc(art.photo_credit)}</figcaption>" \
            if art.photo_credit and k == 0 else ""
        out.append(f'<figure class="entry-photo"><img src="{src.lstrip("/")}" alt="">'
                   f"{credit}</figure>")
    return "\n".join(out)


def _info(art: Article, sid: str) -> str:
    views = f' <span class="entry-views">{art.views}</span>' if art.views is not None else ""
    rubric = f' <a class="entry-rubric" href="rubric/{art.num % 7}?sid={sid}">' \
        f"{esc(art.category)}</a>" if art.category else ""
    tags = ", ".join(f'<a href="tag/{quote(t)}?sid={sid}">{esc(t)}</a>' for t in art.tags)
    return (f'<div class="entry-info"><span class="entry-date">{date_line(art)}</span>'
            f'{views}{rubric} <span class="entry-tags">{tags}</span></div>')


def _also(art: Article, sid: str) -> str:
    """The three newest other articles, in relative links that are right only against
    ``<base href>``: read against the page's own URL they nest (``/news/news/…``), and the copy
    answers those too. (Only the newest: the listing alone must lead to the older ones.)"""
    others = [o for o in build()[:4] if o is not art and o is not area_article()][:3]
    links = "\n".join(f'<li><a href="news/{o.slug}-{o.id}?sid={sid}">{esc(o.title)}</a></li>'
                      for o in others)
    return f'<section class="also"><h3>{ALSO[art.lang]}</h3><ul>\n{links}\n</ul></section>'


def article(art: Article, base: str, sid: str, amp: bool = False) -> bytes:
    head = (f'<base href="{base}/">\n<link rel="canonical" href="{base}{art.path}">\n'
            f'<link rel="amphtml" href="{art.id}/amp?sid={sid}">\n')
    langs = " ".join(f'<a href="/{p}{art.path}?sid={sid}">{p.upper()}</a>'
                     for p in ("ru", "en", "kk"))
    body = (f'<div class="langs">{langs}</div>\n<article class="entry">\n'
            f'<h1 class="entry-title">{esc(art.title)}</h1>\n{_photos(art)}\n'
            f"{_info(art, sid)}\n"
            f'<div class="entry-text">\n{_text(art)}\n</div>\n'
            f'<a class="entry-comments" href="#comments">0</a>\n</article>\n{_also(art, sid)}')
    page = _frame(art.lang, f"{art.title} | {AGENCY_TITLE}", head, body)
    return page.replace(b"<html ", b"<html amp ", 1) if amp else page



def not_found() -> bytes:
    return _frame("ru", "404", "", "<h1>Страница не найдена</h1>")
