"""The thirty-ninth copy's markup: a Joomla K2 article page and a ``.news_text`` listing.

Links are written by ``links.py``'s plan: badges as ``<span>ru</span>``, ``[EN]``, ``ҚАЗ``, a flag
``<img alt="kk">`` or a badge after the headline; "Читайте также:" lines inside the text;
previous/next navigation (``<link rel>`` in the head, a labelled link at the foot); related
cards clickable as rows (``data-href`` / ``onclick``) whose only ``<a>`` holds the image;
JSON-LD ``relatedLink`` and ``mentions``.
"""

from __future__ import annotations

import html
import json

from tests.copykit.catalogue import MONTHS
from tests.copykit.text import ru_slug
from tests.thirtyninthsite import links
from tests.thirtyninthsite.links import BADGES, Link
from tests.thirtyninthsite.site import Article, by_num, page_count, page_items

RATES = " ".join(f"• {c}/KZT <b class=\"js-rate\">0.0</b>" for c in ("USD", "EUR", "RUB", "CNY"))
ALSO = {"ru": "Читайте также:", "en": "Also read:", "kk": "Сондай-ақ оқыңыз:"}
NAV = {"ru": ("← Предыдущая новость", "Следующая новость →"),
       "en": ("← Previous story", "Next story →"),
       "kk": ("← Алдыңғы жаңалық", "Келесі жаңалық →")}
LATEST = {"ru": "Последние новости", "en": "Latest news", "kk": "Соңғы жаңалықтар"}
CARDS = {"ru": "Похожие материалы", "en": "Related stories", "kk": "Ұқсас материалдар"}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def shown_date(art: Article) -> str:
    """'20 Апреля 2023, 11:20' (the month capitalised as the outlet prints it)."""
    month = MONTHS[art.lang][art.day.month - 1]
    text = f"{art.day.day} {month[0].upper()}{month[1:]} {art.day.year}"
    return text + (f", {art.clock:%H:%M}" if art.clock else "")


def _badge(link: Link, lang: str) -> tuple[str, str]:
    """(before, after) the headline link for a block entry's badge style."""
    style = link.place.split(":", 1)[1]
    code = BADGES[style][lang]
    if style == "flag":
        return f'<img class="flag" src="/images/flags/{code}.svg" alt="{code}" width="16"> ', ""
    if style == "after":
        return "", f' <span class="lng">{code}</span>'
    if style == "word":
        return f'<b class="lng lng-word">{code}</b> ', ""
    if style == "bracket":
        return f"{code} ", ""
    return f'<span class="lng">{code}</span> ', ""


def _lang_of(link: Link) -> str:
    return by_num()[link.target].lang if link.target else "ru"


def block(plan: list[Link], art: Article, base: str) -> str:
    rows = []
    for link in plan:
        if not link.place.startswith("block:"):
            continue
        before, after = _badge(link, _lang_of(link))
        rows.append(f'<li class="latest__item">{before}<a href="{esc(links.href(link, base))}">'
                    f"{esc(link.text)}</a>{after}</li>")
    return (f'<aside class="latest"><h3>{LATEST[art.lang]}</h3><ul class="latest__list">'
            f'{"".join(rows)}</ul></aside>')


def also_lines(plan: list[Link], art: Article, base: str) -> list[str]:
    return [f'<p class="also"><strong>{ALSO[art.lang]}</strong> <a href="'
            f'{esc(links.href(link, base))}">{esc(link.text)}</a></p>'
            for link in plan if link.place == "also"]


def nav(plan: list[Link], art: Article, base: str) -> tuple[str, str]:
    """(the head's <link rel> tags, the foot's labelled navigation)."""
    head, foot = [], []
    for link in plan:
        if link.place not in ("nav-prev", "nav-next"):
            continue
        rel = link.place.removeprefix("nav-")
        url = esc(links.href(link, base))
        head.append(f'<link rel="{rel}" href="{url}">')
        label = NAV[art.lang][0 if rel == "prev" else 1]
        foot.append(f'<div class="k2Nav-{rel}"><span class="k2Nav-label">{label}</span><br>'
                    f'<a rel="{rel}" href="{url}">{esc(link.text)}</a></div>')
    return "".join(head), f'<nav class="k2ItemNavigation">{"".join(foot)}</nav>'


def cards(plan: list[Link], art: Article, base: str) -> str:
    rows = []
    for link in plan:
        if not link.place.startswith("card"):
            continue
        url = esc(links.href(link, base))
        target = by_num()[link.target] if link.target else None
        img = f"/images/thumbs/{target.num if target else 0}.jpg"
        click = (f'data-href="{url}"' if link.place == "card" else
                 f"onclick=\"location.href='{url}'\" role=\"link\" tabindex=\"0\"")
        alt = "" if link.place == "card" else "Фото"
        rows.append(f'<div class="rel-card" {click}><a class="rel-card__img" href="{url}">'
                    f'<img src="{img}" alt="{alt}"></a><div class="rel-card__title">'
                    f"{esc(link.text)}</div></div>")
    return (f'<section class="rel-box"><h3>{CARDS[art.lang]}</h3>{"".join(rows)}</section>'
            if rows else "")


