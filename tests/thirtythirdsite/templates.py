"""The thirty-third copy's markup: a headless-CMS article page inside deep wrappers, with the
heavy parts of ``heavy.py`` around and inside the text, the listing and the 404 page.
"""

from __future__ import annotations

import json
import random
from functools import cache

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, ru_slug
from tests.thirtythirdsite import heavy
from tests.thirtythirdsite.heavy import PIXEL, esc, icon
from tests.thirtythirdsite.site import Article, build, page_count, page_items

RATES = "".join(f'<li>{c}/KZT <b class="js-rate">0.0</b></li>' for c in ("USD", "EUR", "RUB",
                                                                           "CNY"))
REGIONS = ["Алматы", "Астана", "Шымкент", "Караганда", "Актобе", "Атырау", "Павлодар",
           "Костанай", "Тараз", "Уральск", "Усть-Каменогорск", "Семей", "Кызылорда"]
HTML = {"Content-Type": "text/html; charset=utf-8"}


def shown_date(art: Article) -> str:
    d = art.day
    text = {"ru": f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}",
            "en": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
            "kk": f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}"}[art.lang]
    return f"{text}, {art.clock:%H:%M}" if art.clock else text


def stamp(art: Article) -> str:
    return art.local.isoformat() if art.clock else art.day.isoformat()


def variants(path: str, ext: str = "jpg") -> str:
    stem = path.removesuffix(".jpg")
    return ", ".join(f"{stem}-{w}w.{ext} {w}w" for w in (480, 800, 1200))


def picture(path: str, alt: str, lazy: bool) -> str:
    sources = "".join(f'<source type="image/{kind}" {"data-" if lazy else ""}srcset="'
                      f'{variants(path, kind)}">' for kind in ("avif", "webp"))
    img = (f'<img src="{PIXEL}" data-src="{path}" data-srcset="{variants(path)}" class="lazy" '
           if lazy else f'<img src="{path}" srcset="{variants(path)}" ')
    return (f'<picture>{sources}{img}sizes="(max-width: 600px) 480px, 1200px" '
            f'alt="{esc(alt)}" loading="lazy" width="1200" height="800"></picture>')


def hero(art: Article) -> str:
    if not art.images:
        return ""
    credit = f"<figcaption>Фото:{esc(art.photo_credit)}</figcaption>" if art.photo_credit else ""
    return (f'<figure class="post__hero">{picture(art.image_paths()[0], art.title, False)}'
            f"{credit}</figure>")


def gallery(art: Article) -> str:
    paths = art.image_paths()[1:]
    if not paths:
        return ""
    items = "".join(f'<figure class="g-item">{picture(p, "", k > 6)}<figcaption>Кадр {k} из '
                    f"{len(paths)}</figcaption></figure>" for k, p in enumerate(paths, 1))
    return (f'<section class="gallery" data-count="{len(paths)}"><h2>Фоторепортаж</h2>'
            f'<div class="g-track">{items}</div></section>')


def table(art: Article) -> str:
    rng = random.Random(art.num * 7)
    rows = "".join(f"<tr><td>{REGIONS[k % len(REGIONS)]}, участок {k + 1}</td>"
                   f"<td>{rng.randrange(100, 9999)}</td><td>{rng.randrange(100, 9999)}</td>"
                   f"<td>{rng.uniform(-20, 40):.1f}</td></tr>" for k in range(art.table_rows))
    return ('<figure class="data-table"><table><caption>Показатели по регионам</caption><thead>'
            "<tr><th>Регион</th><th>2022</th><th>2023</th><th>Изменение, %</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></figure>")


def chart(art: Article) -> str:
    rng = random.Random(art.num * 3)
    bars = "".join(f'<rect x="{40 + 50 * k}" y="{300 - h}" width="30" height="{h}"/>'
                   f'<text x="{40 + 50 * k}" y="295">{2014 + k}</text>'
                   f'<text x="{40 + 50 * k}" y="{290 - h}">{h / 10:.1f}</text>'
                   for k, h in enumerate(rng.randrange(20, 250) for _ in range(10)))
    return ('<figure class="chart"><svg viewBox="0 0 600 320" role="img" xmlns="http://www.w3'
            f'.org/2000/svg"><title>Динамика показателя</title><g>{bars}</g></svg></figure>')


