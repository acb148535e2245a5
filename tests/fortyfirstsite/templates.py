"""The forty-first copy's markup: a live news theme whose every answer differs.

Per request: a CSRF token and a script nonce, ``?v=`` cache-busters on scripts, styles and
thumbnails, a "Сейчас читают" box between the paragraphs and an ad inside the text, a promo line
after it, "5 минут назад" stamps on other stories in the sidebar, a growing view counter, a
comment count, a counting pixel with a fresh query, an A/B ``og:title``, a shuffled tag cloud
and a quote of the day in the footer.
"""

from __future__ import annotations

import html
import json
import random

from tests.copykit.catalogue import MONTHS, Response
from tests.fortyfirstsite.site import Article, Live

HTML = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"}
NOW_READING = {"ru": "Сейчас читают", "en": "Now reading", "kk": "Қазір оқып жатыр"}
ADS = ["Кредит наличными до 7 000 000 ₸ — ставка от 19,9%. Оформите онлайн за 5 минут!",
       "Новостройки Алматы с рассрочкой 0% — выбирайте квартиру мечты уже сегодня.",
       "Black Friday: скидки до 70% на технику только до конца недели!",
       "Туры в Турцию из Алматы от 189 000 ₸ — всё включено."]
PROMOS = ["Подписывайтесь на наш Telegram-канал — главные новости первыми.",
          "Читайте нас в Instagram: @ic24kz",
          "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.",
          "Смотрите видео дня на нашем YouTube-канале."]
QUOTES = ["«Знание — сила». Фрэнсис Бэкон", "«Кто владеет информацией, тот владеет миром»",
          "«Единственный способ делать великие дела — любить то, что делаешь»",
          "«Учиться, учиться и ещё раз учиться»", "«Время — деньги». Бенджамин Франклин"]
CLOUD = ["Алматы", "Астана", "экономика", "COVID-19", "выборы", "тенге", "погода", "спорт",
         "ЕАЭС", "образование", "Шымкент", "нефть"]
AB_TITLES = {"ru": "Главное сегодня: ", "en": "Top story: ", "kk": "Басты жаңалық: "}
AGO = {"ru": ["{} минут назад", "{} часа назад", "вчера"],
       "en": ["{} minutes ago", "{} hours ago", "yesterday"],
       "kk": ["{} минут бұрын", "{} сағат бұрын", "кеше"]}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def token(rng: random.Random, n: int = 16) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ago(rng: random.Random, lang: str) -> str:
    form = rng.choice(AGO[lang])
    return form.format(rng.randrange(2, 59)) if "{}" in form else form


def now_reading(live: Live, art: Article | None) -> str:
    """A box of four other stories in random order, each with a relative stamp."""
    others = [a for a in live.arts() if a is not art]
    lang = art.lang if art else "ru"
    items = "".join(f'<li><a href="{a.path}?utm_source=now_reading&amp;utm_medium=box">'
                    f'{esc(a.title)}</a> <time class="ago">{ago(live.rng, lang)}</time></li>'
                    for a in live.rng.sample(others, 4))
    return (f'<aside class="now-reading" data-widget="now-reading"><div class="now-reading__h">'
            f'{NOW_READING[lang]}</div><ul>{items}</ul></aside>')


def ad(rng: random.Random) -> str:
    return (f'<div class="inread" data-slot="inread-{token(rng, 6)}"><span class="inread__label">'
            f'Реклама</span><p>{esc(rng.choice(ADS))}</p></div>')


def head(live: Live, title: str, og_title: str, extra: str = "") -> str:
    rng, v = live.rng, live.rng.randrange(1_700_000, 1_800_000)
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{esc(title)}'
            f'</title><meta name="csrf-token" content="{token(rng, 40)}"><meta property="og:title"'
            f' content="{esc(og_title)}"><link rel="stylesheet" href="/assets/app.css?v={v}">'
            f'<script nonce="{token(rng)}" src="/assets/app.js?v={v}" defer></script>{extra}'
            "</head>")


def sidebar(live: Live, art: Article | None) -> str:
    rng = live.rng
    popular = "".join(f'<li><img src="/thumbs/{a.num}.jpg?v={rng.randrange(10**6)}" alt=""> '
                      f'<a href="{a.path}">{esc(a.title)}</a> <span class="ago">'
                      f'{ago(rng, "ru")}</span> <span class="eye">{rng.randrange(100, 9999)}'
                      "</span></li>" for a in rng.sample(live.arts(), 5))
    cloud = rng.sample(CLOUD, len(CLOUD))
    tags = " ".join(f'<a class="cloud__tag" href="/tag/{esc(t)}">{esc(t)}</a>' for t in cloud)
    return (f'<aside class="sidebar"><section class="most-read"><h3>Самое читаемое</h3><ol>'
            f'{popular}</ol></section><section class="cloud"><h3>Популярные теги</h3>{tags}'
            f"</section>{ad(rng)}</aside>")