def json_ld(art: Article, plan: list[Link], base: str) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
        "datePublished": art.local.isoformat(), "inLanguage": LOCALE[art.lang].replace("_", "-"),
        "mainEntityOfPage": base + art.path,
        "relatedLink": [links.href(ln, base) for ln in plan if ln.place.startswith("card")],
    }
    mentions = [ln for ln in plan if ln.place == "mentions"]
    if mentions:
        data["mentions"] = [{"@type": "NewsArticle", "headline": ln.text,
                             "url": links.href(ln, base),
                             "inLanguage": LOCALE[_lang_of(ln)].replace("_", "-")}
                            for ln in mentions]
    return ('<script type="application/ld+json">'
            f"{json.dumps(data, ensure_ascii=False)}</script>")


def body(art: Article, plan: list[Link]) -> str:
    raw = list(art.raw_paragraphs or art.paragraphs)
    paras = [esc(art.dateline() + raw[0]), *(esc(p) for p in raw[1:])]
    out = [f"<p>{p}</p>" for p in paras]
    also = also_lines(plan, art, "")
    out[1:1] = also  # after the lead, as the outlet's editors place them
    if art.source and art.source_line:
        out.append(f"<p>Источник: {esc(art.source)}</p>")
    if links.position(art) % 5 == 2:
        out.insert(len(out) - 1, f'<p class="also"><strong>{ALSO[art.lang]}</strong> <a href="'
                   f'https://tengrinews.kz/kazakhstan_news/novyy-park-otkryli-v-almaty-u5{art.num}'
                   '/">В Алматы открыли новый парк (Tengrinews)</a></p>')
    return "".join(out)


def info(art: Article) -> str:
    tags = ", ".join(f'<a href="/tag/{ru_slug(t) or t.lower()}">{esc(t)}</a>' for t in art.tags)
    cat = (f'<a class="k2Cat" href="/rubric/{ru_slug(art.category)}">{esc(art.category)}</a>'
           if art.category else "")
    views = f'<span class="k2Hits"><i class="icon-eye"></i> {art.views}</span>' \
        if art.views is not None else ""
    return (f'<div class="k2Info"><time>{shown_date(art)}</time> {views} {cat} '
            f'<span class="k2Tags">{tags}</span></div>')


def photos(art: Article) -> str:
    imgs = "".join(f'<img src="{p}" alt="{esc(art.title)}">' for p in art.image_paths())
    credit = (f'<span class="k2Credit">Фото:{esc(art.photo_credit)}</span>'
              if art.photo_credit else "")
    return f'<div class="k2Image">{imgs}{credit}</div>' if imgs else ""


def lookalike(art: Article) -> int:
    """An id no article of this copy has, for another host's look-alike address."""
    return next(n for n in range(art.num + 3, art.num + 99) if n not in by_num())


def outside(art: Article) -> str:
    """Links to no article of this outlet: the page itself, another outlet, a look-alike host."""
    own = f"https://ic24.kz{art.path}"
    return (f'<div class="k2Social"><a href="{own}#comments">Комментарии (0)</a> '
            f'<a href="{own}?share=facebook" class="share">Facebook</a> '
            f'<a href="https://t.me/share/url?url={own}" class="share">Telegram</a></div>'
            '<div class="partners"><h4>Новости партнёров</h4>'
            f'<a href="https://tengrinews.kz/kazakhstan_news/zima-prishla-v-astanu-u4{art.num}/">'
            'Зима пришла в Астану</a> '
            f'<a href="https://ic24.kz.news-24.example/news/sensatsiya-u{lookalike(art)}">'
            "Сенсация дня: что скрывают чиновники</a></div>")


def article(art: Article, base: str) -> str:
    plan = links.page_links(art)
    head_nav, foot_nav = nav(plan, art, base)
    return (f'<!DOCTYPE html><html lang="{art.lang}-{"KZ" if art.lang == "kk" else "RU"}">'
            f'<head><meta charset="utf-8"><title>{esc(art.title)} | Центр информации</title>'
            f'<link rel="canonical" href="{base}{art.path}">{head_nav}'
            f'<meta property="og:title" content="{esc(art.title)}">'
            f'<meta property="og:locale" content="{LOCALE[art.lang]}">'
            f"{json_ld(art, plan, base)}</head><body>"
            f'<div class="kurs">{RATES}</div><header class="top"><a href="/">ic24.kz</a> '
            '<a href="/novosti">Новости</a></header>'
            f'<div class="itemView"><h1 class="k2ItemTitle">{esc(art.title)}</h1>{photos(art)}'
            f'{info(art)}<div class="k2ItemFullText">{body(art, plan)}</div>'
            f"{outside(art)}{foot_nav}{cards(plan, art, base)}</div>"
            f"{block(plan, art, base)}</body></html>")


def listing(n: int, base: str) -> str:
    items = "".join(f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
                    f"<p>{shown_date(a).split(',')[0]}</p></div>" for a in page_items(n))
    pages = " ".join(f'<a href="/novosti?page={k}">{k}</a>' if k != n else f"<b>{k}</b>"
                     for k in range(1, page_count() + 1))
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новости</title>'
            f'<link rel="canonical" href="{base}/novosti"></head><body><div class="kurs">'
            f'{RATES}</div><h1>Новости</h1>{items}<div class="pagination">{pages}</div>'
            "</body></html>")


def tag_page(path: str, base: str) -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in page_items(1))
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{esc(path)}'
            f"</title></head><body><h1>{esc(path)}</h1><ul>{items}</ul></body></html>")


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><title>Страница не найдена</title></head>'
            "<body><h1>404</h1><p>Страница не найдена</p></body></html>").encode()
