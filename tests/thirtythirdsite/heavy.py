"""The heavy parts of the thirty-third copy's pages, each made from the article's own seed.

Sizes are what real heavy pages carry: a sprite of 10-200 KB, a base64 logo, a 1,000-link
mega-menu, a footer of hundreds of links, comment threads, a JSON state of 1-3 MB.
"""

from __future__ import annotations

import base64
import html
import json
import random
from datetime import timedelta
from functools import cache

from tests.copykit import stories as texts
from tests.copykit.text import RU_MONTHS, ru_slug

PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
NAMES = ["Айгерим", "Ерлан К.", "Марат_77", "Светлана", "guest1984", "Nurlan", "Дана Б.",
         "Alex Petrov", "Асель", "Қайрат", "old_almaty", "Татьяна Ивановна"]
REMARKS = {
    "ru": ["Наконец-то! Давно пора было этим заняться.", "А что с дорогами в нашем районе?",
           "Спасибо за подробный материал.", "Опять обещания, посмотрим, что будет через год.",
           "Полностью согласен с автором.", "Где можно посмотреть полный отчёт?",
           "У нас в селе до сих пор нет нормального интернета.",
           "Хорошая новость, но цены всё равно растут.", "Кто-нибудь знает подробности?"],
    "en": ["Finally, good news!", "What about the roads in our district?",
           "Thanks for the detailed article.", "Promises again, let's see in a year.",
           "Where can I read the full report?", "Great news, but prices keep rising."],
    "kk": ["Керемет жаңалық!", "Рахмет, пайдалы ақпарат.", "Біздің ауылда да осындай болса ғой.",
           "Жолдарды қашан жөндейді?"],
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def ru_day(moment_day: int, month: int, year: int) -> str:
    return f"{moment_day} {RU_MONTHS[month - 1].capitalize()} {year}"


@cache
def sprite(kb: int) -> str:
    """A hidden sprite of ``kb`` kilobytes of symbols (icons the page ``<use>``s)."""
    rng, out, size = random.Random(kb), ['<svg xmlns="http://www.w3.org/2000/svg" '
                                         'style="display:none" aria-hidden="true">'], 0
    k = 0
    while size < kb * 1024:
        d = "M" + " ".join(f"{rng.uniform(0, 24):.3f},{rng.uniform(0, 24):.3f}"
                           for _ in range(rng.randrange(20, 60))) + "Z"
        part = (f'<symbol id="i-{k}" viewBox="0 0 24 24"><title>icon {k}</title>'
                f'<path d="{d}"/></symbol>')
        out.append(part)
        size, k = size + len(part), k + 1
    out.append('<symbol id="i-eye" viewBox="0 0 24 24"><path d="M12 5C7 5 3 12 3 12s4 7 9 7 9-7 '
               '9-7-4-7-9-7z"/></symbol></svg>')
    return "".join(out)


@cache
def logo() -> str:
    """The header logo as an inline base64 PNG-like blob (~16 KB)."""
    blob = random.Random(7).randbytes(12_000)
    return "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + blob).decode()


def icon(name: str, label: str = "") -> str:
    title = f"<title>{esc(label)}</title>" if label else ""
    return f'<svg class="ic" width="16" height="16">{title}<use href="#i-{name}"></use></svg>'


@cache
def mega_menu(popular: tuple[tuple[str, str], ...]) -> str:
    """About 1,000 links in columns: rubrics x regions x subtopics, tags, and popular stories
    (linked with a tracking query, as menus do)."""
    rubrics = [ru_slug(r) for r in texts.RU_RUBRICS] + ["mir", "nauka", "avto", "zdorove"]
    regions = ["almaty", "astana", "shymkent", "karaganda", "aktobe", "atyrau", "pavlodar",
               "kostanay", "taraz", "oral", "oskemen", "semey", "kyzylorda", "turkestan",
               "petropavl", "kokshetau", "taldykorgan", "zhezkazgan", "aktau", "ekibastuz"]
    cols = []
    for rub in rubrics:
        links = "".join(f'<li><a href="/rubric/{rub}/{reg}/{sub}">{rub} · {reg} · {sub}</a></li>'
                        for reg in regions for sub in ("novosti", "foto", "video", "analitika"))
        cols.append(f'<div class="mm-col"><h4><a href="/rubric/{rub}">{rub}</a></h4>'
                    f"<ul>{links}</ul></div>")
    hot = "".join(f'<li><a href="{path}?utm_source=megamenu&amp;utm_medium=popular">'
                  f"{esc(title)}</a></li>" for path, title in popular)
    return (f'<nav class="mega-menu" aria-label="Разделы"><button class="mm-toggle">'
            f'{icon("0", "Меню")}Все разделы</button><div class="mm-panel">{"".join(cols)}'
            f'<div class="mm-col mm-hot"><h4>Популярное</h4><ul>{hot}</ul></div></div></nav>')


@cache
def footer() -> str:
    """Hundreds of links and the legal paragraphs every page ends with."""
    links = "".join(f'<li><a href="/archive/{y}/{m:02d}">{RU_MONTHS[m - 1].capitalize()} '
                    f"{y}</a></li>" for y in range(2012, 2027) for m in range(1, 13))
    legal = "".join(f"<p>{esc(t)}</p>" for t in (
        "Сетевое издание «Центр информации». Свидетельство о постановке на учёт № 16734-СИ "
        "выдано Министерством информации и общественного развития Республики Казахстан.",
        "При полном или частичном использовании материалов гиперссылка на ic24.kz обязательна. "
        "Мнение редакции может не совпадать с мнением авторов и читателей.",
        "Комментарии читателей публикуются без предварительной модерации; ответственность за их "
        "содержание несут авторы комментариев.",
    ))
    return (f'<footer class="site-footer"><div class="ft-archive"><h4>Архив</h4><ul>{links}'
            f'</ul></div><div class="ft-legal">{legal}</div><p class="ft-copy">© 2012–2026 '
            "Центр информации</p></footer>")


def comment(art_lang: str, k: int, rng: random.Random, quote: str | None,
            when_day: tuple[int, int, int], clock: str) -> str:
    text = " ".join(rng.sample(REMARKS[art_lang], rng.choice([1, 2])))
    body = f"<p>{esc(text)}</p>"
    if quote:
        body = f'<blockquote class="c-quote"><p>{esc(quote)}</p></blockquote>{body}'
    if k % 7 == 3:
        body += f"<p>{esc(rng.choice(REMARKS[art_lang]))}</p>"
    day = ru_day(*when_day)
    return (f'<article class="comment" id="c{k}" itemscope itemtype="https://schema.org/Comment">'
            f'<header class="c-head"><img class="c-ava" src="{PIXEL}" alt="" width="32" '
            f'height="32"><b itemprop="author">{esc(rng.choice(NAMES))}</b> <time itemprop='
            f'"dateCreated" datetime="{when_day[2]}-{when_day[1]:02d}-{when_day[0]:02d}T{clock}">'
            f'{day}, {clock}</time></header><div class="c-text" itemprop="text">{body}</div>'
            f'<footer class="c-foot"><button class="c-like">{icon("1")} {rng.randrange(0, 300)}'
            f'</button><a href="#c{k}" class="c-reply">Ответить</a></footer></article>')


def comments(art: object) -> str:
    """The thread: ``art.comments`` comments in the days after publication; with ``quotes``
    every ninth one quotes a paragraph of the article."""
    from tests.thirtythirdsite.site import Article

    assert isinstance(art, Article)
    rng = random.Random(art.num * 31)
    items = []
    for k in range(art.comments):
        day = art.day + timedelta(days=rng.randrange(0, 30))
        quote = rng.choice(art.paragraphs) if art.quotes and k % 9 == 4 else None
        items.append(comment(art.lang, k, rng, quote, (day.day, day.month, day.year),
                             f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"))
    head = {"ru": "Комментарии", "en": "Comments", "kk": "Пікірлер"}[art.lang]
    return (f'<section class="comments" id="comments"><h2>{head} ({art.comments:,})</h2>'
            .replace(",", " ") + "".join(items) + "</section>")


def state_story(rng: random.Random, k: int) -> dict[str, object]:
    lang = rng.choice(["ru", "ru", "en"])
    title = rng.choice(texts.RU_TITLES if lang == "ru" else texts.EN_TITLES)
    pool = texts.RU_POOL if lang == "ru" else texts.EN_POOL
    num = 70000 + k
    return {"id": f"u{num}", "lang": lang, "title": title,
            "path": f"/news/{ru_slug(title)}-u{num}",
            "publishedAt": f"20{rng.randrange(15, 27)}-{rng.randrange(1, 13):02d}-"
                           f"{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:00:00+05:00",
            "views": rng.randrange(10, 99999), "category": rng.choice(texts.RU_RUBRICS),
            "tags": rng.sample(texts.RU_TAGS, 2), "lead": rng.choice(pool),
            "body": [rng.choice(pool) for _ in range(rng.randrange(3, 9))],
            "image": f"/media/feed/{num}.jpg"}


def state(art: object, article: dict[str, object]) -> str:
    """The inline application state: a feed of hundreds of other stories first (the store
    keeps its slices in this order), then the page's own article."""
    from tests.thirtythirdsite.site import Article

    assert isinstance(art, Article)
    rng, size = random.Random(art.num * 17), 0
    feed: list[dict[str, object]] = []
    while size < art.state_kb * 1024:
        story = state_story(rng, len(feed))
        feed.append(story)
        size += len(json.dumps(story, ensure_ascii=False).encode())
    data = {"feed": {"items": feed, "total": len(feed)}, "ui": {"theme": "light"},
            "article": article}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script id="__APP_STATE__" type="application/json">{text}</script>'