def footer(live: Live) -> str:
    return (f'<footer class="site-footer"><blockquote class="qotd">Цитата дня: '
            f'{esc(live.rng.choice(QUOTES))}</blockquote><p>© 2012–2026 Центр информации</p>'
            f'<script nonce="{token(live.rng)}">window.__rid="{token(live.rng, 12)}";</script>'
            "</footer>")


def stamp(art: Article) -> str:
    month = MONTHS[art.lang][art.day.month - 1]
    month = month if art.lang == "en" else month.capitalize()
    text = f"{month} {art.day.day}, {art.day.year}" if art.lang == "en" else \
        f"{art.day.day} {month} {art.day.year}"
    if art.clock:
        return f'<time datetime="{art.local.isoformat()}">{text}, {art.clock:%H:%M}</time>'
    return f'<time datetime="{art.day.isoformat()}">{text}</time>'


def meta(live: Live, art: Article) -> str:
    upd = ('<span class="story__upd">Обновлено: <time datetime="2026-11-30T16:05:00+05:00">'
           "30 Ноября 2026, 16:05</time></span>" if art.updated else "")
    rubric = (f'<a class="story__rubric" href="/rubric/{art.category.lower()}">'
              f"{esc(art.category)}</a>" if art.category else "")
    return (f'<div class="story__meta">{stamp(art)}{upd}<span class="story__views" title="'
            f'Просмотры"><i class="icon-eye"></i> {live.views(art)}</span><a class="story__'
            f'comments" href="#comments"><i class="icon-comment"></i> {live.rng.randrange(0, 40)}'
            f"</a>{rubric}</div>")


def body(live: Live, art: Article) -> str:
    raw = list(art.raw_paragraphs or art.paragraphs)
    paras = [f"<p>{esc(art.dateline() + raw[0])}</p>", *(f"<p>{esc(p)}</p>" for p in raw[1:])]
    paras.insert(min(2, len(paras)), now_reading(live, art))
    paras.insert(len(paras) - 1, ad(live.rng))
    if art.source and art.source_line:
        paras.append(f'<p class="story__source">Источник: {esc(art.source)}</p>')
    paras.append(f'<p class="promo"><a href="https://t.me/ic24kz">{esc(live.rng.choice(PROMOS))}'
                 "</a></p>")
    return f'<div class="story__text">{"".join(paras)}</div>'


def photo(art: Article) -> str:
    imgs = "".join(f'<img src="{p}" alt="{esc(art.title)}" width="960" height="540">'
                   for p in art.image_paths())
    if not imgs:
        return ""
    credit = f"<figcaption>Фото: {esc(art.photo_credit)}</figcaption>" if art.photo_credit else ""
    return f'<figure class="story__photo">{imgs}{credit}</figure>'


def json_ld(art: Article, base: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "datePublished": art.local.isoformat(), "mainEntityOfPage": base + art.path}
    if art.updated:
        data["dateModified"] = "2026-11-30T16:05:00+05:00"
    return (f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}'
            "</script>")


def article(live: Live, art: Article, base: str) -> Response:
    og = art.title if live.rng.random() < 0.5 else AB_TITLES[art.lang] + art.title
    tags = "".join(f'<li><a href="/tag/{esc(t)}" rel="tag">{esc(t)}</a></li>' for t in art.tags)
    extra = f'<link rel="canonical" href="{base}{art.path}">{json_ld(art, base)}'
    page = (f'{head(live, art.title + " — Центр информации", og, extra)}<body class="page-news">'
            f'<main class="layout"><article class="story" data-id="{art.num}" lang="{art.lang}">'
            f'<header class="story__head"><h1 class="story__title">{esc(art.title)}</h1>'
            f"{meta(live, art)}</header>{photo(art)}{body(live, art)}"
            f'<footer class="story__foot"><ul class="story__tags">{tags}</ul>'
            f'<div class="share" data-csrf="{token(live.rng, 24)}">Поделиться: WhatsApp '
            f'Telegram Facebook</div><img class="hit" src="/hit.gif?id={art.num}&amp;r='
            f'{token(live.rng, 10)}" width="1" height="1" alt=""></footer></article>'
            f"{sidebar(live, art)}</main>{footer(live)}</body></html>")
    return 200, HTML, page.encode()


def listing(live: Live, n: int, base: str) -> Response:
    items = live.catalogue.page_items(n)
    cards = "".join(f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a><p>'
                    f'{stamp(a)}</p></div>' for a in items)
    nxt = (f'<a class="more" rel="next" href="/novosti?page={n + 1}">Показать ещё</a>'
           if n < live.catalogue.page_count() else "")
    back = "/novosti" if n == 2 else f"/novosti?page={n - 1}"
    prev = f'<a class="prev" href="{back}">Назад</a>' if n > 1 else ""
    page = (f'{head(live, "Новости — Центр информации", "Новости")}<body><main class="layout">'
            f'<h1>Новости</h1><section class="feed">{cards}</section><nav class="pager">{prev}'
            f"{nxt}</nav>{now_reading(live, None)}{sidebar(live, None)}</main>{footer(live)}"
            "</body></html>")
    return 200, HTML, page.encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><title>Страница не найдена</title></head>'
            "<body><h1>404</h1><p>Страница не найдена или удалена</p></body></html>").encode()
