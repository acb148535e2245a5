"""A React-rendered Kazakh portal: hashed class names (``css-1x2y3z``, ``sc-…``), ``<html
lang="kk">`` on every page, dates only as a Unix timestamp in ``data-timestamp``/``data-time``
behind relative text ("3 года назад"), "Опубликовано"/"Обновлено" lines on some pages, view
counts as "4,7 тыс."/"4.7K"/"12 345", and the next article's preview under the text."""

from __future__ import annotations

import hashlib
from datetime import datetime

from tests.tenthsite import parts
from tests.tenthsite.parts import AD_LABEL, CURRENCY, RENDERED_AT, e
from tests.tenthsite.site import Article, next_article

LABELS = {  # published, updated, next story, read more, share
    "ru": ("Опубликовано", "Обновлено", "Следующая новость", "Читать далее", "Поделиться"),
    "en": ("Published", "Updated", "Next story", "Read more", "Share"),
    "kk": ("Жарияланды", "Жаңартылды", "Келесі жаңалық", "Толығырақ оқу", "Бөлісу"),
}
UNITS = {  # (one, few, many) for years, months, days; the suffix
    "ru": ((("год", "года", "лет"), ("месяц", "месяца", "месяцев"), ("день", "дня", "дней")),
           "назад"),
    "en": ((("year", "years", "years"), ("month", "months", "months"),
            ("day", "days", "days")), "ago"),
    "kk": ((("жыл",) * 3, ("ай",) * 3, ("күн",) * 3), "бұрын"),
}


def css(art: Article, role: str) -> str:
    """A hashed class name, the same for a role within one build of the bundle."""
    digest = hashlib.sha1(f"{role}{art.num % 2}".encode()).hexdigest()
    return f"css-{digest[:6]}" if role[0] != "s" else f"sc-{digest[6:12]} {digest[12:18]}"


def _form(n: int, lang: str, forms: tuple[str, ...]) -> str:
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        return forms[1] if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else forms[2]
    return forms[0] if n == 1 else forms[1]


def relative(moment: datetime, lang: str) -> str:
    """'3 года назад' / '5 months ago' / '12 күн бұрын', counted from the render moment."""
    days = (RENDERED_AT - moment).days
    (years, months, ds), suffix = UNITS[lang]
    for size, forms in ((365, years), (30, months), (1, ds)):
        if days >= size:
            n = days // size
            return f"{n} {_form(n, lang, forms)} {suffix}"
    return {"ru": "сегодня", "en": "today", "kk": "бүгін"}[lang]


def _time(art: Article, moment: datetime) -> str:
    return (f'<time {art.time_attr}="{int(moment.timestamp())}" class="{css(art, "time")}">'
            f"{relative(moment, art.lang)}</time>")


def _meta(art: Article) -> str:
    published, updated = LABELS[art.lang][:2]
    when = _time(art, art.local)
    if art.updated:
        later = datetime.fromtimestamp(parts.stamp(art) + 3600 * (art.num % 5 + 2), parts.ALMATY)
        when = (f'<div class="{css(art, "pub")}"><span>{published}</span> {when}</div>'
                f'<div class="{css(art, "upd")}"><span>{updated}</span> {_time(art, later)}</div>')
    views = ""
    if art.views is not None:
        views = (f'<span class="{css(art, "views")}"><svg viewBox="0 0 24 24" aria-hidden="true">'
                 f"</svg>{parts.views_text(art)}</span>")
    return f'<div class="{css(art, "meta")}">{when}{views}</div>'


def _picture(art: Article, path: str, credit: str) -> str:
    caption = f'<figcaption class="{css(art, "cap")}">{credit}</figcaption>' if credit else ""
    return (f'<figure class="{css(art, "fig")}"><picture><source type="image/webp" '
            f'srcset="{path.replace(".jpg", ".webp")}"><img class="{css(art, "img")}" '
            f'src="{path}" alt=""></picture>{caption}</figure>')


def _body(art: Article) -> str:
    images = art.image_paths()
    inserts: dict[int, str] = {}
    if art.embed:
        inserts[1] = parts.embed(art)
    if len(images) > 1:
        inserts[2] = _picture(art, images[1], "")
    if art.ad:
        inserts[3] = inserts.get(3, "") + (
            f'<div class="{css(art, "ad")}"><p class="{css(art, "adl")}">{AD_LABEL[art.lang]}'
            f'</p><div id="adfox_{art.num}"></div></div>')
    text = parts.text_html(art, inserts, p=f'<p class="{css(art, "p")}">', strong_dateline=True)
    return f'<div class="{css(art, "body")}">{text}{parts.source_line(art)}</div>'


def _next(art: Article) -> str:
    nxt = next_article(art)
    head, more = LABELS[art.lang][2:4]
    images = nxt.image_paths()
    thumb = (f'<img class="{css(art, "thumb")}" src="{images[0]}" alt="">' if images else "")
    return (
        f'<section class="{css(art, "next")}"><div class="{css(art, "nh")}">{head}</div>'
        f'<article class="{css(art, "sArticle")}"><h2 class="{css(art, "title")}">'
        f'<a href="{nxt.path}">{e(nxt.title)}</a></h2>{_time(nxt, nxt.local)}{thumb}'
        f'<p class="{css(art, "p")}">{e(nxt.paragraphs[0])}</p>'
        f'<a class="{css(art, "more")}" href="{nxt.path}">{more}</a></article></section>')


def page(art: Article, base: str) -> str:
    images = art.image_paths()
    chip = (f'<a class="{css(art, "sChip")}" href="/category/{art.num % 6}">{e(art.category)}</a>'
            if art.category else "")
    tags = "".join(f'<a class="{css(art, "tag")}" href="/tag/{k}">{e(t)}</a>'
                   for k, t in enumerate(art.tags))
    share = LABELS[art.lang][4]
    tags_box = f'<div class="{css(art, "sTags")}">{tags}</div>' if tags else ""
    return (
        '<!doctype html><html lang="kk"><head><meta charset="utf-8">'
        f"<title>{e(art.title)}</title><link rel=\"canonical\" href=\"{base}{art.path}\">"
        f'<meta property="og:title" content="{e(art.title)}"><meta property="og:type" '
        'content="article"><link rel="stylesheet" href="/static/css/main.3f2a1b.css"></head>'
        f'<body><div id="root"><div class="{css(art, "app")}">'
        f'<header class="{css(art, "sHeader")}"><a href="/">Ақпарат орталығы</a>{CURRENCY}'
        f'</header><main class="{css(art, "main")}"><article class="{css(art, "sArticle")}">'
        f'{chip}<h1 class="{css(art, "title")}">{e(art.title)}</h1>{_meta(art)}'
        f"{_picture(art, images[0], parts.credit(art)) if images else ''}{_body(art)}"
        f"{tags_box}"
        f'<div class="{css(art, "share")}"><span>{share}</span><button aria-label="telegram">'
        f"</button><button aria-label=\"whatsapp\"></button></div></article>{_next(art)}</main>"
        '</div></div><script src="/static/js/main.a1b2c3.js"></script></body></html>')