def body(art: Article) -> str:
    raw = list(art.raw_paragraphs or art.paragraphs)
    paras = [f"<p>{esc(art.dateline() + raw[0])}</p>", *(f"<p>{esc(p)}</p>" for p in raw[1:])]
    if art.table_rows:
        paras.insert(len(paras) // 3, table(art))
    if art.chart:
        paras.insert(2 * len(paras) // 3, chart(art))
    if art.source and art.source_line:
        paras.append(f"<p>Источник: {esc(art.source)}</p>")
    share = "".join(f'<a href="https://{n}.com/share?u={art.num}" class="share__{n}">'
                    f'{icon(str(k), n)}</a>' for k, n in enumerate(("telegram", "facebook", "x")))
    return (f'<div class="post__body" itemprop="articleBody">{"".join(paras)}</div>'
            f'<div class="share">{icon("2", "Поделиться")}Поделиться {share}</div>')


def meta(art: Article) -> str:
    rubric = (f'<a class="post__rubric" href="/rubric/{ru_slug(art.category) or "news"}">'
              f"{esc(art.category)}</a>" if art.category else "")
    tags = "".join(f'<li><a href="/tag/{esc(t)}">{esc(t)}</a></li>' for t in art.tags)
    views = (f'<span class="post__views" title="Просмотры">{icon("eye")}{art.views}</span>'
             if art.views is not None else "")
    return (f'<div class="post__meta"><time class="post__date" datetime="{stamp(art)}">'
            f'{shown_date(art)}</time> {views} {rubric}<ul class="post__tags">{tags}</ul>'
            f'</div><div class="post__author"><img src="{heavy.logo()}" alt="" width="24">'
            "Редакция</div>")


def json_ld(art: Article, base: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "datePublished": stamp(art), "inLanguage": art.lang,
            "publisher": {"@type": "Organization", "name": "Центр информации"}}
    if art.category:
        data["articleSection"] = art.category
    if art.tags:
        data["keywords"] = ", ".join(art.tags)
    if art.images:
        data["image"] = [base + art.image_paths()[0]]  # the cover only, as SEO plugins do
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def state_article(art: Article, base: str) -> dict[str, object]:
    return {"id": art.id, "lang": art.lang, "title": art.title, "publishedAt": stamp(art),
            "views": art.views, "category": art.category, "tags": art.tags,
            "source": art.source, "photoCredit": art.photo_credit, "place": art.place,
            "body": list(art.paragraphs), "images": [base + p for p in art.image_paths()]}


@cache
def popular() -> tuple[tuple[str, str], ...]:
    return tuple((a.path, a.title) for a in build()[:12])


def frame(lang: str, title: str, head: str, main: str, sprite_kb: int, tail: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="'
            f'viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}'
            f"</title>{head}<style>.w{{display:contents}}.lazy{{opacity:0}}</style></head><body>"
            f'{heavy.sprite(sprite_kb)}<header class="site-header"><a href="/" class="logo">'
            f'<img src="{heavy.logo()}" alt="Центр информации"></a><ul class="currency-widget">'
            f"{RATES}</ul>{heavy.mega_menu(popular())}</header><main>{main}</main>"
            f"{heavy.footer()}{tail}</body></html>")


def post(art: Article) -> str:
    crumbs = ('<nav class="breadcrumbs"><a href="/">Главная</a> / <a href="/novosti">Новости'
              "</a></nav>")
    thread = heavy.comments(art) if art.comments else ""
    inner = (f'<article class="post" data-id="{art.id}"><header class="post__head">{crumbs}'
             f'<h1 class="post__title">{esc(art.title)}</h1>{hero(art)}{meta(art)}</header>'
             f"{body(art)}{gallery(art)}{thread}</article>")
    wrappers = "".join(f'<div class="w w{k}">' for k in range(art.depth))
    return wrappers + inner + "</div>" * art.depth


@cache
def _article(num: int, base: str) -> bytes:
    art = next(a for a in build() if a.num == num)
    head = (f'<link rel="canonical" href="{base}{art.path}"><meta property="og:title" content="'
            f'{esc(art.title)}">{json_ld(art, base)}')
    tail = heavy.state(art, state_article(art, base)) if art.state_kb else ""
    return frame(art.lang, f"{art.title} — Центр информации", head, post(art), art.sprite_kb,
                 tail).encode()


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    return 200, HTML, _article(art.num, base)


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    cards = "".join(f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a><p>'
                    f"{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}</p>"
                    "</div>" for a in page_items(n))
    href = lambda k: "/novosti" if k == 1 else f"/novosti?page={k}"  # noqa: E731
    nums = "".join(f"<span>{k}</span>" if k == n else f'<a href="{href(k)}">{k}</a>'
                   for k in range(1, page_count() + 1))
    more = (f'<a class="load-more" rel="next" href="{href(n + 1)}">Показать ещё</a>'
            if n < page_count() else "")
    main = f'<h1>Новости</h1><div class="feed">{cards}</div>{more}<nav class="pager">{nums}</nav>'
    head = f'<link rel="canonical" href="{base}{href(n)}">'
    return 200, HTML, frame("ru", "Новости — Центр информации", head, main, 10).encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><title>Страница не найдена</title></head>'
            "<body><h1>404</h1><p>Страница не найдена</p></body></html>").encode()
